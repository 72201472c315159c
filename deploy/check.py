"""质量提升进度看板 — 部署检查：说出一个部署哪里不对。/ What is wrong with a deployment of the board.

    sudo -u qb /opt/qb/.venv/bin/python deploy/check.py [--env /etc/qb/qb.env]... [--running]
        [--nginx /etc/nginx/sites-enabled/qb.conf]... [--proxy ADDRESS]...

检查 / Checks:
  - 数据库可连接，表结构为最新 / the database is reachable and migrated to the newest revision;
  - 每个进程的 Cookie 密钥都已配置、足够长、彼此相同
    / every process has a configured cookie secret, long enough, and the same for all;
  - QB_DEMO_MODE=0，且没有账号仍用演示密码 / QB_DEMO_MODE=0 and no account keeps the demo password;
  - 代理的用户名请求头只接受来自代理的连接，进程只监听本机，nginx 替换客户端自带的同名请求头
    / the proxy's user header is taken from the proxy only, processes listen on this machine, nginx replaces the
    client's own header.

--env 每个进程的环境文件（systemd EnvironmentFile，可重复；默认 /etc/qb/qb.env）；--running 另外读取本机正在运行的
`lib.serve` 进程的命令行和环境（需要 root 或同一用户）；--proxy 代理不在本机时它的地址。只读，不改动任何东西。
--env: each process's environment file (systemd EnvironmentFile, repeatable; default /etc/qb/qb.env); --running also
reads the command line and environment of the `lib.serve` processes running here (root or the same user); --proxy: the
proxy's address when it runs on another machine. Read-only: changes nothing.
Exit 0 when nothing is wrong, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import ipaddress
import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_ENV = Path("/etc/qb/qb.env")
PLACEHOLDER = "CHANGE-ME"
FALSE = {"0", "false", "no", "off"}


@dataclass
class Process:
    """One app process as configured: its environment, command line and working folder."""

    label: str
    env: dict[str, str]
    argv: list[str] = field(default_factory=list)
    cwd: Path = ROOT

    def flag(self, name: str) -> str | None:
        for i, arg in enumerate(self.argv):
            if arg == f"--{name}" and i + 1 < len(self.argv):
                return self.argv[i + 1]
            if arg.startswith(f"--{name}="):
                return arg.split("=", 1)[1]
        return None

    def streamlit_option(self, section: str, name: str) -> tuple[str | None, str]:
        """An option as Streamlit would take it: command line, environment, then the config files; and where."""
        given = self.flag(f"{section}.{name}")
        if given is not None:
            return given, "命令行 / command line"
        variable = "STREAMLIT_" + "_".join(re.sub(r"([A-Z])", r"_\1", part).upper() for part in (section, name))
        if variable in self.env:
            return self.env[variable], variable
        home = Path(self.env.get("HOME", "~")).expanduser()
        for config in (self.cwd / ".streamlit" / "config.toml", home / ".streamlit" / "config.toml"):
            try:
                value = tomllib.loads(config.read_text(encoding="utf-8")).get(section, {}).get(name)
            except (OSError, tomllib.TOMLDecodeError):
                continue
            if value is not None:
                return str(value), str(config)
        return None, "未设置 / not set"


def read_env_file(path: Path) -> dict[str, str]:
    """A systemd EnvironmentFile: NAME=value lines, # comments, optional quotes around the value."""
    env = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")) or "=" not in line:
            continue
        name, value = line.split("=", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        env[name.strip()] = value
    return env


def running_processes() -> list[Process]:
    """The `lib.serve` processes on this machine whose environment this user may read."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            argv = (proc / "cmdline").read_bytes().decode(errors="replace").split("\0")
            if "lib.serve" not in argv:
                continue
            raw = (proc / "environ").read_bytes().decode(errors="replace").split("\0")
            cwd = Path(os.readlink(proc / "cwd"))
        except OSError:
            continue
        env = dict(item.split("=", 1) for item in raw if "=" in item)
        port = Process("", {}, argv).flag("server.port") or "?"
        found.append(
            Process(f"进程 / process {proc.name} (port {port})", env, argv[argv.index("lib.serve") + 1 :], cwd)
        )
    return found


class Report:
    def __init__(self) -> None:
        self.problems = 0

    def ok(self, text: str) -> None:
        print(f"✔ {text}")

    def bad(self, text: str) -> None:
        self.problems += 1
        print(f"✘ {text}")


def check_secrets(processes: list[Process], report: Report) -> None:
    from lib.auth import key_problem

    digests = {}
    for process in processes:
        secret, where = process.streamlit_option("server", "cookieSecret")
        if secret is None:
            report.bad(
                f"{process.label}：没有配置 Cookie 密钥，每个进程各用一个随机密钥，"
                f"用户被转到另一进程或进程重启后要重新登录"
                f" / no cookie secret configured: each process makes its own, so users are signed out when sent"
                f" to another process or after a restart"
            )
        elif PLACEHOLDER in secret:
            report.bad(
                f"{process.label}：Cookie 密钥仍是示例值（{where}）/ the cookie secret is still the example ({where})"
            )
        elif problem := key_problem(secret):
            report.bad(f"{process.label}：{problem}（{where}）/ the cookie secret is empty or shorter than 32 bytes")
        else:
            digests[process.label] = hashlib.sha256(secret.encode()).hexdigest()
    if len(set(digests.values())) > 1:
        groups: dict[str, list[str]] = {}
        for label, digest in digests.items():
            groups.setdefault(digest, []).append(label)
        told = "；".join("、".join(labels) for labels in groups.values())
        report.bad(
            f"各进程的 Cookie 密钥不同（相同的一组：{told}）：被转到另一进程的用户要重新登录、上传被拒"
            f" / the processes do not share one cookie secret (groups: {told}): users sent to another process are"
            f" signed out and their uploads refused"
        )
    elif digests and len(digests) == len(processes):
        report.ok(f"{len(processes)} 个进程的 Cookie 密钥已配置且相同 / the cookie secret is set and shared by all")


def check_database(processes: list[Process], report: Report) -> None:
    from sqlalchemy import create_engine, inspect, select, text

    from lib.auth import DEMO_PASSWORD, verify_password
    from lib.db import newest_revision
    from lib.models import User

    urls = {p.env.get("DATABASE_URL", "") for p in processes}
    if len(urls) > 1:
        report.bad("各进程的 DATABASE_URL 不同 / the processes do not use one database (DATABASE_URL differs)")
    regions = {p.env.get("QB_REGION", "330400") for p in processes}
    if len(regions) > 1:
        report.bad(f"各进程的 QB_REGION 不同：{sorted(regions)} / the processes do not share one region")
    for url in sorted(urls):
        shown = re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url) or "（未设置 / not set）"
        if not url.startswith("postgresql"):
            report.bad(f"数据库不是 PostgreSQL：{shown} / several processes need PostgreSQL, not {shown}")
            if not url:
                continue
        engine = create_engine(url, connect_args={"connect_timeout": 5} if url.startswith("postgresql") else {})
        try:
            with engine.connect() as conn:
                if not inspect(conn).has_table("alembic_version"):
                    report.bad(
                        f"数据库 {shown} 还没有建表：运行 lib.cli init / no tables yet in {shown}: run lib.cli init"
                    )
                    continue
                current = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
                head = newest_revision()
                if current != [head]:
                    report.bad(
                        f"数据库 {shown} 的表结构是 {current}，最新为 {head}：运行 lib.cli init"
                        f" / schema at {current}, newest {head}: run lib.cli init"
                    )
                else:
                    report.ok(f"数据库可连接，表结构为最新（{head}）/ database reachable, migrated to head: {shown}")
                rows = conn.execute(select(User.username, User.password_hash, User.demo_password).where(User.is_active))
                demo = [
                    name
                    for name, hashed, known in rows
                    if known or (known is None and verify_password(hashed, DEMO_PASSWORD))
                ]
        except Exception as error:  # any failure to connect is the finding
            report.bad(
                f"数据库 {shown} 无法连接 / database unreachable: "
                f"{type(error).__name__}: {str(error).splitlines()[0][:200]}"
            )
            continue
        finally:
            engine.dispose()
        if demo:
            report.bad(f"仍使用演示密码的账号：{'、'.join(demo)} / accounts with the demo password: {', '.join(demo)}")
        else:
            report.ok("没有账号使用演示密码 / no account keeps the demo password")


def check_demo_mode(processes: list[Process], report: Report) -> None:
    on = [p.label for p in processes if p.env.get("QB_DEMO_MODE", "1").strip().lower() not in FALSE]
    if on:
        report.bad(f"演示模式未关闭（设 QB_DEMO_MODE=0）：{'、'.join(on)} / demo mode is on (set QB_DEMO_MODE=0)")
    else:
        report.ok("QB_DEMO_MODE=0")


def _loopback(entry: str) -> bool:
    """Whether a QB_TRUSTED_PROXIES entry names this machine only (IPv4-mapped loopback included)."""
    try:
        network = ipaddress.ip_network(entry.strip(), strict=False)
    except ValueError:
        return False
    mapped = getattr(network.network_address, "ipv4_mapped", None)
    return network.is_loopback or (mapped is not None and mapped.is_loopback and network.prefixlen >= 104)


def check_header(processes: list[Process], proxies: list[str], nginx: list[Path], report: Report) -> None:
    allowed = {ipaddress.ip_address(a) for a in proxies}
    for process in processes:
        address, where = process.streamlit_option("server", "address")
        if address not in {"127.0.0.1", "::1", "localhost"} and not allowed:
            report.bad(
                f"{process.label}：监听 {address or '所有地址 / every address'}（{where}），用户可绕过代理直接连接进程"
                f" / listens on {address or 'every address'}, so users can reach the process around the proxy"
            )
        header = process.env.get("QB_TRUSTED_HEADER", "").strip()
        if not header:
            continue
        entries = [e.strip() for e in process.env.get("QB_TRUSTED_PROXIES", "127.0.0.1,::1").split(",") if e.strip()]
        wide = []
        for entry in entries:
            try:
                network = ipaddress.ip_network(entry, strict=False)
            except ValueError:
                wide.append(entry)
                continue
            if not _loopback(entry) and not (network.num_addresses == 1 and network[0] in allowed):
                wide.append(entry)
        if wide:
            report.bad(
                f"{process.label}：{header} 请求头也接受来自 {', '.join(wide)} 的连接，那里的任何人都能冒充任何账号"
                f"（QB_TRUSTED_PROXIES 只写代理的地址）/ {header} is also taken from {', '.join(wide)}: anyone there"
                f" could sign in as anyone (QB_TRUSTED_PROXIES must name the proxy only)"
            )
        else:
            report.ok(f"{process.label}：{header} 只接受来自代理的连接 / taken from the proxy only")
        for site in nginx:
            text = site.read_text(encoding="utf-8")
            for included in re.findall(r"^\s*include\s+([^;\s]+);", text, re.M):
                # As installed, or beside the site as in deploy/nginx/.
                for snippet in (Path(included), site.parent / Path(included).name):
                    if snippet.exists():
                        text += snippet.read_text(encoding="utf-8")
                        break
            if not re.search(rf"^\s*proxy_set_header\s+{re.escape(header)}\s", text, re.M | re.I):
                report.bad(
                    f"{site}：没有 proxy_set_header {header}，客户端自带的 {header} 会被转发给看板"
                    f" / no proxy_set_header {header}: a client's own {header} reaches the board"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--env", action="append", type=Path, help="an app process's environment file (repeatable)")
    parser.add_argument("--running", action="store_true", help="also read the lib.serve processes running here")
    parser.add_argument("--nginx", action="append", type=Path, default=[], help="the nginx site (repeatable)")
    parser.add_argument("--proxy", action="append", default=[], help="the proxy's address when not on this machine")
    args = parser.parse_args(argv)
    processes = []
    for path in args.env or ([] if args.running else [DEFAULT_ENV]):
        try:
            processes.append(Process(f"{path}", read_env_file(path)))
        except OSError as error:
            print(f"✘ 无法读取 {path}：{error.strerror} / cannot read {path}")
            return 1
    if args.running:
        found = running_processes()
        if not found:
            print("✘ 本机没有找到正在运行的 lib.serve 进程 / no lib.serve process found running here")
            return 1
        processes += found
    report = Report()
    check_secrets(processes, report)
    check_demo_mode(processes, report)
    check_header(processes, args.proxy, args.nginx, report)
    check_database(processes, report)
    if report.problems:
        print(f"发现 {report.problems} 个问题 / {report.problems} problem(s) found")
        return 1
    print("没有发现问题 / nothing wrong found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
