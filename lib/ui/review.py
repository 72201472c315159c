"""审核 for reviewers and admins: the queue of returns across units and programs (oldest first, with each
return's size, its unit's month before, whether it was sent again, its quality flags), 通过 for a selection,
and one return at a time: what changed since the version last reviewed (or the whole return), 通过, 退回 with
a reason and notes on rows, 重新打开, and its history. The clerk's side of a 退回 is lib.ui.entry.returned.
The queue, checks and tables are lib.review's; this module only draws them.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib import review
from lib.auth import Actor, PermissionDenied
from lib.formatting import md_escape
from lib.periods import Period
from lib.programs import Registry
from lib.ui import shell, views, widgets
from lib.vocabulary import PASSED, PENDING, RETURNED, REVIEW_ACTIONS, REVIEW_STATUSES

_NOTICE = "review_notice"
SHORT = 30  # changes listed as a plain table up to this many lines


def _done(action, *args, **kwargs) -> None:
    """Run one review action in a transaction; its message is shown after the rerun, a refusal at once."""
    try:
        st.session_state[_NOTICE] = shell.write(action, *args, **kwargs)
    except (review.ReviewRefused, PermissionDenied) as problem:
        st.error(md_escape(problem))
        return
    st.rerun()


def _months(status: str) -> list[Period | None]:
    months = [Period(y, m) for y, m in views.periods()]  # newest first
    # Passed returns pile up month after month: that list is read a month at a time.
    return months if status == PASSED else [None, *months]


def queue(me: Actor, registry: Registry) -> None:
    """The whole 审核 page below its title."""
    if notice := st.session_state.pop(_NOTICE, None):
        st.success(md_escape(notice))
    left, right = st.columns([3, 2], vertical_alignment="bottom")
    status = left.segmented_control(
        "状态",
        list(REVIEW_STATUSES),
        format_func=REVIEW_STATUSES.get,
        default=PENDING,
        key="review_status",
        required=True,
    )
    period = right.selectbox(
        "月份",
        _months(status),
        format_func=lambda p: "全部月份" if p is None else widgets.month_label(p.key),
        key=f"review_month_{status}",
    )
    items = shell.read(review.queue, period, status)
    if not items:
        st.success(f"没有{REVIEW_STATUSES[status]}的月报。")
        return
    periods = {item.period for item in items}
    counts = shell.read(review.record_counts, periods | {p.previous for p in periods})
    flags = {p.key: views.month(p).flags.to_dict("records") for p in periods}
    table = pd.DataFrame(review.queue_table(items, counts, flags))
    st.caption(
        f"共 {len(items)} 份，最早上报的在前。勾选左侧方框可批量通过；“较上月”为记录数与该单位上月相比的增减，"
        "“再次上报”为审核（退回或重新打开）后重新报来的月报。"
    )
    event = st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        on_select="rerun",
        selection_mode="multi-row",
        key=f"review_queue_{status}",
        column_config={"较上月": st.column_config.NumberColumn("较上月", format="%+d")},
    )
    chosen = [items[i] for i in event.selection.rows] if event is not None else []
    if chosen and status != PASSED and st.button(f"通过所选的 {len(chosen)} 份月报", type="primary"):
        _done(review.pass_many, me, [(i.unit, i.program, i.period, i.batch_id) for i in chosen])
    shown = st.selectbox(
        "查看一份月报",
        range(len(items)),
        index=items.index(chosen[0]) if chosen else 0,
        format_func=lambda n: f"{items[n].label}（第 {items[n].batch_id} 号上报，{REVIEW_STATUSES[items[n].status]}）",
        key=f"review_one_{status}",
    )
    one_return(me, items[shown], flags.get(items[shown].period.key, ()))


def _history(steps: list[review.HistoryEntry]) -> None:
    with st.expander(f"审核记录（{len(steps)} 步）"):
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "时间": review.beijing_time(s.at),
                        "操作人": s.username,
                        "操作": REVIEW_ACTIONS.get(s.action, s.action),
                        "状态": REVIEW_STATUSES.get(s.status, s.status),
                        "上报编号": s.batch_id,
                        "理由": s.reason,
                        "指出的行": "；".join(f"第 {r['row']} 行：{r['note']}" for r in s.rows),
                    }
                    for s in steps
                ]
            ),
            hide_index=True,
            width="stretch",
        )


def one_return(me: Actor, item: review.ReviewItem, flags) -> None:
    """One return: its content or its change since last reviewed, its flags, the actions its state allows."""
    with st.container(border=True):
        st.markdown(f"**{md_escape(item.label)}** · {REVIEW_STATUSES[item.status]}")
        steps = shell.read(review.history, item.unit, item.program, item.period)
        last = next((s for s in reversed(steps) if s.action in ("pass", "return", "reopen")), None)
        st.caption(
            f"第 {item.batch_id} 号上报，{md_escape(item.submitted_by)} "
            f"于 {review.beijing_time(item.submitted_at)} 上报"
            + (
                f"；上次审核：{md_escape(last.username)} 于 {review.beijing_time(last.at)}"
                f"{REVIEW_ACTIONS[last.action]}（第 {last.batch_id} 号上报）"
                if last is not None
                else ""
            )
        )
        for text in review.flags_of(flags, item.unit, item.program):
            st.warning(md_escape(text), icon=":material/rule:")
        if last is not None and last.reason:
            said = {"return": "退回" if item.status == RETURNED else "上次退回", "reopen": "重新打开"}
            st.info(f"{said.get(last.action, '理由')}：{md_escape(last.reason)}")
        rows = shell.read(review.return_rows, item.unit, item.program, item.period)
        whole = review.rows_table(item.program, rows, item.rows if item.status == RETURNED else ())
        changes = shell.read(review.changes_since_reviewed, item.unit, item.program, item.period)
        if item.resubmitted and changes is not None:
            st.markdown(f"**较上次审核的版本（第 {changes.since_batch} 号上报）的变化**")
            if changes.empty:
                st.info("内容与上次审核的版本相同。")
            else:
                st.caption(
                    f"新增 {len(changes.added)} 行、修改 {len(changes.changed)} 行、删除 {len(changes.removed)} 行；"
                    "其余各行与上次审核时相同。"
                )
                lines = pd.DataFrame(review.changes_table(item.program, changes))
                if len(lines) <= SHORT:  # a few lines read best as a plain table (on a phone too)
                    st.table(lines.set_index("变化"))
                else:
                    st.dataframe(lines, hide_index=True, width="stretch")
            with st.expander(f"本次月报全部内容（{len(whole)} 行）"):
                st.dataframe(pd.DataFrame(whole), hide_index=True, width="stretch")
        elif whole:
            st.markdown(f"**月报内容（{len(whole)} 行）**")
            st.dataframe(pd.DataFrame(whole), hide_index=True, width="stretch")
        else:
            st.info("本月报为零报告（本月无新增）。")
        _actions(me, item, whole)
        _history(steps)


def _actions(me: Actor, item: review.ReviewItem, whole: list[dict]) -> None:
    key = f"{item.unit}_{item.program}_{item.period.key}_{item.batch_id}"
    where = (me, item.unit, item.program, item.period)
    if item.status in (PENDING, RETURNED):
        label = "通过" if item.status == PENDING else "通过（接受单位的说明）"
        if st.button(label, type="primary", key=f"review_pass_{key}"):
            _done(review.pass_return, *where, batch=item.batch_id)
    if item.status == PENDING:
        with st.container(border=True):
            st.markdown("**退回**")
            reason = st.text_area("退回理由（必填，单位重新上报时看到）", max_chars=500, key=f"review_reason_{key}")
            rows = {line[review.ROW]: line for line in whole if line[review.ROW] is not None}
            picked = st.multiselect(
                "指出具体的行（可选）",
                list(rows),
                format_func=lambda row: f"第 {row} 行 · {rows[row].get('企业名称', '')}",
                key=f"review_rows_{key}",
                placeholder="选择有问题的行",
            )
            notes = {
                row: st.text_input(
                    f"第 {row} 行的问题（不写则用退回理由）", max_chars=200, key=f"review_note_{key}_{row}"
                )
                for row in picked
            }
            if st.button("退回", key=f"review_return_{key}"):
                _done(review.return_return, *where, reason, notes, batch=item.batch_id)
    if item.status == PASSED:
        with st.form(f"review_reopen_{key}"):
            st.markdown("**重新打开**（单位可以重新上报；通过后的修改都要经此一步）")
            reason = st.text_input("理由（必填）", max_chars=200, key=f"review_reopen_reason_{key}")
            if st.form_submit_button("重新打开"):
                _done(review.reopen, *where, reason)


def openings(me: Actor, units: list[str]) -> None:
    """For admins: open a closed month for one unit until a date (audited), and the months opened so far."""
    with st.expander("为单位开放已关闭的月份（管理员）"):
        st.caption(
            "月份在截止日后 QB_CLOSE_DAYS 天（默认 10 天）关闭，单位不能再上报、替换或撤回；被退回的月报仍可重新上报。"
            "确需修改时，可为一个单位开放到某一天，记入操作日志。审核员和管理员不受关闭限制。"
        )
        with st.form("review_open_month"):
            left, middle, right = st.columns(3)
            unit = left.selectbox("单位", units, key="review_open_unit")
            month = middle.selectbox(
                "月份", widgets.month_options(), format_func=widgets.month_label, key="review_open_month"
            )
            until = right.date_input("开放至（含当天）", key="review_open_until", format="YYYY-MM-DD")
            reason = st.text_input("理由（必填）", max_chars=200, key="review_open_reason")
            if st.form_submit_button("开放"):
                _done(review.open_month, me, unit, Period(int(month[:4]), int(month[5:])), until, reason)
        opened = shell.read(review.openings)
        if opened:
            st.dataframe(pd.DataFrame(opened), hide_index=True, width="stretch")
