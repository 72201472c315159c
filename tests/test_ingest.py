"""Monthly returns as counties really send them: reading, header finding, normalising, validation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lib.identifiers import uscc_check_char
from lib.ingest.layout import find_layout
from lib.ingest.normalise import clean_text, parse_bool, parse_date, parse_quantity
from lib.ingest.read import Limits, Sheet, UnreadableFile, read_sheets
from lib.ingest.validate import Context, validate_sheet
from lib.programs import get_registry
from lib.region import UnknownUnitError, load_region

SAMPLES = Path(__file__).resolve().parent / "samples"
MESSY = SAMPLES / "nanhu_2024-10_messy.xlsx"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (45574, dt.date(2024, 10, 9)),
        ("45574", dt.date(2024, 10, 9)),
        ("2024-10-09", dt.date(2024, 10, 9)),
        ("2024.10.15", dt.date(2024, 10, 15)),
        ("2024/10/20", dt.date(2024, 10, 20)),
        ("2024年10月9日", dt.date(2024, 10, 9)),
        ("2024年10月9号", dt.date(2024, 10, 9)),
        ("２０２４年１０月９日", dt.date(2024, 10, 9)),
        ("2020年11月", dt.date(2020, 11, 1)),
        ("2023年10月23日至12月5日", dt.date(2023, 10, 23)),
        ("2023.10.23-2023.12.05", dt.date(2023, 10, 23)),
        (dt.datetime(2024, 10, 9, 15, 30), dt.date(2024, 10, 9)),
        # As recall notices write them: from a date on, and in Chinese numerals.
        ("自2024年11月5日起", dt.date(2024, 11, 5)),
        ("二〇二四年十一月十二日", dt.date(2024, 11, 12)),
        ("二○二五年二月二十八日", dt.date(2025, 2, 28)),
        ("二零二四年十月", dt.date(2024, 10, 1)),
        # As Excel shows a short date, a platform exports a date-time, a clerk types a month as a number.
        ("24/12/6", dt.date(2024, 12, 6)),
        ("25/3/5", dt.date(2025, 3, 5)),
        ("2024-11-05T00:00:00", dt.date(2024, 11, 5)),
        ("2024 年 8 月 6 日", dt.date(2024, 8, 6)),
        (2025.2, dt.date(2025, 2, 1)),
        (2025.12, dt.date(2025, 12, 1)),
        # A part of a month or a quarter counts from its first day.
        ("2024年7月中旬", dt.date(2024, 7, 11)),
        ("2024年7月下旬", dt.date(2024, 7, 21)),
        ("2025年6月中下旬", dt.date(2025, 6, 11)),
        ("2024年第三季度", dt.date(2024, 7, 1)),
    ],
)
def test_dates_as_written(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["下月", "2024-13-01", "10月9日", "2024年10月9日和10日", 2024, 2024.13])
def test_dates_that_cannot_be_read(raw):
    with pytest.raises(ValueError):
        parse_date(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("286辆", (286, "辆")),
        ("1,200台", (1200, "台")),
        ("100包(10000双)", (100, "包")),
        ("共计5800条", (5800, "条")),
        ("1.2万件", (12000, "件")),
        ("３００套", (300, "套")),
        (86, (86, "")),
        # Exact counts in Chinese numerals, as notices write them; an estimate reads as 约1.2万件 does.
        ("三百台", (300, "台")),
        ("一千二百件", (1200, "件")),
        ("两千五百个", (2500, "个")),
        ("五千条", (5000, "条")),
        ("一万零五百件", (10500, "件")),
        ("约三百台", (300, "台")),
    ],
)
def test_quantities_keep_their_unit(raw, expected):
    assert parse_quantity(raw) == expected


@pytest.mark.parametrize("raw", ["若干", "286辆左右或更多", "数百台", "万台"])
def test_quantities_that_cannot_be_read(raw):
    with pytest.raises(ValueError):
        parse_quantity(raw)


def test_a_column_of_text_is_cleaned_like_each_cell():
    from lib.ingest.normalise import clean_texts

    column = [
        "嘉兴市ＡＢＣ有限公司（南湖）",
        "螺杆式  空气\t压缩机",
        "ＩＳＯ　１２１７：２００９",
        "plain",
        "a\u00a0b",
        "行一\n行二",
        "",
        "ＧＢ／Ｔ　１２３４５－２０２０",
        "\ufeff 嘉兴市\u200b甲 \u2060 乙\U000e0041",
    ]
    assert clean_texts(column) == [clean_text(text) for text in column]
    assert clean_texts(column)[:3] == ["嘉兴市ABC有限公司（南湖）", "螺杆式 空气 压缩机", "ISO 1217：2009"]
    assert clean_texts(column)[-2:] == ["GB/T 12345-2020", "嘉兴市甲 乙"]
    assert clean_texts(["甲\x00乙", "丙"]) == ["甲\x00乙", "丙"]  # a cell holding the separator itself
    assert clean_texts(["无需改动", "也无需"]) == ["无需改动", "也无需"]


def test_every_format_character_is_taken_out_of_text():
    """Whatever the running Python's Unicode calls a format character (category Cf) is removed."""
    import sys
    import unicodedata

    from lib.ingest.normalise import FORMAT_CHARACTERS

    every = {code for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cf"}
    assert every <= FORMAT_CHARACTERS
    assert {unicodedata.category(chr(code)) for code in FORMAT_CHARACTERS - every} <= {"Cn"}
    assert clean_text("甲" + "".join(map(chr, sorted(every))) + "乙") == "甲乙"


def test_identities_of_a_column_are_those_of_each_value():
    from lib.store import identity_part, identity_parts

    texts = [" iso 1217 ", "ｐ-1", "型号a"]
    mixed = [*texts, dt.date(2024, 10, 9), 12.0, None, False, ""]
    assert identity_parts(texts) == [identity_part(v) for v in texts] == ["ISO 1217", "Ｐ-1", "型号A"]
    assert identity_parts(mixed) == [identity_part(v) for v in mixed]
    assert identity_parts(mixed)[3:] == ["2024-10-09", "12.0", "", "", ""]
    # Values read once each are told apart by type: 1, 1.0 and True are equal keys in Python.
    repeated = [1, True, 1.0, dt.date(2024, 10, 9), 1, dt.date(2024, 10, 9), True]
    assert identity_parts(repeated) == ["1", "TRUE", "1.0", "2024-10-09", "1", "2024-10-09", "TRUE"]


def test_cells_of_a_column_read_as_text_as_each_cell_would():
    from lib.ingest.normalise import cell_text
    from lib.ingest.validate import _texts

    cells = [1, True, 1.0, 2.5, dt.datetime(2024, 10, 9), dt.datetime(2024, 10, 9, 8, 30), None, " 甲 ", 1, True]
    texts, all_text, joined = _texts(cells)
    assert texts == [cell_text(v) for v in cells] and not all_text and joined == "".join(texts)
    assert texts[:3] == ["1", "True", "1"] and texts[4:6] == ["2024-10-09", "2024-10-09 08:30:00"]
    assert _texts([" 甲", "乙 "])[:2] == (["甲", "乙"], True)


def test_text_and_yes_no():
    assert clean_text("  嘉兴市ＡＢＣ有限公司（南湖）\u3000") == "嘉兴市ABC有限公司（南湖）"
    assert clean_text('=HYPERLINK("x")') == '=HYPERLINK("x")'
    assert parse_bool("√") is True and parse_bool("否") is False
    assert parse_bool("☑") is True and parse_bool("☐") is False  # boxes a form prints for ticking


def test_full_width_ascii_becomes_half_width_and_chinese_punctuation_stays():
    assert clean_text("ＥＮ\u3000７１－３：２０１９") == "EN 71-3：2019"
    assert clean_text("ＡＳＴＭ Ｄ４１５７－１３（２０１９）") == "ASTM D4157-13（2019）"


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("海宁市许村镇", "海宁市"),
        ("海宁市长安镇（高新区）", "海宁市"),
        ("南湖区东栅街道", "南湖区"),
        ("经开区城南街道", "嘉兴经济技术开发区"),
        ("浙江省嘉兴市秀洲区新塍镇工业园区", "秀洲区"),
        ("嘉兴港区（乍浦经济开发区）", "嘉兴港区"),
        ("港区（乍浦）", "嘉兴港区"),
        ("嘉兴经济技术开发区（国际商务区）", "嘉兴经济技术开发区"),
        ("桐乡市濮院镇", "桐乡市"),  # another unit's town is that unit's
        # A unit written as its bureau.
        ("经开分局", "嘉兴经济技术开发区"),
        ("嘉兴市市场监督管理局经济技术开发区分局", "嘉兴经济技术开发区"),
        ("嘉兴市市场监督管理局港区分局", "嘉兴港区"),
        ("海盐县局", "海盐县"),
    ],
)
def test_a_unit_written_with_its_town_or_a_second_name(written, unit):
    assert load_region("330400").match(written).name == unit


