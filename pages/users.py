"""用户管理 (admin): accounts, roles, units; add, reset password, disable."""

import streamlit as st

from lib.auth import create_user, list_users, require_admin, set_active, set_password
from lib.formatting import md_escape
from lib.ui import session, shell
from lib.vocabulary import ROLES

registry, region = shell.prepare()
me = session.actor()
require_admin(me, "管理用户")
st.title("用户管理", anchor=False)
st.dataframe(shell.read(list_users), hide_index=True, width="stretch")

add, manage = st.columns(2, gap="medium")
with add.form("users_add", border=True, clear_on_submit=True):
    st.markdown("**添加用户**")
    username = st.text_input("用户名", max_chars=64)
    name = st.text_input("姓名", max_chars=64)
    role = st.selectbox("角色", list(ROLES), format_func=ROLES.get)
    unit = st.selectbox(
        "所属单位（县级业务人员必填）",
        [None, *(u.name for u in region.units)],
        format_func=lambda name: name or "（不属于某个县）",
    )
    password = st.text_input("初始密码（至少 8 位，含字母和数字）", type="password")
    if st.form_submit_button("添加", type="primary"):
        try:
            added = shell.write(create_user, username, role, password, unit or "", name, actor=me)
            st.success(f"已添加用户“{md_escape(added.username)}”。")
        except ValueError as problem:
            st.error(md_escape(problem))

with manage.form("users_manage", border=True):
    st.markdown("**重置密码 / 停用 / 启用**")
    target = st.text_input("用户名", key="users_target", max_chars=64)
    new_password = st.text_input("新密码（重置时填写）", type="password", key="users_new_password")
    actions = {"password": "重置密码并解锁", "disable": "停用", "enable": "启用"}
    action = st.radio("操作", list(actions), format_func=actions.get, horizontal=True, key="users_action")
    if st.form_submit_button("执行"):
        try:
            if action == "password":
                shell.write(set_password, target.strip(), new_password, actor=me)
            else:
                shell.write(set_active, target.strip(), action == "enable", actor=me)
            st.success(f"已对“{md_escape(target.strip())}”执行：{actions[action]}。")
        except ValueError as problem:
            st.error(md_escape(problem))
