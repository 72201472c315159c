"""Engine and session factory (SQLite with WAL by default, PostgreSQL by URL) and Alembic upgrade.

Imports lib.config and lib.models only.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import orjson
from sqlalchemy import Engine, create_engine, event, insert, inspect, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from lib.config import ROOT, get_settings
from lib.models import AppState

MIGRATIONS_DIR = ROOT / "migrations"
DATA_VERSION = "data_version"


def _json_default(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def json_dumps(value) -> str:
    """JSON as stored in JSON columns: Chinese kept readable, dates as ISO strings. orjson: a hundred
    thousand records serialise in a tenth of the time of the standard encoder."""
    return orjson.dumps(value, default=_json_default, option=orjson.OPT_NON_STR_KEYS).decode()


def json_texts(values: Iterable) -> list[str]:
    """json_dumps of each value, in one pass: a bulk insert's JSON column."""
    dumps, option = orjson.dumps, orjson.OPT_NON_STR_KEYS
    return [dumps(value, default=_json_default, option=option).decode() for value in values]


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# A connection writing a large return gets a larger page cache for that transaction (lib.store bulk
# inserts), and the usual one back when it returns to the pool: only one connection writes at a time.
# Its commit does not copy the write-ahead log into the database (SQLite's automatic checkpoint would,
# some 30 MB for 100,000 records, while the user waits): a background thread does, once the connection
# is returned, without blocking readers or writers.
BULK_CACHE = "bulk_cache"
BULK_PRAGMAS = ("PRAGMA cache_size=-65536", "PRAGMA wal_autocheckpoint=0")  # 64 MB
_USUAL_PRAGMAS = ("PRAGMA cache_size=-2000", "PRAGMA wal_autocheckpoint=1000")  # SQLite's defaults: 2 MB


def _after_use(engine: Engine, dbapi_connection, record) -> None:
    if record.info.pop(BULK_CACHE, False):
        cursor = dbapi_connection.cursor()
        for pragma in _USUAL_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()
        threading.Thread(target=_checkpoint, args=(engine,), name="wal-checkpoint", daemon=True).start()


def _checkpoint(engine: Engine) -> None:
    """Copy the write-ahead log into the database as far as no reader needs it (PASSIVE: never waits)."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")


@cache
def get_engine(url: str | None = None) -> Engine:
    """One engine per URL per process."""
    url = url or get_settings().database_url
    if url.startswith("sqlite"):
        engine = create_engine(url, json_serializer=json_dumps, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "checkin", functools.partial(_after_use, engine))
    else:
        engine = create_engine(url, json_serializer=json_dumps, pool_pre_ping=True, pool_size=5, max_overflow=5)
    return engine


@cache
def _sessionmaker(url: str) -> sessionmaker[Session]:
    return sessionmaker(get_engine(url), expire_on_commit=False)


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """One transaction: commits when the block ends, rolls back everything on any exception."""
    factory = _sessionmaker(url or get_settings().database_url)
    with factory() as session, session.begin():
        yield session


def alembic_config(url: str | None = None):
    from alembic.config import Config  # loaded only when a migration may run

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", (url or get_settings().database_url).replace("%", "%%"))
    return cfg


def newest_revision() -> str:
    """The revision of the newest migration file (files are named by revision: 0007_….py)."""
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


def upgrade_database(url: str | None = None) -> None:
    """Create or upgrade the schema to the newest migration. A database already at the newest
    revision is seen with one query, without loading Alembic (the CLI starts faster)."""
    url = url or get_settings().database_url
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    with get_engine(url).connect() as connection:
        if inspect(connection).has_table("alembic_version"):
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
            if current == [newest_revision()]:
                return
    from alembic import command

    command.upgrade(alembic_config(url), "head")


def read_data_version(session: Session) -> int:
    """A number that changes whenever stored data changes; cache keys use it."""
    return read_counter(session, DATA_VERSION)


def read_counters(session: Session, keys: Iterable[str]) -> dict[str, int]:
    """Several shared counters of app_state in one query (a counter never bumped is absent)."""
    return dict(session.execute(select(AppState.key, AppState.value).where(AppState.key.in_(list(keys)))).all())


def read_counter(session: Session, key: str) -> int:
    """A shared counter of app_state (0 before its first bump)."""
    return session.scalar(select(AppState.value).where(AppState.key == key)) or 0


# Beside the data version, what a view of one year reads moves with two counters: the year's own (a write that
# said which years it changed: a return, its withdrawal, its review) and the base one (every other write). A
# view of a month keyed by (base, its year's, the year before's) is kept while returns of other years arrive.
BASE_VERSION = "data_version:base"
YEAR_VERSION = "data_version:{}"


def bump_data_version(session: Session, years: Iterable[int] | None = None) -> None:
    """Called by the store's unit of work when it commits a change to figures, so every app process
    sees the change at its next run. Sent at once (not left to the commit's flush). years: the only years
    the change touched (None: anything may have changed)."""
    bump_counter(session, DATA_VERSION)
    for key in [BASE_VERSION] if years is None else [YEAR_VERSION.format(year) for year in sorted(set(years))]:
        bump_counter(session, key)


def read_view_versions(session: Session, *also: str) -> dict[str, int]:
    """The data version, the base and every year's counter (bump_data_version), and the counters named in
    `also`, in one query."""
    wanted = (
        AppState.key.like(f"{DATA_VERSION}%") | AppState.key.in_(also)
        if also
        else AppState.key.like(f"{DATA_VERSION}%")
    )
    return dict(session.execute(select(AppState.key, AppState.value).where(wanted)).all())


def view_version(versions: dict[str, int], year: int) -> tuple[int, int, int]:
    """What a view of a month of the year is keyed by: the base counter, the year's and the year before's."""
    return (
        versions.get(BASE_VERSION, 0),
        versions.get(YEAR_VERSION.format(year), 0),
        versions.get(YEAR_VERSION.format(year - 1), 0),
    )


def bump_counter(session: Session, key: str, past: int = 0) -> None:
    """Move a shared counter of app_state on by one, and past `past` (a restore never moves one back)."""
    value = max(read_counter(session, key), past) + 1
    if not session.execute(update(AppState).where(AppState.key == key).values(value=value)).rowcount:
        session.execute(insert(AppState).values(key=key, value=value))
