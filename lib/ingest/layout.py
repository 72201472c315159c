"""Find what a sheet holds: one or more blocks, each a header (under title lines, one to four rows with
merged cells, joined per column) and the data rows below it, each block matched to its program on its own
(by a title above it, the sheet name, the file name, failing those by its headers). A header repeated at
a page break is skipped; a header of another program starts a new block; a row of column numbers or a
filled-in example under the header is no data.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from lib.column_types import column_type
from lib.identifiers import looks_like_uscc, well_formed
from lib.ingest.headers import (
    CONFIDENT,
    HAN,
    MAX_HEADER,
    HeaderMatch,
    Match,
    chinese_part,
    match_header,
    normalise_header,
)
from lib.ingest.normalise import cell_text, header_key, visible_text
from lib.ingest.read import Sheet
from lib.programs import Program, Registry

HEADER_SCAN_ROWS = 30
MIN_HEADER_MATCHES = 3
TITLE_ROWS = 3  # rows above a header searched for a block title
# A header is one row or several: a group heading over a two-row header over the field names is three, and a
# printed form may stack one more.
MAX_HEADER_ROWS = 4
# A sheet is searched for this many further header rows at most (repeated page headers and new blocks):
# real returns have a few; a crafted file with a header-like row on every line costs no more than this.
MAX_HEADER_CHECKS = 2_000
MAX_BLOCK_SEARCHES = 50
# A header is looked for in this many columns: returns have a few dozen; a row of thousands of header-like
# cells (a crafted file) would cost seconds per row looked at.
MAX_HEADER_COLUMNS = 256
# 合计 / 小计 / 累计 at a cell's start or end ("平湖市 小计", "小计（港区）", "2024年累计").
_TOTAL = re.compile(
    r"^(合[计計]|小[计計]|总计|總計|共[计計]|累[计計])|(合[计計]|小[计計]|总计|總計|共[计計]|累[计計])[)）]?$"
)
_WHOSE = frozenset({"enterprise_name", "uscc"})  # the fields that say whose a row is
_NOTE_WORDS = (
    "以下空白",
    "以下无内容",
    "填报说明",
    "备注",
    "说明：",
    "说明:",
    "注：",
    "注:",
    "注1",
    "注 ",
    "填表人",
    "填报人",
    "审核人",
    "负责人",
    "联系电话",
    "联系人",
    "制表",
    "填报日期",
    "填报单位",
    "单位负责人",
    "特此公告",
    "特此通知",
    "特此证明",
)
# A template's example row under the header ("示例", grey text the clerk was told to leave): no data.
_EXAMPLE_WORDS = frozenset({"示例", "样例", "例", "填写示例", "填表示例", "举例", "例如"})
# Labels a row of column numbers may carry besides the numbers ("栏次", 甲/乙 for text columns).
_NUMBERING_LABELS = frozenset({"栏次", "列次", "甲", "乙", "丙", "丁", "序号", "栏号"})
# Page and export footers: "第 1 页，共 2 页", "共 9 条记录 导出时间：…".
_PAGE = re.compile(r"^(第\s*\d+\s*页|共\s*\d+\s*(页|条|家|项|个|行)|page\s*\d+|导出时间|打印时间)", re.IGNORECASE)
_TO_DATE = re.compile(r"累计|累積|全年|本年|年度合计")  # a table of the year to date, not the month's
# A table of earlier months' records (二、以前月份召回进展更新, 往月跟踪情况) unless it says it is this month's.
_EARLIER = re.compile(r"以前|往月|前期|上月|此前|历史|进展更新|跟踪")
_THIS_MONTH = re.compile(r"本月|当月|新增|新启动")
_PAGER = re.compile(r"\d+\s*条\s*/\s*页|前往|跳至|上一页|下一页|首页|尾页|末页")
_TITLE = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|附件|附表|\d+[.、．])")
_SPACES = re.compile(r"\s+")
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{1,8}\s*[：:]")  # "审核：", "联系电话:"
_SIGNED_ON = re.compile(r"\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?")
_SERIAL_HEADERS = {"序号", "编号", "No", "NO", "no", "No.", "序"}


@dataclass
class Layout:
    program: Program
    header_row: int  # 0-based index of the last header row
    columns: dict[int, str]  # column index -> registry column key
    headers: dict[str, str]  # registry column key -> header text as written in the file
    serial_column: int | None
    matched_by: str  # "chosen" | "title" | "sheet name" | "file name" | "headers"
    match: HeaderMatch | None = None
    first_row: int = 0  # 0-based first header row
    end_row: int | None = None  # 0-based, exclusive; None: to the end of the sheet
    skip_rows: frozenset[int] = field(default_factory=frozenset)
    title: str = ""
    told: dict[str, int | None] = field(default_factory=dict)  # fields placed by a person this time
    blocks: int = 1  # how many blocks the sheet holds
    # Rows under the header that are no data though they look like it: a row of column numbers (1 2 3 …),
    # a template's filled-in example row.
    not_data: frozenset[int] = field(default_factory=frozenset)
    judged: bool = False  # its matches were judged by the cells under them (lib.ingest.validate)
    units: dict[int, str] = field(default_factory=dict)  # column -> unit a row of units under the header gives
    # A date written in parts, 年 | 月 | 日 in columns of their own: its first column -> how many columns (0: a
    # range over two columns, 起 | 止).
    date_parts: dict[int, int] = field(default_factory=dict)
    # A choice field with a column per value, ticked (产品类别 over 食品农产品 | 一般消费品 | 工业品): the field,
    # and column -> the value it stands for.
    value_columns: tuple[str, dict[int, str]] | None = None
    # A date with a column per status (入库时间, 获证时间): the field, and status value -> its column.
    dates_by_status: tuple[str, dict[str, int]] | None = None

    def apply(self, match: HeaderMatch) -> None:
        """Use this header match (e.g. after the clerk's mapping) for the block."""
        self.match = match
        self.columns = match.columns
        self.headers = {m.field: _SPACES.sub("", m.header) for m in match.matches.values()}


def _merged_by_row(sheet: Sheet) -> dict[int, list[tuple[int, int, int, int]]]:
    by_row: dict[int, list[tuple[int, int, int, int]]] = {}
    for (r0, c0), (r1, c1) in sheet.merged[:10_000]:
        for r in range(r0, min(r1, r0 + 10) + 1):
            by_row.setdefault(r, []).append((r0, c0, c1, r1))
    return by_row


class _Rows:
    """Row texts with merged cells' value copied into every cell they cover, worked out on demand."""

    def __init__(self, sheet: Sheet):
        self.sheet = sheet
        self.merged = _merged_by_row(sheet)
        self.cache: dict[int, list[str]] = {}

    def across(self, r: int) -> set[int]:
        """Columns of row r covered by a cell merged across from a column to their left ("企业名称" over
        B:C): the merge is one column, its first."""
        return {
            c for _, c0, c1, _ in self.merged.get(r, ()) for c in range(c0 + 1, min(c1, c0 + MAX_HEADER_COLUMNS) + 1)
        }

    def __len__(self) -> int:
        return len(self.sheet.rows)

    def text(self, r: int, keep: bool = True) -> list[str]:
        if r in self.cache:
            return self.cache[r]
        # Text copied from a web page: a zero-width space after a code must not hide that the row is data.
        row = [visible_text(cell_text(v)) for v in self.sheet.rows[r]] if r < len(self.sheet.rows) else []
        for r0, c0, c1, _ in self.merged.get(r, ()):
            source = self.sheet.rows[r0] if r0 < len(self.sheet.rows) else []
            value = cell_text(source[c0]) if c0 < len(source) else ""
            for c in range(c0, min(c1 + 1, len(row))):  # a range wider than the row covers only the row
                if not row[c]:
                    row[c] = value
        if keep:
            self.cache[r] = row
        return row


def _candidates(rows: _Rows, start: int, depth: int) -> tuple[dict[int, list[str]], dict[int, str]]:
    """Per column the texts a header of depth rows offers (the lowest cell, it joined with each heading
    above it, each heading alone) and the header as the clerk sees it. A column the header's cells only
    reach by a merge from the left is part of the column where the merge starts."""
    span = range(start, min(start + depth, len(rows)))
    parts = [rows.text(r) for r in span]
    across = [rows.across(r) for r in span]
    width = min(max((len(p) for p in parts), default=0), MAX_HEADER_COLUMNS)
    cells: dict[int, list[str]] = {}
    shown: dict[int, str] = {}
    for c in range(width):
        texts = [p[c] if c < len(p) else "" for p in parts]
        if all(not t or c in a for t, a in zip(texts, across, strict=True)):
            continue
        # A cell merged down through several header rows is one text, not a heading over itself.
        filled = list(dict.fromkeys(t for t in texts if t and len(t) <= MAX_HEADER))
        if not filled:
            continue
        lowest = filled[-1]
        options = [lowest]
        for n in range(len(filled) - 2, -1, -1):
            options.append("".join(filled[n:]))
        options += filled[:-1]
        cells[c] = options
        shown[c] = lowest
    return cells, shown


def _header_at(
    rows: _Rows, program: Program, start: int, registry: Registry, minimum: int = MIN_HEADER_MATCHES
) -> tuple[HeaderMatch, int] | None:
    """The best header of one to MAX_HEADER_ROWS rows starting at this row, with its last row; a header
    matches at least `minimum` fields, two of them confidently."""
    best = None
    for depth in range(1, MAX_HEADER_ROWS + 1):
        if start + depth > len(rows) or any(looks_like_uscc(t) for t in rows.text(start + depth - 1)):
            break  # a data row ends the header
        if depth > 1 and _title_line(rows.text(start + depth - 2)):
            break  # a title or 填报单位 line is above the header, not a heading of it
        cells, shown = _candidates(rows, start, depth)
        if len(cells) < minimum:
            continue
        match = match_header(program, cells, shown, registry)
        if len(match.matches) < minimum or match.confident < 2:
            continue
        better = best is None or (len(match.matches), match.total) > (len(best[0].matches), best[0].total)
        # As good, and the row is only sub-headers of headings merged across above: the header goes down to it.
        if better or (len(match.matches) >= len(best[0].matches) and _sub_headers(rows, start + depth - 1)):
            best = (match, start + depth - 1)
    return best


def _sub_headers(rows: _Rows, r: int) -> bool:
    """Whether row r holds only the sub-headers of headings merged across columns in the row above (企业名称 over
    全称 | 简称): the header goes down to it."""
    groups = {c for _, c0, c1, _ in rows.merged.get(r - 1, ()) if c1 > c0 for c in range(c0, c1 + 1)}
    raw = rows.sheet.rows[r] if r < len(rows.sheet.rows) else []
    filled = {c for c, value in enumerate(raw) if cell_text(value).strip()}
    return bool(groups) and bool(filled) and filled <= groups


def _title_line(texts: list[str]) -> bool:
    """A row that is a title or a line about the return (附表4：…情况表, 填报单位：…), not a header's heading."""
    distinct = {t for t in texts if t}
    return 0 < len(distinct) <= 2 and any(
        len(t) > MAX_HEADER // 2 or _TITLE.match(t) or t.startswith(_NOTE_WORDS) for t in distinct
    )


def locate(
    sheet: Sheet,
    program: Program,
    registry: Registry,
    start: int = 0,
    rows: _Rows | None = None,
    minimum: int = MIN_HEADER_MATCHES,
) -> tuple[HeaderMatch, int, int] | None:
    """(match, first header row, last header row) of the best header for this program among the
    HEADER_SCAN_ROWS rows from start, or None."""
    rows = rows or _Rows(sheet)
    best = None
    for first in range(start, min(start + HEADER_SCAN_ROWS, len(rows))):
        found = _header_at(rows, program, first, registry, minimum)
        if found is None:
            continue
        match, last = found
        # Equal matches: the header with fewer rows (a title line above adds nothing).
        key = (len(match.matches), match.total, first - last)
        if best is None or key > (len(best[0].matches), best[0].total, best[1] - best[2]):
            best = (match, first, last)
    return best


def name_program(text: str, registry: Registry) -> Program | None:
    """The program a sheet name, block title or file name names ("附表1 对标达标企业（10月）")."""
    key = normalise_header(text)
    if not key:
        return None
    for program in registry:
        names = {
            normalise_header(n) for n in (program.sheet, program.title, program.full_title, *program.sheet_aliases)
        }
        if key in names:
            return program
    found = []
    for program in registry:
        names = [
            normalise_header(n) for n in (program.sheet, program.title, program.full_title, *program.sheet_aliases)
        ]
        longest = max((len(n) for n in names if len(n) >= 2 and n in key), default=0)
        if longest:
            found.append((longest, program))
    if not found:
        return None
    found.sort(key=lambda item: -item[0])
    if len(found) > 1 and found[0][0] == found[1][0]:
        return None  # names two programs equally: no hint
    return found[0][1]


def _returned_before(title: str) -> bool:
    """Whether a table's title says its rows were returned before: the year to date (二、本年累计…) or
    earlier months (二、以前月份…进展更新), not the month's own (本月新增)."""
    return bool(_TO_DATE.search(title) or (_EARLIER.search(title) and not _THIS_MONTH.search(title)))


def _title_above(rows: _Rows, first: int, floor: int) -> str:
    """Text of the title lines just above a header (rows with one filled cell), nearest first."""
    lines = []
    for r in range(first - 1, max(floor, first - TITLE_ROWS) - 1, -1):
        filled = list(dict.fromkeys(t for t in rows.text(r) if t))
        if not filled:
            continue
        if len(filled) > 2:
            break
        lines.append(" ".join(filled))
    return " ".join(lines)


def _choose(
    sheet: Sheet, rows: _Rows, registry: Registry, start: int, hints: list[tuple[str, Program | None]]
) -> tuple[Program, HeaderMatch, int, int, str] | None:
    """The block whose header comes first at or after start, its program told by the hints in order,
    failing them by the best header."""
    found = {p.key: f for p in registry if (f := locate(sheet, p, registry, start, rows)) is not None}
    # A program the sheet or file is named for needs fewer recognised headers: the clerk maps the rest.
    for _, hinted in hints:
        if hinted is not None and hinted.key not in found:
            relaxed = locate(sheet, hinted, registry, start, rows, minimum=2)
            if relaxed is not None and (not found or relaxed[1] <= min(f[1] for f in found.values())):
                found[hinted.key] = relaxed
    if not found:
        return None
    earliest = min(f[2] for f in found.values())
    # Only headers where the first header ends compete: a later one belongs to a later block.
    found = {k: f for k, f in found.items() if f[1] <= earliest + 1}
    first = min(f[1] for f in found.values())
    title = _title_above(rows, first, start)
    key = max(found, key=lambda k: (found[k][0].confident, len(found[k][0].matches), found[k][0].total))
    for how, hinted in [("title", name_program(title, registry)), *hints]:
        if hinted is not None and hinted.key in found:
            match, first_row, last_row = found[hinted.key]
            if how == "file name" and _headers_outweigh(found[key][0], match):
                break  # the file is named for another program (last month's file reused): the sheet decides
            return hinted, match, first_row, last_row, how
    match, first_row, last_row = found[key]
    return registry.get(key), match, first_row, last_row, "headers"


def _complete(match: HeaderMatch) -> bool:
    """Every required field has its column (a status told by another column needs none)."""
    return all(
        c.key in match.matches for c in match.program.columns if c.required and c.key != "unit" and not c.implied_by
    )


def _headers_outweigh(best: HeaderMatch, named: HeaderMatch) -> bool:
    """Whether a sheet's headers say another program than the one the file name names: the best header
    lacks no required field and names clearly more fields confidently (one more is enough when the named
    program's header lacks a required field). Fields every program shares weigh the same on both sides."""
    if best.program.key == named.program.key or not _complete(best):
        return False
    return best.confident >= named.confident + (2 if _complete(named) else 1)


def _value_columns(rows: _Rows, layout: Layout) -> tuple[str, dict[int, str]] | None:
    """A choice field's heading merged over one column per value, each ticked (√) or left empty (产品类别 over
    食品农产品 | 一般消费品 | 工业品): the field, and column -> the value it stands for; None otherwise."""
    r = layout.header_row + 1
    if r >= len(rows.sheet.rows):
        return None
    below = rows.sheet.rows[r]
    for _, c0, c1, _ in rows.merged.get(layout.header_row, ()):
        key = layout.columns.get(c0)
        if c1 <= c0 or key is None or not layout.program.column(key).choices:
            continue
        ways = {
            _SPACES.sub("", way): value
            for value, written in layout.program.column(key).choices
            for way in (value, *written)
        }
        named = {c: ways.get(_SPACES.sub("", cell_text(below[c])) if c < len(below) else "") for c in range(c0, c1 + 1)}
        if all(named.values()) and len(set(named.values())) == len(named):
            return key, named
    return None


def _dates_by_status(layout: Layout) -> None:
    """A date field tied between columns whose headers each begin with a way of writing a different status
    (入库时间 | 获证时间 under 状态 培育 / 认证): a row's date is the one of the status it reports."""
    match, program = layout.match, layout.program
    status = program.status_column
    if match is None or status is None or status not in match.matches:
        return
    choices = program.column(status).choices
    for key, columns in list(match.ambiguous.items()):
        if not column_type(program.column(key).type).dated:
            continue
        told: dict[int, str] = {}
        for c in columns:
            head = header_key(match.cells.get(c, ""))
            values = {value for value, ways in choices for v in (value, *ways) if len(v) > 1 and head.startswith(v)}
            if len(values) == 1:
                told[c] = values.pop()
        if len(told) != len(columns) or len(set(told.values())) != len(told):
            continue
        first = min(told)
        matches = {**match.matches, key: Match(key, first, match.cells.get(first, ""), CONFIDENT)}
        ambiguous = {k: v for k, v in match.ambiguous.items() if k != key}
        layout.apply(HeaderMatch(program, matches, ambiguous, match.cells))
        layout.dates_by_status = (key, {value: c for c, value in told.items()})
        return


def _layout(rows: _Rows, program: Program, match: HeaderMatch, first: int, last: int, how: str, floor: int) -> Layout:
    layout = Layout(program, last, {}, {}, None, how, first_row=first, title=_title_above(rows, first, floor))
    layout.apply(match)
    _dates_by_status(layout)
    not_data, layout.units, layout.date_parts = _under_header(rows, last)
    if (ticked := _value_columns(rows, layout)) is not None:
        layout.value_columns = ticked
        not_data.append(last + 1)
    layout.not_data = frozenset(not_data)
    for r in range(last, first - 1, -1):
        for c, text in enumerate(rows.text(r)):
            if c not in layout.columns and chinese_part(header_key(text)) in _SERIAL_HEADERS:
                layout.serial_column = c
                return layout
    return layout


_STEMS = "甲乙丙丁戊己庚辛壬癸"  # a 统计报表 codes its text columns 甲, 乙, 丙 … before numbering the rest
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _is_numbering(texts: list[str]) -> bool:
    """A row of column codes: at least three of them, counting up without a gap: numbers from 0 or 1 (1 2 3 …),
    the heavenly stems (甲 乙 丙 …, a 统计报表's codes) perhaps followed by numbers from 1, or column letters
    (A B C …); besides them only a label such as 栏次."""
    codes = [t for t in texts if t and t not in _NUMBERING_LABELS - set(_STEMS)]
    stems = 0
    while stems < len(codes) and stems < len(_STEMS) and codes[stems] == _STEMS[stems]:
        stems += 1
    rest = codes[stems:]
    if rest and all(len(t) == 1 and t in _LETTERS for t in rest) and not stems:
        start = _LETTERS.index(rest[0])
        return len(rest) >= 3 and start == 0 and "".join(rest) == _LETTERS[: len(rest)]
    if not all(t.isdigit() and len(t) <= 3 for t in rest):
        return False
    numbers = [int(t) for t in rest]
    first = numbers[0] if numbers else 1
    return (
        stems + len(numbers) >= 3
        and first in ((1,) if stems else (0, 1))
        and numbers == list(range(first, first + len(numbers)))
    )


# A row of units under a header (台 under 涉及数量, 年/月/日 under a date, — elsewhere): what the columns count in.
_UNIT_WORD = re.compile(r"[(（]?([\u4e00-\u9fff]{1,2})[)）]?")
_NO_ENTRY = frozenset({"—", "-", "/", "——", "－", "－－", "\\", "无"})
_FORMAT_HINT = re.compile(r"(年/?月/?日|年-月-日|[yY]{4}[-/.年]?[mM]{1,2}[-/.月]?[dD]{1,2}日?|[yY]{4}年[mM]{1,2}月)")


def _units_row(texts: list[str]) -> dict[int, str] | None:
    """Column -> unit of a row of units under a header, or None when the row is something else."""
    units: dict[int, str] = {}
    for c, text in enumerate(texts):
        if not text or text in _NO_ENTRY or _FORMAT_HINT.fullmatch(text):
            continue
        found = _UNIT_WORD.fullmatch(text)
        if found is None:
            return None
        units[c] = found.group(1)
    return units or None


# A field code or an English name: Latin letters first, then letters, digits, spaces, "_", ".", "-" or "/".
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_ ./\-]{0,39}")


