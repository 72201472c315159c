"""The city's review in Chromium, as its two users meet it: a clerk uploads, a reviewer returns it with a
note on one row, the clerk sees the note at that row, fixes the row and sends the return again, the reviewer
sees only the changed row and passes it; the overview and the 通报 then count the figure as reviewed."""

from __future__ import annotations

import pytest

from tests.test_browser import keeps_sign_in, open_signed_in, settle
from tests.test_review import FIRST, demo_copy, three_same

pytestmark = pytest.mark.browser

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetml.sheet"
# The clerk's fix: firm 2's category, the row the reviewer pointed at; nothing else changes.
FIXED = three_same([(1, "齿轮泵", "工业品"), (2, "叶片泵", "一般消费品"), (3, "柱塞泵", "工业品")])
RETURN = "南湖区2024年10月三同产品月报"


def choose(page, label: str, text: str) -> None:
    """Pick an option of a select box (or add one to a multiselect) by typing it, as a keyboard user does."""
    widget = page.locator("[data-testid='stSelectbox'], [data-testid='stMultiSelect']").filter(has_text=label)
    widget.locator("input").first.click()
    page.keyboard.type(text)
    page.get_by_role("option", name=text).first.click()
    settle(page)


def upload(page, base: str, name: str, data: bytes) -> None:
    page.goto(f"{base}/upload")
    page.get_by_role("heading", name="数据上报").wait_for(timeout=60_000)
    choose(page, "所属月份", "2024年10月")
    page.locator("input[type=file]").set_input_files(files=[{"name": name, "mimeType": XLSX, "buffer": data}])
    page.get_by_role("heading", name="检查结果").wait_for(timeout=60_000)
    settle(page)
    page.get_by_role("button", name="确认提交").click()
    page.get_by_text("已入库 3 条记录").wait_for(timeout=60_000)


def open_return(page, base: str) -> None:
    page.goto(f"{base}/review")
    page.get_by_role("heading", name="审核").wait_for(timeout=60_000)
    settle(page)
    choose(page, "查看一份月报", RETURN)
    page.get_by_text(f"{RETURN} · 待审核").wait_for(timeout=60_000)


def three_same_card(page, base: str) -> str:
    page.goto(base)
    page.get_by_role("heading", name="嘉兴市质量提升工作总览").wait_for(timeout=60_000)
    settle(page)
    label = page.locator("[data-testid='stMetricLabel']", has_text="“三同”产品")
    return page.locator("[data-testid='stColumn']").filter(has=label).first.inner_text()


def test_a_return_goes_back_to_the_clerk_and_comes_back_fixed(browser, artifacts, demo_sqlite_url, tmp_path):
    from tests.conftest import serve

    url = demo_copy(demo_sqlite_url, tmp_path)
    with serve(url, tmp_path) as base:
        clerk = browser.new_context(viewport={"width": 1366, "height": 1200}).new_page()
        reviewer = browser.new_context(viewport={"width": 1366, "height": 1600}).new_page()
        open_signed_in(clerk, f"{base}/upload", "staff_330402")
        keeps_sign_in(clerk)  # the next page is opened by address: the sign-in must outlive the reload
        upload(clerk, base, "南湖区三同10月.xlsx", FIRST)

        open_signed_in(reviewer, f"{base}/review", "reviewer")
        keeps_sign_in(reviewer)
        open_return(reviewer, base)
        reviewer.get_by_text("月报内容（3 行）").wait_for(timeout=30_000)
        reviewer.get_by_label("退回理由（必填，单位重新上报时看到）").fill("产品类别有误，请核实")
        choose(reviewer, "指出具体的行（可选）", "第 3 行 · 嘉兴测试2号有限公司")
        reviewer.get_by_label("第 3 行的问题（不写则用退回理由）").fill("叶片泵属一般消费品")
        reviewer.get_by_label("第 3 行的问题（不写则用退回理由）").press("Enter")
        settle(reviewer)
        reviewer.get_by_role("button", name="退回", exact=True).click()
        reviewer.get_by_text(f"已退回{RETURN}，指出 1 行：产品类别有误，请核实").wait_for(timeout=60_000)

        # The clerk, on the next visit to 数据上报, meets the return first, the note at its row.
        clerk.goto(f"{base}/upload")
        clerk.get_by_text("被市局退回的月报（1 份）").wait_for(timeout=60_000)
        settle(clerk)
        note = clerk.locator("[data-testid='stTable'] tr").filter(has_text="叶片泵属一般消费品")
        assert note.locator("th, td").first.inner_text().strip() == "3"
        clerk.screenshot(path=str(artifacts / "review-returned-to-clerk.png"))
        upload(clerk, base, "南湖区三同10月（修改）.xlsx", FIXED)
        assert "其中待审核 3个" in three_same_card(clerk, base)  # counted, and said to be waiting

        # The reviewer sees only the changed row, and passes it.
        open_return(reviewer, base)
        reviewer.get_by_text("新增 0 行、修改 1 行、删除 0 行").wait_for(timeout=60_000)
        reviewer.get_by_text("上次退回：产品类别有误，请核实").wait_for(timeout=30_000)
        changed = reviewer.locator("[data-testid='stTable']").filter(has_text="产品类别：工业品 → 一般消费品")
        changed.wait_for(timeout=60_000)  # the table is drawn a moment after the caption above it
        assert changed.locator("tbody tr").count() == 1
        settle(reviewer)
        reviewer.screenshot(path=str(artifacts / "review-change-since-returned.png"))
        reviewer.get_by_role("button", name="通过", exact=True).click()
        reviewer.get_by_text(f"已通过{RETURN}。").wait_for(timeout=60_000)

        # Reviewed: the overview's card and the 通报 say nothing of it waiting any more.
        assert "待审核" not in three_same_card(reviewer, base)
        reviewer.goto(f"{base}/briefing")
        reviewer.get_by_text("三同产品：").first.wait_for(timeout=120_000)
        settle(reviewer)
        assert "待审核" not in reviewer.get_by_text("三同产品：").first.inner_text()
        for context_page in (clerk, reviewer):
            context_page.context.close()
