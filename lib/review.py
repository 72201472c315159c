"""The city's review (审核) of the units' returns, one state per unit × program × month: pending (待审核)
when a return is committed, passed (已通过) or returned (已退回, with a reason and notes on its rows) by a
reviewer; a passed one may be reopened with a reason. The actions, the queue, a return's history and what
changed since the version last reviewed; the checks the commit and withdrawal of a return make.

Who may: reviewers and admins review; a unit's staff cannot replace or withdraw a passed return until a
reviewer reopens it (an admin may, and the return is pending again). Every refusal is a ValueError subclass
with a Chinese message. Writes through lib.store.reviews; imports no pandas or Streamlit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, true, tuple_
from sqlalchemy.orm import Session

from lib.auth import Actor, PermissionDenied
from lib.column_types import column_type
from lib.models import MonthOpening, ProgramRecord, ReviewAction, ReviewState, Unit, UploadBatch
from lib.periods import BEIJING, Period, closes_at
from lib.programs import Program, get_registry
from lib.store import reviews
from lib.store.batches import of_batch
from lib.vocabulary import PASSED, PENDING, RETURNED, REVIEW_ACTIONS, REVIEW_STATUSES, ROLES


class ReviewRefused(ValueError):
    """A review action or a change to a reviewed return that may not be done now; the message says why."""


class ReviewDenied(ReviewRefused, PermissionDenied):
    """The acting user's role may not review (a ReviewRefused and a PermissionDenied alike)."""


class ReturnLocked(ReviewRefused, PermissionDenied):
    """A unit's staff may not replace or withdraw a passed return (a ReviewRefused and a PermissionDenied
    alike: wherever an upload's refusal is shown, this one is)."""


class MonthClosed(ReturnLocked):
    """A unit's staff may not change a month closed QB_CLOSE_DAYS after its due day (unless opened for them)."""


@dataclass(frozen=True)
class ReviewItem:
    """One unit × program × month and where its review stands."""

    unit: str
    program: str
    period: Period
    status: str
    batch_id: int
    submitted_at: dt.datetime
    submitted_by: str
    updated_at: dt.datetime
    updated_by: str
    reason: str
    rows: list[dict[str, Any]]
    version: int
    reviewed_batch: int | None = None  # the return last passed or returned (None: never reviewed)

    @property
    def label(self) -> str:
        return _label(self.unit, _program(self.program), self.period)

    @property
    def resubmitted(self) -> bool:
        """A return sent again after a reviewer passed, returned or reopened an earlier one."""
        return self.reviewed_batch is not None and self.reviewed_batch != self.batch_id

    def as_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "program": self.program,
            "period": self.period.key,
            "status": self.status,
            "batch": self.batch_id,
            "submitted_at": self.submitted_at.isoformat(),
            "reason": self.reason,
            "rows": self.rows,
        }


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    username: str
    action: str
    status: str
    batch_id: int | None
    reason: str
    rows: list[dict[str, Any]]


@dataclass(frozen=True)
class RowChange:
    """A row of the return added, changed or removed: its identity, its Excel row (in the current return; in
    the reviewed one when removed), its values, and for a changed row each field's (old, new) values."""

    identity: str
    row: int | None
    values: dict[str, Any]
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Changes:
    """What changed between the return last reviewed (since_batch) and the one in force (batch)."""

    since_batch: int
    batch: int
    added: list[RowChange]
    changed: list[RowChange]
    removed: list[RowChange]

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; they are stored in UTC."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def beijing_time(value: dt.datetime) -> str:
    return f"{_aware(value).astimezone(BEIJING):%Y-%m-%d %H:%M}"


def _program(key: str) -> Program:
    try:
        return get_registry().get(key)
    except KeyError as exc:
        raise ReviewRefused(exc.args[0]) from None


def _label(unit: str, program: Program, period: Period) -> str:
    return f"{unit}{period.year}年{period.month}月{program.title}月报"


def _require_reviewer(actor: Actor, what: str) -> None:
    if not actor.may_review:
        raise ReviewDenied(f"只有审核员和管理员可以{what}，{ROLES.get(actor.role, actor.role)}账号不能。")


