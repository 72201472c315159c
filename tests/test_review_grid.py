"""The review grid in Chromium: a clerk fixes a return on 数据上报 instead of going back to Excel (one
cell typed over, one find-and-replace, one row left out with a reason), commits, and 上报记录, the stored
rows and the month's figures show exactly that."""

from __future__ import annotations

import json
import sqlite3

import pytest
from playwright.sync_api import Error as PlaywrightError
from sqlalchemy import select

from lib.db import session_scope
from lib.identifiers import make_uscc
from lib.models import ProgramRecord, ReturnFix, UploadBatch
from tests.test_browser import open_signed_in, settle
from tests.test_cli import cli
from tests.test_real_returns import workbook

pytestmark = pytest.mark.browser

BAD = make_uscc("330402", "MA2GRD01")[:-1] + ("0" if make_uscc("330402", "MA2GRD01")[-1] != "0" else "1")
GOOD = make_uscc("330402", "MA2GRD01")


def _return(path) -> None:
    rows = [["企业名称", "统一社会信用代码", "产品名称", "状态", "证书编号", "认证日期"]]
    rows += [
        [
            "嘉兴市网格一号有限公司",
            make_uscc("330402", "MA2GRD00"),
            "智能马桶",
            "已认证",
            "ZJM-001-0001-2024",
            "2024-10-08",
        ],
        ["嘉兴市网格二号有限公司", BAD, "电动牙刷", "入库培育", "", "2024-10-09"],
        [
            "嘉兴市网格三号有限公司",
            make_uscc("330402", "MA2GRD02"),
            "空气炸锅",
            "本年颁证",
            "ZJM-001-0002-2024",
            "2024-10-10",
        ],
        [
            "嘉兴市网格四号有限公司",
            make_uscc("330402", "MA2GRD03"),
            "破壁机",
            "本年颁证",
            "ZJM-001-0003-2024",
            "2024-10-11",
        ],
        [
            "嘉兴市网格五号有限公司",
            make_uscc("330402", "MA2GRD04"),
            "电饭煲",
            "已认证",
            "ZJM-001-0004-2024",
            "2024-10-12",
        ],
    ]
    path.write_bytes(workbook(("品字标", rows)))


def _idle(page) -> None:
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(timeout=90_000)


def _grid(page, block, rows: int, adds: int = 0):
    """The block's editable grid once it shows this many rows (and `adds` lines that add a row) and the
    app has finished its run."""
    grid = block.locator("[data-testid='stDataFrame']")
    if rows:
        grid = grid.filter(has=page.locator(f"table[aria-rowcount='{rows + 1 + adds}']"))
    for _ in range(20):  # a run that finishes re-renders the grid: take it again until it stays put
        _idle(page)
        grid.wait_for(timeout=60_000)
        try:
            grid.scroll_into_view_if_needed(timeout=5_000)
            return grid
        except PlaywrightError:
            continue
    raise AssertionError("the review grid never settled")


def _type_into(page, grid, row_position: int, column_position: int, text: str, markers: int = 0) -> None:
    """Select a cell of the editable grid (clicking its row, then moving right by keyboard, each step
    checked against the grid's accessible table), open it, type, commit. `markers`: the row-marker
    columns a grid with added rows has before its first column."""

    def selected(row: int, column: int):
        return grid.locator(f"tr[aria-rowindex='{row + 2}'] td[aria-colindex='{column + 1}'][aria-selected='true']")

    box = grid.bounding_box()
    page.mouse.click(box["x"] + 20 + 40 * markers, box["y"] + 35 + 35 * row_position + 17)
    selected(row_position, 0).wait_for(state="attached", timeout=30_000)
    for column in range(1, column_position + 1):
        page.keyboard.press("ArrowRight")
        selected(row_position, column).wait_for(state="attached", timeout=30_000)
    page.keyboard.type("x")  # a key typed on a selected cell opens its editor
    editor = page.locator("textarea.gdg-input").first
    editor.wait_for(timeout=30_000)
    editor.fill(text)
    page.keyboard.press("Enter")


