"""Data layer on SQLite and PostgreSQL: migrations, alembic check, transactions, data version."""

from __future__ import annotations

from dataclasses import replace

import pytest
from alembic import command
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from lib.db import alembic_config, get_engine, read_data_version, session_scope, upgrade_database
from lib.models import Enterprise, ProgramRecord, Unit
from lib.region import load_region
from lib.store import add_records, sync_units

TABLES = {
    "units",
    "enterprises",
    "program_records",
    "upload_batches",
    "targets",
    "plans",
    "projects",
    "milestones",
    "users",
    "audit_log",
    "app_state",
}


def test_migrations_create_every_table_and_match_the_models(migrated_url):
    assert set(inspect(get_engine(migrated_url)).get_table_names()) >= TABLES
    command.check(alembic_config(migrated_url))  # raises when models and migrations differ


def test_upgrade_twice_is_harmless(migrated_url):
    upgrade_database(migrated_url)
    with session_scope(migrated_url) as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 0


def test_sqlite_uses_wal_and_foreign_keys(sqlite_url):
    upgrade_database(sqlite_url)
    with get_engine(sqlite_url).connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_units_sync_is_idempotent(migrated_url):
    region = load_region("330400")
    with session_scope(migrated_url) as session:
        first = sync_units(session, region)
    with session_scope(migrated_url) as session:
        second = sync_units(session, region)
        zones = session.scalars(select(Unit).where(Unit.code.is_(None))).all()
    assert first == second and len(first) == 9
    assert {z.short_name for z in zones} == {"经开", "港区"}


def test_a_failed_write_leaves_nothing_behind(migrated_url):
    region = load_region("330400")
    with session_scope(migrated_url) as session:
        ids = sync_units(session, region)
    version = _version(migrated_url)
    with pytest.raises(IntegrityError), session_scope(migrated_url) as session:
        session.add(Enterprise(uscc="91330402MA2B1C3D4E", name="嘉兴市测试有限公司", unit_id=ids["南湖区"]))
        add_records(
            session,
            [ProgramRecord(program="recall", unit_id=999_999, year=2024, month=1, identity="x", data={})],
        )
        session.flush()  # the unknown unit violates a foreign key
    with session_scope(migrated_url) as session:
        assert session.scalar(select(func.count()).select_from(Enterprise)) == 0
        assert session.scalar(select(func.count()).select_from(ProgramRecord)) == 0
    assert _version(migrated_url) == version


def test_data_version_moves_on_every_write(migrated_url):
    with session_scope(migrated_url) as session:
        ids = sync_units(session, load_region("330400"))
    before = _version(migrated_url)
    with session_scope(migrated_url) as session:
        add_records(
            session,
            [ProgramRecord(program="recall", unit_id=ids["南湖区"], year=2024, month=1, identity="x", data={})],
        )
    assert _version(migrated_url) == before + 1


def test_chinese_json_round_trips(migrated_url):
    with session_scope(migrated_url) as session:
        ids = sync_units(session, load_region("330400"))
        session.add(
            ProgramRecord(
                program="recall",
                unit_id=ids["桐乡市"],
                year=2024,
                month=3,
                identity="a",
                data={"defect": "领口绳带超长，存在勒颈风险", "formula": '=HYPERLINK("x")'},
            )
        )
    with session_scope(migrated_url) as session:
        record = session.scalars(select(ProgramRecord)).one()
    assert record.data == {"defect": "领口绳带超长，存在勒颈风险", "formula": '=HYPERLINK("x")'}


def _version(url: str) -> int:
    with session_scope(url) as session:
        return read_data_version(session)


@pytest.mark.postgres
def test_enterprise_ids_are_the_stored_ones(db_url):
    """ensure_enterprises gives every code the id of its own row: codes already stored keep theirs, new
    ones (given in no particular order, among the stored) get the ids their rows were stored under."""
    from lib.identifiers import make_uscc
    from lib.store import ensure_enterprises

    upgrade_database(db_url)
    with session_scope(db_url) as session:
        unit = sync_units(session, load_region("330400"))["南湖区"]
        first = ensure_enterprises(
            session, {make_uscc("330402", f"M{n:07d}"): (f"企业{n}", unit) for n in range(0, 60, 3)}
        )
    codes = [make_uscc("330402", f"M{n:07d}") for n in (57, 5, 30, 11, 0, 59, 2, 31, 8)]
    with session_scope(db_url) as session:
        given = ensure_enterprises(session, {code: (f"企业{code[-9:]}", unit) for code in codes})
        stored = dict(session.execute(select(Enterprise.uscc, Enterprise.id)).all())
    assert given == {code: stored[code] for code in codes}
    assert all(given[code] == first[code] for code in codes if code in first)
    assert len(stored) == 20 + 6


