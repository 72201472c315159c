"""Store commands for the city's review (审核) of returns: the state of each unit × program × month and
its history. A committed return makes its programs pending (`submitted`, inside commit_return), a
withdrawal hands the state to the return brought back (`withdrawn`), and a reviewer's action changes a
state only if nobody changed it since it was read (`change`: a conditional UPDATE on its version). Each
of them moves the unit's figures of that program and year (the reviewed part of them) at commit.

Who may, and from which state, is decided by lib.review.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from lib.models import MonthOpening, ReviewAction, ReviewState
from lib.store import record
from lib.store.figures import records_changed

PENDING = "pending"  # lib.vocabulary's key; the store keeps no labels


def lock_states(session: Session, unit_id: int, year: int, month: int, programs: Iterable[str]) -> list[ReviewState]:
    """The states of a unit's programs for a month, locked until the transaction ends (PostgreSQL; SQLite has
    a single writer anyway), in id order as every writer takes them: a reviewer acting on one of them
    meanwhile waits, or finds it changed."""
    return list(
        session.scalars(
            select(ReviewState)
            .where(
                ReviewState.unit_id == unit_id,
                ReviewState.year == year,
                ReviewState.month == month,
                ReviewState.program.in_(sorted(set(programs))),
            )
            .order_by(ReviewState.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    )


def submitted(
    session: Session, *, unit_id: int, year: int, month: int, programs: Sequence[str], batch_id: int, username: str
) -> None:
    """A return committed for these programs: each is pending again, on the new batch, in the history."""
    now = dt.datetime.now(dt.UTC)
    existing = {s.program: s for s in lock_states(session, unit_id, year, month, programs)}
    for program in dict.fromkeys(programs):
        state = existing.get(program)
        if state is None:
            session.add(
                ReviewState(
                    unit_id=unit_id,
                    program=program,
                    year=year,
                    month=month,
                    status=PENDING,
                    batch_id=batch_id,
                    rows=[],
                    updated_by=username,
                    updated_at=now,
                    version=1,
                )
            )
        else:
            state.status, state.batch_id, state.updated_by, state.updated_at = PENDING, batch_id, username, now
            state.version += 1
        _history(session, unit_id, program, year, month, "submit", PENDING, batch_id, username, now)
        records_changed(session, program, unit_id, year)
    session.flush()


def withdrawn(
    session: Session, *, unit_id: int, year: int, month: int, restore: Mapping[str, int | None], username: str
) -> None:
    """A return withdrawn: a program whose earlier return counts again is pending on that one; a program left
    with no return has nothing to review (its state goes, its history stays)."""
    now = dt.datetime.now(dt.UTC)
    existing = {s.program: s for s in lock_states(session, unit_id, year, month, restore)}
    for program, previous in restore.items():
        records_changed(session, program, unit_id, year)
        state = existing.get(program)
        if previous is None:
            if state is not None:
                session.execute(delete(ReviewState).where(ReviewState.id == state.id))
            _history(session, unit_id, program, year, month, "withdraw", "", None, username, now)
            continue
        if state is None:
            state = ReviewState(unit_id=unit_id, program=program, year=year, month=month, rows=[], version=0)
            session.add(state)
        state.status, state.batch_id, state.updated_by, state.updated_at = PENDING, previous, username, now
        state.version = (state.version or 0) + 1
        _history(session, unit_id, program, year, month, "withdraw", PENDING, previous, username, now)
    session.flush()


def change(
    session: Session,
    state: ReviewState,
    *,
    version: int,
    action: str,
    status: str,
    reason: str,
    rows: list[dict[str, Any]],
    username: str,
    detail: dict[str, Any],
) -> bool:
    """A reviewer's action on a state read at `version`: the new status, the reviewed batch, the reason and
    row notes, a step in the history and an audit entry. False, with nothing written, when the state is no
    longer at that version (another reviewer acted, or the unit resubmitted, since it was read)."""
    now = dt.datetime.now(dt.UTC)
    table = ReviewState.__table__
    values: dict[str, Any] = {
        "status": status,
        "reason": reason,
        "updated_by": username,
        "updated_at": now,
        "version": table.c.version + 1,
    }
    if action != "reopen":  # a reopened return keeps the version last reviewed: its resubmission is compared with it
        values |= {"reviewed_batch_id": state.batch_id, "rows": rows}
    changed = session.execute(
        update(table).where(table.c.id == state.id, table.c.version == version).values(**values)
    ).rowcount
    if changed != 1:
        return False
    records_changed(session, state.program, state.unit_id, state.year)
    _history(
        session,
        state.unit_id,
        state.program,
        state.year,
        state.month,
        action,
        status,
        state.batch_id,
        username,
        now,
        reason,
        rows,
    )
    name = f"review_{action}"
    record(session, username, name, "upload_batch", state.batch_id, figures=True, years=(state.year,), **detail)
    return True


def _history(
    session: Session,
    unit_id: int,
    program: str,
    year: int,
    month: int,
    action: str,
    status: str,
    batch_id: int | None,
    username: str,
    at: dt.datetime,
    reason: str = "",
    rows: list[dict[str, Any]] | None = None,
) -> None:
    session.add(
        ReviewAction(
            unit_id=unit_id,
            program=program,
            year=year,
            month=month,
            action=action,
            status=status,
            batch_id=batch_id,
            username=username,
            at=at,
            reason=reason,
            rows=rows or [],
        )
    )


def add_states(session: Session, states: list[dict[str, Any]], actions: list[dict[str, Any]]) -> None:
    """Many states and their history at once (the demo load); their audit entry is the caller's."""
    if states:
        session.execute(insert(ReviewState), states)
    if actions:
        session.execute(insert(ReviewAction), actions)
    session.flush()


def open_month(
    session: Session, *, unit_id: int, year: int, month: int, until: dt.datetime, reason: str, username: str
) -> None:
    """A closed month opened again for one unit until a time (opening it again moves the time), audited."""
    now = dt.datetime.now(dt.UTC)
    values = {"until": until, "reason": reason, "opened_by": username, "opened_at": now}
    changed = session.execute(
        update(MonthOpening)
        .where(MonthOpening.unit_id == unit_id, MonthOpening.year == year, MonthOpening.month == month)
        .values(**values)
    ).rowcount
    if not changed:
        session.execute(insert(MonthOpening).values(unit_id=unit_id, year=year, month=month, **values))
    detail = {"unit_id": unit_id, "period": f"{year}-{month:02d}", "until": until.isoformat(), "reason": reason}
    record(session, username, "month_open", "unit", unit_id, **detail)