def test_a_return_is_fixed_in_the_grid_and_committed(demo_sqlite_url, browser, tmp_path, artifacts):
    from tests.conftest import serve

    database = tmp_path / "copy.db"
    with sqlite3.connect(demo_sqlite_url.removeprefix("sqlite:///")) as source, sqlite3.connect(database) as copy:
        source.backup(copy)
    url = f"sqlite:///{database}"
    upload = tmp_path / "南湖区_品字标_10月.xlsx"
    _return(upload)
    with serve(url, tmp_path) as base:
        page = browser.new_page(viewport={"width": 1500, "height": 1400})
        open_signed_in(page, f"{base}/upload", "staff_330402")
        page.get_by_role("heading", name="数据上报").wait_for(timeout=60_000)
        page.locator("input[type=file]").set_input_files(str(upload))
        page.get_by_role("button", name="改为2024年10月").click()  # the month the file's dates name
        _idle(page)
        block = page.locator("[data-testid='stExpander']").filter(has_text="在页面上修改：品字标")
        block.get_by_text("错误 3 行").wait_for(timeout=60_000)
        grid = _grid(page, block, 3)
        # 1. The failed check character, typed over (row 3 is the grid's first error row; the code is its
        #    fourth column: 行, 问题, 企业名称, 统一社会信用代码).
        _type_into(page, grid, 0, 3, GOOD)
        block.get_by_text("错误 2 行").wait_for(timeout=60_000)
        _idle(page)
        # 2. The clerk's own word for 已认证, replaced in the whole column (the column with most problems).
        _choose(page, block, "改为", "已认证")
        block.get_by_role("button", name="全部替换").click()
        page.get_by_text("已把“状态”列中的 2 处“本年颁证”改为").wait_for(timeout=60_000)
        _idle(page)
        # 3. A row left out with a reason: row 6, the last of 全部行, its reason typed in the last column.
        block.get_by_role("radio", name="全部行").click()
        _idle(page)
        grid = _grid(page, block, 5)
        _type_into(page, grid, 4, 9, "上月已报")
        page.get_by_text("入库 4 条记录").wait_for(timeout=60_000)  # row 6 is out of the return
        _idle(page)
        block.get_by_text("错误 0 行").wait_for(timeout=60_000)
        offer = page.get_by_role("button", name="记住：南湖区品字标的“状态”填“本年颁证”即为“已认证”（下月自动识别）")
        offer.wait_for(timeout=60_000)
        settle(page)
        block.screenshot(path=str(artifacts / "upload-review-grid.png"))
        page.get_by_role("button", name="确认提交").click()
        page.get_by_text("页面上的 4 处修改随本次上报保存").wait_for(timeout=60_000)
        page.goto(f"{base}/history")
        page.get_by_text("提交前在页面上的修改（4 处）").wait_for(timeout=60_000)
        page.close()

    with session_scope(url) as session:
        batch = session.scalar(
            select(UploadBatch).where(UploadBatch.source == "upload").order_by(UploadBatch.id.desc())
        )
        stored = session.execute(
            select(ProgramRecord.source_row, ProgramRecord.data).where(ProgramRecord.batch_id == batch.id)
        ).all()
        fixes = session.scalars(select(ReturnFix).where(ReturnFix.batch_id == batch.id).order_by(ReturnFix.row)).all()
    assert (batch.year, batch.month, batch.accepted_rows) == (2024, 10, 4)
    by_row = {row: data for row, data in stored}
    assert sorted(by_row) == [2, 3, 4, 5]  # row 6 left out
    assert by_row[3]["uscc"] == GOOD
    assert by_row[4]["status"] == by_row[5]["status"] == "已认证"
    assert [(f.row, f.how, f.field, f.old, f.new, f.reason) for f in fixes] == [
        (3, "edit", "uscc", BAD, GOOD, ""),
        (4, "replace", "status", "本年颁证", "已认证", ""),
        (5, "replace", "status", "本年颁证", "已认证", ""),
        (6, "left_out", "", "", "", "上月已报"),
    ]
    # The month's figures count exactly those rows: three certified (rows 2, 4, 5), one in the pool (row 3).
    summary = json.loads(cli(url, "summary", "--period", "2024-10", "--json").stdout)
    figures = {(f["metric"], f["unit"]): f["month_value"] for f in summary if f["program"] == "brand_mark"}
    assert figures[("certified", "南湖区")] == 3


def _choose(page, container, label: str, option: str) -> None:
    """Pick an option of a selectbox by typing it (long lists show only the options near the top)."""
    container.locator("[data-testid='stSelectbox']").filter(has_text=label).click()
    page.keyboard.type(option)
    page.get_by_role("option", name=option).click()
    _idle(page)


