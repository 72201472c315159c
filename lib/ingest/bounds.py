"""What a spreadsheet package may cost before anything reads it: every part is decompressed with a
byte budget counted on the real bytes (never the sizes the archive claims, Package), and every worksheet's
extent (furthest row and column that hold a cell, as the cells say, never the declared dimension)
is bounded, so no reader is asked to allocate a grid the size of a stray cell at XFD200000. Parts read
when a workbook is opened (shared strings, styles) are measured as they are decompressed, a piece at a
time (PartMeasure): never whole in memory, whatever they expand to.

Pure functions over bytes (and one measure fed piece by piece); raises ValueError with the Chinese
reason, the caller names the file.

The policy for untrusted files, as a whole (SECURITY.md says the same to users):
Files are bounded before anything the spreadsheet reader makes of them is taken, by what the reader would
build, never by what the file declares (this module, and `read._Bounds` for what the reader builds), and a
check that cannot follow a file as the reader does refuses it or assumes the worst: only .xlsx/.ods packages
(no binary workbooks); part names with one spelling each (no two alike, no `.`, `..` or empty segments);
every part decompressed within one budget (each at its true size, one buffer); no text run of 2 MB; parts
read on opening (shared strings, styles) by their element count, measured as they are decompressed (never
whole in the server), and at most 16 MB unless they hold shared strings; at most 200 sheets, names unique
and of at most 100 characters, no two on one part; each worksheet by the furthest cell the reader would
place (the usual cell form proved by one search, any other spelling walked as the reader places it) and its
merged ranges; one text budget for the workbook (each sheet's own text and the shared strings its cells
copy, bounded by the cells that say `t="s"` at the longest string, and counted cell by cell for every sheet
once that bound nears the budget); the rows and cells the sheets become, totalled before they become Python
objects; no sheet wider than 16,384 columns. The same for .xls (BIFF records, DIMENSIONS, each sheet where
its BOUNDSHEET points, the shared-string table string by string), .ods (repeats expanded, prefixes as
written, no rows or tables nested in cells) and CSV (row by row). The reader's internal failures
(PanicException) are damaged files. Walks over a sheet keep no tree and stop after 4 million elements;
formulas saved without results are worked out once per cell, within a budget for the workbook.
`tests/test_hostile.py` holds a small file for each way past these that once killed a process capped at 1 GB
or took seconds. Every workbook (.xlsx, .xls, .ods) is then read in a process of its own within 1 GB and 20
s of CPU (`lib/ingest/apart.py`; the server never loads the reader): it aborts the process it runs in when
an allocation fails, so what no check foresees costs that process only, and the file is refused. It starts
as soon as the file arrives when a place is free (else once the package checks passed, or before a part of
more than 16 MB is measured: such an upload counts against the same places) and reads ahead, sheet by sheet;
the server takes nothing from it before its own checks of the package passed, a sheet's cells only once its
check of that sheet passed, and ends the process when one fails. At most two such processes run at once
(each may take up to 1 GB); further uploads wait up to a minute for a place, then are refused with a message
that nothing changed. A place comes back when the last sheet arrives, when the reading stops or fails, and
after two minutes whatever happened. What the process sends back makes nothing in the server but texts,
numbers, dates and times (`read._Values`).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import olefile
from lxml import etree

MB = 1 << 20
CHUNK = 4 * MB  # decompressed at a time: what a part may overshoot the budget by before it is stopped
# A monthly return is a few dozen columns by at most QB_MAX_ROWS rows; this many cells is far above
# any real return and far below what would hurt the server (about 32 bytes a cell in the reader).
MAX_CELLS = 6_000_000

# What the spreadsheet reader takes for a cell: an element whose local name is c, under any prefix, placed
# by its (last) r attribute, letters of either case and any number, then digits; or, without one, next to
# the cell before it. A cell in the usual form (Excel, WPS and other writers) is `<c r="B12" s="1" t="s">`:
# its position first and no other r attribute. The searches find the first c element not in that form
# (or beyond column Z and row 99,999); elements named c… (cols, cfRule) are not c elements. Every
# repetition is possessive: what follows it ('"', "=", the next attribute's space) is never what it repeats,
# so giving some back could not match, and the engine keeps no place to go back to (a fifth faster).
_ATTRIBUTES = rb'(?: (?!r=)[\w.-]++="[^"<]*+")*+/?>'
_NOT_NEAR = re.compile(rb'<c(?:[\t\n\r/>]| (?!r="[A-Z]\d{1,5}+"' + _ATTRIBUTES + rb"))")
_UNUSUAL = re.compile(rb'<c(?:[\t\n\r/>]| (?!r="[A-Z]{1,3}+\d{1,7}+"' + _ATTRIBUTES + rb"))")
_PREFIXED_CELL = re.compile(rb"<[^\s<>/!?]*:c[\s/>]")
_PREFIXED_HINT = re.compile(rb":c[\s/>]")  # what a prefixed cell must contain: a faster search first
_DIGITS = {d: re.compile(rb' r="[A-Z]{1,3}\d{%d}"' % d) for d in range(1, 8)}
_DIGITS_FOUND = {d: re.compile(rb' r="[A-Z]{1,3}(\d{%d})"' % d) for d in range(1, 8)}
_LETTERS = {n: re.compile(rb' r="([A-Z]{%d})\d' % n) for n in (1, 2, 3)}
_POSITION = re.compile(r"([A-Za-z]+)(\d+)")
SMALLEST_CELL = len(b'<c r="A1"/>')


@dataclass(frozen=True)
class Extent:
    rows: int  # furthest row holding a cell (1-based)
    columns: int  # furthest column (1-based)
    cells: int
    prefixed: bool = False  # some cells are written under a namespace prefix
    text: int = 0  # bytes of text the reader copies into cells (OpenDocument repeats, .xls shared strings)
    usual: bool = False  # every cell in the usual form (so a cell that refers to a shared string says t="s")

    @property
    def area(self) -> int:
        return self.rows * self.columns


def column_name(index: int) -> str:
    """1-based column number as letters: 16384 -> XFD."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_number(letters: str | bytes) -> int:
    """Letters as a 1-based column number: XFD -> 16384."""
    number = 0
    for letter in letters.encode() if isinstance(letters, str) else letters:
        number = number * 26 + letter - 64
    return number


