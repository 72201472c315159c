"""Hostile and careless files: each is refused with a Chinese message that names the file and says
what to do, and none makes the reader allocate what the file merely claims."""

from __future__ import annotations

import io
import re
import struct
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterable

import pytest
from openpyxl import Workbook

from lib.ingest.read import UnreadableFile, read_sheets
from tests.conftest import ROOT


def xlsx(cells: dict[str, object]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "三同"
    ws.append(["企业名称", "统一社会信用代码", "产品名称"])
    for ref, value in cells.items():
        ws[ref] = value
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def refused(data: bytes, name: str) -> str:
    with pytest.raises(UnreadableFile) as caught:
        read_sheets(data, name)
    text = str(caught.value)
    assert name in text and "请" in text, text
    return text


def read_capped(path) -> subprocess.CompletedProcess:
    """read_sheets of the file in a process capped at 1 GB of address space; prints the refusal."""
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from lib.ingest.read import UnreadableFile, read_sheets\n"
        "try:\n"
        f"    read_sheets(open({str(path)!r}, 'rb').read(), {path.name!r})\n"
        "except UnreadableFile as exc:\n"
        "    print(exc)\n"
    )
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_a_stray_cell_far_away_is_refused_without_allocating_its_grid(tmp_path):
    """5 KB that would ask a reader for a 200,000 × 16,384 grid: refused, in a process capped at 1 GB."""
    data = xlsx({"XFD200000": "x"})
    assert len(data) < 10_000
    path = tmp_path / "stray.xlsx"
    path.write_bytes(data)
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "XFD200000" in run.stdout and "工作表“三同”" in run.stdout and "删除多余的行和列" in run.stdout


