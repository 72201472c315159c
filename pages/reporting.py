"""上报情况: which unit has returned which program for the month (on time, late, nil, missing),
reporting and timeliness rates this year, and who to chase."""

import streamlit as st

from lib.periods import due_at
from lib.reporting import (
    SHOWN_WITH_REVIEW,
    chase_list,
    followup_list,
    load_status,
    load_year_rates,
    review_counts,
    status_table,
)
from lib.ui import shell, views, widgets
from lib.vocabulary import RETURN_FILLS, RETURN_STATUSES, REVIEW_STATUSES

registry, region = shell.prepare()
period = widgets.page_header(f"{region.name}月报上报情况")
if period is None:
    st.stop()
view = views.month(period)  # the month as every page shows it, built once per data version
due = due_at(period)
st.caption(
    f"{period.year}年{period.month}月月报截止时间：{due:%Y年%m月%d日} 24:00（北京时间）。"
    "“零报告”为上传了空表、本月确无新增；“未通过”为上传的表格全部未通过校验（如缺少必填列），仍需重新上报。"
)

cells = shell.read(load_status, registry, period)
counts = {label: sum(1 for c in cells if c.status == key) for key, label in RETURN_STATUSES.items()}
columns = st.columns(len(counts))
for column, (label, count) in zip(columns, counts.items(), strict=True):
    column.metric(label, f"{count} 项", border=True)

reviewed = review_counts(cells)
st.caption(
    "市局审核："
    + "，".join(f"{REVIEW_STATUSES[key]} {n} 项" for key, n in reviewed.items())
    + f"（表中“{SHOWN_WITH_REVIEW}”后为审核状态；被退回的月报列入下方督办名单）。"
)

COLOURS = {RETURN_STATUSES[key]: fill for key, fill in RETURN_FILLS.items()}  # the table shows labels
table = status_table(cells, registry)
st.dataframe(
    table.style.map(
        lambda value: f"background-color: {COLOURS.get(str(value).split(SHOWN_WITH_REVIEW)[0], '')}",
        subset=table.columns[1:],
    ),
    hide_index=True,
    width="stretch",
)

left, right = st.columns([2, 3], gap="medium")
with left:
    st.markdown(f"**{period.year}年1—{period.month}月上报率与及时率**")
    rates = shell.read(load_year_rates, registry, period)
    st.dataframe(
        rates,
        hide_index=True,
        width="stretch",
        column_config={
            "上报率": st.column_config.ProgressColumn("上报率", format="%.1f%%", min_value=0, max_value=100),
            "及时率": st.column_config.ProgressColumn("及时率", format="%.1f%%", min_value=0, max_value=100),
        },
    )
with right:
    st.markdown("**催报名单**")
    chase = chase_list(cells, registry, period)
    if chase.empty:
        st.success("本月各单位均已报送。")
    else:
        st.dataframe(chase[["单位", "未报工作"]], hide_index=True, width="stretch")
        st.text_area("催报提示（可复制发送）", "\n".join(chase["催报提示"]), height=160, key="reporting_text")
        widgets.xlsx_download(
            "导出催报名单（Excel）",
            chase,
            sheet="催报名单",
            title=f"{period.year}年{period.month}月月报催报名单",
            file_name=f"催报名单_{period.key}.xlsx",
        )

st.subheader("督办名单", anchor=False)
st.caption(
    "年度目标完成率低于序时进度（滞后）、有月报未报或被退回尚未重新上报的单位；督办事项可直接用于通报或督办通知。"
)
followup = followup_list(view.summary, cells, registry, region.name, period)
if followup.empty:
    st.success("本月没有需要督办的单位。")
else:
    st.dataframe(followup, hide_index=True, width="stretch")
    widgets.xlsx_download(
        "导出督办名单（Excel）",
        followup,
        sheet="督办名单",
        title=f"{period.year}年{period.month}月督办名单",
        file_name=f"督办名单_{period.key}.xlsx",
        key="reporting_followup_download",
    )
widgets.source_caption(period)