@pytest.mark.parametrize("written", ["南湖大道", "南湖区、秀洲区", "南湖区（秀洲区）", "秀洲区中环路1号", "南湖区xyz"])
def test_a_unit_followed_by_anything_else_is_unknown(written):
    with pytest.raises(UnknownUnitError):
        load_region("330400").match(written)


def test_bilingual_headers_are_read_by_their_chinese():
    registry = get_registry()
    headers = [
        "序号\nNo.",
        "产品名称\nProduct Name",
        "企业名称\nEnterprise Name",
        "统一社会信用代码\nUnified Social Credit Code",
    ]
    headers += ["是否入驻“三同”平台\nOn the Platform"]
    sheet = Sheet("Sheet1", [headers, [1, "速冻粽子", "嘉兴市禾香食品有限公司", "91330402MA2R00013X", "☑"]])
    layout = find_layout(sheet, registry)
    assert layout.program.key == "three_same" and layout.serial_column == 0
    assert layout.columns == {1: "product", 2: "enterprise_name", 3: "uscc", 4: "on_platform"}
    assert all(m.score == 100 for m in layout.match.matches.values())


def _messy_reports():
    registry, region = get_registry(), load_region("330400")
    context = Context(region=region, unit_name="南湖区", year=2024, month=10)
    out = {}
    for sheet in read_sheets(MESSY.read_bytes(), MESSY.name):
        layout = find_layout(sheet, registry)
        if layout is None:
            out[sheet.name] = None
            continue
        rows, skipped = validate_sheet(sheet, layout, context)
        out[sheet.name] = (layout, rows, skipped)
    return out


def test_sheets_are_matched_by_name_or_by_headers():
    reports = _messy_reports()
    assert reports["填报说明"] is None
    assert reports["对标达标"][0].program.key == "benchmarking"
    assert reports["品字标企业"][0].program.key == "brand_mark"
    assert reports["Sheet3"][0].program.key == "recall"
    assert reports["Sheet3"][0].matched_by == "title"  # "缺陷产品召回情况" above the header
    assert reports["三同产品"][0].program.key == "three_same"


def test_header_found_under_title_lines_with_merged_two_row_header():
    layout, rows, skipped = _messy_reports()["对标达标"]
    assert layout.header_row == 3  # 0-based: the second of the two header rows (Excel row 4)
    assert set(layout.columns.values()) >= {
        "enterprise_name",
        "uscc",
        "unit",
        "product",
        "standard_no",
        "result",
        "date",
    }
    assert layout.headers["uscc"] == "统一社会信用代码"
    assert rows[0].excel_row == 5
    # 序号-only row, 合计 row, blank rows and the two note lines are not data.
    assert skipped["total"] == 1 and skipped["note"] == 2
    assert len(rows) == 12


def test_values_are_normalised():
    _, rows, _ = _messy_reports()["对标达标"]
    by_row = {r.excel_row: r for r in rows}
    first = by_row[5].values
    assert first["uscc"].isupper() and " " not in first["uscc"] and len(first["uscc"]) == 18
    assert {by_row[n].values["unit"] for n in (5, 6, 7, 8)} == {"南湖区"}
    assert by_row[6].values["date"] == dt.date(2024, 10, 15)  # Excel serial 45580
    assert by_row[6].values["result"] == "优于"
    assert by_row[7].values["result"] == "达到"
    assert by_row[16].values["date"] == dt.date(2024, 10, 23)  # a range counts from its start
    recall = {r.excel_row: r for r in _messy_reports()["Sheet3"][1]}
    assert recall[3].values["quantity"] == 286 and recall[3].values["quantity_unit"] == "辆"
    assert recall[5].values["quantity"] == 100 and recall[5].values["quantity_unit"] == "包"
    assert recall[4].values["quantity_unit"] == "台"


def test_a_row_holds_no_empty_value():
    """The commit stores a row's values as read: a cell that came to nothing is left out, never kept as
    None or "" (a credit code of dashes only reads as nothing)."""
    rows = [row for report in _messy_reports().values() if report for row in report[1]]
    assert rows and all(None not in r.values.values() and "" not in r.values.values() for r in rows)
    registry, region = get_registry(), load_region("330400")
    sheet = Sheet(
        "对标达标",
        [["企业名称", "统一社会信用代码", "产品名称", "对标结果"], ["甲公司", "--", "阀门", "达到"]],
    )
    (row,), _ = validate_sheet(sheet, find_layout(sheet, registry), Context(region, "南湖区", 2024, 10))
    assert "uscc" not in row.values and not row.accepted


def test_hostile_text_is_kept_verbatim():
    _, rows, _ = _messy_reports()["对标达标"]
    hostile = next(r for r in rows if r.excel_row == 15)
    assert hostile.accepted
    assert hostile.values["enterprise_name"] == '=HYPERLINK("http://example.invalid","点击")'
    assert hostile.values["product"] == "<script>alert(1)</script>"
    assert hostile.values["standard_no"] == "'; DROP TABLE program_records; --"


def test_every_problem_names_row_column_and_what_to_do():
    reports = _messy_reports()
    found = {
        (name, issue.row, issue.code, issue.severity)
        for name, report in reports.items()
        if report
        for row in report[1]
        for issue in row.issues
    }
    assert found == {
        ("对标达标", 9, "uscc_check", "error"),
        ("对标达标", 10, "other_unit", "error"),
        ("对标达标", 11, "date_outside_period", "warning"),
        ("对标达标", 12, "duplicate_in_file", "error"),
        ("对标达标", 13, "bad_choice", "error"),
        ("对标达标", 14, "required", "error"),
        # Columns no figure needs: a missing certificate number or a doubtful validity date is a
        # warning, and the row is stored.
        ("品字标企业", 3, "required_when", "warning"),
        ("绿色产品认证", 4, "date_order", "warning"),
        ("绿色产品认证", 5, "required_when", "warning"),
    }
    # 已召回数量 “五千条” is an exact count in Chinese numerals.
    assert next(r for r in reports["Sheet3"][1] if r.excel_row == 6).values["recalled"] == 5000
    issues = [i for report in reports.values() if report for row in report[1] for i in row.issues]
    by_code = {i.code: i for i in issues}
    assert by_code["uscc_check"].column == "统一社会信用代码" and by_code["uscc_check"].cell == "C9"
    assert "应为" in by_code["uscc_check"].message and "管理员" in by_code["uscc_check"].message
    assert "达到、优于" in by_code["bad_choice"].message
    assert "秀洲区" in by_code["other_unit"].message
    assert "第5行" in by_code["duplicate_in_file"].message
    assert all(i.message and i.severity in {"error", "warning"} for i in issues)


@pytest.mark.parametrize(
    ("name", "program", "rows"),
    [
        ("xiuzhou_recall_gbk.csv", "recall", 2),
        ("haining_three_same_utf8bom.csv", "three_same", 2),
        ("haining_three_same.xls", "three_same", 2),
    ],
)
def test_csv_in_gbk_and_utf8_and_old_xls(name, program, rows):
    path = SAMPLES / name
    sheets = read_sheets(path.read_bytes(), name)
    layout = find_layout(sheets[0], get_registry())
    assert layout.program.key == program
    unit = "秀洲区" if "xiuzhou" in name else "海宁市"
    context = Context(region=load_region("330400"), unit_name=unit, year=2024, month=10)
    results, _ = validate_sheet(sheets[0], layout, context)
    assert len(results) == rows and all(r.accepted for r in results), [r.issues for r in results]
    assert all("公司" in r.values["enterprise_name"] for r in results)


