"""年度目标 (admin): every unit's annual target per program metric, edited as one table."""

import datetime as dt

import streamlit as st

from lib.auth import require_admin
from lib.formatting import md_escape
from lib.ingest.read import UnreadableFile
from lib.targets import load_targets, save_targets, targets_from_sheet
from lib.ui import session, shell, widgets

registry, region = shell.prepare()
me = session.actor()
require_admin(me, "修改年度目标")
st.title("年度目标", anchor=False)
year = st.selectbox("年度", list(range(dt.date.today().year + 1, 2021, -1)), index=1, key="targets_year")
st.caption("直接在表格中修改；空白表示不设目标。保存时逐项检查，并记入操作日志。")
table = shell.read(load_targets, registry, year)
edited = st.data_editor(
    table,
    hide_index=True,
    width="stretch",
    disabled=["单位"],
    key=f"targets_editor_{year}",
    column_config={c: st.column_config.NumberColumn(c, min_value=0, step=1) for c in table.columns if c != "单位"},
)


def save(table) -> None:
    try:
        st.success(shell.write(save_targets, registry, year, table, me))
    except ValueError as problem:
        st.error("未保存：\n\n" + "\n".join(f"- {md_escape(line)}" for line in str(problem).splitlines()))


if st.button("保存年度目标", type="primary", key="targets_save"):
    save(edited)

with st.expander("用 Excel 批量填写"):
    widgets.xlsx_download(
        f"下载{year}年年度目标表",
        table,
        sheet=f"{year}年年度目标",
        title=f"{year}年各县（市、区）年度目标",
        file_name=f"{year}年年度目标.xlsx",
    )
    sheet = st.file_uploader("上传填好的年度目标表", type=["xlsx", "xls", "csv"], key="targets_upload")
    if sheet is not None and st.button("导入并保存", key="targets_import"):
        try:
            save(targets_from_sheet(sheet.getvalue(), sheet.name, registry))
        except (ValueError, UnreadableFile) as problem:
            st.error(md_escape(problem))
