"""工作项目管理 for admins: the programs and their versions, one program's definition (and its draft's changes),
a definition filled in field by field, pasted or uploaded as a draft, a draft published from a month, a program
archived, the registry in force downloaded. The services and what the page shows are lib.program_admin's and
lib.program_form's; this module only draws them.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib import catalogue, program_admin, program_form
from lib.auth import Actor, PermissionDenied
from lib.formatting import md_escape
from lib.periods import parse_period, this_month
from lib.programs import RegistryError, block_key, split_blocks
from lib.ui import shell, widgets

_NOTICE = "programs_notice"  # what the last write did, shown after the rerun it asks for
_PICK = "programs_pick"
_PICK_NEXT = "programs_pick_next"  # the program to show after the rerun (a widget's own key is set before it is drawn)
_ROUND = "programs_round"  # renewed after each write: the editor and uploader start again from what is stored
NEW = ""  # the choice for a program not yet defined
MAX_MB = 1  # a registry of dozens of programs is a few hundred KB
FILE_TYPES = ["toml", "txt"]


def _done(action, *args, refused: str = "未保存", pick: str | None = None) -> None:
    """Run one service in a transaction; its message is shown after the rerun (which also rebuilds the
    navigation from the registry now in force), a refusal at once with nothing stored."""
    try:
        said = shell.write(action, *args)
    except (ValueError, PermissionDenied) as problem:
        st.error(f"{refused}：\n\n" + "\n".join(f"- {md_escape(line)}" for line in str(problem).splitlines()))
        return
    st.session_state[_NOTICE] = said if isinstance(said, list) else [said]
    st.session_state[_ROUND] = st.session_state.get(_ROUND, 0) + 1
    if pick is not None:
        st.session_state[_PICK_NEXT] = pick
    st.rerun()


def _single_key(text: str) -> str | None:
    """The key of the text's one [[program]] block (the program to show once it is saved), else None."""
    _, blocks = split_blocks(text)
    try:
        return block_key(blocks[0]) if len(blocks) == 1 else None
    except RegistryError:
        return None


def manage(me: Actor) -> None:
    """The whole page below its title."""
    if notice := st.session_state.pop(_NOTICE, None):
        st.success("\n".join(f"- {md_escape(line)}" for line in notice))
    listed = shell.read(program_admin.list_programs)
    _table(listed)
    st.divider()
    key = _choice(program_admin.program_titles(listed))
    definition = shell.read(program_admin.load_definition, key) if key else None
    if definition is not None:
        left, right = st.columns([5, 2], gap="large")
        with left:
            _definition(definition)
        with right:
            _publish(definition, me)
            _archive(definition, me)
    st.divider()
    _editor(definition, me)
    st.divider()
    _catalogue(me)


def _catalogue(me: Actor) -> None:
    """The ready programs of the catalogue, each enabled from a month with one click."""
    st.subheader("可选工作项目（其他地区的做法）", anchor=False)
    st.caption(
        "这些工作项目已写好定义，选择生效月份后一键启用：月报模板、各页面、排行榜和通报随之包含它。"
        "“来源写到”是来源文章提到的内容，“本系统设计”是为便于统计补充的字段，启用前可先导入为草稿修改。"
    )
    entries = catalogue.load_catalogue()
    status = shell.read(catalogue.catalogue_status, entries)
    for entry in entries:
        enabled = status[entry.key] == "enabled"
        with st.expander(f"{entry.title}{'（已启用）' if enabled else ''}", icon=":material/library_add:"):
            st.markdown(f"**来源**：{md_escape(entry.source)}")
            st.markdown(md_escape(entry.description))
            st.markdown(f"**来源写到**：{md_escape('、'.join(entry.named))}")
            st.markdown(f"**本系统设计**：{md_escape('、'.join(entry.designed))}")
            if enabled:
                st.caption("已在使用：可在上方选择它查看定义、修改或归档。")
                continue
            month = st.selectbox(
                "生效月份",
                widgets.month_options(),
                format_func=widgets.month_label,
                key=f"programs_catalogue_month_{entry.key}",
                width=240,
            )
            if st.button("启用", type="primary", key=f"programs_enable_{entry.key}", icon=":material/add_circle:"):
                _done(catalogue.enable, entry.key, parse_period(month), me, refused="未启用", pick=entry.key)


