"""Find what a sheet is: which program (by sheet name, failing that by headers), where its header
row is (under title lines, over one or two rows with merged cells), which column is which field,
and which rows are data (not 序号-only, 合计/小计, notes or blank).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lib.ingest.normalise import cell_text, header_key, header_key_bare
from lib.ingest.read import Sheet
from lib.programs import Program, Registry

HEADER_SCAN_ROWS = 30
MIN_HEADER_MATCHES = 3
_TOTAL_WORDS = frozenset({"合计", "小计", "总计"})
_NOTE_WORDS = (
    "填报说明",
    "备注",
    "说明：",
    "说明:",
    "注：",
    "注:",
    "填表人",
    "填报人",
    "审核人",
    "负责人",
    "联系电话",
    "制表",
)
_SPACES = re.compile(r"\s+")
_SERIAL_HEADERS = {"序号", "编号", "No", "NO", "no", "No."}


@dataclass
class Layout:
    program: Program
    header_row: int  # 0-based index of the last header row
    columns: dict[int, str]  # column index -> registry column key
    headers: dict[str, str]  # registry column key -> header text as written in the file
    serial_column: int | None
    matched_by: str  # "sheet name" | "headers" | "chosen"


def _aliases(program: Program) -> dict[str, str]:
    table: dict[str, str] = {}
    for column in program.columns:
        for name in (column.header, *column.aliases):
            table.setdefault(header_key(name), column.key)
            table.setdefault(header_key_bare(name), column.key)
    return table


def _match_header(text: str, aliases: dict[str, str]) -> str | None:
    if not text:
        return None
    return aliases.get(header_key(text)) or aliases.get(header_key_bare(text))


def _filled_header_rows(sheet: Sheet, upto: int) -> list[list[str]]:
    """The first rows as text, with merged cells' value copied into every cell they cover."""
    rows = [[cell_text(v) for v in row] for row in sheet.rows[:upto]]
    for (r0, c0), (r1, c1) in sheet.merged:
        if r0 >= upto or r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0, min(r1, upto - 1) + 1):
            for c in range(c0, c1 + 1):
                if r < len(rows) and c < len(rows[r]) and not rows[r][c]:
                    rows[r][c] = value
    return rows


def _score(rows: list[list[str]], start: int, depth: int, aliases: dict[str, str]) -> tuple[int, dict[int, str], dict]:
    """Columns matched if rows start..start+depth-1 form the header (lowest matching cell wins)."""
    width = max((len(rows[r]) for r in range(start, min(start + depth, len(rows)))), default=0)
    columns: dict[int, str] = {}
    headers: dict[str, str] = {}
    for c in range(width):
        cells = [rows[r][c] if c < len(rows[r]) else "" for r in range(start, min(start + depth, len(rows)))]
        candidates = [*reversed(cells), "".join(cells)]
        for text in candidates:
            key = _match_header(text, aliases)
            if key and key not in headers:
                columns[c] = key
                headers[key] = _SPACES.sub("", text)
                break
    return len(headers), columns, headers


def locate(sheet: Sheet, program: Program) -> tuple[int, int, dict[int, str], dict[str, str]] | None:
    """(matches, last header row, columns, headers) of the best header for this program, or None."""
    aliases = _aliases(program)
    rows = _filled_header_rows(sheet, HEADER_SCAN_ROWS + 1)
    best = None
    for start in range(min(HEADER_SCAN_ROWS, len(rows))):
        for depth in (1, 2):
            if start + depth > len(rows):
                continue
            count, columns, headers = _score(rows, start, depth, aliases)
            if count >= MIN_HEADER_MATCHES and (best is None or count > best[0]):
                best = (count, start + depth - 1, columns, headers)
    return best


def _sheet_name_program(name: str, registry: Registry) -> Program | None:
    key = header_key(name)
    for program in registry:
        names = {header_key(n) for n in (program.sheet, program.title, program.full_title, *program.sheet_aliases)}
        if key in names:
            return program
    for program in registry:  # "附表1 对标达标企业（10月）" contains a known name
        names = [header_key(n) for n in (program.sheet, program.title, *program.sheet_aliases)]
        if any(len(n) >= 2 and n in key for n in names):
            return program
    return None


def find_layout(sheet: Sheet, registry: Registry, program: Program | None = None) -> Layout | None:
    """The sheet's program and header, or None when it is not a return sheet (e.g. 填报说明)."""
    if program is not None:
        found = locate(sheet, program)
        return _layout(sheet, program, found, "chosen") if found else None
    named = _sheet_name_program(sheet.name, registry)
    if named is not None:
        found = locate(sheet, named)
        if found:
            return _layout(sheet, named, found, "sheet name")
    scored = [(locate(sheet, p), p) for p in registry]
    scored = [(found, p) for found, p in scored if found]
    if not scored:
        return None
    found, best = max(scored, key=lambda item: (item[0][0], -registry.keys.index(item[1].key)))
    return _layout(sheet, best, found, "headers")


def _layout(sheet: Sheet, program: Program, found, matched_by: str) -> Layout:
    _, header_row, columns, headers = found
    serial = None
    header_text = [cell_text(v) for v in sheet.rows[header_row]] if header_row < len(sheet.rows) else []
    above = [cell_text(v) for v in sheet.rows[header_row - 1]] if header_row >= 1 else []
    for c in range(max(len(header_text), len(above))):
        texts = {
            header_key(header_text[c]) if c < len(header_text) else "",
            header_key(above[c]) if c < len(above) else "",
        }
        if texts & _SERIAL_HEADERS and c not in columns:
            serial = c
            break
    return Layout(program, header_row, columns, headers, serial, matched_by)


def row_kind(row: list[object], layout: Layout) -> str:
    """ "data", "blank" (empty or only a 序号), "total" (合计/小计 rows), "note" or "header" (repeated)."""
    texts = [(c, cell_text(v)) for c, v in enumerate(row)]
    filled = [(c, t) for c, t in texts if t]
    if not filled:
        return "blank"
    first = filled[0][1]
    if first.startswith(_NOTE_WORDS) or (len(filled) == 1 and len(first) > 30):
        return "note"
    if any(t.replace(" ", "").replace("\u3000", "")[:2] in _TOTAL_WORDS for _, t in filled[:2]):
        return "total"
    if all(c == layout.serial_column for c, _ in filled):
        return "blank"
    # A header repeated on every printed page: every mapped cell equals its header.
    mapped = [(layout.columns[c], t) for c, t in filled if c in layout.columns]
    maybe_header = mapped and layout.headers.get(mapped[0][0], "")[:1] == mapped[0][1][:1]
    if maybe_header and all(layout.headers.get(key) == _SPACES.sub("", t) for key, t in mapped):
        return "header"
    return "data"
