"""The served app in Debian's Chromium: Chinese title, KPI values and the map drawn, nothing fetched
from outside the machine, every page screenshotted as a test artifact."""

from __future__ import annotations

import io
import re
import time
from urllib.parse import urlparse

import numpy as np
import pytest
from docx import Document
from openpyxl import load_workbook
from PIL import Image
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from lib import pictures
from lib.demo import DEMO_PASSWORD
from lib.programs import get_registry
from lib.vocabulary import PROGRESS

pytestmark = pytest.mark.browser

LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}
PAGES = [
    ("leaderboard", "嘉兴市质量提升工作排行榜"),
    ("benchmarking", "企业标准对标达标提升行动"),
    ("recall", "缺陷产品召回"),
    ("county", "一县一业一策"),
    ("enterprise", "企业档案"),
    ("upload", "数据上报"),
    ("review", "审核"),
    ("history", "上报记录"),
    ("reporting", "嘉兴市月报上报情况"),
    ("quality", "嘉兴市数据质量核查"),
    ("users", "用户管理"),
    ("targets", "年度目标"),
    ("audit", "操作日志"),
    ("ledger", "历史台账导入"),
]


def watch_outside(page) -> list[str]:
    outside: list[str] = []

    def check(request) -> None:
        url = urlparse(request.url)
        if url.scheme in {"http", "https", "ws", "wss"} and url.hostname not in LOCAL_HOSTS:
            outside.append(request.url)

    page.on("request", check)
    return outside


def open_signed_in(page, url: str, username: str = "admin", password: str = DEMO_PASSWORD) -> None:
    """Open a URL and sign in on the form it shows; the requested page then opens."""
    page.goto(url)
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()
    page.get_by_role("button", name="登录").wait_for(state="detached", timeout=60_000)


def keeps_sign_in(page, timeout_s: float = 60) -> None:
    """Wait until the browser holds the sign-in token (written by the page a moment after signing in)."""
    deadline = time.monotonic() + timeout_s
    while not any(c["name"] == "qb_session" for c in page.context.cookies()):
        assert time.monotonic() < deadline, "the sign-in token was never kept"
        page.wait_for_timeout(100)  # the poll interval


def settle(page, timeout: int = 90_000) -> None:
    """Wait until the app has finished its run and the browser has painted it (no placeholders left,
    fonts loaded, two animation frames): the condition a screenshot needs, never a fixed time."""
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(timeout=timeout)
    # Tables and charts arrive as placeholders first, then draw once their code has loaded.
    page.locator("[data-testid='stSkeleton']").first.wait_for(state="detached", timeout=timeout)
    page.evaluate(
        "() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))"
    )


def commit_upload_in(page, timeout: int = 90_000) -> None:
    """Click 确认提交 once the upload's check is shown and the app has finished its run: a click while a rerun
    replaces the page's elements can land on the button being replaced and be lost."""
    button = page.get_by_role("button", name="确认提交")
    button.wait_for(timeout=timeout)
    settle(page, timeout)
    button.click(timeout=timeout)


def map_drawn(page, deck, timeout_s: float = 120) -> int:
    """Poll until the WebGL map shows its status colours (it draws a moment after the canvas appears,
    later on a busy machine); returns how many pixels carry them."""
    deadline, drawn = time.monotonic() + timeout_s, 0
    while time.monotonic() < deadline:
        drawn = status_pixels(deck.screenshot())
        if drawn > 20_000:
            break
        page.wait_for_timeout(250)  # the poll interval, not a wait for something to happen
    return drawn


def status_extent(png: bytes) -> tuple[float, float, tuple[int, int, int, int]]:
    """The share of the map image's width and height its units span (pixels in a status colour as the
    map blends it over white), and their bounding box in its pixels."""
    image = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)
    near = np.zeros(image.shape[:2], dtype=bool)
    for shown in PROGRESS.values():
        near |= np.abs(image - (np.array(shown.rgb) * 215 + 255 * 40) / 255).sum(axis=2) < 60
    ys, xs = np.nonzero(near)
    box = (int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max()))
    return (box[2] - box[0] + 1) / image.shape[1], (box[3] - box[1] + 1) / image.shape[0], box


