"""上报记录: every submission with who, when, file, checksum, counts and status."""

import streamlit as st

from lib import ui

registry, region = ui.prepare()
st.title("上报记录", anchor=False)
st.caption(
    "每次上报都记录上报人、时间、文件名、大小和 SHA-256 校验值；重新上报同一月份时，旧的上报保留为历史，不重复计数。"
)

unit = st.selectbox("上报单位", ["全部单位", *(u.name for u in region.units)], key="history_unit")
table = ui.batches(None if unit == "全部单位" else unit)
if table.empty:
    st.info("还没有上报记录。")
else:
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config={"SHA-256": st.column_config.TextColumn("SHA-256", width="small")},
    )
    st.caption(f"共 {len(table)} 条（最多显示最近 500 条）。")
