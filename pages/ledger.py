"""历史台账导入 (admin): a city's ledgers of past years imported in one go, each unit-month a return of its own."""

import streamlit as st

from lib.auth import require_admin
from lib.ui import ledger, session, shell

registry, region = shell.prepare()
me = session.actor()
require_admin(me, "导入历史台账")
st.title("历史台账导入", anchor=False)
st.caption(
    "上传全市的工作台账（一项工作一个工作簿或一个工作表，每行有所属县（市、区）和日期），按与月报相同的方式读取和核对。"
    "核对后可预览每个单位每月将导入的条数，确认后一次导入；再次导入同一台账不会重复，更正后的台账只替换有变化的单位月份。"
)
ledger.manage(me)
