"""数据上报: download the template, upload a return, see every problem, fix it on the page, commit; or
enter a few rows (or a nil return) on the page."""

from functools import partial

import streamlit as st

from lib import review
from lib.auth import PermissionDenied
from lib.config import get_settings
from lib.formatting import md_escape
from lib.ingest.annotate import annotated_file_name
from lib.ingest.read import UnreadableFile
from lib.ingest.report import (
    NOT_IN_SHEET,
    chosen_columns,
    current_choices,
    header_choices,
    issue_table,
    mapping_table,
    sheet_summary,
    unknown_values,
)
from lib.ingest.review import fixable, mapping_offers
from lib.ingest.template import build_template, template_file_name
from lib.periods import parse_period
from lib.ui import entry, grid, session, shell, uploads, widgets

XLSX = widgets.XLSX_MIME
WAYS = {"file": "上传文件", "online": "在线填报（不用 Excel）"}

registry, region = shell.prepare()
me = session.actor()
st.title("数据上报", anchor=False)
st.caption("每月5日前上报上月新增情况：① 下载模板并填写 → ② 上传文件，系统逐行检查 → ③ 核对问题后确认提交。")
if entry.returned(registry, me):  # a return 退回 by the city is being fixed on the page
    st.stop()

left, middle, right = st.columns(3)
units = [u.name for u in region.units if me.can_write(u.name)]
unit_name = left.selectbox("上报单位", units, key="upload_unit", disabled=len(units) == 1)
month = middle.selectbox("所属月份", widgets.month_options(), format_func=widgets.month_label, key="upload_month")
right.text_input("上报人", value=me.label, disabled=True)
period = parse_period(month)
if closed := shell.read(review.closed_notice, me, unit_name, period):
    st.warning(md_escape(closed), icon=":material/lock:")
how = st.segmented_control(
    "上报方式", list(WAYS), format_func=WAYS.get, default="file", key="upload_how", required=True
)
if how == "online":
    entry.online_entry(registry, unit_name, period, me, widgets.month_label(month))
    st.stop()

with st.container(border=True):
    st.markdown("**① 下载月报模板**")
    st.caption("模板含“填报说明”和每项工作一个工作表，表头、下拉选项与系统一致；本月没有新增的工作表保留空表即可。")
    one, two = st.columns([1, 1], vertical_alignment="bottom")
    one.download_button(
        f"下载{unit_name}{widgets.month_label(month)}月报模板",
        data=partial(build_template, registry, unit_name=unit_name, period=period),  # built when clicked
        file_name=template_file_name(unit_name, period),
        mime=XLSX,
        icon=":material/download:",
    )
    program_key = two.selectbox(
        "单项工作空白模板", registry.keys, format_func=lambda key: registry.get(key).title, key="upload_blank"
    )
    two.download_button(
        "下载单项空白模板",
        data=partial(build_template, registry, program_key=program_key),
        file_name=template_file_name(None, None, registry.get(program_key)),
        mime=XLSX,
        icon=":material/download:",
    )

with st.container(border=True):
    st.markdown("**② 上传月报文件**")
    st.caption(
        f"支持 .xlsx、.xlsm（宏不会运行）、.xls、.csv（UTF-8 或 GBK），{get_settings().max_upload_mb} MB 以内。"
        "把文件拖到下框，或点击“选择文件”按钮选择。"
    )
    widgets.chinese_file_uploader(get_settings().max_upload_mb)
    upload = st.file_uploader("月报文件", type=["xlsx", "xlsm", "xls", "csv"], key="upload_file")

if upload is None:
    st.stop()

data = upload.getvalue()
try:
    checked = uploads.preview_file(data, upload.name, unit_name, period, token=upload.file_id)
except (UnreadableFile, ValueError) as problem:
    st.error(md_escape(problem))
    st.stop()
fixes = uploads.fixes()
preview = uploads.fixed_preview(checked)  # as it reads with the fixes made below

dated = preview.dated_month(registry)
if dated is not None and dated != period:
    dated_text = f"{dated.year}-{dated.month:02d}"
    st.warning(
        f"文件中多数记录的日期在{widgets.month_label(dated_text)}，与所选“所属月份”{widgets.month_label(month)}不一致，"
        "请确认月份是否选对。"
    )
    if dated_text in widgets.month_options():
        st.button(
            f"改为{widgets.month_label(dated_text)}",
            on_click=lambda: st.session_state.update(upload_month=dated_text),
            key="upload_fix_month",
        )

st.subheader("检查结果", anchor=False)
st.dataframe(sheet_summary(preview), hide_index=True, width="stretch")
if preview.ignored_sheets:
    st.caption(f"未识别为月报、已忽略的工作表：{md_escape('、'.join(preview.ignored_sheets))}")

with st.expander("各工作表的表头对应关系", expanded=False):
    for report in preview.sheets:
        st.markdown(f"**{md_escape(report.label)}**（{report.program_title}，表头在第 {report.header_row} 行）")
        st.dataframe(mapping_table(report), hide_index=True, width="stretch")

if notice := st.session_state.pop("upload_notice", None):
    st.success(md_escape(notice))

