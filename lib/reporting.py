"""Reporting calendar: who has returned which program for a month, on time or late, an explicit
nil return (本月无新增) or nothing at all, and where the city's review of each return stands (待审核,
已通过, 已退回); yearly rates; who to chase. Reads submissions and review states only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from lib.models import LedgerImport, ReviewState, Unit, UploadBatch
from lib.periods import Period, as_utc, due_at, refused
from lib.programs import Registry
from lib.vocabulary import (
    BEHIND,
    LATE,
    LEDGER,
    LEDGER_SOURCE,
    MISSING,
    NIL,
    NOT_STARTED,
    ON_TIME,
    PASSED,
    PENDING,
    REFUSED,
    RETURN_STATUSES,
    RETURNED,
    REVIEW_STATUSES,
)

# Not a return in force: the unit still owes one.
OWED = frozenset({MISSING, REFUSED})


def _rows_for(counts: dict, program: str) -> int | None:
    """Rows a submission stored for a program; None when it did not include the program, -1 when its
    sheet was refused."""
    if program not in (counts or {}):
        return None
    value = counts[program]
    if refused(value):
        return -1
    return int(value.get("accepted", 0)) if isinstance(value, dict) else int(value)


@dataclass(frozen=True)
class Cell:
    unit: str
    program: str
    status: str
    submitted_at: dt.datetime | None
    rows: int
    review: str | None = None  # the return in force: pending, passed or returned (None: no return)


def ledgers_covering(session: Session, period: Period) -> set[str]:
    """The programs an imported city ledger (台账) speaks for in a month."""
    month = (period.year, period.month)
    found = session.execute(
        select(LedgerImport.first_year, LedgerImport.first_month, LedgerImport.last_year, LedgerImport.last_month)
        .add_columns(LedgerImport.programs)
        .where(
            LedgerImport.first_year <= period.year,
            LedgerImport.last_year >= period.year,
            LedgerImport.undone_at.is_(None),
        )
    )
    return {
        program
        for first_year, first_month, last_year, last_month, programs in found
        if (first_year, first_month) <= month <= (last_year, last_month)
        for program in programs or ()
    }


def load_status(session: Session, registry: Registry, period: Period, due_day: int | None = None) -> list[Cell]:
    """One cell per unit and program for the month (units in region order)."""
    due = due_at(period, due_day)
    units = session.execute(select(Unit.id, Unit.name).order_by(Unit.sort_order, Unit.id)).all()
    batches = session.execute(
        select(UploadBatch.unit_id, UploadBatch.uploaded_at, UploadBatch.counts, UploadBatch.id, UploadBatch.source)
        .where(
            UploadBatch.year == period.year,
            UploadBatch.month == period.month,
            UploadBatch.status != "rolled_back",
        )
        .order_by(UploadBatch.uploaded_at, UploadBatch.id)
    ).all()
    reviews = {
        (unit_id, program): status
        for unit_id, program, status in session.execute(
            select(ReviewState.unit_id, ReviewState.program, ReviewState.status).where(
                ReviewState.year == period.year, ReviewState.month == period.month
            )
        )
    }
    ledgers = ledgers_covering(session, period)
    cells = []
    for unit_id, name in units:
        mine = [b for b in batches if b.unit_id == unit_id]
        for program in registry:
            if not program.started(period.year, period.month):
                cells.append(Cell(name, program.key, NOT_STARTED, None, 0))
                continue
            covering = [(b, _rows_for(b.counts, program.key)) for b in mine]
            tried = [(b, rows) for b, rows in covering if rows is not None]
            covering = [(b, rows) for b, rows in tried if rows >= 0]
            if not covering:
                # A month a ledger was imported for: what the ledger did not list was not a return sent.
                empty = LEDGER if program.key in ledgers else REFUSED if tried else MISSING
                cells.append(Cell(name, program.key, empty, None, 0))
                continue
            first = as_utc(covering[0][0].uploaded_at)
            rows = covering[-1][1]  # the return in force
            status = NIL if rows == 0 else (ON_TIME if first <= due else LATE)
            if covering[-1][0].source == LEDGER_SOURCE:  # history imported from a ledger: neither on time nor late
                status = LEDGER
            cells.append(Cell(name, program.key, status, first, rows, reviews.get((unit_id, program.key))))
    return cells


SHOWN_WITH_REVIEW = "·"  # between a cell's reporting status and its review state: 按时·已通过


def status_label(cell: Cell) -> str:
    """A cell as the 上报情况 table shows it: its reporting status, and its review state when it has one."""
    label = RETURN_STATUSES[cell.status]
    if cell.review is None or cell.status in OWED:
        return label
    return f"{label}{SHOWN_WITH_REVIEW}{REVIEW_STATUSES[cell.review]}"


def review_counts(cells: list[Cell]) -> dict[str, int]:
    """Returns in force by review state (pending, passed, returned), every state present."""
    counts = dict.fromkeys(REVIEW_STATUSES, 0)
    for cell in cells:
        if cell.review is not None and cell.status not in OWED:
            counts[cell.review] += 1
    return counts


def review_sentence(cells: list[Cell], period: Period) -> str:
    """What the 通报 says of the city's review of the month's returns."""
    counts = review_counts(cells)
    total = sum(counts.values())
    if not total:
        return ""
    reviewed = counts[PASSED] + counts[RETURNED]
    return (
        f"{period.month}月各单位报送的 {total} 份月报，市局已审核 {reviewed} 份，其中通过 {counts[PASSED]} 份、"
        f"退回 {counts[RETURNED]} 份待重新上报，尚有 {counts[PENDING]} 份待审核。"
    )


def status_table(cells: list[Cell], registry: Registry) -> pd.DataFrame:
    """Units as rows, programs as columns, Chinese status labels (with the review state: status_label)."""
    titles = {p.key: p.title for p in registry}
    frame = pd.DataFrame([{"单位": c.unit, "program": titles[c.program], "状态": status_label(c)} for c in cells])
    table = frame.pivot(index="单位", columns="program", values="状态")
    order = list(dict.fromkeys(c.unit for c in cells))
    return table.reindex(index=order, columns=[p.title for p in registry]).reset_index()


def load_year_rates(session: Session, registry: Registry, period: Period, due_day: int | None = None) -> pd.DataFrame:
    """Per unit, January to the period's month: share of returns made and share made on time."""
    totals: dict[str, dict[str, int]] = {}
    for month in range(1, period.month + 1):
        for cell in load_status(session, registry, Period(period.year, month), due_day):
            t = totals.setdefault(cell.unit, {"due": 0, "made": 0, "on_time": 0})
            if cell.status in (NOT_STARTED, LEDGER):  # nothing due, or history a ledger brought in
                continue
            t["due"] += 1
            if cell.status not in OWED:
                t["made"] += 1
                if cell.submitted_at is not None and cell.submitted_at <= due_at(Period(period.year, month), due_day):
                    t["on_time"] += 1
    rows = [
        {
            "单位": unit,
            "应报": t["due"],
            "已报": t["made"],
            "上报率": round(100 * t["made"] / t["due"], 1) if t["due"] else None,
            "及时率": round(100 * t["on_time"] / t["made"], 1) if t["made"] else None,
        }
        for unit, t in totals.items()
    ]
    return pd.DataFrame(rows, columns=["单位", "应报", "已报", "上报率", "及时率"])


