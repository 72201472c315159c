"""Backup and restore of every table, the same on SQLite and PostgreSQL: one gzip'd JSON-lines file
(a header, then one line per row in foreign-key order). Restoring replaces everything in one
transaction, so a failed restore leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import zlib
from pathlib import Path

from sqlalchemy import Date, DateTime, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import StatementError

from lib.db import get_engine, json_dumps, upgrade_database
from lib.models import Base
from lib.store.bulk import replace_everything

FORMAT = "quality-board-backup/1"


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _schema_revision(conn: Connection) -> str:
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""


def write_backup(url: str, path: Path) -> dict[str, int]:
    """Every row of every table to path; returns rows per table."""
    counts: dict[str, int] = {}
    with get_engine(url).connect() as conn, gzip.open(path, "wt", encoding="utf-8") as out:
        tables = Base.metadata.sorted_tables
        header = {"format": FORMAT, "schema": _schema_revision(conn), "tables": [t.name for t in tables]}
        out.write(json.dumps(header) + "\n")
        for table in tables:
            counts[table.name] = 0
            for row in conn.execute(select(table).order_by(*table.primary_key.columns)).mappings():
                line = {"t": table.name, "r": {k: _plain(v) for k, v in row.items()}}
                out.write(json_dumps(line) + "\n")
                counts[table.name] += 1
    return counts


def _typed(table, record: dict) -> dict:
    out = {}
    for column in table.columns:
        value = record.get(column.key)
        if value is not None and isinstance(column.type, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = dt.date.fromisoformat(value)
        out[column.key] = value
    return out


class NotABackup(ValueError):
    """A file that is not a whole backup written by write_backup; nothing was changed."""


def _read_backup(path: Path, tables: dict) -> tuple[dict, dict[str, list[dict]]]:
    """The header and the rows per table of a backup file, read whole before anything is changed."""
    refusal = (
        f"“{Path(path).name}”不是用 `python -m lib.cli backup` 生成的备份文件（或已损坏、不完整），数据库未做任何改动。"
    )
    rows: dict[str, list[dict]] = {t: [] for t in tables}
    unknown = None
    try:
        with gzip.open(path, "rt", encoding="utf-8") as source:
            header = json.loads(source.readline() or "{}")
            if not isinstance(header, dict) or header.get("format") != FORMAT:
                raise NotABackup(refusal)
            for line in source:
                item = json.loads(line)
                table = tables.get(item["t"])
                if table is None:
                    unknown = item["t"]
                    break
                rows[item["t"]].append(_typed(table, item["r"]))
    except (NotABackup, PermissionError):
        raise
    # What a file that is not a backup makes of gzip, UTF-8, JSON or the rows: not gzip or cut short
    # (OSError, EOFError, zlib.error), not text or JSON (ValueError), lines of another shape (the rest).
    except (OSError, EOFError, zlib.error, ValueError, LookupError, TypeError, AttributeError) as exc:
        raise NotABackup(refusal) from exc
    if unknown is not None:
        raise ValueError(f"备份中有未知的数据表“{unknown}”，请用相同版本的系统恢复。")
    return header, rows


def restore_backup(url: str, path: Path, *, by: str = "cli") -> dict[str, int]:
    """Replace the database's contents with a backup; returns rows per table. A file that is not a backup
    is refused (NotABackup) before the database is touched."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    header, rows = _read_backup(path, tables)
    upgrade_database(url)

    def same_schema(conn: Connection) -> None:
        if _schema_revision(conn) != header.get("schema"):
            raise ValueError(
                f"备份的数据库结构版本为 {header.get('schema')}，当前为 {_schema_revision(conn)}，"
                "请用相同版本的系统恢复。"
            )

    try:
        replace_everything(url, rows, str(header.get("schema")), by=by, check=same_schema)
    except StatementError as exc:  # rows the database refuses: one transaction, so nothing changed
        raise NotABackup(
            f"“{Path(path).name}”中的数据无法写入数据库（备份已损坏或被改动过），数据库未做任何改动。"
        ) from exc
    return {name: len(items) for name, items in rows.items()}
