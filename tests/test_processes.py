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
from tests.test_browser import open_signed_in

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
        page.get_by_role("button", name="确认提交").click(timeout=60_000)
        page.get_by_text("已入库 100 条记录").wait_for(timeout=60_000)
        page.close()

        # The second process's next rerun offers the new month, and its figures are the new data.
        viewer.interact()
        assert month_label(month) in period_options(viewer)
        assert viewer.texts("metric") == before  # still the month the leader is looking at
        viewer.interact(widget_state={"period_select": month_label(month)})
        assert viewer.texts("metric")[0] == "20家"