# How a template's row of 填写要求 under the header speaks: what to write, in what form, with an example.
_INSTRUCTION = re.compile(
    r"^(?:填写|请填|请按|请选|按|如[:：]?|例[:：如]|具体到|下拉|格式|选填|必填|可选|选择|\d+\s*位)|[，,]\s*如"
)


def _is_instructions(texts: list[str]) -> bool:
    """A row of instructions under a header (填写营业执照上的企业全称 | 18位，字母须大写 | 下拉选择：达到/优于):
    at least three filled cells, two in three of them instructions."""
    filled = [t for t in texts if t]
    if len(filled) < MIN_HEADER_MATCHES or any(looks_like_uscc(t) for t in filled):  # a firm's row, however worded
        return False
    return 3 * sum(1 for t in filled if _INSTRUCTION.search(t)) >= 2 * len(filled)


def _is_field_codes(texts: list[str], header: list[str]) -> bool:
    """A row of field codes or English names under a Chinese header (ent_name, uscc, county …; Company Name …):
    at least three, every filled cell Latin and under a header cell written in Chinese. A system's export
    or a template shows what its columns are called inside; no enterprise is called ent_name."""
    filled = [(c, t) for c, t in enumerate(texts) if t]
    return len(filled) >= MIN_HEADER_MATCHES and all(
        _LATIN_NAME.fullmatch(t) and c < len(header) and HAN.search(header[c]) for c, t in filled
    )


