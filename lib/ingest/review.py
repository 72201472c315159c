"""The review grid's tables: a checked block as the clerk sees it (each row's cells as written, with the
fixes made on the page, its problems beside them), problems counted per column, and the grid's edits
turned into fixes. Pure; the page (pages/upload.py) shows them, lib.ingest.service re-checks them.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from lib.ingest.fixes import Fixes, cell_texts
from lib.ingest.mappings import mapping_problem
from lib.ingest.messages import ERROR
from lib.ingest.service import Preview, SheetReport
from lib.programs import Program

ROW = "行"
PROBLEMS = "问题"
LEAVE_OUT = "不纳入本次上报"
REASON = "不纳入的理由"
SHOW = {"errors": "只看错误", "warnings": "只看提醒", "all": "全部行"}


def fixable(report: SheetReport) -> bool:
    """A block the grid can fix: read with its sheet kept, its headers known, some row with a problem."""
    return report.source is not None and report.layout is not None and not report.missing and bool(report.rows)


def headers(report: SheetReport) -> dict[str, str]:
    """Field key -> the column's header as the block writes it, in the sheet's column order."""
    layout = report.layout
    return {
        key: layout.headers.get(key, layout.program.column(key).header) for _, key in sorted(layout.columns.items())
    }


def grid_table(report: SheetReport, fixes: Fixes, show: str = "errors") -> pd.DataFrame:
    """One row per data row the filter shows (and every row left out): the Excel row, each column as it
    reads now (as sent, or as fixed), the row's problems, and whether it is left out, with why."""
    shown = headers(report)
    rows = [r for r in report.rows if _shows(r, show)]
    texts = cell_texts(report.source, report.layout, [r.excel_row for r in rows]) if rows else {}
    left = {o.row: o.reason for o in report.left_out} | {
        row: o.reason for (sheet, row), o in fixes.left_out.items() if sheet == report.sheet
    }
    records = []
    for row in rows:
        cells = texts[row.excel_row]
        for key in shown:
            fix = fixes.cells.get((report.sheet, row.excel_row, key))
            if fix is not None:
                cells[key] = fix.new
        records.append(
            {
                ROW: row.excel_row,
                **{shown[key]: cells[key] for key in shown},
                PROBLEMS: "；".join(f"{i.column}：{i.message}" for i in row.issues),
                LEAVE_OUT: False,
                REASON: "",
            }
        )
    listed = {r.excel_row for r in rows}
    out_rows = sorted(row for row in left if row not in listed)  # left out: no longer among the rows checked
    out_texts = cell_texts(report.source, report.layout, out_rows) if out_rows else {}
    for row in out_rows:
        cells = {shown[key]: out_texts[row][key] for key in shown}
        records.append({ROW: row, PROBLEMS: "", **cells, LEAVE_OUT: True, REASON: left[row]})
    table = pd.DataFrame(records, columns=[ROW, PROBLEMS, *shown.values(), LEAVE_OUT, REASON])
    return table.sort_values(ROW, kind="stable").reset_index(drop=True)


def _shows(row, show: str) -> bool:
    if show == "all":
        return True
    if show == "errors":
        return not row.accepted
    return bool(row.issues) and row.accepted


def problem_counts(report: SheetReport) -> pd.DataFrame:
    """Errors and warnings per column of the block (a problem of the whole row counts under 整行)."""
    errors, warnings = Counter(), Counter()
    for row in report.rows:
        for issue in row.issues:
            (errors if issue.severity == ERROR and not row.accepted else warnings)[issue.column] += 1
    columns = list(dict.fromkeys([*headers(report).values(), *errors, *warnings]))
    table = pd.DataFrame({"列": columns, "错误": [errors[c] for c in columns], "提醒": [warnings[c] for c in columns]})
    return table[(table["错误"] > 0) | (table["提醒"] > 0)].reset_index(drop=True)