def _unit_id(session: Session, unit: str) -> int:
    unit_id = session.scalar(select(Unit.id).where(Unit.name == unit))
    if unit_id is None:
        raise ReviewRefused(f"没有上报单位“{unit}”。")
    return unit_id


def _state(session: Session, unit: str, program: Program, period: Period) -> ReviewState:
    state = session.scalar(
        select(ReviewState).where(
            ReviewState.unit_id == _unit_id(session, unit),
            ReviewState.program == program.key,
            ReviewState.year == period.year,
            ReviewState.month == period.month,
        )
    )
    if state is None:
        raise ReviewRefused(f"{unit}{period.year}年{period.month}月还没有上报{program.title}，没有可审核的月报。")
    return state


def _by(state: ReviewState) -> str:
    return f"（{state.updated_by}，{beijing_time(state.updated_at)}）" if state.updated_by else ""


def _check_batch(state: ReviewState, label: str, batch: int | None) -> None:
    """The reviewer acts on the return they saw: a resubmission since then is looked at first."""
    if batch is not None and state.batch_id != batch:
        raise ReviewRefused(
            f"{label}已重新上报（第 {state.batch_id} 号上报），你看到的是第 {batch} 号上报，操作没有生效；"
            "请查看新上报的内容后再审核。"
        )


def _apply(
    session: Session,
    state: ReviewState,
    label: str,
    *,
    actor: Actor,
    action: str,
    status: str,
    reason: str = "",
    rows: list[dict[str, Any]] | None = None,
    unit: str,
    program: Program,
    period: Period,
) -> None:
    """Change the state as read; when someone changed it meanwhile, say what happened (nothing written)."""
    seen = state.version
    detail = {"unit": unit, "program": program.key, "period": period.key, "from": state.status, "to": status}
    if reason:
        detail["reason"] = reason
    if rows:
        detail["rows"] = rows
    done = reviews.change(
        session,
        state,
        version=seen,
        action=action,
        status=status,
        reason=reason,
        rows=rows or [],
        username=actor.username,
        detail=detail,
    )
    if done:
        session.expire(state)
        return
    session.expire(state)
    now = session.scalar(
        select(ReviewState).where(ReviewState.id == state.id).execution_options(populate_existing=True)
    )
    if now is None:
        raise ReviewRefused(f"{label}刚刚被撤回，没有可审核的月报了，你的操作没有生效。")
    last = session.scalar(
        select(ReviewAction)
        .where(
            ReviewAction.unit_id == now.unit_id,
            ReviewAction.program == now.program,
            ReviewAction.year == now.year,
            ReviewAction.month == now.month,
        )
        .order_by(ReviewAction.id.desc())
        .limit(1)
    )
    what = REVIEW_ACTIONS.get(last.action, last.action) if last is not None else "改动"
    who = last.username if last is not None else now.updated_by
    raise ReviewRefused(
        f"{label}刚刚被 {who} {what}（{beijing_time(now.updated_at)}），现在是“{REVIEW_STATUSES[now.status]}”；"
        "你的操作没有生效，请查看最新状态后再操作。"
    )


def _acting_on(
    session: Session, actor: Actor, what: str, unit: str, program: str, period: Period, reasoned: str = "", reason=None
) -> tuple[Program, str, ReviewState, str]:
    """(program, label, state, reason) of the return an action is on, once the actor may review it and, for an
    action that needs one (reasoned: its verb), has given a reason."""
    _require_reviewer(actor, what)
    prog = _program(program)
    label = _label(unit, prog, period)
    reason = (reason or "").strip()
    if reasoned and not reason:
        raise ReviewRefused(f"{reasoned}{label}必须说明理由。")
    return prog, label, _state(session, unit, prog, period), reason


def pass_return(
    session: Session, actor: Actor, unit: str, program: str, period: Period, *, batch: int | None = None
) -> str:
    """通过: a pending return (or one returned, when the unit's explanation is accepted) is passed. `batch`: the
    return the reviewer looked at (refused if the unit resubmitted since)."""
    prog, label, state, _ = _acting_on(session, actor, "审核通过月报", unit, program, period)
    _check_batch(state, label, batch)
    if state.status == PASSED:
        raise ReviewRefused(f"{label}已经通过审核{_by(state)}，无需再次通过。")
    _apply(session, state, label, actor=actor, action="pass", status=PASSED, unit=unit, program=prog, period=period)
    return f"已通过{label}。"


