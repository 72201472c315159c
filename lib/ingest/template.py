"""Return templates generated from the registry: one sheet per program with title lines, styled
headers with help comments, drop-down lists for allowed values, and a 填报说明 sheet.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from lib.column_types import column_type
from lib.periods import Period
from lib.programs import Program, Registry

TEMPLATE_ROWS = 500
HEADER_ROW = 3
_REQUIRED_FILL = PatternFill("solid", fgColor="1F5FA6")
_OPTIONAL_FILL = PatternFill("solid", fgColor="6B8FBF")
_THIN = Side(style="thin", color="BFC8D6")


def _title(program: Program, unit_name: str | None, period: Period | None) -> str:
    when = f"{period.year}年{period.month}月" if period else "____年__月"
    return f"{unit_name or ''}{when}{program.full_title}月报表"


def _program_sheet(workbook: Workbook, program: Program, unit_name: str | None, period: Period | None) -> None:
    sheet = workbook.create_sheet(program.sheet[:31])
    columns = program.columns
    width = len(columns) + 1
    sheet.cell(row=1, column=1, value=_title(program, unit_name, period)).font = Font(bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    sheet.cell(row=2, column=1, value=f"填报单位：{unit_name or ''}")
    sheet.cell(row=2, column=max(2, width - 2), value="填报日期：")
    headers = ["序号", *(c.header for c in columns)]
    for index, text in enumerate(headers, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=text)
        column = columns[index - 2] if index > 1 else None
        cell.fill = _REQUIRED_FILL if column is None or column.required else _OPTIONAL_FILL
        cell.font = Font(bold=True, color="FFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
        if column is not None:
            need = "必填" if column.required else "选填"
            cell.comment = Comment(f"{need}。{column.help}", "质量提升进度看板", width=260, height=110)
            sheet.column_dimensions[get_column_letter(index)].width = column_type(column.type).width
    sheet.column_dimensions["A"].width = 6
    sheet.row_dimensions[HEADER_ROW].height = 32
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=2)
    first, last = HEADER_ROW + 1, HEADER_ROW + TEMPLATE_ROWS
    for index, column in enumerate(columns, start=2):
        letter = get_column_letter(index)
        area = f"{letter}{first}:{letter}{last}"
        kind = column_type(column.type)
        values = kind.template_values(column, unit_name)
        if values:
            rule = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
            rule.error = f"请从下拉列表中选择：{'、'.join(values)}"
            rule.errorTitle = column.header
            rule.prompt = column.help
            rule.promptTitle = column.header
            sheet.add_data_validation(rule)
            rule.add(area)
        if kind.number_format:
            for row in range(first, first + 100):
                sheet.cell(row=row, column=index).number_format = kind.number_format


def _instructions(workbook: Workbook, programs: list[Program], unit_name: str | None, period: Period | None) -> None:
    sheet = workbook.active
    sheet.title = "填报说明"
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 10
    sheet.column_dimensions["C"].width = 90
    lines: list[tuple[str, str, str]] = [
        ("填报说明", "", ""),
        (
            "",
            "",
            f"1. 本表由{unit_name or '各县（市、区）市场监管局'}"
            f"{f'填报{period.year}年{period.month}月' if period else '按月'}新增情况，"
            "下月5日前上传至看板“数据上报”页面。",
        ),
        (
            "",
            "",
            "2. 每个工作表对应一项工作，表头行请勿修改、删除；本月没有新增的，保留空表上传即可（视为本月无新增）。",
        ),
        (
            "",
            "",
            "3. 统一社会信用代码为18位，字母大写；日期写成 2024-10-09 或 2024年10月9日；数量可带单位，如“286辆”。",
        ),
        ("", "", "4. 深蓝色表头为必填项，浅蓝色为选填项；带下拉箭头的单元格请从列表中选择。"),
        ("", "", ""),
    ]
    for program in programs:
        lines.append((f"【{program.sheet}】{program.full_title}", "", program.description))
        for column in program.columns:
            allowed = f"（可选：{'、'.join(column.allowed_values)}）" if column.allowed_values else ""
            lines.append((column.header, "必填" if column.required else "选填", column.help + allowed))
        lines.append(("", "", ""))
    for row, (a, b, c) in enumerate(lines, start=1):
        sheet.cell(row=row, column=1, value=a)
        sheet.cell(row=row, column=2, value=b)
        sheet.cell(row=row, column=3, value=c).alignment = Alignment(wrap_text=True, vertical="top")
        if a.startswith(("填报说明", "【")):
            sheet.cell(row=row, column=1).font = Font(bold=True, size=12 if a == "填报说明" else 11)


def build_template(
    registry: Registry, *, unit_name: str | None = None, period: Period | None = None, program_key: str | None = None
) -> bytes:
    """An .xlsx return template: every program (or just one), for a unit and month or blank."""
    if period is not None:  # a month before a program's first version has no sheet for it
        registry = registry.in_month(period.year, period.month)
    programs = [registry.get(program_key)] if program_key else list(registry)
    workbook = Workbook()
    _instructions(workbook, programs, unit_name, period)
    for program in programs:
        _program_sheet(workbook, program, unit_name, period)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_file_name(unit_name: str | None, period: Period | None, program: Program | None = None) -> str:
    what = program.title if program else "质量提升工作"
    when = f"{period.year}年{period.month}月" if period else ""
    return f"{unit_name or ''}{when}{what}月报模板.xlsx"