class Package:
    """A zip package opened within limits: the number of entries and the sizes they declare are checked
    at once (readers stop at the declared size, so a part that lies comes out short and fails its check);
    each part is decompressed when asked for, its bytes counted as they come out against one budget of
    max_bytes for the whole package. Raises ValueError with the Chinese reason."""

    def __init__(self, data: bytes, max_bytes: int, max_entries: int) -> None:
        try:
            self._archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise ValueError("已损坏，无法打开") from exc
        infos = self._archive.infolist()
        if len(infos) > max_entries:
            raise ValueError(f"包含 {len(infos):,} 个部件，不像是月报表")
        if len({info.filename for info in infos}) != len(infos):
            # Readers disagree on which of two same-named parts is meant: the one checked may not be the one read.
            raise ValueError("有重名的部件，不是正常保存的表格文件")
        if any(segment in ("", ".", "..") for info in infos for segment in info.filename.rstrip("/").split("/")):
            # Two spellings of one path (xl/./worksheets/…, xl//…): readers may resolve a pointer to either.
            raise ValueError("有写法异常的部件名称，不是正常保存的表格文件")
        self._too_big = f"解压后超过 {max_bytes // MB} MB，不像是月报表"
        if sum(info.file_size for info in infos) > max_bytes:
            raise ValueError(self._too_big)
        self.names = [info.filename for info in infos]
        self._left = max_bytes
        self._counted: set[str] = set()

    def read(self, name: str) -> bytearray:
        """The part decompressed into one buffer of the size it declares (never a second copy); the
        budget counts each part once, however often it is read."""
        counted = name in self._counted
        self._counted.add(name)
        buffer = bytearray(self._archive.getinfo(name).file_size)
        view, done = memoryview(buffer), 0
        try:
            with self._archive.open(name) as stream:
                while done < len(buffer) and (got := stream.readinto(view[done : done + CHUNK])):
                    done += got
                    self._left -= 0 if counted else got
                    if self._left < 0:
                        raise ValueError(self._too_big)
                if done < len(buffer) or stream.read(1):
                    raise EOFError(name)  # shorter or longer than it says
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
            # Entries whose sizes or checksums do not match, unknown compression, encryption.
            raise ValueError("已损坏或部件大小不符，无法打开") from exc
        finally:
            view.release()
        return buffer

    def size(self, name: str) -> int:
        """The size a part declares (never more than it is: reading stops there)."""
        return self._archive.getinfo(name).file_size

    def chunks(self, name: str, size: int = CHUNK) -> Iterator[bytes]:
        """The part decompressed a piece at a time (at most size bytes each), within the budget."""
        counted = name in self._counted
        self._counted.add(name)
        try:
            with self._archive.open(name) as stream:
                while chunk := stream.read(size):
                    self._left -= 0 if counted else len(chunk)
                    if self._left < 0:
                        raise ValueError(self._too_big)
                    yield chunk
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
            # Entries whose sizes or checksums do not match, unknown compression, encryption.
            raise ValueError("已损坏或部件大小不符，无法打开") from exc


