"""Turn uploaded bytes into sheets of cell values, refusing what is too big or not a spreadsheet.

.xlsx / .xlsm (macros never run) / .xls / .ods through python-calamine; .csv in UTF-8 (with or
without BOM) or GBK/GB18030. The type is told from the content, not the file name.
"""

from __future__ import annotations

import contextlib
import csv
import io
import pickle
import posixpath
import re
import subprocess
import sys
import threading
import weakref
import zipfile
from array import array
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import zip_longest
from pathlib import Path
from xml.etree import ElementTree

from lib.collector import bulk_work
from lib.config import get_settings
from lib.ingest import apart, bounds, html_table

MB = 1024 * 1024
MAX_COLUMNS = 16_384  # Excel's last column, XFD
MAX_SHEETS = 200  # a return has a sheet per program and perhaps a few more
MAX_SHEET_NAME = 100  # Excel allows 31 characters
MAX_CELL_TEXT = 32_767  # characters a cell may hold
MAX_FORMULA = 8_192  # characters of a formula in Excel
MAX_PART = 16 * MB  # a part that is neither a worksheet nor shared strings (styles, workbook, relationships)
MAX_FORMULA_CELLS = 200_000  # formulas saved without results that are remembered in a sheet
MAX_REFERENCES = 200_000  # references followed when working out such formulas, over the workbook
MAX_FORMULA_TEXT = 2_000_000  # characters of such formulas read, over the workbook
MAX_PARTS = 255  # arguments of CONCATENATE in Excel (and pieces joined by &, which returns keep to a few)


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


@dataclass(frozen=True)
class RowMarks:
    """0-based rows of a worksheet a clerk does not see (hidden by hand or by a filter) or has struck
    through in every cell that holds something: what the return itself says is not part of it."""

    hidden: frozenset[int] = frozenset()
    struck: frozenset[int] = frozenset()


NO_MARKS = RowMarks()


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    # Formulas whose result the file does not hold ((row, column) -> formula), read only when asked.
    formula_source: Callable[[], dict[tuple[int, int], str]] | None = None
    workbook: dict[str, Sheet] | _Book = field(default_factory=dict, repr=False)
    # "" for a sheet as the file holds it; "across", "forms" or "split" for one made from it (lib.ingest.shapes).
    shape: str = ""
    # Read from a text file (CSV), where a leading apostrophe is a clerk's mark for "keep as text".
    text_file: bool = False
    # Rows a clerk does not see or has struck out, read only when asked (row_marks).
    marks_source: Callable[[], RowMarks] | None = None
    _formulas: dict[tuple[int, int], str] | None = field(default=None, repr=False)
    _marks: RowMarks | None = field(default=None, repr=False)
    # The background colours of its cells, read only when asked (a colour legend).
    fills_source: Callable[[], dict[tuple[int, int], str]] | None = None
    _fills: dict[tuple[int, int], str] | None = field(default=None, repr=False)

    # The units its cells' number formats show after a number (#,##0"套"), read only when asked.
    units_source: Callable[[], dict[tuple[int, int], str]] | None = None
    _units: dict[tuple[int, int], str] | None = field(default=None, repr=False)

    def cell_fills(self) -> dict[tuple[int, int], str]:
        """(0-based row, column) -> "RRGGBB" of each cell with a background colour."""
        if self._fills is None:
            self._fills = self.fills_source() if self.fills_source is not None else {}
        return self._fills

    def cell_units(self) -> dict[tuple[int, int], str]:
        """(0-based row, column) -> the unit a cell's number format shows after its number ("套" for
        #,##0"套"): what the clerk sees in the cell, though the file holds the number alone."""
        if self._units is None:
            self._units = self.units_source() if self.units_source is not None else {}
        return self._units

    def row_marks(self) -> RowMarks:
        """The sheet's hidden rows (by hand or filtered out) and rows struck through in every filled cell."""
        if self._marks is None:
            self._marks = self.marks_source() if self.marks_source is not None else NO_MARKS
        return self._marks

    _values: dict[tuple[int, int], str | None] = field(default_factory=dict, repr=False)

    def formula(self, r: int, c: int) -> str | None:
        """The formula of an empty-looking cell whose result was never saved (files written by programs)."""
        if self.formula_source is None:
            return None
        if self._formulas is None:
            self._formulas = self.formula_source()
        return self._formulas.get((r, c))

    @property
    def has_formulas(self) -> bool:
        """Whether any cell holds a formula saved without its result (after a first look-up)."""
        return self.formula_source is not None and (self._formulas is None or bool(self._formulas))

    def formula_value(self, r: int, c: int, depth: int = 0) -> str | None:
        """What a saved-without-result formula shows, for references, text and & / CONCATENATE of them.
        Each cell is worked out once (a formula referring to the same cell many times, over several
        levels, costs no more than its length), and a value longer than a cell may hold is not shown."""
        key = (r, c)
        if key in self._values:
            return self._values[key]
        formula = self.formula(r, c)
        if formula is None or depth > 5:
            return None
        self._values[key] = None  # while it is worked out: a formula that refers to itself shows nothing
        value = _evaluate(formula, self, depth)
        self._values[key] = value if value is None or len(value) <= MAX_CELL_TEXT else None
        return self._values[key]


_REFERENCE = re.compile(r"^(?:(?:'((?:[^']|'')+)'|([^!'\"&(),]+))!)?\$?([A-Z]{1,3})\$?(\d{1,7})$")


def _arguments(text: str, separator: str) -> list[str] | None:
    parts, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == separator and not quoted:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    if quoted:
        return None
    parts.append("".join(current).strip())
    return parts


