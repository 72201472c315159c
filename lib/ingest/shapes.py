"""Returns not laid out as a list: laid across (field names down a column, one record per column) or as
forms (label cells beside value cells, one block of rows per record, as a 召回计划 备案表 is written).

Each is read through a sheet of the usual shape made from it: a record's Excel row is the column it
is in (B = 2) for a return laid across, and the first row of its block for forms; `origin` gives back
the cell of the file a problem points at, so the annotated copy marks the cell the clerk typed.
Only small sheets are looked at this way (a return laid across has a few dozen columns, forms a few
hundred rows): a list of thousands of rows is read as it is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from itertools import zip_longest

from lib.ingest.headers import normalise_header
from lib.ingest.layout import Layout, find_layouts, name_program
from lib.ingest.normalise import cell_text, visible_text
from lib.ingest.read import Sheet
from lib.programs import Program, Registry

MAX_ROWS = 1_000  # sheets longer than this are lists
MAX_COLUMNS = 300
MIN_FIELDS = 3  # a record of a form, or a column of field names, names at least this many fields


@dataclass
class Shaped:
    """A sheet of the usual shape made from one that is not; `kind` is "across", "forms", "split" or "headed"."""

    kind: str
    sheet: Sheet | None  # None once only where its cells came from is kept (slim)
    # (Excel row, 0-based column) of the made sheet -> (Excel row, 1-based column) of the file, for forms.
    cells: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    # For "split": the file's 0-based column of each column of the made sheet.
    columns: list[int] = field(default_factory=list)

    def slim(self) -> Shaped:
        """Where the made sheet's cells came from, without its cells (kept with a preview to name the file's cells)."""
        return replace(self, sheet=None)

    def origin(self, row: int, column: int) -> tuple[int, int]:
        """The file's (Excel row, 1-based column) of the made sheet's (Excel row, 0-based column)."""
        if self.kind == "across":
            return column + 1, row
        if self.kind == "split":
            return row, (self.columns[column] if column < len(self.columns) else column) + 1
        if self.kind == "headed":  # the firm's name and code: its heading row
            return self.cells.get((row, column), (row, column + 1))
        return self.cells.get((row, column), (row, 1))


def _text(value: object) -> str:
    return visible_text(cell_text(value))


def _labels(registry: Registry, program: Program | None) -> dict[str, str]:
    """Header text (normalised) -> the field it names, over the programs that may be meant."""
    found: dict[str, str] = {}
    for each in [program] if program is not None else list(registry):
        for column in each.columns:
            for name in (column.header, *column.aliases):
                found.setdefault(normalise_header(name, registry.header_words), column.key)
    return found


def across(sheet: Sheet, registry: Registry, program: Program | None = None) -> Shaped | None:
    """The sheet turned a quarter when one of its first columns names at least MIN_FIELDS fields down
    its cells and the columns to its right hold values under no header of their own."""
    rows = sheet.rows
    if not rows or len(rows) > MAX_COLUMNS or max(map(len, rows)) > MAX_ROWS:
        return None
    labels = _labels(registry, program)
    for c in range(min(3, max(map(len, rows)))):
        named = {
            labels[key]
            for row in rows
            if c < len(row) and (key := normalise_header(_text(row[c]), registry.header_words)) in labels
        }
        if len(named) >= MIN_FIELDS:
            turned = [list(column) for column in zip_longest(*rows, fillvalue=None)]
            merged = [((c0, r0), (c1, r1)) for (r0, c0), (r1, c1) in sheet.merged]
            return Shaped("across", Sheet(name=sheet.name, rows=turned, merged=merged, shape="across"))
    return None


def forms(sheet: Sheet, registry: Registry, program: Program | None = None) -> Shaped | None:
    """One record per block of label / value pairs (生产者名称 | 某公司 | 统一社会信用代码 | 9133…): a block
    ends at a blank row or where a label of the block comes again. The made sheet has the labels as its
    header just above the first block and each record at its block's first row."""
    rows = sheet.rows
    if not rows or len(rows) > MAX_ROWS or max(map(len, rows)) > MAX_COLUMNS:
        return None
    labels = _labels(registry, program)
    words = registry.header_words
    # Each block: its first row, and label as written -> (field, value, 0-based row, 0-based column of the value).
    blocks: list[tuple[int, dict[str, tuple[str, object, int, int]]]] = []
    current: dict[str, tuple[str, object, int, int]] | None = None
    first = 0
    for r, row in enumerate(rows):
        texts = [_text(v) for v in row]
        pairs = []
        for c, text in enumerate(texts[:-1]):
            key = normalise_header(text, words) if text else ""
            if key in labels and normalise_header(texts[c + 1], words) not in labels:
                pairs.append((text, labels[key], row[c + 1], c + 1))
        if not pairs:
            if current is not None and not any(texts):
                blocks.append((first, current))
                current = None
            continue
        if current is not None and any(label in current for label, *_ in pairs):
            blocks.append((first, current))
            current = None
        if current is None:
            current, first = {}, r
        for label, key, value, c in pairs:
            current[label] = (key, value, r, c)
    if current is not None:
        blocks.append((first, current))
    blocks = [(r, block) for r, block in blocks if len({key for key, *_ in block.values()}) >= MIN_FIELDS]
    if not blocks or blocks[0][0] == 0:
        return None
    header = list(dict.fromkeys(label for _, block in blocks for label in block))
    made: list[list[object]] = [[] for _ in rows]
    made[blocks[0][0] - 1] = list(header)
    cells: dict[tuple[int, int], tuple[int, int]] = {}
    for r, block in blocks:
        made[r] = [block[label][1] if label in block else None for label in header]
        for c, label in enumerate(header):
            if label in block:
                _, _, row, column = block[label]
                cells[(r + 1, c)] = (row + 1, column + 1)
    return Shaped("forms", Sheet(name=sheet.name, rows=made, shape="forms"), cells)