def _table(listed: list[dict]) -> None:
    st.dataframe(
        pd.DataFrame(program_admin.program_table(listed)),
        hide_index=True,
        width="stretch",
        column_config={"key": st.column_config.TextColumn("标识（key）")},
    )
    st.download_button(
        "下载正在使用的定义（programs.toml）",
        data=lambda: shell.read(program_admin.export_text),  # made when clicked, not on every rerun
        file_name="programs.toml",
        mime="application/toml",
        icon=":material/download:",
        on_click="ignore",
        key="programs_export",
        help="所有正在使用的工作项目定义（含共用字段和词表），格式同 data/programs.toml，可存档或在别处导入。",
    )


def _choice(titles: dict[str, str]) -> str:
    if (wanted := st.session_state.pop(_PICK_NEXT, None)) is not None and wanted in (*titles, NEW):
        st.session_state[_PICK] = wanted
    options = [*titles, NEW]
    return st.selectbox(
        "工作项目",
        options,
        format_func=lambda key: f"{titles[key]}（{key}）" if key else "＋ 新建工作项目",
        key=_PICK,
        width=480,
        help="选择一个工作项目查看、修改、发布或归档；选“新建工作项目”从模板开始写一个新的定义。",
    )


def _definition(definition: program_admin.ProgramDefinition) -> None:
    st.subheader("定义", anchor=False)
    shown = definition.in_force or definition.archived
    views: list[tuple[str, str, str]] = []
    if shown is not None:
        views.append(("正在使用的定义" if definition.in_force else "归档前的定义", shown, "toml"))
    if definition.draft is not None:
        views.append((f"草稿（第 {definition.draft_version} 版）", definition.draft, "toml"))
        if shown is not None:
            changes = program_admin.compute_changes(shown, definition.draft)
            views.append(("草稿的改动", changes or "草稿与正在使用的定义相同。", "diff"))
    if definition.archived is not None:
        st.caption("这个工作项目已归档：不再接收上报，历史数据保留。导入新的定义并发布即可重新启用。")
    elif definition.in_force is None:
        st.caption("这个工作项目还没有发布过：发布草稿后才出现在导航栏、模板和各页面中。")
    if not views:
        return
    tabs = st.tabs([label for label, _, _ in views]) if len(views) > 1 else [st.container()]
    for tab, (_, text, language) in zip(tabs, views, strict=True):
        tab.code(text, language=language, line_numbers=language == "toml", wrap_lines=True, height=460)


def _publish(definition: program_admin.ProgramDefinition, me: Actor) -> None:
    with st.container(border=True):
        st.markdown("**发布**")
        if definition.draft is None:
            st.caption("没有待发布的草稿。在下方“导入/编辑定义”中保存草稿后，可在这里发布。")
            return
        st.caption(
            f"发布草稿第 {definition.draft_version} 版：自所选月份起生效，导航栏、月报模板和各页面随之更新。"
            "改动指标算法（计数方式、字段、筛选条件）的版本只重算生效月份起的数字，此前各月不变（口径调整）。"
        )
        month = st.selectbox(
            "生效月份",
            widgets.month_options(),
            format_func=widgets.month_label,
            key=f"programs_month_{definition.key}",
        )
        start = parse_period(month)
        if st.button("预览发布后的变化", key="programs_preview", icon=":material/preview:"):
            _changes(definition.key, start)
        if st.button("发布", type="primary", key="programs_publish", icon=":material/publish:"):
            _done(program_admin.publish_program, definition.key, start, me, refused="未发布")


def _changes(key: str, start, archive: bool = False) -> None:
    """What the leaderboard of the last months would show after it: each unit's score and rank, now and after."""
    try:
        rows = shell.read(program_admin.what_would_change, key, start, archive)
    except ValueError as problem:
        st.error(md_escape(str(problem)))
        return
    if not rows:
        st.caption(f"近{program_admin.MONTHS_SHOWN}个有数据的月份中，各单位的综合得分和排名都不会改变。")
        return
    months = len({r["月份"] for r in rows})
    shown = program_admin.MONTHS_SHOWN
    st.caption(f"近{shown}个有数据的月份中，有 {months} 个月的排行榜会变化（生效月份之前的口径不变）：")
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key=f"programs_changes_{key}")


