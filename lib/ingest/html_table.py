"""Read a web page saved as a spreadsheet (a system's 导出Excel: HTML tables in an .xls) as Excel opens it.

Pure functions over bytes and text, bounded as they go; raise ValueError with the Chinese reason (the
caller names the file). Imports nothing of lib.ingest.read. A tokenizer of its own rather than the standard
html.parser (about 6 µs a tag, and quadratic on runs of "<" in the Python this runs on) or lxml's HTML
parser (stalls for minutes on a run of "</"): every search stops at the next "<" or moves on for good, so
a page costs time in proportion to its length, and no stack of open elements is kept.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import time
from dataclasses import dataclass, field
from html import unescape

MAX_STEPS = 4_000_000  # tags, comments and declarations: a return's page has one or two per cell
MAX_NESTING = 32  # tables inside tables
MAX_COLSPAN = 1_000  # HTML's own limit for colspan
MAX_ROWSPAN = 65_534  # and for rowspan
MAX_SECONDS = 15.0  # of this thread's CPU
CHECK_EVERY = 1 << 16

_STARTS = (b"<html", b"<table", b"<!doctype html", b"<head", b"<body", b"<meta", b"<title", b"<style")
_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_CHINESE = frozenset({"gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "euc-cn", "csgb2312", "gb18030"})
# A tag never reaches past the next "<" (quoted values included): a search costs what lies before it.
# A "<" that starts none of these is text, passed over by the search itself.
_TOKEN = re.compile(r"""<(?:([!?])|(/?)([A-Za-z][^\s/<>]*+)((?:[^<>"']|"[^"<]*+"|'[^'<]*+')*+)>)""")
_CELL_TAGS = frozenset({"td", "th", "tr"})
_RAW = {name: re.compile(rf"</{name}\b", re.IGNORECASE) for name in ("script", "style", "xml", "title", "textarea")}
_SPACE = re.compile(r"[ \t\n\r\f]+")
_AROUND_BREAK = re.compile(r"[ \xa0]*\n[ \xa0]*")
_NUMBER = {
    name: re.compile(rf"""\b{name}\s*=\s*["']?\s*(\d{{1,9}})""", re.IGNORECASE) for name in ("colspan", "rowspan")
}
_LONGEST_ENTITY = 33  # characters of the longest named reference (&CounterClockwiseContourIntegral;)
_HIDDEN = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_SHEET_NAME = re.compile(r"<x:ExcelWorksheet>\s*<x:Name>([^<]{0,200})</x:Name>", re.IGNORECASE)
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "hr", "center", "form", "pre", "ul", "ol"})


def looks_like_html(data: bytes) -> bool:
    """Whether the file is a web page (what many systems' 导出Excel writes into an .xls)."""
    head = data[:2048]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if not head.startswith(b"<"):
        return False
    return head.startswith(_STARTS) or (head.startswith((b"<?xml", b"<!--")) and b"<html" in head)


def decode_html(data: bytes) -> str:
    """The page's text: by its byte-order mark, else the charset its meta tag declares (gb2312 and gbk read
    as GB18030, which holds them), else UTF-8, else GB18030. ValueError when none reads it."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = []
        declared = _CHARSET.search(data[:4096])
        if declared:
            name = declared.group(1).decode("ascii").lower()
            name = "gb18030" if name in _CHINESE else name
            with contextlib.suppress(LookupError):  # a charset Python does not know: the usual ones are tried
                candidates.append(codecs.lookup(name).name)
        candidates += ["utf-8", "gb18030"]
    for encoding in dict.fromkeys(candidates):
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError:
            continue
    raise ValueError("文字编码无法识别")


class NoTable(ValueError):
    """A web page with no table at all: not a spreadsheet, whatever its name says."""


@dataclass
class Page:
    name: str
    rows: list[list[str]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]]
    hidden: set[int]


@dataclass
class _Table:
    own_rows: int = 0  # rows of this table ended so far
    row: list[str] | None = None
    row_hidden: bool = False
    column: int = 0
    cell: list[str] | None = None
    cell_length: int = 0
    span: tuple[int, int] = (1, 1)
    spans: dict[int, int] = field(default_factory=dict)  # column -> rows a rowspan still covers, this one included
    merges: list[tuple[int, int, int, int, int]] = field(default_factory=list)  # r0, c0, c1, rowspan, own row
    nested: bool = False  # holds a table: its rows and the inner ones interleave, its merges are not kept


class _Reader:
    def __init__(self, max_rows: int, max_columns: int, max_cells: int, max_text: int) -> None:
        self.max_rows, self.max_columns, self.max_cells, self.max_text = max_rows, max_columns, max_cells, max_text
        self.rows: list[list[str]] = []
        self.merged: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self.hidden: set[int] = set()
        self.tables: list[_Table] = []
        self.cells = 0
        self.found_table = False
        self.after_table = False  # the last thing placed was a table: the next one starts after a blank row
        self.line: list[str] = []  # text outside any table, a row of its own
        self.line_length = 0
        self.title: str | None = None
        self.sheet_name: str | None = None

    # rows ------------------------------------------------------------------------------------------
    def _place(self, row: list[str], hidden: bool = False) -> None:
        if len(self.rows) >= self.max_rows:
            raise ValueError(f"超过 {self.max_rows:,} 行")
        if hidden:
            self.hidden.add(len(self.rows))
        self.rows.append(row)

    def _count(self, cells: int) -> None:
        self.cells += cells
        if self.cells > self.max_cells:
            raise ValueError(f"超过 {self.max_cells:,} 个单元格，远超月报的正常大小")

    def _text(self, pieces: list[str]) -> str:
        text = "".join(pieces)
        return (_AROUND_BREAK.sub("\n", text) if "\n" in text else text).strip()

    def _flush_line(self) -> None:
        text = self._text(self.line)
        self.line, self.line_length = [], 0
        if text:
            self._count(1)
            self._place([text])
            self.after_table = False

    def _add_text(self, text: str, into: list[str], length: int) -> int:
        length += len(text)
        if length > self.max_text:
            raise ValueError(f"有一个单元格超过 {self.max_text:,} 个字")
        into.append(text)
        return length

    def data(self, raw: str) -> None:
        if not raw:
            return
        text = _SPACE.sub(" ", raw)
        if len(text) > self.max_text * _LONGEST_ENTITY:  # more than a cell may hold, however it decodes
            raise ValueError(f"有一个单元格超过 {self.max_text:,} 个字")
        text = unescape(text) if "&" in text else text
        if not text:
            return
        table = self.tables[-1] if self.tables else None
        if table is None:
            self.line_length = self._add_text(text, self.line, self.line_length)
        elif table.cell is not None:
            table.cell_length = self._add_text(text, table.cell, table.cell_length)
        # text between cells (not in any cell) is not shown by Excel either

    def line_break(self) -> None:
        table = self.tables[-1] if self.tables else None
        if table is None:
            self.line_length = self._add_text("\n", self.line, self.line_length)
        elif table.cell is not None:
            table.cell_length = self._add_text("\n", table.cell, table.cell_length)

    # tables ----------------------------------------------------------------------------------------
    def start_table(self) -> None:
        if len(self.tables) >= MAX_NESTING:
            raise ValueError(f"有超过 {MAX_NESTING} 层套在一起的表格，不像是导出的月报")
        if self.tables:  # a table inside a cell: what the outer row holds so far is a row of its own
            outer = self.tables[-1]
            outer.nested = True
            self._end_cell(outer)
            if outer.row:
                self._place_row(outer, advance=False)
        else:
            self._flush_line()
            if self.after_table:
                self._place([])
        self.found_table = True
        self.tables.append(_Table())

    def end_table(self) -> None:
        if not self.tables:
            return
        table = self.tables.pop()
        self._end_row(table)
        if not table.nested:
            for r0, c0, c1, rowspan, own in table.merges:
                r1 = r0 + min(rowspan, table.own_rows - own) - 1
                if r1 > r0 or c1 > c0:
                    if len(self.merged) >= self.max_rows:
                        raise ValueError(f"有超过 {self.max_rows:,} 处合并单元格，远超月报的正常数量")
                    self.merged.append(((r0, c0), (r1, c1)))
        if not self.tables:
            self.after_table = True

    def start_row(self, attributes: str) -> None:
        table = self.tables[-1]
        self._end_row(table)
        table.row, table.column = [], 0
        table.row_hidden = bool(attributes) and _HIDDEN.search(attributes) is not None

    def _end_row(self, table: _Table) -> None:
        self._end_cell(table)
        if table.row is None:
            return
        self._place_row(table, advance=True)
        table.row = None

    def _place_row(self, table: _Table, advance: bool) -> None:
        row = table.row
        assert row is not None
        if advance:
            # Columns covered from above beyond the row's last cell are empty cells of it too.
            width = max(table.spans, default=-1) + 1
            if width > len(row):
                self._count(width - len(row))
                row.extend([""] * (width - len(row)))
            for column in list(table.spans):
                if table.spans[column] <= 1:
                    del table.spans[column]
                else:
                    table.spans[column] -= 1
            table.own_rows += 1
        self._place(row, table.row_hidden)
        if not advance:  # the row goes on after the inner table, under what it held so far
            table.row = [""] * len(row)

    def start_cell(self, attributes: str) -> None:
        table = self.tables[-1]
        self._end_cell(table)
        if table.row is None:
            self.start_row("")
        row = table.row
        assert row is not None
        while table.column in table.spans:
            table.column += 1
        span = [1, 1]
        if "span" in attributes.lower():
            for i, (name, largest) in enumerate((("colspan", MAX_COLSPAN), ("rowspan", MAX_ROWSPAN))):
                found = _NUMBER[name].search(attributes)
                number = int(found.group(1)) if found else 1
                span[i] = largest if name == "rowspan" and found and number == 0 else max(1, min(number, largest))
        if table.column + span[0] > self.max_columns:
            raise ValueError(f"有一行超过 {self.max_columns:,} 列")
        if table.column > len(row):
            self._count(table.column - len(row))
            row.extend([""] * (table.column - len(row)))
        table.span = (span[0], span[1])
        table.cell, table.cell_length = [], 0

    def end_cell(self) -> None:
        if self.tables:
            self._end_cell(self.tables[-1])

    def _end_cell(self, table: _Table) -> None:
        if table.cell is None or table.row is None:
            table.cell = None
            return
        colspan, rowspan = table.span
        text = self._text(table.cell)
        table.cell = None
        row, c0 = table.row, table.column
        self._count(max(0, c0 + colspan - len(row)))
        if len(row) > c0:  # the rest of a row placed before an inner table: written where it was
            row[c0] = text
            row.extend([""] * max(0, c0 + colspan - len(row)))
        else:
            row.append(text)
            row.extend([""] * (colspan - 1))
        if rowspan > 1:
            for column in range(c0, c0 + colspan):
                table.spans[column] = rowspan  # this row included: each row's end counts one off
        if colspan > 1 or rowspan > 1:
            if len(table.merges) >= self.max_rows:
                raise ValueError(f"有超过 {self.max_rows:,} 处合并单元格，远超月报的正常数量")
            table.merges.append((len(self.rows), c0, c0 + colspan - 1, rowspan, table.own_rows))
        table.column = c0 + colspan

    def end_row(self) -> None:
        if self.tables:
            self._end_row(self.tables[-1])

    def block(self) -> None:
        """A paragraph or heading starts or ends: a line of its own outside tables, a line break in a cell."""
        if not self.tables:
            self._flush_line()
        else:
            table = self.tables[-1]
            if table.cell:
                self.line_break()

    def close(self) -> None:
        while self.tables:
            self.end_table()
        self._flush_line()


def read_html(
    text: str, *, max_rows: int, max_columns: int, max_cells: int, max_text: int, default_name: str = "Sheet1"
) -> Page:
    """The page's tables, one under another on one sheet (a blank row between), as Excel shows them:
    colspan and rowspan as merged ranges ((r0, c0), (r1, c1), 0-based, inclusive), entities decoded,
    <br> a line break, text trimmed, rows styled display:none hidden. The sheet is named by the worksheet
    an Excel page declares (<x:Name>), else the page's <title>, else default_name."""
    reader = _Reader(max_rows, max_columns, max_cells, max_text)
    named = _SHEET_NAME.search(text)
    if named:
        reader.sheet_name = _SPACE.sub(" ", unescape(named.group(1))).strip() or None
    # The time this thread spends, not the clock: a loaded server refuses no page a quiet one reads.
    started = time.thread_time()
    position, end, steps = 0, len(text), 0
    pending = 0  # where the text not yet handed on starts
    search = _TOKEN.search
    while True:
        token = search(text, position)
        if token is None:
            break
        steps += 1
        if steps % CHECK_EVERY == 0 and time.thread_time() - started > MAX_SECONDS:
            raise ValueError("结构过于复杂，读取超时")
        if steps > MAX_STEPS:
            raise ValueError(f"有超过 {MAX_STEPS:,} 个标记，远超月报的正常大小")
        at = token.start()
        if pending < at:
            reader.data(text[pending:at])
        if token.group(1):  # a comment, a doctype, <![if …]>, a processing instruction
            if text.startswith("<!--", at):
                close = text.find("-->", at + 4)
                position = pending = end if close < 0 else close + 3
            else:
                close = text.find(">", at)
                position = pending = end if close < 0 else close + 1
            continue
        position = pending = token.end()
        closing, name, attributes = token.group(2), token.group(3).lower(), token.group(4)
        if name in _CELL_TAGS and reader.tables:  # the usual tags, the short way
            if name == "tr":
                reader.end_row() if closing else reader.start_row(attributes)
            else:
                reader.end_cell() if closing else reader.start_cell(attributes)
            continue
        if name in _RAW and not closing:
            close_tag = _RAW[name].search(text, position)
            inside = text[position : end if close_tag is None else close_tag.start()]
            if name == "title" and reader.title is None:
                reader.title = _SPACE.sub(" ", unescape(inside[:1000])).strip() or None
            elif name == "textarea":
                reader.data(inside)
            if close_tag is None:
                position = pending = end
            else:
                finish = text.find(">", close_tag.end())
                position = pending = end if finish < 0 else finish + 1
            continue
        _dispatch(reader, name, bool(closing), attributes)
    reader.data(text[pending:])
    reader.close()
    if not reader.found_table:
        raise NoTable("是一个网页，其中没有表格，不是 Excel 表格")
    name = reader.sheet_name or reader.title or default_name
    return Page(name=name, rows=reader.rows, merged=reader.merged, hidden=reader.hidden)


def _dispatch(reader: _Reader, name: str, closing: bool, attributes: str) -> None:
    if name == "table":
        reader.end_table() if closing else reader.start_table()
    elif not reader.tables:
        if name == "br" or name in _BLOCKS:
            reader.block() if name != "br" else reader.line_break()
    elif name == "tr":
        reader.end_row() if closing else reader.start_row(attributes)
    elif name in ("td", "th"):
        reader.end_cell() if closing else reader.start_cell(attributes)
    elif name == "caption":
        if closing:
            table = reader.tables[-1]
            text = reader._text(table.cell or [])
            table.cell = None
            if text:
                reader._count(1)
                reader._place([text])
        else:
            table = reader.tables[-1]
            reader._end_row(table)
            table.cell, table.cell_length = [], 0
    elif name == "br":
        reader.line_break()
    elif name in _BLOCKS:
        reader.block()
    elif name in ("thead", "tbody", "tfoot") and reader.tables:
        reader.end_row()
