"""Program metrics read from the monthly figures the store keeps (lib/store/figures.py), returned as
DataFrames.

Month value, year to date, annual target, completion and 序时进度 per program metric and unit, and how
much of the month and the year to date still waits for the city's review. What counts follows QB_REVIEW:
off and mark count every committed return (mark says what waits), strict counts only passed returns (and
says what waits, uncounted); all three are read from the same rows.
Imports lib.models, lib.programs and lib.config; never Streamlit.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import and_, case, func, select, true
from sqlalchemy.orm import Session

from lib.column_types import column_type
from lib.config import get_settings
from lib.formatting import fmt_number
from lib.models import MonthlyFigure, ProgramRecord, Target, Unit
from lib.periods import Period
from lib.programs import Metric, Program, Registry
from lib.store.figures import ROWS
from lib.vocabulary import AHEAD, BEHIND, ON_TRACK

SUMMARY_COLUMNS = [
    "program",
    "program_title",
    "metric",
    "metric_label",
    "metric_unit",
    "unit",
    "unit_short",
    "month_value",
    "ytd_value",
    "ytd_last_year",
    "prev_month_value",
    "yoy",
    "mom",
    "target",
    "completion",
    "schedule",
    "gap",
    "status",
    "month_pending",
    "ytd_pending",
]
VALUE_COLUMNS = ("month_value", "ytd_value", "ytd_last_year", "prev_month_value")
PENDING_COLUMNS = ("month_pending", "ytd_pending")  # of the month, of the year to date: what waits for review
STATUS_AHEAD, STATUS_ON, STATUS_BEHIND = AHEAD, ON_TRACK, BEHIND  # keys: lib.vocabulary.PROGRESS


def compute_status(completion: float | None, schedule: float) -> str | None:
    """ahead (超序时) / on_track (序时) / behind (滞后) against 序时进度 with the configured margins;
    None without a target."""
    if completion is None or pd.isna(completion):
        return None
    settings = get_settings()
    if completion >= schedule + settings.ahead_margin:
        return STATUS_AHEAD
    if completion >= schedule - settings.behind_margin:
        return STATUS_ON
    return STATUS_BEHIND


def review_note(pending: float | None, unit: str = "") -> str:
    """What a figure says of its part still waiting for the city's review, under QB_REVIEW: mark "其中待审核
    3家" (counted), strict "另有 3家待审核、未计入" (not counted), off or nothing waiting: empty."""
    mode = get_settings().review
    if mode == "off" or pending is None or pd.isna(pending) or pending <= 0:
        return ""
    amount = fmt_number(pending, unit)
    return f"其中待审核 {amount}" if mode == "mark" else f"另有 {amount}待审核、未计入"


REGION = -1  # the unit key of region-wide figures (monthly_figures.unit_id is NULL)


def _columns(mode: str | None = None) -> tuple:
    """The monthly figures' (value, added) columns that count under a QB_REVIEW mode (None: the setting)."""
    f = MonthlyFigure
    strict = (mode or get_settings().review) == "strict"
    return (f.reviewed_value, f.reviewed_added) if strict else (f.value, f.added)


def _windows(session: Session, programs: list[str], metrics: list[str], period: Period) -> dict[tuple, tuple]:
    """(program, metric, unit_id or REGION) -> the four VALUE_COLUMNS windows as QB_REVIEW counts them, then
    the month's and the year to date's part waiting for review (PENDING_COLUMNS), summed in the database
    from the monthly figures the store keeps (lib/store/figures.py): a year to date is a sum of what each
    month added."""
    f = MonthlyFigure
    y, m, prev = period.year, period.month, period.previous
    value, added = _columns()

    def total(condition, column):
        return func.coalesce(func.sum(case((condition, column), else_=0.0)), 0.0)

    this_month, this_year = and_(f.year == y, f.month == m), and_(f.year == y, f.month <= m)
    query = (
        select(
            f.program,
            f.metric,
            f.unit_id,
            total(this_month, value),
            total(this_year, added),
            total(and_(f.year == y - 1, f.month <= m), added),
            total(and_(f.year == prev.year, f.month == prev.month), value),
            total(this_month, f.value - f.reviewed_value),
            total(this_year, f.added - f.reviewed_added),
        )
        .where(f.program.in_(programs), f.metric.in_(metrics), f.year.in_((y - 1, y)))
        .group_by(f.program, f.metric, f.unit_id)
    )
    return {(p, k, REGION if u is None else u): tuple(values) for p, k, u, *values in session.execute(query).all()}


