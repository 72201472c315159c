"""Turn uploaded bytes into sheets of cell values, refusing what is too big or not a spreadsheet.

.xlsx / .xlsm (macros never run) / .xls / .ods through python-calamine; .csv in UTF-8 (with or
without BOM) or GBK/GB18030. The type is told from the content, not the file name.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field

import python_calamine

from lib.config import get_settings

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * MB
    max_rows: int = 200_000
    max_expanded_bytes: int = 300 * MB
    max_zip_entries: int = 5_000

    @classmethod
    def configured(cls) -> Limits:
        settings = get_settings()
        return cls(max_bytes=settings.max_upload_mb * MB, max_rows=settings.max_rows)


class UnreadableFile(ValueError):
    """The file cannot be read at all; the message says why and what to do, in Chinese."""


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)


def _check_archive(data: bytes, file_name: str, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise UnreadableFile(
            f"文件“{file_name}”已损坏，无法打开。请在 Excel 或 WPS 中另存为 .xlsx 后重新上传。"
        ) from exc
    expanded = sum(info.file_size for info in infos)
    if len(infos) > limits.max_zip_entries or expanded > limits.max_expanded_bytes:
        raise UnreadableFile(
            f"文件“{file_name}”解压后超过 {limits.max_expanded_bytes // MB} MB，不像是月报表，已拒收。"
            "请只保留月报工作表后重新上传。"
        )


def _decode_csv(data: bytes, file_name: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(f"文件“{file_name}”的文字编码无法识别。请用 Excel 另存为“CSV UTF-8”或 .xlsx 后重新上传。")


def _read_csv(data: bytes, file_name: str) -> list[Sheet]:
    text = _decode_csv(data, file_name)
    sample = text[:20_000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    rows = [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    stem = file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return [Sheet(name=stem, rows=rows)]


def _read_calamine(data: bytes, file_name: str, limits: Limits) -> list[Sheet]:
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError as exc:
        raise UnreadableFile(f"文件“{file_name}”设置了打开密码，请取消密码后重新上传。") from exc
    except Exception as exc:  # calamine raises several error types for damaged files
        raise UnreadableFile(
            f"文件“{file_name}”无法作为 Excel 文件打开（{type(exc).__name__}）。"
            "请在 Excel 或 WPS 中打开确认无误，另存为 .xlsx 后重新上传。"
        ) from exc
    sheets = []
    total = 0
    for meta in workbook.sheets_metadata:
        if str(meta.typ) != "SheetTypeEnum.WorkSheet":
            continue
        sheet = workbook.get_sheet_by_name(meta.name)
        total += sheet.height
        if total > limits.max_rows:
            raise UnreadableFile(
                f"文件“{file_name}”超过 {limits.max_rows:,} 行，已拒收。"
                "月报一般只有几十到几百行，请检查是否选错了文件。"
            )
        rows = sheet.to_python(skip_empty_area=False)
        merged = list(sheet.merged_cell_ranges or [])
        sheets.append(Sheet(name=meta.name, rows=rows, merged=merged))
    return sheets


def read_sheets(data: bytes, file_name: str, limits: Limits | None = None) -> list[Sheet]:
    """Every worksheet of the file; UnreadableFile (with a Chinese message) when it cannot be read."""
    limits = limits or Limits.configured()
    if len(data) > limits.max_bytes:
        raise UnreadableFile(
            f"文件“{file_name}”大小为 {len(data) / MB:.1f} MB，超过上限 {limits.max_bytes // MB} MB，已拒收。"
            "请删除图片和无关工作表后重新上传。"
        )
    if not data.strip():
        raise UnreadableFile(f"文件“{file_name}”是空文件，请选择填好的月报表。")
    if data[:4] == b"PK\x03\x04":
        _check_archive(data, file_name, limits)
        return _read_calamine(data, file_name, limits)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return _read_calamine(data, file_name, limits)
    if b"\x00" in data[:4096] or data[:5] == b"%PDF-":
        raise UnreadableFile(f"文件“{file_name}”不是 Excel 或 CSV 表格。请上传 .xlsx、.xls 或 .csv 格式的月报。")
    sheets = _read_csv(data, file_name)
    if len(sheets[0].rows) > limits.max_rows:
        raise UnreadableFile(f"文件“{file_name}”超过 {limits.max_rows:,} 行，已拒收。")
    return sheets