def _sheet_moved(data: bytes, target: str, part: str) -> bytes:
    """The package with its worksheet stored as part and the workbook's relationship pointing at target."""
    moved = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(moved, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            content, name = source.read(info.filename), info.filename
            if name == "xl/worksheets/sheet1.xml":
                name = part
            elif name == "xl/_rels/workbook.xml.rels":
                content = content.replace(b"/xl/worksheets/sheet1.xml", target.encode())
            elif name == "[Content_Types].xml":
                content = content.replace(b"/xl/worksheets/sheet1.xml", f"/{part}".encode())
            out.writestr(name, content)
    return moved.getvalue()


@pytest.mark.parametrize(
    ("target", "part"),
    [
        ("/xl/data/far.xml", "xl/data/far.xml"),  # a worksheet outside xl/worksheets/
        ("worksheets/../worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"),  # a path that takes a detour
        ("worksheets\\sheet1.xml", "xl/worksheets/sheet1.xml"),  # a path no entry of the package has
    ],
)
def test_a_far_cell_in_a_worksheet_stored_oddly_is_refused_too(tmp_path, target, part):
    """Wherever the workbook says its worksheet is, the sheet a reader would open is bounded first: in a
    process capped at 1 GB, as for the plain stray cell."""
    path = tmp_path / "odd.xlsx"
    path.write_bytes(_sheet_moved(xlsx({"XFD200000": "x"}), target, part))
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "XFD200000" in run.stdout and "删除多余的行和列" in run.stdout


def _part_rewritten(data: bytes, part: str, change, extra: dict[str, bytes] | None = None) -> bytes:
    """The package with one part passed through change (and any extra parts added as they are)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            target.writestr(info.filename, change(content) if info.filename == part else content)
        for name, content in (extra or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def _sheet_rewritten(data: bytes, change) -> bytes:
    """The package with its worksheet's XML passed through change."""
    return _part_rewritten(data, "xl/worksheets/sheet1.xml", change)


def _prefixed(xml: bytes) -> bytes:
    """Every element of the sheet under the prefix x: (the same document to an XML reader)."""
    xml = re.sub(rb"<(/?)(\w)", rb"<\1x:\2", xml)
    return xml.replace(b"<x:worksheet xmlns=", b"<x:worksheet xmlns:x=")


def _implicit(xml: bytes) -> bytes:
    """Cells with no attributes at all: each goes next to the one before, its row given by the row
    element; the far row gets 400 more cells, so the grid is 190,000 rows by 401 columns."""
    xml = re.sub(rb"<x:c [^>]*>", b"<x:c>", _prefixed(xml))
    return xml.replace(b"</x:row></x:sheetData>", b"<x:c><x:v>1</x:v></x:c>" * 400 + b"</x:row></x:sheetData>")


FAR = b'r="XFD190000"'


@pytest.mark.parametrize(
    "change",
    [
        lambda x: x.replace(FAR, FAR.lower()),  # column letters in lower case
        lambda x: x.replace(b"<c " + FAR, b"<c\t" + FAR),  # a tab before the position
        lambda x: x.replace(b"<c " + FAR, b"<c\n  " + FAR),  # a line break
        lambda x: x.replace(b"<c " + FAR + b' t="inlineStr"', b'<c t="inlineStr" ' + FAR),  # position second
        lambda x: x.replace(FAR, b"r='XFD190000'"),  # single quotes
        lambda x: x.replace(FAR, b'r="AAAA190000"'),  # four letters
        # in the second row, beyond the last column a table has (a grid of only 950,508 cells)
        lambda x: x.replace(FAR, b'r="ZZZZ2"').replace(b'<row r="190000"', b'<row r="2"'),
        lambda x: x.replace(b"<c " + FAR, b'<c r="A1" ' + FAR),  # two positions: the reader takes the last
        _prefixed,  # every element under a prefix
        _implicit,  # under a prefix, with positions left out
    ],
    ids=[
        "lower-case",
        "tab",
        "line-break",
        "position-second",
        "quotes",
        "four-letters",
        "far-right",
        "two-positions",
        "prefixed",
        "implicit",
    ],
)
def test_a_far_cell_written_the_way_no_spreadsheet_program_writes_it_is_found_too(tmp_path, change):
    """The same 5 KB stray cell, its XML written in forms that mean the same to the spreadsheet reader:
    each is refused (or named as damaged), in a process capped at 1 GB, never read into a grid."""
    data = _sheet_rewritten(xlsx({"XFD190000": "x"}), change)
    assert len(data) < 10_000
    path = tmp_path / "odd.xlsx"
    path.write_bytes(data)
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "工作表“三同”" in run.stdout and ("已拒收" in run.stdout or "已损坏" in run.stdout), run.stdout


def _with_part(data: bytes, part: str, content: Iterable[bytes], kind: str) -> bytes:
    """The package with one more part, which the workbook's relationships name as being of kind."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "xl/_rels/workbook.xml.rels":
                link = f'<Relationship Id="rId99" Type="{REL}/{kind}" Target="{part.removeprefix("xl/")}"/>'
                body = body.replace(b"</Relationships>", link.encode() + b"</Relationships>")
            target.writestr(info, body)
        with target.open(part, "w", force_zip64=True) as stream:
            for piece in content:
                stream.write(piece)
    return out.getvalue()


REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def test_millions_of_shared_strings_are_refused_before_the_workbook_is_opened():
    """A few hundred KB whose shared strings hold seven million empty entries: the reader would build
    every one when it opens the workbook. Refused, naming the part, without holding it in memory."""
    strings = [b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">']
    strings += [b"<si/>" * 100_000] * 70 + [b"</sst>"]
    data = _with_part(xlsx({"A2": "x"}), "xl/sharedStrings.xml", strings, "sharedStrings")
    assert len(data) < 200_000
    text = refused(data, "strings.xlsx")
    assert "xl/sharedStrings.xml" in text and "7,000,00" in text


def test_millions_of_merged_ranges_are_refused_before_they_are_read():
    """A few hundred KB holding 300,000 merged ranges (each read becomes objects of its own; 11 million in
    650 KB killed a process capped at 1 GB): refused, naming the sheet and what to do."""

    def merged(xml: bytes) -> bytes:
        head, tail = xml.split(b"</sheetData>")
        ranges = b'<mergeCell ref="A1:B2"/>' * 300_000
        return head + b"</sheetData><mergeCells>" + ranges + b"</mergeCells>" + tail

    data = _sheet_rewritten(xlsx({"A2": "x"}), merged)
    assert len(data) < 200_000
    text = refused(data, "merged.xlsx")
    assert "工作表“三同”" in text and "合并单元格" in text


def _referring(strings: list[str], cells: int, index: int | str) -> bytes:
    """A workbook with these shared strings whose sheet has `cells` more cells, all referring to one
    (index as written in the cells)."""

    def rows(xml: bytes) -> bytes:
        head, tail = xml.split(b"</sheetData>")
        row = "".join(f'<c r="{c}{{r}}" t="s"><v>{index}</v></c>' for c in "ABCDE")
        body = "".join(f'<row r="{r}">{row.format(r=r)}</row>' for r in range(10, 10 + cells // 5))
        return head + body.encode() + b"</sheetData>" + tail

    table = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    table += "".join(f"<si><t>{text}</t></si>" for text in strings) + "</sst>"
    data = _sheet_rewritten(xlsx({"A2": "x"}), rows)
    return _with_part(data, "xl/sharedStrings.xml", [table.encode()], "sharedStrings")


def test_cells_copying_one_long_shared_string_are_refused(tmp_path):
    """120 KB: 50,000 cells each referring to one 30,000-character shared string, which the reader copies
    into every cell (1.5 GB). Refused in a process capped at 1 GB, before the sheet is read."""
    path = tmp_path / "copies.xlsx"
    path.write_bytes(_referring(["x" * 30_000], 50_000, 0))
    assert path.stat().st_size < 200_000
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "工作表“三同”" in run.stdout and "超长的文字" in run.stdout, run.stdout


def test_an_index_written_oddly_counts_as_the_longest_string(tmp_path):
    """`+0` is an index to the reader (it copied the 1 MB string into 2,000 cells and aborted): a cell
    whose index the check cannot read counts at the longest string."""
    path = tmp_path / "plus.xlsx"
    path.write_bytes(_referring(["x" * 1_000_000], 2_000, "+0"))
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "超长的文字" in run.stdout, run.stdout


def _three_sheets(data: bytes) -> bytes:
    """The workbook with its sheet twice more, as 表2 and 表3."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "xl/workbook.xml":
                extra = "".join(
                    f'<sheet xmlns:r="{REL}" name="表{n}" sheetId="{n + 5}" r:id="rId{n + 5}"/>' for n in (2, 3)
                )
                body = body.replace(b"</sheets>", extra.encode() + b"</sheets>")
            elif info.filename == "xl/_rels/workbook.xml.rels":
                links = "".join(
                    f'<Relationship Id="rId{n + 5}" Type="{REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                    for n in (2, 3)
                )
                body = body.replace(b"</Relationships>", links.encode() + b"</Relationships>")
            target.writestr(info, body)
        sheet = source.read("xl/worksheets/sheet1.xml")
        for n in (2, 3):
            target.writestr(f"xl/worksheets/sheet{n}.xml", sheet)
    return out.getvalue()


def test_the_text_of_all_sheets_together_is_bounded(tmp_path):
    """Sheets each under the text budget, together over it (all are kept while the return is checked):
    three sheets copying a 1 MB string into 60 cells each, and one sheet of 170 MB of its own text."""
    data = _referring(["x" * 1_000_000], 60, 0)
    text = refused(_three_sheets(data), "sheets.xlsx")
    assert "到工作表“表3”为止" in text
    (one,) = read_sheets(data, "one.xlsx")  # any one of them alone is read
    assert len(one.rows) == 21

    def own_text(xml: bytes) -> bytes:
        cells = b"".join(b'<c t="inlineStr"><is><t>' + b"x" * 1_000_000 + b"</t></is></c>" for _ in range(170))
        return xml.replace(b"</sheetData>", b'<row r="5">' + cells + b"</row></sheetData>")

    assert "为止" in refused(_sheet_rewritten(xlsx({"A2": "x"}), own_text), "own.xlsx")


def test_a_large_return_whose_texts_are_shared_as_excel_saves_them_is_read(monkeypatch):
    """Excel and WPS keep a return's texts in one table of shared strings. A return whose text is 40 % of
    the budget is read, not refused: each sheet counts its own strings (a quick bound first: the cells that
    refer to one, at the longest), and when the workbook nears the budget every sheet is counted exactly.
    Before, the quick bound counted every stretch of a sheet's XML as a cell holding the longest string,
    and a 100,000-row return saved by Excel was refused as "约 166 MB" of text."""
    strings = ["x" * 100] + [f"企业名称{n:03d}" for n in range(100)]
    data = _three_sheets(_referring(strings, 2_000, 1))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        sheets = sum(len(package.read(f"xl/worksheets/sheet{n}.xml")) for n in (1, 2, 3))
    exact = sheets + 3 * 2_000 * len("<si><t>企业名称000</t></si>".encode())
    monkeypatch.setattr("lib.ingest.bounds.MAX_TEXT", exact * 5 // 2)
    assert [len(sheet.rows) for sheet in read_sheets(data, "excel.xlsx")] == [409, 409, 409]
    monkeypatch.setattr("lib.ingest.bounds.MAX_TEXT", exact * 9 // 10)  # the same return over a smaller budget
    assert "到工作表“表3”为止" in refused(data, "excel.xlsx")


def _measured(part: bytes, piece: int | None = None) -> list[int]:
    """The shared-string sizes of a part measured as it comes out, in pieces of piece bytes (or whole)."""
    from lib.ingest import bounds

    step = piece or len(part) or 1
    return list(bounds.measure((part[at : at + step] for at in range(0, len(part), step)), len(part))[1])


def test_shared_strings_written_plainly_are_measured_from_one_start_to_the_next():
    """A table as Excel writes it (plain, rich text, empty strings) is measured by counts and a split: each
    string from its start to the next one's, the last to the end of the part. A string opened inside
    another is not plain: the table then counts every string as all of it. The part is measured as it is
    decompressed, and however it comes cut into pieces the sizes are the same."""
    head = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="urn:x" count="4">'
    strings = [
        b"<si><t>\xe4\xbc\x81\xe4\xb8\x9a</t></si>",
        b"<si><r><t>a</t></r><r><t>b</t></r></si>",
        b"<si><t/></si>",
    ]
    table = head + b"".join(strings) + b"<si><t>x</t></si></sst>"
    starts = [match.start() for match in re.finditer(b"<si>", table)]
    sizes = [b - a for a, b in zip(starts, [*starts[1:], len(table)], strict=True)]
    nested = head + b"<si><t>a</t><si><t>b</t></si></si><si><t>c</t></si></sst>"
    spaced = head + b"<si><t>a</t></si> <si><t>b</t></si><x:si><t>c</t></x:si></sst>"  # flat, not plain
    spaced_starts = [match.start() for match in re.finditer(rb"<(?:x:)?si>", spaced)]
    spaced_sizes = [b - a for a, b in zip(spaced_starts, [*spaced_starts[1:], len(spaced)], strict=True)]
    for piece in (None, *range(1, len(nested) + 1)):
        assert _measured(table, piece) == sizes
        assert _measured(nested, piece) == [len(nested)] * 3
        assert _measured(spaced, piece) == spaced_sizes


def test_shared_strings_whose_order_a_search_cannot_tell_count_as_the_whole_table():
    """A comment holding `<si>` inside the one long string: a search of the bytes would take it for a
    second string and measure string 0 as 8 bytes. Such a table counts every string as all of it."""
    table = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><!--<si>--><t>'
    table += "x" * 1_000_000 + "</t></si></sst>"

    def rows(xml: bytes) -> bytes:
        cells = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(10, 210))
        return xml.replace(b"</sheetData>", cells.encode() + b"</sheetData>")

    data = _with_part(
        _sheet_rewritten(xlsx({"A2": "x"}), rows), "xl/sharedStrings.xml", [table.encode()], "sharedStrings"
    )
    assert "为止" in refused(data, "hidden.xlsx")


def test_opendocument_spaces_written_with_a_count_count_as_expanded(tmp_path):
    """`<text:s text:c="50000000"/>` is 50 million spaces to the reader (20 such cells in 841 bytes killed a
    process capped at 1 GB): the count is what the cell's text costs."""

    def spaced(xml: bytes) -> bytes:
        return xml.replace(b"<text:p>x</text:p>", b'<text:p>x<text:s text:c="50000000"/>y</text:p>')

    path = tmp_path / "spaces.ods"
    path.write_bytes(_ods_rewritten(ods(1, 20), spaced))
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "为止" in run.stdout, run.stdout


def test_one_long_shared_string_among_short_ones_is_read():
    """The same sheet whose cells refer to a short string: the long one is counted once, the file read."""
    (sheet,) = read_sheets(_referring(["x" * 30_000, "南湖区"], 50_000, 1), "fine.xlsx")
    assert len(sheet.rows) == 10_009 and sheet.rows[-1] == ["南湖区"] * 5


def test_two_parts_of_the_same_name_are_refused():
    """Readers disagree on which of two same-named parts they open: the one bounded may not be the one read."""
    data = xlsx({"A2": "x"})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        with pytest.warns(UserWarning, match="Duplicate name"):
            target.writestr("xl/worksheets/sheet1.xml", source.read("xl/worksheets/sheet1.xml"))
    assert "重名" in refused(out.getvalue(), "twice.xlsx")


def test_too_many_rows_is_refused_before_reading():
    text = refused(xlsx({"A250000": "x"}), "long.xlsx")
    assert "250,000" in text and "200,000" in text


def test_a_package_whose_entries_lie_about_their_size():
    data = bytearray(xlsx({"A2": "嘉兴市禾丰食品有限公司"}))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    real = info.file_size.to_bytes(4, "little")
    lie = (40).to_bytes(4, "little")
    # The uncompressed size sits in the local header and in the central directory entry.
    assert data.count(real) >= 2
    patched = bytes(data).replace(real, lie)
    text = refused(patched, "lying.xlsx")
    assert "大小不符" in text or "已损坏" in text


def test_many_sheets_each_within_the_row_limit_are_refused_together():
    """Each sheet is under the row limit, all of them together are not: refused before the sheets after the
    limit are read."""
    from lib.ingest.read import Limits

    wb = Workbook()
    for n in range(4):
        sheet = wb.active if n == 0 else wb.create_sheet()
        sheet.title = f"表{n + 1}"
        for row in range(15):
            sheet.append([f"嘉兴市第{row}有限公司", row])
    buffer = io.BytesIO()
    wb.save(buffer)
    with pytest.raises(UnreadableFile, match="超过 40 行") as caught:
        read_sheets(buffer.getvalue(), "four.xlsx", Limits(max_rows=40))
    assert "four.xlsx" in str(caught.value) and "延伸到" not in str(caught.value)  # not one sheet's extent
    assert len(read_sheets(buffer.getvalue(), "four.xlsx", Limits(max_rows=60))) == 4


def test_sheets_whose_one_cell_lies_far_down_count_every_row_above_it():
    """A sheet's rows are read from the first: one cell at row 30 of each sheet is 30 rows each."""
    from lib.ingest.read import Limits

    wb = Workbook()
    for n in range(4):
        sheet = wb.active if n == 0 else wb.create_sheet()
        sheet.title = f"表{n + 1}"
        sheet["A30"] = "x"
    buffer = io.BytesIO()
    wb.save(buffer)
    with pytest.raises(UnreadableFile, match="超过 100 行"):
        read_sheets(buffer.getvalue(), "far-down.xlsx", Limits(max_rows=100))
    assert [len(sheet.rows) for sheet in read_sheets(buffer.getvalue(), "far-down.xlsx")] == [30] * 4


def test_many_sheets_each_within_the_cell_limit_are_refused_together(tmp_path):
    """18 KB: 30 sheets, each spanning 1,900 rows by 3,034 columns with two cells (under the limit of one
    sheet): together 170 million cells once read. Refused in a process capped at 1 GB."""
    wb = Workbook()
    for n in range(30):
        sheet = wb.active if n == 0 else wb.create_sheet()
        sheet.title = f"表{n + 1}"
        sheet["A1"], sheet["DLR1900"] = "x", "y"
    path = tmp_path / "wide.xlsx"
    wb.save(path)
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "各工作表合计超过" in run.stdout, run.stdout


def test_a_damaged_worksheet_is_named():
    """A package that opens but one of whose sheets is cut off: refused, naming that sheet."""
    wb = Workbook()
    wb.active.title = "品字标"
    wb.active.append(["企业名称", "统一社会信用代码"])
    wb.create_sheet("对标达标").append(["企业名称", "统一社会信用代码"])
    buffer = io.BytesIO()
    wb.save(buffer)
    damaged = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            part = source.read(info.filename)
            target.writestr(info, part[: len(part) // 2] if info.filename == "xl/worksheets/sheet2.xml" else part)
    text = refused(damaged.getvalue(), "cut.xlsx")
    assert "工作表“对标达标”已损坏" in text and "另存为" in text


def test_a_password_protected_workbook_says_so():
    blob = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024) + "EncryptedPackage".encode("utf-16-le") + bytes(512)
    assert "打开密码" in refused(blob, "locked.xlsx")


def test_csv_with_a_nul_byte_or_a_huge_field():
    rows = "企业名称,统一社会信用代码,产品名称\n" + "嘉兴市禾丰食品有限公司,91330402MA2B00019E,汤圆\n" * 20
    sheet = read_sheets(rows.replace("禾丰", "禾\x00丰", 1).encode(), "nul.csv")[0]
    assert sheet.rows[1][0] == "嘉兴市禾丰食品有限公司"  # a stray NUL is dropped
    assert "不是 Excel 或 CSV" in refused(bytes(range(256)) * 8, "binary.csv")
    huge = ("企业名称,统一社会信用代码,产品名称\n甲公司,1," + "长" * 200_000 + "\n").encode()
    assert "超过" in refused(huge, "huge.csv")


def test_utf16_text_export_is_read():
    text = "企业名称\t统一社会信用代码\t产品名称\r\n嘉兴市禾丰食品有限公司\t91330402MA2B000190\t汤圆\r\n"
    sheets = read_sheets(b"\xff\xfe" + text.encode("utf-16-le"), "导出.txt")
    assert sheets[0].rows[1][0] == "嘉兴市禾丰食品有限公司"


@pytest.mark.parametrize("text", ["9999-12", "0000-01", "2024-13", "下个月"])
def test_periods_outside_the_calendar_are_refused_in_chinese(text):
    from lib.periods import parse_period

    with pytest.raises(ValueError, match="月份“") as caught:
        parse_period(text)
    assert caught.value.args[0].isascii() is False


def test_a_return_for_a_month_not_yet_begun_is_refused(ready_url, tmp_path):
    from tests.test_cli import cli

    path = tmp_path / "future.xlsx"
    path.write_bytes(xlsx({"A2": "嘉兴市禾丰食品有限公司", "B2": "91330402MA2B000190", "C2": "汤圆"}))
    run = cli(ready_url, "import", str(path), "--county", "南湖区", "--period", "2099-12")
    assert run.returncode == 1 and "该月还没有开始" in run.stderr and "Traceback" not in run.stderr
    run = cli(ready_url, "import", str(path), "--county", "南湖区", "--period", "9999-12")
    assert run.returncode == 1 and "请核对年份" in run.stderr and "Traceback" not in run.stderr


def test_control_characters_in_stored_text_do_not_break_exports(ready_url, tmp_path):
    """A name sent with a control character is stored as sent; the Excel export and the Word 通报 leave
    the character out instead of failing."""
    import dataclasses

    from docx import Document
    from openpyxl import load_workbook

    from lib.briefing.compose import compose_briefing
    from lib.briefing.docx import briefing_docx
    from lib.db import session_scope
    from lib.identifiers import make_uscc
    from lib.models import ProgramRecord
    from lib.periods import Period
    from lib.programs import get_registry
    from lib.region import load_region
    from tests.test_cli import cli
    from tests.test_upload import upload

    name = "嘉兴市\x01禾丰\x02食品有限公司"
    code = make_uscc("330402", "MA2B0001")
    data = f"企业名称,统一社会信用代码,产品名称,声明日期\n{name},{code},汤圆\x0b,2024-10-08\n".encode()
    _, result = upload(ready_url, data, "三同.csv")
    assert result.stored == 1
    with session_scope(ready_url) as session:
        stored = session.query(ProgramRecord.data).one()[0]
    assert stored["enterprise_name"] == name  # stored verbatim
    out = tmp_path / "三同.xlsx"
    run = cli(ready_url, "export", "--program", "three_same", "--out", str(out))
    assert run.returncode == 0, run.stderr
    cells = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    assert "嘉兴市禾丰食品有限公司" in cells
    with session_scope(ready_url) as session:
        briefing = compose_briefing(session, get_registry(), load_region("330400"), Period(2024, 10))
    hostile = dataclasses.replace(briefing, lead=briefing.lead + "（\x00南湖\x07区说明）")
    document = Document(io.BytesIO(briefing_docx(hostile)))
    assert "（南湖区说明）" in "\n".join(p.text for p in document.paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        "[点击](http://evil.example/a)",
        "http://evil.example/x",
        ":material/home: 企业",
        ":smile:",
        "A--B",
        "www.evil.cn",
    ],
)
def test_user_text_in_markdown_stays_as_typed(text):
    """Escaped text renders as typed in Streamlit's markdown (checked in Chromium: no link, icon or emoji):
    nothing a renderer would act on survives, and dropping the escapes gives the text back."""
    import re

    from lib.formatting import JOINER, md_escape

    shown = md_escape(text)
    assert re.sub(r"\\(.)", r"\1", shown.replace(JOINER, "")) == text
    bare = shown.replace("\\", "")
    assert "://" not in bare and not re.search(r":\w", bare) and "www" not in bare and "--" not in bare


@pytest.mark.parametrize(
    ("peer", "proxies", "trusted"),
    [
        (None, ("127.0.0.1", "::1"), True),  # Streamlit's None: the peer is this machine
        ("10.0.0.5", ("127.0.0.1", "::1"), False),
        ("10.0.0.5", ("10.0.0.0/24",), True),
        ("10.0.1.5", ("10.0.0.0/24",), False),
        ("not-an-address", ("0.0.0.0/0",), False),
    ],
)
def test_the_trusted_header_is_taken_only_from_the_proxy(peer, proxies, trusted):
    from lib.auth import from_trusted_proxy

    assert from_trusted_proxy(peer, proxies) is trusted


def ods(rows_repeated: int, columns_repeated: int, text: str = "x") -> bytes:
    """An OpenDocument sheet whose one value cell (holding text) is repeated over a block."""
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        f' xmlns:table="{table}" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        '<office:body><office:spreadsheet><table:table table:name="三同"><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>企业名称</text:p></table:table-cell></table:table-row>'
        f'<table:table-row table:number-rows-repeated="{rows_repeated}">'
        f'<table:table-cell table:number-columns-repeated="{columns_repeated}" office:value-type="string">'
        f"<text:p>{text}</text:p></table:table-cell></table:table-row>"
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest'
            ' xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/"'
            ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
    return buffer.getvalue()


def test_repeated_cells_of_an_opendocument_sheet_are_bounded():
    assert read_sheets(ods(2, 3), "small.ods")[0].rows[2] == ["x", "x", "x"]
    text = refused(ods(150_000, 16_384), "repeated.ods")
    assert "XFD150001" in text and "工作表“三同”" in text


def test_a_long_text_repeated_over_an_opendocument_block_is_refused(tmp_path):
    """900 bytes: one 30,000-character cell repeated over 1,000 rows by 50 columns, each copy its own
    text once read (1.5 GB). Refused in a process capped at 1 GB, naming the sheet."""
    path = tmp_path / "repeated.ods"
    path.write_bytes(ods(1000, 50, "x" * 30_000))
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "工作表“三同”" in run.stdout and "超长的文字" in run.stdout, run.stdout


def test_a_legacy_xls_with_a_far_cell_is_refused_before_reading():
    """6 KB of .xls with one cell at IV65536 would cost the reader over a gigabyte: refused first."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("三同")
    sheet.write(0, 0, "企业名称")
    sheet.write(65535, 255, "x")
    buffer = io.BytesIO()
    book.save(buffer)
    text = refused(buffer.getvalue(), "far.xls")
    assert "IV65536" in text and "工作表“三同”" in text


def test_the_shared_text_of_a_legacy_xls_is_measured_cell_by_cell():
    """The shared-string table of an .xls is read string by string, across the records it is split into
    (a long Chinese string, thousands of short ones): each cell counts its own string once."""
    import xlwt

    from lib.ingest import bounds

    book = xlwt.Workbook()
    sheet = book.add_sheet("三同")
    texts = ["嘉兴市南湖区" * 3000, *(f"企业{n}" for n in range(3000)), "x" * 9000]
    written = []
    for n, value in enumerate(texts):
        for column in range(1 + n % 3):
            sheet.write(n, column, value)
            written.append(value)
    buffer = io.BytesIO()
    book.save(buffer)
    ((name, found),) = bounds.xls_extents(buffer.getvalue())
    assert name == "三同" and found.cells == len(written)
    assert found.text == 3 * sum(map(len, written))


def test_cells_of_a_legacy_xls_copying_one_long_string_are_refused(tmp_path):
    """940 KB of .xls: 50,000 cells holding one 30,000-character string, which the reader copies into each
    (4 GB). Refused in a process capped at 1 GB, naming the sheet."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("三同")
    for row in range(10_000):
        for column in range(5):
            sheet.write(row, column, "x" * 30_000)
    path = tmp_path / "copies.xls"
    book.save(str(path))
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "工作表“三同”" in run.stdout and "超长的文字" in run.stdout, run.stdout


def test_a_csv_line_of_a_million_separators_is_refused_before_it_is_split():
    data = ("企业名称,统一社会信用代码,产品名称\n" + "," * 1_000_000 + "\n").encode()
    text = refused(data, "wide.csv")
    assert "1,000,001 列" in text and "16,384" in text


def test_a_csv_of_more_cells_than_a_workbook_may_hold_is_refused():
    line = "," * 16_000 + "\n"
    text = refused(("企业名称,统一社会信用代码,产品名称\n" + line * 400).encode(), "cells.csv")
    assert "6,000,000 个单元格" in text


def test_a_header_row_thousands_of_columns_wide_is_looked_at_in_its_first_columns(monkeypatch):
    """A header followed by 16,000 more header-like cells: the return is found in its first columns, and
    no header match is asked of more than MAX_HEADER_COLUMNS cells (each costs time)."""
    from lib.ingest import layout
    from lib.programs import get_registry

    program = get_registry().get("three_same")
    lines = [",".join([c.header for c in program.columns] + ["企业名称"] * 16_000)]
    lines += [f"嘉兴{n}号有限公司,91330402MA2B3C4D5E,南湖区,产品{n},工业品,2024-10-0{n},是" for n in range(1, 4)]
    sheet = read_sheets("\n".join(lines).encode(), "wide.csv")[0]
    asked: list[int] = []
    real = layout.match_header
    monkeypatch.setattr(
        layout, "match_header", lambda program, cells, *rest: asked.append(len(cells)) or real(program, cells, *rest)
    )
    (found,) = layout.find_layouts(sheet, get_registry())
    assert found.program.key == "three_same" and found.header_row == 0
    assert asked and max(asked) <= layout.MAX_HEADER_COLUMNS


def _ods_rewritten(data: bytes, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            target.writestr(info, change(body) if info.filename == "content.xml" else body)
    return out.getvalue()


TABLE_NS = b"urn:oasis:names:tc:opendocument:xmlns:table:1.0"


@pytest.mark.parametrize(
    "change",
    [
        lambda x: x.replace(b"<text:p>", b"<text:p>\x01", 1),  # a character XML does not allow: the check stopped
        lambda x: x.replace(b"</table:table>", '</table:table><table:table table:name="三同"/>'.encode()),  # again
        lambda x: x.replace(TABLE_NS, b"urn:example:other"),  # table: bound to another namespace
    ],
    ids=["control-character", "same-name", "other-namespace"],
)
def test_an_opendocument_file_the_check_cannot_follow_is_refused(tmp_path, change):
    """800 bytes repeating a cell over 1,000,000 × 30: the check must follow the document as the reader
    does, or refuse it (each of these once went past the check and killed a process capped at 1 GB)."""
    path = tmp_path / "odd.ods"
    path.write_bytes(_ods_rewritten(ods(1_000_000, 30), change))
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "已拒收" in run.stdout and "odd.ods" in run.stdout, run.stdout


def _xls_patched(tmp_path, change, source=None) -> bytes:
    """An .xls (source, or a small one written with xlwt) whose Workbook stream change alters in place,
    record by record."""
    import olefile
    import xlwt

    path = tmp_path / "patched.xls"
    if source is None:
        book = xlwt.Workbook()
        sheet = book.add_sheet("三同")
        sheet.write(0, 0, "企业名称")
        sheet.write(1, 0, "嘉兴一号有限公司")
        book.save(str(path))
    else:
        path.write_bytes(source.read_bytes())
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        stream = bytearray(ole.openstream("Workbook").read())
        at = 0
        while at + 4 <= len(stream):
            kind, size = struct.unpack_from("<HH", stream, at)
            change(stream, at, kind, size)
            at += 4 + size
        ole.write_stream("Workbook", bytes(stream))
    return path.read_bytes()


def test_sheets_of_one_name_or_parts_named_two_ways_are_refused():
    """Two sheets called 三同 (the reader opens the first, a check may look at the second), and a part
    whose name has a `./` in it (a pointer may be resolved to either spelling)."""

    def twice(body: bytes) -> bytes:
        return body.replace(
            b"</sheets>", f'<sheet xmlns:r="{REL}" name="三同" sheetId="9" r:id="rId9"/></sheets>'.encode()
        )

    data = xlsx({"A2": "x"})
    sheet = {"xl/./worksheets/sheet1.xml": zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")}
    assert "写法异常" in refused(_part_rewritten(data, "xl/workbook.xml", twice, sheet), "dotted.xlsx")
    assert "同名的工作表" in refused(_part_rewritten(data, "xl/workbook.xml", twice), "twice.xlsx")


def test_an_opendocument_row_inside_a_cell_is_refused(tmp_path):
    """A row written inside a repeated cell: the reader ignores it, a check that took it for a row lost
    the outer row's 190,000 repeats (900 bytes that killed a process capped at 1 GB)."""

    def nested(xml: bytes) -> bytes:
        return xml.replace(
            b"<text:p>x</text:p></table:table-cell>", b"<table:table-row/><text:p>x</text:p></table:table-cell>"
        )

    path = tmp_path / "nested.ods"
    path.write_bytes(_ods_rewritten(ods(190_000, 150), nested))
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "单元格里套着表格行" in run.stdout, run.stdout


def test_an_xls_whose_dimensions_claim_a_vast_grid_is_refused(tmp_path):
    """The reader sizes a sheet's grid by its DIMENSIONS record: 4 billion rows by 65,535 columns there
    killed a process capped at 1 GB. The check bounds what the reader trusts."""

    def vast(stream: bytearray, at: int, kind: int, size: int) -> None:
        if kind == 0x0200 and size == 14:
            struct.pack_into("<IIHH", stream, at + 4, 0, 0xFFFFFFFF, 0, 0xFFFF)

    path = tmp_path / "vast.xls"
    path.write_bytes(_xls_patched(tmp_path, vast))
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "工作表“三同”" in run.stdout and "已拒收" in run.stdout, run.stdout


def test_an_xls_whose_cells_claim_long_texts_is_read_apart_and_refused(tmp_path):
    """20,000 text cells each claiming 65,535 characters and holding one: the reader reserves the claimed
    length for every cell when it opens the file (1.3 GB) and would abort the server. The .xls is read in a
    process of its own, within a memory limit: that process dies, the server refuses the file."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("三同")
    for n in range(20_000):
        sheet.write(n // 10, n % 10, f"企业{n}")
    path = tmp_path / "claims.xls"
    book.save(str(path))

    def claim(stream: bytearray, at: int, kind: int, size: int) -> None:
        if kind == 0x00FD and size == 10:  # a shared-string cell becomes a text cell of the same size
            row, column, xf = struct.unpack_from("<HHH", stream, at + 4)
            struct.pack_into("<HHHHHHBc", stream, at, 0x0204, 10, row, column, xf, 0xFFFF, 0, b"x")

    path.write_bytes(_xls_patched(tmp_path, claim, source=path))
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "超出了内存或时间的限制" in run.stdout, run.stdout


def test_an_xls_sheet_the_workbook_places_elsewhere_is_refused(tmp_path):
    """The reader reads each sheet where the workbook's BOUNDSHEET record says; the check walks the
    stream. A position that is not where a sheet begins (there it could hide a sheet) is refused."""

    def moved(stream: bytearray, at: int, kind: int, size: int) -> None:
        if kind == 0x0085:
            struct.pack_into("<I", stream, at + 4, struct.unpack_from("<I", stream, at + 4)[0] + 4)

    assert "位置" in refused(_xls_patched(tmp_path, moved), "moved.xls")


def test_a_binary_workbook_is_refused_before_the_reader_sees_it():
    """An .xlsb (binary parts the checks cannot read) renamed .xlsx: the reader would take it unchecked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
        archive.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00")
    assert "xlsb" in refused(buffer.getvalue(), "binary.xlsx")


def test_one_text_of_hundreds_of_mb_is_refused():
    """A cell holding 280 MB of one letter compresses to a few hundred KB; the reader holds it twice."""

    def long_cell(xml: bytes) -> bytes:
        return xml.replace(b"<t>x</t>", b"<t>" + b"x" * 280_000_000 + b"</t>")

    text = refused(_sheet_rewritten(xlsx({"A2": "x"}), long_cell), "long.xlsx")
    assert "工作表“三同”" in text and "2 MB" in text
    text = refused(ods(1, 1, "x" * 250_000_000), "long.ods")
    assert "2 MB" in text


def test_many_sheets_or_sheets_sharing_one_part_are_refused():
    wb = Workbook()
    for n in range(250):
        (wb.active if n == 0 else wb.create_sheet()).title = f"表{n}"
    buffer = io.BytesIO()
    wb.save(buffer)
    assert "250 个工作表" in refused(buffer.getvalue(), "sheets.xlsx")

    def shared(body: bytes) -> bytes:
        extra = f'<sheet xmlns:r="{REL}" name="again" sheetId="9" r:id="rId1"/>'.encode()
        return body.replace(b"</sheets>", extra + b"</sheets>")

    assert "同一份内容" in refused(_part_rewritten(xlsx({"A2": "x"}), "xl/workbook.xml", shared), "twice.xlsx")


def test_a_formula_saved_without_result_is_worked_out_once_per_cell(monkeypatch):
    """A chain of formulas each referring six times to the next (saved by a program without results):
    each cell is worked out once, not 6⁵ times, and the value is still the text at the end."""
    from lib.ingest import read as reader

    wb = Workbook()
    sheet = wb.active
    for column in "BCDEF":
        sheet[f"{column}1"] = "=" + "&".join([f"{chr(ord(column) + 1)}1"] * 6)
    sheet["G1"] = "嘉"
    buffer = io.BytesIO()
    wb.save(buffer)
    (read,) = read_sheets(buffer.getvalue(), "chain.xlsx")
    calls: list[str] = []
    evaluate = reader._evaluate
    monkeypatch.setattr(reader, "_evaluate", lambda formula, *rest: calls.append(formula) or evaluate(formula, *rest))
    assert read.formula_value(0, 1) == "嘉" * 6**5
    assert len(calls) == 5


def test_csv_lines_ended_by_carriage_returns_alone_are_read():
    """Classic Mac line ends: each is a line of its own, not one long line of every separator."""
    lines = ["企业名称,统一社会信用代码,产品名称"]
    lines += [f"嘉兴{n}号有限公司,91330402MA2B3C4D5E,产品{n}" for n in range(20_000)]
    (sheet,) = read_sheets("\r".join(lines).encode(), "mac.csv")
    assert len(sheet.rows) == 20_001 and sheet.rows[-1][2] == "产品19999"


def test_merged_ranges_wider_than_their_rows_cost_only_the_rows():
    """10,000 merged ranges as wide as a sheet can be (A1:XFD11) over rows three cells wide: the header
    search copies a merged value only into cells the rows have."""
    from lib.ingest import layout

    def merged(xml: bytes) -> bytes:
        head, tail = xml.split(b"</sheetData>")
        return head + b"</sheetData><mergeCells>" + b'<mergeCell ref="A1:XFD11"/>' * 10_000 + b"</mergeCells>" + tail

    (sheet,) = read_sheets(_sheet_rewritten(xlsx({"A2": "x"}), merged), "merged.xlsx")
    started = time.process_time()
    rows = layout._Rows(sheet)
    assert [rows.text(r) for r in range(2)] == [
        ["企业名称", "统一社会信用代码", "产品名称"],
        ["x", "企业名称", "企业名称"],
    ]
    # Before: a step for every column of every range (seconds). A bound a busy machine cannot reach.
    assert time.process_time() - started < 3


def test_long_cell_texts_are_not_kept_after_they_are_read():
    """The parsers remember the short texts they saw (cells repeat); a long one is worked out and let go."""
    from lib.ingest import normalise

    held = normalise.clean_text.cache_info().currsize
    assert normalise.clean_text("嘉兴" * 200_000 + " ") == "嘉兴" * 200_000
    assert normalise.clean_text.cache_info().currsize == held
    normalise.clean_text(f"南湖区{id(held)}号 ")  # a text no other test has read
    assert normalise.clean_text.cache_info().currsize == held + 1


def test_parts_and_sheets_too_big_to_parse_are_refused_before_they_are_parsed(tmp_path):
    """A workbook part of 17 MB (a few KB compressed) is refused before it is parsed into a tree (it
    cost 1.5 GB and a raw MemoryError); a sheet that must be walked cell by cell and holds millions of
    elements is refused after a bounded walk that keeps no tree (2 GB and 24 s before)."""

    def padded(body: bytes) -> bytes:
        return body.replace(b"</sheets>", b"</sheets>" + b"<x/>" * 4_300_000)

    assert "xl/workbook.xml" in refused(_part_rewritten(xlsx({"A2": "x"}), "xl/workbook.xml", padded), "padded.xlsx")

    def walked(xml: bytes) -> bytes:  # one cell in single quotes makes the sheet one to walk
        xml = xml.replace(b'<c r="A2"', b"<c r='A2'")
        return xml.replace(b"</sheetData>", b"</sheetData>" + b"<x/>" * 15_000_000)

    path = tmp_path / "walked.xlsx"
    path.write_bytes(_sheet_rewritten(xlsx({"A2": "x"}), walked))
    run = read_capped(path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "已拒收" in run.stdout, run.stdout


def test_formulas_saved_without_results_have_a_budget_over_the_workbook(monkeypatch):
    """1,000 cells whose formulas (saved without results) join 250 references each: the workbook's formulas
    are followed up to a budget of references, then show nothing (56 s for 18,000 of them before)."""
    from lib.ingest import read as reader

    wb = Workbook()
    sheet = wb.active
    sheet["A1"] = "嘉"
    for row in range(2, 1002):
        sheet[f"B{row}"] = "=" + "&".join(["A1"] * 250)
    buffer = io.BytesIO()
    wb.save(buffer)
    (read,) = read_sheets(buffer.getvalue(), "formulas.xlsx")
    split: list[str] = []
    arguments = reader._arguments
    monkeypatch.setattr(reader, "_arguments", lambda text, separator: split.append(text) or arguments(text, separator))
    values = [read.formula_value(row, 1) for row in range(1, 1001)]
    assert values[0] == "嘉" * 250 and values[-1] is None
    assert len(split) < 1000


def test_a_header_like_row_on_every_line_costs_a_bounded_search():
    """Thousands of rows that each look a little like a header: the reader stops looking for new
    blocks after a bounded number of tries instead of taking hours."""
    import time

    from lib.ingest.layout import find_layouts
    from lib.programs import get_registry

    rows = [["企业名称", "统一社会信用代码", "产品名称"]]
    rows += [["产品名称", "企业名称", f"备注{n}", "对标标准"] for n in range(20_000)]
    buffer = io.BytesIO()
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(buffer)
    sheet = read_sheets(buffer.getvalue(), "many.xlsx")[0]
    started = time.process_time()
    layouts = find_layouts(sheet, get_registry())
    assert layouts and time.process_time() - started < 60


def test_whatever_kills_the_reader_kills_only_its_own_process(monkeypatch):
    """The spreadsheet reader aborts the process it runs in when an allocation fails, and no check can
    foresee every way a file makes it allocate. It runs in a process of its own: here that process is given
    too little memory for a 20,000-row return, dies, and the server refuses the file and goes on reading."""
    from lib.ingest import read

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("三同")
    sheet.append(["企业名称", "统一社会信用代码", "所属县（市、区）", "产品名称", "数量", "日期"])
    for n in range(20_000):
        sheet.append([f"企业{n}号有限公司", "91330402MA2B3C4D5E", "南湖区", f"产品{n}", 3.5, "2024-10-01"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    monkeypatch.setattr(read._Apart, "MEMORY", 90 << 20)
    text = refused(data, "returns.xlsx")
    assert "超出了内存或时间的限制" in text
    monkeypatch.undo()
    (whole,) = read_sheets(data, "returns.xlsx")
    assert len(whole.rows) == 20_001 and whole.rows[-1][3] == "产品19999"


def test_the_server_never_loads_the_spreadsheet_reader(tmp_path):
    """Every workbook, of every kind, is read apart: the reader's code is never in the server's process."""
    import xlwt

    book = xlwt.Workbook()
    book.add_sheet("三同").write(0, 0, "企业名称")
    book.save(str(tmp_path / "old.xls"))
    (tmp_path / "new.xlsx").write_bytes(xlsx({"A2": "嘉兴市禾丰食品有限公司"}))
    script = (
        "import sys\n"
        "from lib.ingest.read import read_sheets\n"
        f"for name in ('old.xls', 'new.xlsx'):\n"
        f"    sheets = read_sheets(open({str(tmp_path)!r} + '/' + name, 'rb').read(), name)\n"
        "    print(name, sheets[0].rows[0][0])\n"
        "print('reader loaded:', 'python_calamine' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "old.xls 企业名称" in run.stdout and "new.xlsx 企业名称" in run.stdout
    assert "reader loaded: False" in run.stdout


def test_readers_run_a_few_at_a_time_and_give_their_place_back(monkeypatch):
    """Each reader process may take up to 1 GB: many uploads at once (a burst, or someone trying) wait
    for a free place instead of starting a process each. An upload that finds none within its wait is
    refused with a message saying nothing changed; every way a reading ends gives its place back."""
    import threading

    from lib.ingest import read

    places = threading.BoundedSemaphore(1)
    monkeypatch.setattr(read._Apart, "SLOTS", places)
    monkeypatch.setattr(read._Apart, "WAIT", 0.5)
    data = xlsx({"A2": "嘉兴市禾丰食品有限公司"})

    assert places.acquire(timeout=5)  # another upload is being read
    text = refused(data, "second.xlsx")
    assert "稍等" in text and "没有任何改动" in text
    assert "已损坏" in refused(data[:-200], "cut.xlsx")  # a file the checks refuse is told so at once
    places.release()

    wb = Workbook()
    wb.active.title = "三同"
    wb.create_sheet("附表").append(["备注"])
    buffer = io.BytesIO()
    wb.save(buffer)
    reading = read.iter_sheets(buffer.getvalue(), "two-sheets.xlsx")
    assert next(reading).name == "三同"
    reading.close()  # the caller stopped half way
    (sheet,) = read_sheets(data, "after-a-stop.xlsx")
    assert sheet.rows[1][0] == "嘉兴市禾丰食品有限公司"

    monkeypatch.setattr(read._Apart, "MEMORY", 20 << 20)  # a reader that dies at once
    assert "超出了内存或时间的限制" in refused(data, "dies.xlsx")
    monkeypatch.setattr(read._Apart, "MEMORY", 1 << 30)
    assert "文件“damaged.xlsx”" in refused(data[:-200], "damaged.xlsx")  # a file the checks refuse
    for n in range(3):  # file after file, the one place keeps coming back
        assert read_sheets(data, f"file{n}.xlsx")[0].rows[1][0] == "嘉兴市禾丰食品有限公司"


def _tiny_strings(count: int) -> bytes:
    """A return whose table of shared strings holds count tiny strings, 74 bytes each (the reader builds
    every one when it opens the workbook): it compresses about 27 to 1."""
    table = (
        "".join(f"<si><t>{n:07d}号嘉兴市南湖区质量提升企业产品名称</t></si>" for n in range(start, start + 50_000))
        for start in range(0, count, 50_000)
    )
    parts = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', *table, "</sst>")
    return _with_part(
        xlsx({"A2": "嘉兴市禾丰食品有限公司"}), "xl/sharedStrings.xml", map(str.encode, parts), "sharedStrings"
    )


def _traced_peak(work) -> tuple[object, int]:
    """What work returns (or the refusal it raises) and the most memory the server's objects took meanwhile."""
    import tracemalloc

    tracemalloc.start()
    try:
        try:
            done = work()
        except UnreadableFile as exc:
            done = exc
        return done, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_table_of_many_tiny_shared_strings_is_checked_within_a_few_mb_of_the_server():
    """A 1.4 MB return whose table holds 500,000 tiny shared strings (35 MB once decompressed). The server
    measured such a table whole: the part, then a split into an object per string, 470 MB of the serving
    process for the 2 million strings of a 5 MB file, outside the reader's cap. It is measured as it is
    decompressed, a piece at a time: the server's checks take a few MB whatever the table holds, and the
    return is read."""
    data = _tiny_strings(500_000)
    assert len(data) < 2_000_000
    sheets, peak = _traced_peak(lambda: read_sheets(data, "strings.xlsx"))
    assert [sheet.rows[1][0] for sheet in sheets] == ["嘉兴市禾丰食品有限公司"]
    assert peak < 12 << 20, f"{peak / 2**20:.0f} MB"


def test_an_upload_with_a_large_part_waits_for_a_reader_place_before_it_is_measured(monkeypatch):
    """Measuring a large table of shared strings is work of the kind a reading is: eight such uploads at
    once each measured theirs in the server (1.65 GB, every session stalled for 17 s). An upload whose
    part is larger than a return's parts but a table of shared strings may be counts against the same
    places as the readers: while they are all taken it waits, measuring nothing, and is then refused
    with the message that nothing changed; a file the checks refuse on a small part is told so at once."""
    import threading

    from lib.ingest import read

    places = threading.BoundedSemaphore(1)
    monkeypatch.setattr(read._Apart, "SLOTS", places)
    monkeypatch.setattr(read._Apart, "WAIT", 0.5)
    data = _tiny_strings(300_000)
    assert places.acquire(timeout=5)  # another upload is being read
    refusal, peak = _traced_peak(lambda: read_sheets(data, "waiting.xlsx"))
    assert isinstance(refusal, UnreadableFile)
    assert "waiting.xlsx" in str(refusal) and "稍等" in str(refusal) and "没有任何改动" in str(refusal)
    assert peak < 1 << 20, f"{peak / 2**20:.1f} MB"  # the table was never decompressed
    assert "已损坏" in refused(xlsx({"A2": "x"})[:-200], "cut.xlsx")
    places.release()
    (sheet,) = read_sheets(data, "placed.xlsx")
    assert sheet.rows[1][0] == "嘉兴市禾丰食品有限公司"


def test_what_the_reader_process_sends_makes_only_values():
    """The reader's process parses files from anywhere. Whatever it sends, the server makes nothing from it
    but texts, numbers, dates and times: an object of any other kind is refused, never built."""
    import datetime as dt
    import os
    import pickle

    from lib.ingest import read

    cells = [["企业名称", 3.5, 7, True, None], [dt.date(2024, 10, 1), dt.datetime(2024, 10, 1, 8), dt.time(8), None]]
    sent = pickle.dumps(("sheet", "三同", cells, [((0, 0), (1, 0))]), protocol=pickle.HIGHEST_PROTOCOL)
    assert read._Values(io.BytesIO(sent)).load() == ("sheet", "三同", cells, [((0, 0), (1, 0))])

    class Harmful:
        def __reduce__(self):
            return (os.system, ("echo harmful",))

    with pytest.raises(pickle.UnpicklingError):
        read._Values(io.BytesIO(pickle.dumps(("sheet", Harmful())))).load()