def _evaluate(formula: str, sheet: Sheet, depth: int) -> str | None:
    text = formula.strip().lstrip("=")
    budget = sheet.workbook if isinstance(sheet.workbook, _Book) else None
    if len(text) > MAX_FORMULA:
        return None
    if budget is not None:  # each formula read costs its length, each reference followed one more
        budget.characters -= len(text)
        if budget.references <= 0 or budget.characters < 0:
            return None
    call = re.fullmatch(r"(?i)CONCATENATE\((.*)\)", text)
    parts = _arguments(call.group(1), ",") if call else _arguments(text, "&")
    if not parts or len(parts) > MAX_PARTS:
        return None
    out: list[str] = []
    length = 0
    for part in parts:
        if len(part) >= 2 and part[0] == part[-1] == '"':
            out.append(part[1:-1].replace('""', '"'))
        else:
            if budget is not None:
                budget.references -= 1
                if budget.references < 0:  # the workbook's formulas have cost enough: the rest show nothing
                    return None
            ref = _REFERENCE.match(part)
            if ref is None:
                return None
            name = (ref.group(1) or "").replace("''", "'") or ref.group(2)
            target = sheet.workbook.get(name) if name else sheet
            if target is None:
                return None
            r, c = int(ref.group(4)) - 1, bounds.column_number(ref.group(3)) - 1
            row = target.rows[r] if r < len(target.rows) else []
            value = row[c] if c < len(row) else None
            if value in (None, ""):
                value = target.formula_value(r, c, depth + 1) or ""
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            out.append(str(value))
        length += len(out[-1])
        if length > MAX_CELL_TEXT:
            return None  # longer than a cell may hold: not a value a return shows
    return "".join(out)


_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "p": "http://schemas.openxmlformats.org/package/2006/relationships",
}
_CELL = re.compile(r"([A-Z]{1,3})(\d{1,7})")


def _sheet_parts(parts: dict[str, bytes]) -> list[tuple[str, str]]:
    """(worksheet name, its part in the package) for each sheet the workbook lists."""
    try:
        book = ElementTree.fromstring(parts["xl/workbook.xml"])
        rels = ElementTree.fromstring(parts["xl/_rels/workbook.xml.rels"])
    except (KeyError, ElementTree.ParseError):
        return []
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.findall("p:Relationship", _NS)}
    pairs = []
    for node in book.iterfind("m:sheets/m:sheet", _NS):
        target = targets.get(node.get(f"{{{_NS['r']}}}id"), "")
        path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        pairs.append((node.get("name", ""), posixpath.normpath(path)))  # "xl/worksheets/../x.xml" is "xl/x.xml"
    return pairs