def _row_notes(session: Session, state: ReviewState, label: str, rows: Mapping[int, str], reason: str) -> list[dict]:
    """The notes on rows of the return in force (Excel rows), each row one it has; a note left empty is the
    reason."""
    if not rows:
        return []
    where = of_batch(session, state.batch_id, state.unit_id, state.year, state.month, current=None)
    present = set(
        session.scalars(select(ProgramRecord.source_row).where(*where, ProgramRecord.program == state.program))
    )
    unknown = sorted(row for row in rows if row not in present)
    if unknown:
        listed = "、".join(map(str, sorted(r for r in present if r is not None)[:30])) or "无（零报告）"
        raise ReviewRefused(
            f"{label}（第 {state.batch_id} 号上报）没有第 {'、'.join(map(str, unknown))} 行；可以指出的行：{listed}。"
        )
    return [{"row": row, "note": (note or "").strip() or reason} for row, note in sorted(rows.items())]


def return_return(
    session: Session,
    actor: Actor,
    unit: str,
    program: str,
    period: Period,
    reason: str,
    rows: Mapping[int, str] | None = None,
    *,
    batch: int | None = None,
) -> str:
    """退回: a pending return goes back to the unit with the reason (required) and, optionally, notes on its
    rows (Excel row -> note)."""
    prog, label, state, reason = _acting_on(session, actor, "退回月报", unit, program, period, "退回", reason)
    _check_batch(state, label, batch)
    if state.status == RETURNED:
        raise ReviewRefused(f"{label}已经退回{_by(state)}，正在等待{unit}重新上报。")
    if state.status == PASSED:
        raise ReviewRefused(f"{label}已经通过审核{_by(state)}；如需退回，请先重新打开并说明理由。")
    notes = _row_notes(session, state, label, rows or {}, reason)
    _apply(
        session,
        state,
        label,
        actor=actor,
        action="return",
        status=RETURNED,
        reason=reason,
        rows=notes,
        unit=unit,
        program=prog,
        period=period,
    )
    told = f"，指出 {len(notes)} 行" if notes else ""
    return f"已退回{label}{told}：{reason}"


def reopen(session: Session, actor: Actor, unit: str, program: str, period: Period, reason: str) -> str:
    """重新打开: a passed return is pending again (the unit may then replace it), with the reason (required)."""
    what = "重新打开已通过的月报"
    prog, label, state, reason = _acting_on(session, actor, what, unit, program, period, "重新打开", reason)
    if state.status != PASSED:
        raise ReviewRefused(f"{label}现在是“{REVIEW_STATUSES[state.status]}”，只有已通过的月报可以重新打开。")
    _apply(
        session,
        state,
        label,
        actor=actor,
        action="reopen",
        status=PENDING,
        reason=reason,
        unit=unit,
        program=prog,
        period=period,
    )
    return f"已重新打开{label}，{unit}可以重新上报：{reason}"


def pass_many(session: Session, actor: Actor, selection: Iterable[Sequence[Any]]) -> str:
    """通过 a selection at once, in one transaction: (unit, program, period) or (unit, program, period, batch)
    each. All of them are passed, or, when one may not be (already passed, changed meanwhile), none."""
    _require_reviewer(actor, "审核通过月报")
    chosen = list({tuple(item[:3]): tuple(item) for item in selection}.values())  # each return once
    if not chosen:
        raise ReviewRefused("没有选择要通过的月报。")
    found = []
    for item in chosen:
        unit, program, period = item[:3]
        prog = _program(program)
        found.append((_state(session, unit, prog, period), unit, prog, period, item[3] if len(item) > 3 else None))
    found.sort(key=lambda each: each[0].id)  # the order every writer locks states in
    for state, unit, prog, period, batch in found:
        label = _label(unit, prog, period)
        _check_batch(state, label, batch)
        if state.status == PASSED:
            raise ReviewRefused(f"{label}已经通过审核{_by(state)}；请从所选中去掉后再批量通过。")
    for state, unit, prog, period, _ in found:
        label = _label(unit, prog, period)
        _apply(session, state, label, actor=actor, action="pass", status=PASSED, unit=unit, program=prog, period=period)
    return f"已通过所选的 {len(found)} 份月报。"


