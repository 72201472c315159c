"""已确认的对应关系: the header layouts and value words a unit's clerk taught the reader, listed and
removed (the unit's staff and admins; each removal audited)."""

import pandas as pd
import streamlit as st

from lib.auth import PermissionDenied
from lib.formatting import md_escape
from lib.ingest.mappings import KIND_LABELS, delete_learned, list_mappings
from lib.periods import BEIJING
from lib.ui import session, shell

registry, region = shell.prepare()
me = session.actor()
st.title("已确认的对应关系", anchor=False)
st.caption(
    "上报时确认过的表头对应关系和填写内容的写法，本单位以后上报时自动按此读取，预览中会注明用到了哪些。"
    "对应错了可以在这里删除（记入操作日志）；删除后下次上报不再按此读取，已入库的数据不变，如需更正请重新上报该月。"
)
if notice := st.session_state.pop("mappings_notice", None):
    st.success(md_escape(notice))
unit = None
if me.is_admin:
    choice = st.selectbox("单位", ["全部单位", *(u.name for u in region.units)], key="mappings_unit")
    unit = None if choice == "全部单位" else choice
try:
    rows = shell.read(list_mappings, me, registry, unit)
except PermissionDenied as problem:
    st.error(md_escape(problem))
    st.stop()
if not rows:
    st.info("还没有确认过的对应关系。")
    st.stop()
table = pd.DataFrame(
    {
        "编号": [f"{KIND_LABELS[r['kind']]}-{r['id']}" for r in rows],
        "单位": [r["unit"] for r in rows],
        "工作项目": [r["program_title"] for r in rows],
        "字段": [r["column"] or "（表头）" for r in rows],
        "本单位的写法": [r["written"] for r in rows],
        "读作": [r["means"] for r in rows],
        "确认人": [r["confirmed_by"] for r in rows],
        "确认时间": [f"{r['confirmed_at'].astimezone(BEIJING):%Y-%m-%d %H:%M}" for r in rows],
    }
)
st.dataframe(table, hide_index=True, width="stretch", key="mappings_table")
with st.form("mappings_delete", border=True):
    labels = {
        n: f"{row.编号} · {row.单位} · {row.工作项目} · {row.本单位的写法}" for n, row in enumerate(table.itertuples())
    }
    picked = st.selectbox(
        "要删除的对应关系", list(labels), format_func=lambda n: md_escape(labels[n]), key="mappings_pick"
    )
    if st.form_submit_button("删除", type="primary"):
        chosen = rows[picked]
        try:
            st.session_state["mappings_notice"] = shell.write(delete_learned, chosen["kind"], chosen["id"], me)
        except (PermissionDenied, ValueError) as problem:
            st.error(md_escape(problem))
        else:
            st.rerun()
