"""Data quality checks on stored returns: figures that look wrong rather than break a rule.

- spike: a unit's month far above its own history (more than SPIKE_FACTOR × the median of the
  previous 12 months);
- sudden zero: nothing this month after records in each of the previous STEADY_MONTHS months;
- shared enterprise: the same enterprise reported by two units this year;
- foreign code: a credit code whose registration-office digits name another unit of the region;
- late revision: a return replaced or withdrawn after its due date;
- late change: a return of an earlier month of the year committed or withdrawn after that month's due
  date, shown in every later month of the year (its year-to-date moved) until an admin closes it.
Reads only; the SQL aggregates group in the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from collections import defaultdict

import pandas as pd
from sqlalchemy import func, or_, select, true
from sqlalchemy.orm import Session

from lib.auth import Actor, require_admin, require_unit
from lib.models import AuditLog, Enterprise, ProgramRecord, QualityNote, Unit, UploadBatch
from lib.periods import BEIJING, Period, as_utc, due_at, parse_period, refused
from lib.programs import Registry
from lib.quality_rules import SPIKE_FACTOR, STEADY_MONTHS, check_spike, check_sudden_zero, history_of, monthly_counts
from lib.region import Region
from lib.store import among, notes
from lib.vocabulary import FLAG_KINDS, LEDGER_SOURCE, NOTE_STATUSES

COLUMNS = ["类型", "单位", "工作项目", "月份", "说明"]  # what a flag shows
# What a flag is, kept beside what it shows: its kind, units and programs (keys), its subject (the
# enterprise's credit code, the batch number; empty when kind, unit, program and month say it all) and the
# month it is about (YYYY-MM: the month shown, or for a late change the earlier month that changed).
FIELDS = ["kind", "units", "programs", "subject", "period"]


def _row(kind: str, units: list[str], programs: list[str], titles: dict, when: str, text: str, subject="") -> dict:
    return {
        "类型": FLAG_KINDS[kind],
        "单位": "、".join(units),
        "工作项目": "、".join(titles.get(p, p) for p in programs),
        "月份": when,
        "说明": text,
        "kind": kind,
        "units": tuple(units),
        "programs": tuple(programs),
        "subject": str(subject),
    }


def load_flags(session: Session, registry: Registry, region: Region, period: Period) -> pd.DataFrame:
    titles = {p.key: p.title for p in registry}
    month_text = f"{period.year}年{period.month}月"
    flags: list[dict] = []

    def flag(code: str, unit: str, program: str, text: str) -> None:
        flags.append(_row(code, [unit], [program], titles, month_text, text))

    counts = monthly_counts(session, period)
    for unit in region.units:
        for program in registry:
            value = counts.get((unit.name, program.key, period.year, period.month), 0)
            history = history_of(counts, unit.name, program.key, period)
            if check_spike(history, value):
                flag(
                    "spike",
                    unit.name,
                    program.key,
                    f"本月 {value} 条，前12个月中位数 {statistics.median(history):g} 条，"
                    f"超过 {SPIKE_FACTOR:g} 倍，请核对是否重复或误报。",
                )
            if check_sudden_zero(history, value):
                flag(
                    "sudden_zero",
                    unit.name,
                    program.key,
                    f"前{STEADY_MONTHS}个月每月都有新增，本月为零，请确认是否漏报。",
                )
    flags += _shared_enterprises(session, titles, period, month_text)
    flags += _foreign_codes(session, region, titles, period, month_text)
    flags += _late_revisions(session, period, month_text)
    flags += _late_changes(session, titles, period)
    for row in flags:
        row.setdefault("period", period.key)
    return pd.DataFrame(flags, columns=COLUMNS + FIELDS)


def _shared_enterprises(session: Session, titles: dict, period: Period, month_text: str) -> list[dict]:
    r = ProgramRecord
    this_year = (r.is_current == true(), r.year == period.year, r.month <= period.month)
    # The database finds the enterprises reported by more than one unit; only theirs are read.
    shared = (
        select(r.enterprise_id)
        .where(*this_year, r.enterprise_id.is_not(None))
        .group_by(r.enterprise_id)
        .having(func.min(r.unit_id) != func.max(r.unit_id))
    )
    ids = list(session.scalars(shared))
    rows = session.execute(
        select(Enterprise.uscc, Enterprise.name, Unit.name, r.program)
        .join(r, r.enterprise_id == Enterprise.id)
        .join(Unit, Unit.id == r.unit_id)
        .where(*this_year, among(session, r.enterprise_id, ids))
        .distinct()
    ).all()
    units: dict[tuple[str, str], set[str]] = defaultdict(set)
    programs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for uscc, name, unit, program in rows:
        units[(uscc, name)].add(unit)
        programs[(uscc, name)].add(program)
    return [
        _row(
            "shared_enterprise",
            sorted(found),
            sorted(programs[key], key=lambda p: titles.get(p, p)),
            titles,
            f"{period.year}年1—{period.month}月",
            f"{key[1]}（{key[0]}）由 {len(found)} 个单位上报，请确认属地，避免重复计数。",
            subject=key[0],
        )
        for key, found in units.items()
        if len(found) > 1
    ]


def _foreign_codes(session: Session, region: Region, titles: dict, period: Period, month_text: str) -> list[dict]:
    r = ProgramRecord
    rows = session.execute(
        select(Unit.name, r.program, Enterprise.uscc, Enterprise.name)
        .join(Unit, Unit.id == r.unit_id)
        .join(Enterprise, Enterprise.id == r.enterprise_id)
        .where(r.is_current == true(), r.year == period.year, r.month == period.month)
        # A code registered in the reporting unit itself is never a flag: the database leaves those out.
        .where(or_(Unit.code.is_(None), func.substr(Enterprise.uscc, 3, 6) != Unit.code))
        .distinct()
    ).all()
    out = []
    for unit, program, uscc, name in rows:
        registered = region.registered_unit(uscc)
        other = registered.name if registered and registered.name != unit else None
        if other:
            text = f"{name}的信用代码 {uscc} 登记在{other}，请确认企业属地。"
            out.append(_row("foreign_code", [unit], [program], titles, month_text, text, subject=uscc))
    return out


def _withdrawals(session: Session, year: int) -> dict[int, tuple[dt.datetime, str]]:
    """When and by whom each return of the year was withdrawn (the audit entry of the withdrawal)."""
    rows = session.execute(
        select(AuditLog.entity_id, AuditLog.at, AuditLog.username)
        .join(UploadBatch, UploadBatch.id == func.cast(AuditLog.entity_id, UploadBatch.id.type))
        .where(AuditLog.action == "rollback", AuditLog.entity == "upload_batch", UploadBatch.year == year)
    ).all()
    return {int(batch): (as_utc(at), who) for batch, at, who in rows}


def _late_revisions(session: Session, period: Period, month_text: str) -> list[dict]:
    """A unit's return replaced or withdrawn after the due date. History a city ledger (台账) brought in is the
    admin's import, not a unit's late change: its returns are left out here and in _late_changes."""
    due = due_at(period)
    rows = session.execute(
        select(Unit.name, UploadBatch.id, UploadBatch.uploaded_at, UploadBatch.status)
        .join(Unit, Unit.id == UploadBatch.unit_id)
        .where(UploadBatch.year == period.year, UploadBatch.month == period.month, UploadBatch.source != LEDGER_SOURCE)
        .order_by(UploadBatch.uploaded_at)
    ).all()
    withdrawn = _withdrawals(session, period.year) if any(r.status == "rolled_back" for r in rows) else {}
    seen: dict[str, int] = defaultdict(int)
    out = []
    for unit, batch_id, at, status in rows:
        if status == "rolled_back" and batch_id in withdrawn and withdrawn[batch_id][0] > due:
            when = withdrawn[batch_id][0].astimezone(BEIJING)
            text = f"截止时间后撤回上报（上报编号 {batch_id}，{when:%Y年%m月%d日}），数据已被修改，请核实原因。"
            out.append(_row("late_revision", [unit], [], {}, month_text, text, subject=f"{batch_id}:withdrawn"))
        if status == "rolled_back":
            continue
        seen[unit] += 1
        if seen[unit] > 1 and as_utc(at) > due:
            text = f"截止时间后重新上报（上报编号 {batch_id}），数据已被修改，请核实原因。"
            out.append(_row("late_revision", [unit], [], {}, month_text, text, subject=batch_id))
    return out


def _programs_of(counts: dict | None, titles: dict) -> list[str]:
    return sorted(
        (p for p, entry in (counts or {}).items() if p in titles and not refused(entry)), key=list(titles).index
    )


def _rows_text(counts: dict | None, programs: list[str], titles: dict) -> str:
    parts = []
    for program in programs:
        entry = (counts or {}).get(program)
        rows = entry.get("accepted") if isinstance(entry, dict) else entry
        parts.append(f"{titles[program]} {int(rows or 0)} 条")
    return "、".join(parts)


def _late_changes(session: Session, titles: dict, period: Period) -> list[dict]:
    """Returns of an earlier month of the year that changed it after its due date: a return that replaced
    an earlier one, a first return more than a month late (after the next month's due date; ordinary
    lateness shows as 逾期 on 上报情况), or a withdrawal. Their month's own view shows them
    (late_revision); every later month shows them too, since they moved its year-to-date. Each is keyed
    by the month it changed, so closing it once closes it in every month."""
    if period.month == 1:
        return []
    rows = session.execute(
        select(
            Unit.name,
            UploadBatch.id,
            UploadBatch.month,
            UploadBatch.uploaded_at,
            UploadBatch.status,
            UploadBatch.counts,
        )
        .join(Unit, Unit.id == UploadBatch.unit_id)
        .where(UploadBatch.year == period.year, UploadBatch.month < period.month, UploadBatch.source != LEDGER_SOURCE)
        .order_by(UploadBatch.id)
    ).all()
    withdrawn = _withdrawals(session, period.year) if any(r.status == "rolled_back" for r in rows) else {}
    returned: set[tuple[str, int]] = set()
    out = []
    for unit, batch_id, month, at, _status, counts in rows:
        changed = Period(period.year, month)
        due, month_text = due_at(changed), f"{period.year}年{month}月"
        late_after = due if (unit, month) in returned else due_at(changed.next)
        returned.add((unit, month))
        events = [("committed", as_utc(at), late_after, "提交")]
        if batch_id in withdrawn:
            events.append(("withdrawn", withdrawn[batch_id][0], due, "撤回"))
        programs = _programs_of(counts, titles)
        for what, when, after, verb in events:
            if when <= after:
                continue
            what_rows = _rows_text(counts, programs, titles)
            text = (
                f"{month_text}的上报（编号 {batch_id}{'，' + what_rows if what_rows else ''}）于截止时间后的"
                f"{when.astimezone(BEIJING):%Y年%m月%d日}{verb}，{period.year}年累计数随之改变，请核实原因。"
            )
            row = _row("late_change", [unit], programs, titles, month_text, text, subject=f"{batch_id}:{what}")
            row["period"] = changed.key
            out.append(row)
    return out


def flag_key(kind: str, units, programs, period: Period, subject: str = "") -> str:
    """A flag's identity: its kind, units, programs, month and subject. Counts and wording may change
    from one run to the next; the notes stay with the flag."""
    text = "|".join([kind, ",".join(units), ",".join(programs), period.key, str(subject)])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _shown_key(row: dict) -> str:
    """How flags were keyed before they had stable fields (a hash of what they showed): notes written
    then are still found, and taken over by the flag's stable key."""
    return hashlib.sha1("|".join(str(row[c]) for c in COLUMNS).encode("utf-8")).hexdigest()


