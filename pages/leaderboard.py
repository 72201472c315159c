"""排行榜: composite score, rank and its change, per-program completion and ranks, 先进/后进."""

import streamlit as st

from lib.formatting import source_line
from lib.month_view import compute_leaderboard_sheet, compute_leaderboard_table
from lib.ui import shell, views, widgets

registry, region = shell.prepare()
period = widgets.page_header(f"{region.name}质量提升工作排行榜")
if period is None:
    st.stop()
view = views.month(period)  # the month as every page shows it, built once per data version

board = view.board
weights = "、".join(f"{p.title}{p.weight * 100:.0f}%" for p in registry)
st.caption(
    f"综合得分 = 各项工作年度目标完成率的加权平均 × 100（权重：{weights}）；单项完成率最多按"
    f" {registry.completion_cap * 100:.0f}% 计入，避免一项工作拉高总分。得分相同名次并列。"
    f"序时进度 {period.schedule * 100:.1f}%。"
)

leaders, laggards = view.leaders, view.laggards
left, right = st.columns(2)
score_format = {"综合得分": st.column_config.NumberColumn("综合得分", format="%.1f")}
with left.container(border=True):
    st.markdown("**先进单位**")
    st.dataframe(leaders, hide_index=True, width="stretch", column_config=score_format)
with right.container(border=True):
    st.markdown("**后进单位**")
    st.dataframe(laggards, hide_index=True, width="stretch", column_config=score_format)

flagged = view.flagged
table = compute_leaderboard_table(board, registry, flagged, view.waiting)
config = {
    "单位": st.column_config.TextColumn("单位", width="medium", pinned=True),
    "名次": st.column_config.NumberColumn("名次", format="%d", pinned=True),
    "综合得分": st.column_config.ProgressColumn(
        "综合得分", format="%.1f", min_value=0, max_value=registry.completion_cap * 100
    ),
}
config |= {
    name: st.column_config.ProgressColumn(name, format="%.1f%%", min_value=0, max_value=100)
    for name in table.columns
    if name.endswith("完成率")
}
config |= {name: st.column_config.NumberColumn(name, format="%d") for name in table.columns if name.endswith("排名")}
st.dataframe(table, hide_index=True, width="stretch", column_config=config, height=38 * (len(table) + 1) + 2)
st.caption(
    "点击表头可排序。“⚠ 待核实”表示该单位本月有未关闭的数据质量提示（见“数据质量”页面）；"
    "“待审核”列出该单位数据中尚待市局审核的工作。"
)
sheet, formats = compute_leaderboard_sheet(board, registry, flagged, view.waiting)
widgets.xlsx_download(
    "导出排行榜（Excel）",
    sheet,
    sheet="排行榜",
    title=f"{region.name}质量提升工作排行榜（{period.year}年1—{period.month}月累计）",
    file_name=f"排行榜_{period.key}.xlsx",
    formats=formats,
    note=source_line(period.year, period.month),
)
widgets.source_caption(period)
