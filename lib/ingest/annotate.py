"""An annotated copy of an upload: problem cells coloured (red error, yellow warning) with the
message as a cell comment, so staff fix their own file. Always written as .xlsx.
"""

from __future__ import annotations

import contextlib
import io
from collections import defaultdict
from dataclasses import replace
from functools import partial

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from lib.export import xml_text
from lib.ingest import shapes
from lib.ingest.messages import ERROR
from lib.ingest.read import Sheet, read_sheets
from lib.ingest.validate import Issue
from lib.programs import get_registry

FILLS = {ERROR: PatternFill("solid", fgColor="F8B4B4"), "warning": PatternFill("solid", fgColor="FCE8A6")}
FIXED = PatternFill("solid", fgColor="BFD7F2")  # a cell fixed on the page before the return was committed


def _workbook(data: bytes, file_name: str, sheets: list[Sheet]) -> Workbook:
    """The uploaded workbook itself when openpyxl can open it (keeps its look), else its values."""
    if data[:4] == b"PK\x03\x04":
        # openpyxl cannot open every file calamine can; then a plain copy of the values will do.
        with contextlib.suppress(Exception):
            return load_workbook(io.BytesIO(data), keep_vba=False, rich_text=False)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in sheets:
        target = workbook.create_sheet(sheet.name[:31])
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value not in ("", None):
                    cell = target.cell(row=r, column=c, value=value)
                    if isinstance(value, str):
                        cell.data_type = "s"
    return workbook


def annotate(data: bytes, file_name: str, issues: list[Issue], fixed: list[tuple[str, int, int, str]] = ()) -> bytes:
    """The upload with every issue marked on its cell (or on the row's first cell), and every fix made on
    the page (sheet, Excel row, 1-based column, what was done) marked blue with what it changed."""
    sheets = read_sheets(data, file_name)
    workbook = _workbook(data, file_name, sheets)
    # A sheet read across or as forms names its records' cells in the sheet made from it: back to the file's.
    registry, origins = get_registry(), {}
    for sheet in sheets:
        if made := shapes.read_as(sheet, registry, file_name=file_name)[2]:
            origins[sheet.name] = partial(shapes.origin, made)
    if origins:
        fixed = [(s, *origins[s](r, c - 1), text) if s in origins and r else (s, r, c, text) for s, r, c, text in fixed]
        issues = [
            replace(i, row=(at := origins[i.sheet](i.row, i.col_index or 0))[0], col_index=at[1] - 1)
            if i.sheet in origins and i.row is not None
            else i
            for i in issues
        ]
    for sheet_name, row, column, text in fixed:
        if sheet_name in workbook.sheetnames:
            cell = workbook[sheet_name].cell(row=row, column=column)
            if not isinstance(cell, MergedCell):
                cell.fill = FIXED
                cell.comment = Comment(xml_text(text), "质量提升进度看板", width=320, height=80)
    fixed_cells = {(s, r, c) for s, r, c, _ in fixed}
    issues = [i for i in issues if (i.sheet, i.row, (i.col_index or 0) + 1) not in fixed_cells]
    grouped: dict[tuple[str, int, int], list[Issue]] = defaultdict(list)
    for issue in issues:
        if issue.row is None:
            continue
        grouped[(issue.sheet, issue.row, (issue.col_index or 0) + 1)].append(issue)
    for (sheet_name, row, column), found in grouped.items():
        if sheet_name not in workbook.sheetnames:
            continue
        cell = workbook[sheet_name].cell(row=row, column=column)
        if isinstance(cell, MergedCell):
            continue
        worst = ERROR if any(i.severity == ERROR for i in found) else "warning"
        cell.fill = FILLS[worst]
        text = "\n".join(f"{'错误' if i.severity == ERROR else '提醒'}：{i.message}" for i in found)
        cell.comment = Comment(xml_text(text), "质量提升进度看板", width=320, height=40 + 40 * len(found))
    for sheet_name in {i.sheet for i in issues if i.row is None}:
        if sheet_name in workbook.sheetnames:
            messages = "\n".join(i.message for i in issues if i.row is None and i.sheet == sheet_name)
            workbook[sheet_name]["A1"].comment = Comment(xml_text(messages), "质量提升进度看板", width=320, height=120)
            workbook[sheet_name]["A1"].fill = FILLS[ERROR]
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def annotated_file_name(file_name: str) -> str:
    stem = file_name.rsplit(".", 1)[0]
    return f"{stem}_问题标注.xlsx"
