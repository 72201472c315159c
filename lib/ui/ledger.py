"""历史台账导入 for admins: a city ledger uploaded, checked and planned against what is stored (kept for the session
until the file, the options or the data change), shown per program as units × months with what importing does to
each, the refused rows with their reasons, and imported in one transaction. Both run in a process of their own
(lib.ingest.ledger.run_apart: a province's ledger is not held by the serving process); the services are
lib.ingest.ledger's.
"""

from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from lib.auth import Actor, PermissionDenied
from lib.config import get_settings
from lib.formatting import md_escape
from lib.ingest.ledger import LedgerSummary, run_apart, undo_ledger
from lib.ingest.read import UnreadableFile
from lib.periods import Period
from lib.programs import get_registry
from lib.ui import shell, views, widgets
from lib.vocabulary import LEDGER_ACTIONS, LEDGER_IMPORT_STATES, LEDGER_MARKS

_HELD = "_ledger_preview"
_NOTICE = "ledger_notice"
_ROUND = "ledger_round"  # renewed after an import: the uploader starts empty
AUTO = "（自动识别）"
WHOLE = "（台账全部月份）"
REFUSED_SHOWN = 2_000  # refused rows listed on the page; the download has them all
FILE_TYPES = ["xlsx", "xlsm", "xls", "csv", "ods"]
# The preview table's cells coloured by what importing does (a new cell plain).
_FILLS = {
    LEDGER_MARKS["replace"]: "background-color: #fdf0d5",
    LEDGER_MARKS["unchanged"]: "color: #7a7a7a",
    LEDGER_MARKS["own"]: "background-color: #e8eef7",
    LEDGER_MARKS["remove"]: "background-color: #f8d7d5",
    LEDGER_MARKS["refused"]: "background-color: #f3d9ec",
}


def _fill(text: object) -> str:
    shown = str(text or "")
    return next((style for mark, style in _FILLS.items() if mark and mark in shown), "")


def manage(me: Actor) -> None:
    """The whole page below its title."""
    if notice := st.session_state.pop(_NOTICE, None):
        st.success(md_escape(notice))
    _undo(me)
    registry = get_registry()
    round_ = st.session_state.get(_ROUND, 0)
    widgets.chinese_file_uploader(get_settings().max_upload_mb)
    sent = st.file_uploader("台账文件", type=FILE_TYPES, key=f"ledger_file_{round_}")
    titles = {AUTO: None} | {p.title: p.key for p in registry}
    months = [WHOLE, *widgets.month_options((2000, 1))]
    one, two, three = st.columns(3)
    program = titles[one.selectbox("工作项目", list(titles), key="ledger_program")]
    first = two.selectbox("起始月份", months, key="ledger_from", format_func=_month_shown)
    last = three.selectbox("截止月份", months, key="ledger_to", format_func=_month_shown)
    replace_own = st.checkbox(
        "以台账替换单位已自行上报的月报",
        key="ledger_replace_own",
        help="默认保留各单位自行上报的月报，只导入台账中这些单位月份以外的内容。",
    )
    with st.expander("核对表头：台账的表头与字段对应不上时在此指定"):
        told = st.text_area(
            "每行一项，写成“表头=字段”",
            key="ledger_map",
            placeholder="登记号=统一社会信用代码\n认定时间=日期\n备注=忽略",
            help="字段可写标准表头或其别名；写“忽略”表示不读该列。",
        )
    if sent is None:
        st.stop()
    options = {
        "program_key": program,
        "first": None if first == WHOLE else Period(int(first[:4]), int(first[5:])),
        "last": None if last == WHOLE else Period(int(last[:4]), int(last[5:])),
        "replace_own": replace_own,
        "header_map": tuple(line.strip() for line in told.splitlines() if line.strip()),
    }
    data = sent.getvalue()
    try:
        checked = _preview(data, sent.name, me, options)
    except (UnreadableFile, ValueError) as problem:
        st.error(f"文件“{md_escape(sent.name)}”未能导入：{md_escape(str(problem))}")
        st.stop()
    _show(checked)
    changes = checked.changes
    if st.button(
        f"导入（{changes} 个单位月份）" if changes else "没有需要导入的内容",
        type="primary",
        disabled=not changes,
        key="ledger_commit",
        icon=":material/move_to_inbox:",
    ):
        try:
            with st.spinner("正在导入台账……"):
                done = _apart(data, sent.name, me, options, commit=True)
        except (UnreadableFile, ValueError) as problem:
            st.error(f"未导入：{md_escape(str(problem))}")
            return
        finally:
            shell.forget_version()
        st.session_state.pop(_HELD, None)
        st.session_state[_NOTICE] = done.result or "台账与已入库的数据一致，没有需要导入的内容。"
        st.session_state[_ROUND] = round_ + 1
        st.rerun()


