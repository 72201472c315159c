"""Returns laid out the way county bureaus send them: two programs in one sheet, headers written
another way, placeholders, yes/no statuses, dates without a year, formulas saved without results,
and the clerk's confirmed mappings applied the next month (page service and CLI), on SQLite and
PostgreSQL. The refused-sheet status on 上报情况 lives here too."""

from __future__ import annotations

import datetime as dt
import io
import json

from openpyxl import Workbook
from sqlalchemy import select

from lib.db import session_scope
from lib.identifiers import make_uscc
from lib.ingest.report import chosen_columns, current_choices, mapping_table
from lib.ingest.service import confirm_columns, confirm_value, preview_upload
from lib.models import AuditLog, ColumnMapping, Unit
from lib.periods import Period
from lib.programs import get_registry
from lib.region import load_region
from lib.reporting import load_status
from tests.test_cli import cli
from tests.test_upload import ADMIN, OCT, upload


def code(n: int, region: str = "330402") -> str:
    return make_uscc(region, f"MA2R{n:04d}")


def workbook(*sheets: tuple[str, list[list]], formulas: bool = False) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def preview(url: str, data: bytes, name: str = "return.xlsx", period: Period = OCT, **kwargs):
    with session_scope(url) as session:
        return preview_upload(
            session,
            data,
            name,
            unit_name="南湖区",
            period=period,
            registry=get_registry(),
            region=load_region("330400"),
            **kwargs,
        )


def rows_of(report) -> dict[int, object]:
    return {r.excel_row: r for r in report.rows}


TWO_BLOCKS = workbook(
    (
        "Sheet1",
        [
            ["2024年10月南湖区质量提升工作月报"],
            ["一、企业标准对标达标"],
            [
                "序号",
                "企业名称",
                "统一社会信用代码/注册号",
                "对标产品",
                "对标的国际（国外）先进标准名称及编号",
                "完成时间",
            ],
            [1, "嘉兴市恒达压缩机有限公司", code(1), "螺杆式空气压缩机", "ISO 1217:2009", "10月9日"],
            [2, "嘉兴华盛精密机械股份有限公司", code(2), "涡旋压缩机", "ISO 5389:2005", "2024.10.15"],
            [
                "序号",
                "企业名称",
                "统一社会信用代码/注册号",
                "对标产品",
                "对标的国际（国外）先进标准名称及编号",
                "完成时间",
            ],
            [3, "浙江锦程制冷设备有限公司", code(3), "活塞式制冷压缩机", "EN 12900:2013", "10月20日"],
            [],
            ["二、“三同”产品"],
            ["序号", "企业", "信用代码", "产品名称", "产品类别", "是否入驻“三同”公共服务平台"],
            [1, "嘉兴市禾丰食品有限公司", code(4), "速冻汤圆", "食品", "√"],
            [2, "嘉兴市禾丰食品有限公司", code(4), "粽子", "/", "×"],
            ["填表人：张三", None, "联系电话：0573-12345678"],
        ],
    )
)


def test_two_programs_in_one_sheet_are_two_blocks(ready_url):
    result = preview(ready_url, TWO_BLOCKS)
    assert [(s.program, s.header_row) for s in result.sheets] == [("benchmarking", 3), ("three_same", 10)]
    bench, same = result.sheets
    assert sorted(rows_of(bench)) == [4, 5, 7]  # the header repeated at row 6 is not data
    assert all(r.accepted for r in bench.rows)
    assert rows_of(bench)[4].values["date"] == dt.date(2024, 10, 9)  # no year: the return's
    assert rows_of(bench)[4].values["standard_no"] == "ISO 1217:2009"
    assert sorted(rows_of(same)) == [11, 12]
    assert rows_of(same)[11].values["category"] == "食品农产品" and rows_of(same)[11].values["on_platform"] is True
    placeheld = rows_of(same)[12]
    assert placeheld.accepted and "category" not in placeheld.values and placeheld.values["on_platform"] is False
    assert any(i.code == "placeholder" and "“/”" in i.message for i in same.issues)
    # The benchmarking block has no 对标结果 column: one warning for the sheet, every row stored.
    assert [i.code for i in bench.issues if i.row is None] == ["optional_missing"]
    assert "对标结果" in bench.issues[0].message
    table = json.dumps(result.as_json(), ensure_ascii=False)
    assert "完成时间" in table


