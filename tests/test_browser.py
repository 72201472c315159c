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
