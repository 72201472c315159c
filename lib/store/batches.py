"""Store commands for returns: commit a checked return (superseding the unit's earlier return for each
program and month it covers; each becomes pending review) and withdraw one (bringing back exactly what it
replaced).

The decisions (who may, which programs a return is in force for) are made by lib.ingest.service.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter
from typing import Any, Protocol

from sqlalchemy import false, select, true, update
from sqlalchemy.orm import Session

from lib.models import ProgramRecord, ReturnFix, Unit, UploadBatch
from lib.programs import Program, get_registry
from lib.store import ensure_enterprises, insert_records, record, record_block, reviews
from lib.store.figures import records_changed


class Row(Protocol):
    """A checked data row: its values by column key (none of them None or ""), its Excel row and its
    identity."""

    values: dict[str, Any]
    excel_row: int
    identity: str


def lock_unit(session: Session, unit_id: int) -> None:
    """One commit per unit at a time (PostgreSQL row lock; SQLite has a single writer anyway): a second
    return for the same month waits, then replaces the first instead of standing beside it."""
    session.execute(select(Unit.id).where(Unit.id == unit_id).with_for_update())


def commit_return(
    session: Session,
    *,
    username: str,
    unit_id: int,
    year: int,
    month: int,
    storable: Sequence[tuple[Program, Sequence[Row]]],
    batch: dict[str, Any],
    detail: dict[str, Any],
) -> tuple[int, int]:
    """Store one return: the batch, new enterprises, and each program's records, which replace the
    unit's current records of that program and month. Returns (batch id, records stored)."""
    entry = UploadBatch(unit_id=unit_id, year=year, month=month, uploaded_by=username, status="committed", **batch)
    session.add(entry)
    session.flush()
    values = [list(map(attrgetter("values"), rows)) for _, rows in storable]
    codes = [[v.get("uscc") or None for v in each] for each in values]  # text: validation reads a code as text
    names = [[str(v.get("enterprise_name") or "") for v in each] for each in values]
    firms: dict[str, tuple[str, int | None]] = {}
    for each_codes, each_names in zip(codes, names, strict=True):
        named = zip(each_codes, zip(each_names, repeat(unit_id, len(each_names)), strict=True), strict=True)
        firms.update(named if all(each_codes) else ((code, name) for code, name in named if code))
    enterprise_ids = ensure_enterprises(session, firms)
    replaced: set[int] = set()
    stored = 0
    for (program, rows), each, each_codes, each_names in zip(storable, values, codes, names, strict=True):
        replaced |= _supersede(session, program.key, unit_id, year, month)
        records_changed(session, program, unit_id, year)
        block = record_block(
            program,
            each,
            unit_id=unit_id,
            year=year,
            month=month,
            batch_id=entry.id,
            enterprise_ids=list(map(enterprise_ids.get, each_codes)),
            names=each_names,
            source_rows=list(map(attrgetter("excel_row"), rows)),
            quantity_units=[v.get("quantity_unit") for v in each],
            identities=list(map(attrgetter("identity"), rows)),
        )
        insert_records(session, block)
        stored += len(block.rows)
    _mark_superseded(session, replaced - {entry.id}, unit_id, year, month)
    programs = [program.key for program, _ in storable]
    reviews.submitted(
        session, unit_id=unit_id, year=year, month=month, programs=programs, batch_id=entry.id, username=username
    )
    record(session, username, "upload", "upload_batch", entry.id, figures=True, years=(year,), **detail)
    return entry.id, stored


def _current(program: str, unit_id: int, year: int, month: int) -> tuple:
    return (
        ProgramRecord.program == program,
        ProgramRecord.unit_id == unit_id,
        ProgramRecord.year == year,
        ProgramRecord.month == month,
    )


def _supersede(session: Session, program: str, unit_id: int, year: int, month: int) -> set[int]:
    """Mark the unit's current records of this program and month as history; returns their batches."""
    where = (*_current(program, unit_id, year, month), ProgramRecord.is_current == true())
    batches = set(session.scalars(select(ProgramRecord.batch_id).where(*where).distinct()))
    session.execute(update(ProgramRecord).where(*where).values(is_current=False))
    return {b for b in batches if b is not None}


def _mark_superseded(session: Session, batch_ids: set[int], unit_id: int, year: int, month: int) -> None:
    for batch_id in batch_ids:
        where = of_batch(session, batch_id, unit_id, year, month, current=True)
        if session.scalar(select(ProgramRecord.id).where(*where).limit(1)) is None:
            session.execute(update(UploadBatch).where(UploadBatch.id == batch_id).values(status="superseded"))


def of_batch(session: Session, batch_id: int, unit_id: int, year: int, month: int, *, current: bool | None) -> tuple:
    """Conditions for a batch's records (current, not current, or either: None), found through the index
    of programs and periods: a batch's records are of its unit and month, in the programs the registry
    or the batch's own counts name. (Records are not indexed by batch: that index cost every upload more
    than the few look-ups it served.)"""
    counts = session.scalar(select(UploadBatch.counts).where(UploadBatch.id == batch_id)) or {}
    programs = sorted({program.key for program in get_registry()} | set(counts))
    states = [true()] if current else [false()] if current is False else [true(), false()]
    return (
        ProgramRecord.program.in_(programs),
        ProgramRecord.year == year,
        ProgramRecord.is_current.in_(states),
        ProgramRecord.unit_id == unit_id,
        ProgramRecord.month == month,
        ProgramRecord.batch_id == batch_id,
    )


def withdraw_return(
    session: Session, batch: UploadBatch, restore: dict[str, int | None], *, username: str, reason: str
) -> int:
    """Withdraw a return: for each program in `restore` its records stop counting and the named earlier
    batch's records (if any) count again. Returns how many records were brought back."""
    restored = 0
    for program, previous in restore.items():
        records_changed(session, program, batch.unit_id, batch.year)
        where = _current(program, batch.unit_id, batch.year, batch.month)
        # is_current in the conditions: each update goes through the index of programs and periods.
        now, before = ProgramRecord.is_current == true(), ProgramRecord.is_current == false()
        withdrawn = update(ProgramRecord).where(ProgramRecord.batch_id == batch.id, *where, now)
        session.execute(withdrawn.values(is_current=False))
        if previous is None:
            continue
        restored += session.execute(
            update(ProgramRecord).where(ProgramRecord.batch_id == previous, *where, before).values(is_current=True)
        ).rowcount
        session.execute(update(UploadBatch).where(UploadBatch.id == previous).values(status="committed"))
    session.execute(update(UploadBatch).where(UploadBatch.id == batch.id).values(status="rolled_back"))
    reviews.withdrawn(
        session, unit_id=batch.unit_id, year=batch.year, month=batch.month, restore=restore, username=username
    )
    session.refresh(batch)
    programs = sorted(restore)
    record(
        session,
        username,
        "rollback",
        "upload_batch",
        batch.id,
        figures=True,
        years=(batch.year,),
        reason=reason,
        restored=restored,
        programs=programs,
    )
    return restored


def keep_fixes(session: Session, batch_id: int, fixes: Sequence[dict[str, Any]], *, username: str) -> None:
    """Store the fixes made on the page to a return with its batch, and one audit entry listing them."""
    if not fixes:
        return
    session.add_all(ReturnFix(batch_id=batch_id, fixed_by=username, **fix) for fix in fixes)
    session.flush()
    record(session, username, "fix_return", "upload_batch", batch_id, fixes=list(fixes))
