"""审核: the city's reviewers (and admins) pass or return the units' returns before they count as reviewed."""

import streamlit as st

from lib.ui import review, session, shell

registry, region = shell.prepare()
me = session.actor()
st.title("审核", anchor=False)
st.caption(
    "各单位提交的月报先为“待审核”；审核通过后不能再由单位替换（需重新打开），退回时须写明理由，可指出具体的行，"
    "单位在“数据上报”页面首先看到退回的月报和意见，修改后重新上报，这里只显示与上次审核版本相比的变化。"
)
if not me.may_review:
    st.error("只有审核员和管理员可以审核月报。")
    st.stop()
review.queue(me, registry)
if me.is_admin:
    review.openings(me, [u.name for u in region.units])
