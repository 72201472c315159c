"""A throwaway PostgreSQL (14–17) cluster: initdb + pg_ctl under a temp dir on a free port, stopped and
removed afterwards. As root, the server runs as the postgres user (runuser). Used by the test
fixtures and the benchmarks.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, text

SUPPORTED = range(14, 18)  # PostgreSQL major versions the tests and benchmarks run on


def find_pg_bin() -> Path:
    """The server binaries: PG_BIN if set, else the newest supported version under /usr/lib/postgresql
    (Debian and Ubuntu), else what pg_config reports."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    installed = sorted(
        (int(p.parent.name), p)
        for p in Path("/usr/lib/postgresql").glob("*/bin")
        if p.parent.name.isdigit() and int(p.parent.name) in SUPPORTED and (p / "initdb").exists()
    )
    if installed:
        return installed[-1][1]
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        found = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, timeout=10).stdout.strip()
        if found and (Path(found) / "initdb").exists():
            return Path(found)
    return Path("/usr/lib/postgresql/15/bin")


PG_BIN = find_pg_bin()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def available() -> bool:
    return (PG_BIN / "initdb").exists()


class PostgresCluster:
    """initdb + pg_ctl under a temp dir on a free port; as root, runs as the postgres user.

    durable=False turns fsync off (tests); benchmarks keep PostgreSQL's defaults.
    """

    def __init__(self, *, durable: bool = False, settings: Path | None = None) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="qb-pg-"))
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        self.durable = durable
        self.settings = settings  # a postgresql.conf snippet included as it is (deploy/postgresql/qb.conf)

    def _run(self, *cmd: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        subprocess.run([*prefix, *cmd], check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        """Start the cluster; returns the URL of its maintenance database."""
        if self.as_root:
            shutil.chown(self.base, "postgres", "postgres")
        data = self.base / "data"
        self._run(str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C")
        if self.settings is not None:
            # Copied into the data folder (readable by the server's user) and included as an installed
            # conf.d file is; the command line below still decides the port and address.
            shutil.copyfile(self.settings, data / "qb-settings.conf")
            if self.as_root:
                shutil.chown(data / "qb-settings.conf", "postgres", "postgres")
            with (data / "postgresql.conf").open("a", encoding="utf-8") as conf:
                conf.write("\ninclude 'qb-settings.conf'\n")
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1"
        if not self.durable:
            options += " -c fsync=off -c full_page_writes=off"
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.base / "log"), "-w", "start")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        data = self.base / "data"
        if (data / "postmaster.pid").exists():
            with contextlib.suppress(subprocess.CalledProcessError):
                self._run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base, ignore_errors=True)


def create_database(admin_url: str) -> tuple[str, str]:
    """A new empty database in the cluster; returns its name and URL."""
    name = f"qb_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return name, admin_url.rsplit("/", 1)[0] + f"/{name}"


def drop_database(admin_url: str, name: str) -> None:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@contextlib.contextmanager
def temporary_database(*, durable: bool = True, settings: Path | None = None) -> Iterator[str]:
    """A fresh database in a throwaway cluster, for one benchmark; yields its URL."""
    cluster = PostgresCluster(durable=durable, settings=settings)
    try:
        admin_url = cluster.start()
        _, url = create_database(admin_url)
        yield url
    finally:
        cluster.stop()