def _formulas_without_results(data: bytes, part: str) -> dict[tuple[int, int], str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read(part)
    except (KeyError, zipfile.BadZipFile):
        return {}
    if not _may_hold_formulas(xml):
        return {}
    found: dict[tuple[int, int], str] = {}
    try:
        for _, node in ElementTree.iterparse(io.BytesIO(xml)):
            if node.tag == f"{{{_NS['m']}}}row":
                node.clear()  # its cells are done: nothing of the sheet is kept but the formulas
            if node.tag != f"{{{_NS['m']}}}c":
                continue
            formula = node.find("m:f", _NS)
            value = node.find("m:v", _NS)
            if formula is not None and formula.text and (value is None or not value.text):
                where = _CELL.fullmatch(node.get("r", ""))
                if where:
                    found[(int(where.group(2)) - 1, bounds.column_number(where.group(1)) - 1)] = formula.text
                    if len(found) >= MAX_FORMULA_CELLS:  # more than a return holds: the rest are not worked out
                        return found
            node.clear()
    except ElementTree.ParseError:
        return found
    return found


_HIDDEN_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*\bhidden=[\"'](?:1|true)[\"']")
_TRUE = frozenset({None, "1", "true", "on"})


def struck_styles(styles: bytes) -> frozenset[int]:
    """The cell formats (xf indices) whose font is struck through, from xl/styles.xml."""
    if b"strike" not in styles:
        return frozenset()
    try:
        root = ElementTree.fromstring(styles)
    except ElementTree.ParseError:
        return frozenset()
    fonts = [
        (strike := font.find("m:strike", _NS)) is not None and strike.get("val") in _TRUE
        for font in root.iterfind("m:fonts/m:font", _NS)
    ]
    found = set()
    for i, xf in enumerate(root.iterfind("m:cellXfs/m:xf", _NS)):
        font = xf.get("fontId", "0")
        if font.isdigit() and int(font) < len(fonts) and fonts[int(font)]:
            found.add(i)
    return frozenset(found)


def fill_styles(styles: bytes) -> dict[int, str]:
    """The cell formats (xf indices) with a solid background colour given as RGB, from xl/styles.xml:
    index -> "RRGGBB"."""
    if b"solid" not in styles:
        return {}
    try:
        root = ElementTree.fromstring(styles)
    except ElementTree.ParseError:
        return {}
    fills: list[str | None] = []
    for fill in root.iterfind("m:fills/m:fill", _NS):
        pattern = fill.find("m:patternFill", _NS)
        colour = pattern.find("m:fgColor", _NS) if pattern is not None else None
        rgb = colour.get("rgb", "") if colour is not None else ""
        solid = pattern is not None and pattern.get("patternType") == "solid"
        fills.append(rgb[-6:].upper() if solid and len(rgb) in (6, 8) else None)
    found = {}
    for i, xf in enumerate(root.iterfind("m:cellXfs/m:xf", _NS)):
        fill = xf.get("fillId", "0")
        if fill.isdigit() and int(fill) < len(fills) and fills[int(fill)]:
            found[i] = fills[int(fill)]
    return found


# A number format's first section: a number (0, #, ?, with , and .) then a literal ("套", \台) and nothing else.
_UNIT_FORMAT = re.compile(r'[#0?,.]*[0#?][#0?,.]*\s*(?:"([^"0-9%]{1,4})"|\\([^\x00-\x7f]))\s*')


def unit_styles(styles: bytes) -> dict[int, str]:
    """The cell formats (xf indices) whose number format shows a unit after the number, from xl/styles.xml:
    index -> the unit ("#,##0"套"" -> "套"). Dates, percentages and text before the number are not units."""
    if b"numFmt " not in styles and b"numFmt\t" not in styles:
        return {}
    try:
        root = ElementTree.fromstring(styles)
    except ElementTree.ParseError:
        return {}
    units: dict[str, str] = {}
    for fmt in root.iterfind("m:numFmts/m:numFmt", _NS):
        first = fmt.get("formatCode", "").split(";", 1)[0]
        if found := _UNIT_FORMAT.fullmatch(first):
            units[fmt.get("numFmtId", "")] = (found.group(1) or found.group(2)).strip()
    if not units:
        return {}
    return {
        i: units[xf.get("numFmtId", "0")]
        for i, xf in enumerate(root.iterfind("m:cellXfs/m:xf", _NS))
        if units.get(xf.get("numFmtId", "0"))
    }


MAX_FILLED_CELLS = 200_000  # coloured cells remembered for a sheet's colour legend (and cells with a unit)


def _cell_fills(data: bytes, part: str, fills: dict[int, str]) -> dict[tuple[int, int], str]:
    """(0-based row, column) -> what a cell's format (xf index) says, for every cell whose format is in
    `fills`: its background colour, empty ones too (a legend's colour swatch holds nothing), or the unit
    its number format shows; walked a row at a time."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read(part)
    except (KeyError, zipfile.BadZipFile):
        return {}
    found: dict[tuple[int, int], str] = {}
    cell_tag, row_tag = f"{{{_NS['m']}}}c", f"{{{_NS['m']}}}row"
    try:
        for _, node in ElementTree.iterparse(io.BytesIO(xml)):
            if node.tag == cell_tag:
                style = node.get("s", "0")
                where = _CELL.fullmatch(node.get("r", ""))
                if where and style.isdigit() and int(style) in fills:
                    found[(int(where.group(2)) - 1, bounds.column_number(where.group(1)) - 1)] = fills[int(style)]
                    if len(found) >= MAX_FILLED_CELLS:
                        return found
                node.clear()
            elif node.tag == row_tag:
                node.clear()
    except ElementTree.ParseError:
        pass
    return found


def _hides_a_row(xml: bytes) -> bool:
    """Whether a row element says hidden: each hidden="1" found (a few columns may have one too) is looked
    at in its own tag, so a sheet without any costs one search of its bytes."""
    for word in (b'hidden="1"', b"hidden='1'", b'hidden="true"'):
        at = xml.find(word)
        while at >= 0:
            start = xml.rfind(b"<", 0, at)
            if _HIDDEN_ROW.match(xml, start, at + len(word)):
                return True
            at = xml.find(word, at + 1)
    return False


def may_hold_marks(xml: bytes, struck: frozenset[int]) -> bool:
    """Whether a worksheet may hide a row or strike one through (a quick look at its XML)."""
    if _hides_a_row(xml):
        return True
    return bool(struck) and re.search(rb'\ss="(?:%b)"' % b"|".join(str(i).encode() for i in sorted(struck)), xml)


def _row_marks(data: bytes, part: str, struck: frozenset[int]) -> RowMarks:
    """The worksheet's hidden and struck-through rows, walked a row at a time (nothing else is kept)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read(part)
    except (KeyError, zipfile.BadZipFile):
        return NO_MARKS
    hidden: set[int] = set()
    crossed: set[int] = set()
    row_tag, cell_tag = f"{{{_NS['m']}}}row", f"{{{_NS['m']}}}c"
    filled = marked = 0
    number = 0
    try:
        for event, node in ElementTree.iterparse(io.BytesIO(xml), events=("start", "end")):
            if node.tag == row_tag:
                if event == "start":
                    written = node.get("r", "")
                    number = int(written) if written.isdigit() else number + 1
                    if node.get("hidden") in ("1", "true"):
                        hidden.add(number - 1)
                    filled = marked = 0
                else:
                    if filled and marked == filled:
                        crossed.add(number - 1)
                    node.clear()
            elif node.tag == cell_tag and event == "end":
                if node.find("m:v", _NS) is not None or node.find("m:is", _NS) is not None:
                    filled += 1
                    style = node.get("s", "0")
                    marked += style.isdigit() and int(style) in struck
                node.clear()
    except ElementTree.ParseError:
        pass
    return RowMarks(frozenset(hidden), frozenset(crossed))


class _Bounds:
    """A zip package's limits, checked before anything the reader makes of a part is taken (it reads in a
    process of its own, ahead of the checks): at once the entries, the sizes they declare and
    (OpenDocument) every table; each worksheet before its cells are taken, decompressed within the
    package's budget with its extent bounded. place is called before a part larger than a return's
    parts but a table of shared strings may be is measured: from then on the upload holds a place among
    the readers. Raises UnreadableFile."""

    def __init__(self, data: bytes, file_name: str, limits: Limits, place: Callable[[], None]) -> None:
        self.file_name, self.limits = file_name, limits
        self.package = self._opened(lambda: bounds.Package(data, limits.max_expanded_bytes, limits.max_zip_entries))
        for part in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "mimetype"):
            if part in self.package.names and self.package.size(part) > MAX_PART:
                raise _too_large_part(file_name, part)
        lists = {part: self._read(part) for part in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "mimetype")}
        self.opendocument = opendocument = "content.xml" in self.package.names and lists["mimetype"].startswith(
            b"application/vnd.oasis"
        )
        if not opendocument and (
            "xl/workbook.xml" not in self.package.names or "xl/workbook.bin" in self.package.names
        ):
            # A binary workbook (.xlsb) or another package: the reader would take it, the bounds cannot read it.
            raise UnreadableFile(
                f"文件“{file_name}”不是 .xlsx 或 .ods 表格（可能是 .xlsb 二进制工作簿），无法检查，已拒收。"
                "请在 Excel 或 WPS 中另存为 .xlsx 后重新上传。"
            )
        pairs = _sheet_parts(lists)
        if len({path for _, path in pairs}) != len(pairs) or len({name for name, _ in pairs}) != len(pairs):
            raise UnreadableFile(
                f"文件“{file_name}”有同名的工作表或指向同一份内容的工作表，不是正常保存的表格文件，已拒收。"
                "请在 Excel 或 WPS 中打开，另存为 .xlsx 后重新上传。"
            )
        self.paths = dict(pairs)
        self.bounded: set[str] = set()  # parts whose extent is checked (as worksheets)
        if opendocument:
            self.bounded.add("content.xml")
            if self.package.size("content.xml") > MAX_PART:
                place()
            content = self._read("content.xml")
            if bounds.has_long_text(content):
                raise _long_text(file_name, "内容")
            _refuse_far(file_name, self._opened(lambda: bounds.ods_extents(content)), limits)
        # Every other part may be read when the workbook is opened (shared strings, styles): each is
        # measured as it is decompressed, a piece at a time within the budget (never whole in the server):
        # its elements counted, and shared strings (si elements, wherever they are) measured one by one
        # for the worksheets' check. A part larger than any but a table of shared strings may be is
        # measured only once the upload holds a place among the readers (place): its measuring is work
        # of the same kind as a reading's, and uploads at once share those places.
        sheets = set(self.paths.values()) | self.bounded
        self.string_sizes: array[int] = array("I")
        for part in self.package.names:
            if part not in sheets and not part.endswith("/"):
                if self.package.size(part) > MAX_PART:
                    place()
                measured, sizes = self._opened(partial(self._measured, part))
                if measured.elements > bounds.MAX_CELLS:
                    raise UnreadableFile(
                        f"文件“{file_name}”的部件“{part}”包含 {measured.elements:,} 个元素，远超月报的正常大小，"
                        "已拒收。请在 Excel 或 WPS 中打开，只保留月报工作表，另存为 .xlsx 后重新上传。"
                    )
                if measured.long_text:
                    raise _long_text(file_name, f"部件“{part}”")
                if not sizes and measured.size > MAX_PART:  # styles, workbook, relationships: a few KB in a return
                    raise _too_large_part(file_name, part)
                if sizes and not self.string_sizes:  # the usual workbook: one table
                    self.string_sizes = sizes
                elif sizes:
                    wide = "Q" in (sizes.typecode, self.string_sizes.typecode)
                    pairs = zip_longest(self.string_sizes, sizes, fillvalue=0)
                    self.string_sizes = array("Q" if wide else "I", map(max, pairs))
        self.longest_string = max(self.string_sizes, default=0)
        # Fonts struck through (a row a clerk crossed out); styles were measured above, a few KB in a return.
        styles = self._read("xl/styles.xml") if not opendocument else b""
        self.struck = struck_styles(styles)
        self.fills = fill_styles(styles)  # backgrounds: a colour legend may say a colour's rows do not count
        self.units = unit_styles(styles)  # units shown by number formats (#,##0"套"), for quantities
        self.marked: dict[str, str] = {}  # sheet name -> its part, when it may hide or strike out rows
        self.text = 0  # the text the worksheets bounded so far put into cells (bounds.MAX_TEXT)
        self.estimated: dict[str, int] = {}  # part -> the bound its copied text counts at, where not exact

    def _opened(self, open_package):
        try:
            return open_package()
        except ValueError as exc:
            raise UnreadableFile(
                f"文件“{self.file_name}”{exc}，已拒收。"
                "请在 Excel 或 WPS 中打开，只保留月报工作表，另存为 .xlsx 后重新上传。"
            ) from exc

    def _measured(self, part: str) -> tuple[bounds.PartMeasure, array[int]]:
        """A part measured a window at a time (bounds.PartMeasure), never whole in the server's memory."""
        return bounds.measure(self.package.chunks(part, bounds.TEXT_WINDOW), self.package.size(part))

    def _copied(self, xml: bytes) -> int:
        """The shared-string text a worksheet's cells copy, cell by cell."""
        return self._opened(partial(bounds.shared_text, xml, self.string_sizes))

    def _read(self, part: str) -> bytes:
        return self._opened(lambda: self.package.read(part)) if part in self.package.names else b""

    def check(self, name: str) -> str | None:
        """Bound the worksheet called name before it is read; returns its part when it may hold formulas.
        When the workbook does not say which part that is (or names one the package lacks), every part of
        the package is bounded first: nothing a reader may open goes unchecked."""
        part = self.paths.get(name)
        if part in self.package.names:
            parts = [] if part in self.bounded else [part]
        else:
            parts = [n for n in self.package.names if not n.endswith("/") and n not in self.bounded]
        self.bounded.update(parts)
        max_cells = min(bounds.MAX_CELLS, self.limits.max_rows * 64)
        formulas = None
        for each in parts:
            xml, shown = self._read(each), name if each == part else each
            if bounds.has_long_text(xml):
                raise _long_text(self.file_name, f"工作表“{shown}”")
            try:
                found = bounds.extent(xml)
                over = found.rows > self.limits.max_rows or found.columns > MAX_COLUMNS
                if over or found.area > max_cells or found.cells > max_cells:
                    exact = bounds.extent(xml, exact=True)
                    _refuse_far(self.file_name, [(shown, exact)], self.limits)
            except UnreadableFile:
                raise
            except ValueError as exc:  # a sheet that has to be walked cell by cell is not well-formed
                raise _damaged(self.file_name, shown, exc) from exc
            # The text this sheet adds: its XML, and the shared strings its cells copy, at most the longest
            # each; exactly, cell by cell, when that bound would take the workbook past its budget (and then
            # the sheets before that were bounded the quick way are counted exactly too).
            self.text += len(xml)
            if self.longest_string:
                copied = bounds.shared_cells(xml, found) * self.longest_string
                if self.text + copied > bounds.MAX_TEXT:
                    copied = self._copied(xml)
                    self.text -= sum(self.estimated.values())
                    self.text += sum(self._copied(self._read(p)) for p in self.estimated)
                    self.estimated.clear()
                else:
                    self.estimated[each] = copied
                self.text += copied
            if self.text > bounds.MAX_TEXT:
                raise _copied_text(self.file_name, shown, self.text)
            # Each merged range becomes objects of its own when read (anywhere in the sheet, any prefix):
            # one per row at most (the name occurs once or twice per range, so this never undercounts).
            merges = xml.count(b"mergeCell")
            if merges > self.limits.max_rows:
                raise UnreadableFile(
                    f"文件“{self.file_name}”的工作表“{shown}”有 {merges:,} 处合并单元格，远超月报的正常数量，已拒收。"
                    "请取消不必要的合并单元格，另存为 .xlsx 后重新上传。"
                )
            if each == part and _may_hold_formulas(xml, found.prefixed):
                formulas = part
            if each == part and may_hold_marks(xml, self.struck):
                self.marked[name] = part
        return formulas