def test_macro_workbook_is_read_without_running_anything():
    sheets = read_sheets((SAMPLES / "nanhu_2024-10_macro.xlsm").read_bytes(), "nanhu_2024-10_macro.xlsm")
    assert [s.name for s in sheets] == ["填报说明", "对标达标", "品字标企业", "Sheet3", "绿色产品认证", "三同产品"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("corrupt.xlsx", ["已损坏", "另存为"]),
        ("not_a_spreadsheet.xlsx", ["不是 Excel 或 CSV"]),
        ("zip_bomb.xlsx", ["解压后超过"]),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(name, words):
    with pytest.raises(UnreadableFile) as error:
        read_sheets((SAMPLES / name).read_bytes(), name)
    assert name in str(error.value)
    for word in words:
        assert word in str(error.value)


def test_size_and_row_limits_are_checked_before_parsing():
    data = MESSY.read_bytes()
    with pytest.raises(UnreadableFile, match="超过上限"):
        read_sheets(data, MESSY.name, Limits(max_bytes=1024))
    with pytest.raises(UnreadableFile, match="超过 20 行"):
        read_sheets(data, MESSY.name, Limits(max_rows=20))
    with pytest.raises(UnreadableFile, match="空文件"):
        read_sheets(b"  ", "empty.csv")


def test_the_configured_size_limit_applies(monkeypatch):
    from lib.config import get_settings

    monkeypatch.setenv("QB_MAX_UPLOAD_MB", "0")
    get_settings.cache_clear()
    try:
        with pytest.raises(UnreadableFile, match="超过上限 0 MB"):
            read_sheets(MESSY.read_bytes(), MESSY.name)
    finally:
        monkeypatch.delenv("QB_MAX_UPLOAD_MB")
        get_settings.cache_clear()


def test_a_title_line_is_no_heading_of_the_header_under_it():
    """Headers may have up to four rows, but a title or 填报单位 line above them is none of them: "认证情况" in the
    title must not make the 序号 column a status."""
    sheet = Sheet(
        "附表4",
        [
            ["附表4：海宁市绿色产品认证情况表（2025年1月）"],
            ["填报单位：海宁市市场监督管理局"],
            ["序号", "企业名称", "统一社会信用代码", "产品名称", "证书编号", "发证日期"],
            [1, "海宁市绿洲涂料有限公司", "91330481MA2E4PAT4U", "水性内墙涂料", "CGP2501020014", "2025-01-10"],
        ],
    )
    layout = find_layout(sheet, get_registry())
    assert layout.header_row == 2 and layout.serial_column == 0
    assert layout.columns == {1: "enterprise_name", 2: "uscc", 3: "product", 4: "cert_no", 5: "issue_date"}


@pytest.mark.parametrize("written", ["330481 海宁市", "330481海宁市", "330481", "３３０４８１ 海宁市"])
def test_a_unit_written_with_its_division_code(written):
    assert load_region("330400").match(written).name == "海宁市"


@pytest.mark.parametrize("written", ["330481 平湖市", "339999 海宁市"])
def test_a_code_that_names_another_unit_or_none_is_unknown(written):
    with pytest.raises(UnknownUnitError):
        load_region("330400").match(written)


def test_footnote_markers_after_header_words_are_no_part_of_them():
    sheet = Sheet(
        "品字标",
        [
            ["序号", "企业名称①", "统一社会信用代码②", "产品名称", "状态④", "日期⑥", "证书编号 ⑦"],
            [1, "嘉兴市秀洲织造有限公司", "91330411MA2B3PCX0R", "经编面料", "已认证", "2024-06-03", "ZJM-2024-0101"],
        ],
    )
    layout = find_layout(sheet, get_registry())
    assert layout.program.key == "brand_mark"
    assert set(layout.columns.values()) >= {"enterprise_name", "uscc", "product", "status", "date", "cert_no"}


def test_a_validity_range_in_one_cell_gives_both_dates():
    """证书有效期 2025-03-04至2028-03-03 on a sheet without 发证日期: the start is the issue date, the end the
    validity; with a 发证日期 column the range gives only the end."""
    header = ["序号", "企业名称", "统一社会信用代码", "产品名称", "证书编号", "证书有效期"]
    firm = [1, "桐乡市梧桐木业有限公司", "91330483MA2GDPN19D", "实木复合地板", "CGP2503010012"]
    products = ["实木复合地板", "强化地板", "竹地板", "木门"]
    context = Context(region=load_region("330400"), unit_name="桐乡市", year=2025, month=3)
    spans = ["2025-03-04至2028-03-03", "2025.03.10-2028.03.09", "2025年3月14日至2028年3月13日", "2025/3/18-2028/3/17"]
    sheet = Sheet("绿色产品认证", [header, *([*firm[:3], p, firm[4], s] for p, s in zip(products, spans, strict=True))])
    rows, _ = validate_sheet(sheet, find_layout(sheet, get_registry()), context)
    assert [(r.values["issue_date"], r.values["valid_until"]) for r in rows] == [
        (dt.date(2025, 3, 4), dt.date(2028, 3, 3)),
        (dt.date(2025, 3, 10), dt.date(2028, 3, 9)),
        (dt.date(2025, 3, 14), dt.date(2028, 3, 13)),
        (dt.date(2025, 3, 18), dt.date(2028, 3, 17)),
    ]
    assert all(r.accepted for r in rows)
    sheet = Sheet("绿色产品认证", [[*header[:5], "发证日期", header[5]], [*firm, "2025-03-05", spans[0]]])
    (row,), _ = validate_sheet(sheet, find_layout(sheet, get_registry()), context)
    assert (row.values["issue_date"], row.values["valid_until"]) == (dt.date(2025, 3, 5), dt.date(2028, 3, 3))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1.2万余", (12000.0, "")), ("200余", (200.0, "")), ("3000多", (3000.0, "")), ("8600余辆", (8600.0, "辆"))],
)
def test_an_estimate_reads_as_its_number_and_余_or_多_is_no_unit(raw, expected):
    assert parse_quantity(raw) == expected


def _recall_units(rows: list[list[object]], merged=()) -> list[str | None]:
    sheet = Sheet("召回", rows, merged=list(merged))
    context = Context(region=load_region("330400"), unit_name="海盐县", year=2024, month=12)
    results, _ = validate_sheet(sheet, find_layout(sheet, get_registry()), context)
    return [r.values.get("quantity_unit") for r in results]


def test_the_unit_in_a_quantity_header_is_the_unit_of_its_numbers():
    header = ["序号", "召回企业", "统一社会信用代码", "召回产品", "召回方式", "涉及数量（台）", "召回日期"]
    firm = ["海盐县武原电器有限公司", "91330424MA2CC74NXN"]
    rows = [
        [1, *firm, "电热水器", "主动召回", 1860, "2024-12-03"],
        [2, *firm, "电烤箱", "主动召回", "420件", "2024-12-23"],
    ]
    assert _recall_units([header, *rows]) == ["台", "件"]  # a unit written in the cell is the cell's own
    header[5] = "涉及数量（必填）"
    assert _recall_units([header, *rows]) == [None, "件"]


def test_the_column_a_quantity_header_is_merged_across_is_its_unit():
    header = ["序号", "生产者名称", "统一社会信用代码", "产品名称", "召回类型", "涉及数量", None, "召回日期"]
    firm = ["平湖市新埭童车有限公司", "91330482MA2F0KCH43"]
    rows = [[1, *firm, "儿童推车", "主动召回", "1.2万余", "辆", "2024-07-03"]]
    rows.append([2, *firm, "儿童座椅", "主动召回", 5600, "件", "2024-07-26"])
    assert _recall_units([header, *rows], merged=[((0, 5), (0, 6))]) == ["辆", "件"]


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("1月", True),
        ("2月", True),
        ("3月", False),
        ("03月份", False),
        ("2024年3月", True),
        ("2025年3月", False),
        ("３月", False),
        ("绿色产品认证", False),
        ("3月份汇总", False),
    ],
)
def test_a_sheet_named_for_another_month_is_not_read(name, other):
    from lib.ingest.service import other_month
    from lib.periods import Period

    assert other_month(name, Period(2025, 3)) is other