def load_summary(
    session: Session, registry: Registry, period: Period, city_name: str | None = None, *, primary_only: bool = False
) -> pd.DataFrame:
    """One row per program, metric and unit (units in region order), plus a city row per metric
    when city_name is given. The city row counts distinct enterprises city-wide, so an enterprise
    reported by two units is counted once there. primary_only: each program's primary metric only
    (all the leaderboard needs). Read from the monthly figures the store keeps beside the records:
    one small query, whatever the number of records."""
    units = session.execute(select(Unit.id, Unit.name, Unit.short_name).order_by(Unit.sort_order, Unit.id)).all()
    targets = pd.DataFrame(
        session.execute(
            select(Target.program, Target.metric, Target.unit_id, Target.value).where(Target.year == period.year)
        ).all(),
        columns=["program", "metric", "unit_id", "target"],
    )
    chosen = {p.key: ((p.primary,) if primary_only else p.metrics) for p in registry}
    metric_keys = sorted({key for ms in chosen.values() for x in ms for key in _stored_parts(x)})
    windows = _windows(session, list(chosen), metric_keys, period)
    empty = (0.0,) * (len(VALUE_COLUMNS) + len(PENDING_COLUMNS))
    rows = []
    for program in registry:
        for metric in chosen[program.key]:
            metric_targets = targets[(targets.program == program.key) & (targets.metric == metric.key)]
            target_by_unit = dict(zip(metric_targets.unit_id, metric_targets.target, strict=True))
            base = {
                "program": program.key,
                "program_title": program.title,
                "metric": metric.key,
                "metric_label": metric.label,
                "metric_unit": metric.unit,
            }

            def values(unit_id: int, program=program.key, metric=metric) -> dict:
                figures = windows.get((program, metric.key, unit_id), empty)
                if metric.is_ratio:
                    figures = _ratio_windows(
                        windows.get((program, metric.numerator, unit_id), empty),
                        windows.get((program, metric.denominator, unit_id), empty),
                    )
                return dict(zip((*VALUE_COLUMNS, *PENDING_COLUMNS), figures, strict=True))

            if not program.started(period.year, period.month):
                target_by_unit = {}  # months before the program's first version: no progress to judge
            for uid, name, short in units:
                target = target_by_unit.get(uid)
                rows.append({**base, "unit": name, "unit_short": short, **values(uid), "target": target})
            if city_name is not None:
                # The city's target: the units' targets added up, or for a rate their mean (a rate does not add).
                target = sum(target_by_unit.values()) if target_by_unit else None
                if target is not None and metric.is_ratio:
                    target /= len(target_by_unit)
                rows.append({**base, "unit": city_name, "unit_short": city_name, **values(REGION), "target": target})
    frame = pd.DataFrame(rows)
    for column in (*VALUE_COLUMNS, *PENDING_COLUMNS, "target"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    if get_settings().review == "off":  # nothing is said of the review
        frame[list(PENDING_COLUMNS)] = 0.0
    # 同比: year to date against the same months last year; 环比: this month against last month. A rate's
    # change is its difference in percentage points (as a fraction: 0.015 is 1.5 points).
    ratios = {(p.key, m.key) for p in registry for m in p.metrics if m.is_ratio}
    is_ratio = pd.Series([key in ratios for key in zip(frame.program, frame.metric, strict=True)], index=frame.index)
    frame["yoy"] = frame.ytd_value / frame.ytd_last_year.where(frame.ytd_last_year > 0) - 1
    frame["mom"] = frame.month_value / frame.prev_month_value.where(frame.prev_month_value > 0) - 1
    frame.loc[is_ratio, "yoy"] = (frame.ytd_value - frame.ytd_last_year)[is_ratio] / 100
    frame.loc[is_ratio, "mom"] = (frame.month_value - frame.prev_month_value)[is_ratio] / 100
    frame["completion"] = frame.ytd_value.where(frame.target > 0) / frame.target.where(frame.target > 0)
    # 序时进度: the share of the year gone for what adds up over the year; a rate is held to its target all year.
    frame["schedule"] = period.schedule
    frame.loc[is_ratio, "schedule"] = 1.0
    frame["gap"] = frame.completion - frame.schedule
    frame.loc[is_ratio, "gap"] = ((frame.ytd_value - frame.target.where(frame.target > 0)) / 100)[is_ratio]  # points
    frame["status"] = [compute_status(c, s) for c, s in zip(frame.completion, frame.schedule, strict=True)]
    return frame[SUMMARY_COLUMNS]


def _stored_parts(metric: Metric) -> tuple[str, ...]:
    """The stored metrics a metric is read from: itself, or a ratio's numerator and denominator."""
    return (metric.numerator, metric.denominator) if metric.is_ratio else (metric.key,)


def _ratio_windows(numerator: tuple, denominator: tuple) -> tuple:
    """A ratio's VALUE_COLUMNS windows as percentages, each the numerator's sum over the denominator's (none
    where nothing was counted), and nothing said of review (a rate has no part that waits)."""
    values = tuple(
        100 * n / d if d else None
        for n, d in zip(numerator[: len(VALUE_COLUMNS)], denominator[: len(VALUE_COLUMNS)], strict=True)
    )
    return values + (0.0,) * len(PENDING_COLUMNS)


def months_to_date(trend: pd.DataFrame, period: Period) -> list[float]:
    """Values of months 1..period.month of the period's year from a load_trend frame (0 for a rate's month
    with nothing counted)."""
    this_year = trend[(trend.year == period.year) & (trend.month <= period.month)]
    return [float(v) for v in this_year.sort_values("month").value.fillna(0.0)]


def load_trend(session: Session, program: Program, metric: Metric, year: int, unit_name: str | None = None):
    """Monthly values of one metric for a year and the year before (city-wide, or one unit):
    a DataFrame with year, month (1-12, every month present) and value. A ratio's month is its numerator over
    its denominator, in percent (missing in a month with nothing counted)."""
    if metric.is_ratio:
        numerator, denominator = (
            load_trend(session, program, program.metric(part), year, unit_name)
            for part in (metric.numerator, metric.denominator)
        )
        rate = 100 * numerator.value / denominator.value.where(denominator.value > 0)
        return numerator.assign(value=rate)
    f = MonthlyFigure
    value, _ = _columns()
    query = select(f.year, f.month, value).where(
        f.program == program.key, f.metric == metric.key, f.year.in_((year - 1, year))
    )
    if unit_name is None:
        query = query.where(f.unit_id.is_(None))
    else:
        query = query.join(Unit, Unit.id == f.unit_id).where(Unit.name == unit_name)
    found = {(y, m): float(v or 0) for y, m, v in session.execute(query).all()}
    rows = [(y, m, found.get((y, m), 0.0)) for y in (year - 1, year) for m in range(1, 13)]
    return pd.DataFrame(rows, columns=["year", "month", "value"])


def load_latest_period(session: Session) -> Period | None:
    """The most recent month that has current records."""
    r = ProgramRecord
    newest = select(r.year, r.month).where(r.is_current == true()).order_by(r.year.desc(), r.month.desc())
    row = session.execute(newest.limit(1)).first()
    return Period(*row) if row else None


def load_periods(session: Session) -> list[Period]:
    """Every month with current records, newest first: the region's record counts in the monthly
    figures (a few hundred rows, whatever the number of records)."""
    f = MonthlyFigure
    query = (
        select(f.year, f.month)
        .where(f.metric == ROWS, f.unit_id.is_(None), f.value > 0)
        .distinct()
        .order_by(f.year.desc(), f.month.desc())
    )
    return [Period(y, m) for y, m in session.execute(query).all()]


def compute_leaderboard(summary: pd.DataFrame, registry: Registry, city_name: str) -> pd.DataFrame:
    """Composite score and ranks per unit from a load_summary frame.

    score = 100 × Σ weight·min(completion, cap) / Σ weight over the programs where the unit has a
    target (primary metrics). Ties share the better rank (1, 2, 2, 4); a unit with no target at all
    has no score and no rank. Per-program ranks order the units by that program's completion.
    """
    units = summary[summary.unit != city_name].drop_duplicates("unit")[["unit", "unit_short"]]
    table = units.set_index("unit")
    weighted = pd.Series(0.0, index=table.index)
    weights = pd.Series(0.0, index=table.index)
    for program in registry:
        part = summary[(summary.program == program.key) & (summary.metric == program.primary_metric)]
        completion = part.set_index("unit").completion.reindex(table.index)
        table[f"completion_{program.key}"] = completion
        table[f"status_{program.key}"] = part.set_index("unit").status.reindex(table.index)
        table[f"rank_{program.key}"] = _rank(completion)
        has = completion.notna()
        weighted += (completion.clip(upper=registry.completion_cap) * program.weight).where(has, 0.0)
        weights += pd.Series(program.weight, index=table.index).where(has, 0.0)
    table["score"] = (100 * weighted / weights.where(weights > 0)).round(1)
    table["rank"] = _rank(table.score)
    table["behind"] = sum((table[f"status_{p.key}"] == STATUS_BEHIND).astype(int) for p in registry)
    return table.reset_index().sort_values(["rank", "unit"], na_position="last", kind="stable")


def _rank(values: pd.Series) -> pd.Series:
    """1 for the highest; equal values share the better rank; missing values get no rank."""
    return values.round(6).rank(ascending=False, method="min").astype("Int64")


def compute_rank_change(current: pd.DataFrame, previous: pd.DataFrame) -> pd.Series:
    """Places gained since the previous month (positive = up), by unit; missing when unranked then."""
    before = previous.set_index("unit")["rank"]
    now = current.set_index("unit")["rank"]
    return (before.reindex(now.index) - now).astype("Int64")


def compute_board(summary: pd.DataFrame, previous: pd.DataFrame, registry: Registry, city_name: str) -> pd.DataFrame:
    """The leaderboard of a month with each unit's places gained since the month before (change)."""
    board = compute_leaderboard(summary, registry, city_name)
    before = compute_leaderboard(previous, registry, city_name)
    board["change"] = compute_rank_change(board, before).reindex(board.unit).to_numpy()
    return board


def leaders_and_laggards(board: pd.DataFrame, count: int = 3) -> tuple[list[str], list[str]]:
    """先进 (top) and 后进 (bottom) units by composite score."""
    ranked = board.dropna(subset=["score"]).sort_values(["score", "unit"], ascending=[False, True])
    names = list(ranked.unit)
    count = min(count, len(names) // 2)
    return names[:count], list(reversed(names[-count:])) if count else []


def breakdown_columns(program: Program) -> list:
    """Columns worth a breakdown chart: the choice columns and a free-text 产品类别."""
    return [c for c in program.columns if column_type(c.type).breakdown or c.key == "category"]


def load_breakdown(session: Session, program: Program, column_key: str, period: Period) -> pd.DataFrame:
    """Records this year to date per value of one column (city-wide): category, value."""
    r = ProgramRecord
    expr = r.status if column_key == program.status_column else r.data[column_key].as_string()
    query = (
        select(expr, func.count(r.id))
        .where(r.program == program.key, r.is_current == true(), r.year == period.year, r.month <= period.month)
        .group_by(expr)
    )
    rows = [(value if value not in (None, "") else "未填写", count) for value, count in session.execute(query).all()]
    return pd.DataFrame(rows, columns=["category", "value"])
