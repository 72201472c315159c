"""Store commands for what a unit's clerk confirmed: a header layout's columns, and a written word's
registry value. The checks (who may, whether the value is allowed) are lib.ingest.mappings'."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lib.models import ColumnMapping, ValueMapping
from lib.store import record


def _confirmed(session: Session, row: ColumnMapping | ValueMapping, username: str, action: str, **detail) -> None:
    """Stamp who confirmed a mapping and when, store it, and write the audit entry."""
    row.confirmed_by = username
    row.confirmed_at = dt.datetime.now(dt.UTC)
    session.flush()
    record(session, username, action, row.__tablename__.rstrip("s"), row.id, **detail)


def save_columns(
    session: Session,
    *,
    username: str,
    unit_id: int,
    program: str,
    signature: str,
    mapping: dict[str, Any],
    headers: list[str],
    detail: dict[str, Any],
) -> None:
    """Store (or replace) the unit's header mapping for one program and header layout."""
    row = session.scalar(
        select(ColumnMapping).where(
            ColumnMapping.unit_id == unit_id, ColumnMapping.program == program, ColumnMapping.signature == signature
        )
    )
    if row is None:
        row = ColumnMapping(unit_id=unit_id, program=program, signature=signature)
        session.add(row)
    row.mapping = mapping
    row.headers = headers
    _confirmed(session, row, username, "confirm_columns", **detail)


def save_value(
    session: Session, *, username: str, unit_id: int, program: str, column: str, key: str, value: str, **detail
) -> None:
    """Store (or replace) the unit's word (normalised: `key`) for the registry value `value`."""
    row = session.scalar(
        select(ValueMapping).where(
            ValueMapping.unit_id == unit_id,
            ValueMapping.program == program,
            ValueMapping.column == column,
            ValueMapping.written == key,
        )
    )
    if row is None:
        row = ValueMapping(unit_id=unit_id, program=program, column=column, written=key)
        session.add(row)
    row.value = value
    _confirmed(session, row, username, "confirm_value", program=program, column=column, value=value, **detail)


def forget_mapping(session: Session, row: ColumnMapping | ValueMapping, *, username: str, **detail) -> None:
    """Forget a confirmed header layout or word; the returns already stored keep what they were read as."""
    action = "delete_columns" if isinstance(row, ColumnMapping) else "delete_value"
    entity, entity_id = row.__tablename__.rstrip("s"), row.id
    session.delete(row)
    session.flush()
    record(session, username, action, entity, entity_id, **detail)
