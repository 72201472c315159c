"""Fixes a clerk makes on the page to a checked return: a cell edited, one word replaced by an allowed
value in every cell of a column, a row left out with a reason. They are applied to the sheet before it is
checked, so the rows a commit stores are exactly what the review grid shows, and they are kept with the
batch (who, when, sheet, Excel row, column, old and new value). The file as sent is never changed.

Pure: no SQL, no Streamlit. lib.ingest.service applies them (preview, re-check, commit).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lib.ingest.layout import Layout
from lib.ingest.normalise import cell_text
from lib.ingest.read import Sheet

MAX_FIX_TEXT = 2_000  # characters: a fix is a cell of a monthly return, not a document
MAX_REASON = 200
HOW = {"edit": "修改单元格", "replace": "查找替换", "left_out": "不纳入本次上报"}


@dataclass(frozen=True)
class CellFix:
    sheet: str
    row: int  # the Excel row the clerk sees
    field: str  # registry column key
    old: str  # the cell as sent (as text)
    new: str
    how: str = "edit"  # "edit" | "replace"


@dataclass(frozen=True)
class LeftOut:
    sheet: str
    row: int
    reason: str


@dataclass
class Fixes:
    """The clerk's fixes to one upload, keyed by where they apply (a later fix of a cell replaces an
    earlier one; a fix back to what was sent is no fix)."""

    cells: dict[tuple[str, int, str], CellFix] = field(default_factory=dict)
    left_out: dict[tuple[str, int], LeftOut] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.cells or self.left_out)

    @property
    def key(self) -> tuple:
        """A value that changes whenever the fixes do (for caches of the checked upload)."""
        return (
            tuple(sorted((k, f.new) for k, f in self.cells.items())),
            tuple(sorted((k, o.reason) for k, o in self.left_out.items())),
        )

    def edit(self, sheet: str, row: int, field_key: str, old: object, new: object, how: str = "edit") -> None:
        sent, text = cell_text(old), cell_text(new)
        if len(text) > MAX_FIX_TEXT:
            raise ValueError(
                f"工作表“{sheet}”第{row}行：填写内容过长（{len(text)} 个字），请精简到 {MAX_FIX_TEXT} 字以内。"
            )
        where = (sheet, row, field_key)
        earlier = self.cells.get(where)
        sent = earlier.old if earlier is not None else sent
        if text == sent:
            self.cells.pop(where, None)
        else:
            self.cells[where] = CellFix(sheet, row, field_key, sent, text, how)

    def leave_out(self, sheet: str, row: int, reason: str) -> None:
        reason = reason.strip()
        if not reason:
            raise ValueError(f"工作表“{sheet}”第{row}行：不纳入本次上报需要说明理由。")
        if len(reason) > MAX_REASON:
            raise ValueError(f"工作表“{sheet}”第{row}行：理由请写在 {MAX_REASON} 字以内。")
        self.left_out[(sheet, row)] = LeftOut(sheet, row, reason)

    def keep(self, sheet: str, row: int) -> None:
        self.left_out.pop((sheet, row), None)

    def rows_of(self, sheet: str) -> set[int]:
        """The Excel rows of a sheet that a fix touches."""
        return {r for s, r, _ in self.cells if s == sheet} | {r for s, r in self.left_out if s == sheet}

    def records(self) -> list[dict]:
        """Every fix as stored with the batch and shown on 上报记录."""
        out = [
            {"how": f.how, "sheet": f.sheet, "row": f.row, "field": f.field, "old": f.old, "new": f.new, "reason": ""}
            for f in self.cells.values()
        ]
        out += [
            {"how": "left_out", "sheet": o.sheet, "row": o.row, "field": "", "old": "", "new": "", "reason": o.reason}
            for o in self.left_out.values()
        ]
        return sorted(out, key=lambda r: (r["sheet"], r["row"], r["field"]))


def block_range(sheet: Sheet, layout: Layout) -> range:
    """The 0-based sheet rows of a block's data (after its header, before the next block)."""
    return range(layout.header_row + 1, len(sheet.rows) if layout.end_row is None else layout.end_row)


def apply_fixes(sheet: Sheet, layout: Layout, fixes: Fixes) -> list[LeftOut]:
    """Write the fixes that fall in this block into the sheet's rows (a row left out becomes blank) and
    return the rows left out. Rows are copied before they change: the reader may share them."""
    if not fixes:
        return []
    rows, span = sheet.rows, block_range(sheet, layout)
    column_of = {key: index for index, key in layout.columns.items()}
    for (name, row, key), fix in fixes.cells.items():
        r, c = row - 1, column_of.get(key)
        if name != sheet.name or r not in span or c is None:
            continue
        cells = list(rows[r])
        if len(cells) <= c:
            cells += [None] * (c + 1 - len(cells))
        cells[c] = fix.new
        rows[r] = cells
    left = []
    for (name, row), out in fixes.left_out.items():
        if name == sheet.name and row - 1 in span:
            rows[row - 1] = []
            left.append(out)
    return sorted(left, key=lambda o: o.row)


def cell_texts(sheet: Sheet, layout: Layout, excel_rows: list[int]) -> dict[int, dict[str, str]]:
    """What each of these rows shows in each of the block's columns, as text (a cell merged down over
    several rows shows its value in each, as the check reads it): Excel row -> {field: text}."""
    filled: dict[tuple[int, int], object] = {}
    wanted = {r - 1 for r in excel_rows}
    for (r0, c0), (r1, _c1) in sheet.merged:
        if c0 in layout.columns and r1 > r0:
            for r in wanted.intersection(range(r0 + 1, r1 + 1)):
                filled[(r, c0)] = sheet.rows[r0][c0] if c0 < len(sheet.rows[r0]) else None
    out = {}
    for row in excel_rows:
        cells = sheet.rows[row - 1] if row - 1 < len(sheet.rows) else []
        texts = {}
        for index, key in layout.columns.items():
            value = cells[index] if index < len(cells) else None
            if value in (None, "") and (row - 1, index) in filled:
                value = filled[(row - 1, index)]
            texts[key] = cell_text(value)
        out[row] = texts
    return out


def fix_marks(fixes: Fixes, layouts: list[tuple[str, Layout]]) -> list[tuple[str, int, int, str]]:
    """Where each fix sits in the file as sent and what it did, for the annotated copy: (sheet, Excel row,
    1-based column, text); a row left out is marked on its first cell."""
    marks = []
    for sheet, layout in layouts:
        column_of = {key: index for index, key in layout.columns.items()}
        for (name, row, key), fix in fixes.cells.items():
            if name == sheet and key in column_of and layout.header_row < row - 1 < (layout.end_row or 10**9):
                text = f"页面上{HOW[fix.how]}：原为“{fix.old}”，改为“{fix.new}”"
                marks.append((sheet, row, column_of[key] + 1, text))
    for (name, row), out in fixes.left_out.items():
        marks.append((name, row, 1, f"{HOW['left_out']}：{out.reason}"))
    return marks