_FORMULA, _PREFIXED_FORMULA = re.compile(rb"<f[\s/>]"), re.compile(rb":f[\s/>]")


def _may_hold_formulas(xml: bytes, prefixed: bool = True) -> bool:
    return _FORMULA.search(xml) is not None or (prefixed and _PREFIXED_FORMULA.search(xml) is not None)


def _beyond_limits(file_name: str) -> UnreadableFile:
    """The reader's process died at its memory or CPU limit (or ran out of memory)."""
    return UnreadableFile(
        f"文件“{file_name}”读取时超出了内存或时间的限制，不像是月报，已拒收。"
        "请在 Excel 或 WPS 中另存为 .xlsx 后重新上传。"
    )


def _too_large_part(file_name: str, part: str) -> UnreadableFile:
    return UnreadableFile(
        f"文件“{file_name}”的部件“{part}”超过 {MAX_PART // MB} MB，远超月报的正常大小，已拒收。"
        "请在 Excel 或 WPS 中打开，只保留月报工作表，另存为 .xlsx 后重新上传。"
    )


def _long_text(file_name: str, where: str) -> UnreadableFile:
    return UnreadableFile(
        f"文件“{file_name}”的{where}有一段超过 2 MB 的文字（一个单元格最多 32,767 个字），不像是月报，已拒收。"
        "请检查是否粘贴了大段无关内容，删除后另存为 .xlsx 再上传。"
    )