def history(session: Session, unit: str, program: str, period: Period) -> list[HistoryEntry]:
    """Every step of a return's review, oldest first: submitted, passed, returned, reopened, withdrawn."""
    rows = session.scalars(
        select(ReviewAction)
        .where(
            ReviewAction.unit_id == _unit_id(session, unit),
            ReviewAction.program == program,
            ReviewAction.year == period.year,
            ReviewAction.month == period.month,
        )
        .order_by(ReviewAction.at, ReviewAction.id)
    )
    return [
        HistoryEntry(_aware(a.at), a.username, a.action, a.status, a.batch_id, a.reason, list(a.rows or []))
        for a in rows
    ]


def queue(session: Session, period: Period | None = None, status: str | None = None) -> list[ReviewItem]:
    """Each unit × program × month with a return (of one month, of one state), the longest waiting first."""
    if status is not None and status not in REVIEW_STATUSES:
        raise ReviewRefused(f"审核状态“{status}”无效，可选：{'、'.join(REVIEW_STATUSES)}。")
    query = (
        select(ReviewState, Unit.name, UploadBatch.uploaded_at, UploadBatch.uploaded_by)
        .join(Unit, Unit.id == ReviewState.unit_id)
        .join(UploadBatch, UploadBatch.id == ReviewState.batch_id)
    )
    if period is not None:
        query = query.where(ReviewState.year == period.year, ReviewState.month == period.month)
    if status is not None:
        query = query.where(ReviewState.status == status)
    order = {key: n for n, key in enumerate(get_registry().keys)}
    rows = session.execute(query.order_by(UploadBatch.uploaded_at, Unit.sort_order, ReviewState.id)).all()
    items = [
        ReviewItem(
            unit=name,
            program=state.program,
            period=Period(state.year, state.month),
            status=state.status,
            batch_id=state.batch_id,
            submitted_at=_aware(at),
            submitted_by=by,
            updated_at=_aware(state.updated_at),
            updated_by=state.updated_by,
            reason=state.reason,
            rows=list(state.rows or []),
            version=state.version,
            reviewed_batch=state.reviewed_batch_id,
        )
        for state, name, at, by in rows
    ]
    # One return's programs in the registry's order (stable: the oldest submission still comes first).
    items.sort(key=lambda i: (i.submitted_at, i.batch_id, order.get(i.program, len(order))))
    return items


def returned_to(session: Session, actor: Actor) -> list[ReviewItem]:
    """The returns 退回 to the units the actor may write for (a unit's staff: its own), the longest waiting
    first: what a clerk sees first on signing in."""
    if actor.role not in ("staff", "admin"):
        return []
    return [item for item in queue(session, status=RETURNED) if actor.can_write(item.unit)]


def record_counts(session: Session, periods: Iterable[Period]) -> dict[tuple[str, str, str], int]:
    """Records counting now per (unit, program, YYYY-MM) in the given months, in one grouped query: a
    return's size and its unit's month before, beside each return in the queue."""
    months = sorted({(p.year, p.month) for p in periods})
    if not months:
        return {}
    rows = session.execute(
        select(Unit.name, ProgramRecord.program, ProgramRecord.year, ProgramRecord.month, func.count())
        .join(Unit, Unit.id == ProgramRecord.unit_id)
        .where(
            ProgramRecord.program.in_(get_registry().keys),
            ProgramRecord.year.in_({year for year, _ in months}),
            ProgramRecord.is_current == true(),
            tuple_(ProgramRecord.year, ProgramRecord.month).in_(months),
        )
        .group_by(Unit.name, ProgramRecord.program, ProgramRecord.year, ProgramRecord.month)
    ).all()
    return {(unit, program, Period(year, month).key): n for unit, program, year, month, n in rows}