def test_two_units_adding_the_same_new_enterprise_at_once(pg_url):
    """Unit A stores a new enterprise and has not committed; unit B, which found the enterprise missing too,
    tries to store it and waits on A's row; A commits. B's fast path fails on the unique key and B goes the
    slow way: no error, one enterprise, both transactions see the same id."""
    import threading
    import time

    from lib.identifiers import make_uscc
    from lib.store import ensure_enterprises

    upgrade_database(pg_url)
    with session_scope(pg_url) as session:
        units = sync_units(session, load_region("330400"))
    code, other = make_uscc("330402", "MA2Q0001"), make_uscc("330411", "MA2Q0002")
    found: dict[str, dict[str, int]] = {}
    errors: list[Exception] = []

    def unit_b() -> None:
        try:
            with session_scope(pg_url) as session:
                firms = {code: ("嘉兴市乙公司", units["秀洲区"]), other: ("乙二", None)}
                found["b"] = ensure_enterprises(session, firms)
        except Exception as exc:  # any failure is the finding
            errors.append(exc)

    with session_scope(pg_url) as session_a:
        found["a"] = ensure_enterprises(session_a, {code: ("嘉兴市甲公司", units["南湖区"])})
        b = threading.Thread(target=unit_b)
        b.start()
        waiting = text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
        )
        with get_engine(pg_url).connect() as watcher:  # wait until B is blocked on A's row, not for a time
            deadline = time.monotonic() + 60
            while not watcher.execute(waiting).scalar():
                assert time.monotonic() < deadline and b.is_alive(), "B never waited for A"
                watcher.rollback()
    b.join(timeout=60)
    assert errors == []
    assert found["b"][code] == found["a"][code] and other in found["b"]
    with session_scope(pg_url) as session:
        rows = session.execute(select(Enterprise.uscc, Enterprise.name)).all()
    assert sorted(rows) == sorted([(code, "嘉兴市甲公司"), (other, "乙二")])


def test_bulk_stored_times_read_back_as_the_orm_writes_them(db_url):
    """Enterprises added in bulk (driver executemany / COPY) carry the time they were added, read back
    by the models as a time in UTC, as for a row the ORM wrote."""
    import datetime as dt

    from lib.identifiers import make_uscc
    from lib.store import ensure_enterprises

    upgrade_database(db_url)
    with session_scope(db_url) as session:
        units = sync_units(session, load_region("330400"))
        firms = {make_uscc("330402", f"MA2T{n:04d}"): (f"企业{n}", units["南湖区"]) for n in range(3)}
        ensure_enterprises(session, firms)
    with session_scope(db_url) as session:
        times = session.scalars(select(Enterprise.created_at)).all()
    now = dt.datetime.now(dt.UTC)
    assert len(times) == 3
    for value in times:
        utc = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        assert abs(now - utc) < dt.timedelta(minutes=5)


def test_records_stored_in_bulk_read_back_with_what_they_share(db_url):
    """A bulk insert writes what its records share (program, unit, month, batch) once; each record reads
    back with it, whatever the text holds (a quote), and with nothing where nothing was shared (no batch)."""
    import datetime as dt

    from lib.programs import get_registry
    from lib.store import insert_records, record_block

    upgrade_database(db_url)
    program = get_registry().get("recall")
    with session_scope(db_url) as session:
        unit = sync_units(session, load_region("330400"))["海宁市"]
        block = record_block(
            program,
            [{"enterprise_name": "甲'乙公司", "product": "童装", "date": dt.date(2024, 3, 9)}, {"product": "x"}],
            unit_id=unit,
            year=2024,
            month=3,
            batch_id=None,
            enterprise_ids=[None, None],
            names=["甲'乙公司", ""],
            source_rows=[5, 6],
            quantity_units=[None, "件"],
            identities=["甲", "乙"],
        )
        insert_records(session, replace(block, shared=(program.key + "'", *block.shared[1:])))
    with session_scope(db_url) as session:
        rows = session.execute(select(ProgramRecord).order_by(ProgramRecord.source_row)).scalars().all()
        got = [
            (r.program, r.unit_id, r.year, r.month, r.batch_id, r.is_current, r.enterprise_name, r.event_date, r.data)
            for r in rows
        ]
    assert got == [
        (
            "recall'",
            unit,
            2024,
            3,
            None,
            True,
            "甲'乙公司",
            dt.date(2024, 3, 9),
            {"enterprise_name": "甲'乙公司", "product": "童装", "date": "2024-03-09"},
        ),
        ("recall'", unit, 2024, 3, None, True, "", None, {"product": "x"}),
    ]


