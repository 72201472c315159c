"""Altair charts built from metric DataFrames (built, never rendered): trends this year against
last year, units against target and 序时进度, breakdowns by category. No Streamlit.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from lib.programs import RATIO_UNIT
from lib.vocabulary import PROGRESS, progress_label

FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"
THIS_YEAR, LAST_YEAR = "#1f5fa6", "#9aa7b6"


def _styled(chart: alt.Chart, title: str | None, height) -> alt.Chart:
    chart = chart.properties(height=height, width="container")
    if title:
        chart = chart.properties(title=alt.TitleParams(title, anchor="start", fontSize=15, font=FONT))
    return (
        chart.configure(font=FONT)
        .configure_axis(labelFont=FONT, titleFont=FONT, labelFontSize=12)
        .configure_legend(labelFont=FONT, titleFont=FONT, orient="top")
    )


def trend_chart(trend: pd.DataFrame, year: int, upto: int, unit: str, title: str | None = None) -> alt.Chart:
    """Monthly values: this year (to the chosen month) as bars, last year as a line; a rate (unit %) with
    one decimal."""
    rate = unit == RATIO_UNIT
    data = trend.copy()
    data["月份"] = data.month.map(lambda m: f"{m}月")
    data["年份"] = data.year.map(lambda y: f"{y}年")
    this_year = data[(data.year == year) & (data.month <= upto)]
    last_year = data[data.year == year - 1]
    months = [f"{m}月" for m in range(1, 13)]
    x = alt.X("月份:N", sort=months, scale=alt.Scale(domain=months), axis=alt.Axis(labelAngle=0, title=None))
    color = alt.Color(
        "年份:N",
        scale=alt.Scale(domain=[f"{year}年", f"{year - 1}年"], range=[THIS_YEAR, LAST_YEAR]),
        legend=alt.Legend(title=None),
    )
    named = "比率" if rate else "数量"
    tooltip = [alt.Tooltip("年份:N"), alt.Tooltip("月份:N"), alt.Tooltip("value:Q", title=f"{named}（{unit}）")]
    bars = (
        alt.Chart(this_year)
        .mark_bar(size=22, cornerRadiusTopLeft=2, cornerRadiusTopRight=2)
        .encode(
            x=x,
            y=alt.Y("value:Q", title=unit, axis=alt.Axis(tickMinStep=1, format=".0f" if rate else ",d")),
            color=color,
            tooltip=tooltip,
        )
    )
    labels = bars.mark_text(dy=-8, fontSize=11, font=FONT, color="#1c2733").encode(
        text=alt.Text("value:Q", format=".1f" if rate else ",.0f")
    )
    line = (
        alt.Chart(last_year)
        .mark_line(point=True, strokeDash=[5, 3], strokeWidth=2)
        .encode(x=x, y="value:Q", color=color, tooltip=tooltip)
    )
    return _styled(alt.layer(bars, labels, line), title, 300)


def progress_chart(rows: pd.DataFrame, schedule: float, title: str | None = None, *, rate: bool = False) -> alt.Chart:
    """Units' completion of the annual target as bars coloured by status, with the 序时进度 line (a rate, held
    to its target all year: the line at 100%, 达到目标).

    rows: unit, completion (fraction or NaN), ytd_value, target, status.
    """
    schedule = 1.0 if rate else schedule
    value_format = ".1f" if rate else ",.0f"
    data = rows.copy()
    data["完成率"] = (data.completion * 100).round(1)
    data["状态"] = data.status.map(progress_label)
    data["标签"] = data["完成率"].map(lambda v: progress_label(None) if pd.isna(v) else f"{v:.1f}%")
    data["完成率"] = data["完成率"].fillna(0)
    order = list(data.sort_values("完成率", ascending=False).unit)
    y = alt.Y("unit:N", sort=order, title=None, axis=alt.Axis(labelFontSize=13, labelLimit=220))
    bars = (
        alt.Chart(data)
        .mark_bar(height=18, cornerRadiusEnd=2)
        .encode(
            x=alt.X("完成率:Q", title="年度目标完成率（%）"),
            y=y,
            color=alt.Color(
                "状态:N",
                scale=alt.Scale(domain=[p.label for p in PROGRESS.values()], range=[p.hex for p in PROGRESS.values()]),
                legend=alt.Legend(title=None),
            ),
            tooltip=[
                alt.Tooltip("unit:N", title="单位"),
                alt.Tooltip("ytd_value:Q", title="累计", format=value_format),
                alt.Tooltip("target:Q", title="年度目标", format=value_format),
                alt.Tooltip("标签:N", title="完成率"),
                alt.Tooltip("状态:N"),
            ],
        )
    )
    text = bars.mark_text(align="left", dx=4, fontSize=12, font=FONT, color="#1c2733").encode(text="标签:N")
    line = "达到目标" if rate else f"序时进度 {schedule * 100:.1f}%"
    rule_data = pd.DataFrame({"x": [schedule * 100], "label": [line]})
    rule = alt.Chart(rule_data).mark_rule(color="#1c2733", strokeDash=[4, 3], strokeWidth=1.5).encode(x="x:Q")
    rule_text = (
        alt.Chart(rule_data)
        .mark_text(align="left", dx=4, dy=-6, fontSize=11, font=FONT, color="#1c2733")
        .encode(x="x:Q", y=alt.value(0), text="label:N")
    )
    return _styled(alt.layer(bars, text, rule, rule_text), title, alt.Step(30))


def breakdown_chart(counts: pd.DataFrame, unit: str, title: str | None = None) -> alt.Chart:
    """Horizontal bars of a count per category; counts: category, value."""
    order = list(counts.sort_values("value", ascending=False).category)
    bars = (
        alt.Chart(counts)
        .mark_bar(height=18, color=THIS_YEAR, cornerRadiusEnd=2)
        .encode(
            x=alt.X("value:Q", title=unit, axis=alt.Axis(tickMinStep=1, format=",d")),
            y=alt.Y("category:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
            tooltip=[alt.Tooltip("category:N", title="类别"), alt.Tooltip("value:Q", title=unit, format=",.0f")],
        )
    )
    text = bars.mark_text(align="left", dx=4, fontSize=12, font=FONT, color="#1c2733").encode(
        text=alt.Text("value:Q", format=",.0f")
    )
    return _styled(alt.layer(bars, text), title, alt.Step(30))
