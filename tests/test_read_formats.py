"""Files county bureaus send that are not workbooks: a system's 导出Excel that is a web page, and CSV saved by
Excel (a sep= line, line breaks inside quoted cells). Read as Excel shows them, bounded like any upload."""

from __future__ import annotations

import time

import pytest

from lib.ingest.read import Limits, UnreadableFile, read_sheets

LIMITS = Limits()


def read_one(data: bytes, name: str):
    (sheet,) = read_sheets(data, name, LIMITS)
    return sheet


def refused(data: bytes, name: str) -> str:
    with pytest.raises(UnreadableFile) as caught:
        read_sheets(data, name, LIMITS)
    text = str(caught.value)
    assert name in text and "请" in text, text
    return text


EXPORT = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>三同企业名单导出</title>
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>
<x:Name>三同企业</x:Name><x:WorksheetOptions></x:WorksheetOptions></x:ExcelWorksheet>
</x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
<style>.text { mso-number-format:'\\@'; }</style>
</head><body>
<table border="1">
<tr><th colspan="4">查询条件：全部单位</th></tr>
<tr><th rowspan="2">序号</th><th colspan="2">企业</th><th rowspan=2>入驻日期</th></tr>
<tr><th>企业名称</th><th>统一社会信用代码</th></tr>
<tr><td>1</td><td> 嘉兴禾丰&nbsp;<br/>食品有限公司 </td>
    <td style="mso-number-format:'\\@'">913304020000000017</td><td>2024-11-05</td></tr>
