"""View data for the overview page: KPI cards and the unit completion table, built from the
metrics summary (lib.metrics.load_summary). Pure functions; no Streamlit, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.formatting import fmt_number, fmt_pct, fmt_points, is_missing
from lib.programs import Registry


@dataclass(frozen=True)
class KpiCard:
    program: str
    metric: str
    title: str
    value: str
    month_text: str
    target_text: str
    completion: float | None
    completion_text: str
    gap_text: str | None
    status: str | None
    help: str


def compute_kpi_cards(summary: pd.DataFrame, registry: Registry, city_name: str) -> list[KpiCard]:
    """One card per program: its primary metric, city-wide, year to date against the annual target."""
    city = summary[summary.unit == city_name].set_index(["program", "metric"])
    cards = []
    for program in registry:
        metric = program.primary
        row = city.loc[(program.key, metric.key)]
        has_target = not is_missing(row.target) and row.target > 0
        cards.append(
            KpiCard(
                program=program.key,
                metric=metric.key,
                title=metric.label,
                value=fmt_number(row.ytd_value, metric.unit),
                month_text=f"本月新增 {fmt_number(row.month_value, metric.unit)}",
                target_text=f"年度目标 {fmt_number(row.target, metric.unit)}" if has_target else "未设年度目标",
                completion=None if not has_target else float(row.completion),
                completion_text=f"完成 {fmt_pct(row.completion)}" if has_target else "—",
                gap_text=fmt_points(row.gap) if has_target else None,
                status=row.status if has_target else None,
                help=metric.help,
            )
        )
    return cards


def compute_unit_table(summary: pd.DataFrame, registry: Registry, city_name: str) -> pd.DataFrame:
    """Units as rows; per program the primary metric's year-to-date value and completion (%)."""
    units = summary[summary.unit != city_name].drop_duplicates("unit")["unit"].tolist()
    table = pd.DataFrame({"单位": units})
    for program in registry:
        metric = program.primary
        part = summary[(summary.program == program.key) & (summary.metric == metric.key)].set_index("unit")
        table[f"{program.title}（{metric.unit}）"] = [part.loc[u, "ytd_value"] for u in units]
        table[f"{program.title}完成率"] = [
            None if is_missing(part.loc[u, "completion"]) else round(part.loc[u, "completion"] * 100, 1) for u in units
        ]
    return table
