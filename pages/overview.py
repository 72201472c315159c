"""总览: KPI card per program, the county progress map with every unit's figure in a table beside it, 先进/后进, the
monthly trend, each unit's completion."""

import streamlit as st

from lib.month_view import COMPOSITE
from lib.ui import shell, views, widgets
from lib.vocabulary import PROGRESS, progress

TABLE_ROW = 35  # pixels a row of st.table takes at most

registry, region = shell.prepare()
period = widgets.page_header(f"{region.name}质量提升工作总览")
if period is None:
    st.stop()
view = views.month(period)  # the month as every page shows it, built once per data version
cards = view.cards
for column, card in zip(widgets.card_columns(len(cards)), cards, strict=True):
    with column.container(border=True):
        st.metric(
            card.title,
            card.value,
            delta=card.gap_text,
            delta_description=card.gap_label if card.gap_text else None,
            help=card.help,
            chart_data=views.monthly_series(card.program, card.metric, period),
            chart_type="bar",
        )
        if card.completion is not None:
            st.progress(min(card.completion, 1.0), text=f"{card.target_text} · {card.completion_text}")
        else:
            st.caption(card.target_text)
        if card.status:
            shown = progress(card.status)
            st.badge(shown.label, color=shown.badge)
        st.caption(f"{card.month_text} · {card.yoy_text}")
        if card.review_text:
            st.caption(f":orange[{card.review_text}]")

choices = [COMPOSITE, *registry.keys]
labels = {COMPOSITE: "综合得分", **{p.key: p.title for p in registry}}
title_column, choice_column = st.columns([2, 3], vertical_alignment="bottom")
choice = (
    choice_column.segmented_control(
        "地图显示", choices, format_func=labels.get, default=COMPOSITE, key="overview_map_metric"
    )
    or COMPOSITE
)
title_column.subheader(f"各县（市、区）{labels[choice]}完成情况", anchor=False)
st.caption(
    f"{period.year}年1—{period.month}月累计，对照序时进度 {period.schedule * 100:.1f}%。"
    "点击地图上的单位，查看其“一县一业一策”页面。"
)
# The map fills a frame sized to the region on this reader's page (measured by the browser), the table of
# every unit beside it (under it on a phone): a unit too small for its label is read there or on hover.
frame = views.map_frame(widgets.page_width("overview_width"))
map_column, table_column = st.columns([frame.width, frame.table], gap="small") if frame.table else [st.container()] * 2
with map_column:
    event = st.pydeck_chart(
        views.progress_map(period, choice, frame),
        height=frame.height,
        on_select="rerun",
        selection_mode="single-object",
        key=widgets.map_key("overview_map"),
    )
    legend = st.container(horizontal=True)
    for shown in PROGRESS.values():
        legend.badge(shown.label, color=shown.badge)
with table_column:
    units = views.map_table(period, choice)
    # A plain table, as tall as the map and scrolled within it: read on a phone as on a desk.
    with st.container(height=min(frame.height, TABLE_ROW * (len(units) + 1) + 8), border=False):
        st.table(units)
picked = widgets.picked_unit(event)
if picked:
    widgets.open_county(picked)

board_column, trend_column = st.columns([2, 3], gap="medium")
with board_column:
    leaders, laggards = view.leaders, view.laggards
    score_format = {"综合得分": st.column_config.NumberColumn("综合得分", format="%.1f")}
    st.markdown("**先进单位**（综合得分前三）")
    st.dataframe(leaders, hide_index=True, width="stretch", column_config=score_format)
    st.markdown("**后进单位**（综合得分后三）")
    st.dataframe(laggards, hide_index=True, width="stretch", column_config=score_format)
with trend_column:
    trend_program = registry.get(choice if choice != COMPOSITE else registry.keys[0])
    st.vega_lite_chart(views.trend_spec(trend_program.key, trend_program.primary_metric, period), width="stretch")

st.subheader("各县（市、区）累计完成情况", anchor=False)
table = view.unit_table
column_config = {"单位": st.column_config.TextColumn("单位", width="medium", pinned=True)}
column_config |= {
    name: st.column_config.ProgressColumn(name, format="%.1f%%", min_value=0, max_value=100)
    for name in table.columns
    if name.endswith("完成率")
}
st.dataframe(table, hide_index=True, column_config=column_config, width="stretch")
widgets.source_caption(period)
