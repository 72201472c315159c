"""The one writer. Every change to stored data is a store command (this package); nothing else in
the application inserts, updates or deletes (tests/test_architecture.py reads the imports, and
follows every statement, to hold that).

A unit of work is one transaction (`transaction()`, or lib.db.session_scope): every command in it is
stored, or none is. A command ends with `record()`: its audit entry, and, when figures changed, a
mark that makes the commit bump the data version once (the number every cache is keyed by), so no
write path can forget it.

work.py holds the unit of work; this module the record write path (units, enterprises, batches, program
records); batches.py holds commit/supersede/rollback of returns, users.py accounts and sign-in
counters, plans.py targets and plans, notes.py quality notes, mappings.py confirmed header and value
mappings, figures.py the monthly figures kept beside the records, bulk.py the restore of a backup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from operator import itemgetter
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, any_, bindparam, func, select
from sqlalchemy.orm import Session

from lib.db import json_dumps
from lib.models import Enterprise, ProgramRecord, Unit, UploadBatch
from lib.programs import Program
from lib.region import Region
from lib.store.figures import records_changed
from lib.store.work import DATA_MOVED, figures_changed, record, transaction

# The unit of work lives in work.py; its names are the package's too (`from lib.store import record`).
__all__ = ["DATA_MOVED", "figures_changed", "record", "transaction"]

IN_CHUNK = 5000  # identifiers per IN (...) query: well under SQLite's 32766 bound parameters


def among(session: Session, column, values: list) -> ColumnElement[bool]:
    """column IN values. On PostgreSQL one array parameter (= ANY): a statement with thousands of
    placeholders costs the driver more to prepare than the database to run."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(column.type)))
    return column.in_(values)


def sync_units(session: Session, region: Region) -> dict[str, int]:
    """Insert or update the region's reporting units; returns full name -> unit id. A unit added or
    changed (name, place, order) changes figures: the data version moves at commit."""
    existing = {u.name: u for u in session.scalars(select(Unit))}
    by_code = {u.code: u for u in existing.values() if u.code}
    for order, unit in enumerate(region.units):
        row = existing.get(unit.name) or (by_code.get(unit.code) if unit.code else None)
        if row is None:
            row = Unit(name=unit.name)
            session.add(row)
        wanted = {
            "name": unit.name,
            "code": unit.code,
            "short_name": unit.short_name,
            "kind": unit.kind,
            "city": unit.city,
            "industry": unit.industry,
            "sort_order": order,
            "lon": unit.point[0] if unit.point else None,
            "lat": unit.point[1] if unit.point else None,
        }
        if row.id is None or any(getattr(row, key) != value for key, value in wanted.items()):
            for key, value in wanted.items():
                setattr(row, key, value)
            figures_changed(session)
    session.flush()
    return {u.name: u.id for u in session.scalars(select(Unit))}


def unit_ids(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Unit.name, Unit.id)).all())