def _green_rows_with_marks(marks) -> tuple[list, dict]:
    """A 品字标 list of four firms saved by Excel with `marks(sheet)` applied; the reader's rows by Excel row."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "品字标"
    sheet.append(["序号", "企业名称", "统一社会信用代码", "产品名称", "状态", "备注"])
    firms = [
        ("嘉兴市南湖织造有限公司", "91330402MA2B3PCX0X", "经编面料"),
        ("嘉兴市南湖阀门有限公司", "91330402MA2B3PCY0X", "球阀"),
        ("嘉兴市南湖电机有限公司", "91330402MA2B3PCW0X", "微电机"),
        ("嘉兴市南湖家具有限公司", "91330402MA2B3PD10X", "实木书桌"),
    ]
    from lib.identifiers import uscc_check_char

    for n, (name, code, product) in enumerate(firms, 1):
        code = code[:17] + uscc_check_char(code[:17])
        sheet.append([n, name, code, product, "已认证", None])
    marks(sheet, Font)
    out = io.BytesIO()
    book.save(out)
    (read,) = read_sheets(out.getvalue(), "南湖区品字标.xlsx")
    context = Context(region=load_region("330400"), unit_name="南湖区", year=2024, month=10)
    layout = find_layout(read, get_registry())
    from lib.ingest.validate import validate_block

    block = validate_block(read, layout, context)
    return block.issues, {r.excel_row: r for r in block.rows}


def test_rows_a_clerk_hid_or_filtered_out_are_not_read_and_the_clerk_is_told():
    def hide(sheet, _font):
        sheet.row_dimensions[3].hidden = True
        sheet.row_dimensions[5].hidden = True

    issues, rows = _green_rows_with_marks(hide)
    assert sorted(rows) == [2, 4]
    assert all(r.accepted for r in rows.values())
    (told,) = [i for i in issues if i.code == "hidden_rows"]
    assert "2 行被隐藏" in told.message and "第3、5行" in told.message


def test_a_row_struck_through_in_every_cell_is_refused_and_one_struck_cell_is_not():
    def strike(sheet, font):
        for cell in sheet[3]:
            cell.font = font(strike=True)
        sheet["B4"].font = font(strike=True)  # one word struck out in a row that stands

    _, rows = _green_rows_with_marks(strike)
    assert not rows[3].accepted and [i.code for i in rows[3].issues] == ["struck_row"]
    assert "删除线" in rows[3].issues[0].message
    assert rows[2].accepted and rows[4].accepted and rows[5].accepted


@pytest.mark.parametrize(
    ("remark", "void"),
    [
        ("重复上报，2月已报送", True),
        ("企业已注销", True),
        ("此行作废", True),
        ("请删除", True),
        ("未注销，仍在生产", False),
        ("非重复上报", False),
        ("新增企业", False),
    ],
)
def test_a_remark_that_marks_the_row_void_refuses_it(remark, void):
    def remark_on_row_4(sheet, _font):
        sheet["F4"] = remark

    _, rows = _green_rows_with_marks(remark_on_row_4)
    assert rows[4].accepted is not void
    if void:
        assert "备注" in rows[4].issues[0].message and rows[4].issues[0].cell == "F4"
    assert all(rows[r].accepted for r in (2, 3, 5))


@pytest.mark.parametrize(
    "codes",
    [
        ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"],
        ["栏次", "甲", "乙", "1", "2", "3"],
        ["A", "B", "C", "D", "E", "F"],
        ["1", "2", "3", "4", "5", "6"],
    ],
)
def test_a_row_of_column_codes_under_the_header_is_no_data(codes):
    header = ["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "声明日期"]
    firm = [1, "嘉兴港区美福食品有限公司", "91330482388767100E", "速冻水饺", "食品", "2025-01-10"]
    sheet = Sheet("三同", [header, codes, firm])
    context = Context(region=load_region("330400"), unit_name="嘉兴港区", year=2025, month=1)
    results, _ = validate_sheet(sheet, find_layout(sheet, get_registry()), context)
    assert [r.excel_row for r in results] == [3]


def test_a_zero_width_space_after_a_code_does_not_make_the_first_row_part_of_the_header():
    header = ["序号", "企业名称", "统一社会信用代码", "所在地", "产品名称", "对标标准", "对标结论"]
    first = [1, "\u00a0嘉善县恒泰电子有限公司\u00a0", "91330421MA28W0Q24R\u200b", "嘉善县\u00a0", "LED驱动电源\u200b"]
    first += ["IEC\u00a061347-2-13:2014", "达到"]
    second = [2, "嘉善县联合木业有限公司", "91330421397666053X", "嘉善县", "实木复合地板", "EN 13489:2017", "优于"]
    sheet = Sheet("Sheet1", [["2024年第三批企业标准对标达标结果公示名单（嘉善县）"], header, first, second])
    context = Context(region=load_region("330400"), unit_name="嘉善县", year=2024, month=9)
    results, _ = validate_sheet(sheet, find_layout(sheet, get_registry()), context)
    assert [(r.excel_row, r.values["enterprise_name"]) for r in results] == [
        (3, "嘉善县恒泰电子有限公司"),
        (4, "嘉善县联合木业有限公司"),
    ]


def _preview_rows(sheet: Sheet, unit: str, year: int, month: int):
    """The rows the upload's reader makes of one sheet, its sheet-wide problems, and the last sheet it made
    from it to read it (None when it read the sheet as it is)."""
    from lib.ingest import shapes
    from lib.ingest.validate import placeholder_keys, validate_block

    registry = get_registry()
    made_from, layouts, made = shapes.read_as(sheet, registry)
    context = Context(load_region("330400"), unit, year, month, placeholders=placeholder_keys(registry.placeholders))
    blocks = [validate_block(made_from, layout, context) for layout in layouts]
    shaped = (made[-1], layouts) if made else None
    return [row for block in blocks for row in block.rows], [i for b in blocks for i in b.issues], shaped


def test_a_return_laid_across_is_read_one_record_per_column():
    rows = [
        ["海宁市2024年8月企业标准对标达标情况表", "", ""],
        ["序号", 1, 2],
        ["企业名称", "海宁市天虹经编有限公司", "海宁市宏利皮革制品有限公司"],
        ["统一社会信用代码", "91330481320609050Y", "913304817844891148"],
        ["产品名称", "经编汽车内饰面料", "汽车座椅用皮革"],
        ["对标标准编号", "ISO 3795:1989", "ISO 17232:2006"],
        ["对标结果", "达到", "优于"],
    ]
    read, issues, shaped = _preview_rows(Sheet("对标达标", rows), "海宁市", 2024, 8)
    assert shaped and shaped[0].kind == "across"
    assert [(r.excel_row, r.values["enterprise_name"], r.values["result"]) for r in read] == [
        (2, "海宁市天虹经编有限公司", "达到"),
        (3, "海宁市宏利皮革制品有限公司", "优于"),
    ]
    assert any(i.code == "read_across" and "按列读取" in i.message for i in issues)
    assert shaped[0].origin(3, 2) == (3, 3)  # the third record's code is cell C3... of the file: row 3, column C


def test_the_problem_table_names_the_cell_of_the_file_also_for_a_return_laid_across(ready_url):
    """A clerk looks up the cell the table names: in a return laid across, the record in column F has its code in
    row 5 (F5), and the Tongxiang firm in column E its county in row 6 (E6), not the cells of the sheet read."""
    from lib.db import session_scope
    from lib.ingest.report import issue_table
    from lib.ingest.service import preview_upload
    from lib.periods import Period

    path = Path(__file__).parent / "samples" / "corpus" / "files" / "haining_2024-08_benchmarking_transposed.xlsx"
    with session_scope(ready_url) as session:
        preview = preview_upload(
            session,
            path.read_bytes(),
            path.name,
            unit_name="海宁市",
            period=Period(2024, 8),
            registry=get_registry(),
            region=load_region("330400"),
        )
    table = issue_table(preview).set_index("列")
    assert table.loc["统一社会信用代码", "单元格"] == "F5"
    assert table.loc["所属县（市、区）", "单元格"] == "E6"


def test_recalls_written_as_forms_are_read_one_record_per_block():
    block = [
        ["生产者名称", "嘉兴市秀洲区洪合童车有限公司", "统一社会信用代码", "91330411MA28RBD75C"],
        ["产品名称", "儿童自行车", "型号规格", "HH-12、HH-14"],
        ["召回类型", "主动召回", "涉及数量", "2860辆"],
        ["召回日期", "2025-05-06", "已召回数量", "1530辆"],
    ]
    second = [
        ["生产者名称", "嘉兴市王店家电有限公司", "统一社会信用代码", "91330411MA2JKJ5HXH"],
        ["产品名称", "取暖器", "型号规格", "NF-2000"],
        ["召回类型", "责令召回", "涉及数量", "4200台"],
        ["召回日期", "2025-05-14", "已召回数量", "/"],
    ]
    rows = [["秀洲区2025年5月缺陷产品召回计划备案情况", "", "", ""], ["", "", "", ""], *block, ["", ""], *second]
    read, issues, shaped = _preview_rows(Sheet("召回计划", rows), "秀洲区", 2025, 5)
    assert shaped and shaped[0].kind == "forms"
    assert [
        (r.excel_row, r.values["enterprise_name"], r.values["quantity"], r.values["quantity_unit"]) for r in read
    ] == [
        (3, "嘉兴市秀洲区洪合童车有限公司", 2860, "辆"),
        (8, "嘉兴市王店家电有限公司", 4200, "台"),
    ]
    assert all(r.accepted for r in read), [i.message for r in read for i in r.issues]
    assert any(i.code == "read_forms" for i in issues)
    # A problem in the second record's 涉及数量 points at the cell the clerk typed it in: D10.
    labels = [label for row in block for label in row[::2]]
    assert shaped[0].origin(8, labels.index("涉及数量")) == (10, 4)


def test_a_list_is_read_as_it_is():
    header = ["序号", "企业名称", "统一社会信用代码", "产品名称", "状态", "备注"]
    rows = [header, [1, "嘉兴市秀洲织造有限公司", "91330411MA2B3PCX0R", "经编面料", "已认证", "产品名称 经编"]]
    read, _, shaped = _preview_rows(Sheet("品字标", rows), "秀洲区", 2024, 6)
    assert shaped is None and [r.excel_row for r in read] == [2]


def test_the_annotated_copy_of_forms_marks_the_cell_the_clerk_typed():
    import io

    from openpyxl import Workbook, load_workbook

    from lib.ingest.annotate import annotate

    book = Workbook()
    sheet = book.active
    sheet.title = "召回计划"
    sheet.append(["秀洲区2025年5月缺陷产品召回计划备案情况"])
    sheet.append([])
    for code in ("91330411MA28RBD75C", "91330411MA2JKJ5HX1"):  # the second code's check character is wrong
        sheet.append(["生产者名称", "嘉兴市王店家电有限公司", "统一社会信用代码", code])
        sheet.append(["产品名称", "取暖器", "型号规格", "NF-2000"])
        sheet.append(["召回类型", "主动召回", "涉及数量", "4200台"])
        sheet.append(["召回日期", "2025-05-14", "已召回数量", "0"])
        sheet.append([])
    out = io.BytesIO()
    book.save(out)
    (read,) = read_sheets(out.getvalue(), "秀洲区召回.xlsx")
    rows, _, _ = _preview_rows(read, "秀洲区", 2025, 5)
    wrong = [i for r in rows for i in r.issues if i.code == "uscc_check"]
    assert [i.row for i in wrong] == [8]
    marked = load_workbook(io.BytesIO(annotate(out.getvalue(), "秀洲区召回.xlsx", wrong)))["召回计划"]
    assert marked["D8"].comment is not None and "校验位" in marked["D8"].comment.text
    assert marked["A8"].comment is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("☑达到 □优于", "达到"),
        ("□达到 ☑优于", "优于"),
        ("■达到 □优于", "达到"),
        ("达到□\u3000优于☑", "优于"),
        ("□达到 □优于", None),  # none ticked: no answer
        ("A.主动召回", "主动召回"),
        ("B、 责令召回", "责令召回"),
        ("02-责令召回", "责令召回"),  # a drop-down's coded value
        ("请选择", None),  # a drop-down left at its prompt
    ],
)
def test_a_ticked_option_or_a_lettered_answer_is_the_choice(written, expected):
    from lib.ingest.validate import placeholder_keys

    registry = get_registry()
    program = "recall" if "召回" in written else "benchmarking"
    header = (
        ["生产者名称", "统一社会信用代码", "产品名称", "召回类型", "涉及数量", "召回日期"]
        if program == "recall"
        else ["企业名称", "统一社会信用代码", "产品名称", "对标标准", "对标结果", "完成日期"]
    )
    first = "91330402MA2B3PCX0"
    row = ["嘉兴市南湖阀门有限公司", first + uscc_check_char(first), "球阀", "GB/T 1", written, "2024-10-09"]
    if program == "recall":
        row = [*row[:3], written, "120台", "2024-10-09"]
    sheet = Sheet("Sheet1", [header, row])
    context = Context(load_region("330400"), "南湖区", 2024, 10, placeholders=placeholder_keys(registry.placeholders))
    from lib.ingest.validate import validate_block

    block = validate_block(sheet, find_layout(sheet, registry), context)
    (result,) = block.rows
    key = "recall_type" if program == "recall" else "result"
    assert result.values.get(key) == expected
    if expected is None:  # told as a cell with no answer, never as a word the clerk should change
        assert any("按未填处理" in i.message and written in i.message for i in block.issues)
        assert not any(i.code == "bad_choice" for i in result.issues)


def test_a_row_of_units_under_the_header_gives_the_quantity_its_unit_and_is_no_data():
    header = ["序号", "生产者名称", "统一社会信用代码", "产品名称", "召回方式", "涉及数量", "召回日期"]
    units = ["—", "—", "—", "—", "—", "台", "年/月/日"]
    first = "91330481MA2DHPYJ5"
    row = [1, "海宁市硖石电器有限公司", first + uscc_check_char(first), "吸尘器", "主动召回", "1,500", "2025-03-04"]
    sheet = Sheet("召回", [header, units, row])
    context = Context(region=load_region("330400"), unit_name="海宁市", year=2025, month=3)
    (result,), _ = validate_sheet(sheet, find_layout(sheet, get_registry()), context)
    assert result.excel_row == 3 and result.values["quantity"] == 1500 and result.values["quantity_unit"] == "台"


def test_a_column_holding_two_fields_is_read_as_two():
    header = ["序号", "企业名称（统一社会信用代码）", "对标产品", "对标标准/对标结果", "完成时间"]
    codes = ["91330411MA2F7402X", "91330411375868455"]
    codes = [c + uscc_check_char(c) for c in codes]
    rows = [
        [1, f"嘉兴市秀洲区新塍电子有限公司（{codes[0]}）", "智能插座", "IEC 60884-1:2022/达到", "2024年12月3号"],
        [2, f"浙江王江泾纺织有限公司\n{codes[1]}", "涤纶仿真丝面料", "GB/T 13934/优于", "24/12/6"],
    ]
    read, issues, _ = _preview_rows(Sheet("对标达标", [header, *rows]), "秀洲区", 2024, 12)
    assert [
        (r.values["enterprise_name"], r.values["uscc"], r.values["standard_no"], r.values["result"]) for r in read
    ] == [
        ("嘉兴市秀洲区新塍电子有限公司", codes[0], "IEC 60884-1:2022", "达到"),
        ("浙江王江泾纺织有限公司", codes[1], "GB/T 13934", "优于"),
    ]
    assert any(i.code == "read_split" for i in issues)


def test_a_line_break_inside_chinese_text_is_no_space_and_elsewhere_is_one():
    assert clean_text("桐乡市濮院\n针织有限公司") == "桐乡市濮院针织有限公司"
    assert clean_text("电源适配器爬电距离不足，\r\n存在触电风险") == "电源适配器爬电距离不足，存在触电风险"
    assert clean_text("LED\n台灯") == "LED 台灯"


def test_a_letter_o_in_a_credit_code_is_read_as_zero():
    from lib.identifiers import normalise_uscc

    first = "91330482MA2GEETY2"
    code = first + uscc_check_char(first)
    assert normalise_uscc(code.replace("0", "O", 1)) == code
    assert normalise_uscc("\t" + code) == code


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("生产者所在地", "unit"),
        ("1. 填报单位", "unit"),
        ("2. 生产者名称（必填）", "enterprise_name"),
        ("所在地", "unit"),
    ],
)
def test_a_numbered_question_or_a_field_named_with_its_owner_is_that_field(header, field):
    from lib.ingest.headers import match_header

    registry = get_registry()
    cells = {0: [header], 1: ["产品名称"], 2: ["统一社会信用代码"]}
    found = match_header(registry.get("recall"), cells, {c: t[0] for c, t in cells.items()}, registry)
    assert found.matches[field].column == 0


def test_subtotals_per_unit_and_a_stamp_under_the_list_are_no_data():
    header = ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "对标产品", "对标标准", "对标结果"]
    first = "91330482MA2J51RA1"
    firm = [
        1,
        "平湖市",
        "平湖市当湖箱包有限公司",
        first + uscc_check_char(first),
        "硬壳拉杆箱",
        "EN 15986:2011",
        "达到",
    ]
    rows = [
        header,
        firm,
        ["", "平湖市 小计", "1家", "", "1个", "", ""],
        ["", "合计", "1家", "", "1个", "", ""],
        ["", "", "", "", "", "平湖市市场监督管理局（盖章）", ""],
        ["", "", "", "", "", "2025年4月3日", ""],
    ]
    sheet = Sheet("对标达标", rows)
    context = Context(region=load_region("330400"), unit_name="平湖市", year=2025, month=3)
    results, skipped = validate_sheet(sheet, find_layout(sheet, get_registry()), context)
    assert [r.excel_row for r in results] == [2]
    assert skipped["total"] == 2 and skipped["note"] == 2


@pytest.mark.parametrize("legend", ["note", "key", "none"])
def test_a_row_shaded_in_a_colour_the_legend_says_does_not_count_is_refused(legend):
    import io

    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    from lib.ingest.validate import validate_block

    grey, yellow = PatternFill("solid", fgColor="FFBFBFBF"), PatternFill("solid", fgColor="FFFFFF00")
    book = Workbook()
    sheet = book.active
    sheet.title = "品字标企业"
    sheet.append(["南湖区“品字标”品牌企业名单（2025年1月）"])
    if legend == "note":
        sheet.append(["说明：黄色底纹为本月新入库培育企业，灰色底纹为已退出培育库企业（不计入本月数）。"])
    elif legend == "key":
        sheet.append([None, None, "入库培育", None, "已退出"])
        sheet["B2"].fill, sheet["D2"].fill = yellow, grey
    else:
        sheet.append([])
    sheet.append(["序号", "企业名称", "统一社会信用代码", "产品名称", "证书编号"])
    for cell in sheet[3]:
        cell.fill = grey  # a grey header is no legend of anything
    firms = ["91330402MA2H43EA7", "91330402MA28827B1", "91330402MA2E2251X"]
    for n, first in enumerate(firms, 1):
        sheet.append([n, f"嘉兴市南湖第{n}有限公司", first + uscc_check_char(first), f"产品{n}", None])
    for cell in sheet[5]:
        cell.fill = grey
    for cell in sheet[6]:
        cell.fill = yellow
    out = io.BytesIO()
    book.save(out)
    (read,) = read_sheets(out.getvalue(), "南湖区品字标.xlsx")
    context = Context(region=load_region("330400"), unit_name="南湖区", year=2025, month=1)
    rows = {r.excel_row: r for r in validate_block(read, find_layout(read, get_registry()), context).rows}
    assert rows[4].accepted and rows[6].accepted
    if legend == "none":
        assert rows[5].accepted
    else:
        assert [i.code for i in rows[5].issues] == ["void_colour"]
        assert "灰色" in rows[5].issues[0].message and "退出" in rows[5].issues[0].message


def test_a_firm_whose_address_is_in_another_unit_is_that_units_when_the_sheet_has_no_unit_column():
    header = ["序号", "证书编号", "获证组织", "统一社会信用代码", "认证产品", "认证目录", "颁证日期", "企业地址"]
    codes = [c + uscc_check_char(c) for c in ("91330411MA2CGXMP3", "91330481365904934")]
    rows = [
        header,
        [
            1,
            "CGP2502020041",
            "嘉兴市新塍涂料有限公司",
            codes[0],
            "木器涂料",
            "涂料",
            "2025-02-14",
            "浙江省嘉兴市秀洲区新塍镇",
        ],
        [
            2,
            "CGP2502020047",
            "海宁市盐官新型建材有限公司",
            codes[1],
            "外墙涂料",
            "涂料",
            "2025-02-21",
            "嘉兴市海宁市盐官镇8号",
        ],
        [3, "CGP2502020050", "嘉兴市南湖大道建材有限公司", codes[0], "内墙涂料", "涂料", "2025-02-22", "南湖大道8号"],
    ]
    sheet = Sheet("绿色产品认证", rows)
    context = Context(region=load_region("330400"), unit_name="秀洲区", year=2025, month=2)
    results, _ = validate_sheet(sheet, find_layout(sheet, get_registry()), context)
    assert [r.accepted for r in results] == [True, False, True]
    assert [i.code for i in results[1].issues] == ["other_unit"] and "海宁市" in results[1].issues[0].message


def _rows_of(rows: list[list], unit: str, year: int, month: int, name: str = "Sheet1") -> dict:
    """The reader's rows of one sheet by Excel row (placeholders as the registry declares them)."""
    read, _, _ = _preview_rows(Sheet(name, rows), unit, year, month)
    return {r.excel_row: r for r in read}


