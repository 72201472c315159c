"""操作日志 (admin): who did what and when, filterable and exportable."""

import streamlit as st

from lib.auth import require_admin
from lib.records import load_audit
from lib.ui import session, shell, widgets
from lib.vocabulary import ACTIONS

registry, region = shell.prepare()
me = session.actor()
require_admin(me, "查看操作日志")
st.title("操作日志", anchor=False)
left, right = st.columns(2)
who = left.text_input("用户", key="audit_user")
action = right.selectbox("操作", ["", *ACTIONS], format_func=lambda a: ACTIONS.get(a, "全部"), key="audit_action")
log = shell.read(load_audit, username=who, action=action)
st.caption(f"共 {len(log):,} 条（最多显示最近 2,000 条）。")
st.dataframe(log, hide_index=True, width="stretch", height=520)
widgets.xlsx_download(
    "导出（Excel）", log, sheet="操作日志", title="质量提升进度看板操作日志", file_name="操作日志.xlsx"
)