def extent(xml: bytes, exact: bool = False) -> Extent:
    """Furthest row and column holding a cell, or a bound of them. When every cell is in the usual form,
    C-level searches: two in the common case, where no cell lies beyond column Z and row 99,999. Cells
    under a prefix or in any other form are walked one by one and placed as the reader places them.
    Raises ValueError when a sheet that must be walked is not well-formed XML."""
    if _PREFIXED_HINT.search(xml) and _PREFIXED_CELL.search(xml):
        return _walk(xml, prefixed=True)
    if not exact and _NOT_NEAR.search(xml) is None:
        return Extent(99_999, 26, _cells(xml), usual=True)
    if _UNUSUAL.search(xml):
        return _walk(xml)
    digits = next((d for d in range(7, 0, -1) if _DIGITS[d].search(xml)), 0)
    width = next((n for n in (3, 2, 1) if _LETTERS[n].search(xml)), 0)
    rows = max((int(r) for r in _DIGITS_FOUND[digits].findall(xml)), default=0) if digits else 0
    columns = max((column_number(c) for c in set(_LETTERS[width].findall(xml))), default=0) if width else 0
    return Extent(rows, columns, _cells(xml), usual=True)


# The text the reader puts into cells, over the whole workbook (all of it is kept while the return is
# checked, once by the reader and once as Python strings): each sheet's own text (its XML, markup included:
# never less) and the shared strings it copies, one copy per cell that refers to one.
MAX_TEXT = 160 << 20  # at most about twice that in memory; a 200,000-row return has well under it
_SHARED_STRING = re.compile(rb"<(?:[^\s<>/!?]*:)?si[\s/>]")


_SHARED_TAG = re.compile(rb"<(/?)(?:[^\s<>/!?]*:)?si(?:\s[^>]*)?(/?)>")
_OPENING = len(b"<si>")
# Text after the last '>' kept for the next piece: well-formed XML closes every tag long before this (and a
# run of 2 MB without markup is refused anyway); past it, the order of the strings is not told.
_CARRY = 4 * MB


