"""Backup and restore round trip on SQLite and PostgreSQL: every table, every row, the same."""

from __future__ import annotations

from sqlalchemy import func, select

from lib.backup import restore_backup, write_backup
from lib.db import get_engine, read_data_version, session_scope
from lib.models import Base, ProgramRecord
from tests.conftest import _create_pg_database, _drop_pg_database, build_demo
from tests.test_upload import cli


def dump(url: str) -> dict[str, list]:
    with get_engine(url).connect() as conn:
        return {
            table.name: [tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))]
            for table in Base.metadata.sorted_tables
        }


def restored_as(url: str, before: dict[str, list], versions_seen: list[int]) -> None:
    """Every table holds exactly the backup's rows, plus the restore's own audit entry, and the data
    version is above every number a cache could have seen (the source's and the target's)."""
    after = dump(url)
    *kept, entry = after.pop("audit_log")
    assert kept == before["audit_log"] and entry[3] == "restore"
    version = dict(after.pop("app_state"))["data_version"]
    assert version > max(versions_seen)
    assert after == {k: v for k, v in before.items() if k not in ("audit_log", "app_state")}


def data_version(url: str) -> int:
    with session_scope(url) as session:
        return read_data_version(session)


def test_backup_restore_round_trip(db_url, tmp_path, request):
    source = build_demo(db_url)
    with session_scope(source) as session:  # something written after the demo, with Chinese and JSON
        record = session.scalars(select(ProgramRecord).limit(1)).one()
        record.data = {**record.data, "备注": '=HYPERLINK("x") 领口绳带'}
    backup = tmp_path / "backup.jsonl.gz"
    counts = write_backup(source, backup)
    assert counts["program_records"] > 1000 and counts["users"] == 5  # the demo's accounts
    before = dump(source)
    if db_url.startswith("sqlite"):
        target = f"sqlite:///{tmp_path / 'restored.db'}"
    else:  # a second PostgreSQL database in the same throwaway cluster
        name, target = _create_pg_database(request.getfixturevalue("pg_admin_url"))
        request.addfinalizer(lambda: _drop_pg_database(request.getfixturevalue("pg_admin_url"), name, target))
    build_demo(target)  # the target has its own data: restore replaces all of it
    with session_scope(target) as session:
        session.add(ProgramRecord(program="recall", unit_id=1, year=2024, month=12, identity="extra", data={}))
    seen = [data_version(source), data_version(target)]
    restore_backup(target, backup)
    restored_as(target, before, seen)
    with session_scope(target) as session:  # new rows get fresh ids after a restore
        session.add(ProgramRecord(program="recall", unit_id=1, year=2024, month=11, identity="new", data={}))
        session.flush()
        assert session.scalar(select(func.count()).select_from(ProgramRecord)) == counts["program_records"] + 1


def test_cli_backup_and_restore(sqlite_url, tmp_path):
    build_demo(sqlite_url)
    out = tmp_path / "b.jsonl.gz"
    made = cli(sqlite_url, "backup", "--out", str(out))
    assert made.returncode == 0 and "已备份" in made.stdout
    target = f"sqlite:///{tmp_path / 'r.db'}"
    restored = cli(target, "restore", str(out))
    assert restored.returncode == 0 and "已从" in restored.stdout
    restored_as(target, dump(sqlite_url), [data_version(sqlite_url)])
    missing = cli(target, "restore", str(tmp_path / "nope.gz"))
    assert missing.returncode == 2 and "找不到备份文件" in missing.stderr