def test_status_from_yes_no_certificate_and_neighbouring_words(ready_url):
    data = workbook(
        (
            "绿色产品认证",
            [
                ["获证组织名称", "社会统一信用代码", "认证产品", "是否获证", "证书编号"],
                ["嘉兴市绿源家具有限公司", code(11), "实木餐桌", "是", "CGP2024110001"],
                ["嘉兴市绿源家具有限公司", code(11), "实木椅", "否", "—"],
                ["嘉兴市森美木业有限公司", code(12), "人造板", "入库培育", ""],
            ],
        ),
        (
            "品字标",
            [
                ["企业名称", "统一社会信用代码", "产品名称", "证书编号", "认证日期"],
                ["嘉兴市恒达压缩机有限公司", code(13), "螺杆式空气压缩机", "ZJM-006-4481-2024", "2024年10月12日"],
                ["嘉兴市宏远机械有限公司", code(14), "无油空气压缩机", "/", ""],
            ],
        ),
    )
    green, brand = preview(ready_url, data).sheets
    assert [r.values["status"] for r in green.rows] == ["已获证", "培育中", "培育中"]
    assert all(r.accepted for r in green.rows)
    # No status column: the certificate number tells it, and the sheet says so.
    assert [r.values["status"] for r in brand.rows] == ["已认证", "入库培育"]
    assert any(i.code == "implied_column" for i in brand.issues)


def test_placeholder_in_a_required_cell_is_named(ready_url):
    data = workbook(
        (
            "缺陷产品召回",
            [
                ["生产者名称", "统一社会信用代码", "产品名称", "型号规格", "涉及数量", "召回日期"],
                ["嘉兴市乐童玩具有限公司", code(21), "儿童电动车", "/", "286辆", "2024年10月23日至12月5日"],
                ["嘉兴市乐童玩具有限公司", code(21), "儿童滑板车", "-", "若干", "10月25日"],
            ],
        )
    )
    (recall,) = preview(ready_url, data).sheets
    first, second = recall.rows
    assert first.accepted and first.values["quantity"] == 286 and "model" not in first.values
    assert not second.accepted
    (problem,) = [i for i in second.issues if i.severity == "error"]
    assert problem.code == "placeholder_required" and "若干" in problem.message and problem.cell == "E3"


def test_formulas_saved_without_results(ready_url):
    wb = Workbook()
    ws = wb.active
    ws.title = "三同"
    ws.append(["填报单位：", "南湖区"])
    ws.append(["企业名称", "统一社会信用代码", "所属县（市、区）", "产品名称"])
    ws.append(["嘉兴市禾丰食品有限公司", code(31), "=$B$1", '="速冻"&"汤圆"'])
    ws.append(["嘉兴市禾丰食品有限公司", code(31), "=$B$1", "=VLOOKUP(A4,Sheet2!A:B,2,0)"])
    buffer = io.BytesIO()
    wb.save(buffer)  # openpyxl stores formulas without a computed result
    (report,) = preview(ready_url, buffer.getvalue()).sheets
    read, unreadable = report.rows
    assert read.accepted and read.values["product"] == "速冻汤圆" and read.values["unit"] == "南湖区"
    assert any(i.code == "formula_read" for i in report.issues)
    assert not unreadable.accepted
    codes = [i.code for i in unreadable.issues]
    assert "formula_unreadable" in codes and "required" not in codes  # not called empty: it is a formula
    assert "VLOOKUP" in next(i.message for i in unreadable.issues if i.code == "formula_unreadable")