def load_flags_with_notes(session: Session, registry: Registry, region: Region, period: Period) -> pd.DataFrame:
    """load_flags plus each flag's key, status, explanation and who explained it. A flag about an
    earlier month (a late change) keeps its note under that month, so it is closed once for the year."""
    flags = load_flags(session, registry, region, period)
    notes = {
        n.key: n
        for n in session.scalars(
            select(QualityNote).where(QualityNote.year == period.year, QualityNote.month <= period.month)
        )
    }
    rows = flags.to_dict("records")
    keys = [flag_key(r["kind"], r["units"], r["programs"], parse_period(r["period"]), r["subject"]) for r in rows]
    found = [notes.get(k) or notes.get(_shown_key(r)) for k, r in zip(keys, rows, strict=True)]
    flags["编号"] = [k[:8] for k in keys]
    flags["key"] = keys
    flags["note"] = [n.status if n else "open" for n in found]
    flags["状态"] = [NOTE_STATUSES[status] for status in flags["note"]]
    flags["情况说明"] = [n.explanation if n else "" for n in found]
    flags["说明人"] = [n.explained_by if n else "" for n in found]
    flags["note_key"] = [n.key if n else k for n, k in zip(found, keys, strict=True)]
    return flags


def flag_table(flags: pd.DataFrame) -> pd.DataFrame:
    """The flags as shown and exported: the Chinese columns only."""
    return flags.drop(columns=[c for c in (*FIELDS, "key", "note", "note_key") if c in flags.columns])