def _code(first17: str) -> str:
    return first17 + uscc_check_char(first17)


def test_english_headers_text_kept_for_excel_and_numbers_not_given_yet():
    header = ["No.", "Company Name", "USCC", "County", "Product", "Category", "Declaration Date", "Listed on Platform"]
    firm = [
        1,
        "海宁市许村家纺有限公司",
        _code("91330481MA2G5L86X"),
        "海宁市",
        "提花窗帘",
        "一般消费品",
        "2024-09-03",
        True,
    ]
    (row,) = _rows_of([header, firm], "海宁市", 2024, 9).values()
    assert row.accepted and row.values["uscc"] == firm[2] and row.values["date"] == dt.date(2024, 9, 3)
    assert row.values["on_platform"] is True
    header = ["企业名称", "统一社会信用代码", "产品名称", "状态", "证书编号", "证书有效期"]
    pending = ["嘉善大云紡織有限公司", _code("91330421MA2J3C904"), "功能性面料", "入库", "申请中", "长期"]
    (row,) = _rows_of([header, pending], "嘉善县", 2025, 3, "品字标").values()
    assert row.accepted and "cert_no" not in row.values and row.values["status"] == "入库培育"


def test_records_merged_down_over_two_rows_are_one_record_each():
    from lib.ingest import shapes

    header = ["序号", "生产企业", "统一社会信用代码", "产品名称", "召回方式", "涉及数量", "召回时间"]
    rows = [header]
    merged = []
    for n, (name, first) in enumerate(
        [("海盐县武原紧固件有限公司", "91330424MA2BQYQD7"), ("浙江海盐核电阀门有限公司", "91330424MA2DJM6N2")]
    ):
        rows += [[n + 1, name, _code(first), "膨胀螺栓", "主动召回", "120套", "2025年2月5日"], [""] * 7]
        merged += [((1 + 2 * n, c), (2 + 2 * n, c)) for c in range(7)]
    sheet = Sheet("召回", rows, merged=merged)
    registry = get_registry()
    made, layouts, _ = shapes.read_as(sheet, registry)
    from lib.ingest.validate import validate_block

    block = validate_block(made, layouts[0], Context(load_region("330400"), "海盐县", 2025, 2))
    assert [r.excel_row for r in block.rows] == [2, 4] and all(r.accepted for r in block.rows)


