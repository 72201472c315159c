"""The review grid of 数据上报: each checked block with problems opens in an editable table (filter,
problems beside their row, counts per column), with find-and-replace in a column and rows left out with a
reason. Every change becomes a fix of the session's upload and only the rows it touches are checked again
(lib.ui.uploads.fixed_preview). The tables and the fixes are lib.ingest.review's.
"""

from __future__ import annotations

import streamlit as st

from lib.formatting import md_escape
from lib.ingest.fixes import Fixes
from lib.ingest.review import (
    LEAVE_OUT,
    PROBLEMS,
    REASON,
    ROW,
    SHOW,
    apply_grid_edits,
    column_words,
    grid_table,
    headers,
    problem_counts,
    replace_in_column,
    troubled_field,
)
from lib.ingest.service import SheetReport

_VERSION = "_grid_version"  # bumped after each applied change, so each editor starts from the fixed rows


def _version() -> int:
    return st.session_state.get(_VERSION, 0)


def _changed() -> None:
    st.session_state[_VERSION] = _version() + 1


def _on_edit(report: SheetReport, fixes: Fixes, key: str, table) -> None:
    edited = (st.session_state.get(key) or {}).get("edited_rows") or {}
    try:
        apply_grid_edits(report, table, {int(p): c for p, c in edited.items()}, fixes)
    except ValueError as problem:
        st.session_state["_grid_problem"] = str(problem)
    _changed()
    st.session_state["_grid_whole_page"] = True  # counts, problems and the commit line change too


def review_block(n: int, report: SheetReport, fixes: Fixes, program) -> None:
    """One block's grid, its counts and its find-and-replace."""
    errors = sum(1 for r in report.rows if not r.accepted)
    warned = sum(1 for r in report.rows if r.accepted and r.issues)
    title = f"在页面上修改：{report.label}（{report.program_title}，错误 {errors} 行、提醒 {warned} 行）"
    with st.expander(md_escape(title), expanded=errors > 0 or bool(fixes.rows_of(report.sheet))):
        if problem := st.session_state.pop("_grid_problem", None):
            st.error(md_escape(problem))
        counts = problem_counts(report)
        if len(counts):
            st.caption("各列问题数：" + "，".join(f"{r.列} {r.错误} 错 {r.提醒} 提醒" for r in counts.itertuples()))
        _grid(n, report, fixes, program, errors)


@st.fragment
def _grid(n: int, report: SheetReport, fixes: Fixes, program, errors: int) -> None:
    """The grid and its find-and-replace: choosing what it shows reruns only this part of the page; an edit
    reruns the whole page, whose counts and commit line change with it."""
    if st.session_state.pop("_grid_whole_page", False):
        st.rerun()
    with st.container():
        show = st.segmented_control(
            "显示", list(SHOW), format_func=SHOW.get, default="errors" if errors else "all", key=f"grid_show_{n}"
        )
        table = grid_table(report, fixes, show or "all")
        key = f"grid_{n}_{_version()}"
        shown = headers(report).values()
        st.data_editor(
            table,
            hide_index=True,
            width="stretch",
            key=key,
            disabled=[ROW, PROBLEMS],
            column_config={
                ROW: st.column_config.NumberColumn(ROW, width="small", format="%d"),
                PROBLEMS: st.column_config.TextColumn(PROBLEMS, width="large"),
                LEAVE_OUT: st.column_config.CheckboxColumn(LEAVE_OUT, help="写明理由即不入库；取消勾选即恢复"),
                REASON: st.column_config.TextColumn(REASON, max_chars=200),
                **{h: st.column_config.TextColumn(h) for h in shown},
            },
            on_change=_on_edit,
            args=(report, fixes, key, table),
        )
        st.caption("直接修改单元格即可，修改后该行立即按上报的规则重新检查；原文件不会被改动，修改记录随本次上报保存。")
        _find_and_replace(n, report, fixes, program)


def _find_and_replace(n: int, report: SheetReport, fixes: Fixes, program) -> None:
    fields = headers(report)
    with st.container(border=True):
        st.markdown("**查找替换**（把某列中的一种写法全部改为另一种）")
        left, middle, right = st.columns(3)
        keys = list(fields)
        first = troubled_field(report)
        key = left.selectbox(
            "列",
            keys,
            index=keys.index(first) if first in keys else 0,
            format_func=fields.get,
            key=f"grid_replace_field_{n}",
        )
        column = program.column(key)
        words = column_words(report, fixes, key)
        find = middle.selectbox("把", words, key=f"grid_replace_find_{n}_{key}") if words else None
        if column.choices:
            new = right.selectbox("改为", column.allowed_values, key=f"grid_replace_new_{n}_{key}")
        else:
            new = right.text_input("改为", key=f"grid_replace_new_{n}_{key}")
        if st.button("全部替换", key=f"grid_replace_{n}", disabled=find is None):
            count = replace_in_column(report, fixes, key, find, new)
            _changed()
            st.session_state["upload_notice"] = f"已把“{fields[key]}”列中的 {count} 处“{find}”改为“{new}”。"
            st.rerun()