# A firm's heading row over its products (一、嘉兴市某某有限公司（统一社会信用代码：9133…）): a numbered text
# naming the firm and its code, across the row.
_HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+|\d{1,3})\s*[、.．)）]\s*")
_CODE_IN_TEXT = re.compile(r"(?<![0-9A-Z])([0-9A-Z]{18})(?![0-9A-Z])")
_CODE_LABEL = re.compile(r"[（(]?\s*(?:统一社会信用代码|信用代码|社会信用代码|代码)\s*[:：]?\s*$")
_NAME_LABEL = re.compile(r"^(?:企业名称|企业|单位名称|单位)\s*[:：]\s*")
MIN_NAME_LENGTH = 4


def _firm_heading(row: list[object]) -> tuple[str, str] | None:
    """(name, code) a heading row names: one text across the row holding an 18-character code after the
    firm's name; None for anything else."""
    texts = {t for v in row if (t := _text(v))}
    if len(texts) != 1:
        return None
    text = unicodedata.normalize("NFKC", texts.pop())
    found = _CODE_IN_TEXT.search(text)
    if found is None:
        return None
    name = _CODE_LABEL.sub("", text[: found.start()])
    name = _NAME_LABEL.sub("", _HEADING_NUMBER.sub("", name)).strip(" ,，;；:：(（")
    return (name, found.group(1)) if len(name) >= MIN_NAME_LENGTH else None


def headed(sheet: Sheet, layouts: list[Layout]) -> Shaped | None:
    """A list of products grouped under a heading row per firm, with no name or code column of its own: the
    made sheet has the firm's name and code as two more columns, each row under a heading filled with its
    firm's, in the rows where they stand."""
    layout = next((each for each in layouts if not {"enterprise_name", "uscc"} & set(each.columns.values())), None)
    if layout is None or len(sheet.rows) > MAX_ROWS:
        return None
    program, rows = layout.program, sheet.rows
    end = len(rows) if layout.end_row is None else layout.end_row
    width = max(map(len, rows[layout.first_row : end]), default=0)
    made = [list(row) for row in rows]
    made[layout.header_row] = [*rows[layout.header_row], *[None] * (width - len(rows[layout.header_row]))]
    made[layout.header_row] += [program.column("enterprise_name").header, program.column("uscc").header]
    cells: dict[tuple[int, int], tuple[int, int]] = {}
    firm, at, headings = None, 0, 0
    for r in range(layout.header_row + 1, end):
        heading = _firm_heading(rows[r])
        if heading is not None:
            firm, at, headings = heading, r, headings + 1
            continue
        if firm is not None and len({t for v in rows[r] if (t := _text(v))}) >= 2:  # a note under the list: no product
            made[r] = [*rows[r], *[None] * (width - len(rows[r])), *firm]
            cells[(r + 1, width)] = cells[(r + 1, width + 1)] = (at + 1, 1)
    if not headings:
        return None
    return Shaped("headed", replace(sheet, rows=made, shape="headed"), cells)