def steady(page, deck) -> None:
    """Wait until the app is idle and the map's frame no longer moves: the first run draws it at a guessed
    width, the run after the browser has said the page's width at the measured one."""
    settle(page)
    before = None
    for _ in range(40):
        now = deck.bounding_box()
        if now is not None and now == before:
            return
        before = now
        page.wait_for_timeout(250)  # the poll interval


def status_pixels(png: bytes) -> int:
    """How many pixels of the map image carry one of the status colours."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    colours = [p.rgb for p in PROGRESS.values()]
    count = 0
    for r, g, b in image.get_flattened_data():
        if any(abs(r - cr) + abs(g - cg) + abs(b - cb) < 60 for cr, cg, cb in colours):
            count += 1
    return count


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768)])
def test_overview_in_chromium(served_app, browser, artifacts, width, height):
    page = browser.new_page(viewport={"width": width, "height": height})
    outside = watch_outside(page)
    open_signed_in(page, served_app, "leader")
    page.get_by_role("heading", name="嘉兴市质量提升工作总览").wait_for(timeout=60_000)
    metrics = page.locator("[data-testid='stMetric']")
    programs = len(get_registry())
    metrics.nth(programs - 1).wait_for(timeout=60_000)
    assert metrics.count() == programs
    first = metrics.first.inner_text()
    assert "对标达标企业" in first and "家" in first
    page.get_by_text("数据来源：各县（市、区）市场监管局月报，截至2024年10月").wait_for(timeout=60_000)
    deck = page.locator("[data-testid='stDeckGlJsonChart']")
    deck.locator("canvas").first.wait_for(timeout=60_000)
    steady(page, deck)
    deck.scroll_into_view_if_needed()
    assert map_drawn(page, deck) > 20_000, "the county map is not drawn"
    # The region fills the width of its frame; the table of every unit stands beside the map.
    wide, tall, _ = status_extent(deck.screenshot())
    assert wide >= 0.8 and tall <= 1, (wide, tall)
    row = page.locator("[data-testid='stHorizontalBlock']").filter(has=deck)
    assert row.locator("[data-testid='stTable'] tbody tr").count() == 9
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(artifacts / f"overview-{width}x{height}.png"))
    deck.screenshot(path=str(artifacts / f"overview-map-{width}x{height}.png"))
    assert outside == [], f"requests left the machine: {outside}"
    page.close()


@pytest.mark.parametrize(("path", "heading"), PAGES)
def test_every_page_renders_in_chromium(served_app, browser, artifacts, path, heading):
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    outside = watch_outside(page)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_signed_in(page, f"{served_app}/{path}")
    page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
    settle(page)
    assert page.get_by_text("Traceback").count() == 0
    assert page.locator("[data-testid='stException']").count() == 0
    page.screenshot(path=str(artifacts / f"page-{path}.png"))
    assert outside == [], f"requests left the machine: {outside}"
    assert errors == []
    page.close()


def test_a_deep_link_on_a_fresh_server_uploads_a_return(browser, artifacts, sqlite_url, tmp_path):
    """The first visitor after a restart opens /upload directly, downloads the month's template (made when the
    button is clicked), uploads a messy return, sees its problems."""
    from lib.auth import OPERATOR, create_user
    from lib.db import session_scope, upgrade_database
    from tests.conftest import serve
    from tests.test_ingest import MESSY

    upgrade_database(sqlite_url)
    with session_scope(sqlite_url) as session:
        create_user(session, "admin", "admin", "Str0ng-admin-pass", actor=OPERATOR)
    with serve(sqlite_url, tmp_path) as base:
        page = browser.new_page(viewport={"width": 1366, "height": 1600}, accept_downloads=True)
        open_signed_in(page, f"{base}/upload", "admin", "Str0ng-admin-pass")
        page.get_by_role("heading", name="数据上报").wait_for(timeout=60_000)
        # The app shell is in charge: navigation bar present.
        assert page.locator("[data-testid='stTopNav']").count() == 1
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name=re.compile(r"下载.*月报模板")).click()
        assert download.value.suggested_filename.endswith(".xlsx")
        with open(download.value.path(), "rb") as saved:
            book = load_workbook(io.BytesIO(saved.read()))
        assert book.sheetnames[0] == "填报说明"
        assert {p.sheet for p in get_registry()} <= set(book.sheetnames)
        page.locator("input[type=file]").set_input_files(str(MESSY))
        page.get_by_role("heading", name="检查结果").wait_for(timeout=60_000)
        grids = page.locator("[data-testid='stDataFrame']:visible")  # the header mappings sit in a closed expander
        grids.nth(1).wait_for(timeout=30_000)
        assert page.get_by_text("个错误（所在行不入库）").is_visible()
        page.get_by_role("heading", name="检查结果").scroll_into_view_if_needed()
        settle(page)
        page.screenshot(path=str(artifacts / "upload-problems.png"))
        page.close()


def test_clicking_a_unit_on_the_map_opens_its_county_page(served_app, browser, artifacts):
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    open_signed_in(page, served_app, "leader")
    deck = page.locator("[data-testid='stDeckGlJsonChart']")
    deck.locator("canvas").first.wait_for(timeout=60_000)
    steady(page, deck)
    deck.scroll_into_view_if_needed()
    assert map_drawn(page, deck) > 20_000, "the county map is not drawn"
    box = deck.bounding_box()
    # Hover until the tooltip names a unit away from the default 南湖区, then click it.
    name = None
    for dx, dy in ((-220, 60), (-160, 120), (160, 40), (120, 140), (-100, -120), (60, 160)):
        x, y = box["x"] + box["width"] / 2 + dx, box["y"] + box["height"] / 2 + dy
        page.mouse.move(x, y)
        tooltip = page.locator(".deck-tooltip")
        try:
            tooltip.first.wait_for(state="visible", timeout=4_000)
        except PlaywrightTimeout:
            continue
        if tooltip.first.is_visible():
            text = tooltip.first.inner_text().strip()
            if text and not text.startswith("南湖区"):
                name = text.splitlines()[0].strip()
                page.mouse.click(x, y)
                break
    assert name, "hovering the map showed no unit tooltip"
    page.get_by_role("heading", name="一县一业一策", exact=True).wait_for(timeout=30_000)
    page.get_by_role("heading", name=f"{name} ·").first.wait_for(timeout=30_000)
    assert "/county" in page.url
    settle(page)
    page.screenshot(path=str(artifacts / "county-from-map.png"))
    page.close()


def test_sign_in_shows_the_roles_pages_and_sign_out(served_app, browser, artifacts):
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(served_app)
    page.get_by_role("button", name="登录").wait_for(timeout=60_000)
    assert page.locator("[data-testid='stTopNav']").count() == 0  # nothing before signing in
    page.screenshot(path=str(artifacts / "signin.png"))
    open_signed_in(page, served_app, "staff_330402")
    page.get_by_role("heading", name="嘉兴市质量提升工作总览").wait_for(timeout=60_000)
    sections = page.locator("[data-testid='stTopNavSection']")
    assert "管理" not in sections.all_inner_texts()  # staff are not admins
    sections.filter(has_text="数据").click()
    menu = page.locator("[data-testid='stTopNavDropdownLink']")
    menu.filter(has_text="数据上报").wait_for(timeout=10_000)
    page.keyboard.press("Escape")
    sections.filter(has_text="账户").click()
    menu.filter(has_text="南湖区业务人员").click()
    page.get_by_role("button", name="退出登录").click()
    page.get_by_role("button", name="登录").wait_for(timeout=60_000)
    page.close()


def test_a_page_the_role_may_not_see_is_not_reachable_by_url(served_app, browser):
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    open_signed_in(page, f"{served_app}/users", "leader")
    page.get_by_role("heading", name="嘉兴市质量提升工作总览").wait_for(timeout=60_000)
    assert page.get_by_role("heading", name="用户管理").count() == 0
    sections = page.locator("[data-testid='stTopNavSection']").all_inner_texts()
    assert "管理" not in sections
    page.close()


def test_a_trusted_proxy_header_signs_the_user_in(demo_sqlite_url, browser, tmp_path):
    """The header is taken from the configured proxy address (here this machine) and audited; from any
    other address (a client connecting straight to the app port) it is ignored and audited as refused."""
    import sqlite3

    from sqlalchemy import select

    from lib.db import session_scope
    from lib.models import AuditLog
    from tests.conftest import serve

    database = tmp_path / "copy.db"  # a copy: the shared demo database stays as the other tests expect it
    with sqlite3.connect(demo_sqlite_url.removeprefix("sqlite:///")) as source, sqlite3.connect(database) as copy:
        source.backup(copy)
    url = f"sqlite:///{database}"
    with serve(url, tmp_path, QB_TRUSTED_HEADER="X-Remote-User") as base:
        context = browser.new_context(viewport={"width": 1366, "height": 768})
        context.set_extra_http_headers({"X-Remote-User": "staff_330402"})
        page = context.new_page()
        page.goto(base)
        page.get_by_role("heading", name="嘉兴市质量提升工作总览").wait_for(timeout=60_000)
        sections = page.locator("[data-testid='stTopNavSection']").all_inner_texts()
        assert "管理" not in sections and "数据" in sections
        context.close()
        stranger = browser.new_context()
        stranger.set_extra_http_headers({"X-Remote-User": "nobody"})
        page = stranger.new_page()
        page.goto(base)
        page.get_by_text("尚未在看板中开通").wait_for(timeout=60_000)
        stranger.close()
    with session_scope(url) as session:
        taken = session.scalars(select(AuditLog.username).where(AuditLog.action == "signin_header")).all()
    assert "staff_330402" in taken
    with serve(url, tmp_path, QB_TRUSTED_HEADER="X-Remote-User", QB_TRUSTED_PROXIES="10.9.9.9") as base:
        direct = browser.new_context()
        direct.set_extra_http_headers({"X-Remote-User": "admin"})
        page = direct.new_page()
        page.goto(base)
        page.get_by_role("button", name="登录").wait_for(timeout=60_000)  # asked to sign in, not admin
        direct.close()
    with session_scope(url) as session:
        refused = session.scalars(select(AuditLog.username).where(AuditLog.action == "signin_header_refused")).all()
    assert "admin" in refused


def test_briefing_slides_in_chromium(served_app, browser, artifacts):
    """The 简报 page as a presenter sees it: 16:9 slides, large type, no navigation bar, pictures
    loaded, and the map picture downloaded as a 2× PNG."""
    page = browser.new_page(viewport={"width": 1600, "height": 900}, accept_downloads=True)
    outside = watch_outside(page)
    open_signed_in(page, f"{served_app}/briefing", "leader")
    page.get_by_role("heading", name="嘉兴市质量提升工作简报").wait_for(timeout=90_000)
    page.locator(".st-key-slide_4 img").first.wait_for(timeout=90_000)
    assert page.locator("header[data-testid='stHeader']").is_visible()
    page.get_by_text("演示模式").click()
    page.locator("header[data-testid='stHeader']").wait_for(state="hidden", timeout=30_000)
    settle(page)
    for n in (1, 2, 3, 4):
        slide = page.locator(f".st-key-slide_{n}")
        slide.scroll_into_view_if_needed()
        box = slide.bounding_box()
        assert box and abs(box["width"] / box["height"] - 16 / 9) < 0.02, box
        slide.screenshot(path=str(artifacts / f"briefing-slide-{n}.png"))
    value_size = page.locator(".st-key-slide_1 [data-testid='stMetricValue'] p").first.evaluate(
        "e => parseFloat(getComputedStyle(e).fontSize)"
    )
    assert value_size >= 36
    # Sharp on a screenshot: no picture is stretched beyond its pixels.
    sizes = page.locator("[class*='st-key-slide_'] img").evaluate_all(
        "imgs => imgs.map(i => [i.naturalWidth, i.clientWidth])"
    )
    assert len(sizes) >= 7 and all(natural >= shown > 0 for natural, shown in sizes), sizes
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="下载图片：各县（市、区）综合得分（2024年1—10月）").click()
    picture = Image.open(download.value.path())
    assert picture.format == "PNG" and picture.width == pictures.WIDTH * pictures.SCALE
    assert download.value.suggested_filename == "各县（市、区）综合得分（2024年1—10月）.png"
    with page.expect_download(timeout=120_000) as download:
        page.get_by_role("button", name="生成并下载通报（Word）").click()
    assert download.value.suggested_filename == "嘉兴市质量提升工作月度通报（2024年第10期）.docx"
    document = Document(download.value.path())
    assert document.paragraphs[0].text == "嘉兴市质量提升工作月度通报" and len(document.inline_shapes) == 6
    assert outside == [], f"requests left the machine: {outside}"
    page.close()


def test_the_mapping_step_is_asked_once(browser, artifacts, sqlite_url, tmp_path):
    """A return whose credit-code header nobody could guess: the clerk picks the column once, and the
    next month's return in the same layout is read without asking."""
    import re

    from lib.auth import OPERATOR, create_user
    from lib.db import session_scope, upgrade_database
    from tests.conftest import serve
    from tests.test_real_returns import odd_return

    upgrade_database(sqlite_url)
    with session_scope(sqlite_url) as session:
        create_user(session, "clerk", "admin", "Str0ng-clerk-pass", actor=OPERATOR)
    october, november = tmp_path / "品字标10月.xlsx", tmp_path / "品字标11月.xlsx"
    october.write_bytes(odd_return(10, ["甲", "乙"]))
    november.write_bytes(odd_return(11, ["丙", "丁", "戊"]))
    with serve(sqlite_url, tmp_path) as base:
        page = browser.new_page(viewport={"width": 1366, "height": 1800})
        open_signed_in(page, f"{base}/upload", "clerk", "Str0ng-clerk-pass")
        page.get_by_role("heading", name="数据上报").wait_for(timeout=60_000)
        button = page.locator("[data-testid='stFileUploaderDropzone'] button p").first
        shown = button.evaluate("p => getComputedStyle(p, '::after').content")
        assert shown == '"选择文件"' and button.evaluate("p => getComputedStyle(p).fontSize") == "0px"  # not "Upload"
        page.locator("input[type=file]").set_input_files(str(october))
        form = page.locator("[data-testid='stForm']").filter(has_text="核对表头")
        form.wait_for(timeout=60_000)
        form.get_by_text("统一社会信用代码（必填） · 缺少，请指定").wait_for(timeout=30_000)
        page.get_by_text("入库 0 条记录").wait_for(timeout=30_000)
        form.scroll_into_view_if_needed()
        page.screenshot(path=str(artifacts / "upload-mapping-step.png"))
        form.get_by_role("combobox", name=re.compile("统一社会信用代码")).click()
        page.get_by_role("option", name="B列：登记号").click()
        form.get_by_role("button", name="确认表头").click()
        page.get_by_text("自动按此读取").first.wait_for(timeout=60_000)
        form.wait_for(state="detached", timeout=30_000)
        page.get_by_text("入库 2 条记录").wait_for(timeout=30_000)
        page.locator("input[type=file]").set_input_files(str(november))
        page.get_by_text("入库 3 条记录").wait_for(timeout=60_000)
        assert form.count() == 0
        page.get_by_role("heading", name="检查结果").scroll_into_view_if_needed()
        page.screenshot(path=str(artifacts / "upload-mapping-remembered.png"))
        page.close()