def _archive(definition: program_admin.ProgramDefinition, me: Actor) -> None:
    if definition.in_force is None:
        return
    with st.container(border=True):
        st.markdown("**归档**")
        st.caption(
            "归档后自所选月份起不再接收上报，从导航栏、各页面和之后各月的排行中去掉；此前各月的数字、排行和通报照旧，"
            "已上报的记录和各版本定义都保留。"
        )
        now = this_month().key
        month = st.selectbox(
            "自哪个月起停止",
            [now, *(m for m in widgets.month_options() if m != now)],
            format_func=widgets.month_label,
            key=f"programs_until_{definition.key}",
        )
        until = parse_period(month)
        if st.button("预览归档后的变化", key="programs_preview_archive", icon=":material/preview:"):
            _changes(definition.key, until, archive=True)
        sure = st.checkbox("确认归档这个工作项目", key=f"programs_archive_sure_{definition.key}")
        if st.button("归档", disabled=not sure, key="programs_archive", icon=":material/archive:"):
            _done(program_admin.archive, definition.key, me, until, refused="未归档")


def _editor(definition: program_admin.ProgramDefinition | None, me: Actor) -> None:
    st.subheader("导入/编辑定义", anchor=False)
    st.caption(
        "逐项填写，或把一个工作项目写成一个 [[program]] 块（格式同 data/programs.toml，字段说明见该文件开头）。"
        "保存时按正在使用的定义逐项检查：有误时指出是哪个工作项目、哪个字段，什么也不保存；"
        "无误时保存为草稿，发布后才生效。"
    )
    round_ = st.session_state.get(_ROUND, 0)
    # A definition is code: its columns line up in the editor as in the read-only view above.
    st.html(
        "<style>[class*='st-key-programs_text_'] textarea "
        "{font-family: 'Source Code Pro', monospace; font-size: 0.85rem; line-height: 1.5}</style>"
    )
    if definition is None:
        start, key = program_admin.NEW_PROGRAM_BLOCK, "new"
    else:
        start = definition.draft or definition.in_force or definition.archived or ""
        key = definition.key
    fill, paste, upload = st.tabs(["逐项填写", "粘贴或编辑", "上传文件"])
    with fill:
        _form(start, definition is None, f"programs_form_{key}_{round_}", me)
    with paste:
        text = st.text_area(
            "定义（TOML）",
            start,
            height=420,
            key=f"programs_text_{key}_{round_}",
            help="从现有定义改起，或粘贴别处写好的一个或几个 [[program]] 块。",
        )
        if st.button("保存为草稿", type="primary", key="programs_save", icon=":material/save:"):
            _done(program_admin.import_programs, text, me, pick=_single_key(text))
    with upload:
        st.caption(f"选择一个 .toml 文件（不超过 {MAX_MB} MB），其中的每个 [[program]] 块各保存为一个草稿。")
        widgets.chinese_file_uploader(MAX_MB)
        sent = st.file_uploader(
            "定义文件（.toml）",
            type=FILE_TYPES,
            max_upload_size=MAX_MB,
            key=f"programs_upload_{round_}",
        )
        if sent is not None and st.button("导入为草稿", type="primary", key="programs_upload_save"):
            try:
                text = sent.getvalue().decode("utf-8-sig")
            except UnicodeDecodeError:
                st.error(f"“{md_escape(sent.name)}”不是 UTF-8 编码的文本文件：请用记事本等另存为 UTF-8 后再上传。")
                return
            _done(program_admin.import_programs, text, me, pick=_single_key(text))


