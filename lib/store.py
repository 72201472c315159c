"""Write path shared by every loader (demo data, uploads, CLI imports): units, enterprises,
batches and program records with their typed copies of the fields metrics use.

Callers own the transaction (lib.db.session_scope); nothing here commits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lib.db import bump_data_version
from lib.models import AuditLog, Enterprise, ProgramRecord, Unit, UploadBatch
from lib.programs import Program
from lib.region import Region


def sync_units(session: Session, region: Region) -> dict[str, int]:
    """Insert or update the region's reporting units; returns full name -> unit id."""
    existing = {u.name: u for u in session.scalars(select(Unit))}
    by_code = {u.code: u for u in existing.values() if u.code}
    for order, unit in enumerate(region.units):
        row = existing.get(unit.name) or (by_code.get(unit.code) if unit.code else None)
        if row is None:
            row = Unit(name=unit.name)
            session.add(row)
        row.name = unit.name
        row.code = unit.code
        row.short_name = unit.short_name
        row.kind = unit.kind
        row.city = unit.city
        row.industry = unit.industry
        row.sort_order = order
        row.lon, row.lat = unit.point if unit.point else (None, None)
    session.flush()
    return {u.name: u.id for u in session.scalars(select(Unit))}


def unit_ids(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Unit.name, Unit.id)).all())


def _enterprise_ids(session: Session, codes: list[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        ids.update(session.execute(select(Enterprise.uscc, Enterprise.id).where(Enterprise.uscc.in_(chunk))).all())
    return ids


def ensure_enterprises(session: Session, firms: Mapping[str, tuple[str, int | None]]) -> dict[str, int]:
    """Enterprise ids for {uscc: (name, unit_id)}, creating the missing ones in bulk."""
    ids = _enterprise_ids(session, list(firms))
    missing = [code for code in firms if code not in ids]
    if missing:
        session.add_all(Enterprise(uscc=code, name=firms[code][0], unit_id=firms[code][1]) for code in missing)
        session.flush()
        ids.update(_enterprise_ids(session, missing))
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


def build_record(
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
) -> ProgramRecord:
    """A ProgramRecord from normalised values (str, date, float, bool keyed by column key)."""
    status = values.get(program.status_column) if program.status_column else None
    quantity = values.get(program.quantity_column) if program.quantity_column else None
    return ProgramRecord(
        program=program.key,
        unit_id=unit_id,
        year=year,
        month=month,
        enterprise_id=enterprise_id,
        enterprise_name=str(values.get("enterprise_name") or ""),
        identity=identity_key(program, values),
        status=str(status) if status not in (None, "") else None,
        quantity=float(quantity) if quantity is not None else None,
        quantity_unit=quantity_unit,
        event_date=event_date(program, values),
        data={key: jsonable(value) for key, value in values.items() if value not in (None, "")},
        batch_id=batch_id,
        source_row=source_row,
        is_current=True,
    )


def new_batch(session: Session, **fields: Any) -> UploadBatch:
    batch = UploadBatch(**fields)
    session.add(batch)
    session.flush()
    return batch


def audit(session: Session, username: str, action: str, entity: str = "", entity_id: object = "", **detail: Any):
    session.add(AuditLog(username=username, action=action, entity=entity, entity_id=str(entity_id), detail=detail))


def add_records(session: Session, records: Iterable[ProgramRecord]) -> int:
    """Add records and mark the data as changed; returns how many were added."""
    rows = list(records)
    session.add_all(rows)
    bump_data_version(session)
    return len(rows)