def chase_list(cells: list[Cell], registry: Registry, period: Period, due_day: int | None = None) -> pd.DataFrame:
    """催报: every unit with missing returns, the programs, and a reminder text ready to send."""
    titles = {p.key: p.title for p in registry}
    due = due_at(period, due_day)
    missing: dict[str, list[str]] = {}
    for cell in cells:
        if cell.status in OWED:
            missing.setdefault(cell.unit, []).append(titles[cell.program])
    rows = [
        {
            "单位": unit,
            "未报工作": "、".join(programs),
            "催报提示": (
                f"{unit}：{period.year}年{period.month}月{'、'.join(programs)}月报尚未报送或未通过校验"
                f"（截止时间{due:%Y年%m月%d日}），请尽快通过质量提升进度看板“数据上报”页面报送；"
                "本月确无新增的，请上传空表作为零报告。"
            ),
        }
        for unit, programs in missing.items()
    ]
    return pd.DataFrame(rows, columns=["单位", "未报工作", "催报提示"])


def followup_list(
    summary: pd.DataFrame, cells: list[Cell], registry: Registry, city_name: str, period: Period
) -> pd.DataFrame:
    """督办: units behind 序时进度 on a program's primary metric or with returns missing, and the
    follow-up text a briefing or a notice can use as it is."""
    titles = {p.key: p.title for p in registry}
    behind: dict[str, list[str]] = {}
    for program in registry:
        part = summary[
            (summary.program == program.key) & (summary.metric == program.primary_metric) & (summary.unit != city_name)
        ]
        for row in part.itertuples():
            if row.status == BEHIND and program.primary.is_ratio:
                behind.setdefault(row.unit, []).append(
                    f"{program.primary.label}{row.ytd_value:.1f}%，低于年度目标{-row.gap * 100:.1f}个百分点"
                )
            elif row.status == BEHIND:
                behind.setdefault(row.unit, []).append(
                    f"{program.title}完成年度目标{row.completion * 100:.1f}%，低于序时进度{-row.gap * 100:.1f}个百分点"
                )
    missing: dict[str, list[str]] = {}
    returned: dict[str, list[str]] = {}
    for cell in cells:
        if cell.status in OWED:
            missing.setdefault(cell.unit, []).append(titles[cell.program])
        elif cell.review == RETURNED:
            returned.setdefault(cell.unit, []).append(titles[cell.program])
    units = list(dict.fromkeys([*behind, *missing, *returned]))
    order = {c.unit: n for n, c in enumerate(cells)}
    rows = []
    for unit in sorted(units, key=lambda u: order.get(u, 0)):
        parts = list(behind.get(unit, []))
        if unit in missing:
            parts.append(f"{period.month}月{'、'.join(missing[unit])}月报未报")
        if unit in returned:
            parts.append(f"{period.month}月{'、'.join(returned[unit])}月报被市局退回，尚未重新上报")
        rows.append(
            {
                "单位": unit,
                "滞后项目": len(behind.get(unit, [])),
                "未报项目": len(missing.get(unit, [])),
                "退回未改": len(returned.get(unit, [])),
                "督办事项": (
                    f"{unit}：截至{period.year}年{period.month}月底，" + "；".join(parts) + "。请加快推进，"
                    "于下月上报前报送整改措施。"
                ),
            }
        )
    return pd.DataFrame(rows, columns=["单位", "滞后项目", "未报项目", "退回未改", "督办事项"])
