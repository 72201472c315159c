"""数据质量: figures that look wrong for the month (spikes, sudden zeros, an enterprise reported by
two units, credit codes registered elsewhere, returns changed after the deadline)."""

import streamlit as st

from lib import ui
from lib.export import frame_to_xlsx_bytes
from lib.quality import LABELS, SPIKE_FACTOR, load_flags

registry, region = ui.prepare()
period = ui.page_header(f"{region.name}数据质量核查")
if period is None:
    st.stop()
st.caption(
    f"自动核查：某月条数超过本单位前12个月中位数的 {SPIKE_FACTOR:g} 倍、连续有数后突然为零、"
    "同一企业由多个单位上报、信用代码登记地与上报单位不符、截止后修改。提示不等于错误，请核实。"
)
flags = ui.read(load_flags, registry, region, period)
counts = flags.groupby("类型").size() if len(flags) else None
for column, label in zip(st.columns(len(LABELS)), LABELS.values(), strict=True):
    column.metric(label, f"{0 if counts is None else int(counts.get(label, 0))} 项", border=True)
if flags.empty:
    st.success("本月没有发现需要核实的数据。")
else:
    kinds = st.multiselect("类型", list(LABELS.values()), key="quality_kinds", placeholder="全部类型")
    shown = flags[flags["类型"].isin(kinds)] if kinds else flags
    st.dataframe(shown, hide_index=True, width="stretch")
    st.download_button(
        "导出核查清单（Excel）",
        data=frame_to_xlsx_bytes(shown, "数据质量核查", title=f"{period.year}年{period.month}月数据质量核查清单"),
        file_name=f"数据质量核查_{period.key}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
    )
ui.source_caption(period)
