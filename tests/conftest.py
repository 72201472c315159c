"""Shared fixtures: databases on SQLite and a throwaway PostgreSQL 15 cluster, demo data,
a served app for browser tests.

With CI=true a missing PostgreSQL or Chromium fails the run instead of skipping.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest

from bench.pgcluster import PG_BIN, PostgresCluster, create_database, drop_database
from bench.server import serve as serve_app
from lib.config import get_settings
from lib.db import get_engine, session_scope, upgrade_database
from lib.demo import load_demo
from lib.programs import get_registry
from lib.region import load_region

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
# The fixtures report as a unit's clerk for months of 2024 (the demo's), long closed under the default
# QB_CLOSE_DAYS; the close itself is tested with the default in tests/test_review.py. Apps the tests serve
# inherit this.
os.environ.setdefault("QB_CLOSE_DAYS", "36500")


def missing(reason: str):
    """Skip locally, fail in CI: the PostgreSQL and browser tests must really run there."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: required)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_admin_url():
    """URL of the maintenance database of a throwaway cluster (or TEST_POSTGRES_URL)."""
    if os.environ.get("TEST_POSTGRES_URL"):
        yield os.environ["TEST_POSTGRES_URL"]
        return
    if not (PG_BIN / "initdb").exists():
        missing(f"PostgreSQL server binaries (14–17) not found (looked at {PG_BIN}; set PG_BIN)")
    cluster = PostgresCluster()
    try:
        url = cluster.start()
        yield url
    finally:
        cluster.stop()


def _create_pg_database(admin_url: str) -> tuple[str, str]:
    return create_database(admin_url)


def _drop_pg_database(admin_url: str, name: str, url: str) -> None:
    get_engine(url).dispose()
    drop_database(admin_url, name)


@pytest.fixture
def pg_url(pg_admin_url):
    """A fresh, empty PostgreSQL database for one test."""
    name, url = _create_pg_database(pg_admin_url)
    yield url
    _drop_pg_database(pg_admin_url, name, url)


@pytest.fixture
def sqlite_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'quality.db'}"
    yield url
    get_engine(url).dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request):
    """The same test on the embedded SQLite file and on PostgreSQL, each an empty database."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def migrated_url(db_url):
    upgrade_database(db_url)
    return db_url


@pytest.fixture
def ready_url(migrated_url):
    """An empty migrated database with the region's reporting units."""
    from lib.store import sync_units

    with session_scope(migrated_url) as session:
        sync_units(session, load_region("330400"))
    return migrated_url


def build_demo(url: str) -> str:
    upgrade_database(url)
    with session_scope(url) as session:
        load_demo(session, load_region("330400"), get_registry())
    return url


@pytest.fixture(scope="session")
def demo_sqlite_url(tmp_path_factory):
    """A SQLite database with the demo data, shared read-only by the page and browser tests."""
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    return build_demo(url)


@pytest.fixture
def app_env(monkeypatch):
    """Point the settings at a given database URL for code running in this process."""

    def use(url: str) -> None:
        monkeypatch.setenv("DATABASE_URL", url)
        monkeypatch.setenv("QB_REGION", "330400")
        get_settings.cache_clear()

    yield use
    get_settings.cache_clear()


@contextlib.contextmanager
def serve(database_url: str, log_dir: Path, **settings: str):
    """The real app served on a free port for Jiaxing (extra QB_* settings as keywords); yields its base URL."""
    log = Path(tempfile.mkstemp(prefix="streamlit-", suffix=".log", dir=log_dir)[1])
    with serve_app(database_url, log, region="330400", agent_api=False, **settings) as (base, _):
        yield base.replace("127.0.0.1", "localhost")


@pytest.fixture(scope="session")
def served_app(demo_sqlite_url, tmp_path_factory):
    """The app on the demo database, shared by the browser tests."""
    with serve(demo_sqlite_url, tmp_path_factory.mktemp("server")) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright."""
    if not Path(CHROMIUM).exists():
        missing(f"Chromium not found at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