def _enterprise_ids(session: Session, codes: list[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    table = Enterprise.__table__
    connection = session.connection()
    for start in range(0, len(codes), IN_CHUNK):
        chunk = codes[start : start + IN_CHUNK]
        query = select(table.c.uscc, table.c.id).where(among(session, table.c.uscc, chunk))
        ids.update(connection.execute(query).fetchall())
    return ids


def ensure_enterprises(session: Session, firms: Mapping[str, tuple[str, int | None]]) -> dict[str, int]:
    """Enterprise ids for {uscc: (name, unit_id)}, creating the missing ones in bulk. A code another
    transaction adds at the same moment is taken as it is (no unique-key failure): two units may report
    a new enterprise at once."""
    ids = _enterprise_ids(session, list(firms))
    missing = [code for code in firms if code not in ids]
    if missing:
        now = dt.datetime.now(dt.UTC)
        before = session.scalar(select(func.max(Enterprise.id))) or 0
        rows = [(code, firms[code][0], firms[code][1], now) for code in missing]
        _executemany(session, Enterprise.__table__, ("uscc", "name", "unit_id", "created_at"), rows, unique="uscc")
        # One range scan finds the new ids; the codes another session added meanwhile are looked up.
        wanted = set(missing)
        new = session.execute(select(Enterprise.uscc, Enterprise.id).where(Enterprise.id > before)).all()
        ids.update((code, id_) for code, id_ in new if code in wanted)
        if len(ids) < len(firms):
            ids.update(_enterprise_ids(session, [code for code in missing if code not in ids]))
    return ids


def jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def identity_key(program: Program, values: Mapping[str, Any]) -> str:
    """The record identity (program's identity columns) as one comparable string."""
    return "|".join(str(jsonable(values.get(key)) or "").strip().upper() for key in program.identity)


def event_date(program: Program, values: Mapping[str, Any]) -> dt.date | None:
    for key in program.date_columns:
        if isinstance(values.get(key), dt.date):
            return values[key]
    return None


def record_row(
    program: Program,
    *,
    unit_id: int,
    year: int,
    month: int,
    values: Mapping[str, Any],
    enterprise_id: int | None,
    batch_id: int | None,
    source_row: int | None = None,
    quantity_unit: str | None = None,
    identity: str | None = None,
) -> dict[str, Any]:
    """The program_records row for normalised values (str, date, float, bool keyed by column key)."""
    status = values.get(program.status_column) if program.status_column else None
    quantity = values.get(program.quantity_column) if program.quantity_column else None
    return {
        "program": program.key,
        "unit_id": unit_id,
        "year": year,
        "month": month,
        "enterprise_id": enterprise_id,
        "enterprise_name": str(values.get("enterprise_name") or ""),
        "identity": identity if identity is not None else identity_key(program, values),
        "status": str(status) if status not in (None, "") else None,
        "quantity": float(quantity) if quantity is not None else None,
        "quantity_unit": quantity_unit,
        "event_date": event_date(program, values),
        "data": {key: value for key, value in values.items() if value is not None and value != ""},
        "batch_id": batch_id,
        "source_row": source_row,
        "is_current": True,
    }


def build_record(program: Program, **fields: Any) -> ProgramRecord:
    """A ProgramRecord ORM object; see record_row for the fields."""
    return ProgramRecord(**record_row(program, **fields))


RECORD_COLUMNS = tuple(c.key for c in ProgramRecord.__table__.columns if c.key != "id")


def _executemany(
    session: Session, table, columns: tuple[str, ...], rows: list[tuple], unique: str | None = None
) -> None:
    """Plain driver executemany in the session's transaction: for tens of thousands of rows the
    generic per-row parameter handling of SQLAlchemy costs more than the database itself. With
    `unique`, rows whose value in that column exists already are skipped."""
    connection = session.connection()
    names = ", ".join(columns)
    if connection.dialect.name == "postgresql":
        # COPY is PostgreSQL's bulk path: several times faster than batched INSERTs.
        cursor = connection.connection.cursor()
        target = table.name
        if unique:
            target = f"incoming_{table.name}"
            cursor.execute(f"DROP TABLE IF EXISTS {target}")
            cursor.execute(
                f"CREATE TEMP TABLE {target} ON COMMIT DROP AS SELECT {names} FROM {table.name} WITH NO DATA"
            )
        with cursor.copy(f"COPY {target} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        if unique:
            cursor.execute(
                f"INSERT INTO {table.name} ({names}) SELECT {names} FROM {target} ON CONFLICT ({unique}) DO NOTHING"
            )
            cursor.execute(f"DROP TABLE {target}")
        return
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    if connection.dialect.name == "sqlite":
        # Store times the way SQLAlchemy does on SQLite: UTC without an offset.
        rows = [
            tuple(
                v.astimezone(dt.UTC).replace(tzinfo=None) if isinstance(v, dt.datetime) and v.tzinfo else v for v in r
            )
            for r in rows
        ]
    verb = "INSERT OR IGNORE" if unique and connection.dialect.name == "sqlite" else "INSERT"
    sql = f"{verb} INTO {table.name} ({names}) VALUES ({', '.join([mark] * len(columns))})"
    for start in range(0, len(rows), 5000):
        connection.exec_driver_sql(sql, rows[start : start + 5000])


def insert_records(session: Session, rows: list[dict[str, Any]]) -> None:
    """Bulk insert of record_row dicts; the data column is serialised here as the engine would."""
    pick = itemgetter(*RECORD_COLUMNS)
    at = RECORD_COLUMNS.index("data")
    prepared = []
    for row in rows:
        values = pick(row)
        prepared.append((*values[:at], json_dumps(values[at]), *values[at + 1 :]))
    _executemany(session, ProgramRecord.__table__, RECORD_COLUMNS, prepared)


def new_batch(session: Session, **fields: Any) -> UploadBatch:
    batch = UploadBatch(**fields)
    session.add(batch)
    session.flush()
    return batch


def add_records(session: Session, records: Iterable[ProgramRecord]) -> int:
    """Add records and mark the data as changed (their monthly figures are recomputed at commit);
    returns how many were added."""
    rows = list(records)
    session.add_all(rows)
    for program, unit_id, year in {(r.program, r.unit_id, r.year) for r in rows}:
        records_changed(session, program, unit_id, year)
    session.flush()
    return len(rows)