def _form(block: str, new: bool, prefix: str, me: Actor) -> None:
    """The definition field by field: the program's fields, its columns and its metrics as tables (a row per
    column or metric; add a row at the table's foot), saved as the same draft the text would make."""
    form = program_form.form_from_block(block)
    given = form.fields
    titles = program_form.FIELDS
    st.caption(
        "企业名称、统一社会信用代码、所属县三个字段各项工作共用，不必填写。表中多个写法用“、”分隔，"
        "本身含“、”的写法加「」，如「食品、农产品」；可选值写成“值：写法、写法；值：写法”。"
    )
    left, middle, right = st.columns(3)
    fields: dict[str, object] = {
        "key": left.text_input(
            titles["key"],
            given["key"],
            key=f"{prefix}_key",
            disabled=not new,
            help="英文小写字母、数字和下划线，如 quality_chain；发布后不能改。",
        ),
        "title": middle.text_input(titles["title"], given["title"], key=f"{prefix}_title"),
        "full_title": right.text_input(titles["full_title"], given["full_title"], key=f"{prefix}_full_title"),
        "sheet": left.text_input(titles["sheet"], given["sheet"], key=f"{prefix}_sheet"),
        "sheet_aliases": middle.text_input(
            titles["sheet_aliases"], program_form.joined(given["sheet_aliases"]), key=f"{prefix}_sheet_aliases"
        ),
        "weight": right.number_input(
            titles["weight"], min_value=0.0, value=float(given["weight"] or 0.0), step=0.05, key=f"{prefix}_weight"
        ),
    }
    fields["description"] = st.text_area(titles["description"], given["description"], key=f"{prefix}_description")
    st.markdown("**字段**（月报模板的列）")
    columns = _rows_editor(
        form.columns,
        program_form.COLUMNS,
        f"{prefix}_columns",
        {
            "type": st.column_config.SelectboxColumn("类型", options=program_form.COLUMN_TYPE_CHOICES),
            "required": st.column_config.CheckboxColumn("必填", help="只有记录标识和指标所需的字段可设为必填"),
        },
    )
    keys = [*program_form.SHARED, *(k for k in columns["key"].dropna().astype(str).str.strip() if k)]
    left, middle, right = st.columns(3)
    fields["identity"] = left.multiselect(
        titles["identity"], keys, [k for k in given["identity"] if k in keys], key=f"{prefix}_identity"
    )
    fields["date_columns"] = middle.multiselect(
        titles["date_columns"], keys, [k for k in given["date_columns"] if k in keys], key=f"{prefix}_date_columns"
    )
    for name, place in (("status_column", right), ("quantity_column", right)):
        options = ["", *keys]
        current = given[name] if given[name] in options else ""
        fields[name] = place.selectbox(
            titles[name], options, options.index(current), format_func=lambda k: k or "（无）", key=f"{prefix}_{name}"
        )
    st.markdown("**指标**")
    metrics = _rows_editor(
        form.metrics,
        program_form.METRICS,
        f"{prefix}_metrics",
        {
            "agg": st.column_config.SelectboxColumn(
                "汇总方式",
                options=program_form.AGGREGATION_CHOICES,
                help="count 计数；count_distinct 按企业去重（字段 uscc）；sum 求和（数量字段）；"
                "ratio 比率（分子、分母为本项目的计数或求和指标，单位 %）",
            ),
            "where": st.column_config.TextColumn("筛选条件", help="只计状态字段为某值的记录，写成“字段=取值”"),
            "target": st.column_config.CheckboxColumn("设年度目标"),
        },
    )
    metric_keys = [k for k in metrics["key"].dropna().astype(str).str.strip() if k]
    left, right = st.columns(2)
    primary = given["primary_metric"] if given["primary_metric"] in metric_keys else None
    fields["primary_metric"] = left.selectbox(
        titles["primary_metric"],
        metric_keys,
        metric_keys.index(primary) if primary else 0,
        key=f"{prefix}_primary_metric",
        help="总览卡片、地图和排行榜用的指标，须设年度目标",
    )
    fields["briefing"] = right.checkbox(titles["briefing"], bool(given["briefing"]), key=f"{prefix}_briefing")
    if st.button("保存为草稿", type="primary", key="programs_form_save", icon=":material/save:"):
        filled = program_form.ProgramForm(fields, columns.to_dict("records"), metrics.to_dict("records"), form.kept)
        try:
            text = program_form.block_from_form(filled)
        except program_form.FormError as problem:
            st.error(f"未保存：{md_escape(problem)}")
            return
        _done(program_admin.import_programs, text, me, pick=_single_key(text))


def _rows_editor(rows: list[dict], titles: dict[str, str], key: str, special: dict) -> pd.DataFrame:
    """A table of the form (columns or metrics), a row per entry, rows added at its foot: text cells titled in
    Chinese, the special ones as given."""
    config = {name: st.column_config.TextColumn(title) for name, title in titles.items()} | special
    frame = pd.DataFrame(rows, columns=list(titles))
    return st.data_editor(frame, num_rows="dynamic", hide_index=True, width="stretch", key=key, column_config=config)
