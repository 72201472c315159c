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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, DateTime, String, any_, bindparam, func, select
from sqlalchemy.orm import Session

from lib.db import BULK_CACHE, BULK_PRAGMAS, json_dumps, json_texts
from lib.models import Enterprise, ProgramRecord, Unit, UploadBatch
from lib.programs import Program
from lib.region import Region
from lib.store.figures import records_changed
from lib.store.work import DATA_MOVED, figures_changed, record, transaction

# The unit of work lives in work.py; its names are the package's too (`from lib.store import record`).
__all__ = ["DATA_MOVED", "figures_changed", "record", "transaction"]


LARGEST_ID = 2**31 - 1  # ids are INTEGER: 32 bits on PostgreSQL (64 on SQLite)


def storable_id(value: int) -> bool:
    """Whether a number a user typed as an id can name a row at all. A larger one names none, and the
    database would refuse to compare it (OverflowError on SQLite beyond 64 bits, an error on PostgreSQL
    beyond 32)."""
    return 0 < value <= LARGEST_ID


def among(session: Session, column, values: list) -> ColumnElement[bool]:
    """column IN values, for any number of values (str or int), as one parameter: an array on
    PostgreSQL (= ANY), a JSON array read by json_each on SQLite. A statement with thousands of
    placeholders costs more to build and prepare than the database takes to run it, and SQLite bounds
    their number. Both use the column's index."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(column.type)))
    listed = func.json_each(bindparam(None, json_dumps(values), type_=String)).table_valued("value")
    return column.in_(select(listed.c.value))


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
    table = Enterprise.__table__
    query = select(table.c.uscc, table.c.id).where(among(session, table.c.uscc, codes))
    return dict(session.connection().execute(query).fetchall())


def ensure_enterprises(session: Session, firms: Mapping[str, tuple[str, int | None]]) -> dict[str, int]:
    """Enterprise ids for {uscc: (name, unit_id)}, creating the missing ones in bulk. A code another
    transaction adds at the same moment is taken as it is (no unique-key failure): two units may report
    a new enterprise at once."""
    ids = _enterprise_ids(session, list(firms))
    missing = [code for code in firms if code not in ids]
    if missing:
        table = Enterprise.__table__
        sqlite = session.connection().dialect.name == "sqlite"
        now = dt.datetime.now(dt.UTC)
        stamp = _sqlite_time(now) if sqlite else now
        before = session.scalar(select(func.max(table.c.id))) or 0
        rows = [(code, *firms[code]) for code in missing]
        _executemany(session, table, ("uscc", "name", "unit_id"), rows, unique="uscc", shared={"created_at": stamp})
        if sqlite:
            # SQLite numbers new rows one above the largest: when the ids above `before` are exactly
            # before + 1 … before + n, they were given in the order of the rows (none was skipped).
            count, top = session.execute(select(func.count(), func.max(table.c.id)).where(table.c.id > before)).one()
            if count == len(missing) and top == before + len(missing):
                ids.update(zip(missing, range(before + 1, top + 1), strict=True))
                return ids
        # One range scan finds the new ids; the codes another session added meanwhile are looked up.
        wanted = set(missing)
        new = session.connection().execute(select(table.c.uscc, table.c.id).where(table.c.id > before)).fetchall()
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
    return "|".join(identity_part(values.get(key)) for key in program.identity)


def identity_parts(values: list[Any]) -> list[str]:
    """identity_part of every value of a column: texts (the usual case) upper-cased together."""
    try:
        joined = "\x00".join(values)
    except TypeError:  # not all text: each distinct value (dates repeat) once, keyed by type and value
        keys = list(zip(map(type, values), values, strict=True))
        parts = {key: identity_part(key[1]) for key in set(keys)}
        return list(map(parts.__getitem__, keys))
    if joined.count("\x00") != len(values) - 1:
        return list(map(identity_part, values))
    return list(map(str.strip, joined.upper().split("\x00")))


def identity_part(value: Any) -> str:
    """One column's part of an identity: text trimmed and upper-cased, a date ISO, nothing as ""."""
    if type(value) is str:
        return value.strip().upper()
    return str(jsonable(value) or "").strip().upper()


def event_date(program: Program, values: Mapping[str, Any]) -> dt.date | None:
    """The row's date: the first of the program's date columns holding a date (_event_dates' one-row case)."""
    return _event_dates(program, [values])[0]


ROWS_PER_STATEMENT = 100  # rows a bulk insert writes with one statement (SQLite)
MAX_PARAMETERS = 999  # parameters a statement may bind in any SQLite build

