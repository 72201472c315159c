"""总览: city-wide KPI card per program and each unit's completion, for the selected month."""

import streamlit as st

from lib import ui
from lib.overview import compute_kpi_cards, compute_unit_table

registry, region = ui.prepare()
period = ui.page_header(f"{region.name}质量提升工作总览")
if period is None:
    st.stop()
summary = ui.summary(period)

STATUS_COLORS = {"超序时": "green", "序时": "orange", "滞后": "red"}
cards = compute_kpi_cards(summary, registry, region.name)
for column, card in zip(st.columns(len(cards)), cards, strict=True):
    with column.container(border=True):
        st.metric(
            card.title,
            card.value,
            delta=card.gap_text,
            delta_description="较序时" if card.gap_text else None,
            help=card.help,
            chart_data=ui.monthly_series(card.program, card.metric, period),
            chart_type="bar",
        )
        if card.completion is not None:
            st.progress(min(card.completion, 1.0), text=f"{card.target_text} · {card.completion_text}")
        else:
            st.caption(card.target_text)
        if card.status:
            st.badge(card.status, color=STATUS_COLORS[card.status])
        st.caption(card.month_text)

st.subheader("各县（市、区）累计完成情况", anchor=False)
table = compute_unit_table(summary, registry, region.name)
column_config = {"单位": st.column_config.TextColumn("单位", width="medium", pinned=True)}
column_config |= {
    name: st.column_config.ProgressColumn(name, format="%.1f%%", min_value=0, max_value=100)
    for name in table.columns
    if name.endswith("完成率")
}
st.dataframe(table, hide_index=True, column_config=column_config, width="stretch")
ui.source_caption(period)
