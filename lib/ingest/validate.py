"""Row validation: every cell parsed by its registry type, every problem one Issue naming the
sheet, the Excel row the user sees, the column, the value and what to fix.

Cells are read the way clerks fill them: placeholders ("/", "待统计") in optional cells are empty,
yes/no answers and neighbouring programs' words map to the registry's values, a status missing from
the sheet is told by the column that implies it, dates without a year take the return's year, ditto
marks (同上, 〃) repeat the value above, a text file's ="…" is what it quotes. A header matched by a name
that is not the field's own is judged by its cells as well.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import and_, is_, itemgetter

import zhconv

from lib.column_types import ColumnType, column_type
from lib.identifiers import uscc_check_char, uscc_problems, well_formed
from lib.ingest import colours
from lib.ingest.bounds import column_name
from lib.ingest.headers import EXACT, HeaderMatch
from lib.ingest.layout import Layout, row_kind
from lib.ingest.messages import ERROR, message
from lib.ingest.normalise import (
    Unanswered,
    cell_text,
    choice_key,
    date_span,
    option_answer,
    parse_bool,
    parse_date,
    ticked_option,
    visible_text,
)
from lib.ingest.read import Sheet
from lib.programs import Column
from lib.region import Region, UnknownUnitError
from lib.store import identity_parts

MAX_TEXT = 2000
MAX_NAME = 200
MAX_MERGED_FILL = 200_000
ROWS_PER_SHEET = 10_000_000
_USCC_REASONS = {"length": "不是18位", "alphabet": "含有不允许的字符（不能有 I、O、Z、S、V 及汉字）"}
# Warnings that speak of a row as stored: a refused row does not carry them.
_STORED_ONLY = frozenset({"foreign_code", "shared_enterprise", "required_when", "date_outside_period"})
_ROWS_SHOWN = 5


class _Missing:
    """A cell with no value (empty, a placeholder, refused). Its length is 0, so the length of the
    longest text of a column is one max(map(len, ...))."""

    __slots__ = ()

    def __len__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "<missing>"


_MISSING = _Missing()
# What reading a cell came to.
_READ, _PLACEHOLDER, _REFUSED = object(), object(), object()


def _shortened(formula: str, length: int = 200) -> str:
    """A formula as a message shows it: its start, when it is long."""
    return formula if len(formula) <= length else formula[:length] + "…"


def _empty(value: object) -> bool:
    return value is _MISSING or value is None or value == ""


# A cell that means "as the row above" (ditto marks).
_DITTO = frozenset({"同上", "〃", "″", "同前"})
# A remarks column (备注, 说明) may say the row is void: reported twice, the firm deregistered, the row
# cancelled or to be deleted. A word written after a negation (未注销, 非重复上报) is no such mark.
# So may a status the registry does not read (声明状态 已撤回, 证书状态 注销) and a county's answer to the city
# (修改情况说明: 本表删除).
_REMARKS = re.compile(r"^(?:.*备注.*|.*说明|附注|注|remarks?|notes?|.*状态|证书有效性|证书情况)$", re.IGNORECASE)
_NUMBERED = re.compile(r"^[一二三四五六七八九十\d]+\s*[、.．)）]\s*")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
_THIS_MONTH = re.compile(r"(?:是否)?本月(?:新增)?")
_MONTH_TOLD = re.compile(r"(?:是否)?本月(?:新增)?|(?:所属|上报|填报|报送|统计)?月份")
# A ledger's row without a date may say its month in columns of their own: 年份 | 月份, or one 月份 of 2023年5月.
_LEDGER_MONTH = re.compile(r"(?:所属|上报|填报|报送|统计|认定|入库|获证|认证)?月份?")
_LEDGER_YEAR = re.compile(r"(?:所属|上报|填报|报送|统计|认定|入库|获证|认证)?(?:年份|年度|年)")
# A span of time written where a day belongs ("5年", "五年", "36个月"): says no day.
_SPAN = re.compile(r"\s*(?:[1-9]\d?|[一二两三四五六七八九十]{1,3})\s*(?:年|个月|个月份)\s*")
_HAS_DIGIT = re.compile(r"\d")
_OWN_UNIT = re.compile(r"[本我](?:区|县|市|辖区|局)")
_MARKS = "★☆▲△▼▽●○◆◇■□◎※＊*#♦♠♣♥√✓ \u3000"  # marks a list puts before or after a firm's name
_FORMER = re.compile(r"\s*[（(]\s*(?:原名?|曾用名|曾用|原企业名称)\s*[:：]?[^（()）]*[)）]\s*$")
_HAS_CODE = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
_ADDRESS = re.compile(r"(地址|住所|地点)$")
_VOID = re.compile(r"(?<![未非不无没拟])(?:重复(?:上报|填报|报送|录入|统计)|注销|吊销|作废|删除|撤销|撤回|退出)")


def _texts(cells: list[object]) -> tuple[list[str], bool, str]:
    """Each cell as the user typed it, trimmed (cell_text), whether every cell is text, and the cells
    joined (one text to look for what few columns hold); a column of text (the usual case: one look
    tells) without a type test per cell."""
    try:
        joined = "".join(cells)  # type: ignore[arg-type]  # TypeError when a cell is not text
    except TypeError:
        # Dates and numbers repeat down a column: each distinct one is written out once, keyed by type
        # and value (1, 1.0 and True are equal keys but read differently).
        known: dict[tuple[type, object], str] = {}

        def text(value: object) -> str:
            key = (type(value), value)
            found = known.get(key)
            if found is None:
                found = known[key] = cell_text(value)
            return found

        texts = [v.strip() if type(v) is str else text(v) for v in cells]
        return texts, False, "".join(texts)
    return list(map(str.strip, cells)), True, joined  # type: ignore[arg-type]


_KEPT_AS_TEXT = re.compile(r'^=(?:T\()?"(.*)"\)?$|^\'(.+)$', re.IGNORECASE | re.DOTALL)


def _unquoted(texts: list[str], apostrophe: bool) -> list[str]:
    """What a text file keeps as text for Excel: ="…" and =T("…") are what is inside the quotes, and (apostrophe)
    a leading apostrophe ('9133…) is no part of the value."""
    out = []
    for text in texts:
        kept = _KEPT_AS_TEXT.match(text) if text[:1] == "=" or (apostrophe and text[:1] == "'") else None
        out.append((kept[1] if kept[1] is not None else kept[2]).strip() if kept else text)
    return out


def _ditto(texts: list[str], cells: list[object]) -> None:
    """A ditto mark takes the value of the row above (already read, so a run of marks repeats one value)."""
    for j in range(1, len(texts)):
        if texts[j] in _DITTO:
            texts[j], cells[j] = texts[j - 1], cells[j - 1]


# "涉及数量（台）": the unit a quantity column's header gives every number under it; notes such as （必填） or
# （如有） are no unit.
_HEADER_UNIT = re.compile(r"[(（\[【]([\u4e00-\u9fff]{1,2})[)）\]】]$")
_NO_UNIT = frozenset({"必填", "选填", "可选", "如有", "选项", "单位", "合计", "累计", "预计", "估计", "约数"})


def _written_unit(header: str) -> str:
    """The unit written after a header, as written ("涉及数量（万件）" -> "万件"), or ""."""
    found = _HEADER_UNIT.search(header or "")
    return found.group(1) if found and found.group(1) not in _NO_UNIT else ""


def _header_unit(header: str) -> str:
    """The unit a header gives its numbers, without a 万 before it ("涉及数量（万件）" -> "件")."""
    unit = _written_unit(header)
    return unit[1:] if unit.startswith("万") else unit


def _in_ten_thousands(header: str) -> bool:
    """Whether a header counts its numbers in ten thousands: "涉及数量（万件）", "数量（万）"."""
    return _written_unit(header).startswith("万")


def _times_ten_thousand(cells: list, values: list) -> list:
    """A column counted in ten thousands by its header: each number written plainly (1.2) is 12,000; one
    written with its own 万 ("1.2万件") was read as such already."""
    out = []
    for cell, value in zip(cells, values, strict=True):
        plain = type(value) in (int, float) and not (type(cell) is str and "万" in cell)
        out.append(round(value * 10_000, 6) if plain else value)
    return out


_CN_MONTHS = {name: n for n, name in enumerate("一二三四五六七八九十", start=1)} | {"十一": 11, "十二": 12}
_HEADING_MONTH = re.compile(
    r"(?:(\d{4})\s*年\s*)?(\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月份?[\u4e00-\u9fff]{0,4}"
)


def _heading_month(texts: list[str]) -> tuple[int | None, int] | None:
    """(year or None, month) a heading row names when it is one text and names a month (一月份（2张）,
    2024年3月新增, 3月), else None."""
    filled = {t for t in texts if t}
    if len(filled) != 1:
        return None
    text = _BRACKETED.sub("", _NUMBERED.sub("", filled.pop())).replace(" ", "")
    found = _HEADING_MONTH.fullmatch(text)
    if found is None:
        return None
    number = found.group(2)
    month = int(number) if number.isdigit() else _CN_MONTHS[number]
    return (int(found.group(1)) if found.group(1) else None, month) if 1 <= month <= 12 else None


def _ticked_values(rows: list[list[object]], key: str, columns: dict[int, str], index: dict[str, int]) -> list:
    """A choice read from one column per value (√ under 工业品): the ticked column's value, in the field's column;
    none ticked (or marks that say neither yes nor no, as a symbol font's letters) is empty, several ticked are
    written out for the check to refuse."""
    at, out = index[key], []
    for row in rows:
        row = list(row)
        ticked = []
        for c, value in columns.items():
            cell = row[c] if c < len(row) else None
            try:
                if not _empty(cell) and parse_bool(cell):
                    ticked.append(value)
            except ValueError:
                continue
        if at < len(row):
            row[at] = "、".join(ticked) if ticked else None
        out.append(row)
    return out


def _joined_dates(rows: list[list[object]], parts: dict[int, int]) -> list[list[object]]:
    """Dates written in parts (年 | 月 | 日 in columns of their own) as one text in the first column,
    "2024年5月6日"; a month without its day is the month's first day, a part that is no number is left
    for the date's check to refuse. A range over two columns (起 | 止) is joined as "2024-04-03至2029-04-02"."""
    out = []
    for row in rows:
        row = list(row)
        for c, n in parts.items():
            if n == 0:  # a range over two columns (起 | 止): one text, read as a range is
                ends = [cell_text(row[c + k]).strip() if c + k < len(row) else "" for k in range(2)]
                if all(ends) and all(_HAS_DIGIT.search(e) for e in ends):
                    row[c] = f"{ends[0]}至{ends[1]}"
                continue
            values = [cell_text(row[c + k]).strip() if c + k < len(row) else "" for k in range(n)]
            numbers = [v[:-2] if v.endswith(".0") else v for v in values]
            if not any(numbers):
                continue
            if n == 3 and not numbers[2] and numbers[0] and numbers[1]:
                numbers[2] = "1"
            row[c] = "".join(f"{v}{unit}" for v, unit in zip(numbers, "年月日", strict=False))
        out.append(row)
    return out


def _empties(values: list) -> list[int]:
    """Positions of the empty values of a column (a look for each kind of empty first: most columns have none)."""
    if _MISSING not in values and None not in values and "" not in values:
        return []
    return [j for j, value in enumerate(values) if _empty(value)]


@dataclass(frozen=True)
class Issue:
    sheet: str
    row: int | None  # Excel row number as shown in the spreadsheet (1-based)
    column: str  # header as written in the file
    value: str
    code: str
    severity: str
    message: str
    col_index: int | None = None

    @property
    def cell(self) -> str:
        if self.row is None or self.col_index is None:
            return ""
        return f"{column_letter(self.col_index)}{self.row}"

    def as_json(self) -> dict:
        return {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
        }


@dataclass(slots=True)
class RowResult:
    excel_row: int
    values: dict[str, object]
    # A row without problems shares the empty tuple: no list of its own for the collector to walk (a
    # return of 100,000 rows would have 100,000 of them). add() gives the row its own list.
    issues: Sequence[Issue] = ()
    identity: str = ""
    month: tuple[int, int] | None = None  # a ledger's row: the month it counts in (its date's, or as its columns say)

    @property
    def accepted(self) -> bool:
        return not self.issues or not any(i.severity == ERROR for i in self.issues)

    def add(self, issue: Issue) -> None:
        if isinstance(self.issues, list):
            self.issues.append(issue)
        else:
            self.issues = [*self.issues, issue]


@dataclass
class Context:
    """What the upload is for: the reporting unit and month, the region to match names, and what the
    unit's clerk has confirmed before."""

    region: Region
    unit_name: str
    year: int
    month: int
    # (sheet, Excel row) -> reason: a failed USCC check an admin has accepted after checking it.
    accepted_checks: dict[tuple[str, int], str] = field(default_factory=dict)
    placeholders: frozenset[str] = frozenset()
    # (program, column) -> {written value (choice_key) -> registry value}: the clerk's value mappings.
    learned_values: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    # program -> {identity -> sheet number * ROWS_PER_SHEET + Excel row}: duplicates are found across
    # every block of a file (plain ints: a hundred thousand tuples would cost the garbage collector).
    seen: dict[str, dict[str, int]] = field(default_factory=dict)
    sheets: list[str] = field(default_factory=list)
    # A city ledger (台账, lib.ingest.ledger): the first and last month it may speak for. Each row's unit is its
    # own (its county column, the sheet's or its group's name), its month its date's; there is no reporting unit.
    ledger: tuple[tuple[int, int], tuple[int, int]] | None = None


def placeholder_keys(written: tuple[str, ...]) -> frozenset[str]:
    """The placeholders as they may appear in a trimmed cell: as declared, width-normalised, any case."""
    forms: set[str] = set()
    for text in written:
        for form in (text, choice_key(text), unicodedata.normalize("NFKC", text)):
            forms |= {form, form.lower(), form.upper()}
    return frozenset(f for f in forms if f)


@dataclass
class BlockResult:
    rows: list[RowResult]
    skipped: dict[str, int]
    issues: list[Issue]  # sheet-level: no row of their own


def column_letter(index: int) -> str:
    """A 0-based column index as Excel letters: 2 -> C."""
    return column_name(index + 1)


class _Parsers:
    """Per-type cell parsers with the context they need; unit matches are remembered."""

    def __init__(self, context: Context, program_key: str):
        self.context = context
        self.program_key = program_key
        self.units: dict[str, str | Exception] = {}
        self.learned_used: dict[str, dict[str, str]] = {}  # column key -> {text: value} read by a learned word

    def unit(self, raw: object) -> str:
        text = cell_text(raw)
        if text not in self.units:
            try:
                own = _OWN_UNIT.fullmatch(text.strip())  # 本区, 本县, 我市: the reporting unit itself
                self.units[text] = self.context.unit_name if own else self.context.region.match(text).name
            except UnknownUnitError as exc:
                self.units[text] = exc
        found = self.units[text]
        if isinstance(found, Exception):
            raise found
        return found

    def date(self, raw: object) -> dt.date:
        return parse_date(raw, (self.context.year, self.context.month))

    def choice(self, column: Column) -> Callable[[object], str]:
        learned = self.context.learned_values.get((self.program_key, column.key), {})
        return choice_parser(column, learned, self.learned_used.setdefault(column.key, {}) if learned else None)


def _choice_table(column: Column) -> dict[str, str]:
    table = {}
    for value, variants in column.choices:
        for written in (value, *variants):
            table.setdefault(choice_key(written), value)
    return table


def _remembered(parse: Callable[[object], object]) -> Callable[[object], object]:
    """A parser that works out each distinct cell value once (choices and yes/no repeat a lot)."""
    known: dict[object, object] = {}

    def parse_once(raw: object) -> object:
        try:
            return known[raw]
        except KeyError:
            known[raw] = value = parse(raw)  # a ValueError/KeyError propagates and is not remembered
            return value

    return parse_once


def choice_parser(
    column: Column, learned: dict[str, str], used: dict[str, str] | None = None
) -> Callable[[object], object]:
    """Registry values and their variants, then a yes/no answer where the column declares what yes and
    no mean, then one variant opening a longer phrase, and only then the clerk's confirmed words: what
    the registry reads is never overridden by a word a unit taught. Each text read through a learned
    word is put in `used` (text -> value), so the preview can say where one was applied."""
    table = _choice_table(column)
    inside = sorted(((k, v) for k, v in table.items() if len(k) >= 2), key=lambda kv: -len(kv[0]))

    def parse(raw: object) -> str:
        key = choice_key(raw)
        if key in table:
            return table[key]
        key = choice_key(zhconv.convert(key, "zh-cn"))  # 主動召回
        if key in table:
            return table[key]
        # The ticked option of a printed list ("☑达到 □优于"), an online form's lettered answer ("A.主动召回").
        text = cell_text(raw)
        answer = ticked_option(text) if type(raw) is str else None
        if answer is None and type(raw) is str:
            answer = option_answer(text)
        if answer is not None and answer != text:
            return parse(answer)
        if column.yes_no is not None:
            try:
                return column.yes_no[0] if parse_bool(raw) else column.yes_no[1]
            except ValueError:
                pass
        # "主动召回（企业自主）", "已认证（浙江制造）": a value with an aside. Only at the start, so that
        # "基本达到" or "未认证" never reads as a value.
        values = {v for k, v in inside if key.startswith(k)}
        if len(values) == 1:
            return values.pop()
        if key in learned:
            if used is not None:
                used[cell_text(raw)] = learned[key]
            return learned[key]
        raise KeyError(key)

    return _remembered(parse)


def validate_sheet(sheet: Sheet, layout: Layout, context: Context) -> tuple[list[RowResult], dict[str, int]]:
    """Parse and check every data row of the block; returns rows and counts of skipped kinds."""
    result = validate_block(sheet, layout, context)
    return result.rows, result.skipped


def validate_block(sheet: Sheet, layout: Layout, context: Context) -> BlockResult:
    """Rows, skipped kinds and the block's sheet-level warnings."""
    return _SheetValidator(sheet, layout, context).run()


class _SheetValidator:
    """Everything that is the same for every row of a block, worked out once."""

    def __init__(self, sheet: Sheet, layout: Layout, context: Context):
        self.sheet, self.layout, self.context = sheet, layout, context
        self.program = program = layout.program
        self.by_key = by_key = {c.key: c for c in program.columns}
        self.parsers = _Parsers(context, program.key)
        self._columns_read()
        self.unit_from_quantity = "quantity_unit" in by_key and program.quantity_column is not None
        self.conditional = [c for c in program.columns if c.required_when or c.after]
        self.text_keys = [
            (c.key, MAX_NAME if c.key == "enterprise_name" else MAX_TEXT)
            for c in program.columns
            if column_type(c.type).free_text
        ]
        self.placeheld: dict[int, list[tuple[int, str]]] = {}
        # column -> (Excel row, text, value) of each cell read through a word the unit taught
        self.learned: dict[int, list[tuple[int, str, str]]] = {}
        self.formulas: list[tuple[int, int, str]] = []
        self.issues: list[Issue] = []
        self.flagged: dict[int, set[str]] = {}  # Excel row -> fields already reported (formulas, placeholders)
        self.hidden: list[int] = []  # Excel rows of the block hidden from the clerk, with something in them
        self.group_units: dict[int, str] = {}  # data row -> the unit its group's heading names
        self.earlier: list[int] = []  # Excel rows of a year's list that belong to earlier months
        self.may_have_formulas = sheet.formula_source is not None
        self.merged_down = self._merged_down()

    def _columns_read(self) -> None:
        """What follows from which column is which field (worked out again when a match is let go)."""
        layout, by_key, parsers = self.layout, self.by_key, self.parsers
        # Text-like parsers take the cell as text; dates and numbers take the raw cell (serials, floats).
        self.plan = [
            (i, by_key[key], kind.parser(by_key[key], parsers), kind)
            for i, key in layout.columns.items()
            for kind in [column_type(by_key[key].type)]
        ]
        self.shown = {c.key: layout.headers.get(c.key, c.header) for c in self.program.columns}
        self.index = {key: i for i, key in layout.columns.items()}
        beside = self._unit_beside()
        if beside is not None:
            unit = by_key["quantity_unit"]
            self.plan.append((beside, unit, column_type(unit.type).parser(unit, parsers), column_type(unit.type)))
            self.index["quantity_unit"] = beside
        # A status told by another column fills in its empty cells when the sheet has that column; a sheet
        # with neither (a published name list) reads as the value for an empty one.
        self.implied = [
            c
            for c in self.program.columns
            if c.implied_by and (c.implied_by[0] in self.index or c.key not in self.index)
        ]
        # A required field without a column is the sheet's problem (missing_column), not each row's.
        self.required = [
            c for c in self.program.columns if c.required and c.key != "unit" and (c.key in self.index or c.implied_by)
        ]
        self.plausible = [(c.key, c.plausible) for c in self.program.columns if c.plausible and c.key in self.index]
        self.named_by_sheet = self._named_by_sheet()
        # Without a required column nothing of the block is stored (the service says which is missing), but
        # its rows are checked as far as the other columns allow; they claim no identity in the file.
        self.blocked = any(
            c.required and c.key != "unit" and c.key not in self.index and not c.implied_by
            for c in self.program.columns
        )

    def _date_of_status(self, picked: list[list[object]], key: str, columns: dict[str, int]) -> list[list[object]]:
        """Each row's date from the column of the status it reports (入库时间 for 培育, 获证时间 for 认证), read
        where the field's column is; a row whose status does not read takes the first date it has."""
        status = self.by_key[self.program.status_column]
        parse, at, into = choice_parser(status, {}), self.index[status.key], self.index[key]
        placeholders = self.context.placeholders
        out = []
        for row in picked:
            try:
                own = columns.get(parse(row[at])) if at < len(row) else None
            except (KeyError, ValueError, TypeError):
                own = None
            cells = [row[c] if c < len(row) else None for c in ([own] if own is not None else columns.values())]
            dated = [v for v in cells if not _empty(v) and cell_text(v).strip() not in placeholders]
            row = list(row)
            row[into] = dated[0] if dated else cells[0]
            out.append(row)
        return out

    def _named_by_sheet(self) -> dict[str, str]:
        """Choice fields without a column that the sheet's name gives (one sheet per 产品类别: 工业品,
        食品农产品): field -> value, for every row of the sheet."""
        named = {}
        for column in self.program.columns:
            told = column.implied_by is not None and column.implied_by[0] in self.index
            if not column.choices or column.key in self.index or told:  # each row's certificate tells
                continue
            try:
                named[column.key] = choice_parser(column, {})(self.sheet.name)
            except (KeyError, ValueError):
                continue
        return named

    def _unit_beside(self) -> int | None:
        """The column a quantity's header is merged across to ("涉及数量" over the number and an unheaded
        column of 辆/件/台), read as the quantity's unit when the sheet has no unit column of its own."""
        quantity = self.program.quantity_column
        at = self.index.get(quantity) if quantity else None
        if at is None or "quantity_unit" not in self.by_key or "quantity_unit" in self.index:
            return None
        rows = range(self.layout.first_row, self.layout.header_row + 1)
        for (r0, c0), (r1, c1) in self.sheet.merged:
            if c0 == at and c1 == at + 1 and r0 in rows and r1 in rows and at + 1 not in self.layout.columns:
                return at + 1
        return None

    def _judge_by_values(self, picked: list[list[object]]) -> None:
        """A header matched by a name that is not the field's own is judged by its cells too: when most
        filled cells do not read as the field (有效/暂停 under a header taken for a date or a status), the
        column is not that field. The sheet then reads as if it had no such column (a status told by the
        certificate, an optional field left empty, a required one for the clerk to point out)."""
        layout, match = self.layout, self.layout.match
        if match is None or layout.judged:
            return
        layout.judged = True
        placeholders = self.context.placeholders
        unfit = []
        for index, column, parse, kind in self.plan:
            found = match.matches.get(column.key)
            if kind.free_text or found is None or found.source != "auto" or found.score >= EXACT:
                continue
            cells = [row[index] for row in picked if index < len(row)]
            texts = [t for t in _texts(cells)[0] if t and t not in placeholders]
            failed = [
                t for t in dict.fromkeys(texts) if self._outcome(t, t, parse, kind, column, placeholders)[0] is _REFUSED
            ]
            wrong = set(failed)
            count = sum(1 for t in texts if t in wrong)
            if count >= 2 and 2 * count > len(texts):
                unfit.append((column, found, failed[0]))
        if not unfit:
            return
        gone = {column.key for column, *_ in unfit}
        kept = {key: m for key, m in match.matches.items() if key not in gone}
        layout.apply(HeaderMatch(match.program, kept, match.ambiguous, match.cells))
        for column, found, example in unfit:
            self._sheet_issue("unfit_column", column=column.header, value=found.header, example=example)
        self._columns_read()

    def _merged_down(self) -> dict[int, dict[int, object]]:
        """Cells merged down over several data rows ("企业名称" over its two products): every row under
        the first holds the same value. Row -> {column -> value}, bounded."""
        fills: dict[int, dict[int, object]] = {}
        first, rows, budget = self.layout.header_row + 1, self.sheet.rows, MAX_MERGED_FILL
        for (r0, c0), (r1, _c1) in self.sheet.merged:
            if r0 < first or r1 <= r0 or c0 not in self.layout.columns or r0 >= len(rows) or c0 >= len(rows[r0]):
                continue
            for r in range(r0 + 1, min(r1, len(rows) - 1) + 1):
                fills.setdefault(r, {})[c0] = rows[r0][c0]
                budget -= 1
            if budget <= 0:
                break
        return fills

    def run(self) -> BlockResult:
        """Column by column: the data rows are picked, each column's cells are read (each distinct text
        once), the row checks run over the columns, then each row gets its values and identity."""
        skipped = {"blank": 0, "total": 0, "note": 0, "header": 0, "hidden": 0, "earlier": 0}
        picked, lines = self._data_rows(skipped)
        if self.layout.date_parts:
            picked = _joined_dates(picked, self.layout.date_parts)
        if self.layout.value_columns:
            picked = _ticked_values(picked, *self.layout.value_columns, self.index)
        if self.layout.dates_by_status and self.program.status_column in self.index:
            picked = self._date_of_status(picked, *self.layout.dates_by_status)
        # Columns the registry does not read whose header says they hold an address (企业地址, 住所).
        self.address_cells = {
            i: [row[i] if i < len(row) else None for row in picked] for i, _ in self._unread_columns(_ADDRESS.search)
        }
        self._judge_by_values(picked)
        self.told_months = self._ledger_months(picked) if self.context.ledger else None
        results = [RowResult(r + 1, {}) for r in lines]
        self._void_rows(picked, lines, results)
        columns: dict[str, list] = {}
        quantity_units: list | None = None
        width = max((index for index, *_ in self.plan), default=-1) + 1
        if picked and min(map(len, picked)) < width:  # short rows (text files) padded to the columns read
            picked = [row if len(row) >= width else [*row, *[None] * (width - len(row))] for row in picked]
        for index, column, parse, kind in self.plan:
            cells = list(map(itemgetter(index), picked))
            values, units = self._read_column(cells, lines, results, index, column, parse, kind)
            if kind.numeric and _in_ten_thousands(self.shown[column.key]):
                values = _times_ten_thousand(cells, values)
            if column.after and kind.ranges:
                values = self._span_ends(cells, values, column, columns)
            columns[column.key] = values
            if units is not None:
                quantity_units = units
        for key, value in self.named_by_sheet.items():
            columns[key] = [value] * len(picked)
        names = columns.get("enterprise_name")
        if names is not None and any(type(n) is str and _FORMER.search(n) for n in set(names)):
            # A renamed firm written with its former name (（原…）, (曾用名：…)): the name is the current one.
            columns["enterprise_name"] = names = [_FORMER.sub("", n) if type(n) is str else n for n in names]
        if names is not None and any(type(n) is str and (n[:1] in _MARKS or n[-1:] in _MARKS) for n in set(names)):
            # A mark before or after a name (★ 重点企业, ▲ 新入库, as a legend says): no part of the name.
            columns["enterprise_name"] = [n.strip(_MARKS) if type(n) is str else n for n in names]
        quantity = self.program.quantity_column
        if quantity_units is not None and (
            told := _header_unit(self.shown[quantity]) or self.layout.units.get(self.index.get(quantity, -1), "")
        ):
            numbers = columns[quantity]
            quantity_units = [
                told if u is _MISSING and n is not _MISSING else u for u, n in zip(quantity_units, numbers, strict=True)
            ]
        elif quantity_units is not None and self.sheet.units_source is not None and not self.sheet.shape:
            # The unit shown by each cell's number format (#,##0"套"): the cell reads "48,000套" in Excel.
            shown, at, numbers = self.sheet.cell_units(), self.index.get(quantity, -1), columns[quantity]
            quantity_units = [
                shown.get((r, at), u) if u is _MISSING and n is not _MISSING else u
                for u, n, r in zip(quantity_units, numbers, lines, strict=True)
            ]
        if quantity_units is not None:
            written = columns.get("quantity_unit")
            columns["quantity_unit"] = (
                quantity_units
                if written is None
                else [u if w is _MISSING else w for w, u in zip(written, quantity_units, strict=True)]
            )
        accepted_reasons = self._check(results, columns)
        for key, values in columns.items():
            if None in values or "" in values:  # nothing read is no value: a row's values never hold one
                columns[key] = [_MISSING if v is None or v == "" else v for v in values]
        keys = [key for key, values in columns.items() if values.count(_MISSING) != len(values)]
        gaps = any(_MISSING in columns[key] for key in keys)
        for result, row in zip(results, zip(*(columns[k] for k in keys), strict=True), strict=True):
            if gaps and _MISSING in row:
                result.values = {k: v for k, v in zip(keys, row, strict=True) if v is not _MISSING}
            else:
                result.values = dict(zip(keys, row, strict=True))
        for j, reason in accepted_reasons:
            results[j].values["uscc_accepted_reason"] = reason
        self._identities(results, columns)
        self._block_warnings()
        if (gaps or len(keys) < len(columns)) and not self.context.ledger:  # perhaps a date missing somewhere
            self._empty_dates(results, columns)
        return BlockResult(results, skipped, self.issues)

    def _ledger_months(self, picked: list[list[object]]) -> list[tuple[int, int] | None] | None:
        """A ledger's month of each row as columns the registry does not read say it (年份 and 月份, or a 月份 of
        2023年5月 or 2023-05); None when the sheet has no such column."""
        months = self._unread_columns(_LEDGER_MONTH.fullmatch)
        if not months:
            return None
        at, years = months[0][0], self._unread_columns(_LEDGER_YEAR.fullmatch)
        out: list[tuple[int, int] | None] = []
        for row in picked:
            cell = row[at] if at < len(row) else None
            try:
                if years:
                    year = row[years[0][0]] if years[0][0] < len(row) else None
                    number = int(re.sub(r"\D", "", cell_text(year))), int(re.sub(r"\D", "", cell_text(cell)))
                    out.append(number if 1990 <= number[0] <= 2100 and 1 <= number[1] <= 12 else None)
                else:
                    when = parse_date(cell, None)
                    out.append((when.year, when.month))
            except (ValueError, TypeError):
                out.append(None)
        return out

    def _unread_columns(self, says: Callable[[str], object]) -> list[tuple[int, str]]:
        """(column, header without spaces) of the header's columns the registry does not read whose header `says`
        what they hold: remarks, an address, the month a row belongs to."""
        cells = self.layout.match.cells if self.layout.match else {}
        found = ((i, re.sub(r"\s+", "", str(text))) for i, text in cells.items() if i not in self.layout.columns)
        return [(i, key) for i, key in found if key and says(key)]

    def _void_rows(self, picked: list[list[object]], lines: list[int], results: list[RowResult]) -> None:
        """Rows the return itself marks void are refused: struck through in every filled cell, or a remarks
        column saying the row was reported twice, the firm deregistered, the row cancelled."""
        struck = self.sheet.row_marks().struck
        if struck:
            for j, r in enumerate(lines):
                if r in struck:
                    self._issue(results[j], "struck_row", "整行", "", None)
        for i, header in self._unread_columns(_REMARKS.match):
            for j, row in enumerate(picked):
                cell = row[i] if i < len(row) else None
                if type(cell) is str and (found := _VOID.search(cell)) and lines[j] not in struck:
                    self._issue(results[j], "void_row", header, cell.strip()[:40], i, word=found.group())
        self._void_colours(picked, lines, results, struck)

    def _void_colours(self, picked: list[list[object]], lines: list[int], results: list[RowResult], struck) -> None:
        """Rows shaded in a colour the sheet's legend (a 说明 above or under the list, or a key of coloured
        cells) says does not count are refused. Colours are read only when the sheet has such words."""
        if self.sheet.fills_source is None or not lines:
            return
        rows = self.sheet.rows
        around = [*range(self.layout.first_row), *range(lines[-1] + 1, min(len(rows), lines[-1] + 31))]
        texts = {r: [cell_text(v) for v in rows[r]] for r in around}
        notes = ["".join(t) for t in texts.values() if colours.says_colours("".join(t))]
        if not notes:
            return
        fills = self.sheet.cell_fills()
        above = [r for r in around if r < self.layout.first_row]
        meanings = colours.legend(notes, [texts[r] for r in above], fills, above)
        void = {word: meaning for word, meaning in meanings.items() if colours.VOID.search(meaning)}
        if not void:
            return
        for j, (r, row) in enumerate(zip(lines, picked, strict=True)):
            filled = [c for c, v in enumerate(row) if not _empty(v)]
            rgb = colours.row_colour(fills, r, filled) if r not in struck else None
            word = colours.colour_word(rgb) if rgb else None
            if word in void:
                self._issue(results[j], "void_colour", "整行", "", None, colour=f"{word}色", meaning=void[word][:40])

    def _span_ends(self, cells: list[object], values: list, column: Column, columns: dict[str, list]) -> list:
        """A validity written as one range ("2025-03-04至2028-03-03") in a column whose date comes after
        another's: the column takes the end, and the start is the other date when the sheet has no column
        for it. Each distinct text is looked at once."""
        spans = {cell: date_span(cell) for cell in set(cells) if type(cell) is str}
        if not any(spans.values()):
            return values
        found = [spans.get(cell) if type(cell) is str else None for cell in cells]
        if column.after not in self.index:
            columns[column.after] = [span[0] if span else _MISSING for span in found]
        return [span[1] if span else value for span, value in zip(found, values, strict=True)]

    def _data_rows(self, skipped: dict[str, int]) -> tuple[list[list[object]], list[int]]:
        """The block's data rows (merged-down cells filled in) and their 0-based sheet rows; titles,
        totals, notes, blank and repeated header rows are counted in skipped."""
        layout, rows = self.layout, self.sheet.rows
        first = layout.header_row + 1
        end = len(rows) if layout.end_row is None else layout.end_row
        block = rows[first:end]
        # Rows holding nothing of their own in the fields read: the lower half of records merged down (a Word
        # table), or a product's further indicator rows (关键技术指标 one a row, the product merged down over them).
        continued = set()
        read = list(layout.columns)
        for r, fills in self.merged_down.items():
            if first <= r < end:
                row = block[r - first] = list(block[r - first])
                if all(_empty(row[c]) for c in read if c < len(row)):
                    continued.add(r)
                for c, value in fills.items():
                    if c < len(row) and row[c] in (None, ""):
                        row[c] = value
        # A well-formed credit code in its column means a data row: no title, total or note has one.
        code_at = self.index.get("uscc")
        coded = (
            well_formed([row[code_at] if code_at < len(row) else None for row in block])
            if code_at is not None
            else [False] * len(block)
        )
        hidden = self.sheet.row_marks().hidden
        quick = not layout.skip_rows and not layout.not_data and not continued
        if all(coded) and quick and hidden.isdisjoint(range(first, end)):
            return self._this_month(block, list(range(first, first + len(block))), skipped)
        picked: list[list[object]] = []
        lines: list[int] = []
        # A list grouped by unit with no unit column: a group's heading row (一、南湖区（5家）) gives its rows' unit.
        grouped = "unit" not in self.index
        group = None
        # A year's list headed month by month (一月份（2张）, 2024年3月): rows under another month's heading
        # were returned in their own month.
        heading: tuple[int | None, int] | None = None
        month = (self.context.year, self.context.month)
        for r, row, data in zip(range(first, first + len(block)), block, coded, strict=True):
            if r in layout.skip_rows:
                skipped["header"] += 1
                continue
            if r in continued:
                skipped["blank"] += 1
                continue
            if r in layout.not_data:
                skipped["note"] += 1
                continue
            if r in hidden:
                if any(not _empty(v) for v in row):
                    skipped["hidden"] += 1
                    self.hidden.append(r + 1)
                continue
            if not data:
                texts = [v.strip() if type(v) is str else cell_text(v) for v in row]
                kind = row_kind(texts, layout)
                if kind != "data":
                    skipped[kind] += 1
                    if grouped and kind in ("note", "blank"):
                        group = self._group_unit(texts, group)
                    if kind in ("note", "blank"):
                        heading = _heading_month(texts) or heading
                    continue
            if heading is not None and (heading[0] or month[0], heading[1]) != month:
                self.earlier.append(r + 1)
                skipped["earlier"] += 1
                continue
            if group is not None:
                self.group_units[len(picked)] = group
            picked.append(row)
            lines.append(r)
        self._sub_rows(picked)
        return self._this_month(picked, lines, skipped)

    def _this_month(
        self, picked: list[list[object]], lines: list[int], skipped: dict[str, int]
    ) -> tuple[list[list[object]], list[int]]:
        """A year's list sent whole: rows a 本月新增 column says are not new this month, or a 月份 column gives
        another month, were returned in their own months and are not read (the clerk is told which)."""
        told = [(i, _THIS_MONTH.fullmatch(key) is not None) for i, key in self._unread_columns(_MONTH_TOLD.fullmatch)]
        if not told or not picked or self.context.ledger:
            return picked, lines
        i, new_flag = told[0]
        month = (self.context.year, self.context.month)
        keep = []
        for row in picked:
            cell = row[i] if i < len(row) else None
            try:
                if new_flag:
                    keep.append(_empty(cell) or parse_bool(cell))
                else:
                    when = parse_date(cell, month) if not _empty(cell) else None
                    keep.append(when is None or (when.year, when.month) == month)
            except ValueError:
                keep.append(True)
        if all(keep):
            return picked, lines
        self.earlier = sorted(self.earlier + [r + 1 for r, kept in zip(lines, keep, strict=True) if not kept])
        skipped["earlier"] = len(self.earlier)
        return list(compress(picked, keep)), list(compress(lines, keep))

    def _named_and_registered(self, units: list, names: list, codes: list) -> None:
        """With no unit column, a firm both named after another unit and registered there (桐乡市梧桐电器有限公司,
        9133048…) is that unit's row. Either alone says nothing sure (a 经开 firm registers with 南湖区)."""
        region, own = self.context.region, self.context.unit_name
        for j, (name, code) in enumerate(zip(names, codes, strict=True)):
            if units[j] is not _MISSING or type(name) is not str or type(code) is not str:
                continue
            registered = region.registered_unit(code)
            if registered is not None and registered.name != own and region.unit_in_address(name) == registered:
                units[j] = registered.name

    def _group_unit(self, texts: list[str], current: str | None) -> str | None:
        """The unit a group's heading row names (一、南湖区（5家）, 二、嘉兴经济技术开发区), else the current one."""
        filled = {t for t in texts if t}
        if len(filled) != 1:
            return current
        name = _BRACKETED.sub("", _NUMBERED.sub("", filled.pop())).strip()
        try:
            return self.context.region.match(name).name if 2 <= len(name) <= 20 else current
        except UnknownUnitError:
            return current

    def _sub_rows(self, picked: list[list[object]]) -> None:
        """A row under a firm's row with no 序号, name or code of its own (one more product of that firm, as a
        recall list writes them) is that firm's: its name and code are the row above's."""
        serial, name, code = self.layout.serial_column, self.index.get("enterprise_name"), self.index.get("uscc")
        if serial is None or name is None or code is None:
            return
        for j in range(1, len(picked)):
            row = picked[j]
            own = [row[c] if c < len(row) else None for c in (serial, name, code)]
            if all(_empty(v) for v in own) and any(not _empty(v) for v in row):
                above = picked[j - 1]
                row = picked[j] = list(row)
                for c in (name, code):
                    if c < len(row) and c < len(above):
                        row[c] = above[c]

    def _read_column(
        self,
        cells: list[object],
        lines: list[int],
        results: list[RowResult],
        index: int,
        column: Column,
        parse: Callable[[object], object],
        kind: ColumnType,
    ) -> tuple[list, list | None]:
        """One column's values (_MISSING where the cell is empty, a placeholder or refused), and the
        units written with its quantities when they give the quantity unit (else None). Problems go to
        the rows' results."""
        texts, all_text, joined = _texts(cells)
        if '="' in joined or '=T("' in joined or (self.sheet.text_file and "'" in joined):
            texts = _unquoted(texts, self.sheet.text_file)
        if ("同" in joined or "〃" in joined or "″" in joined) and not _DITTO.isdisjoint(texts):
            _ditto(texts, cells)
        raws: dict[int, object] = {}
        if self.may_have_formulas:
            for j, text in enumerate(texts):
                if text == "" and self.may_have_formulas:
                    texts[j] = raws[j] = self._formula(lines[j], index, results[j], column)
        placeholders = self.context.placeholders
        many = kind.many(column)
        if many is not None:
            if all(texts):
                values = many(texts)
            else:
                values = [_MISSING] * len(texts)
                filled = [j for j, text in enumerate(texts) if text]
                for j, value in zip(filled, many([texts[j] for j in filled]), strict=True):
                    values[j] = value
            held = placeholders
            if column.key.endswith("_no"):  # a number or code not given yet: "申请中", "审核中"
                held = held | {t for t in set(texts) if t and not _HAS_CODE.search(t)}
            if not held.isdisjoint(texts):
                for j, text in enumerate(texts):
                    if text in held:
                        values[j] = _MISSING
                        self._placeholder(results[j], column, index, text)
            return values, None
        with_units = self.unit_from_quantity and column.key == self.program.quantity_column
        # The outcome of a text is the same in every row: each distinct text is worked out once. Cells
        # that are not text (numbers, dates; 1, 1.0 and True are equal keys) are read one by one.
        others = (
            []
            if all_text
            else [j for j, cell in enumerate(cells) if cell is not None and type(cell) is not str and j not in raws]
        )
        outcomes = {text: self._outcome(text, text, parse, kind, column, placeholders) for text in set(texts) if text}
        outcomes[""] = (_MISSING,)
        read_as = outcomes.items()
        read = {text: outcome[1] if outcome[0] is _READ else _MISSING for text, outcome in read_as}
        values = list(map(read.__getitem__, texts))
        units = None
        if with_units:
            written = {text: outcome[2] or _MISSING if outcome[0] is _READ else _MISSING for text, outcome in read_as}
            units = list(map(written.__getitem__, texts))
        special = {text for text, outcome in outcomes.items() if outcome[0] is not _READ and text}
        if used := self.parsers.learned_used.get(column.key):
            self.learned[index] = [(lines[j] + 1, text, used[text]) for j, text in enumerate(texts) if text in used]
        done = set(others)
        for j, text in enumerate(texts) if special else ():
            if text in special and j not in done:
                self._apply(outcomes[text], results[j], column, index, text)
        # Cells that are not text, each distinct one once: keyed by type and value (1 == 1.0 == True).
        known: dict[object, tuple] = {}
        for j in others:
            cell = cells[j]
            key = cell if isinstance(cell, dt.date) else (type(cell), cell)
            outcome = known.get(key)
            if outcome is None:
                outcome = known[key] = self._outcome(texts[j], cell, parse, kind, column, placeholders)
            values[j] = outcome[1] if outcome[0] is _READ else _MISSING
            if units is not None:
                units[j] = outcome[2] or _MISSING if outcome[0] is _READ else _MISSING
            self._apply(outcome, results[j], column, index, texts[j])
        return values, units

    def _apply(self, outcome: tuple, result: RowResult, column: Column, index: int, text: str) -> None:
        """A placeholder or a refused cell, told to its row."""
        if outcome[0] is _PLACEHOLDER:
            self._placeholder(result, column, index, text)
        elif outcome[0] is _REFUSED:
            self._issue(result, outcome[1], self.shown[column.key], text, index, **outcome[2])

    @staticmethod
    def _outcome(text: str, raw: object, parse, kind: ColumnType, column: Column, placeholders) -> tuple:
        """(_READ, value, unit), (_PLACEHOLDER,) or (_REFUSED, problem code, details) for one cell."""
        if type(raw) is str:  # a choice, unit or date with a zero-width character reads as without it
            text = raw = visible_text(text)
        if kind.placeholder_first and text in placeholders:
            return (_PLACEHOLDER,)
        if kind.free_text and column.key.endswith("_no") and not _HAS_CODE.search(text):
            return (_PLACEHOLDER,)  # a number or code not given yet: "申请中", "审核中"
        if kind.dated and _SPAN.fullmatch(text):
            return (_PLACEHOLDER,)  # a span, not a day: a validity of "5年" (its end follows from the issue date)
        try:
            value = parse(text if kind.takes_text else raw)
        except Unanswered:
            return (_PLACEHOLDER,)
        except (ValueError, KeyError, TypeError) as exc:
            if text in placeholders:
                return (_PLACEHOLDER,)
            code, extra = kind.issue(column, exc)
            return (_REFUSED, code, extra)
        if not kind.numeric:
            return (_READ, value, "")
        number, unit = value
        if number < 0:
            return (_REFUSED, "negative_number", {})
        return (_READ, number, unit)

    def _issue(self, result: RowResult, code: str, column: str, value: str, col_index: int | None, **fields) -> None:
        severity, text = message(code, column=column, value=value, **fields)
        result.add(Issue(self.sheet.name, result.excel_row, column, value, code, severity, text, col_index))

    def _sheet_issue(self, code: str, column: str = "整表", value: str = "", **fields) -> None:
        severity, text = message(code, column=column, value=value, **fields)
        self.issues.append(Issue(self.sheet.name, None, column, value, code, severity, text))

    def _formula(self, r: int, index: int, result: RowResult, column: Column) -> str:
        """The value of a formula saved without its result, or "" (an unreadable one is reported)."""
        formula = self.sheet.formula(r, index)
        if formula is None:
            self.may_have_formulas = self.sheet.has_formulas
            return ""
        value = self.sheet.formula_value(r, index)
        if value is None:
            code = "formula_unreadable" if column.required else "formula_unreadable_optional"
            self._issue(result, code, self.shown[column.key], f"={_shortened(formula)}", index)
            self.flagged.setdefault(result.excel_row, set()).add(column.key)
            return ""
        self.formulas.append((result.excel_row, index, _shortened(formula)))
        return value.strip()

    def _placeholder(self, result: RowResult, column: Column, index: int, text: str) -> None:
        # A status column written 待定 leaves the status unknown: never told by the certificate instead.
        if column.required:
            self._issue(result, "placeholder_required", self.shown[column.key], text, index)
            self.flagged.setdefault(result.excel_row, set()).add(column.key)
        else:
            self.placeheld.setdefault(index, []).append((result.excel_row, text))

    def _check(self, results: list[RowResult], columns: dict[str, list]) -> list[tuple[int, str]]:
        """The row checks, run over whole columns in the order a row's problems are listed: statuses
        told by another column, the reporting unit, required and conditional fields, text lengths,
        credit codes, the month of the event. Fills the statuses and the unit into columns; returns the
        rows whose failed check character an admin accepted, with the reason."""
        n, shown, index, context = len(results), self.shown, self.index, self.context
        absent = [_MISSING] * n

        def column(key: str) -> list:
            return columns.get(key, absent)

        flagged = {
            j: self.flagged.get(result.excel_row, set()) | {i.column for i in result.issues}
            for j, result in enumerate(results)
            if result.issues or result.excel_row in self.flagged
        }
        for implied in self.implied:
            source, present, absent_value = implied.implied_by
            own, told = list(column(implied.key)), column(source)
            name = shown[implied.key]
            for j in _empties(own):
                if not (j in flagged and name in flagged[j]):
                    own[j] = present if not _empty(told[j]) else absent_value
            columns[implied.key] = own
        units = list(column("unit"))
        if "unit" not in index:  # no unit column: an address may still say the firm is another unit's
            for cells in self.address_cells.values():
                named = {value: context.region.unit_in_address(value) for value in set(cells) if value}
                for j, value in enumerate(cells):
                    if units[j] is _MISSING and (found := named.get(value)):
                        units[j] = found.name
        for j, unit in self.group_units.items():
            if units[j] is _MISSING:
                units[j] = unit
        if "unit" not in index and "uscc" in index and "enterprise_name" in index:
            self._named_and_registered(units, column("enterprise_name"), column("uscc"))
        if context.ledger:
            self._ledger_units(results, units)
        for j in _empties(units) if not context.ledger else ():
            units[j] = context.unit_name
        columns["unit"] = units
        for j, unit in enumerate(units) if units.count(context.unit_name) != n and not context.ledger else ():
            if unit != context.unit_name:
                self._issue(
                    results[j],
                    "other_unit",
                    shown["unit"],
                    str(unit),
                    index.get("unit"),
                    unit=unit,
                    reporting=context.unit_name,
                )
        for required in self.required:
            key, name = required.key, shown[required.key]
            for j in _empties(column(key)):
                if not (j in flagged and (name in flagged[j] or key in flagged[j])):
                    self._issue(results[j], "required", name, "", index.get(key))
        for conditional in self.conditional:
            self._check_conditional(results, conditional, column)
        for key, limit in self.text_keys:
            texts = column(key)
            try:
                fits = max(map(len, texts), default=0) <= limit
            except TypeError:  # a value that is not text
                fits = False
            for j, text in enumerate(texts) if not fits else ():
                if isinstance(text, str) and len(text) > limit:
                    self._issue(
                        results[j],
                        "text_too_long",
                        shown[key],
                        text[:40] + "…",
                        index.get(key),
                        length=len(text),
                        limit=limit,
                    )
        for key, (warn, refuse) in self.plausible:
            self._check_plausible(results, key, column(key), warn, refuse)
        accepted = self._check_codes(results, column("uscc"), units)
        self._check_period(results, column)
        return accepted

    def _check_plausible(self, results: list[RowResult], key: str, values: list, warn: float, refuse: float) -> None:
        """Numbers above the column's plausible range: a warning, or an error far above it (a typo, a code
        pasted into the column). One look at the largest when none is large, as in nearly every return."""
        numbers = [v for v in values if type(v) is float or type(v) is int]
        if not numbers or max(numbers) <= warn:
            return
        for j, value in enumerate(values):
            if (type(value) is float or type(value) is int) and value > warn:
                self._issue(
                    results[j],
                    "number_implausible" if value > refuse else "number_large",
                    self.shown[key],
                    f"{value:,.0f}",
                    self.index.get(key),
                    limit=f"{refuse if value > refuse else warn:,.0f}",
                )

    def _check_conditional(self, results: list[RowResult], conditional: Column, column) -> None:
        shown, index, key = self.shown, self.index, conditional.key
        own = column(key)
        if conditional.required_when:
            other, wanted = conditional.required_when
            for j, told in enumerate(column(other)):
                if told == wanted and _empty(own[j]):
                    self._issue(
                        results[j],
                        "required_when",
                        shown[key],
                        "",
                        index.get(key),
                        other=shown[other],
                        other_value=wanted,
                    )
        if conditional.after:
            for j, after in enumerate(column(conditional.after)):
                if isinstance(after, dt.date) and not _empty(own[j]) and own[j] <= after:
                    self._issue(
                        results[j],
                        "date_order",
                        shown[key],
                        str(own[j]),
                        index.get(key),
                        other=shown[conditional.after],
                        other_value=str(after),
                    )

    def _check_codes(self, results: list[RowResult], codes: list, units: list) -> list[tuple[int, str]]:
        """Credit codes of the reporting unit's rows: well formed, the right check character, not
        registered with another unit. Returns (row, reason) for failed check characters an admin accepted."""
        context, accepted = self.context, []
        name, at = self.shown.get("uscc", ""), self.index.get("uscc")
        try:  # the usual block: every row the unit's own, with a code
            "".join(codes)  # TypeError when a row has no code
            own = all(codes) and units.count(context.unit_name) == len(codes)
        except TypeError:
            own = False
        rows: Sequence[int] = range(len(codes))
        ledger = context.ledger is not None  # every row is its own unit's
        if not own:
            rows = [
                j
                for j, code in enumerate(codes)
                if isinstance(code, str) and code and (ledger or units[j] == context.unit_name)
            ]
        mine = codes if own else [codes[j] for j in rows]
        # Registration offices: each distinct one looked up once.
        offices = {code[2:8]: code for code in mine}
        registered = {}
        for office, code in offices.items():
            unit = context.region.registered_unit(code)
            if unit is not None and (ledger or unit.name != context.unit_name):
                registered[office] = unit.name
        foreign = (
            {
                j: registered[code[2:8]]
                for j, code in zip(rows, mine, strict=True)
                if code[2:8] in registered and registered[code[2:8]] != units[j]
            }
            if registered
            else {}
        )
        problems = uscc_problems(mine)
        if not foreign and not any(problems):
            return accepted
        for j, code, problem in zip(rows, mine, problems, strict=True):
            result = results[j]
            if problem is None:
                if j in foreign:
                    self._issue(result, "foreign_code", name, code, at, other=foreign[j])
                continue
            reason = context.accepted_checks.get((self.sheet.name, result.excel_row))
            if problem in _USCC_REASONS:
                self._issue(result, "bad_uscc", name, code, at, reason=_USCC_REASONS[problem])
            elif reason:
                accepted.append((j, reason))
                self._issue(result, "uscc_accepted", name, code, at, reason=reason)
            else:
                self._issue(result, "uscc_check", name, code, at, expected=uscc_check_char(code[:17]))
        return accepted

    def _ledger_units(self, results: list[RowResult], units: list) -> None:
        """A ledger's rows without a unit: the sheet's name may give it (one sheet per county), else each is refused."""
        try:
            named = self.context.region.match(self.sheet.name.strip()).name
        except UnknownUnitError:
            named = None
        flagged = {j for j, result in enumerate(results) if any(i.column == self.shown["unit"] for i in result.issues)}
        for j in _empties(units):
            if named is not None:
                units[j] = named
            elif j not in flagged:
                self._issue(results[j], "ledger_no_unit", self.shown["unit"], "", self.index.get("unit"))

    def _check_period(self, results: list[RowResult], column) -> None:
        """A row whose event (its first date) falls outside the return's month; in a ledger, each row's date
        is its month and must be there, within the months the ledger is read for."""
        context, period = self.context, (self.context.year, self.context.month)
        if context.ledger:
            self._check_ledger_dates(results, column)
            return
        dates = [(key, column(key)) for key in self.program.date_columns]
        # The usual return: no date of any date column outside the month, so no row to look at.
        distinct = {when for _, values in dates for when in set(values) if isinstance(when, dt.date)}
        if all((when.year, when.month) == period for when in distinct):
            return
        for j, result in enumerate(results):
            for key, values in dates:
                when = values[j]
                if isinstance(when, dt.date):
                    if (when.year, when.month) != period:
                        self._issue(
                            result,
                            "date_outside_period",
                            self.shown[key],
                            when.isoformat(),
                            self.index.get(key),
                            period=f"{context.year}年{context.month}月",
                        )
                    break

    def _check_ledger_dates(self, results: list[RowResult], column) -> None:
        (first, last), keys = self.context.ledger, self.program.date_columns
        dates = [column(key) for key in keys]
        shown = "”或“".join(self.shown[key] for key in keys) or "日期"
        names = {self.shown[key] for key in keys}
        span = f"{first[0]}年{first[1]}月至{last[0]}年{last[1]}月"
        told = self.told_months or [None] * len(results)
        for j, result in enumerate(results):
            when = next((values[j] for values in dates if isinstance(values[j], dt.date)), None)
            month = (when.year, when.month) if when is not None else told[j]
            if month is None:
                if not any(i.column in names for i in result.issues):  # a date not read is told already
                    self._issue(result, "ledger_no_date", shown, "", self.index.get(keys[0]) if keys else None)
            elif not first <= month <= last:
                at = next((key for key, values in zip(keys, dates, strict=True) if values[j] is when), None)
                column, value = (self.shown[at], when.isoformat()) if at else ("月份", f"{month[0]}年{month[1]}月")
                self._issue(result, "ledger_outside", column, value, self.index.get(at) if at else None, span=span)
            else:
                result.month = month

    def _identities(self, results: list[RowResult], columns: dict[str, list]) -> None:
        """Each accepted row's identity, and rows that repeat one earlier in the file (any block);
        a refused row keeps only the problems that speak of it as refused."""
        if self.blocked:
            for result in results:
                if result.issues:
                    result.issues = [i for i in result.issues if i.severity == ERROR or i.code not in _STORED_ONLY]
            return
        absent = [None] * len(results)
        parts = [
            identity_parts([None if v is _MISSING else v for v in values] if _MISSING in values else values)
            for values in (columns.get(key, absent) for key in self.program.identity)
        ]
        identities = parts[0] if len(parts) == 1 else ["|".join(p) for p in zip(*parts, strict=True)]
        seen = self.context.seen.setdefault(self.program.key, {})
        sheets = self.context.sheets
        if self.sheet.name not in sheets:
            sheets.append(self.sheet.name)
        base = sheets.index(self.sheet.name) * ROWS_PER_SHEET
        clean = not any(result.issues for result in results)
        if clean and len(set(identities)) == len(identities) and seen.keys().isdisjoint(identities):
            # The usual block: no problem and no identity twice, here or before in the file.
            seen.update(zip(identities, (base + result.excel_row for result in results), strict=True))
            for result, identity in zip(results, identities, strict=True):
                result.identity = identity
            return
        for result, identity in zip(results, identities, strict=True):
            if result.accepted:
                result.identity = identity
                where = base + result.excel_row
                first = seen.setdefault(identity, where)
                if first != where:
                    shown = identity.replace("|", "，")
                    sheet, row = divmod(first, ROWS_PER_SHEET)
                    other = f"{row}行" + ("" if sheet == base // ROWS_PER_SHEET else f"（工作表“{sheets[sheet]}”）")
                    self._issue(result, "duplicate_in_file", "整行", shown, None, other_row=other, identity=shown)
            if not result.accepted:
                result.issues = [i for i in result.issues if i.severity == ERROR or i.code not in _STORED_ONLY]

    def _empty_dates(self, results: list[RowResult], columns: dict[str, list]) -> None:
        """Rows stored without a date though the sheet has a date column: one warning naming them (a
        placeholder or a refused date is told already)."""
        keys = [key for key in self.program.date_columns if key in self.index]
        if not keys:
            return
        # Rows with every date missing, found in C-level passes over the columns (most rows have a date).
        empty = list(map(is_, columns[keys[0]], repeat(_MISSING)))
        for key in keys[1:]:
            empty = list(map(and_, empty, map(is_, columns[key], repeat(_MISSING))))
        if True not in empty:
            return
        told = {row for key in keys for row, _ in self.placeheld.get(self.index[key], ())}
        names = {self.shown[key] for key in keys}
        rows = [
            result.excel_row
            for result in compress(results, empty)
            if result.accepted and result.excel_row not in told and not any(i.column in names for i in result.issues)
        ]
        if rows:
            shown = "、".join(map(str, rows[:_ROWS_SHOWN])) + ("等" if len(rows) > _ROWS_SHOWN else "")
            self._sheet_issue(
                "date_empty",
                column="”或“".join(self.shown[key] for key in keys),
                count=len(rows),
                rows=shown,
                period=f"{self.context.year}年{self.context.month}月",
            )

    def _block_warnings(self) -> None:
        """What the clerk should know about the block as a whole: optional columns it does not have,
        statuses and dates it leaves to be told, placeholders read as empty, formulas without results."""
        program, present = self.program, set(self.index)
        if self.blocked:  # what else the header lacks is for after the clerk has pointed out the missing column
            present = {c.key for c in program.columns}
        absent = [
            c
            for c in program.columns
            if not c.required and c.key not in present and c.key not in ("unit", "quantity_unit")
        ]
        implied = [c for c in program.columns if c.implied_by and c.key not in present]
        dates = [c for c in absent if c.key in program.date_columns]
        told_by = {c.implied_by[0] for c in implied if c.implied_by[0] not in present}
        others = [c for c in absent if c not in implied and c not in dates and c.key not in told_by]
        for column in implied:
            source, present_value, absent_value = column.implied_by
            if source not in present:
                header = program.column(source).header
                self._sheet_issue("implied_absent", column=column.header, source=header, absent=absent_value)
                continue
            self._sheet_issue(
                "implied_column",
                column=column.header,
                source=self.shown[source],
                present=present_value,
                absent=absent_value,
            )
        if len(dates) == len(program.date_columns):
            self._sheet_issue(
                "no_date_column",
                column="、".join(c.header for c in dates),
                period=f"{self.context.year}年{self.context.month}月",
            )
        else:
            others += [c for c in dates if c not in others]
        if others:
            self._sheet_issue("optional_missing", columns="、".join(f"“{c.header}”" for c in others))
        if self.sheet.shape:
            self._sheet_issue(f"read_{self.sheet.shape}")
        if self.earlier:
            rows = "、".join(map(str, self.earlier[:_ROWS_SHOWN])) + ("等" if len(self.earlier) > _ROWS_SHOWN else "")
            self._sheet_issue("earlier_rows", count=len(self.earlier), rows=rows)
        if self.hidden:
            rows = "、".join(map(str, self.hidden[:_ROWS_SHOWN])) + ("等" if len(self.hidden) > _ROWS_SHOWN else "")
            self._sheet_issue("hidden_rows", count=len(self.hidden), rows=rows)
        # Told in the order a reader meets them: by the first row, then left to right as the block reads.
        order = {index: n for n, (index, *_) in enumerate(self.plan)}
        for index, cells in sorted(self.placeheld.items(), key=lambda item: (item[1][0][0], order[item[0]])):
            rows = "、".join(str(r) for r, _ in cells[:_ROWS_SHOWN]) + ("等" if len(cells) > _ROWS_SHOWN else "")
            written = "、".join(f"“{t}”" for t in dict.fromkeys(t for _, t in cells))
            column = self.shown[self.layout.columns[index]]
            self._sheet_issue("placeholder", column=column, value=written, count=len(cells), rows=rows)
        for index, cells in sorted(self.learned.items(), key=lambda item: order[item[0]]):
            rows = "、".join(str(r) for r, *_ in cells[:_ROWS_SHOWN]) + ("等" if len(cells) > _ROWS_SHOWN else "")
            words = "、".join(f"“{t}”→“{v}”" for t, v in dict.fromkeys((t, v) for _, t, v in cells))
            column = self.shown[self.layout.columns[index]]
            self._sheet_issue("learned_value", column=column, value=words, count=len(cells), rows=rows)
        if self.formulas:
            row, index, formula = min(self.formulas, key=lambda found: (found[0], order[found[1]]))
            self._sheet_issue(
                "formula_read", count=len(self.formulas), example=f"{column_letter(index)}{row}：={formula}"
            )