_DATE_PARTS = "年月日"


_RANGE_ENDS = {"起": "止", "始": "止", "自": "至", "开始": "截止", "起始": "终止", "从": "到", "起始日期": "终止日期"}


def _date_parts(row: list[object]) -> dict[int, int] | None:
    """A row of 年 | 月 | 日 (or 年 | 月) under a date's header merged across them, as a paper form splits a
    date: first column -> how many columns the date takes (0: a range, 起 | 止 under 证书有效期); None when
    the row holds anything else."""
    filled = [(c, t) for c, v in enumerate(row) if (t := _SPACES.sub("", cell_text(v)))]
    if len(filled) == 2 and filled[1] == (filled[0][0] + 1, _RANGE_ENDS.get(filled[0][1])):
        return {filled[0][0]: 0}
    found: dict[int, int] = {}
    k = 0
    while k < len(filled):
        c, text = filled[k]
        n = 1
        while n < 3 and k + n < len(filled) and filled[k + n] == (c + n, _DATE_PARTS[n]):
            n += 1
        if text != _DATE_PARTS[0] or n < 2:
            return None
        found[c] = n
        k += n
    return found or None


def _under_header(rows: _Rows, last: int) -> tuple[list[int], dict[int, str], dict[int, int]]:
    """The rows just under a header that are no data: a row of column numbers, of field codes, a filled-in
    example, a row of units or of a date's parts; the units such a row gives (column -> unit), and the dates
    written in parts (first column -> columns taken)."""
    found, units = [], {}
    dates: dict[int, int] = {}
    header = rows.text(last, keep=False)
    for r in range(last + 1, min(last + 3, len(rows))):
        texts = rows.text(r, keep=False)
        first = next((t for t in texts if t), None)
        if first is None:
            continue
        numbered = _is_numbering(texts) or _is_field_codes(texts, header) or _is_instructions(texts)
        if numbered or _SPACES.sub("", first).rstrip(":：") in _EXAMPLE_WORDS:
            found.append(r)
            continue
        if r == last + 1 and r < len(rows.sheet.rows) and (parts := _date_parts(rows.sheet.rows[r])):
            found.append(r)
            dates.update(parts)
            continue
        if not units and (given := _units_row(texts)):
            found.append(r)
            units = given
            continue
        break
    return found, units, dates