class PartMeasure:
    """A part measured as its bytes come out, a piece at a time (never the whole part in memory, nor a
    Python object per string): the elements that start in it, whether it holds a run of 2 MB without
    markup (has_long_text), and the size of each shared string as stored, from its start to the next
    one's (never less than its text), in the order cells refer to them by. Where the order cannot be
    told from the bytes (a comment, CDATA or instruction after the start, a string inside a string, a
    tag left open for megabytes), every string counts as the whole part. The same for any cut into
    pieces: pieces are measured up to their last '>', which ends every tag the searches look for.

    Measuring stops (elements are still counted) once the part is refused anyway: more elements than a
    part may hold, or a long run of text."""

    def __init__(self, most: int) -> None:
        # Sizes as 32-bit counts when the part cannot reach 4 GB (it never comes out longer than it declares).
        self._sizes = array("I" if most < 1 << 32 else "Q")
        self.size = self.elements = self.strings = 0
        self.long_text = False
        self._carry, self._at = b"", 0  # bytes not yet measured, and where they start in the part
        self._last = -1  # where the string opened last starts
        self._depth = 0  # strings open, as _SHARED_TAG tells them (never more than one in a flat table)
        self._closed = False  # the bytes measured so far end with </si>
        self._lost = False  # the order of the strings cannot be told
        self._ends_open = False  # the last piece ended with '<' (a '</' across two pieces is no element)
        self._marked = False  # the window being read has a '<'

    def feed(self, piece: bytes) -> None:
        """The next piece of the part."""
        self.elements += piece.count(b"<") - piece.count(b"</") - (self._ends_open and piece[:1] == b"/")
        self._ends_open = piece[-1:] == b"<"
        self._windows(piece)
        self.size += len(piece)
        if self.long_text or self.elements > MAX_CELLS:
            self._carry = b""
            return
        buffer = self._carry + piece
        cut = buffer.rfind(b">") + 1
        if len(buffer) - cut > _CARRY:
            self._lost = True
        if self._lost:  # only the strings are counted: a start has no '<' but its first
            cut = max(buffer.rfind(b"<"), 0)
        self._measure(buffer[:cut])
        self._carry = buffer[cut:]

    def done(self) -> array:
        """The size of each shared string (see the class), once every piece is fed."""
        if not (self.long_text or self.elements > MAX_CELLS):
            self._measure(self._carry)
        self._carry = b""
        if self._last >= 0:
            self._sizes.append(self.size - self._last)
            self._last = -1
        if self._lost:
            return array(self._sizes.typecode, [self.size]) * self.strings
        return self._sizes

    def _windows(self, piece: bytes) -> None:
        """Look for '<' once per window of TEXT_WINDOW bytes of the part (as has_long_text does), however
        the pieces cut the windows."""
        at, pos = self.size, 0
        while pos < len(piece):
            end = min(len(piece), pos + TEXT_WINDOW - (at + pos) % TEXT_WINDOW)
            self._marked = self._marked or piece.find(b"<", pos, end) >= 0
            if (at + end) % TEXT_WINDOW == 0:
                self.long_text = self.long_text or not self._marked
                self._marked = False
            pos = end

    def _measure(self, segment: bytes) -> None:
        """The strings that start in segment (it ends where a piece may be cut), and whether the table is
        still flat. A segment written plainly, as Excel and WPS write a table (`<si>` and `</si>`, no other
        spelling of either, no prefix), is measured by counts and a split."""
        at, self._at = self._at, self._at + len(segment)
        hidden = max(0, 64 - at)  # the declaration and what comes before the table may hold <? and <!
        if segment.find(b"<!", hidden) >= 0 or segment.find(b"<?", hidden) >= 0:
            self._lost = True
        opened, closed = segment.count(b"<si>"), segment.count(b"</si>")
        plain = b":si" not in segment and segment.count(b"<si") == opened and segment.count(b"</si") == closed
        if plain:
            if not self._lost:
                self._plain_depth(segment, opened, closed)
            if opened:
                parts = segment.split(b"<si>")
                self._start(at + len(parts[0]))
                self._sizes.extend(map(_OPENING.__add__, map(len, parts[1:-1])))
                self._last = at + len(segment) - len(parts[-1]) - _OPENING
                self.strings += opened - 1
        else:
            if not self._lost:
                self._walk(segment)
            for match in _SHARED_STRING.finditer(segment):
                self._start(at + match.start())
        # Only in a plain segment is every </si> a closing tag (elsewhere it may lie inside a tag).
        self._closed = plain and segment.endswith(b"</si>")

    def _start(self, where: int) -> None:
        if self._last >= 0:
            self._sizes.append(where - self._last)
        self._last = where
        self.strings += 1

    def _plain_depth(self, segment: bytes, opened: int, closed: int) -> None:
        """The depth after a plain segment, told by counts when every string opens right after one closes
        (the first may open where none is open); else by a walk."""
        joined = self._closed and segment.startswith(b"<si>")  # closed at the end of the segment before
        alone = opened - segment.count(b"</si><si>") - joined
        first, first_closing = segment.find(b"<si>"), segment.find(b"</si>")
        leads = first >= 0 and (first_closing < 0 or first < first_closing) and not joined
        if alone == 0 or (alone == 1 and leads and self._depth <= 0):
            self._depth += opened - closed
        else:
            self._walk(segment)

    def _walk(self, segment: bytes) -> None:
        for closing, empty in _SHARED_TAG.findall(segment):
            if closing:
                self._depth -= 1
            elif not empty:
                self._depth += 1
                if self._depth > 1:
                    self._lost = True
                    return


def measure(pieces: Iterable[bytes], most: int) -> tuple[PartMeasure, array]:
    """A part of at most `most` bytes measured from its pieces (PartMeasure), and the size of each shared
    string it holds: a few MB of memory besides those sizes (four bytes a string)."""
    measured = PartMeasure(most)
    for piece in pieces:
        measured.feed(piece)
    return measured, measured.done()


def shared_cells(xml: bytes, found: Extent) -> int:
    """How many cells may refer to a shared string, at most: in the usual form each says t="s"."""
    return min(found.cells, xml.count(b' t="s"')) if found.usual else found.cells


