"""Tables the upload page shows for a preview: per-sheet counts and the problem list. Pure."""

from __future__ import annotations

import pandas as pd

from lib.ingest.bounds import column_number
from lib.ingest.normalise import choice_key
from lib.ingest.service import Preview, SheetReport
from lib.ingest.validate import column_letter
from lib.programs import Program
from lib.vocabulary import SEVERITIES

NOT_IN_SHEET = "（表中没有）"


def sheet_summary(preview: Preview) -> pd.DataFrame:
    rows = [
        {
            "工作表": s.label,
            "工作项目": s.program_title,
            "表头所在行": s.header_row,
            "可入库": 0 if s.blocked else s.accepted,
            "有错误": len(s.rows) if s.blocked else s.rejected,
            "新增": s.diff.get("new", 0),
            "变更": s.diff.get("changed", 0),
            "未变": s.diff.get("unchanged", 0),
            "将被替换": s.diff.get("removed", 0),
        }
        for s in preview.sheets
    ]
    return pd.DataFrame(rows)


def issue_table(preview: Preview) -> pd.DataFrame:
    """Every problem as plain text: sheet, Excel row, cell, column, value, severity, what to do. A
    warning on a refused row is a 提醒 but not 仍入库."""
    order = {s.sheet: n for n, s in enumerate(preview.sheets)}
    reports = {s.sheet: s for s in preview.sheets}
    refused = {(s.sheet, r.excel_row) for s in preview.sheets for r in s.rows if not r.accepted or s.blocked}

    def level(i) -> str:
        if i.severity == "warning" and (i.row is None or (i.sheet, i.row) in refused):
            return "提醒"
        return SEVERITIES.get(i.severity, i.severity)

    rows = [
        {
            "工作表": i.sheet,
            "行": i.row if i.row is not None else "整表",
            "单元格": reports[i.sheet].file_cell(i) if i.sheet in reports else i.cell,
            "列": i.column,
            "填写内容": i.value,
            "级别": level(i),
            "问题及修改方法": i.message,
        }
        for i in sorted(preview.issues, key=lambda i: (order[i.sheet], i.row or 0, i.col_index or 0))
    ]
    return pd.DataFrame(rows, columns=["工作表", "行", "单元格", "列", "填写内容", "级别", "问题及修改方法"])


def header_choices(report: SheetReport) -> list[str]:
    """What the clerk can pick for a field: each header cell of the block (by column), or none."""
    cells = report.layout.match.cells if report.layout and report.layout.match else {}
    return [NOT_IN_SHEET, *(f"{column_letter(c)}列：{cells[c]}" for c in sorted(cells))]


def mapping_table(report: SheetReport) -> pd.DataFrame:
    """One row per field of the block's program: required or not, the header it was read from, how."""
    layout = report.layout
    match = layout.match
    choices = header_choices(report)
    by_column = {_column_number(text): text for text in choices[1:]}
    rows = []
    for column in layout.program.columns:
        found = match.matches.get(column.key)
        if found is not None:
            picked, how = (
                by_column.get(found.column, NOT_IN_SHEET),
                (
                    "请确认"
                    if found.proposed
                    else {"remembered": "按上次确认", "chosen": "已指定"}.get(found.source, "自动")
                ),
            )
        elif column.key in match.ambiguous:
            picked, how = NOT_IN_SHEET, "有多列相近，请选定"
        else:
            picked, how = NOT_IN_SHEET, ("缺少，请指定" if column.key in report.missing else "")
        rows.append({"字段": column.header, "必填": "是" if column.required else "否", "表中的列": picked, "说明": how})
    return pd.DataFrame(rows, columns=["字段", "必填", "表中的列", "说明"])


def _column_number(text: str) -> int:
    """The 0-based column of a header choice written "B列：登记号"."""
    return column_number(text.split("列", 1)[0]) - 1


def current_choices(report: SheetReport) -> dict[str, str]:
    """Field key -> the header choice the block is read with now (NOT_IN_SHEET when none)."""
    table = mapping_table(report)
    return dict(zip((c.key for c in report.layout.program.columns), table["表中的列"], strict=True))


def chosen_columns(picks: dict[str, str]) -> dict[str, int | None]:
    """The clerk's picks (field key -> header choice) as field -> column index (None: not in the sheet)."""
    return {
        key: None if not picked or picked == NOT_IN_SHEET else _column_number(picked) for key, picked in picks.items()
    }


def unknown_values(preview: Preview, program_of) -> pd.DataFrame:
    """Choice values the reader did not know, once each: program, field, what was written, how many rows."""
    found: dict[tuple[str, str, str], list] = {}
    for report in preview.sheets:
        program: Program = program_of(report.program)
        by_header = {report.layout.headers.get(c.key, c.header): c for c in program.columns} if report.layout else {}
        for issue in report.issues:
            if issue.code == "bad_choice" and issue.column in by_header:
                column = by_header[issue.column]
                entry = found.setdefault(
                    (program.key, column.key, choice_key(issue.value)), [program, column, issue.value, 0]
                )
                entry[3] += 1
    rows = [
        {"program": p.key, "column": c.key, "工作项目": p.title, "字段": c.header, "填写内容": written, "行数": count}
        for p, c, written, count in found.values()
    ]
    return pd.DataFrame(rows, columns=["program", "column", "工作项目", "字段", "填写内容", "行数"])