<tr><td>2</td><td>&nbsp;</td><td class="text">91330402MA2B00003X</td><td>2024/11/6</td></tr>
<tr style="display:none"><td>3</td><td>已删除企业</td><td></td><td></td></tr>
</table>
<table><tr><td>导出时间：2024-11-30 10:20</td><td>共 3 条记录</td></tr></table>
</body></html>
"""


def test_an_html_export_saved_as_xls_is_read_as_excel_opens_it():
    sheet = read_one(EXPORT.encode("gb18030"), "haining_三同.xls")
    assert sheet.name == "三同企业"  # the worksheet the Excel page declares, not its title
    assert sheet.rows == [
        ["查询条件：全部单位", "", "", ""],
        ["序号", "企业", "", "入驻日期"],
        ["", "企业名称", "统一社会信用代码", ""],
        ["1", "嘉兴禾丰\n食品有限公司", "913304020000000017", "2024-11-05"],
        ["2", "", "91330402MA2B00003X", "2024/11/6"],
        ["3", "已删除企业", "", ""],
        [],  # a blank row between two tables
        ["导出时间：2024-11-30 10:20", "共 3 条记录"],
    ]
    assert sorted(sheet.merged) == [((0, 0), (0, 3)), ((1, 0), (2, 0)), ((1, 1), (1, 2)), ((1, 3), (2, 3))]
    assert sheet.row_marks().hidden == {5}  # a row the page hides (display:none), as Excel hides it


@pytest.mark.parametrize(
    ("head", "encoding", "name"),
    [
        ('<!DOCTYPE html><html><head><meta charset="utf-8"><title> 召回 名单 </title></head>', "utf-8", "召回 名单"),
        ("<table>", "utf-8", "Sheet1"),
        ('\ufeff<html><head><meta charset="gbk"></head>', "utf-8", "Sheet1"),  # the BOM wins over the meta tag
        ("\ufeff<html><title>品牌</title>", "utf-16", "品牌"),
        (
            '<?xml version="1.0" encoding="gbk"?>\n<html><head><meta charset="gbk"><title>绿色</title></head>',
            "gbk",
            "绿色",
        ),
        ('  \r\n<HTML><HEAD><META content="text/html; charset=GB2312"></HEAD>', "gb2312", "Sheet1"),
    ],
)
def test_web_pages_in_every_spelling_and_encoding(head, encoding, name):
    body = (
        "<TABLE><TR><TD>企业名称</TD><TD>统一社会信用代码</TD></TR>"
        "<TR><TD>禾丰&amp;公司</TD><TD>&#57;1330402</TD></TR></TABLE>"
    )
    sheet = read_one((head + body).encode(encoding), "export.xls")
    assert sheet.name == name
    assert sheet.rows == [["企业名称", "统一社会信用代码"], ["禾丰&公司", "91330402"]]
    assert sheet.merged == []


def test_html_export_with_unclosed_cells_and_a_caption():
    page = "<table><caption>附表1 召回情况</caption><tr><td>a<td>b<tr><td colspan=2>c</table><p>填表人：张三</p>"
    sheet = read_one(page.encode(), "recall.htm")
    assert sheet.rows == [["附表1 召回情况"], ["a", "b"], ["c", ""], ["填表人：张三"]]
    assert sheet.merged == [((2, 0), (2, 1))]


def test_a_rowspan_past_the_last_row_ends_with_the_table():
    page = "<table><tr><td rowspan=0>合并</td><td>1</td></tr><tr><td>2</td></tr></table>"
    sheet = read_one(page.encode(), "span.xls")
    assert sheet.rows == [["合并", "1"], ["", "2"]]
    assert sheet.merged == [((0, 0), (1, 0))]


def test_a_web_page_with_no_table_is_refused_as_a_web_page():
    text = refused(b"<html><head><title>Login</title></head><body><p>Session expired</p></body></html>", "导出.xls")
    assert "网页" in text and "没有表格" in text


# Hostile pages: each refused with a message or read within bounded time, never a huge allocation.


def timed(data: bytes, name: str, seconds: float) -> str:
    """The outcome of reading data, in at most so many seconds of the reading thread's CPU (text tables
    and web pages are read in the thread that asks; other work on the machine does not count)."""
    started = time.thread_time()
    try:
        sheet = read_one(data, name)
        outcome = f"read {len(sheet.rows)}"
    except UnreadableFile as exc:
        outcome = str(exc)
        assert name in outcome and "请" in outcome
    assert time.thread_time() - started < seconds, outcome
    return outcome


def test_a_huge_colspan_is_clamped_and_a_row_wider_than_a_sheet_refused():
    sheet = read_one(b"<table><tr><td colspan=100000>x</td><td>y</td></tr></table>", "wide.xls")
    assert len(sheet.rows[0]) == 1001 and sheet.rows[0][1000] == "y"  # HTML's own limit, 1000 columns
    text = timed(b"<table><tr>" + b"<td colspan=100000>x" * 100, "wide.xls", 2)
    assert "16,384 列" in text


def test_huge_rowspans_over_many_rows_are_refused_by_the_cells_they_would_fill():
    page = b"<table><tr>" + b"<td rowspan=65534>x" * 1000 + b"<tr>" * 100_000
    assert "个单元格" in timed(page, "rowspan.xls", 20)


def test_deeply_nested_tags_cost_no_stack():
    assert "层" in timed(b"<table><tr><td>" * 100_000, "nested.xls", 2)
    page = b"<table><tr><td>" + b"<span><b><i>" * 200_000 + b"x" + b"</i></b></span>" * 200_000
    outcome = timed(page, "spans.xls", 20)
    assert outcome == "read 1"


def test_a_million_tiny_cells_are_read_or_refused_in_bounded_time():
    page = b"<table>" + (b"<tr>" + b"<td>1" * 20) * 50_000
    assert len(page) < LIMITS.max_bytes
    assert timed(page, "cells.xls", 16) == "read 50000"


def test_a_table_of_300_thousand_rows_is_refused():
    text = timed(b"<table>" + b"<tr><td>1</td></tr>" * 300_000, "rows.xls", 20)
    assert "200,000 行" in text


@pytest.mark.parametrize(
    "run",
    [b"<", b"</", b"<!--", b"<a '", b'<td a="', b"<!", b"&amp;", b"<script>"],
)
def test_runs_of_broken_markup_cost_time_in_proportion_to_their_length(run):
    page = b"<table><tr><td>" + run * ((LIMITS.max_bytes - 100) // len(run))
    timed(page, "broken.xls", 20)


# CSV saved by Excel


def test_a_sep_line_names_the_delimiter_and_rows_keep_their_line_numbers():
    text = "sep=;\r\n企业名称;统一社会信用代码;召回数量\r\n禾丰公司;\t91330402MA2B00003X;1,200\r\n"
    sheet = read_one(text.encode("utf-8-sig"), "tongxiang_recall.csv")
    assert sheet.name == "tongxiang_recall"
    assert sheet.rows == [
        [],
        ["企业名称", "统一社会信用代码", "召回数量"],
        ["禾丰公司", "\t91330402MA2B00003X", "1,200"],
    ]


@pytest.mark.parametrize(("separator", "padding"), [(",", ""), (";", ""), ("\t", ""), ("|", ""), (",", ",,")])
def test_every_separator_excel_declares(separator, padding):
    lines = [
        f"sep={separator}{padding}",
        separator.join(["企业名称", "代码", "数量"]),
        separator.join(["甲", "1,2", "3"]),
    ]
    if separator == ",":
        lines[2] = '甲,"1,2",3'
    sheet = read_one("\n".join(lines).encode("gb18030"), "list.csv")
    assert sheet.rows[1:] == [["企业名称", "代码", "数量"], ["甲", "1,2", "3"]]


def test_a_record_spanning_lines_is_numbered_by_the_line_it_starts_on():
    text = (
        "企业名称,产品,备注\n"  # line 1
        '"嘉兴禾丰\n食品有限公司","电动\n自行车\n（两款）",无\n'  # lines 2-5
        "乙公司,童车,\n"  # line 6
        '丙公司,"a\r\nb",x\n'  # lines 7-8
        "丁公司,灯具,y\n"  # line 9, as a text editor shows it
    )
    sheet = read_one(text.encode(), "recall.csv")
    assert [i + 1 for i, row in enumerate(sheet.rows) if row] == [1, 2, 6, 7, 9]
    assert sheet.rows[1] == ["嘉兴禾丰\n食品有限公司", "电动\n自行车\n（两款）", "无"]
    assert sheet.rows[5] == ["乙公司", "童车", ""]
    assert sheet.rows[6] == ["丙公司", "a\r\nb", "x"]
    assert sheet.rows[8] == ["丁公司", "灯具", "y"]
    assert sheet.rows[2] == sheet.rows[3] == sheet.rows[4] == sheet.rows[7] == []


def test_a_csv_without_a_sep_line_is_read_as_before():
    sheet = read_one("企业名称,代码\n甲,1\n\n乙,2\n".encode(), "plain.csv")
    assert sheet.rows == [["企业名称", "代码"], ["甲", "1"], [], ["乙", "2"]]


def test_records_over_more_lines_than_the_row_limit_are_refused():
    """150,000 records of two lines each reach line 300,000: past the row limit, refused as it is reached."""
    text = refused(("企业名称,备注\n" + '甲,"一\n二"\n' * 150_000).encode(), "lines.csv")
    assert "200,000 行" in text


def test_a_web_page_export_is_a_return_like_any_other():
    """A 三同 platform's 导出Excel as a web page: its program found, its rows read, each at the row Excel shows."""
    from lib.ingest.layout import find_layout
    from lib.ingest.validate import Context, validate_sheet
    from lib.programs import get_registry
    from lib.region import load_region

    cells = lambda values: "".join(f"<td style=\"mso-number-format:'\\@'\">{v}</td>" for v in values)  # noqa: E731
    header = "".join(
        f"<th>{h}</th>"
        for h in ["序号", "企业名称", "统一社会信用代码", "县（市、区）", "产品名称", "产品类别", "声明日期"]
    )
    first = ["1", "海宁锦程经编有限公司", "91330481MA2D000105", "海宁", "经编毛毯", "一般消费品", "2024-10-08"]
    second = ["2", "海宁宏远家纺&nbsp;有限公司", "91330481MA2D000292", "海宁市", "窗帘布", "一般消费品", "2024-10-18"]
    page = (
        '<html><head><meta charset="gbk"><title>三同产品</title></head><body><table border=1>'
        '<tr><td colspan="7">查询条件：海宁市&nbsp;2024年10月</td></tr>'
        f"<tr>{header}</tr>"
        f"<tr>{cells(first)}</tr><tr>{cells(second)}</tr>"
        '<tr><td colspan="7">导出时间：2024-11-01 共 2 条记录</td></tr></table></body></html>'
    )
    sheet = read_one(page.encode("gbk"), "haining_三同.xls")
    layout = find_layout(sheet, get_registry())
    assert layout is not None and layout.program.key == "three_same"
    context = Context(region=load_region("330400"), unit_name="海宁市", year=2024, month=10)
    results, _ = validate_sheet(sheet, layout, context)
    assert [r.excel_row for r in results] == [3, 4]
    assert all(r.accepted for r in results), [r.issues for r in results]
    assert results[1].values["enterprise_name"] == "海宁宏远家纺 有限公司"


def test_a_unit_shown_only_by_the_number_format_is_read_where_the_clerk_sees_it():
    """48000 formatted #,##0"套" reads "48,000套" in Excel: the unit is the cell's, not the file's. Dates with
    年/月, percentages and text before a number are no units; cells without such a format have none."""
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["涉及数量", "日期", "比例", "批次"])
    sheet.append([48000, 45300, 0.5, 3])
    sheet.append([1250, 45301, 0.25, 4])
    sheet["A2"].number_format = '#,##0"套"'
    sheet["A3"].number_format = "0\\台"
    sheet["B2"].number_format = 'yyyy"年"m"月"d"日"'
    sheet["C2"].number_format = "0.0%"
    sheet["D2"].number_format = '"第"0"批"'
    buffer = io.BytesIO()
    book.save(buffer)
    read = read_one(buffer.getvalue(), "units.xlsx")
    assert read.rows[1][0] == 48000
    assert read.cell_units() == {(1, 0): "套", (2, 0): "台"}