def test_a_three_row_online_return_and_a_one_click_nil_return(demo_sqlite_url, browser, tmp_path, artifacts):
    """在线填报: three 三同 rows typed into the grid, checked as they are typed (a row with a bad code is
    named), committed as a return of its own (source 在线填报) that replaces the month's earlier one; then
    本月无新增 for 缺陷产品召回 in one click is a nil return."""
    from tests.conftest import serve

    database = tmp_path / "copy.db"
    with sqlite3.connect(demo_sqlite_url.removeprefix("sqlite:///")) as source, sqlite3.connect(database) as copy:
        source.backup(copy)
    url = f"sqlite:///{database}"
    rows = [
        ("嘉兴市在线一号食品有限公司", make_uscc("330402", "MA2QNL01"), "速冻汤圆"),
        ("嘉兴市在线二号服饰有限公司", make_uscc("330402", "MA2QNL02")[:-1] + "Z", "羊毛衫"),  # a mistyped code
        ("嘉兴市在线三号电器有限公司", make_uscc("330402", "MA2QNL03"), "电饭煲"),
    ]
    with serve(url, tmp_path) as base:
        page = browser.new_page(viewport={"width": 1500, "height": 1400})
        open_signed_in(page, f"{base}/upload", "staff_330402")
        page.get_by_role("heading", name="数据上报").wait_for(timeout=60_000)
        _choose(page, page, "所属月份", "2024年10月")
        page.get_by_role("radio", name="在线填报（不用 Excel）").click()
        _idle(page)
        block = page.locator("[data-testid='stExpander']").filter(has_text="三同产品（")
        block.locator("summary").click()
        for n, (name, code, product) in enumerate(rows):
            grid = _grid(page, block, n, adds=1)
            box = grid.bounding_box()
            page.mouse.click(box["x"] + 80, box["y"] + 35 + 35 * n + 17)  # the last line adds a row
            for column, text in enumerate((name, code, product)):
                grid = _grid(page, block, n + 1, adds=1)
                _type_into(page, grid, n, column, text, markers=1)
                _idle(page)
        page.get_by_text("三同产品：3 行，请按下表修改").wait_for(timeout=60_000)
        named = page.locator("[data-testid='stDataFrame']").filter(has_text="统一社会信用代码：")
        assert named.count() == 1 and "错误" in named.text_content()
        page.get_by_text("入库 2 条记录").wait_for(timeout=60_000)
        settle(page)
        page.screenshot(path=str(artifacts / "upload-online-entry.png"), full_page=True)
        page.get_by_role("button", name="提交在线填报").click()
        page.get_by_text("已入库 2 条记录").wait_for(timeout=60_000)
        _idle(page)
        recall = page.locator("[data-testid='stExpander']").filter(has_text="缺陷产品召回")
        recall.locator("summary").click()
        _grid(page, recall, 0)  # opened and drawn
        recall.get_by_role("button", name="本项本月无新增").click()
        page.get_by_text("已入库 0 条记录").wait_for(timeout=60_000)
        page.close()

    with session_scope(url) as session:
        batches = session.scalars(
            select(UploadBatch).where(UploadBatch.source == "online").order_by(UploadBatch.id)
        ).all()
        stored = session.execute(
            select(ProgramRecord.source_row, ProgramRecord.data).where(
                ProgramRecord.batch_id == batches[0].id, ProgramRecord.is_current
            )
        ).all()
    assert [(b.year, b.month, b.uploaded_by, sorted(b.counts)) for b in batches] == [
        (2024, 10, "staff_330402", ["three_same"]),
        (2024, 10, "staff_330402", ["recall"]),
    ]
    assert sorted((row, data["product"]) for row, data in stored) == [(2, "速冻汤圆"), (4, "电饭煲")]
    summary = json.loads(cli(url, "summary", "--period", "2024-10", "--json").stdout)
    figures = {(f["program"], f["unit"]): f["month_value"] for f in summary}
    assert figures[("three_same", "南湖区")] == 2 and figures[("recall", "南湖区")] == 0
    status = json.loads(cli(url, "reporting", "--period", "2024-10", "--json").stdout)
    assert {"unit": "南湖区", "program": "recall", "status": "nil"} in status
