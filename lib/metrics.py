"""Program metrics computed with SQL aggregates (GROUP BY in the database), returned as DataFrames.

Month value, year to date, annual target, completion and 序时进度 per program metric and unit.
Imports lib.models, lib.programs and lib.config; never Streamlit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import Select, and_, case, distinct, func, select
from sqlalchemy.orm import Session

from lib.config import get_settings
from lib.models import ProgramRecord, Target, Unit
from lib.programs import Metric, Program, Registry

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
    "target",
    "completion",
    "schedule",
    "gap",
    "status",
]
STATUS_AHEAD, STATUS_ON, STATUS_BEHIND = "超序时", "序时", "滞后"


@dataclass(frozen=True)
class Period:
    year: int
    month: int

    @property
    def schedule(self) -> float:
        """序时进度: the share of the annual target due by the end of this month."""
        return self.month / 12


def parse_period(text: str) -> Period:
    """ "2024-10", "2024/10", "202410" or "2024年10月" -> Period; ValueError with a Chinese message."""
    match = re.fullmatch(r"\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))\s*", str(text))
    month = int(match.group(2) or match.group(3)) if match else 0
    if not match or not 1 <= month <= 12:
        raise ValueError(f"月份“{text}”格式不对，请写成 YYYY-MM，如 2024-10。")
    return Period(int(match.group(1)), month)


def _aggregates(metric: Metric, month: int):
    """(month value, year-to-date value) SQL expressions for one metric."""
    r = ProgramRecord
    in_month = r.month == month
    if metric.agg == "count_distinct":
        return (
            func.count(distinct(case((in_month, r.enterprise_id), else_=None))),
            func.count(distinct(r.enterprise_id)),
        )
    if metric.agg == "sum":
        return (
            func.coalesce(func.sum(case((in_month, r.quantity), else_=0.0)), 0.0),
            func.coalesce(func.sum(r.quantity), 0.0),
        )
    return func.coalesce(func.sum(case((in_month, 1), else_=0)), 0), func.count(r.id)


def _metric_query(program: Program, metric: Metric, period: Period) -> Select:
    r = ProgramRecord
    month_expr, ytd_expr = _aggregates(metric, period.month)
    conditions = [r.program == program.key, r.year == period.year, r.is_current.is_(True), r.month <= period.month]
    if metric.where is not None:
        conditions.append(r.status == metric.where[1])
    return select(month_expr.label("month_value"), ytd_expr.label("ytd_value")).where(and_(*conditions))


def compute_status(completion: float | None, schedule: float) -> str | None:
    """超序时 / 序时 / 滞后 against 序时进度 with the configured margins; None without a target."""
    if completion is None or pd.isna(completion):
        return None
    settings = get_settings()
    if completion >= schedule + settings.ahead_margin:
        return STATUS_AHEAD
    if completion >= schedule - settings.behind_margin:
        return STATUS_ON
    return STATUS_BEHIND


def load_summary(session: Session, registry: Registry, period: Period, city_name: str | None = None) -> pd.DataFrame:
    """One row per program, metric and unit (units in region order), plus a city row per metric
    when city_name is given. The city row counts distinct enterprises city-wide, so an enterprise
    reported by two units is counted once there."""
    units = session.execute(select(Unit.id, Unit.name, Unit.short_name).order_by(Unit.sort_order, Unit.id)).all()
    targets = pd.DataFrame(
        session.execute(
            select(Target.program, Target.metric, Target.unit_id, Target.value).where(Target.year == period.year)
        ).all(),
        columns=["program", "metric", "unit_id", "target"],
    )
    rows = []
    for program in registry:
        for metric in program.metrics:
            query = _metric_query(program, metric, period)
            grouped = query.add_columns(ProgramRecord.unit_id).group_by(ProgramRecord.unit_id)
            by_unit = {uid: (mv, yv) for mv, yv, uid in session.execute(grouped).all()}
            metric_targets = targets[(targets.program == program.key) & (targets.metric == metric.key)]
            target_by_unit = dict(zip(metric_targets.unit_id, metric_targets.target, strict=True))
            base = {
                "program": program.key,
                "program_title": program.title,
                "metric": metric.key,
                "metric_label": metric.label,
                "metric_unit": metric.unit,
            }
            for uid, name, short in units:
                month_value, ytd_value = by_unit.get(uid, (0, 0))
                rows.append(
                    {
                        **base,
                        "unit": name,
                        "unit_short": short,
                        "month_value": month_value,
                        "ytd_value": ytd_value,
                        "target": target_by_unit.get(uid),
                    }
                )
            if city_name is not None:
                month_value, ytd_value = session.execute(query).one()
                city_target = sum(target_by_unit.values()) if target_by_unit else None
                rows.append(
                    {
                        **base,
                        "unit": city_name,
                        "unit_short": city_name,
                        "month_value": month_value,
                        "ytd_value": ytd_value,
                        "target": city_target,
                    }
                )
    frame = pd.DataFrame(rows)
    for column in ("month_value", "ytd_value", "target"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    frame["completion"] = frame.ytd_value.where(frame.target > 0) / frame.target.where(frame.target > 0)
    frame["schedule"] = period.schedule
    frame["gap"] = frame.completion - frame.schedule
    frame["status"] = [compute_status(c, period.schedule) for c in frame.completion]
    return frame[SUMMARY_COLUMNS]


def load_monthly_series(session: Session, program: Program, metric: Metric, period: Period) -> list[float]:
    """City-wide value of one metric for each month 1..period.month of the period's year."""
    _, per_month = _aggregates(metric, period.month)
    query = (
        _metric_query(program, metric, period)
        .with_only_columns(ProgramRecord.month, per_month)
        .group_by(ProgramRecord.month)
    )
    by_month = dict(session.execute(query).all())
    return [float(by_month.get(month, 0) or 0) for month in range(1, period.month + 1)]


def load_latest_period(session: Session) -> Period | None:
    """The most recent month that has current records."""
    row = session.execute(
        select(ProgramRecord.year, ProgramRecord.month)
        .where(ProgramRecord.is_current.is_(True))
        .order_by(ProgramRecord.year.desc(), ProgramRecord.month.desc())
        .limit(1)
    ).first()
    return Period(*row) if row else None


def load_periods(session: Session) -> list[Period]:
    """Every month with current records, newest first."""
    rows = session.execute(
        select(ProgramRecord.year, ProgramRecord.month)
        .where(ProgramRecord.is_current.is_(True))
        .group_by(ProgramRecord.year, ProgramRecord.month)
        .order_by(ProgramRecord.year.desc(), ProgramRecord.month.desc())
    ).all()
    return [Period(y, m) for y, m in rows]
