"""数据质量: figures that look wrong for the month (spikes, sudden zeros, an enterprise reported by
two units, credit codes registered elsewhere, returns of this or an earlier month changed after the deadline)."""

import streamlit as st

from lib.auth import PermissionDenied
from lib.formatting import md_escape
from lib.quality import close_flag, explain_flag, flag_table
from lib.quality_rules import SPIKE_FACTOR
from lib.ui import session, shell, views, widgets
from lib.vocabulary import FLAG_KINDS

registry, region = shell.prepare()
me = session.actor()
period = widgets.page_header(f"{region.name}数据质量核查")
if period is None:
    st.stop()
view = views.month(period)  # the month as every page shows it, built once per data version
st.caption(
    f"自动核查：某月条数超过本单位前12个月中位数的 {SPIKE_FACTOR:g} 倍、连续有数后突然为零、"
    "同一企业由多个单位上报、信用代码登记地与上报单位不符、截止后修改；今年往月的数据在截止后被替换或撤回"
    "（改变了今年累计），在此后每个月都会提示，直到管理员核实关闭。提示不等于错误，请核实。"
)
flags = view.flags
counts = flags.groupby("kind").size() if len(flags) else None
for column, (kind, label) in zip(st.columns(len(FLAG_KINDS)), FLAG_KINDS.items(), strict=True):
    column.metric(label, f"{0 if counts is None else int(counts.get(kind, 0))} 项", border=True)
if flags.empty:
    st.success("本月没有发现需要核实的数据。")
else:
    kinds = st.multiselect(
        "类型", list(FLAG_KINDS), format_func=FLAG_KINDS.get, key="quality_kinds", placeholder="全部类型"
    )
    shown = flag_table(flags[flags["kind"].isin(kinds)] if kinds else flags)
    st.dataframe(shown, hide_index=True, width="stretch")
    widgets.xlsx_download(
        "导出核查清单（Excel）",
        shown,
        sheet="数据质量核查",
        title=f"{period.year}年{period.month}月数据质量核查清单",
        file_name=f"数据质量核查_{period.key}.xlsx",
    )

    mine = flags[[any(me.can_write(u) for u in units) for units in flags["units"]]]
    if len(mine):
        with st.container(border=True):
            st.markdown("**情况说明与关闭**（本单位业务人员填写说明，管理员核实后关闭；均记入操作日志）")
            labels = {row.key: f"{row.编号} · {row.类型} · {row.单位} · {row.状态}" for row in mine.itertuples()}
            key = st.selectbox("提示", list(labels), format_func=labels.get, key="quality_pick")
            chosen = mine.set_index("key").loc[key].to_dict() | {"key": key}
            st.caption(md_escape(chosen["说明"]))
            text = st.text_area("情况说明", value=chosen["情况说明"], key=f"quality_text_{key}", max_chars=500)
            left, right = st.columns(2)
            try:
                if left.button("保存说明", key="quality_explain"):
                    st.success(shell.write(explain_flag, chosen, period, text, me))
                if me.is_admin and right.button("核实无误，关闭", key="quality_close"):
                    st.success(shell.write(close_flag, chosen, period, me))
            except (ValueError, PermissionDenied) as problem:
                st.error(md_escape(problem))
widgets.source_caption(period)
