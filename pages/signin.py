"""登录: local accounts (argon2), locked for a while after 5 wrong passwords."""

import streamlit as st

from lib.config import get_settings
from lib.demo import DEMO_PASSWORD
from lib.formatting import md_escape
from lib.ui import session, shell

shell.prepare()
left, middle, right = st.columns([1, 1.2, 1])
with middle:
    st.title(shell.APP_TITLE, anchor=False)
    st.caption("请使用本单位分配的账号登录。连续 5 次输错密码，账号将暂时锁定。")
    if st.session_state.get(session.NOTICE_KEY):
        st.info(md_escape(st.session_state[session.NOTICE_KEY]))
    with st.form("signin_form", border=True):
        username = st.text_input("用户名", key="signin_username", max_chars=64)
        password = st.text_input("密码", type="password", key="signin_password", max_chars=128)
        submitted = st.form_submit_button("登录", type="primary", width="stretch")
    if submitted:
        problem = session.sign_in(username, password)
        if problem:
            st.error(md_escape(problem))
        else:
            st.rerun()
    if session.oidc_configured():
        st.button("使用统一身份认证登录", on_click=st.login, width="stretch", key="signin_oidc")
    if get_settings().demo_mode:
        st.caption(
            f"演示账号：admin（管理员）、leader（领导）、reviewer（审核员）、staff_330402（南湖区业务人员）、"
            f"staff_330411（秀洲区业务人员），密码均为 {DEMO_PASSWORD}。"
        )
