"""Files people download: record exports (XLSX / CSV) that spreadsheet software can never run as
formulas. Imports openpyxl; no Streamlit.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADER_FILL = PatternFill("solid", fgColor="1F5FA6")


# Characters XML 1.0 (so .xlsx and .docx) cannot hold: C0 controls but tab and line breaks, lone
# surrogates, U+FFFE/U+FFFF. Stored text keeps them; only what is written out drops them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> object:
    """Text as an XML document can hold it (other values unchanged)."""
    if isinstance(value, str) and _NOT_XML.search(value):
        return _NOT_XML.sub("", value)
    return value


def xml_safe(value):
    """A value with every string inside it (dataclasses, lists, tuples, dicts, DataFrames) made XML-safe."""
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, pd.DataFrame):
        out = value.copy()
        out.columns = [xml_text(c) for c in out.columns]
        for column in out.columns:
            if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
                out[column] = out[column].map(xml_text)
        return out
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value, **{f.name: xml_safe(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        )
    if isinstance(value, list | tuple):
        return type(value)(xml_safe(v) for v in value)
    if isinstance(value, dict):
        return {xml_safe(k): xml_safe(v) for k, v in value.items()}
    return value


def safe_text(value: object) -> object:
    """Text that would start a formula gets a leading apostrophe (CSV) so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def frame_to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM so Excel opens Chinese correctly; formula-like text neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(frame.columns)
    for row in frame.itertuples(index=False):
        writer.writerow(["" if pd.isna(v) else safe_text(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


PERCENT, SCORE, COUNT, POINTS = "0.0%", "0.0", "#,##0", '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"'


def display_width(value: object) -> int:
    """Characters as Excel shows them: a Chinese character is two wide, a number about its digits."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return 0
    if isinstance(value, float):
        value = f"{value:,.1f}"
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in str(value))


def frame_to_xlsx_bytes(
    frame: pd.DataFrame,
    sheet_name: str,
    title: str | None = None,
    formats: Mapping[str, str] | None = None,
    note: str | None = None,
) -> bytes:
    """A formatted sheet: optional title line, styled frozen header, column widths, text kept as text.

    formats gives a column's Excel number format (PERCENT expects fractions: 0.832 shows 83.2%);
    note is written under the table (e.g. the data source line)."""
    formats = formats or {}
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = xml_text(sheet_name)[:31]
    top = 1
    if title:
        sheet.cell(row=1, column=1, value=xml_text(title)).font = Font(bold=True, size=14)
        top = 2
    for col, name in enumerate(frame.columns, start=1):
        cell = sheet.cell(row=top, column=col, value=xml_text(str(name)))
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r, row in enumerate(frame.itertuples(index=False), start=top + 1):
        for c, value in enumerate(row, start=1):
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                continue
            cell = sheet.cell(row=r, column=c, value=xml_text(value))
            number_format = formats.get(str(frame.columns[c - 1]))
            if number_format and not isinstance(value, str):
                cell.number_format = number_format
            if isinstance(value, str):
                # openpyxl takes "=..." as a formula; force plain text and Excel's quote prefix.
                cell.data_type = "s"
                cell.quotePrefix = value.startswith(FORMULA_START)
    for col, name in enumerate(frame.columns, start=1):
        shown = [display_width(name)] + [display_width(v) for v in frame.iloc[:200, col - 1]]
        sheet.column_dimensions[get_column_letter(col)].width = min(max(shown) * 1.1 + 2, 60)
    sheet.freeze_panes = sheet.cell(row=top + 1, column=1)
    if note:
        sheet.cell(row=top + len(frame) + 2, column=1, value=xml_text(note)).font = Font(italic=True, color="606C7A")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_frame(frame: pd.DataFrame, path: Path, sheet_name: str) -> None:
    if path.suffix.lower() == ".csv":
        path.write_bytes(frame_to_csv_bytes(frame))
    elif path.suffix.lower() == ".xlsx":
        path.write_bytes(frame_to_xlsx_bytes(frame, sheet_name))
    else:
        raise ValueError(f"导出文件“{path.name}”的扩展名应为 .xlsx 或 .csv。")
