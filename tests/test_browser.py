"""The served app in Debian's Chromium: Chinese title and KPI values visible, nothing fetched
from outside the machine, screenshots kept as test artifacts."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768)])
def test_overview_in_chromium(served_app, browser, artifacts, width, height):
    page = browser.new_page(viewport={"width": width, "height": height})
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url)
            if urlparse(request.url).scheme in {"http", "https", "ws", "wss"}
            and urlparse(request.url).hostname not in LOCAL_HOSTS
            else None
        ),
    )
    page.goto(served_app)
    page.get_by_role("heading", name="嘉兴市质量提升工作总览").wait_for(timeout=60_000)
    metrics = page.locator("[data-testid='stMetric']")
    metrics.first.wait_for(timeout=60_000)
    assert metrics.count() == 5
    first = metrics.first.inner_text()
    assert "对标达标企业" in first and "家" in first
    assert page.get_by_text("数据来源：各县（市、区）市场监管局月报，截至2024年10月").is_visible()
    page.wait_for_timeout(1500)  # let the sparklines and table finish drawing
    page.screenshot(path=str(artifacts / f"overview-{width}x{height}.png"), full_page=True)
    assert outside == [], f"requests left the machine: {outside}"
    page.close()


def test_a_deep_link_on_a_fresh_server_uploads_a_return(browser, artifacts, sqlite_url, tmp_path):
    """The first visitor after a restart opens /upload directly, uploads a messy return, sees its problems."""
    from lib.db import upgrade_database
    from tests.conftest import serve
    from tests.test_ingest import MESSY

    upgrade_database(sqlite_url)
    with serve(sqlite_url, tmp_path) as base:
        page = browser.new_page(viewport={"width": 1366, "height": 1600})
        page.goto(f"{base}/upload")
        page.get_by_role("heading", name="数据上报").wait_for(timeout=60_000)
        # The app shell is in charge: navigation bar present.
        assert page.get_by_role("link", name="总览").count() >= 1
        page.locator("input[type=file]").set_input_files(str(MESSY))
        page.get_by_role("heading", name="检查结果").wait_for(timeout=60_000)
        grids = page.locator("[data-testid='stDataFrame']")
        grids.nth(1).wait_for(timeout=30_000)
        assert page.get_by_text("个错误（所在行不入库）").is_visible()
        page.get_by_role("heading", name="检查结果").scroll_into_view_if_needed()
        page.wait_for_timeout(1500)
        page.screenshot(path=str(artifacts / "upload-problems.png"))
        page.close()
