"""One program's page, for whichever program app.py names in PROGRAM_KEY (pages come from the
registry, not one file each): figures, units against target and 序时进度, trend, breakdowns, records."""

import streamlit as st

from lib.charts import breakdown_chart, progress_chart, trend_chart
from lib.formatting import fmt_number, fmt_pct, fmt_points, source_line
from lib.metrics import breakdown_columns, review_note
from lib.month_view import compute_program_sheet, fmt_yoy
from lib.records import load_records
from lib.ui import shell, views, widgets

registry, region = shell.prepare()
program = registry.get(globals().get("PROGRAM_KEY") or registry.keys[0])
period = widgets.page_header(f"{program.full_title}")
if period is None:
    st.stop()
view = views.month(period)  # the month as every page shows it, built once per data version
st.caption(program.description)

metric_keys = [m.key for m in program.metrics]
metric_key = (
    st.segmented_control(
        "指标",
        metric_keys,
        default=program.primary_metric,
        format_func=lambda key: program.metric(key).label,
        key=f"program_{program.key}_metric",
    )
    or program.primary_metric
)
metric = program.metric(metric_key)
summary = view.summary
rows = summary[(summary.program == program.key) & (summary.metric == metric.key)]
city = rows[rows.unit == region.name].iloc[0]
units = rows[rows.unit != region.name]

cols = st.columns(5)
cols[0].metric(f"累计{metric.label}", fmt_number(city.ytd_value, metric.unit), border=True, help=metric.help)
cols[1].metric(
    metric.month_word,
    fmt_number(city.month_value, metric.unit),
    border=True,
    delta=f"环比 {fmt_yoy(city.mom, metric)}",
    delta_color="off",
)
cols[2].metric("年度目标", fmt_number(city.target, metric.unit), border=True)
cols[3].metric(
    "完成率",
    fmt_pct(city.completion),
    border=True,
    delta=None if city.completion != city.completion else f"{fmt_points(city.gap)}",
    delta_description=("较目标" if metric.is_ratio else "较序时") if city.completion == city.completion else None,
)
cols[4].metric("同比", fmt_yoy(city.yoy, metric), border=True, help=f"较{period.year - 1}年1—{period.month}月")
if note := review_note(city.ytd_pending, metric.unit):
    units_waiting = "、".join(
        f"{row.unit} {fmt_number(row.ytd_pending, metric.unit)}" for row in units.itertuples() if row.ytd_pending > 0
    )
    st.caption(f":orange[累计{metric.label}{note}]（{units_waiting}）")

left, right = st.columns(2, gap="medium")
with left:
    if metric.target:
        st.altair_chart(
            progress_chart(
                units[["unit", "completion", "ytd_value", "target", "status"]],
                period.schedule,
                title=f"各县（市、区）{metric.label}年度目标完成率",
                rate=metric.is_ratio,
            ),
            width="stretch",
        )
    else:
        table = units[["unit", "month_value", "ytd_value"]].rename(
            columns={"unit": "单位", "month_value": f"本月（{metric.unit}）", "ytd_value": f"累计（{metric.unit}）"}
        )
        st.markdown(f"**各县（市、区）{metric.label}**（该指标不设年度目标）")
        st.dataframe(table, hide_index=True, width="stretch")
with right:
    st.altair_chart(
        trend_chart(
            views.trend(program.key, metric.key, period.year),
            period.year,
            period.month,
            metric.unit,
            title=f"全市{metric.label}{metric.trend_word}",
        ),
        width="stretch",
    )
    if note := program.change_note(period.year - 1, period.year):
        st.caption(note)

sheet, formats = compute_program_sheet(summary, program, metric, region.name)
widgets.xlsx_download(
    f"导出各县（市、区）{metric.label}（Excel）",
    sheet,
    sheet=program.sheet,
    title=f"{program.full_title}各县（市、区）{metric.label}（{period.year}年1—{period.month}月累计）",
    file_name=f"{program.title}_{metric.label}_{period.key}.xlsx",
    formats=formats,
    note=source_line(period.year, period.month),
    key=f"program_{program.key}_units_xlsx",
)

columns = breakdown_columns(program)
if columns:
    for column, spot in zip(columns, st.columns(len(columns)), strict=True):
        counts = views.breakdown(program.key, column.key, period)
        if len(counts):
            spot.altair_chart(
                breakdown_chart(counts, "条", title=f"按{column.header}（{period.year}年累计）"), width="stretch"
            )

st.subheader("记录明细", anchor=False)
f1, f2, f3 = st.columns([2, 1, 1])
search = f1.text_input("搜索（企业名称、信用代码、产品、证书编号等）", key=f"program_{program.key}_search")
unit_filter = f2.selectbox(
    "上报单位",
    [None, *(u.name for u in region.units)],
    key=f"program_{program.key}_unit",
    format_func=lambda u: u or "全部",
)
month_filter = f3.selectbox(
    "月份",
    ["全年累计", *range(period.month, 0, -1)],
    key=f"program_{program.key}_month",
    format_func=lambda m: m if isinstance(m, str) else f"{m}月",
)
records = shell.read(
    load_records,
    program,
    year=period.year,
    upto_month=period.month,
    unit_name=unit_filter,
    month=None if isinstance(month_filter, str) else month_filter,
    search=search,
    limit=5000,
)
st.caption(f"共 {len(records):,} 条{'（最多显示 5,000 条）' if len(records) >= 5000 else ''}。")
st.dataframe(records, hide_index=True, width="stretch", height=420)
widgets.xlsx_download(
    "导出记录（Excel）",
    records,
    sheet=program.sheet,
    title=f"{program.full_title}记录（{period.year}年1—{period.month}月）",
    file_name=f"{program.title}记录_{period.key}.xlsx",
)
widgets.source_caption(period)