def test_a_formula_may_refer_to_a_sheet_not_yet_read(ready_url):
    """Sheets are checked while the next ones are still being read: a formula that takes its value from a
    later sheet waits for that sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "三同"
    ws.append(["企业名称", "统一社会信用代码", "所属县（市、区）", "产品名称"])
    ws.append(["嘉兴市禾丰食品有限公司", code(32), "=填报说明!B1", '=填报说明!B2&"汤圆"'])
    notes = wb.create_sheet("填报说明")
    notes.append(["填报单位", "南湖区"])
    notes.append(["产品", "速冻"])
    for n in range(3):
        wb.create_sheet(f"附表{n + 1}").append(["备注"])
    buffer = io.BytesIO()
    wb.save(buffer)
    result = preview(ready_url, buffer.getvalue())
    (report,) = result.sheets
    (row,) = report.rows
    assert row.accepted and row.values["unit"] == "南湖区" and row.values["product"] == "速冻汤圆"
    assert set(result.ignored_sheets) == {"填报说明", "附表1", "附表2", "附表3"}


def test_a_formula_may_refer_to_an_earlier_sheet_nobody_kept(ready_url):
    """A notes sheet first, then the return whose cells take the unit and product from it: the notes
    sheet is not a return (nothing keeps it), and its values are still there for the formulas."""
    data = workbook(
        ("填报说明", [["填报单位", "南湖区"], ["产品", "速冻"]]),
        (
            "三同",
            [
                ["企业名称", "统一社会信用代码", "所属县（市、区）", "产品名称"],
                ["嘉兴市禾丰食品有限公司", code(33), "=填报说明!B1", '=填报说明!B2&"水饺"'],
            ],
        ),
    )
    result = preview(ready_url, data)
    (report,) = result.sheets
    (row,) = report.rows
    assert row.accepted and row.values["unit"] == "南湖区" and row.values["product"] == "速冻水饺"
    assert result.ignored_sheets == ["填报说明"]


LAYOUT = [
    ["企业名称", "登记号", "产品名称", "状态", "日期"],
]


def odd_return(month: int, names: list[str]) -> bytes:
    """A 品字标 return whose credit-code header (登记号) nobody could guess."""
    rows = [row[:] for row in LAYOUT]
    for n, name in enumerate(names, start=1):
        rows.append([f"嘉兴市{name}有限公司", code(40 + n), f"{name}产品", "已认证", f"2024-{month:02d}-1{n}"])
    return workbook(("品字标", rows))


def test_a_confirmed_mapping_applies_the_next_month(ready_url):
    first = preview(ready_url, odd_return(10, ["甲", "乙"]))
    (report,) = first.sheets
    assert report.blocked and report.needs_mapping and "uscc" in report.missing
    assert all(not r.accepted for r in report.rows) and len(report.rows) == 2
    table = mapping_table(report)
    assert table.loc[table["字段"] == "统一社会信用代码", "说明"].iloc[0] == "缺少，请指定"
    picks = current_choices(report) | {"uscc": "B列：登记号"}
    with session_scope(ready_url) as session:
        message = confirm_columns(session, first, 0, chosen_columns(picks), ADMIN)
    assert "自动按此读取" in message
    november = preview(ready_url, odd_return(11, ["丙", "丁", "戊"]), period=Period(2024, 11))
    (read,) = november.sheets
    assert not read.blocked and not read.needs_mapping and read.accepted == 3
    assert read.rows[0].values["uscc"] == code(41)
    assert any(i.code == "remembered_mapping" for i in read.issues)
    with session_scope(ready_url) as session:
        entry = session.scalar(select(AuditLog).where(AuditLog.action == "confirm_columns"))
        assert entry.username == ADMIN.username and entry.detail["columns"]["登记号"] == "uscc"
    # Another unit with the same layout is still asked: the mapping is the unit's own.
    with session_scope(ready_url) as session:
        other = preview_upload(
            session,
            odd_return(11, ["己"]),
            "x.xlsx",
            unit_name="秀洲区",
            period=Period(2024, 11),
            registry=get_registry(),
            region=load_region("330400"),
        )
    assert other.sheets[0].blocked


def test_an_unknown_choice_word_can_be_confirmed(ready_url):
    data = workbook(
        (
            "召回",
            [
                ["生产者名称", "统一社会信用代码", "产品名称", "涉及数量", "召回类型"],
                ["嘉兴市乐童玩具有限公司", code(51), "儿童电动车", "120台", "约谈后召回"],
            ],
        )
    )
    (report,) = preview(ready_url, data).sheets
    (issue,) = [i for i in report.issues if i.code == "bad_choice"]
    assert "主动召回、责令召回" in issue.message
    first = preview(ready_url, data)
    with session_scope(ready_url) as session:
        confirm_value(session, first, get_registry().get("recall"), "recall_type", "约谈后召回", "责令召回", ADMIN)
    (again,) = preview(ready_url, data).sheets
    assert again.rows[0].accepted and again.rows[0].values["recall_type"] == "责令召回"


def test_a_refused_sheet_is_not_a_return(ready_url):
    good = workbook(
        (
            "三同",
            [
                ["企业名称", "统一社会信用代码", "产品名称"],
                ["嘉兴市禾丰食品有限公司", code(61), "速冻汤圆"],
            ],
        )
    )
    refused = workbook(
        (
            "三同",
            [
                ["企业名称", "统一社会信用代码", "产品名称"],
                ["嘉兴市禾丰食品有限公司", code(62)[:17], "粽子"],  # 17 characters: refused
            ],
        )
    )

    def status():
        with session_scope(ready_url) as session:
            cells = load_status(session, get_registry(), OCT)
        return next(c.status for c in cells if c.unit == "南湖区" and c.program == "three_same")

    upload(ready_url, refused)
    assert status() == "refused"  # 未通过, never 零报告
    upload(ready_url, good)
    assert status() in {"on_time", "late"}
    upload(ready_url, refused, name="again.xlsx")
    assert status() in {"on_time", "late"}  # the good return stays in force


def test_no_spike_warning_without_history(ready_url):
    rows = [["企业名称", "统一社会信用代码", "产品名称"]]
    rows += [[f"嘉兴市第{n}号食品有限公司", code(100 + n), "汤圆"] for n in range(40)]
    (report,) = preview(ready_url, workbook(("三同", rows))).sheets
    assert report.accepted == 40 and not any(i.code == "quality_spike" for i in report.issues)


def test_cli_map_and_json_rows(ready_url, tmp_path):
    path = tmp_path / "品字标10月.xlsx"
    path.write_bytes(odd_return(10, ["甲", "乙"]))
    asked = cli(ready_url, "import", str(path), "--county", "南湖区", "--period", "2024-10", "--json", "--dry-run")
    assert asked.returncode == 0, asked.stderr
    sheet = json.loads(asked.stdout)["sheets"][0]
    assert sheet["missing"] == ["uscc"] and not any(r["accepted"] for r in sheet["rows"])
    done = cli(
        ready_url,
        "import",
        str(path),
        "--county",
        "南湖区",
        "--period",
        "2024-10",
        "--map",
        "登记号=统一社会信用代码",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["ignored_sheets"] == []
    rows = out["sheets"][0]["rows"]
    assert [r["row"] for r in rows] == [2, 3] and all(r["accepted"] for r in rows)
    assert rows[0]["values"]["uscc"] == code(41) and rows[0]["values"]["status"] == "已认证"
    assert rows[0]["values"]["date"] == "2024-10-11"
    with session_scope(ready_url) as session:
        stored = session.scalar(select(ColumnMapping.mapping))
    assert stored["columns"]["登记号"] == "uscc" and stored["columns"]["企业名称"] == "enterprise_name"
    # Next month, no --map: the stored mapping applies.
    path.write_bytes(odd_return(11, ["丙"]))
    later = cli(ready_url, "import", str(path), "--county", "南湖区", "--period", "2024-11", "--json", "--dry-run")
    assert json.loads(later.stdout)["sheets"][0]["accepted"] == 1
    wrong = cli(ready_url, "import", str(path), "--county", "南湖区", "--period", "2024-11", "--map", "无此表头=uscc")
    assert wrong.returncode == 1 and "无此表头" in wrong.stderr


def test_a_replaced_return_cannot_be_rolled_back_to_count_twice(ready_url):
    """30 rows, then a resubmission of 25: withdrawing the replaced return is refused (figures stay 25);
    withdrawing the one in force brings back exactly the 30 it replaced. A nil return withdrawn brings
    back what it replaced too."""
    import pytest

    from lib.ingest.service import rollback_batch
    from lib.metrics import load_summary

    def products() -> float:
        with session_scope(ready_url) as session:
            frame = load_summary(session, get_registry(), OCT)
        row = frame[(frame.program == "three_same") & (frame.metric == "products") & (frame.unit == "南湖区")]
        return float(row.month_value.iloc[0])

    def three_same(n: int) -> bytes:
        rows = [["企业名称", "统一社会信用代码", "产品名称"]]
        rows += [[f"嘉兴市第{i}号食品有限公司", code(200 + i), "汤圆"] for i in range(n)]
        return workbook(("三同", rows))

    _, first = upload(ready_url, three_same(30), name="first.xlsx")
    _, second = upload(ready_url, three_same(25), name="second.xlsx")
    assert products() == 25
    with pytest.raises(ValueError, match=f"已被第 {second.batch_id} 号上报替换"), session_scope(ready_url) as session:
        rollback_batch(session, first.batch_id, actor=ADMIN, reason="误操作")
    assert products() == 25
    with session_scope(ready_url) as session:
        assert "恢复此前上报的 30 条" in rollback_batch(session, second.batch_id, actor=ADMIN, reason="误报")
    assert products() == 30
    _, nil = upload(ready_url, workbook(("三同", [["企业名称", "统一社会信用代码", "产品名称"]])), name="nil.xlsx")
    assert products() == 0
    with session_scope(ready_url) as session:
        rollback_batch(session, nil.batch_id, actor=ADMIN, reason="不是零报告")
    assert products() == 30


def test_another_unit_cannot_rename_an_enterprise(ready_url):
    """南湖 reports a code registered in 秀洲 under a made-up name: the 企业档案 shows 秀洲's name once
    秀洲 reports it, and a withdrawn return's name does not stay behind."""
    from lib.county import NO_NAME, load_enterprise
    from lib.ingest.service import rollback_batch

    xiuzhou_code = code(300, "330411")

    def three_same(name: str, product: str) -> bytes:
        return workbook(("三同", [["企业名称", "统一社会信用代码", "产品名称"], [name, xiuzhou_code, product]]))

    def shown() -> str:
        with session_scope(ready_url) as session:
            return load_enterprise(session, get_registry(), xiuzhou_code).name

    _, fake = upload(ready_url, three_same("冒名顶替有限公司", "汤圆"), name="nanhu.xlsx")
    assert fake.stored == 1
    _, real = upload(ready_url, three_same("嘉兴市秀洲真实食品有限公司", "粽子"), name="xz.xlsx", unit="秀洲区")
    assert shown() == "嘉兴市秀洲真实食品有限公司"
    with session_scope(ready_url) as session:
        rollback_batch(session, real.batch_id, actor=ADMIN, reason="测试")
        rollback_batch(session, fake.batch_id, actor=ADMIN, reason="冒名")
    assert shown() == NO_NAME


