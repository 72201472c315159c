"""Templates and annotated copies, read back the way Excel would show them."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from lib.identifiers import make_uscc
from lib.ingest.annotate import annotate
from lib.ingest.layout import find_layout
from lib.ingest.read import read_sheets
from lib.ingest.template import build_template
from lib.ingest.validate import Context, validate_sheet
from lib.periods import Period
from lib.programs import get_registry
from lib.region import load_region
from tests.test_ingest import MESSY
from tests.test_upload import upload


def test_template_has_every_program_with_drop_downs_and_instructions():
    registry = get_registry()
    workbook = load_workbook(io.BytesIO(build_template(registry, unit_name="南湖区", period=Period(2024, 10))))
    assert workbook.sheetnames == ["填报说明", *(p.sheet for p in registry)]
    instructions = "\n".join(str(c.value) for row in workbook["填报说明"].iter_rows() for c in row if c.value)
    assert "南湖区填报2024年10月" in instructions and "可选：达到、优于" in instructions
    sheet = workbook["对标达标"]
    assert "南湖区2024年10月" in sheet["A1"].value
    headers = [c.value for c in sheet[3]]
    assert headers[:4] == ["序号", "企业名称", "统一社会信用代码", "所属县（市、区）"]
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert '"达到,优于"' in lists.values() and '"南湖区"' in lists.values()
    assert sheet["B3"].comment is not None and "必填" in sheet["B3"].comment.text
    assert sheet.freeze_panes == "B4"


def test_a_filled_template_is_read_back_without_problems():
    registry = get_registry()
    workbook = load_workbook(io.BytesIO(build_template(registry, unit_name="海宁市", period=Period(2024, 10))))
    sheet = workbook["三同"]
    sheet.append(
        [
            1,
            "海宁锦程经编有限公司",
            make_uscc("330481", "MA2D0009"),
            "海宁市",
            "经编毛毯",
            "一般消费品",
            "2024-10-08",
            "是",
        ]
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    context = Context(region=load_region("330400"), unit_name="海宁市", year=2024, month=10)
    found = {}
    for read in read_sheets(buffer.getvalue(), "template.xlsx"):
        layout = find_layout(read, registry)
        if layout:
            found[layout.program.key] = validate_sheet(read, layout, context)[0]
    assert set(found) == set(registry.keys)  # every sheet recognised, 填报说明 ignored
    assert [r.accepted for r in found["three_same"]] == [True]
    assert all(rows == [] for key, rows in found.items() if key != "three_same")  # empty sheets: nil returns


def test_blank_single_program_template():
    workbook = load_workbook(io.BytesIO(build_template(get_registry(), program_key="recall")))
    assert workbook.sheetnames == ["填报说明", "缺陷产品召回"]
    assert "____年__月" in workbook["缺陷产品召回"]["A1"].value


def test_annotated_copy_marks_problem_cells(sqlite_url):
    from lib.db import session_scope, upgrade_database
    from lib.store import sync_units

    upgrade_database(sqlite_url)
    with session_scope(sqlite_url) as session:
        sync_units(session, load_region("330400"))
    preview, _ = upload(sqlite_url, MESSY.read_bytes(), MESSY.name, commit=False)
    workbook = load_workbook(io.BytesIO(annotate(MESSY.read_bytes(), MESSY.name, preview.issues)))
    bad_code = workbook["对标达标"]["C9"]
    assert bad_code.fill.fgColor.rgb.endswith("F8B4B4")
    assert "校验位不符" in bad_code.comment.text
    outside = workbook["对标达标"]["H11"]
    assert outside.fill.fgColor.rgb.endswith("FCE8A6") and "提醒" in outside.comment.text
    assert workbook["对标达标"]["B5"].comment is None  # a good cell stays untouched
    assert workbook["对标达标"]["A1"].value.startswith("附件1")  # the user's own file, titles kept


def test_the_instructions_sheet_is_no_return_when_its_programs_sheets_are_deleted(ready_url):
    """A clerk keeps only the sheet of this month's one program: the template's 填报说明 (which lists every program's
    fields) is not read as the return of a program whose sheet is gone."""
    workbook = load_workbook(io.BytesIO(build_template(get_registry(), unit_name="海宁市", period=Period(2024, 10))))
    for name in workbook.sheetnames[1:]:
        if name != "三同":
            del workbook[name]
    row = [1, "海宁锦程经编有限公司", make_uscc("330481", "MA2D0009"), "海宁市", "经编毛毯", "一般消费品", "2024-10-08"]
    workbook["三同"].append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    preview, _ = upload(ready_url, buffer.getvalue(), "海宁市三同.xlsx", unit="海宁市", commit=False)
    assert [(s.sheet, s.program, s.accepted) for s in preview.sheets] == [("三同", "three_same", 1)]
    assert preview.ignored_sheets == ["填报说明"]