def test_a_bulk_insert_of_any_length_stores_each_row_once_in_order(db_url):
    """Rows go to the database many to a statement: a count that is no multiple of that (here 2.57 times
    it) stores every row once, in the order given (the ids of new enterprises follow it)."""
    import random

    from lib.identifiers import make_uscc
    from lib.programs import get_registry
    from lib.store import ROWS_PER_STATEMENT, ensure_enterprises, insert_records, record_block

    count = ROWS_PER_STATEMENT * 2 + ROWS_PER_STATEMENT * 57 // 100
    upgrade_database(db_url)
    codes = [make_uscc("330402", f"M{n:07d}") for n in range(count)]
    random.Random(5).shuffle(codes)
    program = get_registry().get("recall")
    with session_scope(db_url) as session:
        unit = sync_units(session, load_region("330400"))["海宁市"]
        ids = ensure_enterprises(session, {code: (f"企业{code[-6:]}", unit) for code in codes})
        values = [
            {"enterprise_name": f"企业{code[-6:]}", "uscc": code, "product": f"产品{n}"} for n, code in enumerate(codes)
        ]
        block = record_block(
            program,
            values,
            unit_id=unit,
            year=2024,
            month=3,
            batch_id=None,
            enterprise_ids=[ids[code] for code in codes],
            names=[v["enterprise_name"] for v in values],
            source_rows=list(range(5, 5 + count)),
            quantity_units=[None] * count,
            identities=codes,
        )
        insert_records(session, block)
    with session_scope(db_url) as session:
        stored = dict(session.execute(select(Enterprise.uscc, Enterprise.id)).all())
        records = session.execute(
            select(ProgramRecord.source_row, ProgramRecord.identity, ProgramRecord.enterprise_id).order_by(
                ProgramRecord.id
            )
        ).all()
    assert stored == ids and sorted(ids.values()) == [ids[code] for code in codes]
    assert [tuple(r) for r in records] == [(5 + n, code, ids[code]) for n, code in enumerate(codes)]


def test_a_large_write_gets_a_larger_cache_and_gives_it_back(sqlite_url):
    """SQLite: the connection storing a large return has a 64 MB page cache for that transaction and the
    usual 2 MB again when it goes back to the pool (a serving process keeps several connections). Its
    commit leaves the write-ahead log to a background checkpoint, which soon copies it into the file."""
    import time
    from pathlib import Path

    from lib.identifiers import make_uscc
    from lib.store import ensure_enterprises

    upgrade_database(sqlite_url)
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    with session_scope(sqlite_url) as session:
        units = sync_units(session, load_region("330400"))
    with get_engine(sqlite_url).connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.stat().st_size
    with session_scope(sqlite_url) as session:
        firms = {make_uscc("330402", f"M{n:07d}"): (f"企业{n}", units["南湖区"]) for n in range(6000)}
        ensure_enterprises(session, firms)
        assert session.execute(text("PRAGMA cache_size")).scalar() == -65536
        assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 0
    for connection in [get_engine(sqlite_url).connect() for _ in range(3)]:  # every pooled connection
        with connection:
            assert connection.execute(text("PRAGMA cache_size")).scalar() == -2000
            assert connection.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 1000
            assert connection.execute(select(func.count()).select_from(Enterprise)).scalar() == 6000
    # The checkpoint copies the log into the file page by page: wait for all of it, not for its first page.
    deadline, wanted = time.monotonic() + 60, before + 6000 * 50
    while path.stat().st_size <= wanted and time.monotonic() < deadline:
        time.sleep(0.05)  # polling for the condition; the deadline only bounds a failure
    assert path.stat().st_size > wanted  # the enterprises are in the database file itself


def test_two_accounts_named_alike_are_refused_by_the_database(migrated_url):
    """However an account is added, the database keeps one account per name in any case or width."""
    from lib.store import users

    with session_scope(migrated_url) as session:
        users.add_user(session, by="test", audit={}, username="zhang", role="leader")
    for alike in ("Zhang", "ＺＨＡＮＧ"):
        with pytest.raises(IntegrityError), session_scope(migrated_url) as session:
            users.add_user(session, by="test", audit={}, username=alike, role="leader")


def test_an_upgrade_names_accounts_named_alike_and_changes_nothing(db_url):
    """Accounts made before names were compared without case stop the upgrade with a message naming them;
    once one is renamed, the upgrade runs."""
    config = alembic_config(db_url)
    command.upgrade(config, "0009")
    insert = text(
        "INSERT INTO users (username, display_name, role, password_hash, is_active, failed_attempts, created_at) "
        "VALUES (:name, '', 'leader', '', TRUE, 0, CURRENT_TIMESTAMP)"
    )
    with get_engine(db_url).begin() as connection:
        for name in ("Zhang", "li", "zhang"):
            connection.execute(insert, {"name": name})
    with pytest.raises(RuntimeError) as error:
        command.upgrade(config, "0010")
    assert "“Zhang”、“zhang”" in str(error.value) and "li" not in str(error.value)
    with get_engine(db_url).begin() as connection:
        connection.execute(text("UPDATE users SET username = 'zhang2' WHERE username = 'Zhang'"))
    command.upgrade(config, "0010")
    with get_engine(db_url).connect() as connection:
        keys = connection.execute(text("SELECT username, username_key FROM users ORDER BY id")).all()
    assert [tuple(k) for k in keys] == [("zhang2", "zhang2"), ("li", "li"), ("zhang", "zhang")]