def return_rows(session: Session, unit: str, program: str, period: Period) -> list[tuple[int | None, dict]]:
    """The rows of the return in force (its Excel row, its values by field key), in the order of its file."""
    state = _state(session, unit, _program(program), period)
    return list(_records(session, state, state.batch_id).values())


def _records(session: Session, state: ReviewState, batch_id: int) -> dict[str, tuple[int | None, dict]]:
    where = of_batch(session, batch_id, state.unit_id, state.year, state.month, current=None)
    rows = session.execute(
        select(ProgramRecord.identity, ProgramRecord.source_row, ProgramRecord.data)
        .where(*where, ProgramRecord.program == state.program)
        .order_by(ProgramRecord.source_row, ProgramRecord.id)
    ).all()
    return {identity: (row, dict(data or {})) for identity, row, data in rows}


def changes_since_reviewed(session: Session, unit: str, program: str, period: Period) -> Changes | None:
    """Rows added, changed (each field's old → new value) and removed between the return last passed or
    returned and the one in force, matched by the record identity; None when none was reviewed yet (the
    whole return is new to the reviewer)."""
    prog = _program(program)
    state = _state(session, unit, prog, period)
    if state.reviewed_batch_id is None:
        return None
    old = _records(session, state, state.reviewed_batch_id)
    new = old if state.reviewed_batch_id == state.batch_id else _records(session, state, state.batch_id)
    added, changed = [], []
    for identity, (row, values) in new.items():
        if identity not in old:
            added.append(RowChange(identity, row, values))
            continue
        before = old[identity][1]
        fields = {
            key: (before.get(key), values.get(key))
            for key in dict.fromkeys([*before, *values])
            if before.get(key) != values.get(key)
        }
        if fields:
            changed.append(RowChange(identity, row, values, fields))
    removed = [RowChange(identity, row, values) for identity, (row, values) in old.items() if identity not in new]
    return Changes(state.reviewed_batch_id, state.batch_id, added, changed, removed)


def closed_month(
    session: Session, actor: Actor, unit_id: int, unit: str, period: Period, programs: Iterable[str] = ()
) -> str | None:
    """Why the unit's staff may not change the month now (in Chinese), or None: the month closed
    QB_CLOSE_DAYS days after its due day, and no admin opened it for the unit until a later time. Returns
    the city sent back (退回) may still be sent again: the city asked for them. Reviewers and admins act
    whenever."""
    if actor.role != "staff":
        return None
    now = dt.datetime.now(dt.UTC)
    closed = closes_at(period)
    if now <= closed:
        return None
    until = session.scalar(
        select(MonthOpening.until).where(
            MonthOpening.unit_id == unit_id, MonthOpening.year == period.year, MonthOpening.month == period.month
        )
    )
    if until is not None and now <= _aware(until):
        return None
    chosen = set(programs)
    if chosen:
        states = session.execute(
            select(ReviewState.program, ReviewState.status).where(
                ReviewState.unit_id == unit_id,
                ReviewState.year == period.year,
                ReviewState.month == period.month,
                ReviewState.program.in_(sorted(chosen)),
            )
        ).all()
        if len(states) == len(chosen) and all(status == RETURNED for _, status in states):
            return None
    return (
        f"{period.year}年{period.month}月的月报已于 {closed.astimezone(BEIJING):%Y-%m-%d} 关闭（截止日后 "
        f"{(closed - closes_at(period, close_days=0)).days} 天），{unit}不能再上报、替换或撤回该月的月报；"
        "如确需修改，请联系管理员为本单位开放该月份。"
    )


def closed_notice(session: Session, actor: Actor, unit: str, period: Period) -> str | None:
    """What 数据上报 says before a file is chosen when the month is closed for the actor (None: open)."""
    unit_id = _unit_id(session, unit)
    why = closed_month(session, actor, unit_id, unit, period)
    if why is None:
        return None
    returned = session.scalars(
        select(ReviewState.program).where(
            ReviewState.unit_id == unit_id,
            ReviewState.year == period.year,
            ReviewState.month == period.month,
            ReviewState.status == RETURNED,
        )
    ).all()
    if returned:
        titles = "、".join(_program(p).title for p in returned)
        why += f"被市局退回的{titles}月报仍可修改后重新上报。"
    return why