def shared_text(xml: bytes, sizes: Sequence[int]) -> int:
    """How much shared-string text the cells of a worksheet take, cell by cell (t="s", the index in v)."""
    total, longest, walked = 0, max(sizes, default=0), 0
    try:
        for _, node in etree.iterparse(io.BytesIO(xml), events=("end",), resolve_entities=False):
            walked += 1
            if walked > MAX_WALKED or total > MAX_TEXT:  # no return: over the budget already
                return max(total, MAX_TEXT + 1)
            name = etree.QName(node).localname
            if name != "c":
                if name != "v":  # a value waits for its cell (if something after it in the cell lets it go
                    _done(node)  # first, the cell counts at the longest string)
                continue
            if node.get("t") == "s":
                value = next((child.text for child in node if etree.QName(child).localname == "v"), None)
                index = (value or "").strip()
                # An index written any other way (+0, 0.0) may still be read as one: it counts at the longest.
                total += sizes[int(index)] if index.isdigit() and int(index) < len(sizes) else longest
            _done(node)
    except etree.XMLSyntaxError as exc:
        raise ValueError("不是格式正确的工作表") from exc
    return total


# No text or attribute value runs this long (Excel's own limit is 32,767 characters a cell): one such run
# is hundreds of MB to the reader. A run twice this long always covers one whole window of this size, so
# looking for '<' once per window finds every run of 2 MB or more.
TEXT_WINDOW = 1 << 20


def has_long_text(xml: bytes) -> bool:
    """Whether a run of 2 MB or more without markup is in xml (at least one whole window without '<')."""
    return any(
        xml.find(b"<", start, start + TEXT_WINDOW) < 0 for start in range(0, len(xml) - TEXT_WINDOW + 1, TEXT_WINDOW)
    )


def _cells(xml: bytes) -> int:
    """How many cells, all in the usual form: a bound from the size when that is enough, else counted."""
    bound = len(xml) // SMALLEST_CELL
    return bound if bound <= MAX_CELLS else xml.count(b'<c r="')


# Elements a walk looks at before it stops: it costs about a microsecond each, and a sheet that must be
# walked and holds more is no return (its cells then count as over the limit).
MAX_WALKED = 4_000_000


def _done(node) -> None:
    """Let go of an element that has been looked at, and of the siblings before it (the tree stays small)."""
    node.clear()
    parent = node.getparent()
    if parent is not None:
        while node.getprevious() is not None:
            del parent[0]


def _walk(xml: bytes, prefixed: bool = False) -> Extent:
    """The extent, cell by cell, placing cells that leave their position implicit after the cell before
    (a row without a number after the furthest row seen): never short of where the reader puts them."""
    rows = columns = cells = row = column = walked = 0
    try:
        for event, node in etree.iterparse(io.BytesIO(xml), events=("start", "end"), resolve_entities=False):
            tag = etree.QName(node).localname
            if event == "start":
                if tag == "row":
                    given = node.get("r") or ""
                    row = int(given) if given.isdigit() else row + 1
                    column = 0
                    rows = max(rows, row)
                continue
            walked += 1
            if walked > MAX_WALKED:
                return Extent(rows, columns, MAX_CELLS + 1, prefixed)
            if tag == "c":
                cells += 1
                place = _POSITION.fullmatch(node.get("r") or "")
                if place:
                    column = column_number(place.group(1).upper())
                    row = max(row, int(place.group(2)))
                    rows = max(rows, row)
                else:
                    column += 1
                columns = max(columns, column)
            _done(node)
    except etree.XMLSyntaxError as exc:
        raise ValueError("不是格式正确的工作表") from exc
    return Extent(rows, columns, cells, prefixed)


_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


_ODF_PREFIXES = re.compile(rb"""xmlns:(table|office|text)\s*=\s*["']([^"']*)["']""")
_ODF = {b"table": _TABLE.encode(), b"office": _OFFICE.encode(), b"text": _TEXT.encode()}


