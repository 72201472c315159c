"""在线填报 on 数据上报: each program's rows typed in a grid with the template's columns and drop-downs,
every row checked as it is typed (the same checks as an upload), 本月无新增 in one click per program or
for all, and the return committed as a batch like an uploaded one. The rows and checks are
lib.ingest.entry's; this module only draws them.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib.auth import Actor, PermissionDenied
from lib.column_types import column_type
from lib.config import get_settings
from lib.db import session_scope
from lib.formatting import md_escape
from lib.ingest.entry import entry_columns, preview_entry
from lib.ingest.service import Preview, commit_upload
from lib.periods import Period
from lib.programs import Program, Registry
from lib.region import load_region
from lib.ui.shell import forget_version

_ROUND = "_entry_round"  # bumped after a commit, so every grid starts empty again


def _column_config(column) -> object:
    label = column.header + ("（必填）" if column.required else "")
    kind = column_type(column.type).entry
    if kind == "choice":
        return st.column_config.SelectboxColumn(label, options=list(column.allowed_values), help=column.help)
    if kind == "date":
        return st.column_config.DateColumn(label, format="YYYY-MM-DD", help=column.help)
    if kind == "number":
        return st.column_config.NumberColumn(label, min_value=0, help=column.help)
    if kind == "bool":
        return st.column_config.CheckboxColumn(label, help=column.help)
    return st.column_config.TextColumn(label, max_chars=500, help=column.help)


def _empty(program: Program) -> pd.DataFrame:
    frame = {}
    for column in entry_columns(program):
        kind = column_type(column.type).entry
        dtype = {"date": "datetime64[ns]", "number": "float64", "bool": "boolean"}.get(kind, "object")
        frame[column.key] = pd.Series(dtype=dtype)
    return pd.DataFrame(frame)


def _preview(session, entries: dict, unit_name: str, period: Period, registry: Registry) -> Preview:
    return preview_entry(
        session,
        entries,
        unit_name=unit_name,
        period=period,
        registry=registry,
        region=load_region(get_settings().region_code),
    )


def _check(entries: dict, unit_name: str, period: Period, registry: Registry) -> Preview | None:
    if not entries:
        return None
    with session_scope() as session:
        return _preview(session, entries, unit_name, period, registry)


def _commit(entries: dict, unit_name: str, period: Period, registry: Registry, me: Actor) -> str:
    try:
        with session_scope() as session:
            preview = _preview(session, entries, unit_name, period, registry)
            result = commit_upload(session, preview, registry=registry, actor=me, source="online")
    finally:
        forget_version()
    st.session_state[_ROUND] = st.session_state.get(_ROUND, 0) + 1
    return result.message


def _problems(preview: Preview, program: Program) -> pd.DataFrame:
    rows = [
        {"行": row.excel_row - 1, "级别": "错误" if not row.accepted else "提醒", "问题": f"{i.column}：{i.message}"}
        for report in preview.sheets
        if report.program == program.key
        for row in report.rows
        for i in row.issues
    ]
    return pd.DataFrame(rows, columns=["行", "级别", "问题"])


def online_entry(registry: Registry, unit_name: str, period: Period, me: Actor, month_label: str) -> None:
    """The whole 在线填报 panel for one unit and month."""
    st.caption(
        "本月新增不多时可直接在下表中填写，不必下载模板：每项工作一张表，表头和下拉选项与模板一致，每填一行立即检查。"
        "某项工作本月没有新增时，点“本项本月无新增”即完成零报告。提交后与上传文件一样记录上报人、时间，并替换此前的上报。"
    )
    if notice := st.session_state.pop("entry_notice", None):
        st.success(md_escape(notice))
    round_ = st.session_state.get(_ROUND, 0)
    if st.button(f"全部工作{month_label}无新增（零报告）", key=f"entry_nil_all_{round_}"):
        _done(lambda: _commit({p.key: [] for p in registry}, unit_name, period, registry, me))
    entries: dict[str, list[dict]] = {}
    for program in registry:
        name = program.title if program.full_title == program.title else f"{program.title}（{program.full_title}）"
        with st.expander(md_escape(name), expanded=False):
            config = {c.key: _column_config(c) for c in entry_columns(program)}
            table = st.data_editor(
                _empty(program),
                num_rows="dynamic",
                hide_index=True,
                width="stretch",
                column_config=config,
                placeholder="",
                key=f"entry_{program.key}_{unit_name}_{period.key}_{round_}",
            )
            rows = [r for r in table.to_dict("records") if any(not pd.isna(v) and v != "" for v in r.values())]
            if rows:
                entries[program.key] = rows
            if st.button("本项本月无新增", key=f"entry_nil_{program.key}_{round_}", disabled=bool(rows)):
                _done(lambda program=program: _commit({program.key: []}, unit_name, period, registry, me))
    try:
        preview = _check(entries, unit_name, period, registry)
    except ValueError as problem:
        st.error(md_escape(problem))
        return
    if preview is None:
        st.info("在上面的表中填写后，这里显示检查结果。")
        return
    accepted = sum(0 if s.blocked else s.accepted for s in preview.sheets)
    for program in registry:
        if program.key in entries:
            problems = _problems(preview, program)
            title = f"{program.title}：{len(entries[program.key])} 行"
            if problems.empty:
                st.success(f"{title}，没有发现问题。")
            else:
                st.warning(f"{title}，请按下表修改（“行”为表中第几行）。")
                st.dataframe(problems, hide_index=True, width="stretch")
    st.caption(f"将以“{unit_name} {month_label}”入库 {accepted} 条记录，替换该单位该月此前上报的同一工作。")
    if st.button("提交在线填报", type="primary", key=f"entry_commit_{round_}"):
        _done(lambda: _commit(entries, unit_name, period, registry, me))


def _done(commit) -> None:
    try:
        st.session_state["entry_notice"] = commit()
    except (PermissionDenied, ValueError) as problem:
        st.error(md_escape(problem))
        return
    st.rerun()