RECORD_COLUMNS = tuple(c.key for c in ProgramRecord.__table__.columns if c.key != "id")
# What every record of one bulk insert shares (one program, unit, month and batch), and what each has of its own.
SHARED_COLUMNS = ("program", "unit_id", "year", "month", "batch_id", "is_current")
OWN_COLUMNS = tuple(c for c in RECORD_COLUMNS if c not in SHARED_COLUMNS)


@dataclass(frozen=True)
class RecordBlock:
    """Records of one program, unit and month for a bulk insert (insert_records): the values they share
    (SHARED_COLUMNS order) and each one's own (OWN_COLUMNS order; the data JSON text, the event date ISO
    text, as the driver takes them)."""

    shared: tuple
    rows: list[tuple]


def record_block(
    program: Program,
    values: Sequence[Mapping[str, Any]],
    *,
    unit_id: int,
    year: int,
    month: int,
    batch_id: int | None,
    enterprise_ids: Sequence[int | None],
    names: Sequence[str],
    source_rows: Sequence[int | None],
    quantity_units: Sequence[str | None],
    identities: Sequence[str],
) -> RecordBlock:
    """The records of checked rows for a bulk insert (insert_records): their values hold no None or ""
    (validation leaves empty cells out), their enterprise names are given; the JSON texts are made in one
    pass, each distinct date converted once."""
    own = _own_columns(program, values, enterprise_ids, source_rows, quantity_units, identities, names, as_text=True)
    rows = list(zip(*(own[key] for key in OWN_COLUMNS), strict=True))
    return RecordBlock((program.key, unit_id, year, month, batch_id, True), rows)


def _own_columns(
    program: Program,
    values: Sequence[Mapping[str, Any]],
    enterprise_ids: Sequence[int | None],
    source_rows: Sequence[int | None] | None,
    quantity_units: Sequence[str | None] | None,
    identities: Sequence[str] | None,
    names: Sequence[str] | None,
    *,
    as_text: bool,
) -> dict[str, Sequence[Any]]:
    """Each OWN_COLUMNS column of the records; as_text: the data JSON text of values known to hold no
    None or "", the event date ISO text."""
    n = len(values)
    status_key, quantity_key = program.status_column, program.quantity_column
    statuses = [v.get(status_key) for v in values] if status_key else [None] * n
    quantities = [v.get(quantity_key) for v in values] if quantity_key else [None] * n
    if as_text:
        stored: list = json_texts(values)
    else:
        stored = [dict(v) if None not in v.values() and "" not in v.values() else _present(v) for v in values]
    dates: list = _event_dates(program, values)
    if as_text:
        texts = {date: date.isoformat()[:10] for date in set(dates) if date is not None}  # the day, as a Date holds it
        dates = [texts.get(date) for date in dates] if texts else dates
    return {
        "enterprise_id": enterprise_ids,
        "enterprise_name": names if names is not None else [str(v.get("enterprise_name") or "") for v in values],
        "identity": identities if identities is not None else [identity_key(program, v) for v in values],
        "status": [str(s) if s not in (None, "") else None for s in statuses],
        "quantity": [float(q) if q is not None else None for q in quantities],
        "quantity_unit": quantity_units if quantity_units is not None else [None] * n,
        "event_date": dates,
        "data": stored,
        "source_row": source_rows if source_rows is not None else [None] * n,
    }


def _event_dates(program: Program, values: Sequence[Mapping[str, Any]]) -> list[dt.date | None]:
    """event_date of each row, column by column: the first date column holding a date."""
    dates: list[dt.date | None] = [None] * len(values)
    for key in reversed(program.date_columns):
        column = [v.get(key) for v in values]
        dates = [c if isinstance(c, dt.date) else d for c, d in zip(column, dates, strict=True)]
    return dates


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None and value != ""}


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
    """The program_records row for normalised values (str, date, float, bool keyed by column key), as a
    dict keyed by column; the data column holds a dict of the non-empty values."""
    identities = None if identity is None else [identity]
    own = _own_columns(
        program, [values], [enterprise_id], [source_row], [quantity_unit], identities, None, as_text=False
    )
    shared = zip(SHARED_COLUMNS, (program.key, unit_id, year, month, batch_id, True), strict=True)
    return dict(shared) | {key: column[0] for key, column in own.items()}


def build_record(program: Program, **fields: Any) -> ProgramRecord:
    """A ProgramRecord ORM object; see record_row for the fields."""
    return ProgramRecord(**record_row(program, **fields))