def require_open(
    session: Session, actor: Actor, unit_id: int, unit: str, period: Period, programs: Iterable[str] = ()
) -> None:
    """Raise MonthClosed (nothing written) when closed_month says the month is closed for the actor."""
    if why := closed_month(session, actor, unit_id, unit, period, programs):
        raise MonthClosed(f"{why}本次操作没有生效，已有数据没有任何改动。")


def open_month(session: Session, actor: Actor, unit: str, period: Period, until: dt.date, reason: str) -> str:
    """An admin opens a closed month for one unit until the end of a day (Beijing time), with the reason."""
    if not actor.is_admin:
        raise ReviewDenied(f"只有管理员可以为单位开放已关闭的月份，{ROLES.get(actor.role, actor.role)}账号不能。")
    reason = (reason or "").strip()
    if not reason:
        raise ReviewRefused(f"为{unit}开放{period.year}年{period.month}月必须说明理由。")
    today = dt.datetime.now(BEIJING).date()
    if until < today:
        raise ReviewRefused(f"开放截止日期 {until:%Y-%m-%d} 已经过去，请选择今天（{today:%Y-%m-%d}）或以后的日期。")
    end = dt.datetime.combine(until, dt.time(23, 59, 59), tzinfo=BEIJING)
    unit_id = _unit_id(session, unit)
    reviews.open_month(
        session,
        unit_id=unit_id,
        year=period.year,
        month=period.month,
        until=end,
        reason=reason,
        username=actor.username,
    )
    return f"已为{unit}开放{period.year}年{period.month}月的月报，至 {until:%Y-%m-%d} 24:00：{reason}"


def openings(session: Session) -> list[dict[str, Any]]:
    """Every month opened for a unit, the latest month first: unit, month, until, reason, who and when."""
    rows = session.execute(
        select(MonthOpening, Unit.name)
        .join(Unit, Unit.id == MonthOpening.unit_id)
        .order_by(MonthOpening.year.desc(), MonthOpening.month.desc(), Unit.sort_order)
    ).all()
    return [
        {
            "单位": name,
            "月份": f"{o.year}年{o.month}月",
            "开放至": beijing_time(o.until),
            "理由": o.reason,
            "开放人": o.opened_by,
            "开放时间": beijing_time(o.opened_at),
        }
        for o, name in rows
    ]


def require_replaceable(
    session: Session, actor: Actor, unit_id: int, unit: str, period: Period, programs: Iterable[str]
) -> None:
    """Before a return is committed: the month must be open for the unit's staff (require_open); a passed
    return is locked (its state held until the commit ends) and may not be replaced by the unit's staff
    until a reviewer reopens it; an admin's replacement is pending again. Raises ReviewRefused, nothing
    written."""
    programs = list(programs)
    require_open(session, actor, unit_id, unit, period, programs)
    states = reviews.lock_states(session, unit_id, period.year, period.month, programs)
    passed = [s.program for s in states if s.status == PASSED]
    if passed and not actor.is_admin:
        titles = "、".join(_program(p).title for p in passed)
        raise ReturnLocked(
            f"{unit}{period.year}年{period.month}月的{titles}月报已通过审核，不能替换；"
            "如需修改，请联系市局审核员重新打开。本次上报没有保存，已有数据没有任何改动。"
        )


def require_withdrawable(session: Session, actor: Actor, batch: UploadBatch, programs: Iterable[str]) -> None:
    """Before a return is withdrawn: the same locks as a replacement (withdrawing brings back another return)."""
    period = Period(batch.year, batch.month)
    programs = list(programs)
    unit = session.scalar(select(Unit.name).where(Unit.id == batch.unit_id)) or ""
    require_open(session, actor, batch.unit_id, unit, period, programs)
    states = reviews.lock_states(session, batch.unit_id, batch.year, batch.month, programs)
    passed = [s.program for s in states if s.status == PASSED and s.batch_id == batch.id]
    if passed and not actor.is_admin:
        titles = "、".join(_program(p).title for p in passed)
        raise ReturnLocked(
            f"第 {batch.id} 号上报中{period.year}年{period.month}月的{titles}月报已通过审核，不能撤回；"
            "如需修改，请联系市局审核员重新打开。"
        )


