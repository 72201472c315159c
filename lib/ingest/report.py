"""Tables the upload page shows for a preview: per-sheet counts and the problem list. Pure."""

from __future__ import annotations

import pandas as pd

from lib.ingest.normalise import choice_key
from lib.ingest.service import Preview, SheetReport
from lib.ingest.validate import column_letter
from lib.programs import Program

SEVERITY_LABELS = {"error": "错误（该行不入库）", "warning": "提醒（仍入库）"}
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
    refused = {(s.sheet, r.excel_row) for s in preview.sheets for r in s.rows if not r.accepted or s.blocked}

    def level(i) -> str:
        if i.severity == "warning" and (i.row is None or (i.sheet, i.row) in refused):
            return "提醒"
        return SEVERITY_LABELS.get(i.severity, i.severity)

    rows = [
        {
            "工作表": i.sheet,
            "行": i.row if i.row is not None else "整表",
            "单元格": i.cell,
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
    letters = text.split("列", 1)[0]
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number - 1


def chosen_columns(report: SheetReport, table: pd.DataFrame) -> dict[str, int | None]:
    """The clerk's edited mapping table as field -> column index (None: not in the sheet)."""
    by_header = {c.header: c.key for c in report.layout.program.columns}
    chosen: dict[str, int | None] = {}
    for row in table.itertuples(index=False):
        key = by_header.get(row[0])
        if key is None:
            continue
        picked = row[2]
        chosen[key] = None if not picked or picked == NOT_IN_SHEET else _column_number(str(picked))
    return chosen


def unknown_values(preview: Preview, program_of) -> pd.DataFrame:
    """Choice values the reader did not know, once each: program, field, what was written, how many rows."""
    counts: dict[tuple[str, str, str], int] = {}
    for report in preview.sheets:
        program: Program = program_of(report.program)
        by_header = {report.layout.headers.get(c.key, c.header): c for c in program.columns} if report.layout else {}
        for issue in report.issues:
            if issue.code != "bad_choice" or issue.column not in by_header:
                continue
            key = (report.program, by_header[issue.column].key, issue.value)
            counts[key] = counts.get(key, 0) + 1
    rows = []
    for (program_key, column_key, written), count in counts.items():
        program = program_of(program_key)
        rows.append(
            {
                "program": program_key,
                "column": column_key,
                "工作项目": program.title,
                "字段": program.column(column_key).header,
                "填写内容": written,
                "行数": count,
                "对应为": "",
                "可选值": "、".join(program.column(column_key).allowed_values),
            }
        )
    seen = set()
    unique = []
    for row in rows:
        key = (row["program"], row["column"], choice_key(row["填写内容"]))
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return pd.DataFrame(
        unique, columns=["program", "column", "工作项目", "字段", "填写内容", "行数", "对应为", "可选值"]
    )