def test_a_firms_further_products_in_sub_rows_and_a_unit_from_its_groups_heading():
    header = ["序号", "生产者名称", "统一社会信用代码", "召回产品", "召回类型", "涉及数量"]
    code = _code("91330421340143665")
    rows = [
        header,
        [1, "嘉善童乐玩具有限公司", code, "儿童电动车", "主动召回", "1,200辆"],
        ["", "", "", "儿童滑板车", "主动召回", "350辆"],
        [2, "", "", "婴儿学步车", "主动召回", "80辆"],  # its own 序号: a row missing its firm, not a sub-row
    ]
    read = _rows_of(rows, "嘉善县", 2024, 11, "召回")
    assert (
        read[3].accepted
        and read[3].values["enterprise_name"] == "嘉善童乐玩具有限公司"
        and read[3].values["uscc"] == code
    )
    assert not read[4].accepted
    header = ["序号", "企业名称", "统一社会信用代码", "对标产品", "对标标准", "对标结果"]
    rows = [
        header,
        ["一、南湖区（1家）", "", "", "", "", ""],
        [1, "嘉兴南湖压缩机有限公司", _code("91330402349204508"), "压缩机", "ISO 917:1989", "达到"],
        ["二、嘉兴经济技术开发区（1家）", "", "", "", "", ""],
        [1, "嘉兴经开食品科技有限公司", _code("91330402MA2J8X7T3"), "发酵乳", "CODEX STAN 243-2003", "达到"],
        ["合計", "2家", "", "", "", ""],
    ]
    read = _rows_of(rows, "南湖区", 2024, 6, "对标达标")
    assert sorted(read) == [3, 5]
    assert read[3].accepted and [i.code for i in read[5].issues] == ["other_unit"]