def _undo(me: Actor) -> None:
    """Imports done so far, and undoing one (every unit-month it changed gets back what it had before)."""
    imported = views.ledgers()
    if imported.empty:
        return
    with st.expander(f"已导入的台账（{len(imported)} 次）与撤销导入"):
        st.dataframe(imported, hide_index=True, width="stretch")
        live = imported[imported["状态"] == LEDGER_IMPORT_STATES["in_force"]]
        if live.empty:
            return
        shown = live.set_index("编号")
        chosen = st.selectbox(
            "撤销哪一次导入",
            list(live["编号"]),
            format_func=lambda n: f"第 {n} 号 · {shown.loc[n, '文件名']} · {shown.loc[n, '导入时间']}",
            key="ledger_undo_pick",
        )
        reason = st.text_input("撤销理由", key="ledger_undo_reason", max_chars=200)
        if st.button("撤销导入", key="ledger_undo", icon=":material/undo:"):
            try:
                said = shell.write(undo_ledger, int(chosen), actor=me, reason=reason)
            except (ValueError, PermissionDenied) as problem:
                st.error(f"未撤销：{md_escape(str(problem))}")
                return
            st.session_state.pop(_HELD, None)
            st.session_state[_NOTICE] = said
            st.rerun()


def _month_shown(text: str) -> str:
    return text if text == WHOLE else widgets.month_label(text)


def _apart(data: bytes, file_name: str, me: Actor, options: dict, *, commit: bool) -> LedgerSummary:
    url = get_settings().database_url
    return run_apart(data, file_name, username=me.username, commit=commit, database_url=url, **options)


def _preview(data: bytes, file_name: str, me: Actor, options: dict) -> LedgerSummary:
    """The ledger checked and planned, kept while the file, the options and the data stay the same."""
    key = (hashlib.sha256(data).hexdigest(), file_name, repr(sorted(options.items())), shell.data_version())
    held = st.session_state.get(_HELD)
    if held is not None and held[0] == key:
        return held[1]
    with st.spinner("正在读取并核对台账……"):
        checked = _apart(data, file_name, me, options, commit=False)
    st.session_state[_HELD] = (key, checked)
    return checked


def _show(checked: LedgerSummary) -> None:
    registry = get_registry()
    counts = checked.programs
    span = f"{checked.first.year}年{checked.first.month}月至{checked.last.year}年{checked.last.month}月"
    st.subheader(f"核对结果：{span}", anchor=False)
    summary = pd.DataFrame(
        [
            {
                "工作项目": registry.get(key).title,
                "台账行数": entry["rows"],
                "可导入": entry["accepted"],
                "有错误": entry["rejected"],
                **{f"{label}（单位月份）": entry.get(what, 0) for what, label in LEDGER_ACTIONS.items()},
            }
            for key, entry in counts.items()
        ]
    )
    st.dataframe(summary, hide_index=True, width="stretch", key="ledger_summary")
    st.caption(
        "每个单位每月每项工作导入为一份月报（来源“台账导入”，审核状态“已通过”）。表中数字为该单位该月的条数；"
        "“替换”为与已入库内容不同、将被替换，“不变”为与已入库内容相同，“保留”为单位已自行上报、本次不导入，"
        "“删除”为此前台账导入而本台账已没有的内容。没有行的月份不视为零报告。"
    )
    tabs = st.tabs([registry.get(key).title for key in counts])
    for tab, key in zip(tabs, counts, strict=True):
        with tab:
            table = checked.table(key)
            styled = table.style.map(_fill, subset=list(table.columns[1:]))
            pinned = {"单位": st.column_config.TextColumn("单位", width="medium", pinned=True)}
            st.dataframe(styled, hide_index=True, width="stretch", column_config=pinned, key=f"ledger_table_{key}")
            title = registry.get(key).title
            widgets.xlsx_download(
                "下载核对表",
                table,
                sheet=title[:31],
                title=f"{checked.file_name} {title} 各单位各月导入条数",
                file_name=f"台账核对表_{title}.xlsx",
                key=f"ledger_table_download_{key}",
                note="数字为该单位该月导入的条数；替换：与已入库内容不同；不变：与已入库内容相同；保留：单位已自行上报；删除：此前导入而本台账已没有。",
            )
    if checked.ignored_sheets:
        st.info("未识别、未导入的工作表：" + md_escape("、".join(checked.ignored_sheets)))
    refused = checked.refused
    if refused:
        st.subheader(f"有错误、不导入的行（{len(refused)} 处）", anchor=False)
        whole = pd.DataFrame(
            [
                {"工作表": i["sheet"], "行": i["row"], "列": i["column"], "内容": i["value"], "问题": i["message"]}
                for i in refused
            ]
        )
        st.dataframe(whole.head(REFUSED_SHOWN), hide_index=True, width="stretch", key="ledger_refused")
        widgets.xlsx_download(
            "下载全部错误清单",
            whole,
            sheet="错误清单",
            title=f"{checked.file_name} 有错误的行",
            file_name="台账错误清单.xlsx",
            key="ledger_refused_download",
        )
