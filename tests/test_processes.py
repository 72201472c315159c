"""Several app processes on one PostgreSQL database: what one process writes, every other process
shows on its next rerun, although each caches figures in its own memory (keyed by the data
version stored in the database)."""

from __future__ import annotations

import pytest

from bench.ingest_bench import make_workbook
from bench.server import AgentSession
from lib.demo import DEMO_PASSWORD
from lib.ui.widgets import month_label, month_options
from tests.conftest import build_demo, serve
from tests.test_browser import commit_upload_in, open_signed_in

pytestmark = pytest.mark.postgres

AGENT_API = {"STREAMLIT_SERVER_ENABLE_AGENT_API": "true"}


def period_options(session: AgentSession) -> list[str]:
    (select,) = [n for n in session.nodes("selectbox") if n.get("key") == "period_select"]
    return list(select["props"]["options"])


def test_an_upload_through_one_process_shows_in_the_other_on_its_next_rerun(pg_url, browser, tmp_path):
    build_demo(pg_url)
    month = month_options()[0]  # the upload page's default month: last calendar month
    workbook = tmp_path / "南湖区月报.xlsx"
    make_workbook(workbook, 100, year=int(month[:4]), month=int(month[5:]))  # 20 new enterprises per program
    with serve(pg_url, tmp_path, **AGENT_API) as first, serve(pg_url, tmp_path, **AGENT_API) as second:
        # A leader has the overview open on the second process: its figures are now cached there.
        viewer = AgentSession(second)
        viewer.sign_in("leader", DEMO_PASSWORD)
        assert viewer.texts("title") == ["嘉兴市质量提升工作总览"]
        before = viewer.texts("metric")
        assert month_label(month) not in period_options(viewer)

        # A county's return is uploaded and committed through the first process, in a browser.
        page = browser.new_page(viewport={"width": 1366, "height": 1600})
        open_signed_in(page, f"{first}/upload", "admin", DEMO_PASSWORD)
        page.locator("input[type=file]").set_input_files(str(workbook))
        commit_upload_in(page)
        page.get_by_text("已入库 100 条记录").wait_for(timeout=60_000)
        page.close()

        # The second process's next rerun offers the new month, and its figures are the new data.
        viewer.interact()
        assert month_label(month) in period_options(viewer)
        assert viewer.texts("metric") == before  # still the month the leader is looking at
        viewer.interact(widget_state={"period_select": month_label(month)})
        assert viewer.texts("metric")[0] == "20家"


def test_a_program_enabled_through_one_process_works_there_and_shows_in_the_other(pg_url, browser, tmp_path):
    """工作项目管理 without a restart: an admin enables a catalogue program on one process; there its template
    and upload work at once, and a leader on the other process finds its page at the next run."""
    import io

    from openpyxl import load_workbook

    from lib.catalogue import load_catalogue
    from lib.identifiers import make_uscc
    from lib.ingest.template import build_template
    from lib.periods import parse_period
    from lib.programs import REGISTRY_PATH, shipped_definitions

    build_demo(pg_url)
    entry = next(e for e in load_catalogue() if e.key == "quality_coop")
    month = parse_period(month_options()[0])  # the default month of the pages: last calendar month
    registry = shipped_definitions(REGISTRY_PATH).with_block(entry.key, entry.block).registry()
    book = load_workbook(io.BytesIO(build_template(registry, unit_name="南湖区", period=month)))
    for name in book.sheetnames[1:]:
        if name != "质量合作社":
            del book[name]
    values = {"enterprise_name": "嘉兴市南湖家纺有限公司", "uscc": make_uscc("330402", "MA7CP001"), "unit": "南湖区"}
    values |= {"coop": "南湖家纺质量合作社", "form": "个转企", "cqo": "是", "date": f"{month.key}-03"}
    book["质量合作社"].append([1, *(values.get(c.key) for c in registry.get("quality_coop").columns)])
    workbook = tmp_path / "南湖区质量合作社月报.xlsx"
    book.save(workbook)

    with serve(pg_url, tmp_path) as first, serve(pg_url, tmp_path) as second:
        leader = browser.new_page(viewport={"width": 1366, "height": 1000})
        open_signed_in(leader, f"{second}/", "leader", DEMO_PASSWORD)  # the second process has its registry
        leader.get_by_role("heading", name="嘉兴市质量提升工作总览").wait_for(timeout=90_000)

        admin = browser.new_page(viewport={"width": 1366, "height": 1600})
        open_signed_in(admin, f"{first}/programs", "admin", DEMO_PASSWORD)
        admin.locator("summary").filter(has_text="质量合作社").click(timeout=90_000)
        admin.locator(".st-key-programs_enable_quality_coop button").click(timeout=60_000)
        admin.get_by_text("起生效").first.wait_for(timeout=60_000)

        admin.goto(f"{first}/upload")
        admin.locator("input[type=file]").set_input_files(str(workbook))
        commit_upload_in(admin)
        admin.get_by_text("已入库 1 条记录").wait_for(timeout=60_000)
        admin.close()

        leader.goto(f"{second}/quality_coop")
        leader.get_by_role("heading", name="产业集聚区质量合作社").wait_for(timeout=90_000)
        leader.close()