def test_a_firm_named_after_another_unit_and_registered_there_is_that_units():
    header = ["序号", "生产者名称", "统一社会信用代码", "召回产品", "召回类型", "涉及数量"]
    rows = [
        header,
        [1, "桐乡市梧桐电器有限公司", _code("91330483345539167"), "取暖器", "主动召回", "600台"],
        [2, "嘉兴经开家电有限公司", _code("91330402345539167"), "电暖器", "主动召回", "60台"],  # 经开 registers in 南湖
        [
            3,
            "桐乡市嘉善分厂有限公司",
            _code("91330421345539167"),
            "电扇",
            "主动召回",
            "6台",
        ],  # named and registered apart
    ]
    read = _rows_of(rows, "嘉善县", 2024, 11, "召回")
    assert [i.code for i in read[2].issues if i.severity == "error"] == ["other_unit"]
    assert read[4].accepted


def test_a_revoked_certificate_is_refused_and_a_suspended_one_counts():
    header = ["证书编号", "获证组织", "统一社会信用代码", "认证产品", "发证日期", "证书状态"]
    rows = [
        header,
        ["CGP2410010001", "平湖市第一涂料有限公司", _code("91330482MA2J51RA1"), "涂料", "2024-10-08", "有效"],
        ["CGP2410010002", "平湖市第二涂料有限公司", _code("91330482MA2GFJMJ4"), "涂料", "2024-10-09", "暂停"],
        ["CGP2410010003", "平湖市第三涂料有限公司", _code("91330482MA2BYC3LX"), "涂料", "2024-10-10", "撤销"],
    ]
    read = _rows_of(rows, "平湖市", 2024, 10, "证书信息")
    assert read[2].accepted and read[3].accepted and not read[4].accepted
    assert [i.code for i in read[4].issues] == ["void_row"]


def test_a_text_file_keeps_codes_as_text_with_an_apostrophe_or_t():
    code = _code("91330483MA2DW5932")
    text = "序号,企业名称,统一社会信用代码,产品名称,对标标准,对标结果,完成日期\n"
    text += f'1,桐乡市濮院羊毛衫有限公司,\'{code},羊绒衫,"=T(""ISO 3758:2012"")",达到,\'2024-09-05\n'
    (sheet,) = read_sheets(text.encode("gbk"), "桐乡市对标达标.csv")
    (row,) = _preview_rows(sheet, "桐乡市", 2024, 9)[0]
    assert row.accepted and row.values["uscc"] == code and row.values["standard_no"] == "ISO 3758:2012"
    assert row.values["date"] == dt.date(2024, 9, 5)


def test_a_years_list_keeps_only_this_months_rows_by_its_month_or_new_column():
    header = ["月份", "企业名称", "统一社会信用代码", "产品", "状态", "认定日期"]
    rows = [
        header,
        ["2024年4月", "桐乡市梧桐羊毛衫有限公司", _code("91330483MA2CFHTC2"), "羊毛衫", "入库培育", "2024-04-10"],
        ["2024年5月", "桐乡市濮院毛纺有限公司", _code("91330483MA28R56G8"), "精纺毛纱", "入库培育", "2024-05-07"],
    ]
    read, issues, _ = _preview_rows(Sheet("品字标", rows), "桐乡市", 2024, 5)
    assert [(r.excel_row, r.values["date"]) for r in read] == [(3, dt.date(2024, 5, 7))]
    assert any(i.code == "earlier_rows" and "第2行" in i.message for i in issues)
    header = ["企业名称", "统一社会信用代码", "产品名称", "对标标准", "对标结果", "本月新增"]
    rows = [
        header,
        ["嘉善县天凝木业有限公司", _code("91330421MA2EBPD98"), "实木复合地板", "EN 13489:2017", "达到", "否"],
        ["嘉善县姚庄电子科技有限公司", _code("91330421MA2DJM153"), "片式电感", "IEC 62024-1:2017", "达到", "是"],
    ]
    read, _, _ = _preview_rows(Sheet("对标达标", rows), "嘉善县", 2024, 8)
    assert [r.excel_row for r in read] == [3]


def test_a_former_name_in_brackets_is_no_part_of_the_name_and_a_blank_template_line_is_no_data():
    header = ["序号", "企业名称", "统一社会信用代码", "对标产品", "对标标准", "对标结果"]
    rows = [
        header,
        [
            1,
            "嘉兴经开智能家居股份有限公司（原嘉兴经开家具有限公司）",
            _code("91330402MA2H43EA7"),
            "沙发",
            "EN 1",
            "达到",
        ],
        [
            2,
            "浙江嘉经新材料科技有限公司(曾用名：嘉兴嘉经塑料制品有限公司)",
            _code("91330402MA2E2251X"),
            "膜",
            "EN 2",
            "达到",
        ],
        [3, "以下空白", "", "", "", ""],
        [4, "", "", "", "", ""],
    ]
    read, _, _ = _preview_rows(Sheet("对标达标", rows), "嘉兴经济技术开发区", 2024, 8)
    assert [r.values["enterprise_name"] for r in read] == ["嘉兴经开智能家居股份有限公司", "浙江嘉经新材料科技有限公司"]


def test_a_utf16_text_file_without_a_byte_order_mark_is_read():
    text = "生产者名称,统一社会信用代码,产品名称,召回类型,涉及数量\n"
    text += "嘉兴市一二三电器有限公司,91330411MA2D0WUL26,取暖器,主动召回,1150\n"
    (sheet,) = read_sheets(text.encode("utf-16-le"), "秀洲区召回.csv")
    assert sheet.rows[1][0] == "嘉兴市一二三电器有限公司"


def test_a_year_to_date_sheet_beside_the_months_sheet_is_not_read(sqlite_url):
    import io

    from openpyxl import Workbook

    from lib.ingest.service import preview_upload

    book = Workbook()
    header = ["企业名称", "统一社会信用代码", "产品名称", "产品类别", "声明日期"]
    month = book.active
    month.title = "2月新增"
    total = book.create_sheet("2025年累计")
    for sheet in (month, total):
        sheet.append(header)
    feb = ["海宁市许村布艺有限公司", _code("91330481789721277"), "提花沙发布", "一般消费品", "2025-02-06"]
    month.append(feb)
    total.append(["海宁市长安经编有限公司", _code("91330481MA2JGWUL5"), "经编网布", "工业品", "2025-01-09"])
    total.append(feb)
    out = io.BytesIO()
    book.save(out)
    from lib.db import session_scope, upgrade_database
    from lib.periods import Period
    from lib.store import sync_units

    url = sqlite_url
    upgrade_database(url)
    with session_scope(url) as session:
        sync_units(session, load_region("330400"))
        preview = preview_upload(
            session,
            out.getvalue(),
            "海宁市三同.xlsx",
            unit_name="海宁市",
            period=Period(2025, 2),
            registry=get_registry(),
            region=load_region("330400"),
        )
    assert [report.sheet for report in preview.sheets] == ["2月新增"]
    assert "2025年累计" in preview.ignored_sheets