def _copied_text(file_name: str, sheet: str, size: int) -> UnreadableFile:
    return UnreadableFile(
        f"文件“{file_name}”到工作表“{sheet}”为止，单元格文字合计约 {size >> 20:,} MB，远超月报的正常大小，已拒收。"
        "请检查是否有超长的文字被复制到大量单元格，删除后另存为 .xlsx 再上传。"
    )


def _damaged(file_name: str, sheet: str, exc: BaseException | str) -> UnreadableFile:
    """A sheet the reader (or a check) could not read; exc is the error or the name of its type."""
    kind = exc if isinstance(exc, str) else type(exc).__name__
    return UnreadableFile(
        f"文件“{file_name}”的工作表“{sheet}”已损坏，无法读取（{kind}）。"
        "请在 Excel 或 WPS 中打开该文件，确认这张工作表能正常显示后另存为 .xlsx，再重新上传。"
    )


def _too_many_rows(file_name: str, limits: Limits) -> UnreadableFile:
    return UnreadableFile(
        f"文件“{file_name}”超过 {limits.max_rows:,} 行，已拒收。月报一般只有几十到几百行，请检查是否选错了文件。"
    )


def _too_many_cells(file_name: str) -> UnreadableFile:
    return UnreadableFile(
        f"文件“{file_name}”的各工作表合计超过 {bounds.MAX_CELLS:,} 个单元格，远超月报的正常大小，已拒收。"
        "请只保留月报工作表，删除多余的行和列后另存为 .xlsx，再重新上传。"
    )


def _refuse_far(file_name: str, extents: list[tuple[str, bounds.Extent]], limits: Limits) -> None:
    """Refuse a file whose sheets reach further than a return can, naming the sheet and the cell."""
    max_cells = min(bounds.MAX_CELLS, limits.max_rows * 64)
    for name, found in extents:
        far = f"{bounds.column_name(found.columns)}{found.rows}"
        if found.columns > MAX_COLUMNS:
            raise UnreadableFile(
                f"文件“{file_name}”的工作表“{name}”有内容延伸到第 {found.columns:,} 列（{far} 单元格），"
                f"超过表格的 {MAX_COLUMNS:,} 列，已拒收。"
                "请在 Excel 或 WPS 中打开，删除多余的列后另存为 .xlsx，再重新上传。"
            )
        if found.rows > limits.max_rows:
            raise UnreadableFile(
                f"文件“{file_name}”的工作表“{name}”有内容延伸到第 {found.rows:,} 行（{far} 单元格），"
                f"超过 {limits.max_rows:,} 行，已拒收。月报一般只有几十到几百行，请删除多余的行后重新上传。"
            )
        if found.area > max_cells or found.cells > max_cells:
            raise UnreadableFile(
                f"文件“{file_name}”的工作表“{name}”有内容延伸到 {far} 单元格"
                f"（{found.rows:,} 行 × {found.columns:,} 列），远超月报的正常大小，已拒收。"
                "请在 Excel 中按 Ctrl+End 找到最后一个单元格，删除多余的行和列后另存，再重新上传。"
            )
    total = 0
    for name, found in extents:  # the text the sheets put into cells, over the workbook
        total += found.text
        if total > bounds.MAX_TEXT:
            raise _copied_text(file_name, name, total)


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_DELIMITERS = (",", "\t", ";", "，", "|")