def test_sign_in_survives_a_reload_a_new_tab_and_a_bookmark(demo_sqlite_url, browser, tmp_path, artifacts):
    """Signed in once, the user stays signed in through a reload, a second tab and a bookmarked page;
    signing out in one tab ends the other; a disabled account's open tab is signed out at its next
    action; a tampered or expired token signs nobody in and is audited."""
    import sqlite3

    from sqlalchemy import select

    from lib.auth import OPERATOR, issue_token, set_active
    from lib.db import session_scope
    from lib.models import AuditLog
    from tests.conftest import serve

    database = tmp_path / "copy.db"
    with sqlite3.connect(demo_sqlite_url.removeprefix("sqlite:///")) as source, sqlite3.connect(database) as copy:
        source.backup(copy)
    url = f"sqlite:///{database}"
    overview = "嘉兴市质量提升工作总览"
    with serve(url, tmp_path, STREAMLIT_SERVER_COOKIE_SECRET="a-fixed-secret-for-this-test-of-kept-sign-ins") as base:
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        first = context.new_page()
        open_signed_in(first, base, "leader")
        first.get_by_role("heading", name=overview).wait_for(timeout=60_000)
        keeps_sign_in(first)
        first.reload()
        first.get_by_role("heading", name=overview).wait_for(timeout=60_000)
        second = context.new_page()
        second.goto(f"{base}/leaderboard")  # a bookmark, in a new tab
        second.get_by_role("heading", name="嘉兴市质量提升工作排行榜").wait_for(timeout=60_000)
        assert second.get_by_role("button", name="登录").count() == 0
        settle(second)
        second.screenshot(path=str(artifacts / "signin-kept-bookmark.png"))
        # Sign out in the second tab: the first one is signed out at its next action.
        second.goto(f"{base}/account")
        second.get_by_role("button", name="退出登录").click()
        second.get_by_role("button", name="登录").wait_for(timeout=60_000)
        first.reload()
        first.get_by_role("button", name="登录").wait_for(timeout=60_000)
        # Signed in again, then disabled by an admin: the open tab is signed out at its next action.
        open_signed_in(first, base, "staff_330402")
        first.get_by_role("heading", name=overview).wait_for(timeout=60_000)
        with session_scope(url) as session:
            set_active(session, "staff_330402", False, actor=OPERATOR)
        first.get_by_role("link", name="排行榜").click()
        first.get_by_text("账号已停用或密码已修改").wait_for(timeout=60_000)
        context.close()
        # A token signed with another key, and an expired one, sign nobody in.
        for token in (
            issue_token("another-key-of-the-same-length-as-a-real-one", "admin", 0, 4e9),
            issue_token("a-fixed-secret-for-this-test-of-kept-sign-ins", "admin", 0, 1),
        ):
            forged = browser.new_context()
            forged.add_cookies([{"name": "qb_session", "value": token, "url": base}])
            page = forged.new_page()
            page.goto(base)
            page.get_by_role("button", name="登录").wait_for(timeout=60_000)
            forged.close()
    with session_scope(url) as session:
        actions = session.scalars(select(AuditLog.action).where(AuditLog.action.like("signin_token%"))).all()
    assert "signin_token" in actions and actions.count("signin_token_refused") >= 2


