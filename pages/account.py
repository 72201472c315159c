"""账户: who is signed in, change password, sign out."""

import streamlit as st

from lib.auth import change_own_password
from lib.formatting import md_escape
from lib.ui import session, shell

registry, region = shell.prepare()
me = session.actor()
st.title("我的账户", anchor=False)
st.markdown(f"**{md_escape(me.label)}**")
if me.username == session.GUEST.username:
    st.caption("当前为只读访问。上报或修改数据请登录。")
    st.stop()

with st.form("account_password", border=True):
    st.markdown("**修改密码**")
    old = st.text_input("原密码", type="password", key="account_old")
    new = st.text_input("新密码（至少 8 位，含字母和数字）", type="password", key="account_new")
    again = st.text_input("再次输入新密码", type="password", key="account_again")
    if st.form_submit_button("修改密码", type="primary"):
        if new != again:
            st.error("两次输入的新密码不一致。")
        else:
            try:
                shell.write(change_own_password, me, old, new)
                session.renew_session()
                st.success("密码已修改，该账号在其他页面和设备上的登录已退出。")
            except ValueError as problem:
                st.error(md_escape(problem))

if st.button("退出登录", key="account_signout", icon=":material/logout:"):
    session.sign_out(everywhere=True)
    st.rerun()
