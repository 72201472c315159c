"""企业档案: one enterprise, by 统一社会信用代码, across every program."""

import streamlit as st

from lib.county import find_enterprises, load_enterprise
from lib.formatting import md_escape
from lib.ui import shell

registry, region = shell.prepare()
st.title("企业档案", anchor=False)
st.caption(
    "输入企业名称中的字或统一社会信用代码，查看该企业在对标达标、品字标、召回、绿色产品认证、三同等各项工作中的全部记录。"
)

if "uscc" in st.query_params and "enterprise_search" not in st.session_state:
    st.session_state["enterprise_search"] = st.query_params["uscc"]
text = st.text_input("企业名称或统一社会信用代码", key="enterprise_search", max_chars=60)
matches = shell.read(find_enterprises, text)
if not text.strip():
    st.stop()
if matches.empty:
    st.info(f"没有找到与“{md_escape(text.strip())}”相符的企业。")
    st.stop()
labels = {row.统一社会信用代码: f"{row.企业名称}（{row.统一社会信用代码}）" for row in matches.itertuples()}
uscc = st.selectbox("选择企业", list(labels), format_func=labels.get, key="enterprise_pick")
profile = shell.read(load_enterprise, registry, uscc)
if profile is None:
    st.stop()
st.query_params["uscc"] = profile.uscc
st.subheader(md_escape(profile.name), anchor=False)
a, b, c = st.columns(3)
a.metric("统一社会信用代码", profile.uscc, border=True)
b.metric("所属单位", profile.unit or "—", border=True)
c.metric("记录数", f"{len(profile.records)} 条", border=True)
st.dataframe(profile.records, hide_index=True, width="stretch")