def test_the_first_upload_sample_reads_as_the_readme_says(ready_url):
    """data/samples/ ships a messy return for the README's first-upload walk-through; this is what the
    README promises a new user will see."""
    from tests.conftest import ROOT

    sample = ROOT / "data" / "samples" / "南湖区_2024年10月_月报示例.xlsx"
    result = preview(ready_url, sample.read_bytes(), sample.name)
    brand, same = result.sheets
    assert (brand.program, brand.accepted, brand.rejected) == ("brand_mark", 3, 1)
    assert (same.program, same.accepted, same.rejected) == ("three_same", 3, 1)
    assert [i.code for i in brand.issues if i.severity == "error"] == ["uscc_check"]
    assert [i.row for i in brand.issues if i.code == "uscc_check"] == [7]
    assert [(i.row, i.code) for i in same.issues if i.severity == "error"] == [(15, "duplicate_in_file")]
    statuses = {r.excel_row: r.values.get("status") for r in brand.rows}
    assert statuses[5] == "已认证" and statuses[6] == "入库培育"
    assert rows_of(brand)[5].values["date"] == dt.date(2024, 10, 12)
    assert rows_of(same)[13].values["category"] == "一般消费品" and "category" not in rows_of(same)[14].values


def _brand_mark(statuses: list[str]) -> bytes:
    rows = [["企业名称", "统一社会信用代码", "产品名称", "状态"]]
    rows += [[f"嘉兴市品字{n}号有限公司", code(70 + n), f"产品{n}", s] for n, s in enumerate(statuses)]
    return workbook(("品字标", rows))