def _executemany(
    session: Session,
    table,
    columns: tuple[str, ...],
    rows: list[tuple],
    unique: str | None = None,
    shared: Mapping[str, Any] | None = None,
) -> None:
    """Plain driver executemany in the session's transaction: for tens of thousands of rows the
    generic per-row parameter handling of SQLAlchemy costs more than the database itself. With
    `unique`, rows whose value in that column exists already are skipped. `shared` holds the values of
    further columns, the same in every row: on SQLite written into the statement instead of bound per row."""
    connection = session.connection()
    literals = ""
    if shared and connection.dialect.name == "sqlite" and all(map(_sqlite_literal, shared.values())):
        literals = "".join(f"{_sqlite_literal(value)}, " for value in shared.values())
    elif shared:
        prefix = tuple(shared.values())
        rows = [prefix + row for row in rows]
    columns = (*(shared or {}), *columns)
    names = ", ".join(columns)
    if connection.dialect.name == "postgresql":
        # COPY is PostgreSQL's bulk path: several times faster than batched INSERTs.
        if unique and _copy_new(session, table, names, rows):
            return
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
    bound = columns[len(shared or {}) :] if literals else columns  # the columns each row holds
    if connection.dialect.name == "sqlite":
        if len(rows) > 5000 and not connection.connection.info.get(BULK_CACHE):
            for pragma in BULK_PRAGMAS:  # back to the usual when the connection is returned
                connection.exec_driver_sql(pragma)
            connection.connection.info[BULK_CACHE] = True
        # Times as SQLAlchemy stores them on SQLite (UTC, no offset), each distinct time converted once.
        times = [i for i, name in enumerate(bound) if isinstance(table.c[name].type, DateTime)]
        if times:
            rows = _sqlite_times(rows, times)
    verb = "INSERT OR IGNORE" if unique and connection.dialect.name == "sqlite" else "INSERT"
    # Many rows to a statement: the driver's work per statement (a step and a reset), not the binding,
    # is most of what a row costs it (100,000 records: 0.3 s, against 0.5 s at one row to a statement).
    group = f"({literals}{', '.join([mark] * len(bound))})"
    per = min(ROWS_PER_STATEMENT, MAX_PARAMETERS // len(bound)) if bound else ROWS_PER_STATEMENT
    full = len(rows) - len(rows) % per
    if full:
        sql = f"{verb} INTO {table.name} ({names}) VALUES {', '.join([group] * per)}"
        step = per * max(1, 5000 // per)  # about 5,000 rows to a call
        for start in range(0, full, step):
            flat = [tuple(chain.from_iterable(rows[i : i + per])) for i in range(start, min(full, start + step), per)]
            connection.exec_driver_sql(sql, flat)
    if full < len(rows):
        sql = f"{verb} INTO {table.name} ({names}) VALUES {', '.join([group] * (len(rows) - full))}"
        connection.exec_driver_sql(sql, tuple(chain.from_iterable(rows[full:])))


def _sqlite_literal(value: Any) -> str:
    """A value as SQLite reads it in a statement ("" for one not written so: it is bound instead)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, str) and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return ""


def _copy_new(session: Session, table, names: str, rows: list[tuple]) -> bool:
    """COPY rows the caller found missing straight into the table, under a savepoint: True when stored.
    False, with nothing stored, when another transaction added one of them meanwhile (a unique-key
    violation); the caller then goes the slower way that skips existing rows. The usual case costs a
    third less than a temporary table and INSERT … ON CONFLICT."""
    from psycopg.errors import UniqueViolation

    try:
        with session.begin_nested():
            cursor = session.connection().connection.cursor()
            with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
    except UniqueViolation:
        return False
    return True


def _sqlite_time(value: dt.datetime) -> str:
    """A time as SQLAlchemy stores it on SQLite: UTC, no offset."""
    utc = value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value
    return utc.strftime("%Y-%m-%d %H:%M:%S.%f")


def _sqlite_times(rows: list[tuple], times: list[int]) -> list[tuple]:
    seen: dict[dt.datetime, str] = {}

    def text(value: Any) -> Any:
        if not isinstance(value, dt.datetime):
            return value
        if value not in seen:
            seen[value] = _sqlite_time(value)
        return seen[value]

    for i in times:
        if any(isinstance(row[i], dt.datetime) for row in rows):
            rows = [(*row[:i], text(row[i]), *row[i + 1 :]) for row in rows]
    return rows


def insert_records(session: Session, block: RecordBlock) -> None:
    """Bulk insert of a record_block."""
    shared = dict(zip(SHARED_COLUMNS, block.shared, strict=True))
    _executemany(session, ProgramRecord.__table__, OWN_COLUMNS, block.rows, shared=shared)


def insert_record_blocks(session: Session, blocks: Sequence[RecordBlock]) -> None:
    """Bulk insert of many record_blocks at once (a ledger's thousands of unit-months): one pass, each row
    with the values its block shares."""
    rows = [block.shared + row for block in blocks for row in block.rows]
    if rows:
        _executemany(session, ProgramRecord.__table__, (*SHARED_COLUMNS, *OWN_COLUMNS), rows)


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