asking = [(n, report) for n, report in enumerate(preview.sheets) if report.needs_mapping]
for n, report in asking:
    with st.form(key=f"upload_mapping_{n}", border=True):
        st.markdown(f"**核对表头：{md_escape(report.label)}（{report.program_title}）**")
        st.caption(
            "以下是系统对各字段所在列的判断。标“请确认”“请指定”“请选定”的需要您核对：在下拉框中选择表中对应的列"
            f"（表中没有的选“{NOT_IN_SHEET}”），再点“确认表头”。确认后{md_escape(unit_name)}以后上报同样格式的表格"
            "会自动按此读取（记入操作日志；可在“已确认的对应关系”页面查看和删除，再次确认即可修改）。"
        )
        notes = dict(zip(mapping_table(report)["字段"], mapping_table(report)["说明"], strict=True))
        options = header_choices(report)
        picks = {}
        cells = st.columns(3)
        for i, (key, current) in enumerate(current_choices(report).items()):
            column = report.layout.program.column(key)
            note = notes.get(column.header, "")
            label = column.header + ("（必填）" if column.required else "") + (f" · {note}" if note else "")
            picks[key] = cells[i % 3].selectbox(
                label, options, index=options.index(current), key=f"upload_map_{n}_{key}", help=column.help
            )
        if st.form_submit_button("确认表头", type="primary"):
            try:
                st.session_state["upload_notice"] = uploads.confirm_columns(
                    data, upload.name, unit_name, period, n, chosen_columns(picks), me
                )
                st.rerun()
            except (PermissionDenied, ValueError) as problem:
                st.error(md_escape(problem))

unknown = unknown_values(preview, registry.get)
if not unknown.empty:
    with st.form(key="upload_values", border=True):
        st.markdown("**核对填写内容**")
        st.caption(
            "以下内容不是系统的可选值。如果它就是某个可选值的另一种写法，请选择对应的值并确认，"
            f"{md_escape(unit_name)}以后上报时自动按此读取；不选的仍按错误处理。"
        )
        keep = "（不对应，仍按错误处理）"
        picks = []
        cells = st.columns(2)
        for i, row in enumerate(unknown.itertuples(index=False)):
            allowed = registry.get(row.program).column(row.column).allowed_values
            label = f"{row.工作项目}·{row.字段}：“{md_escape(row.填写内容)}”（{row.行数} 行）"
            picks.append((row, cells[i % 2].selectbox(label, [keep, *allowed], key=f"upload_value_{i}")))
        if st.form_submit_button("确认对应关系"):
            notices, refused = [], []
            for row, value in picks:
                if value == keep:
                    continue
                try:
                    notices.append(
                        uploads.confirm_value(
                            data, upload.name, unit_name, period, row.program, row.column, row.填写内容, value, me
                        )
                    )
                except (PermissionDenied, ValueError) as problem:
                    refused.append(str(problem))
            if not refused:
                st.session_state["upload_notice"] = "\n\n".join(notices) or "没有选择任何对应关系。"
                st.rerun()
            for text in notices:
                st.success(md_escape(text))
            for problem in refused:
                st.error(md_escape(problem))

for n, report in enumerate(preview.sheets):
    if fixable(report) and (any(r.issues for r in report.rows) or report.left_out or fixes.rows_of(report.sheet)):
        grid.review_block(n, report, fixes, registry.get(report.program))
for program, key, word, value in mapping_offers(preview, fixes, registry.get):
    column = program.column(key)
    if st.button(
        f"记住：{unit_name}{program.title}的“{column.header}”填“{word}”即为“{value}”（下月自动识别）",
        key=f"upload_offer_{program.key}_{key}_{word}",
    ):
        try:
            st.success(
                md_escape(
                    uploads.confirm_value(data, upload.name, unit_name, period, program.key, key, word, value, me)
                )
            )
        except (PermissionDenied, ValueError) as problem:
            st.error(md_escape(problem))

issues = issue_table(preview)
errors = sum(1 for i in preview.issues if i.severity == "error")
warnings = len(preview.issues) - errors
if issues.empty:
    st.success("没有发现问题。")
else:
    st.warning(
        f"发现 {errors} 个错误（所在行不入库）、{warnings} 个提醒（仍入库，请核对）。"
        "请按“问题及修改方法”修改后重新上传。"
    )
    st.dataframe(issues, hide_index=True, width="stretch", key="upload_issues")
    st.download_button(
        "下载问题标注文件（问题单元格标色并附批注）",
        data=lambda: uploads.annotated_copy(data, upload.name, preview),  # made when clicked, once
        file_name=annotated_file_name(upload.name),
        mime=XLSX,
        icon=":material/download:",
    )

with st.container(border=True):
    st.markdown("**③ 确认提交**")
    accepted = sum(0 if s.blocked else s.accepted for s in preview.sheets)
    if preview.duplicate_batch is not None:
        st.info(f"该文件与第 {preview.duplicate_batch} 号上报内容完全相同，已上报过，无需重复提交。")
    else:
        st.caption(
            f"将以“{unit_name} {widgets.month_label(month)}”入库 {accepted} 条记录；"
            "本次文件中的工作表会替换该单位该月此前上报的同一工作（此前的上报保留为历史）。"
        )
        if st.button("确认提交", type="primary", key="upload_commit"):
            try:
                st.success(uploads.commit_file(data, upload.name, unit_name, period, me, fixes).message)
            except PermissionDenied as problem:
                st.error(md_escape(problem))