def _text_encoding(data: bytes) -> str | None:
    """The encoding of a text table: by its byte-order mark, UTF-16 told by its zero bytes (Excel's
    "Unicode 文本" export), else None when it is not text at all (zero bytes anywhere else)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    head = data[:4096]
    if b"\x00" not in head:
        return ""
    # Zero bytes on one side only: the high bytes of ASCII (digits, commas, line ends) in UTF-16, however much
    # Chinese (no zero byte) the text holds; a file without a byte-order mark (a Mac's export) is read too.
    odd, even = head[1::2].count(0), head[0::2].count(0)
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= min(8, len(head) // 8) and others * 10 <= zeros:  # 一 (U+4E00) has a zero byte of its own
            try:
                head[: len(head) // 2 * 2].decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    # A stray NUL or two in a text table (a copy from another system) is dropped; many are a binary file.
    return "" if data.count(0) * 1000 < len(data) else None


def _decode_csv(data: bytes, file_name: str, encoding: str) -> str:
    for candidate in (encoding,) if encoding else ("utf-8-sig", "gb18030"):
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(f"文件“{file_name}”的文字编码无法识别。请用 Excel 另存为“CSV UTF-8”或 .xlsx 后重新上传。")


def _delimiter(text: str) -> str:
    """The separator that splits most lines into several fields, the same number on most of them
    (title lines above the header have one field whatever the separator)."""
    lines = [line for line in text[:50_000].splitlines()[:200] if line.strip()]
    best, best_key = ",", (0, 0)
    for candidate in _DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=candidate) if len(row) >= 3]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        key = (widths.count(common), len(widths))
        if key > best_key:
            best, best_key = candidate, key
    return best


# The start of a line long enough to hold MAX_COLUMNS fields (anchored: each line is looked at once).
_LONG_LINE = re.compile(f"^[^\n]{{{MAX_COLUMNS - 1}}}", re.MULTILINE)


# Excel's first line naming the separator (sep=, sep=; sep=<tab> sep=|): it is no row of the table.
# Some programs pad it with separators to the table's width (sep=,,,,).
_SEPARATOR_LINE = re.compile(r'"?sep=([^\w\s"]|\t)"?\1*[ ]*(?:\r\n|\n|\r|$)', re.IGNORECASE)


def _read_csv(data: bytes, file_name: str, encoding: str, limits: Limits) -> list[Sheet]:
    text = _decode_csv(data, file_name, encoding).replace("\x00", "")
    declared = _SEPARATOR_LINE.match(text)
    if declared:
        delimiter = declared.group(1)
        text = "\n" + text[declared.end() :]  # an empty first line: every row keeps its line number
    else:
        delimiter = _delimiter(text)
    # A line split into more columns than a table has is refused before it is split (a line of millions
    # of separators would cost seconds and hundreds of MB): only lines long enough to hold so many are
    # looked at, with every kind of line break (\r\n, \n, \r) ending a line.
    lines = text if "\r" not in text else text.replace("\r\n", "\n").replace("\r", "\n")
    for line in _LONG_LINE.finditer(lines):
        end = lines.find("\n", line.start())
        separators = lines.count(delimiter, line.start(), len(lines) if end < 0 else end)
        if separators >= MAX_COLUMNS:
            raise _too_wide(file_name, separators + 1)
    del lines
    rows: list[list[str]] = []
    cells = 0
    try:
        # Row by row, so the limits stop a file of millions of short lines (or one of quoted line breaks)
        # before it is all in memory. A record whose quoted cells hold line breaks is the row of the line
        # it starts on, and the lines it continues on are empty rows: every row is the line a text editor
        # shows it on.
        records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        start = 1
        for row in records:
            if start > limits.max_rows:
                raise _too_many_rows(file_name, limits)
            rows.extend([] for _ in range(start - 1 - len(rows)))
            rows.append(row)
            start = records.line_num + 1
            cells += len(row)
            if len(row) > MAX_COLUMNS:
                raise _too_wide(file_name, len(row))
            if cells > bounds.MAX_CELLS:
                raise UnreadableFile(
                    f"文件“{file_name}”超过 {bounds.MAX_CELLS:,} 个单元格，远超月报的正常大小，已拒收。"
                    "请删除多余的行和列后另存为 .xlsx，再重新上传。"
                )
    except csv.Error as exc:
        raise UnreadableFile(
            f"文件“{file_name}”有一个单元格超过 {csv.field_size_limit():,} 个字符或引号不配对，无法按表格读取。"
            "请在 Excel 中打开检查后另存为 .xlsx 再上传。"
        ) from exc
    stem = file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return [Sheet(name=stem, rows=rows, text_file=True)]


def _read_html(data: bytes, file_name: str, limits: Limits) -> Sheet:
    """A web page saved as a spreadsheet, read as Excel opens it (lib.ingest.html_table), within the same
    limits as a workbook: rows, columns, cells (as for a worksheet), text of a cell, merged ranges."""
    try:
        page = html_table.read_html(
            html_table.decode_html(data),
            max_rows=limits.max_rows,
            max_columns=MAX_COLUMNS,
            max_cells=min(bounds.MAX_CELLS, limits.max_rows * 64),
            max_text=MAX_CELL_TEXT,
        )
    except html_table.NoTable as exc:
        raise UnreadableFile(
            f"文件“{file_name}”{exc}。请在系统中重新导出表格，或在浏览器中打开后把表格复制到 Excel，"
            "另存为 .xlsx 再上传。"
        ) from exc
    except ValueError as exc:
        raise UnreadableFile(
            f"文件“{file_name}”是网页格式的表格，{exc}，已拒收。"
            "请在 Excel 或 WPS 中打开，删除多余的内容后另存为 .xlsx，再重新上传。"
        ) from exc
    hidden = RowMarks(hidden=frozenset(page.hidden)) if page.hidden else NO_MARKS
    name = page.name[:MAX_SHEET_NAME]
    return Sheet(name=name, rows=page.rows, merged=page.merged, marks_source=lambda: hidden)


def _too_wide(file_name: str, columns: int) -> UnreadableFile:
    return UnreadableFile(
        f"文件“{file_name}”有一行分成了 {columns:,} 列，超过表格的 {MAX_COLUMNS:,} 列，已拒收。"
        "请在 Excel 中打开检查分隔符后另存为 .xlsx，再重新上传。"
    )


class _Book:
    """The workbook's sheets by name, for formulas that refer to another sheet: a sheet still being read
    is waited for. Also what is left of the references formulas may follow and of the formula text they may
    read (MAX_REFERENCES, MAX_FORMULA_TEXT): past them, formulas saved without results show nothing.

    Each sheet refers to its book and the book only weakly to the sheets handed on (held until the last
    is handed on, then while whoever took them holds them): no reference cycle, so the rows are freed when
    the caller is done with them, not by a later pass of the cyclic collector over every row."""

    def __init__(self) -> None:
        self.sheets: dict[str, weakref.ref[Sheet]] = {}
        self.pending: dict[str, Future] = {}
        self.references, self.characters = MAX_REFERENCES, MAX_FORMULA_TEXT

    def hand_on(self, name: str) -> Sheet:
        """The sheet called name, once read; from then on the book holds it only weakly."""
        sheet = self.pending.pop(name).result()
        self.sheets[name] = weakref.ref(sheet)
        return sheet

    def get(self, name: str, default: Sheet | None = None) -> Sheet | None:
        known = self.sheets.get(name)
        sheet = known() if known is not None else None
        if sheet is None and name in self.pending:
            sheet = self.pending[name].result()
        return default if sheet is None else sheet


class _Apart:
    """The spreadsheet reader in a process of its own (lib/ingest/apart.py: within a memory and CPU limit),
    reading every worksheet in order. What no check foresees costs that process, never the server. At most
    SLOTS such processes run at once (each may take up to MEMORY): uploads beyond them wait their turn."""

    MEMORY = 1 << 30  # bytes of address space: a return at the row limit needs well under half
    SECONDS = 20  # of CPU: a return at the row limit reads in a few seconds
    TIMEOUT = 120  # seconds a file may take in all (its CPU is limited apart: this is for a stalled process)
    SLOTS = threading.BoundedSemaphore(2)  # readers at once, over the server process
    WAIT = 60  # seconds an upload waits for a free slot

    @classmethod
    def at_once(cls, data: bytes, file_name: str, limits: Limits) -> _Apart | None:
        """A reader started now when a place is free, else None (the caller starts one later, waiting)."""
        if not cls.SLOTS.acquire(blocking=False):
            return None
        return cls(data, file_name, limits, placed=True)

    def __init__(self, data: bytes, file_name: str, limits: Limits, *, placed: bool = False) -> None:
        self.file_name = file_name
        if not placed and not self.SLOTS.acquire(timeout=self.WAIT):
            raise UnreadableFile(
                f"服务器正在读取其他单位上传的文件，文件“{file_name}”暂未读取，没有任何改动。请稍等一分钟后重新上传。"
            )
        self._held, self._lock = True, threading.Lock()
        try:
            asked = (limits.max_rows, bounds.MAX_CELLS, self.MEMORY, self.SECONDS)
            self.process = subprocess.Popen(
                [sys.executable, str(_APART), *map(str, asked)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except BaseException:
            self._release()
            raise
        self.watchdog = threading.Timer(self.TIMEOUT, self._expire)
        self.watchdog.daemon = True
        self.watchdog.start()
        # Fed from a thread: the file waits in the pipe until the process has started, the checks need not.
        threading.Thread(target=self._feed, args=(data,), name="reader-feed", daemon=True).start()

    def _expire(self) -> None:
        """A process still there after TIMEOUT is ended, and its slot given back, whoever still holds it."""
        self.process.kill()
        self._release()

    def _release(self) -> None:
        with self._lock:
            if self._held:
                self._held = False
                self.SLOTS.release()

    def _feed(self, data: bytes) -> None:
        with contextlib.suppress(BrokenPipeError, OSError, ValueError):  # a process that died: see its answer
            self.process.stdin.write(data)  # type: ignore[union-attr]
            self.process.stdin.close()  # type: ignore[union-attr]

    def answer(self) -> tuple:
        """The next result; a process that died (past its memory or CPU limit, or ended) is a refusal."""
        body = apart.receive(self.process.stdout)  # type: ignore[arg-type]
        if body is None:
            self.close()
            raise _beyond_limits(self.file_name)
        try:
            return _Values(io.BytesIO(body)).load()
        except pickle.UnpicklingError:
            self.close()
            raise UnreadableFile(
                f"文件“{self.file_name}”读取失败，已拒收。请在 Excel 或 WPS 中打开确认无误，另存为 .xlsx 后重新上传。"
            ) from None

    def close(self) -> None:
        """End the process (at once: whatever it still had to send is not wanted)."""
        self.watchdog.cancel()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._release()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


class _Values(pickle.Unpickler):
    """What the reader's process sends: texts, numbers, dates and times in tuples and lists, nothing else.
    The process parses files from anywhere; whatever happened to it, no other kind of object is made here."""

    ALLOWED = frozenset(("datetime", name) for name in ("date", "datetime", "time", "timedelta"))

    def find_class(self, module: str, name: str):
        if (module, name) in self.ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name}")


def _read_streamed(
    data: bytes, file_name: str, limits: Limits, checked: _Bounds | None = None, reader: _Apart | None = None
) -> Iterator[Sheet]:
    """The worksheets, each handed on as soon as it is read. The reader runs in a process of its own
    (_Apart, started here unless given) and reads ahead; a sheet's values are taken from it only once the
    server has bounded the sheet (checked), and the caller works on one sheet while the next is read.
    Opening errors and sheets beyond the limits are raised here, before any sheet is handed on; a sheet
    the reader refuses, or a reader that dies, when that sheet is reached."""
    reader = reader or _Apart(data, file_name, limits)
    try:
        opened = reader.answer()
        if opened[0] == "unopened":
            if opened[1] == "PasswordError":
                raise UnreadableFile(f"文件“{file_name}”设置了打开密码，请取消密码后重新上传。")
            raise UnreadableFile(
                f"文件“{file_name}”无法作为 Excel 文件打开（{opened[1]}）。"
                "请在 Excel 或 WPS 中打开确认无误，另存为 .xlsx 后重新上传。"
            )
        names: list[str] = opened[1]
        # Each sheet costs a look for its return, whatever it holds; a name is looked at character by character.
        longest = max(names, key=len, default="")
        if len(set(names)) != len(names):  # the reader opens the first of a name, a check may have looked at another
            raise UnreadableFile(
                f"文件“{file_name}”有同名的工作表，不是正常保存的表格文件，已拒收。"
                "请在 Excel 或 WPS 中打开，另存为 .xlsx 后重新上传。"
            )
        if len(names) > MAX_SHEETS or len(longest) > MAX_SHEET_NAME:
            raise UnreadableFile(
                f"文件“{file_name}”有 {len(names):,} 个工作表，最长的名称 {len(longest):,} 个字，"
                f"超过 {MAX_SHEETS} 个工作表或 {MAX_SHEET_NAME} 个字的名称，不像是月报，已拒收。"
                "请只保留月报工作表，另存为 .xlsx 后重新上传。"
            )
        book = _Book()
        receiving = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sheet-reader")

        def receive(part: str | None, marked: str | None) -> Sheet:
            result = reader.answer()
            if result[0] == "rows":
                raise _too_many_rows(file_name, limits)
            if result[0] == "cells":
                raise _too_many_cells(file_name)
            if result[0] == "damaged":
                if result[2] == "MemoryError":
                    raise _beyond_limits(file_name)
                raise _damaged(file_name, result[1], result[2])
            _, name, cells, merged = result
            if name == names[-1]:  # the process has sent everything: its slot is free for the next upload
                reader.close()
            source = (lambda: _formulas_without_results(data, part)) if part else None
            marks = (lambda: _row_marks(data, marked, checked.struck)) if marked and checked else None
            own = checked.paths.get(name) if checked else None
            fills = (lambda: _cell_fills(data, own, checked.fills)) if own and checked.fills else None
            units = (lambda: _cell_fills(data, own, checked.units)) if own and checked.units else None
            return Sheet(
                name=name,
                rows=cells,
                merged=merged,
                formula_source=source,
                workbook=book,
                marks_source=marks,
                fills_source=fills,
                units_source=units,
            )

        try:
            for name in names:  # each sheet bounded before its values are taken, while the ones before are read
                formulas = checked.check(name) if checked else None
                book.pending[name] = receiving.submit(receive, formulas, checked.marked.get(name) if checked else None)
        except UnreadableFile:
            receiving.shutdown(wait=False, cancel_futures=True)
            raise
    except BaseException:
        reader.close()
        raise
    return _handed_on(book, names, receiving, reader)


def _handed_on(book: _Book, names: list[str], receiving: ThreadPoolExecutor, reader: _Apart) -> Iterator[Sheet]:
    held = []  # every sheet handed on stays until the last is: a formula may refer to an earlier sheet
    try:
        for name in names:
            held.append(book.hand_on(name))
            yield held[-1]
    finally:
        receiving.shutdown(wait=False, cancel_futures=True)
        reader.close()
        book.pending.clear()


_APART = Path(apart.__file__)


@bulk_work
def read_sheets(data: bytes, file_name: str, limits: Limits | None = None) -> list[Sheet]:
    """Every worksheet of the file; UnreadableFile (with a Chinese message) when it cannot be read."""
    return list(iter_sheets(data, file_name, limits))


def iter_sheets(data: bytes, file_name: str, limits: Limits | None = None) -> Iterator[Sheet]:
    """read_sheets, each sheet handed on as soon as it is read (the next one is read meanwhile). What
    makes the file unreadable as a whole is raised by this call; a sheet beyond the row limit, when it
    is reached."""
    limits = limits or Limits.configured()
    if len(data) > limits.max_bytes:
        raise UnreadableFile(
            f"文件“{file_name}”大小为 {len(data) / MB:.1f} MB，超过上限 {limits.max_bytes // MB} MB，已拒收。"
            "请删除图片和无关工作表后重新上传。"
        )
    if not data.strip():
        raise UnreadableFile(f"文件“{file_name}”是空文件，请选择填好的月报表。")
    if data[:4] == b"PK\x03\x04":
        # When a place is free the reader starts opening the workbook in its own process while the package
        # is checked here (else it waits for one after the checks); nothing it sends is taken before the
        # checks passed, and a refusal ends it.
        reader = _Apart.at_once(data, file_name, limits)

        def place() -> None:
            """A place for this upload before a large part is measured: the reader starts then (waiting)."""
            nonlocal reader
            if reader is None:
                reader = _Apart(data, file_name, limits)

        try:
            checked = _Bounds(data, file_name, limits, place)
        except BaseException:
            if reader is not None:
                reader.close()
            raise
        return _read_streamed(data, file_name, limits, None if checked.opendocument else checked, reader)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            # An .xlsx with an open password is an encrypted package inside an OLE container.
            raise UnreadableFile(f"文件“{file_name}”设置了打开密码，请在 Excel 或 WPS 中取消密码后另存，再重新上传。")
        try:
            extents = bounds.xls_extents(data)
        except ValueError as exc:
            raise UnreadableFile(f"文件“{file_name}”{exc}，请在 Excel 或 WPS 中另存为 .xlsx 后重新上传。") from exc
        _refuse_far(file_name, extents, limits)
        return _read_streamed(data, file_name, limits)
    if html_table.looks_like_html(data):
        return iter([_read_html(data, file_name, limits)])
    encoding = _text_encoding(data)
    if encoding is None or data[:5] == b"%PDF-":
        raise UnreadableFile(f"文件“{file_name}”不是 Excel 或 CSV 表格。请上传 .xlsx、.xls 或 .csv 格式的月报。")
    return iter(_read_csv(data, file_name, encoding, limits))