def test_a_learned_word_never_inverts_a_figure(ready_url):
    """A clerk cannot teach that 未认证 means 已认证 (nor 否, which the registry reads as 入库培育); a word
    that only renames a value is taken, and every later preview says where it was applied, with the rows.
    A negating word stored before the rule existed is no longer applied, and 是/否 come before any word
    a unit taught."""
    import pytest

    from lib.store.mappings import save_value

    brand = get_registry().get("brand_mark")
    data = _brand_mark(["未认证", "已认证", "否", "本年颁证", "本年颁证", "入库培育"])
    first = preview(ready_url, data)
    for written, value, said in (
        ("未认证", "已认证", "否定的说法"),
        ("尚未获证", "已认证", "否定的说法"),
        ("否", "已认证", "系统已能识别“否”（读作“入库培育”）"),
        ("已颁证", "入库培育", "系统已能识别"),
        ("本年颁证", "不存在的值", "不是“状态”的可选值"),
    ):
        with pytest.raises(ValueError, match=said), session_scope(ready_url) as session:
            confirm_value(session, first, brand, "status", written, value, ADMIN)
    with session_scope(ready_url) as session:
        confirm_value(session, first, brand, "status", "本年颁证", "已认证", ADMIN)
        unit_id = session.scalar(select(Unit.id).where(Unit.name == "南湖区"))
        # Stored before the rules existed: an inverting word, and a word for 否 the registry reads first.
        for written, value in (("未认证", "已认证"), ("否", "已认证")):
            save_value(
                session,
                username="old",
                unit_id=unit_id,
                program="brand_mark",
                column="status",
                key=written,
                value=value,
            )
    (report,) = preview(ready_url, data).sheets
    statuses = [r.values.get("status") for r in report.rows]
    assert statuses[1:] == ["已认证", "入库培育", "已认证", "已认证", "入库培育"]
    assert not report.rows[0].accepted  # 未认证 stays an error for the clerk to write plainly
    (told,) = [i for i in report.issues if i.code == "learned_value"]
    assert "“本年颁证”→“已认证”" in told.message and "第5、6行" in told.message
    assert "未认证" not in told.message and "否" not in told.message


def test_learned_mappings_are_listed_and_removed_by_their_unit(ready_url):
    """The unit's staff and admins see the unit's learned words and layouts and remove them, audited; the
    next preview no longer applies a removed word; another unit's staff can neither see nor remove them."""
    import pytest

    from lib.auth import Actor, PermissionDenied
    from lib.ingest.mappings import delete_learned, list_mappings

    brand = get_registry().get("brand_mark")
    data = _brand_mark(["本年颁证"])
    with session_scope(ready_url) as session:
        confirm_value(session, preview(ready_url, data), brand, "status", "本年颁证", "已认证", ADMIN)
    nanhu = Actor("staff_330402", "staff", "南湖区")
    xiuzhou = Actor("staff_330411", "staff", "秀洲区")
    with session_scope(ready_url) as session:
        (mine,) = [r for r in list_mappings(session, nanhu, get_registry()) if r["kind"] == "value"]
        assert list_mappings(session, xiuzhou, get_registry()) == []
        with pytest.raises(PermissionDenied):
            list_mappings(session, xiuzhou, get_registry(), "南湖区")
        with pytest.raises(PermissionDenied):
            delete_learned(session, "value", mine["id"], xiuzhou)
    assert (mine["unit"], mine["written"], mine["means"], mine["column"]) == ("南湖区", "本年颁证", "已认证", "状态")
    listed = json.loads(cli(ready_url, "mappings", "list", "--json").stdout)
    assert any(r["id"] == mine["id"] and r["kind"] == "value" for r in listed)
    refused = cli(ready_url, "mappings", "delete", "value", str(mine["id"]), "--as", "nobody")
    assert refused.returncode == 1 and "没有可用的用户" in refused.stderr
    done = cli(ready_url, "mappings", "delete", "value", str(mine["id"]))
    assert done.returncode == 0, done.stderr
    assert "已删除南湖区的填写内容对应关系“本年颁证”→“已认证”" in done.stdout
    (report,) = preview(ready_url, data).sheets
    assert not report.rows[0].accepted
    again = cli(ready_url, "mappings", "delete", "value", str(mine["id"]))
    assert again.returncode == 1 and "没有编号为" in again.stderr
    with session_scope(ready_url) as session:
        actions = list(session.scalars(select(AuditLog.action).order_by(AuditLog.id)))
    assert actions[-1] == "delete_value"