def _note(session: Session, flag: dict, period: Period) -> QualityNote:
    about = parse_period(flag["period"]) if flag.get("period") else period
    return notes.note_for(
        session, flag["key"], about.year, about.month, flag["单位"], found_under=flag.get("note_key") or flag["key"]
    )


def explain_flag(session: Session, flag: dict, period: Period, text: str, actor: Actor) -> str:
    """A unit's staff (or an admin) explains a flag of theirs; recorded in the audit log."""
    units = list(flag["units"])
    if not any(actor.can_write(u) for u in units):
        require_unit(actor, units[0] if units else "", "说明数据质量提示")
    if not text.strip():
        raise ValueError("请填写情况说明。")
    note = _note(session, flag, period)
    if note.status == "closed":
        raise ValueError("该提示已关闭，不能再修改说明。")
    notes.explain(session, note, text.strip(), username=actor.username, detail={"flag": flag["说明"]})
    return "已保存情况说明。"


def close_flag(session: Session, flag: dict, period: Period, actor: Actor) -> str:
    require_admin(actor, "关闭数据质量提示")
    notes.close(session, _note(session, flag, period), username=actor.username, detail={"flag": flag["说明"]})
    return "已关闭该提示。"


def units_with_open_flags(flags: pd.DataFrame) -> set[str]:
    """Units named by a flag that is not closed (for the leaderboard's data quality mark)."""
    open_flags = flags[flags["note"] != "closed"]
    return {u for units in open_flags["units"] for u in units}