def _looks_like_header(texts: list[str], known: frozenset[str]) -> bool:
    filled = [t for t in texts if t]
    if len(filled) < MIN_HEADER_MATCHES:
        return False
    return sum(1 for t in filled if len(t) <= MAX_HEADER and normalise_header(t) in known) >= 2


def _known_headers(registry: Registry) -> frozenset[str]:
    return frozenset(
        normalise_header(name, registry.header_words)
        for program in registry
        for column in program.columns
        for name in (column.header, *column.aliases)
    )


def _not_data(sheet: Sheet, layout: Layout, start: int) -> list[int]:
    """Rows from start without a well-formed credit code in the block's code column: only these can be
    a header (data rows, the great majority, are passed over in one comprehension)."""
    at = next((c for c, key in layout.columns.items() if key == "uscc"), None)
    if at is None:
        return list(range(start, len(sheet.rows)))
    codes = [row[at] if len(row) > at else None for row in sheet.rows[start:]]
    return [r for r, code in enumerate(well_formed(codes), start) if not code]


def _data_start(layout: Layout) -> int:
    """The first row after the header and the rows under it that are no data: where another block may begin."""
    r = layout.header_row + 1
    while r in layout.not_data:
        r += 1
    return r


def find_layouts(sheet: Sheet, registry: Registry, program: Program | None = None, file_name: str = "") -> list[Layout]:
    """Every block of the sheet with its program and header; [] when it is not a return sheet."""
    rows = _Rows(sheet)
    if program is not None:
        hints: list[tuple[str, Program | None]] = [("chosen", program)]
        only = Registry((program,), placeholders=registry.placeholders, header_words=registry.header_words)
    else:
        hints = [("sheet name", name_program(sheet.name, registry)), ("file name", name_program(file_name, registry))]
        only = registry
    chosen = _choose(sheet, rows, only, 0, hints)
    if chosen is None:
        return []
    known = _known_headers(registry)
    layouts = [_layout(rows, *chosen, floor=0)]
    skip: set[int] = set()
    r = _data_start(layouts[-1])
    maybe = _not_data(sheet, layouts[-1], r)
    checks = searches = 0
    while checks < MAX_HEADER_CHECKS and searches < MAX_BLOCK_SEARCHES:
        at = bisect.bisect_left(maybe, r)
        if at == len(maybe):
            break
        r = maybe[at]
        current = layouts[-1]
        if not _looks_like_header(rows.text(r, keep=False), known):
            r += 1
            continue
        checks += 1
        again = _header_at(rows, current.program, r, registry)
        if again is not None and _returned_before(_title_above(rows, r, current.header_row + 1)):
            current.end_row = r  # the year to date or earlier months under the month's list: returned before
            break
        if again is not None and again[0].columns == current.columns:
            skip.update(range(r, again[1] + 1))  # the header repeated at a page break
            r = again[1] + 1
            continue
        searches += 1
        following = _choose(sheet, rows, only, r, [("chosen", program)] if program is not None else [])
        if following is None or following[2] > r + 1:
            r += 1
            continue
        current.end_row = following[2]
        current.skip_rows = frozenset(skip)
        skip = set()
        layouts.append(_layout(rows, *following, floor=current.header_row + 1))
        r = _data_start(layouts[-1])
        maybe = _not_data(sheet, layouts[-1], r)
    layouts[-1].skip_rows = frozenset(skip)
    for layout in layouts:
        layout.blocks = len(layouts)
    return layouts


