"""Row validation: every cell parsed by its registry type, every problem one Issue naming the
sheet, the Excel row the user sees, the column, the value and what to fix.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from lib.identifiers import normalise_uscc, uscc_check_char, uscc_problem
from lib.ingest.layout import Layout, row_kind
from lib.ingest.messages import ERROR, message
from lib.ingest.normalise import cell_text, choice_key, clean_text, parse_bool, parse_date, parse_quantity
from lib.ingest.read import Sheet
from lib.programs import Column, Program
from lib.region import Region, UnknownUnitError
from lib.store import event_date, identity_key

MAX_TEXT = 2000
MAX_NAME = 200
_USCC_REASONS = {"length": "不是18位", "alphabet": "含有不允许的字符（不能有 I、O、Z、S、V 及汉字）"}


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
        return not any(i.severity == ERROR for i in self.issues)


@dataclass
class Context:
    """What the upload is for: the reporting unit and month, and the region to match names."""

    region: Region
    unit_name: str
    year: int
    month: int
    # (sheet, Excel row) -> reason: a failed USCC check an admin has accepted after checking it.
    accepted_checks: dict[tuple[str, int], str] = field(default_factory=dict)


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Parsers:
    """Per-type cell parsers with the context they need; unit matches are remembered."""

    def __init__(self, context: Context):
        self.context = context
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


def _choice_table(column: Column) -> dict[str, str]:
    table = {}
    for value, variants in column.choices:
        for written in (value, *variants):
            table[choice_key(written)] = value
    return table


def _cell_parser(column: Column, parsers: _Parsers) -> Callable[[object], object]:
    if column.type == "date":
        return parse_date
    if column.type in ("quantity", "integer"):
        return parse_quantity
    if column.type == "bool":
        return parse_bool
    if column.type == "uscc":
        return normalise_uscc
    if column.type == "unit":
        return parsers.unit
    if column.type == "choice":
        table = _choice_table(column)

        def choice(raw: object) -> str:
            return table[choice_key(raw)]

        return choice
    return lambda raw: clean_text(cell_text(raw))


def _type_issue(column: Column, raw_text: str, exc: Exception) -> tuple[str, dict]:
    if column.type == "date":
        return "bad_date", {}
    if column.type in ("quantity", "integer"):
        return "bad_number", {}
    if column.type == "bool":
        return "bad_bool", {}
    if column.type == "choice":
        return "bad_choice", {"allowed": "、".join(column.allowed_values)}
    if column.type == "unit":
        return "unknown_unit", {"reason": str(exc)}
    return "bad_number", {}


def validate_sheet(sheet: Sheet, layout: Layout, context: Context) -> tuple[list[RowResult], dict[str, int]]:
    """Parse and check every data row below the header; returns rows and counts of skipped kinds."""
    program = layout.program
    parsers = _Parsers(context)
    by_key = {c.key: c for c in program.columns}
    plan = [(index, by_key[key], _cell_parser(by_key[key], parsers)) for index, key in layout.columns.items()]
    headers = layout.headers
    skipped = {"blank": 0, "total": 0, "note": 0, "header": 0}
    results: list[RowResult] = []
    seen: dict[str, int] = {}
    for offset, row in enumerate(sheet.rows[layout.header_row + 1 :]):
        kind = row_kind(row, layout)
        if kind != "data":
            skipped[kind] += 1
            continue
        excel_row = layout.header_row + 2 + offset
        result = RowResult(excel_row=excel_row, values={})
        issue = _issue_maker(sheet.name, excel_row, result)
        for index, column, parse in plan:
            raw = row[index] if index < len(row) else ""
            raw_text = cell_text(raw)
            if raw_text == "":
                continue
            try:
                value = parse(raw)
            except (ValueError, KeyError, TypeError) as exc:
                code, extra = _type_issue(column, raw_text, exc)
                issue(code, headers[column.key], raw_text, index, **extra)
                continue
            if column.type in ("quantity", "integer"):
                number, unit = value
                if number < 0:
                    issue("negative_number", headers[column.key], raw_text, index)
                    continue
                value = number
                if unit and column.key == program.quantity_column and "quantity_unit" in by_key:
                    result.values.setdefault("quantity_unit", unit)
            result.values[column.key] = value
        _check_row(program, result, layout, context, issue, sheet.name)
        if result.accepted:
            result.identity = identity_key(program, result.values)
            first = seen.setdefault(result.identity, excel_row)
            if first != excel_row:
                shown = result.identity.replace("|", "，")
                issue("duplicate_in_file", "整行", shown, None, other_row=first, identity=shown)
        results.append(result)
    return results, skipped


def _issue_maker(sheet_name: str, excel_row: int, result: RowResult):
    def issue(code: str, column: str, value: str, col_index: int | None, **fields) -> None:
        severity, text = message(code, column=column, value=value, **fields)
        result.issues.append(Issue(sheet_name, excel_row, column, value, code, severity, text, col_index))

    return issue


def _col_index(layout: Layout, key: str) -> int | None:
    return next((i for i, k in layout.columns.items() if k == key), None)


def _check_row(program: Program, result: RowResult, layout: Layout, context: Context, issue, sheet: str) -> None:
    values = result.values
    shown = {c.key: layout.headers.get(c.key, c.header) for c in program.columns}
    # The unit column may be left out or empty: the row then belongs to the reporting unit.
    values.setdefault("unit", context.unit_name)
    if values["unit"] != context.unit_name:
        issue(
            "other_unit",
            shown["unit"],
            str(values["unit"]),
            _col_index(layout, "unit"),
            unit=values["unit"],
            reporting=context.unit_name,
        )
    for column in program.columns:
        present = values.get(column.key) not in (None, "")
        already = any(i.column == shown[column.key] for i in result.issues)
        if column.required and not present and column.key != "unit" and not already:
            issue("required", shown[column.key], "", _col_index(layout, column.key))
        if column.required_when and not present and values.get(column.required_when[0]) == column.required_when[1]:
            other, wanted = column.required_when
            issue(
                "required_when",
                shown[column.key],
                "",
                _col_index(layout, column.key),
                other=shown[other],
                other_value=wanted,
            )
        after = values.get(column.after) if column.after else None
        if present and isinstance(after, dt.date) and values[column.key] <= after:
            issue(
                "date_order",
                shown[column.key],
                str(values[column.key]),
                _col_index(layout, column.key),
                other=shown[column.after],
                other_value=str(after),
            )
        if present and isinstance(values[column.key], str):
            limit = MAX_NAME if column.key == "enterprise_name" else MAX_TEXT
            if len(values[column.key]) > limit:
                issue(
                    "text_too_long",
                    shown[column.key],
                    values[column.key][:40] + "…",
                    _col_index(layout, column.key),
                    length=len(values[column.key]),
                    limit=limit,
                )
    code = values.get("uscc")
    if isinstance(code, str) and code:
        problem = uscc_problem(code)
        if problem in _USCC_REASONS:
            issue("bad_uscc", shown["uscc"], code, _col_index(layout, "uscc"), reason=_USCC_REASONS[problem])
        elif problem == "check" and (sheet, result.excel_row) in context.accepted_checks:
            reason = context.accepted_checks[(sheet, result.excel_row)]
            values["uscc_accepted_reason"] = reason
            issue("uscc_accepted", shown["uscc"], code, _col_index(layout, "uscc"), reason=reason)
        elif problem == "check":
            issue("uscc_check", shown["uscc"], code, _col_index(layout, "uscc"), expected=uscc_check_char(code[:17]))
    when = event_date(program, values)
    if when is not None and (when.year, when.month) != (context.year, context.month):
        date_key = next(k for k in program.date_columns if values.get(k) == when)
        issue(
            "date_outside_period",
            shown[date_key],
            when.isoformat(),
            _col_index(layout, date_key),
            period=f"{context.year}年{context.month}月",
        )