_UNIT_AFTER = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[)）]\s*$")
# A header naming two fields in one column: 企业名称（统一社会信用代码）, 对标标准/对标结果, 状态\n证书编号.
_TWO_IN_ONE = re.compile(r"^\s*([^（(/／\n]+?)\s*(?:[（(]\s*([^（()）]+?)\s*[)）]|[/／\n]\s*(.+?))\s*$")
_BRACKETED_END = re.compile(r"^(.*?)\s*[（(]([^（()）]*)[)）]\s*$", re.DOTALL)
MAX_SPLIT_SCAN = 30  # header rows are looked for this far down, as layout.HEADER_SCAN_ROWS


def _two_fields(text: str, labels: dict[str, str], words: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """The two headers a header cell names when it names two fields and is no field's own name. A unit after
    both ("涉及数量/已召回数量（台）") goes with each."""
    if not text or len(text) > 40 or normalise_header(text, words) in labels:
        return None
    unit = _UNIT_AFTER.search(text)
    if unit and re.search(r"[/／\n]", text[: unit.start()]):
        pair = _two_fields(text[: unit.start()], labels, words)
        return (pair[0] + unit.group(), pair[1] + unit.group()) if pair else None
    match = _TWO_IN_ONE.match(text)
    if not match:
        return None
    first, second = match.group(1), match.group(2) or match.group(3)
    a, b = labels.get(normalise_header(first, words)), labels.get(normalise_header(second, words))
    return (first.strip(), second.strip()) if a and b and a != b else None


def _split_cell(value: object) -> tuple[object, object]:
    """A cell of a two-field column as its two values: at a line break, a bracketed end, or the last slash."""
    if type(value) is not str:
        return value, None
    text = value.strip()
    if match := _BRACKETED_END.match(text):
        return match.group(1).strip(), match.group(2).strip()
    if "\n" in text:
        first, _, second = text.partition("\n")
        return first.strip(), second.strip()
    if "/" in text or "／" in text:
        first, _, second = text.replace("／", "/").rpartition("/")
        return first.strip(), second.strip()
    return text, None


def split_columns(sheet: Sheet, registry: Registry, program: Program | None = None) -> Shaped | None:
    """The sheet with each column whose header names two fields made two columns, its cells split."""
    rows = sheet.rows
    if not rows or len(rows) > 200_000:
        return None
    labels, words = _labels(registry, program), registry.header_words
    for h, row in enumerate(rows[:MAX_SPLIT_SCAN]):
        texts = [_text(v) for v in row[:MAX_COLUMNS]]
        pairs = {c: found for c, text in enumerate(texts) if (found := _two_fields(text, labels, words))}
        if not pairs or sum(1 for t in texts if t and normalise_header(t, words) in labels) < 1:
            continue
        made, origins = [], []
        for c in range(len(row)):
            origins += [c, c] if c in pairs else [c]
        for r, each in enumerate(rows):
            out = []
            for c, value in enumerate(each):
                if c not in pairs:
                    out.append(value)
                elif r == h:
                    out += list(pairs[c])
                elif r < h:
                    out += [value, None]
                else:
                    out += list(_split_cell(value))
            made.append(out)
        shifted = [((r0, _at(origins, c0)), (r1, _at(origins, c1))) for (r0, c0), (r1, c1) in sheet.merged]
        return Shaped("split", Sheet(name=sheet.name, rows=made, merged=shifted, shape="split"), columns=origins)
    return None


def _at(origins: list[int], column: int) -> int:
    """The made sheet's first column for a column of the file."""
    return origins.index(column) if column in origins else column + len(origins) - len(set(origins))


MIN_PROGRAM_SHARE = 0.8  # of a column's filled cells that name a program, for it to tell each row's program


def by_program_column(
    sheet: Sheet, layouts: list[Layout], registry: Registry, file_name: str = ""
) -> list[tuple[Sheet, Layout]] | None:
    """One ledger of two programs whose rows a column tells apart (工作类别: 对标达标 | 品字标): each program read
    from a copy of the sheet holding only its rows, with that column's header cleared; None when no block has
    such a column."""
    if len(layouts) != 1 or len(sheet.rows) > MAX_ROWS:
        return None
    layout = layouts[0]
    rows = sheet.rows
    end = len(rows) if layout.end_row is None else layout.end_row
    width = max(map(len, rows[layout.header_row : end]), default=0)
    for c in range(min(width, MAX_COLUMNS)):
        texts = {r: text for r in range(layout.header_row + 1, end) if (text := _row_text(rows[r], c))}
        if any(name_program(text, registry) is None for text in list(texts.values())[:3]):
            continue  # the usual column: its first cells name no program
        named = {r: name_program(text, registry) for r, text in texts.items()}
        programs = list(dict.fromkeys(p for p in named.values() if p is not None))
        told = sum(1 for p in named.values() if p is not None)
        if len(programs) < 2 or told < MIN_PROGRAM_SHARE * len(named):
            continue
        found = []
        for program in programs:
            made = [
                [None] * len(row) if named.get(r) not in (None, program) else list(row) for r, row in enumerate(rows)
            ]
            made[layout.header_row][c] = None
            copy = replace(sheet, rows=made)
            found += [(copy, each) for each in find_layouts(copy, registry, program, file_name)[:1]]
        return found or None
    return None


def _row_text(row: list[object], c: int) -> str:
    return _text(row[c]) if c < len(row) else ""


def read_as(
    sheet: Sheet, registry: Registry, program: Program | None = None, file_name: str = ""
) -> tuple[Sheet, list[Layout], list[Shaped]]:
    """How the upload reads a sheet: its blocks, through sheets made from it when it holds two fields in a
    column, is laid across or is written as forms (what was made, in order, to map a cell back)."""
    made: list[Shaped] = []
    if split := split_columns(sheet, registry, program):
        made.append(split)
        sheet = split.sheet
    layouts = find_layouts(sheet, registry, program, file_name)
    if found := reshaped(sheet, layouts, registry, program, file_name):
        made.append(found[0])
        sheet, layouts = found[0].sheet, found[1]
    return sheet, layouts, made


def origin(made: list[Shaped], row: int, column: int) -> tuple[int, int]:
    """The file's (Excel row, 1-based column) of a cell (Excel row, 0-based column) of the last sheet made."""
    for shaped in reversed(made):
        row, column = shaped.origin(row, column)
        column -= 1
    return row, column + 1


def reshaped(
    sheet: Sheet, layouts: list[Layout], registry: Registry, program: Program | None = None, file_name: str = ""
) -> tuple[Shaped, list[Layout]] | None:
    """The sheet read across or as forms, with its blocks, when that reads more of a program than the
    sheet as it is (no block found, or a block without a column its program requires); else None."""
    if layouts and not any(_lacks_required(layout) for layout in layouts):
        return None
    if len(sheet.rows) > MAX_ROWS or max(map(len, sheet.rows), default=0) > MAX_COLUMNS:
        return None
    fields = max((len(layout.columns) for layout in layouts), default=0)
    best = None
    shapes = (
        lambda: across(sheet, registry, program),
        lambda: forms(sheet, registry, program),
        lambda: headed(sheet, layouts),
    )
    for shape in shapes:
        made = shape()
        if made is None:
            continue
        found = find_layouts(made.sheet, registry, program, file_name)
        if not found or any(_lacks_required(layout) for layout in found):
            continue
        count = max(len(layout.columns) for layout in found)
        if count > fields:
            best, fields = (made, found), count
    return best


def _lacks_required(layout: Layout) -> bool:
    return any(
        c.required and c.key != "unit" and c.key not in layout.columns.values() and not c.implied_by
        for c in layout.program.columns
    )