def test_an_implausible_number_is_refused_and_a_large_one_questioned(ready_url):
    """A recall of 999,999,999,999 units is an error (a typo, not a recall); 3 million a warning kept for
    the clerk to confirm; an ordinary figure passes without a word."""
    data = workbook(
        (
            "召回",
            [
                ["生产者名称", "统一社会信用代码", "产品名称", "涉及数量", "已召回数量"],
                ["嘉兴市乐童玩具有限公司", code(81), "儿童电动车", "999999999999台", "12"],
                ["嘉兴市乐童玩具有限公司", code(81), "儿童滑板车", "3000000件", "120"],
                ["嘉兴市乐童玩具有限公司", code(81), "儿童自行车", "286辆", "1.2万"],
            ],
        )
    )
    (report,) = preview(ready_url, data).sheets
    first, second, third = report.rows
    assert not first.accepted
    (refused,) = [i for i in first.issues if i.code == "number_implausible"]
    assert refused.column == "涉及数量" and "999,999,999,999" in refused.message and "远超合理范围" in refused.message
    assert second.accepted and [i.code for i in second.issues] == ["number_large"]
    assert "3,000,000" in second.issues[0].message
    assert third.accepted and not third.issues


def merged_workbook(name: str, rows: list[list], merges: list[str]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = name
    for row in rows:
        ws.append(row)
    for cells in merges:
        ws.merge_cells(cells)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_a_header_of_three_rows_is_read_whole(ready_url):
    """A group heading over a two-row header over the field names, a name on each of the three rows: read
    as two rows, 产品名称 (on the first) was lost and the sheet refused."""
    data = workbook(
        (
            "10月",
            [
                ["南湖区企业标准对标达标提升行动工作进展表"],
                ["序号", "对标达标企业及产品情况", None, None, "产品名称", None, None, "完成日期"],
                [None, "企业信息", None, None, None, "对标情况", None, None],
                [None, "企业名称", "统一社会信用代码", "所在地区", None, "对标标准编号", "对标结果", None],
                [
                    1,
                    "嘉兴市恒达压缩机有限公司",
                    code(1),
                    "南湖区",
                    "螺杆式空气压缩机",
                    "ISO 1217:2009",
                    "达到",
                    "2024-10-09",
                ],
            ],
        )
    )
    (report,) = preview(ready_url, data).sheets
    assert report.program == "benchmarking" and report.header_row == 4 and not report.blocked
    (row,) = report.rows
    assert row.accepted and row.values["product"] == "螺杆式空气压缩机" and row.values["date"] == dt.date(2024, 10, 9)
    assert row.values["standard_no"] == "ISO 1217:2009" and row.values["result"] == "达到"


def test_cells_merged_across_two_columns_are_one_column(ready_url):
    """企业名称 and 对标标准 merged across two columns in the header and in every row (a print layout): each is
    one column, not two columns tied for the field."""
    rows = [
        ["序号", "企业名称", None, "统一社会信用代码", "产品名称", "对标的国际标准", None, "对标结果"],
        ["1", "嘉兴市恒达压缩机有限公司", None, code(1), "螺杆式空气压缩机", "ISO 1217:2009", None, "达到"],
        ["2-1", "嘉兴市华盛机械有限公司", None, code(2), "涡旋压缩机", "ISO 5389:2005", None, "优于"],
    ]
    merges = [f"{a}{r}:{b}{r}" for r in (1, 2, 3) for a, b in (("B", "C"), ("F", "G"))]
    (report,) = preview(ready_url, merged_workbook("对标达标", rows, merges)).sheets
    assert not report.blocked and report.layout.columns == {
        1: "enterprise_name",
        3: "uscc",
        4: "product",
        5: "standard_no",
        7: "result",
    }
    assert [r.values["enterprise_name"] for r in report.rows if r.accepted] == [
        "嘉兴市恒达压缩机有限公司",
        "嘉兴市华盛机械有限公司",
    ]


def test_rows_under_a_header_that_are_no_data(ready_url):
    """A row of column numbers and a template's example under the header, an announcement's closing words,
    signature and date: none is a row of the return."""
    data = workbook(
        (
            "绿色产品认证",
            [
                ["序号", "获证企业名称", "统一社会信用代码", "产品名称", "证书编号", "发证日期", "有效期至"],
                ["栏次", 1, 2, 3, 4, 5, 6],
                ["示例", "嘉兴市××家具有限公司", "91330402XXXXXXXXXX", "实木餐桌", "CGP2024100001", "2024-10-01", None],
                [1, "嘉兴市绿源家具有限公司", code(11), "实木椅", "CGP2024100011", "2024-10-10", "2029-10-09"],
                ["特此公告。"],
                [None, None, None, None, "中国质量认证中心"],
                [None, None, None, None, None, "二〇二四年十月三十一日"],
            ],
        )
    )
    (report,) = preview(ready_url, data).sheets
    assert [r.excel_row for r in report.rows] == [4] and report.rows[0].accepted
    assert report.skipped["note"] == 5


def test_ditto_marks_take_the_value_above(ready_url):
    data = workbook(
        (
            "绿色产品认证",
            [
                ["企业名称", "统一社会信用代码", "所属县（市、区）", "产品名称", "产品类别", "证书编号"],
                ["嘉兴市丁桥建材有限公司", code(31), "南湖区", "陶瓷砖", "陶瓷砖（板）", "CGP2410030015"],
                ["同上", "同上", "同上", "陶瓷薄板", "同上", "CGP2410030016"],
                ["〃", "〃", "〃", "陶瓷岩板", "〃", "CGP2410030017"],
            ],
        )
    )
    (report,) = preview(ready_url, data).sheets
    assert all(r.accepted for r in report.rows)
    for row in report.rows:
        assert row.values["enterprise_name"] == "嘉兴市丁桥建材有限公司" and row.values["uscc"] == code(31)
        assert row.values["category"] == "陶瓷砖（板）"


def test_codes_written_to_stay_text_in_a_csv(ready_url):
    """A platform export writes each code ="…" so that Excel keeps it as text: the code is what is quoted."""
    text = (
        "序号,企业名称,统一社会信用代码,产品名称,产品类别,是否入驻平台\r\n"
        f'1,嘉兴市禾丰食品有限公司,="{code(41)}",速冻汤圆,食品农产品,是\r\n'
        f'2,嘉兴市禾丰食品有限公司,="{code(41)[:17]}",粽子,食品农产品,否\r\n'
    )
    (report,) = preview(ready_url, text.encode("gb18030"), name="三同.csv").sheets
    first, second = report.rows
    assert first.accepted and first.values["uscc"] == code(41)
    assert not second.accepted and {i.code for i in second.issues} == {"bad_uscc"}


def test_a_weak_header_whose_cells_do_not_fit_is_let_go(ready_url):
    """证书状态（有效/暂停/已过期） scores as 有效期至 by its name, but 有效/暂停 are no dates: the column is not that
    field, so the rows are stored (and the sheet says why), instead of every row refused."""
    data = workbook(
        (
            "绿色产品认证",
            [
                ["企业名称", "统一社会信用代码", "产品名称", "证书编号", "证书状态（有效/暂停/已过期）", "发证日期"],
                ["嘉兴市绿源家具有限公司", code(51), "实木椅", "CGP2024100011", "有效", "2024-10-10"],
                ["嘉兴市森美木业有限公司", code(52), "人造板", "CGP2024100012", "暂停", "2024-10-12"],
                ["嘉兴市森美木业有限公司", code(52), "木地板", "CGP2024100013", "有效", "2024-10-15"],
            ],
        )
    )
    (report,) = preview(ready_url, data).sheets
    assert "valid_until" not in report.layout.columns.values()
    assert all(r.accepted and r.values["status"] == "已获证" for r in report.rows)
    (unfit,) = [i for i in report.issues if i.code == "unfit_column"]
    assert "证书状态（有效/暂停/已过期）" in unfit.message and "有效期至" in unfit.message
    assert not any(i.code == "proposed_column" for i in report.issues)


def test_a_status_written_as_a_placeholder_is_refused(ready_url):
    """待定 or 待确认 in the sheet's own status column leaves the status unknown: the row is refused, never
    read as 入库培育 because it has no certificate number."""
    data = workbook(
        (
            "品字标",
            [
                ["企业名称", "统一社会信用代码", "产品名称", "状态", "证书编号"],
                ["嘉兴市恒达压缩机有限公司", code(61), "螺杆式空气压缩机", "入库", "—"],
                ["嘉兴市惠民电子有限公司", code(62), "电子连接器", "待定", "—"],
                ["嘉兴市宏远机械有限公司", code(63), "无油空气压缩机", "待确认", ""],
                ["嘉兴市宏远机械有限公司", code(63), "涡旋压缩机", "", "ZJM-006-4481-2024"],
            ],
        )
    )
    (report,) = preview(ready_url, data).sheets
    first, unknown, unconfirmed, told = report.rows
    assert first.accepted and first.values["status"] == "入库培育"
    for row in (unknown, unconfirmed):
        assert not row.accepted and "status" not in row.values
        assert [i.code for i in row.issues] == ["placeholder_required"]
    assert told.accepted and told.values["status"] == "已认证"  # an empty cell is still told by the certificate


def test_a_sheet_of_one_program_in_a_file_named_for_another(ready_url):
    """Last month's 对标达标 file reused for 品字标: the sheet's headers, not the file name, say what it holds."""
    data = workbook(
        (
            "10月",
            [
                [
                    "序号",
                    "企业名称",
                    "统一社会信用代码",
                    "产品名称",
                    "状态（入库/认证）",
                    "浙江制造标准编号",
                    "证书编号",
                ],
                [1, "嘉兴市华枫木业有限公司", code(71), "实木复合地板", "入库", "—", "—"],
                [2, "嘉兴市鑫源家具有限公司", code(72), "办公椅", "认证", "T/ZZB 0313—2018", "ZJM-006-4702-2024"],
            ],
        )
    )
    (report,) = preview(ready_url, data, name="南湖区10月对标达标及品字标.xlsx").sheets
    assert report.program == "brand_mark" and report.layout.matched_by == "headers" and not report.blocked
    assert [r.values["status"] for r in report.rows] == ["入库培育", "已认证"]


def test_an_empty_date_is_stored_without_one_and_named(ready_url):
    data = workbook(
        (
            "三同",
            [
                ["企业名称", "统一社会信用代码", "产品名称", "声明日期"],
                ["嘉兴市禾丰食品有限公司", code(91), "速冻汤圆", "2024-10-05"],
                ["嘉兴市禾丰食品有限公司", code(91), "粽子", None],
                ["嘉兴新丰日用品有限公司", code(92), "保温杯", "/"],  # a placeholder is told as one
            ],
        )
    )
    (report,) = preview(ready_url, data).sheets
    assert all(r.accepted for r in report.rows) and "date" not in report.rows[1].values
    (empty,) = [i for i in report.issues if i.code == "date_empty"]
    assert "“声明日期”有 1 行没有填写（第3行）" in empty.message and empty.severity == "warning"


def test_a_blocked_sheet_still_shows_its_rows_problems(ready_url):
    """Without a 对标标准 column nothing is stored, but a bad credit code is named now, not after the header
    is fixed."""
    data = workbook(
        (
            "对标达标",
            [
                ["企业名称", "统一社会信用代码", "产品名称", "完成日期"],
                ["嘉兴市恒达压缩机有限公司", code(101), "螺杆式空气压缩机", "2024-10-09"],
                ["嘉兴市华盛机械有限公司", code(102)[:17], "涡旋压缩机", "下月"],
            ],
        )
    )
    result = preview(ready_url, data)
    (report,) = result.sheets
    assert report.blocked and report.accepted == 0
    good, bad = report.rows
    assert [i.code for i in good.issues] == ["missing_column"]
    assert [i.code for i in bad.issues] == ["missing_column", "bad_date", "bad_uscc"]
    assert result.program_counts()["benchmarking"]["accepted"] == 0


def test_a_name_list_with_neither_status_nor_certificate_is_of_the_pool(ready_url):
    """A province's published 培育企业名单 has no status and no certificate column: each firm is 入库培育,
    and the sheet says how it was read."""
    data = workbook(
        (
            "品字标",
            [
                ["序号", "设区市", "县（市、区）", "企业名称", "统一社会信用代码", "培育产品", "批次"],
                [1, "嘉兴市", "南湖区", "嘉兴市嘉北机电有限公司", code(111), "永磁无刷电机", "2024年第二批"],
            ],
        )
    )
    (report,) = preview(ready_url, data).sheets
    assert not report.blocked and report.rows[0].accepted and report.rows[0].values["status"] == "入库培育"
    (told,) = [i for i in report.issues if i.code == "implied_absent"]
    assert "状态" in told.message and "证书编号" in told.message and "入库培育" in told.message
    # A sheet with its own status column leaves nothing to tell: an empty status there is still missing.
    own = workbook(
        (
            "品字标",
            [
                ["企业名称", "统一社会信用代码", "产品名称", "状态"],
                ["嘉兴市嘉北机电有限公司", code(111), "永磁无刷电机", ""],
            ],
        )
    )
    (report,) = preview(ready_url, own).sheets
    assert [i.code for i in report.rows[0].issues] == ["required"]
