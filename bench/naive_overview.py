"""Naive baseline for bench/page_bench.py: the overview's figures the way a plain script would get
them, loading every record into pandas on every rerun (no SQL aggregates, no caching), then the
same per unit and province-wide summary (month, year to date, last year, last month, target,
completion) for the latest month, shown as metric cards and a table.
"""

import pandas as pd
import streamlit as st

from lib.config import get_settings
from lib.db import get_engine
from lib.programs import get_registry

engine = get_engine(get_settings().database_url)
records = pd.read_sql(
    "SELECT program, unit_id, year, month, enterprise_id, status, quantity, is_current FROM program_records", engine
)
units = pd.read_sql("SELECT id, name FROM units ORDER BY sort_order, id", engine)
targets = pd.read_sql("SELECT program, metric, unit_id, year, value FROM targets", engine)
records = records[records.is_current.astype(bool)]
year, month = records.sort_values(["year", "month"]).iloc[-1][["year", "month"]]
prev = (year - 1, 12) if month == 1 else (year, month - 1)
windows = {
    "month_value": (records.year == year) & (records.month == month),
    "ytd_value": (records.year == year) & (records.month <= month),
    "ytd_last_year": (records.year == year - 1) & (records.month <= month),
    "prev_month_value": (records.year == prev[0]) & (records.month == prev[1]),
}
rows = []
for program in get_registry():
    mine = records.program == program.key
    for metric in program.metrics:
        chosen = mine & (records.status == metric.where[1]) if metric.where else mine
        for unit_id in [*units.id, None]:
            where = chosen if unit_id is None else chosen & (records.unit_id == unit_id)
            row = {"program": program.key, "metric": metric.key, "unit_id": unit_id}
            for name, window in windows.items():
                part = records[where & window]
                if metric.agg == "count_distinct":
                    row[name] = part.enterprise_id.nunique()
                elif metric.agg == "sum":
                    row[name] = part.quantity.sum()
                else:
                    row[name] = len(part)
            rows.append(row)
summary = pd.DataFrame(rows)
goal = targets[targets.year == year].groupby(["program", "metric", "unit_id"]).value.sum().reset_index()
summary = summary.merge(goal, on=["program", "metric", "unit_id"], how="left")
summary["completion"] = summary.ytd_value / summary.value
for column, program in zip(st.columns(len(get_registry())), get_registry(), strict=True):
    city = summary[(summary.program == program.key) & (summary.metric == program.primary.key) & summary.unit_id.isna()]
    column.metric(program.primary.label, f"{city.ytd_value.iloc[0]:.0f}")
st.dataframe(summary[summary.unit_id.notna()].merge(units, left_on="unit_id", right_on="id"))