def test_a_leader_on_a_phone(served_app, browser, artifacts):
    """390 px wide, the way a phone opens a link: overview, leaderboard and a county page need no
    sideways scrolling and the map fits the width. Screenshots in tests/artifacts/phone-*.png."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    open_signed_in(page, served_app, "leader")
    keeps_sign_in(page)
    for path, heading in (
        ("", "嘉兴市质量提升工作总览"),
        ("leaderboard", "嘉兴市质量提升工作排行榜"),
        ("county", "一县一业一策"),
    ):
        page.goto(f"{served_app}/{path}")
        page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
        settle(page)
        width, visible = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert width <= visible, f"/{path} scrolls sideways on a phone ({width} > {visible})"
        maps = page.locator("[data-testid='stDeckGlJsonChart']")
        for n in range(maps.count()):
            box = maps.nth(n).bounding_box()
            assert box is None or (box["x"] >= 0 and box["x"] + box["width"] <= visible + 1)
        if not path:  # the region as wide as the screen, nowhere cut off
            steady(page, maps.first)
            maps.first.scroll_into_view_if_needed()
            map_drawn(page, maps.first)
            png = maps.first.screenshot()
            wide, _, (left, top, right, bottom) = status_extent(png)
            width_px, height_px = Image.open(io.BytesIO(png)).size
            assert wide >= 0.8 and left > 0 and top > 0 and right < width_px - 1 and bottom < height_px - 1
        page.screenshot(path=str(artifacts / f"phone-{path or 'overview'}.png"), full_page=True)
    context.close()


def test_an_empty_signing_key_signs_nobody_in(demo_sqlite_url, browser, tmp_path, artifacts):
    """Streamlit started directly (not through lib.serve, which refuses to start) with an empty cookie
    secret: a cookie forged with the key "" for admin under epoch 0 opens nothing; every page says why
    and what to do, and there is no way to sign in until the key is fixed."""
    import os
    import subprocess
    import sys

    from bench.pgcluster import free_port
    from bench.server import wait_http
    from tests.conftest import ROOT
    from tests.test_auth import _forged

    port = free_port()
    env = {**os.environ, "DATABASE_URL": demo_sqlite_url, "QB_REGION": "330400", "STREAMLIT_SERVER_COOKIE_SECRET": ""}
    args = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port)]
    with (tmp_path / "server.log").open("w") as log:
        server = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/_stcore/health")
        base = f"http://localhost:{port}"
        context = browser.new_context(viewport={"width": 1366, "height": 800})
        context.add_cookies([{"name": "qb_session", "value": _forged(""), "url": base}])
        page = context.new_page()
        for path in ("users", ""):
            page.goto(f"{base}/{path}")
            page.get_by_text("登录令牌的签名密钥").first.wait_for(timeout=60_000)
            settle(page)
            assert page.get_by_role("heading", name="用户管理").count() == 0
            assert page.get_by_role("button", name="登录").count() == 0
            assert page.get_by_text("admin").count() == 0
        page.screenshot(path=str(artifacts / "signin-empty-key-refused.png"))
        context.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