def apply_grid_edits(report: SheetReport, table: pd.DataFrame, edited: dict[int, dict[str, Any]], fixes: Fixes) -> None:
    """The grid's edits (position in `table` -> {column: new value}) as fixes: a changed cell is an edit of
    that field; a reason written, or 不纳入 ticked with its reason, leaves the row out; 不纳入 unticked
    keeps it. Raises ValueError (Chinese, naming the row) for a row ticked without a reason."""
    by_header = {header: key for key, header in headers(report).items()}
    texts = cell_texts(report.source, report.layout, [int(table.iloc[p][ROW]) for p in edited])
    problems = []
    for position, changes in edited.items():
        row = int(table.iloc[position][ROW])
        for header, value in changes.items():
            key = by_header.get(header)
            if key is not None:
                fixes.edit(report.sheet, row, key, texts[row][key], "" if value is None else value)
        reason = str(changes.get(REASON, table.iloc[position][REASON]) or "").strip()
        ticked = bool(changes.get(LEAVE_OUT, table.iloc[position][LEAVE_OUT])) or (REASON in changes and bool(reason))
        if ticked:
            try:
                fixes.leave_out(report.sheet, row, reason)
            except ValueError as problem:
                problems.append(str(problem))
        elif LEAVE_OUT in changes:
            fixes.keep(report.sheet, row)
    if problems:
        raise ValueError("\n".join(problems))


def troubled_field(report: SheetReport) -> str | None:
    """The field with the most problems (the column find-and-replace opens on)."""
    counts = problem_counts(report)
    by_header = {header: key for key, header in headers(report).items()}
    ranked = [by_header[c] for c in counts.sort_values(["错误", "提醒"], ascending=False)["列"] if c in by_header]
    return ranked[0] if ranked else None


def column_words(report: SheetReport, fixes: Fixes, key: str) -> list[str]:
    """The distinct texts of a column as it reads now, those of rows with a problem in it first."""
    texts = cell_texts(report.source, report.layout, [r.excel_row for r in report.rows])
    header = headers(report)[key]
    troubled = {r.excel_row for r in report.rows for i in r.issues if i.column == header}
    counts: Counter = Counter()
    for row, cells in texts.items():
        fix = fixes.cells.get((report.sheet, row, key))
        text = fix.new if fix is not None else cells[key]
        if text:
            counts[(row not in troubled, text)] += 1
    return list(dict.fromkeys(text for (_, text), _ in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1]))))


def replace_in_column(report: SheetReport, fixes: Fixes, key: str, find: str, new: str) -> int:
    """Write `new` for `find` in every cell of the column that reads `find` now; returns how many cells."""
    texts = cell_texts(report.source, report.layout, [r.excel_row for r in report.rows])
    count = 0
    for row, cells in texts.items():
        fix = fixes.cells.get((report.sheet, row, key))
        if (fix.new if fix is not None else cells[key]) == find:
            fixes.edit(report.sheet, row, key, cells[key], new, how="replace")
            count += 1
    return count


def mapping_offers(preview: Preview, fixes: Fixes, program_of) -> list[tuple[Program, str, str, str]]:
    """Fixes that wrote an allowed value over another way of writing it, in a choice column, and that the
    rules of learned words allow: offered as the unit's word, so next month the same word reads itself.
    (program, field, word, value), once each."""
    program_at = {(s.sheet, r.excel_row): s.program for s in preview.sheets for r in s.rows}
    offers: dict[tuple[str, str, str], tuple[Program, str, str, str]] = {}
    for (sheet, row, key), fix in fixes.cells.items():
        if (sheet, row) not in program_at or not fix.old:
            continue
        program = program_of(program_at[(sheet, row)])
        column = next((c for c in program.columns if c.key == key), None)
        if column is None or not column.choices or fix.new not in column.allowed_values:
            continue
        if mapping_problem(column, fix.old, fix.new) is None:
            offers.setdefault((program.key, key, fix.old), (program, key, fix.old, fix.new))
    return list(offers.values())