def ods_extents(content: bytes) -> list[tuple[str, Extent]]:
    """Per table of an OpenDocument spreadsheet, in order, the furthest row and column holding a value,
    with repeated rows and cells counted as the readers expand them (empty repeats at the end are free),
    and the bytes of the cells so expanded (each copy of a repeated cell holds its own text). The reader
    knows elements by their written names (table:table-row), so those prefixes must mean what they say;
    raises ValueError for a document it cannot follow to the end, two tables of one name or a table in
    a table."""
    for prefix, uri in _ODF_PREFIXES.findall(content):
        if _ODF[prefix] != uri:
            raise ValueError(f"的内容把 {prefix.decode()}: 用作了别的含义，不是标准的 OpenDocument 表格")
    found: list[tuple[str, Extent]] = []
    name, rows, last_row, last_column, cells, text = "", 0, 0, 0, 0, 0
    row_repeat, row_has_value, column, inside, in_cell = 1, False, 0, False, 0
    try:
        for event, node in etree.iterparse(io.BytesIO(content), events=("start", "end"), resolve_entities=False):
            tag = node.tag
            if event == "start":
                if tag == f"{{{_TABLE}}}table":
                    if inside:
                        raise ValueError("的表格里套着表格，不是月报的格式")
                    inside = True
                    name, rows, last_row, last_column, cells, text = node.get(f"{{{_TABLE}}}name", ""), 0, 0, 0, 0, 0
                elif tag == f"{{{_TABLE}}}table-row":
                    if in_cell:
                        raise ValueError("的单元格里套着表格行，不是月报的格式")
                    row_repeat = int(node.get(f"{{{_TABLE}}}number-rows-repeated", "1"))
                    row_has_value, column = False, 0
                elif tag in (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"):
                    if in_cell:
                        raise ValueError("的单元格里套着单元格，不是月报的格式")
                    in_cell += 1
                continue
            if tag in (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"):
                in_cell -= 1
                repeat = int(node.get(f"{{{_TABLE}}}number-columns-repeated", "1"))
                column += repeat
                if node.get(f"{{{_OFFICE}}}value-type") is not None or len(node):
                    row_has_value = True
                    last_column = max(last_column, column)
                    cells += repeat * row_repeat
                    # A run of spaces is written once with its count (text:s text:c="…"): the reader expands it.
                    spaces = sum(max(int(run.get(f"{{{_TEXT}}}c", "1")), 0) for run in node.iter(f"{{{_TEXT}}}s"))
                    text += (len(etree.tostring(node)) + spaces) * repeat * row_repeat
                node.clear()
            elif tag == f"{{{_TABLE}}}table-row":
                rows += row_repeat
                if row_has_value:
                    last_row = rows
                node.clear()
            elif tag == f"{{{_TABLE}}}table":
                if any(name == seen for seen, _ in found):
                    raise ValueError(f"有两个同名的工作表“{name}”，不是正常保存的表格文件")
                found.append((name, Extent(last_row, last_column, cells, text=text)))
                inside = False
    except etree.XMLSyntaxError as exc:
        raise ValueError("的内容已损坏（不是格式正确的 XML）") from exc
    return found


# BIFF8 records that place a cell: (row, column) in their first four bytes; MULRK and MULBLANK end with
# the last column of their run.
_BIFF_CELLS = frozenset({0x0006, 0x00FD, 0x0203, 0x027E, 0x0201, 0x0204, 0x0205, 0x00D6, 0x00BD, 0x00BE})
_BIFF_RUNS = frozenset({0x00BD, 0x00BE})
_BIFF_BOF, _BIFF_EOF, _BIFF_SHEET = 0x0809, 0x000A, 0x0085
_BIFF_SST, _BIFF_CONTINUE, _BIFF_LABELSST, _BIFF_DIMENSIONS = 0x00FC, 0x003C, 0x00FD, 0x0200
# What one shared string may hold (65,535 characters), at three bytes a character once read: the size
# counted for a cell whose string the table does not give.
_BIFF_LONGEST = 0xFFFF * 3


def _sst_sizes(pieces: list[bytes]) -> list[int]:
    """The size of each string of a shared-string table (the SST record and its CONTINUE records), three
    bytes a character. Character data that runs into the next record starts there with a new flag byte;
    formatting runs and phonetic data are skipped. Stops where the table does not parse."""
    sizes: list[int] = []
    if not pieces or len(pieces[0]) < 8:
        return sizes
    k, data, pos = 0, pieces[0], 8
    try:
        for _ in range(struct.unpack_from("<I", data, 4)[0]):
            if pos >= len(data):
                k, data, pos = k + 1, pieces[k + 1], 0
            chars, flags = struct.unpack_from("<HB", data, pos)
            pos += 3
            runs = ext = 0
            if flags & 0x08:
                runs = struct.unpack_from("<H", data, pos)[0]
                pos += 2
            if flags & 0x04:
                ext = max(struct.unpack_from("<i", data, pos)[0], 0)
                pos += 4
            width, got = 2 if flags & 0x01 else 1, 0
            while True:
                step = min((len(data) - pos) // width, chars - got)
                pos, got = pos + step * width, got + step
                if got >= chars:
                    break
                k, data = k + 1, pieces[k + 1]
                width, pos = (2 if data[0] & 0x01 else 1), 1
            skip = 4 * runs + ext
            while skip:
                step = min(skip, len(data) - pos)
                pos, skip = pos + step, skip - step
                if skip:
                    k, data, pos = k + 1, pieces[k + 1], 0
            sizes.append(chars * 3)
    except (IndexError, struct.error):
        pass  # a damaged table: the strings it did not give count at their longest
    return sizes


def _sheet_name(book: bytes, body: int, size: int) -> str:
    """The name in a BOUNDSHEET record: 8-bit or UTF-16 characters after a length and a flag byte."""
    if size < 8:
        return ""
    length, wide = book[body + 6], book[body + 7] & 1
    raw = book[body + 8 : body + 8 + length * (2 if wide else 1)]
    return raw.decode("utf-16-le" if wide else "latin-1", errors="replace")


def xls_extents(data: bytes) -> list[tuple[str, Extent]]:
    """Per sheet of a legacy .xls, its name and the furthest row and column that hold a cell, read from
    the cell records themselves and from the DIMENSIONS the reader sizes its grid by, and the text its
    cells take from the shared strings (the reader copies a string into every cell that refers to it).
    Each sheet is the one at the position its BOUNDSHEET record gives, where the reader looks for it;
    raises ValueError when that is not where a sheet begins."""
    try:
        with olefile.OleFileIO(data) as ole:
            stream = next((s for s in ("Workbook", "Book") if ole.exists(s)), None)
            if stream is None:
                return []
            book = ole.openstream(stream).read()
    except (OSError, ValueError, IndexError) as exc:
        raise ValueError("已损坏，无法打开") from exc
    sheets: list[tuple[str, int]] = []  # (name, position) from the BOUNDSHEET records
    found: dict[int, Extent] = {}  # each sheet by the position of its BOF record
    table: list[bytes] | None = None  # the shared-string table's records while they are read
    sizes: list[int] = []
    at, depth, start, rows, columns, cells, text = 0, 0, 0, 0, 0, 0, 0
    unpack = struct.unpack_from
    while at + 4 <= len(book):
        kind, size = unpack("<HH", book, at)
        body = at + 4
        record, at = at, body + size
        if table is not None:
            if kind == _BIFF_CONTINUE:
                table.append(book[body:at])
                continue
            sizes, table = _sst_sizes(table), None
        if kind == _BIFF_BOF:
            depth += 1
            start, rows, columns, cells, text = record, 0, 0, 0, 0
        elif kind == _BIFF_EOF:
            if depth > 1:  # the end of a sheet (depth 1 is the workbook globals)
                found[start] = Extent(rows, columns, cells, text=text)
            depth = max(depth - 1, 1)
        elif kind == _BIFF_SHEET and depth == 1 and size >= 4:
            sheets.append((_sheet_name(book, body, size), unpack("<I", book, body)[0]))
        elif kind == _BIFF_SST and depth == 1:
            table = [book[body:at]]
        elif kind == _BIFF_DIMENSIONS and depth > 1 and size >= 10:
            last_row, last_column = (
                (unpack("<I", book, body + 4)[0], unpack("<H", book, body + 10)[0])
                if size >= 14
                else (unpack("<H", book, body + 2)[0], unpack("<H", book, body + 6)[0])
            )
            rows, columns = max(rows, last_row), max(columns, last_column)
        elif kind in _BIFF_CELLS and size >= 4 and depth > 1:
            row, column = unpack("<HH", book, body)
            if kind in _BIFF_RUNS and size >= 6:
                column = unpack("<H", book, body + size - 2)[0]
            rows, columns, cells = max(rows, row + 1), max(columns, column + 1), cells + 1
            if kind == _BIFF_LABELSST and size >= 10:
                index = unpack("<I", book, body + 6)[0]
                text += sizes[index] if index < len(sizes) else _BIFF_LONGEST
    if any(position not in found for _, position in sheets):
        raise ValueError("的工作表位置与内容不符，已损坏")
    return [(name, found[position]) for name, position in sheets]