def find_layout(sheet: Sheet, registry: Registry, program: Program | None = None) -> Layout | None:
    """The sheet's first block, or None when it is not a return sheet (e.g. 填报说明)."""
    layouts = find_layouts(sheet, registry, program)
    return layouts[0] if layouts else None


def row_kind(row: list[str], layout: Layout) -> str:
    """ "data", "blank" (empty or only a 序号), "total" (合计/小计 rows), "note" (notes, titles and
    signatures) or "header" (repeated)."""
    filled = [(c, t) for c, t in enumerate(row) if t]
    if not filled:
        return "blank"
    first = filled[0][1]
    if first.startswith(_NOTE_WORDS) or (len(filled) <= 2 and _PAGE.match(first)):
        return "note"
    if any(_PAGER.fullmatch(t) for _, t in filled):  # a web page's pager: 共 8 条 | 10条/页 | < 1 > | 前往 1 页
        return "note"
    if len(filled) <= 2 and filled[-1][1].startswith(_NOTE_WORDS):  # "8 | 以下空白" on a printed template
        return "note"
    # A sign-off line: each cell a label and its colon ("审核：杨建 | 填表：顾敏") or the day it was signed; no firm's.
    labelled = [_LABELLED.match(t) is not None for _, t in filled]
    if (
        len(filled) > 1
        and any(labelled)
        and all(x or _SIGNED_ON.fullmatch(t) for x, (_, t) in zip(labelled, filled, strict=True))
    ):
        return "note"
    # 合计 / 小计 at the start or the end of one of the first cells ("平湖市 小计", "小计（港区）").
    if any(_TOTAL.search(t.replace(" ", "").replace("\u3000", "")) for _, t in filled[:2]):
        return "total"
    if all(c == layout.serial_column for c, _ in filled):
        return "blank"
    if len(filled) == 1 or len({t for _, t in filled}) == 1:
        # One text across the row (a merged title): a title or a note, unless it sits in a required field's
        # column (a signature or a date under an announcement stands in an optional one).
        c, text = filled[0]
        if len(text) > 30 or c not in layout.columns or _TITLE.match(text):
            return "note"
        if not layout.program.column(layout.columns[c]).required:
            return "note"
    # A stamp, a signature or a date under the list: two cells at most, neither the firm's name nor its code.
    if len(filled) <= 2 and not any(layout.columns.get(c) in _WHOSE for c, _ in filled):
        return "note"
    mapped = [(layout.columns[c], t) for c, t in filled if c in layout.columns]
    if mapped and all(layout.headers.get(key) == _SPACES.sub("", t) for key, t in mapped):
        return "header"
    return "data"
