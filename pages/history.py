"""上报记录: every submission with who, when, file, checksum, counts and status."""

import streamlit as st

from lib.auth import PermissionDenied
from lib.formatting import md_escape
from lib.ingest.service import rollback_batch
from lib.ui import session, shell, views
from lib.vocabulary import BATCH_SOURCES, BATCH_STATUSES

registry, region = shell.prepare()
me = session.actor()
st.title("上报记录", anchor=False)
st.caption(
    "每次上报都记录上报人、时间、文件名、大小和 SHA-256 校验值；重新上报同一月份时，旧的上报保留为历史，不重复计数。"
)

unit = st.selectbox(
    "上报单位", [None, *(u.name for u in region.units)], key="history_unit", format_func=lambda u: u or "全部单位"
)
imported = views.ledgers()
if len(imported):
    with st.expander(f"历史台账导入（{len(imported)} 次）"):
        st.caption(
            "导入台账时，每个单位每月每项工作都成为一份来源为“台账导入”的上报（审核状态为已通过），"
            "数量较多，不在下表逐条列出；“上报情况”中这些月份显示为“台账导入”。"
        )
        st.dataframe(imported, hide_index=True, width="stretch", key="history_ledgers")

table = views.batches(unit)
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

    fixed = views.fixes(unit)
    if len(fixed):
        with st.expander(f"提交前在页面上的修改（{len(fixed)} 处）"):
            st.caption("上报时在“数据上报”页面上修改的单元格、查找替换和不纳入的行；原文件保持上传时的样子。")
            st.dataframe(fixed, hide_index=True, width="stretch")

    mine = table[
        (table["状态"] == BATCH_STATUSES["committed"])
        & table["上报单位"].map(me.can_write)
        & (table["方式"] != BATCH_SOURCES["demo"])
    ]
    if len(mine):
        with st.expander("撤回上报（本单位业务人员或管理员）"):
            st.caption("撤回后，该次上报不再计数，它所替换的上一次上报恢复有效；撤回记入操作日志。")
            batch_id = st.selectbox(
                "上报编号",
                list(mine["编号"]),
                format_func=lambda b: (
                    f"{b} · {mine.set_index('编号').loc[b, '上报单位']} · {mine.set_index('编号').loc[b, '文件名']}"
                ),
                key="history_batch",
            )
            reason = st.text_input("撤回理由", key="history_reason", max_chars=200)
            if st.button("撤回", type="primary", key="history_rollback"):
                try:
                    st.success(shell.write(rollback_batch, int(batch_id), actor=me, reason=reason))
                except (ValueError, PermissionDenied) as problem:
                    st.error(md_escape(problem))