# What the 审核 page and the clerk's side show: plain rows with Chinese headers (no pandas here).
ROW, NOTE = "行", "审核意见"


def _shown(program: Program, key: str, value: Any) -> Any:
    if value is None:
        return ""
    try:
        column = program.column(key)
    except KeyError:
        return value
    return column_type(column.type).shown(value)


def _headers(program: Program) -> list[tuple[str, str]]:
    return [(c.key, c.header) for c in program.columns if c.key != "unit"]


def rows_table(program: str, rows: Sequence[tuple[int | None, dict]], notes: Sequence[Mapping] = ()) -> list[dict]:
    """A return's rows as shown: its Excel row, each field under its header, and the reviewer's note on it
    (the column only when there are notes)."""
    prog = _program(program)
    noted = {n.get("row"): n.get("note", "") for n in notes}
    return [
        {
            ROW: row,
            **{header: _shown(prog, key, values.get(key)) for key, header in _headers(prog)},
            **({NOTE: noted.get(row, "")} if noted else {}),
        }
        for row, values in rows
    ]


def changes_table(program: str, changes: Changes) -> list[dict]:
    """What changed since the version last reviewed, one line per row: 新增 / 修改 (each field old → new) /
    删除, with the row's enterprise and Excel row."""
    prog = _program(program)
    headers = dict(_headers(prog))

    def line(kind: str, change: RowChange, what: str) -> dict:
        name = change.values.get("enterprise_name") or change.identity
        return {"变化": kind, ROW: change.row, "企业名称": name, "内容": what}

    def fields(change: RowChange) -> str:
        return "；".join(
            f"{headers.get(key, key)}：{_shown(prog, key, old) or '（空）'} → {_shown(prog, key, new) or '（空）'}"
            for key, (old, new) in change.fields.items()
        )

    def values(change: RowChange) -> str:
        return "；".join(
            f"{header}：{_shown(prog, key, change.values.get(key))}"
            for key, header in headers.items()
            if key != "enterprise_name" and change.values.get(key) not in (None, "")
        )

    return [
        *(line("修改", c, fields(c)) for c in changes.changed),
        *(line("新增", c, values(c)) for c in changes.added),
        *(line("删除", c, values(c)) for c in changes.removed),
    ]


def flags_of(flags: Iterable[Mapping], unit: str, program: str) -> list[str]:
    """The month's data-quality flags (lib.quality's records) that are about this unit's return of this
    program (or the unit as a whole), each as its type and text."""
    return [
        f"{f['类型']}：{f['说明']}"
        for f in flags
        if unit in f["units"] and (not f["programs"] or program in f["programs"]) and f.get("note") != "closed"
    ]


def queue_table(
    items: Sequence[ReviewItem],
    counts: Mapping[tuple[str, str, str], int],
    flags: Mapping[str, Sequence[Mapping]],
    now: dt.datetime | None = None,
) -> list[dict]:
    """The queue as the 审核 page lists it: each return's unit, program, month, state, size, the unit's
    month before, how long it has waited, whether it was sent again after a review, its quality flags."""
    registry = get_registry()
    now = now or dt.datetime.now(dt.UTC)
    table = []
    for item in items:
        rows = counts.get((item.unit, item.program, item.period.key), 0)
        before = counts.get((item.unit, item.program, item.period.previous.key), 0)
        waited = (now - item.submitted_at).total_seconds() / 86400
        found = flags_of(flags.get(item.period.key, ()), item.unit, item.program)
        table.append(
            {
                "单位": item.unit,
                "工作项目": registry.get(item.program).title,
                "月份": f"{item.period.year}年{item.period.month}月",
                "状态": REVIEW_STATUSES[item.status],
                "上报编号": item.batch_id,
                "上报人": item.submitted_by,
                "上报时间": beijing_time(item.submitted_at),
                "等待": f"{int(waited)} 天" if waited >= 1 else "不到 1 天",
                "记录数": rows,
                "较上月": rows - before,
                "再次上报": "是" if item.resubmitted else "",
                "质量提示": "；".join(found),
            }
        )
    return table
