"""The deployment recipe in deploy/, tested as an IT department would run it: nginx in front of two app
processes on a throwaway PostgreSQL cluster, each started from the files in deploy/ with only ports and
paths substituted (and the values the example leaves to fill in), driven through nginx in Chromium.
Also the province data the deadline benchmark uses.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import re
import shlex
import shutil
import sqlite3
import ssl
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bench.pgcluster import PG_BIN, PostgresCluster, free_port
from bench.province_data import province_sqlite, quick_check
from bench.server import wait_http
from deploy.check import read_env_file
from tests.conftest import CHROMIUM, ROOT, missing

DEPLOY = ROOT / "deploy"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PASSWORD = "Deploy-check-2024"  # every account's password once the demo ones are gone (QB_DEMO_MODE=0)
PROXY_PASSWORD = "Proxy-check-2024"  # the clerk's password in the proxy's own password file
CLERK, LEADER = "staff_330402", "leader"
OVERVIEW = "嘉兴市质量提升工作总览"


def test_the_province_file_is_built_sound_from_scratch(tmp_path):
    """Written out by SQLite itself and checked: no write-ahead log deleted by hand, nothing left beside it."""
    path = province_sqlite(records=20_000, cache_dir=tmp_path)
    assert quick_check(path) is None
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM program_records").fetchone()[0] > 15_000
        assert conn.execute("SELECT count(*) FROM monthly_figures").fetchone()[0] > 0


def render(text: str, replacements: dict[str, str]) -> str:
    """A deploy/ file with its ports and paths replaced; each one must be there (the recipe and this test agree)."""
    for old, new in replacements.items():
        assert old in text, f"{old!r} is no longer in the recipe"
        text = text.replace(old, new)
    return text


def unit_settings(path: Path) -> dict[str, str]:
    """The [Service] settings of a systemd unit (each key's last value)."""
    settings, section = {}, ""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[Service]" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            settings[key] = value
    return settings


def ssha(password: str) -> str:
    """An htpasswd entry's password in the {SSHA} scheme nginx reads."""
    salt = os.urandom(8)
    return "{SSHA}" + base64.b64encode(hashlib.sha1(password.encode() + salt).digest() + salt).decode()


def _unverified() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


@dataclass
class Deployment:
    folder: Path
    database_url: str
    env_file: Path
    site: Path
    app_ports: list[int]
    password_port: int
    proxy_port: int
    access_log: Path
    processes: list[subprocess.Popen] = field(default_factory=list)

    @property
    def base(self) -> str:
        """Sign-in with the board's passwords, through nginx."""
        return f"https://localhost:{self.password_port}"

    @property
    def proxied(self) -> str:
        """Sign-in by the proxy's own authentication, through nginx."""
        return f"https://localhost:{self.proxy_port}"

    def upstream_of(self, route: str, timeout_s: float = 60) -> str:
        """The app process nginx sends a browser holding this route cookie to, as its access log says."""
        request = urllib.request.Request(f"{self.base}/_stcore/health", headers={"Cookie": f"qb_route={route}"})
        with urllib.request.urlopen(request, context=_unverified(), timeout=30) as response:
            assert response.status == 200
        deadline = time.monotonic() + timeout_s
        while True:  # nginx writes the line once the request is done, a moment after the answer
            found = re.search(rf"upstream=(\S+) route={re.escape(route)} ", self.access_log.read_text())
            if found:
                return found.group(1)
            assert time.monotonic() < deadline, f"no access log line for route {route}"
            time.sleep(0.05)  # poll interval

    def routes(self) -> dict[str, str]:
        """A route cookie value for each app process ("127.0.0.1:PORT" -> value)."""
        found: dict[str, str] = {}
        for number in range(200):
            found.setdefault(self.upstream_of(f"pin{number}"), f"pin{number}")
            if len(found) == len(self.app_ports):
                return found
        raise AssertionError(f"nginx sent every route to {sorted(found)}")

    def served(self, route: str, path: str) -> set[str]:
        """The processes that served requests for path with this route cookie, as the access log says."""
        pattern = rf'"[A-Z]+ {re.escape(path)}\S* [^"]*" \d+ \d+ upstream=(\S+) route={re.escape(route)} '
        return set(re.findall(pattern, self.access_log.read_text()))


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _nginx_running(proc: subprocess.Popen, url: str, error_log: Path, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        assert proc.poll() is None, f"nginx stopped: {error_log.read_text() if error_log.exists() else ''}"
        try:
            with urllib.request.urlopen(url, context=_unverified(), timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        assert time.monotonic() < deadline, f"nginx did not answer at {url}"
        time.sleep(0.2)  # poll interval


def _database(cluster: PostgresCluster, folder: Path) -> str:
    """The role and database of deploy/postgresql/create-role.sql, filled with the demo data, every
    account then given a real password (the app refuses to run with demo passwords and QB_DEMO_MODE=0)."""
    from sqlalchemy import select

    from lib.auth import OPERATOR, set_password
    from lib.db import get_engine, session_scope
    from lib.models import User
    from tests.conftest import build_demo

    database_password = "qb-database-password"
    subprocess.run(
        [
            str(PG_BIN / "psql"),
            "-h",
            "127.0.0.1",
            "-p",
            str(cluster.port),
            "-U",
            "postgres",
            "-d",
            "postgres",
            "-v",
            "ON_ERROR_STOP=1",
            "-v",
            f"qb_password={database_password}",
            "-q",
            "-f",
            str(DEPLOY / "postgresql" / "create-role.sql"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    url = f"postgresql+psycopg://qb:{database_password}@127.0.0.1:{cluster.port}/qb"
    build_demo(url)
    with session_scope(url) as session:
        for name in session.scalars(select(User.username)).all():
            set_password(session, name, PASSWORD, actor=OPERATOR)
    get_engine(url).dispose()
    return url


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    """nginx, two app processes (qb@PORT.service) and PostgreSQL, from deploy/ with ports and paths substituted."""
    if not Path(NGINX).exists():
        missing("nginx not found (make system-deps installs it with apt-get)")
    if not (PG_BIN / "initdb").exists():
        missing(f"PostgreSQL server binaries (14–17) not found (looked at {PG_BIN}; set PG_BIN)")
    if not shutil.which("openssl"):
        missing("openssl not found (needed for the test's certificate)")
    if not Path(CHROMIUM).exists():
        missing(f"Chromium not found at {CHROMIUM}")
    folder = tmp_path_factory.mktemp("deploy")
    with contextlib.ExitStack() as stack:
        cluster = PostgresCluster(settings=DEPLOY / "postgresql" / "qb.conf")
        stack.callback(cluster.stop)
        cluster.start()
        url = _database(cluster, folder)

        # /etc/qb/qb.env: the example with the database and a secret filled in, as the recipe asks.
        env_file = folder / "qb.env"
        env_file.write_text(
            render(
                (DEPLOY / "qb.env.example").read_text(encoding="utf-8"),
                {
                    "postgresql+psycopg://qb:CHANGE-ME-database-password@127.0.0.1:5432/qb": url,
                    "CHANGE-ME-to-the-output-of-secrets-token-urlsafe-48": base64.urlsafe_b64encode(
                        os.urandom(36)
                    ).decode(),
                },
            ),
            encoding="utf-8",
        )
        # qb@PORT.service, twice: its ExecStart, WorkingDirectory and EnvironmentFile.
        unit = unit_settings(DEPLOY / "systemd" / "qb@.service")
        assert unit["EnvironmentFile"] == "/etc/qb/qb.env" and unit["Restart"] == "on-failure"
        ports = [free_port(), free_port()]
        while ports[0] == ports[1]:
            ports[1] = free_port()
        inherited = {k: v for k, v in os.environ.items() if not k.startswith(("QB_", "STREAMLIT_", "DATABASE_URL"))}
        environment = {**inherited, **read_env_file(env_file)}
        # The clerk uploads last month whatever the day: not closed by QB_CLOSE_DAYS (tested on its own).
        environment["QB_CLOSE_DAYS"] = os.environ.get("QB_CLOSE_DAYS", "36500")
        processes = []
        for port in ports:
            command = shlex.split(unit["ExecStart"].replace("%i", str(port)).replace("/opt/qb", str(ROOT)))
            assert command[command.index("--server.address") + 1] == "127.0.0.1"
            log = (folder / f"qb@{port}.log").open("w")
            stack.callback(log.close)
            proc = subprocess.Popen(
                command,
                cwd=unit["WorkingDirectory"].replace("/opt/qb", str(ROOT)),
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            stack.callback(_stop, proc)
            processes.append(proc)
        for port, proc in zip(ports, processes, strict=True):
            log_path = folder / f"qb@{port}.log"
            wait_http(f"http://127.0.0.1:{port}/_stcore/health", timeout=180, proc=proc, log=log_path)

        # nginx, as the test user, under a prefix of its own: the site and its snippet with ports and paths replaced.
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-keyout",
                str(folder / "qb.key"),
                "-out",
                str(folder / "qb.crt"),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        (folder / "qb.htpasswd").write_text(f"{CLERK}:{ssha(PROXY_PASSWORD)}\n")
        shutil.copyfile(DEPLOY / "nginx" / "qb-proxy.conf", folder / "qb-proxy.conf")
        password_port, proxy_port, plain_port = free_port(), free_port(), free_port()
        access_log = folder / "qb.access.log"
        site = folder / "qb.conf"
        site.write_text(
            render(
                (DEPLOY / "nginx" / "qb.conf").read_text(encoding="utf-8"),
                {
                    "listen 80;": f"listen 127.0.0.1:{plain_port};",
                    "listen 443 ssl;": f"listen 127.0.0.1:{password_port} ssl;",
                    "listen 8443 ssl;": f"listen 127.0.0.1:{proxy_port} ssl;",
                    "server 127.0.0.1:8501;": f"server 127.0.0.1:{ports[0]};",
                    "server 127.0.0.1:8502;": f"server 127.0.0.1:{ports[1]};",
                    "/etc/ssl/qb/qb.example.gov.cn.crt": str(folder / "qb.crt"),
                    "/etc/ssl/qb/qb.example.gov.cn.key": str(folder / "qb.key"),
                    "/etc/nginx/qb.htpasswd": str(folder / "qb.htpasswd"),
                    "/etc/nginx/snippets/qb-proxy.conf": str(folder / "qb-proxy.conf"),
                    "/var/log/nginx/qb.access.log": str(access_log),
                },
            ),
            encoding="utf-8",
        )
        # What Debian's /etc/nginx/nginx.conf gives a site: an http block, with its temp folders here.
        temp = " ".join(
            f"{kind}_temp_path {folder / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        (folder / "nginx.conf").write_text(
            ("user root;\n" if os.geteuid() == 0 else "")
            + f"events {{}}\nhttp {{\n    access_log {folder / 'other.log'};\n    {temp}\n    include {site};\n}}\n"
        )
        error_log = folder / "nginx-error.log"
        nginx = [NGINX, "-p", str(folder), "-e", str(error_log), "-c", str(folder / "nginx.conf")]
        checked = subprocess.run([*nginx, "-t"], capture_output=True, text=True, timeout=60)
        assert checked.returncode == 0, checked.stderr
        proc = subprocess.Popen([*nginx, "-g", f"daemon off; pid {folder / 'nginx.pid'};"])
        stack.callback(_stop, proc)
        _nginx_running(proc, f"https://127.0.0.1:{password_port}/_stcore/health", error_log)
        yield Deployment(folder, url, env_file, site, ports, password_port, proxy_port, access_log, processes)


def _context(browser, deployment: Deployment, route: str | None = None, **options):
    """A browser context through nginx (the test's own certificate), pinned to one app process by its route."""
    context = browser.new_context(ignore_https_errors=True, viewport={"width": 1366, "height": 900}, **options)
    if route:
        for base in (deployment.base, deployment.proxied):
            context.add_cookies([{"name": "qb_route", "value": route, "url": base}])
    return context


def _served_by(deployment: Deployment, route: str, timeout_s: float = 60) -> set[str]:
    """Which processes served this route's requests: waits for the log lines of the closed connections."""
    deadline = time.monotonic() + timeout_s
    while not (served := deployment.served(route, "/_stcore/stream")):
        assert time.monotonic() < deadline, f"no WebSocket of route {route} in the access log"
        time.sleep(0.05)  # poll interval
    return set(re.findall(rf"upstream=(\S+) route={re.escape(route)} ", deployment.access_log.read_text())) | served


@pytest.mark.postgres
@pytest.mark.browser
def test_a_password_sign_in_through_nginx_survives_a_reload_on_either_process(deployment, browser, artifacts):
    """Signed in through the proxy on one process, the browser stays signed in after a reload, and when it
    is sent to the other process (a restart, the proxy re-routing): every process shares the secret."""
    from tests.test_browser import keeps_sign_in, open_signed_in

    (first, route_a), (second, route_b) = sorted(deployment.routes().items())
    context = _context(browser, deployment, route_a)
    page = context.new_page()
    open_signed_in(page, deployment.base, LEADER, PASSWORD)
    page.get_by_role("heading", name=OVERVIEW).wait_for(timeout=60_000)
    keeps_sign_in(page)
    kept = {c["name"]: c for c in context.cookies(deployment.base)}
    assert kept["qb_session"]["secure"] and kept["qb_route"]["value"] == route_a
    page.reload()
    page.get_by_role("heading", name=OVERVIEW).wait_for(timeout=60_000)
    assert page.get_by_role("button", name="登录").count() == 0
    context.add_cookies([{"name": "qb_route", "value": route_b, "url": deployment.base}])
    page.reload()
    page.get_by_role("heading", name=OVERVIEW).wait_for(timeout=60_000)
    assert page.get_by_role("button", name="登录").count() == 0
    page.screenshot(path=str(artifacts / "deploy-reload-other-process.png"))
    context.close()
    assert _served_by(deployment, route_a) == {first}
    assert _served_by(deployment, route_b) == {second}


@pytest.mark.postgres
@pytest.mark.browser
def test_a_clerks_upload_on_one_process_is_seen_by_a_leader_on_the_other(deployment, browser, tmp_path):
    """The clerk's browser is kept on one process, the leader's on the other; the leader's next page shows
    the month the clerk's return added."""
    from bench.ingest_bench import make_workbook
    from lib.ui.widgets import month_label, month_options
    from tests.test_browser import commit_upload_in, open_signed_in

    (first, route_clerk), (second, route_leader) = sorted(deployment.routes().items())
    month = month_options()[0]  # the upload page's default month: last calendar month, not in the demo data
    workbook = tmp_path / "南湖区月报.xlsx"
    make_workbook(workbook, 100, year=int(month[:4]), month=int(month[5:]))

    leader = _context(browser, deployment, route_leader)
    board = leader.new_page()
    open_signed_in(board, deployment.base, LEADER, PASSWORD)
    board.get_by_role("heading", name=OVERVIEW).wait_for(timeout=60_000)
    assert board.get_by_text(month_label(month)).count() == 0

    clerk = _context(browser, deployment, route_clerk)
    page = clerk.new_page()
    open_signed_in(page, f"{deployment.base}/upload", CLERK, PASSWORD)
    page.locator("input[type=file]").set_input_files(str(workbook))
    commit_upload_in(page)
    page.get_by_text("已入库 100 条记录").wait_for(timeout=90_000)
    clerk.close()

    board.reload()
    board.get_by_role("heading", name=OVERVIEW).wait_for(timeout=60_000)
    board.get_by_text(month_label(month)).first.wait_for(timeout=60_000)  # the newest month, now the clerk's
    leader.close()
    assert _served_by(deployment, route_clerk) == {first}
    assert _served_by(deployment, route_leader) == {second}


@pytest.mark.postgres
@pytest.mark.browser
def test_the_user_header_comes_only_from_the_proxys_own_authentication(deployment, browser):
    """A header the client sends itself signs nobody in; behind the proxy's password the proxy's user is
    signed in whatever header the client adds, and the audit names that user and the proxy's address."""
    import urllib.error

    from sqlalchemy import select

    from lib.db import get_engine, session_scope
    from lib.models import AuditLog

    forged = _context(browser, deployment, extra_http_headers={"X-Remote-User": "admin"})
    page = forged.new_page()
    page.goto(deployment.base)
    page.get_by_role("button", name="登录").wait_for(timeout=60_000)
    forged.close()

    with pytest.raises(urllib.error.HTTPError) as refused:  # no proxy password: nginx answers, the app never sees it
        urllib.request.urlopen(f"{deployment.proxied}/", context=_unverified(), timeout=30)
    assert refused.value.code == 401

    vouched = _context(
        browser,
        deployment,
        http_credentials={"username": CLERK, "password": PROXY_PASSWORD},
        extra_http_headers={"X-Remote-User": "admin"},
    )
    page = vouched.new_page()
    page.goto(deployment.proxied)
    page.get_by_role("heading", name=OVERVIEW).wait_for(timeout=60_000)
    sections = page.locator("[data-testid='stTopNavSection']").all_inner_texts()
    assert "管理" not in sections and "数据" in sections  # the clerk, not the admin the client named
    vouched.close()

    with session_scope(deployment.database_url) as session:
        rows = session.execute(select(AuditLog.username, AuditLog.action, AuditLog.detail)).all()
    get_engine(deployment.database_url).dispose()
    header_signins = [(u, a, d.get("peer")) for u, a, d in rows if a.startswith("signin_header")]
    assert (CLERK, "signin_header", "127.0.0.1") in header_signins
    assert not [row for row in header_signins if row[0] == "admin"]


def _check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(DEPLOY / "check.py"), *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.mark.postgres
@pytest.mark.browser
def test_the_check_script_passes_the_deployment_and_names_what_is_wrong(deployment, demo_sqlite_url, tmp_path):
    done = _check("--env", str(deployment.env_file), "--nginx", str(deployment.site))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "没有发现问题" in done.stdout and "✘" not in done.stdout

    # A second process with its own secret, a header trusted from anywhere, demo mode left on.
    values = read_env_file(deployment.env_file)
    other = tmp_path / "other.env"
    other.write_text(
        "\n".join(
            f"{k}={v}"
            for k, v in {
                **values,
                "STREAMLIT_SERVER_COOKIE_SECRET": "another-secret-of-more-than-thirty-two-bytes",
                "QB_TRUSTED_PROXIES": "127.0.0.1,0.0.0.0/0",
                "QB_DEMO_MODE": "1",
            }.items()
        )
    )
    # A site whose snippet forgets to replace the user header.
    careless = tmp_path / "nginx"
    careless.mkdir()
    (careless / "qb-proxy.conf").write_text(
        re.sub(
            r"^\s*proxy_set_header X-Remote-User .*$", "", (deployment.folder / "qb-proxy.conf").read_text(), flags=re.M
        )
    )
    (careless / "qb.conf").write_text(
        deployment.site.read_text().replace(str(deployment.folder / "qb-proxy.conf"), str(careless / "qb-proxy.conf"))
    )
    done = _check("--env", str(deployment.env_file), "--env", str(other), "--nginx", str(careless / "qb.conf"))
    assert done.returncode == 1
    for told in ("Cookie 密钥不同", "0.0.0.0/0", "演示模式未关闭", "没有 proxy_set_header X-Remote-User"):
        assert told in done.stdout, (told, done.stdout)

    # The demo database keeps the demo passwords; an empty one has no tables; a closed port is unreachable.
    for url, told in (
        (demo_sqlite_url, "仍使用演示密码的账号：admin"),
        (f"sqlite:///{tmp_path / 'empty.db'}", "还没有建表"),
        (f"postgresql+psycopg://qb:x@127.0.0.1:{free_port()}/qb", "无法连接"),
    ):
        env = tmp_path / "db.env"
        env.write_text(f"{'DATABASE_URL'}={url}\nQB_DEMO_MODE=0\nSTREAMLIT_SERVER_COOKIE_SECRET={'k' * 40}\n")
        done = _check("--env", str(env))
        assert done.returncode == 1 and told in done.stdout, (told, done.stdout)


@pytest.mark.postgres
@pytest.mark.browser
def test_the_nightly_backup_restores_in_the_drill(deployment, tmp_path):
    """qb-backup.service's command writes the day's backup; the README's drill restores it into a new
    database, which then answers as the one backed up."""
    from bench.pgcluster import create_database, drop_database

    unit = unit_settings(DEPLOY / "systemd" / "qb-backup.service")
    backups = tmp_path / "backups"
    backups.mkdir()
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("QB_", "STREAMLIT_", "DATABASE_URL"))}
    env = {**inherited, **read_env_file(deployment.env_file)}
    command = (
        unit["ExecStart"].replace("%%", "%").replace("/opt/qb", str(ROOT)).replace("/var/backups/qb", str(backups))
    )
    subprocess.run(shlex.split(command), cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    (backup,) = backups.glob("qb-*.jsonl.gz")

    admin_url = re.sub(r"//qb:[^@]*@", "//postgres@", deployment.database_url).rsplit("/", 1)[0] + "/postgres"
    name, drill_url = create_database(admin_url)
    try:
        restored = subprocess.run(
            [sys.executable, "-m", "lib.cli", "restore", str(backup)],
            cwd=ROOT,
            env={**env, "DATABASE_URL": drill_url},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert restored.returncode == 0, restored.stderr
        answers = [
            subprocess.run(
                [sys.executable, "-m", "lib.cli", "summary", "--period", "2024-10", "--json"],
                cwd=ROOT,
                env={**env, "DATABASE_URL": url},
                capture_output=True,
                text=True,
                timeout=300,
                check=True,
            ).stdout
            for url in (deployment.database_url, drill_url)
        ]
        assert answers[0] == answers[1] and len(answers[0]) > 100
    finally:
        drop_database(admin_url, name)
