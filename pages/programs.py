"""工作项目管理 (admin): the programs' definitions in versions — a draft imported, published from a month, archived."""

import streamlit as st

from lib.auth import require_admin
from lib.ui import programs, session, shell

registry, region = shell.prepare()
me = session.actor()
require_admin(me, "管理工作项目")
st.title("工作项目管理", anchor=False)
st.caption(
    "每个工作项目的定义（字段、指标、权重）分版本保存：导入的定义先存为草稿，发布后自所选月份起生效，"
    "导航栏、月报模板和各页面随之更新；归档的工作项目不再接收上报，历史数据保留。每一步都记入操作日志。"
)
programs.manage(me)
