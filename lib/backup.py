"""Backup and restore of every table, the same on SQLite and PostgreSQL: one gzip'd JSON-lines file
(a header, then one line per row in foreign-key order). Restoring replaces everything in one
transaction, so a failed restore leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

from sqlalchemy import Date, DateTime, select, text
from sqlalchemy.engine import Connection

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


def restore_backup(url: str, path: Path, *, by: str = "cli") -> dict[str, int]:
    """Replace the database's contents with a backup; returns rows per table."""
    upgrade_database(url)
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    rows: dict[str, list[dict]] = {name: [] for name in tables}
    with gzip.open(path, "rt", encoding="utf-8") as source:
        header = json.loads(source.readline() or "{}")
        if header.get("format") != FORMAT:
            raise ValueError(f"“{Path(path).name}”不是本系统的备份文件。")
        for line in source:
            item = json.loads(line)
            if item["t"] not in tables:
                raise ValueError(f"备份中有未知的数据表“{item['t']}”，请用相同版本的系统恢复。")
            rows[item["t"]].append(_typed(tables[item["t"]], item["r"]))

    def same_schema(conn: Connection) -> None:
        if _schema_revision(conn) != header.get("schema"):
            raise ValueError(
                f"备份的数据库结构版本为 {header.get('schema')}，当前为 {_schema_revision(conn)}，"
                "请用相同版本的系统恢复。"
            )

    replace_everything(url, rows, str(header.get("schema")), by=by, check=same_schema)
    return {name: len(items) for name, items in rows.items()}
