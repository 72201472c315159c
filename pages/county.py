"""一县一业一策: a unit's featured industry, policy measures, projects and milestones (editable),
its figures across programs with rank and 序时进度 status, and its enterprises."""

import streamlit as st

from lib.auth import PermissionDenied
from lib.county import (
    PROJECT_STATUSES,
    PlanEditError,
    load_plan,
    load_plan_years,
    load_unit_enterprises,
    plan_progress,
    save_plan,
)
from lib.formatting import fmt_number, fmt_pct, md_escape
from lib.month_view import compute_unit_figures
from lib.ui import session, shell, views, widgets

registry, region = shell.prepare()
me = session.actor()
period = widgets.page_header("一县一业一策")
if period is None:
    st.stop()
view = views.month(period)  # the month as every page shows it, built once per data version

names = [u.name for u in region.units]
if st.session_state.get(widgets.COUNTY_KEY) not in names:
    st.session_state[widgets.COUNTY_KEY] = names[0]
unit_name = st.segmented_control("单位", names, key=widgets.COUNTY_KEY, label_visibility="collapsed") or names[0]
unit = region.unit(unit_name)

board = view.board
mine = board[board.unit == unit_name].iloc[0]
left, right = st.columns([3, 2], gap="medium")
with left:
    st.subheader(f"{unit_name} · {unit.industry or '特色产业'}", anchor=False)
with right:
    rank = "—" if mine["rank"] is None or str(mine["rank"]) == "<NA>" else f"第 {int(mine['rank'])} 名"
    score = "—" if mine.score != mine.score else f"{mine.score:.1f}"
    one, two = st.columns(2)
    one.metric("综合得分", score, border=True)
    two.metric("全市排名", rank, border=True)

st.markdown(f"**{period.year}年1—{period.month}月各项工作完成情况**（序时进度 {period.schedule * 100:.1f}%）")
st.dataframe(compute_unit_figures(view.summary, board, registry, unit_name), hide_index=True, width="stretch")


def edit_plan(plan) -> None:
    """Editors for measures, projects and milestones; saved in one transaction with an audit entry."""
    st.caption("直接在表格中修改、增加或删除行；保存前会逐项检查，所有修改记入操作日志。")
    measures = st.text_area("政策措施（每行一条）", "\n".join(plan.measures), key=f"county_measures_{plan.plan_id}")
    projects = st.data_editor(
        plan.projects.drop(columns=["编号"]),
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        key=f"county_projects_{plan.plan_id}",
        column_config={
            "项目名称": st.column_config.TextColumn(required=True, max_chars=200),
            "进度（%）": st.column_config.NumberColumn(min_value=0, max_value=100, step=5, required=True),
            "状态": st.column_config.SelectboxColumn(options=list(PROJECT_STATUSES), required=True),
            "开始日期": st.column_config.DateColumn(format="YYYY-MM-DD"),
            "完成期限": st.column_config.DateColumn(format="YYYY-MM-DD"),
        },
    )
    milestones = st.data_editor(
        plan.milestones.drop(columns=["编号"]),
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        key=f"county_milestones_{plan.plan_id}",
        column_config={
            "所属项目": st.column_config.SelectboxColumn(options=list(projects["项目名称"].dropna()), required=True),
            "计划完成": st.column_config.DateColumn(format="YYYY-MM-DD"),
            "实际完成": st.column_config.DateColumn(format="YYYY-MM-DD"),
        },
    )
    if st.button("保存修改", type="primary", key="county_save"):
        try:
            message = shell.write(
                save_plan,
                plan.plan_id,
                measures=measures.splitlines(),
                projects=projects.assign(编号=None)[plan.projects.columns],
                milestones=milestones.assign(编号=None)[plan.milestones.columns],
                actor=me,
            )
            st.success(message)
        except (PlanEditError, PermissionDenied) as problem:
            st.error(
                "未保存，请修改以下问题：\n\n" + "\n".join(f"- {md_escape(line)}" for line in str(problem).splitlines())
            )


years = shell.read(load_plan_years, unit_name)
plan_year = period.year if period.year in years else (years[-1] if years else None)
plan = shell.read(load_plan, unit_name, plan_year) if plan_year else None
if plan is None:
    st.info(f"{unit_name}还没有“一县一业一策”方案。")
else:
    st.subheader(md_escape(plan.title), anchor=False)
    if plan.goal:
        st.caption(f"目标：{md_escape(plan.goal)}")
    average, done, total = plan_progress(plan.projects, plan.milestones)
    a, b, c = st.columns(3)
    a.metric("攻坚项目", f"{len(plan.projects)} 个", border=True)
    b.metric("平均进度", fmt_pct(average), border=True)
    c.metric("已完成节点", f"{done} / {total}", border=True)
    st.markdown("**政策措施**")
    for n, measure in enumerate(plan.measures, start=1):
        st.markdown(f"{n}\\. {md_escape(measure)}")
    st.markdown("**攻坚项目**")
    st.dataframe(
        plan.projects.drop(columns=["编号"]),
        hide_index=True,
        width="stretch",
        column_config={"进度（%）": st.column_config.ProgressColumn("进度", format="%d%%", min_value=0, max_value=100)},
    )
    st.markdown("**项目节点**")
    st.dataframe(plan.milestones.drop(columns=["编号"]), hide_index=True, width="stretch")
    st.caption(
        f"最近修改：{md_escape(plan.updated_by or '—')} {plan.updated_at:%Y-%m-%d %H:%M}" if plan.updated_at else ""
    )

    if me.can_write(unit_name):
        with st.expander("编辑方案", icon=":material/edit:"):
            edit_plan(plan)
    else:
        st.caption("本单位业务人员和管理员可以修改方案。")

st.subheader(f"{unit_name}{period.year}年上报企业", anchor=False)
firms = shell.read(load_unit_enterprises, registry, unit_name, period.year, period.month)
st.caption(f"共 {fmt_number(len(firms))} 家。在“企业档案”页面可按统一社会信用代码查看一家企业在各项工作中的全部记录。")
st.dataframe(firms, hide_index=True, width="stretch", height=320)
widgets.source_caption(period)
