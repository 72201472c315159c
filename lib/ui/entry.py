"""在线填报 on 数据上报: each program's rows typed in a grid with the template's columns and drop-downs,
every row checked as it is typed (the same checks as an upload), 本月无新增 in one click per program or
for all, and the return committed as a batch like an uploaded one. A return 退回 by the city opens first,
with the reviewer's reason and notes beside its rows, in the same grid filled with its rows, and is
resubmitted from there. The rows and checks are lib.ingest.entry's; this module only draws them.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib import review
from lib.auth import Actor, PermissionDenied
from lib.column_types import column_type
from lib.config import get_settings
from lib.db import session_scope
from lib.formatting import md_escape
from lib.ingest.entry import MAX_ENTRY_ROWS, entry_columns, prefilled, preview_entry
from lib.ingest.service import Preview, commit_upload
from lib.periods import Period
from lib.programs import Program, Registry
from lib.region import load_region
from lib.ui.shell import forget_version, read

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


def _empty(program: Program, rows: list[dict] | None = None) -> pd.DataFrame:
    """The grid's table: empty, or filled with rows (field key -> value) typed as the columns are."""
    frame = {}
    for column in entry_columns(program):
        kind = column_type(column.type).entry
        dtype = {"date": "datetime64[ns]", "number": "float64", "bool": "boolean"}.get(kind, "object")
        values = [row.get(column.key) for row in rows or ()]
        frame[column.key] = pd.Series(pd.to_datetime(values) if kind == "date" else values, dtype=dtype)
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


_FIX = "entry_fix"  # the returned return being fixed on the page: (unit, program, YYYY-MM)


def returned(registry: Registry, me: Actor) -> bool:
    """On 数据上报, before anything else: the returns 退回 to the user's units, each with the reviewer's reason
    and the rows pointed at, and a button that opens it here to fix and resubmit. True while one is open
    (the rest of the page waits for it)."""
    if notice := st.session_state.pop("fix_notice", None):
        st.success(md_escape(notice))
    items = read(review.returned_to, me)
    fixing = st.session_state.get(_FIX)
    open_item = next((i for i in items if (i.unit, i.program, i.period.key) == fixing), None)
    if open_item is not None:
        _fix(registry, me, open_item)
        return True
    if not items:
        return False
    with st.container(border=True):
        st.markdown(f"**:red[被市局退回的月报（{len(items)} 份）]**：请按审核意见修改后重新上报。")
        for item in items:
            st.markdown(f"**{md_escape(item.label)}**（第 {item.batch_id} 号上报）")
            st.caption(f"{md_escape(item.updated_by)} 于 {review.beijing_time(item.updated_at)} 退回")
            st.error(f"退回理由：{md_escape(item.reason)}")
            if item.rows:
                st.table(pd.DataFrame([{"行": r["row"], "审核意见": r["note"]} for r in item.rows]).set_index("行"))
            key = (item.unit, item.program, item.period.key)
            st.button(
                "在页面上修改并重新上报",
                key=f"fix_open_{'_'.join(key)}",
                on_click=lambda key=key: st.session_state.update({_FIX: key}),
                icon=":material/edit:",
            )
    return False


def _fix(registry: Registry, me: Actor, item: review.ReviewItem) -> None:
    """One returned return in the entry grid, filled with its rows, the reviewer's notes beside them."""
    program = registry.get(item.program)
    period = item.period
    rows = read(review.return_rows, item.unit, item.program, item.period)
    notes = {r["row"]: r["note"] for r in item.rows}
    with st.container(border=True):
        st.markdown(f"**修改并重新上报：{md_escape(item.label)}**")
        st.error(f"退回理由：{md_escape(item.reason)}")
        st.button("返回", key="fix_close", on_click=lambda: st.session_state.pop(_FIX, None))
        if len(rows) > MAX_ENTRY_ROWS:
            st.warning(
                f"该月报有 {len(rows)} 行，超过页面修改的 {MAX_ENTRY_ROWS} 行，请按审核意见修改原文件后在下方重新上传。"
            )
            return
        st.caption(
            "下表是退回的月报，“原行号”“审核意见”两列为审核员所指出的行和意见（只读）；直接在表中修改、增加或删除行，"
            "每改一处立即检查，检查通过后点“重新上报”。本项工作以修改后的内容替换退回的月报，重新进入待审核。"
        )
        frame = _empty(program, prefilled(program, [values for _, values in rows]))
        frame.insert(0, "审核意见", [notes.get(row, "") for row, _ in rows])
        frame.insert(0, "原行号", pd.array([row for row, _ in rows], dtype="Int64"))
        config = {c.key: _column_config(c) for c in entry_columns(program)}
        table = st.data_editor(
            frame,
            num_rows="dynamic",
            hide_index=True,
            width="stretch",
            column_config=config,
            disabled=["原行号", "审核意见"],
            key=f"fix_{item.unit}_{item.program}_{period.key}_{item.batch_id}",
        )
        typed = table.drop(columns=["原行号", "审核意见"]).to_dict("records")
        entries = {program.key: [r for r in typed if any(not pd.isna(v) and v != "" for v in r.values())]}
        try:
            preview = _check(entries, item.unit, period, registry)
        except ValueError as problem:
            st.error(md_escape(problem))
            return
        problems = _problems(preview, program)
        if problems.empty:
            st.success(f"{len(entries[program.key])} 行，没有发现问题。")
        else:
            st.warning("请按下表修改（“行”为表中第几行）。")
            st.dataframe(problems, hide_index=True, width="stretch")
        if st.button("重新上报", type="primary", key="fix_commit"):
            try:
                message = _commit(entries, item.unit, period, registry, me)
            except (PermissionDenied, ValueError) as problem:
                st.error(md_escape(problem))
                return
            st.session_state.pop(_FIX, None)
            st.session_state["fix_notice"] = f"{message} 已重新进入待审核。"
            st.rerun()