def _read(rows: list[list[object]], unit: str = "嘉善县", name: str = "对标达标", merged=None, month=(2024, 5)):
    registry, region = get_registry(), load_region("330400")
    sheet = Sheet(name, rows, merged=merged or [])
    layout = find_layout(sheet, registry)
    return validate_sheet(sheet, layout, Context(region, unit, *month))


def test_a_yes_no_answer_with_an_aside_after_it():
    assert parse_bool("否（正在申请）") is False and parse_bool("是(2024年入驻)") is True
    with pytest.raises(ValueError):
        parse_bool("正在申请")


def test_a_date_split_over_year_month_and_day_columns():
    """A paper form's 完成时间 over 年 | 月 | 日: one date, an empty 日 the month's first day, and the 年月日 row
    is no data and no second header."""
    code = "91330421MA2FRHNE90"
    rows = [
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "对标结果", "完成时间", "", ""],
        ["", "", "", "", "", "年", "月", "日"],
        [1, "浙江嘉善华美木业有限公司", code, "实木复合地板", "达到", 2024, 5, 6],
        [2, "嘉善县天凝家具有限公司", "91330421MA2EGL9N39", "办公椅", "优于", 2024, 5, None],
    ]
    merged = [((0, c), (1, c)) for c in range(5)] + [((0, 5), (0, 7))]
    results, _ = _read(rows, merged=merged)
    assert [r.values.get("date") for r in results] == [dt.date(2024, 5, 6), dt.date(2024, 5, 1)]
    assert [r.excel_row for r in results] == [3, 4]


def test_a_list_headed_month_by_month_keeps_the_upload_month():
    rows = [
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "对标结果", "完成日期"],
        ["一月份（1家）", None, None, None, None, None],
        [1, "嘉善县天凝家具有限公司", "91330421MA2EGL9N39", "办公椅", "优于", dt.date(2024, 1, 9)],
        ["五月份（1家）", None, None, None, None, None],
        [2, "浙江嘉善华美木业有限公司", "91330421MA2FRHNE90", "实木复合地板", "达到", dt.date(2024, 5, 6)],
        ["2024年累计", "2家", None, None, None, None],
    ]
    merged = [((1, 0), (1, 5)), ((3, 0), (3, 5))]
    results, skipped = _read(rows, merged=merged)
    assert [r.excel_row for r in results] == [5]
    assert skipped["earlier"] == 1


def test_a_choice_field_without_a_column_is_given_by_the_sheet_name():
    rows = [
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "声明日期"],
        [1, "海盐县于城食品有限公司", "91330424MA2BQNL17E", "速冻汤圆", dt.date(2024, 4, 3)],
    ]
    (row,), _ = _read(rows, unit="海盐县", name="食品农产品", month=(2024, 4))
    assert row.values["category"] == "食品农产品"


def test_a_heading_over_two_columns_reads_the_whole_and_leaves_the_abbreviation():
    """企业名称 merged over 全称 | 简称: the name is the 全称; the 简称 is no field and no second header."""
    rows = [
        ["序号", "企业名称", "", "统一社会信用代码", "产品名称", "对标结果"],
        ["", "全称", "简称", "", "", ""],
        [1, "浙江嘉善华美木业有限公司", "华美木业", "91330421MA2FRHNE90", "实木复合地板", "达到"],
    ]
    merged = [((0, 1), (0, 2))] + [((0, c), (1, c)) for c in (0, 3, 4, 5)]
    (row,), _ = _read(rows, merged=merged)
    assert row.accepted and row.values["enterprise_name"] == "浙江嘉善华美木业有限公司"


def test_marks_spans_pagers_and_instruction_rows():
    rows = [
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "对标结果", "完成日期"],
        ["", "填写企业全称", "18位，字母须大写", "具体到产品名称", "下拉选择：达到/优于", "格式：2024-05-01"],
        [1, "★浙江嘉善华美木业有限公司", "91330421MA2FRHNE90", "实木复合地板", "达到", dt.date(2024, 5, 6)],
        [2, "嘉善县天凝家具有限公司▲", "91330421MA2EGL9N39", "办公椅", "优于", "3年"],
        ["共 2 条", "10条/页", "<", 1, ">", "前往"],
    ]
    results, _ = _read(rows)
    assert [r.excel_row for r in results] == [3, 4]
    assert [r.values["enterprise_name"] for r in results] == ["浙江嘉善华美木业有限公司", "嘉善县天凝家具有限公司"]
    assert "date" not in results[1].values  # a span is no day


def test_a_year_and_month_run_together_own_unit_words_and_a_unit_in_square_brackets():
    from lib.ingest.normalise import parse_date

    assert parse_date("202503") == dt.date(2025, 3, 1) and parse_date(202503) == dt.date(2025, 3, 1)
    assert parse_date(20250306) == dt.date(2025, 3, 6)
    rows = [
        ["序号", "生产者名称", "统一社会信用代码", "所属地区", "产品名称", "召回类型", "涉及数量[台]", "召回日期"],
        [1, "平湖市钟埭家电有限公司", "91330482MA2G1WT37Q", "本市", "手持式吸尘器", "主动召回", 1800, "202405"],
    ]
    (row,), _ = _read(rows, unit="平湖市", name="召回")
    assert row.accepted, row.issues
    read = (row.values["unit"], row.values["quantity_unit"], row.values["date"])
    assert read == ("平湖市", "台", dt.date(2024, 5, 1))


def test_a_validity_over_two_columns_and_indicator_rows_under_a_record():
    rows = [
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "对标结果", "关键技术指标", "完成日期"],
        [1, "浙江嘉善华美木业有限公司", "91330421MA2FRHNE90", "实木地板", "达到", "甲醛", dt.date(2024, 5, 6)],
        [None, None, None, None, None, "耐磨转数", None],
        [2, "嘉善县天凝家具有限公司", "91330421MA2EGL9N39", "办公椅", "优于", "静载荷", dt.date(2024, 5, 9)],
    ]
    merged = [((1, c), (2, c)) for c in (0, 1, 2, 3, 4, 6)]
    results, _ = _read(rows, merged=merged)
    assert [r.excel_row for r in results] == [2, 4]
    rows = [
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "证书编号", "证书有效期", ""],
        ["", "", "", "", "", "", "起", "止"],
        [1, "嘉善县姚庄家具有限公司", "91330421MA2FW5L223", "餐桌", "家具", "CGP2404H0088", "2024-04-03", "2029-04-02"],
    ]
    merged = [((0, 6), (0, 7))] + [((0, c), (1, c)) for c in range(6)]
    (row,), _ = _read(rows, name="绿色产品认证", month=(2024, 4), merged=merged)
    assert row.values["valid_until"] == dt.date(2029, 4, 2)


def test_a_choice_with_a_column_per_value_reads_the_ticked_one():
    """产品类别 merged over 食品农产品 | 一般消费品 | 工业品, each row's one √: the category; no second header."""
    rows = [
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "", "", "声明日期"],
        ["", "", "", "", "食品农产品", "一般消费品", "工业品", ""],
        [1, "平湖市新仓农业开发有限公司", "91330482MA2G42L30C", "速冻甜玉米", "√", "", "", dt.date(2025, 1, 6)],
        [2, "平湖市景兴包装材料有限公司", "91330482MA2HQ4CEX0", "瓦楞纸箱", "", "", "√", dt.date(2025, 1, 8)],
    ]
    merged = [((0, 4), (0, 6))] + [((0, c), (1, c)) for c in (0, 1, 2, 3, 7)]
    results, _ = _read(rows, unit="平湖市", name="三同", month=(2025, 1), merged=merged)
    assert [r.values.get("category") for r in results] == ["食品农产品", "工业品"]
