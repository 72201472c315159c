"""Row validation: every cell parsed by its registry type, every problem one Issue naming the
sheet, the Excel row the user sees, the column, the value and what to fix.

Cells are read the way clerks fill them: placeholders ("/", "待统计") in optional cells are empty,
yes/no answers and neighbouring programs' words map to the registry's values, a status missing from
the sheet is told by the column that implies it, dates without a year take the return's year.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

import zhconv

from lib.column_types import column_type
from lib.identifiers import looks_like_uscc, uscc_check_char, uscc_problem
from lib.ingest.bounds import column_name
from lib.ingest.layout import Layout, row_kind
from lib.ingest.messages import ERROR, message
from lib.ingest.normalise import cell_text, choice_key, parse_bool, parse_date
from lib.ingest.read import Sheet
from lib.programs import Column
from lib.region import Region, UnknownUnitError
from lib.store import event_date, identity_key

MAX_TEXT = 2000
MAX_NAME = 200
MAX_MERGED_FILL = 200_000
ROWS_PER_SHEET = 10_000_000
_USCC_REASONS = {"length": "不是18位", "alphabet": "含有不允许的字符（不能有 I、O、Z、S、V 及汉字）"}
# Warnings that speak of a row as stored: a refused row does not carry them.
_STORED_ONLY = frozenset({"foreign_code", "shared_enterprise", "required_when", "date_outside_period"})
_ROWS_SHOWN = 5


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


@dataclass
class RowResult:
    excel_row: int
    values: dict[str, object]
    issues: list[Issue] = field(default_factory=list)
    identity: str = ""

    @property
    def accepted(self) -> bool:
        return not self.issues or not any(i.severity == ERROR for i in self.issues)


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

    def is_placeholder(self, text: str) -> bool:
        """Cell text (already trimmed) that is a placeholder: one set look-up per cell."""
        return text in self.placeholders


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

    def unit(self, raw: object) -> str:
        text = cell_text(raw)
        if text not in self.units:
            try:
                self.units[text] = self.context.region.match(text).name
            except UnknownUnitError as exc:
                self.units[text] = exc
        found = self.units[text]
        if isinstance(found, Exception):
            raise found
        return found

    def date(self, raw: object) -> dt.date:
        return parse_date(raw, (self.context.year, self.context.month))

    def choice(self, column: Column) -> Callable[[object], str]:
        return choice_parser(column, self.context.learned_values.get((self.program_key, column.key), {}))


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


def choice_parser(column: Column, learned: dict[str, str]) -> Callable[[object], object]:
    """Registry values and their variants, then the clerk's confirmed words, then a yes/no answer
    where the column declares what yes and no mean, then one variant opening a longer phrase."""
    table = _choice_table(column)
    inside = sorted(((k, v) for k, v in table.items() if len(k) >= 2), key=lambda kv: -len(kv[0]))

    def parse(raw: object) -> str:
        key = choice_key(raw)
        if key in table:
            return table[key]
        key = choice_key(zhconv.convert(key, "zh-cn"))  # 主動召回
        if key in table:
            return table[key]
        if key in learned:
            return learned[key]
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
        by_key = {c.key: c for c in program.columns}
        parsers = _Parsers(context, program.key)
        # Text-like parsers take the cell as text; dates and numbers take the raw cell (serials, floats).
        self.plan = [
            (i, by_key[key], kind.parser(by_key[key], parsers), kind)
            for i, key in layout.columns.items()
            for kind in [column_type(by_key[key].type)]
        ]
        self.shown = {c.key: layout.headers.get(c.key, c.header) for c in program.columns}
        self.index = {key: i for i, key in layout.columns.items()}
        self.unit_from_quantity = "quantity_unit" in by_key and program.quantity_column is not None
        # A status told by another column fills in when the sheet has that column.
        self.implied = [c for c in program.columns if c.implied_by and c.implied_by[0] in self.index]
        self.required = [c for c in program.columns if c.required and c.key != "unit"]
        self.conditional = [c for c in program.columns if c.required_when or c.after]
        self.text_keys = [
            (c.key, MAX_NAME if c.key == "enterprise_name" else MAX_TEXT)
            for c in program.columns
            if column_type(c.type).free_text
        ]
        self.placeheld: dict[int, list[tuple[int, str]]] = {}
        self.formulas: list[tuple[int, int, str]] = []
        self.issues: list[Issue] = []
        self.flagged: set[str] = set()  # fields of the current row already reported
        self.may_have_formulas = sheet.formula_source is not None
        self.merged_down = self._merged_down()

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
        layout = self.layout
        skipped = {"blank": 0, "total": 0, "note": 0, "header": 0}
        results: list[RowResult] = []
        seen = self.context.seen.setdefault(self.program.key, {})
        sheets = self.context.sheets
        if self.sheet.name not in sheets:
            sheets.append(self.sheet.name)
        base = sheets.index(self.sheet.name) * ROWS_PER_SHEET
        code_at = self.index.get("uscc")
        end = len(self.sheet.rows) if layout.end_row is None else layout.end_row
        for r in range(layout.header_row + 1, end):
            row = self.sheet.rows[r]
            if r in self.merged_down:
                row = list(row)
                for c, value in self.merged_down[r].items():
                    if c < len(row) and row[c] in (None, ""):
                        row[c] = value
            if r in layout.skip_rows:
                skipped["header"] += 1
                continue
            texts = [v.strip() if type(v) is str else cell_text(v) for v in row]
            # A well-formed credit code in its column means a data row: no title, total or note has one.
            looks_like_data = code_at is not None and code_at < len(texts) and looks_like_uscc(texts[code_at])
            kind = "data" if looks_like_data else row_kind(texts, layout)
            if kind != "data":
                skipped[kind] += 1
                continue
            result = self._row(r, row, texts)
            if result.accepted:
                result.identity = identity_key(self.program, result.values)
                where = base + result.excel_row
                first = seen.setdefault(result.identity, where)
                if first != where:
                    shown = result.identity.replace("|", "，")
                    sheet, row = divmod(first, ROWS_PER_SHEET)
                    other = f"{row}行" + ("" if sheet == base // ROWS_PER_SHEET else f"（工作表“{sheets[sheet]}”）")
                    self._issue(result, "duplicate_in_file", "整行", shown, None, other_row=other, identity=shown)
            if not result.accepted:
                result.issues = [i for i in result.issues if i.severity == ERROR or i.code not in _STORED_ONLY]
            results.append(result)
        self._block_warnings()
        return BlockResult(results, skipped, self.issues)

    def _issue(self, result: RowResult, code: str, column: str, value: str, col_index: int | None, **fields) -> None:
        severity, text = message(code, column=column, value=value, **fields)
        result.issues.append(Issue(self.sheet.name, result.excel_row, column, value, code, severity, text, col_index))

    def _sheet_issue(self, code: str, column: str = "整表", value: str = "", **fields) -> None:
        severity, text = message(code, column=column, value=value, **fields)
        self.issues.append(Issue(self.sheet.name, None, column, value, code, severity, text))

    def _row(self, r: int, row: list[object], texts: list[str]) -> RowResult:
        result = RowResult(excel_row=r + 1, values={})
        values = result.values
        self.flagged = set()
        width = len(row)
        placeholders = self.context.placeholders
        for index, column, parse, kind in self.plan:
            raw_text = texts[index] if index < width else ""
            if raw_text == "":
                if not self.may_have_formulas:
                    continue
                raw_text = self._formula(r, index, result, column)
                if raw_text == "":
                    continue
                raw = raw_text
            else:
                raw = row[index]
            # A yes/no column reads "无" as no: placeholders are tried after its parser.
            if raw_text in placeholders and kind.key != "bool":
                self._placeholder(result, column, index, raw_text)
                continue
            try:
                value = parse(raw_text if kind.takes_text else raw)
            except (ValueError, KeyError, TypeError) as exc:
                if self.context.is_placeholder(raw_text):
                    self._placeholder(result, column, index, raw_text)
                    continue
                code, extra = kind.issue(column, exc)
                self._issue(result, code, self.shown[column.key], raw_text, index, **extra)
                continue
            if kind.numeric:
                number, unit = value
                if number < 0:
                    self._issue(result, "negative_number", self.shown[column.key], raw_text, index)
                    continue
                value = number
                if unit and self.unit_from_quantity and column.key == self.program.quantity_column:
                    values.setdefault("quantity_unit", unit)
            values[column.key] = value
        self._check(result)
        return result

    def _formula(self, r: int, index: int, result: RowResult, column: Column) -> str:
        """The value of a formula saved without its result, or "" (an unreadable one is reported)."""
        formula = self.sheet.formula(r, index)
        if formula is None:
            self.may_have_formulas = self.sheet.has_formulas
            return ""
        value = self.sheet.formula_value(r, index)
        if value is None:
            code = "formula_unreadable" if column.required else "formula_unreadable_optional"
            self._issue(result, code, self.shown[column.key], f"={formula}", index)
            self.flagged.add(column.key)
            return ""
        self.formulas.append((result.excel_row, index, formula))
        return value.strip()

    def _placeholder(self, result: RowResult, column: Column, index: int, text: str) -> None:
        if column.required and not column.implied_by:
            self._issue(result, "placeholder_required", self.shown[column.key], text, index)
            self.flagged.add(column.key)
        else:
            self.placeheld.setdefault(index, []).append((result.excel_row, text))

    def _check(self, result: RowResult) -> None:
        values, shown, index, context = result.values, self.shown, self.index, self.context
        flagged = self.flagged | {i.column for i in result.issues} if (self.flagged or result.issues) else ()
        for column in self.implied:
            if values.get(column.key) in (None, "") and shown[column.key] not in flagged:
                source, present, absent = column.implied_by
                values[column.key] = present if values.get(source) not in (None, "") else absent
        # The unit column may be left out or empty: the row then belongs to the reporting unit.
        unit = values.setdefault("unit", context.unit_name)
        if unit != context.unit_name:
            self._issue(
                result,
                "other_unit",
                shown["unit"],
                str(unit),
                index.get("unit"),
                unit=unit,
                reporting=context.unit_name,
            )
        for column in self.required:
            if values.get(column.key) in (None, "") and shown[column.key] not in flagged and column.key not in flagged:
                self._issue(result, "required", shown[column.key], "", index.get(column.key))
        for column in self.conditional:
            present = values.get(column.key) not in (None, "")
            if column.required_when and not present and values.get(column.required_when[0]) == column.required_when[1]:
                other, wanted = column.required_when
                self._issue(
                    result,
                    "required_when",
                    shown[column.key],
                    "",
                    index.get(column.key),
                    other=shown[other],
                    other_value=wanted,
                )
            after = values.get(column.after) if column.after else None
            if present and isinstance(after, dt.date) and values[column.key] <= after:
                self._issue(
                    result,
                    "date_order",
                    shown[column.key],
                    str(values[column.key]),
                    index.get(column.key),
                    other=shown[column.after],
                    other_value=str(after),
                )
        for key, limit in self.text_keys:
            text = values.get(key)
            if isinstance(text, str) and len(text) > limit:
                self._issue(
                    result, "text_too_long", shown[key], text[:40] + "…", index.get(key), length=len(text), limit=limit
                )
        if unit == context.unit_name:
            self._check_code(result)
        when = event_date(self.program, values)
        if when is not None and (when.year, when.month) != (context.year, context.month):
            date_key = next(k for k in self.program.date_columns if values.get(k) == when)
            self._issue(
                result,
                "date_outside_period",
                shown[date_key],
                when.isoformat(),
                index.get(date_key),
                period=f"{context.year}年{context.month}月",
            )

    def _check_code(self, result: RowResult) -> None:
        code = result.values.get("uscc")
        if not isinstance(code, str) or not code:
            return
        problem = uscc_problem(code)
        if problem is None:
            registered = self.context.region.registered_unit(code)
            if registered is not None and registered.name != self.context.unit_name:
                column, col = self.shown["uscc"], self.index.get("uscc")
                self._issue(result, "foreign_code", column, code, col, other=registered.name)
            return
        column, col = self.shown["uscc"], self.index.get("uscc")
        accepted = self.context.accepted_checks.get((self.sheet.name, result.excel_row))
        if problem in _USCC_REASONS:
            self._issue(result, "bad_uscc", column, code, col, reason=_USCC_REASONS[problem])
        elif accepted:
            result.values["uscc_accepted_reason"] = accepted
            self._issue(result, "uscc_accepted", column, code, col, reason=accepted)
        else:
            self._issue(result, "uscc_check", column, code, col, expected=uscc_check_char(code[:17]))

    def _block_warnings(self) -> None:
        """What the clerk should know about the block as a whole: optional columns it does not have,
        statuses and dates it leaves to be told, placeholders read as empty, formulas without results."""
        program, present = self.program, set(self.index)
        absent = [
            c
            for c in program.columns
            if not c.required and c.key not in present and c.key not in ("unit", "quantity_unit")
        ]
        implied = [c for c in program.columns if c.implied_by and c.key not in present and c.implied_by[0] in present]
        dates = [c for c in absent if c.key in program.date_columns]
        others = [c for c in absent if c not in implied and c not in dates]
        for column in implied:
            source, present_value, absent_value = column.implied_by
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
        for index, cells in self.placeheld.items():
            rows = "、".join(str(r) for r, _ in cells[:_ROWS_SHOWN]) + ("等" if len(cells) > _ROWS_SHOWN else "")
            written = "、".join(f"“{t}”" for t in dict.fromkeys(t for _, t in cells))
            column = self.shown[self.layout.columns[index]]
            self._sheet_issue("placeholder", column=column, value=written, count=len(cells), rows=rows)
        if self.formulas:
            row, index, formula = self.formulas[0]
            self._sheet_issue(
                "formula_read", count=len(self.formulas), example=f"{column_letter(index)}{row}：={formula}"
            )
