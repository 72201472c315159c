"""Review-grid benchmark: a 5,000-row return with problems (one sheet, 1 row in 100 with a mistyped credit
code) fixed on the page.

    .venv/bin/python bench/grid_bench.py [--rows 5000] [--repeat 7] [--no-browser]

In the process (SQLite, a fresh database): the upload's check kept for the grid, the re-check after one
cell edit (lib.ingest.service.recheck_upload), and the grid's table for every row with its conversion to
Arrow (what Streamlit sends). In Chromium against the real server: from choosing 全部行 to the grid of
every row drawn and the run finished. Prints one JSON line with the machine's load before and after;
the figures go in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "Bench-grid-2024"


def make_return(path: Path, rows: int) -> None:
    """One 三同 sheet of `rows` rows for 南湖区, October 2024; every 100th code mistyped."""
    from openpyxl import Workbook

    from lib.identifiers import make_uscc

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("三同")
    sheet.append(["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "声明日期", "是否入驻“三同”平台"])
    for n in range(1, rows + 1):
        code = make_uscc("330402", f"MA2G{n:04X}")
        if n % 100 == 0:
            code = code[:-1] + ("0" if code[-1] != "0" else "1")
        sheet.append([n, f"嘉兴市网格{n}号有限公司", code, f"产品{n}", "工业品", "2024-10-08", "是"])
    workbook.save(path)


def _median_time(work, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process(path: Path, url: str, repeat: int) -> dict:
    import pyarrow as pa

    from lib.db import session_scope, upgrade_database
    from lib.identifiers import make_uscc
    from lib.ingest.fixes import Fixes
    from lib.ingest.review import grid_table
    from lib.ingest.service import preview_upload, recheck_upload
    from lib.periods import Period
    from lib.programs import get_registry
    from lib.region import load_region
    from lib.store import sync_units

    upgrade_database(url)
    region, registry = load_region("330400"), get_registry()
    with session_scope(url) as session:
        sync_units(session, region)
    data = path.read_bytes()

    def check():
        with session_scope(url) as session:
            return preview_upload(
                session,
                data,
                path.name,
                unit_name="南湖区",
                period=Period(2024, 10),
                registry=registry,
                region=region,
                keep_source=True,
            )

    start = time.perf_counter()
    base = check()
    first_check = time.perf_counter() - start
    report = base.sheets[0]
    bad = next(r for r in report.rows if not r.accepted)
    fixes = Fixes()

    def recheck():
        fixes.cells.clear()
        fixes.edit(report.sheet, bad.excel_row, "uscc", "x", make_uscc("330402", "MA2H0001"))
        with session_scope(url) as session:
            return recheck_upload(session, base, fixes)

    def grid():
        return pa.Table.from_pandas(grid_table(report, Fixes(), "all"))

    return {
        "rows": len(report.rows),
        "errors": sum(1 for r in report.rows if not r.accepted),
        "check_s": round(first_check, 3),
        "recheck_one_edit_s": round(_median_time(recheck, repeat), 4),
        "grid_table_all_rows_s": round(_median_time(grid, repeat), 4),
    }


# Timed in the page: from the click on 全部行 to the moment the grid of every row is in the page (its table of
# rows, which the grid adds after drawing) and the run has finished, whichever is later. Playwright's own
# waits poll at 0, 20, 50, 100, 100 and then every 500 ms, so a time taken around them overstates by up to
# half a second; it is reported beside for comparison.
_WATCH = """(rowcount) => {
  const grid = {click: null, drawn: null, finished: null, done: null};
  window.__grid = grid;
  const app = document.querySelector("[data-testid='stApp']");
  const settle = () => {
    if (grid.drawn === null || grid.finished === null || grid.done !== null) return;
    grid.done = Math.max(grid.drawn, grid.finished);
  };
  document.addEventListener("click", () => { if (grid.click === null) grid.click = performance.now(); }, true);
  new MutationObserver((changes) => {
    const now = performance.now();
    if (grid.click === null) return;
    for (const change of changes) {
      const state = change.target === app && change.attributeName === "data-test-script-state";
      if (state && change.oldValue === "running" && grid.finished === null) grid.finished = now;
    }
    const every = `[data-testid='stDataFrame'] table[aria-rowcount='${rowcount}']`;
    if (grid.drawn === null && document.querySelector(every)) grid.drawn = now;
    settle();
  }).observe(document.body, {attributes: true, attributeOldValue: true, childList: true, subtree: true});
}"""


def in_browser(path: Path, url: str, rows: int, repeat: int) -> dict:
    from playwright.sync_api import sync_playwright

    from bench.server import serve
    from lib.auth import OPERATOR, create_user
    from lib.db import session_scope

    with session_scope(url) as session:
        create_user(session, "grid_clerk", "staff", PASSWORD, "南湖区", actor=OPERATOR)
    log = Path(tempfile.mkstemp(suffix=".log")[1])
    opened, polled = [], []
    with serve(url, log, region="330400", agent_api=False) as (base, _), sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1500, "height": 1200})
            idle = page.locator("[data-testid='stApp'][data-test-script-state='notRunning']")
            page.goto(f"{base}/upload")
            page.get_by_label("用户名").fill("grid_clerk")
            page.get_by_label("密码").fill(PASSWORD)
            page.get_by_role("button", name="登录").click()
            page.get_by_role("heading", name="数据上报").wait_for(timeout=120_000)
            page.locator("input[type=file]").set_input_files(str(path))
            page.get_by_role("button", name="改为2024年10月").click()
            block = page.locator("[data-testid='stExpander']").filter(has_text="在页面上修改")
            block.get_by_role("radio", name="全部行").wait_for(timeout=120_000)
            idle.wait_for(timeout=120_000)
            page.evaluate(_WATCH, rows + 1)
            start = time.perf_counter()
            block.get_by_role("radio", name="全部行").click()
            every = f"[data-testid='stDataFrame'] table[aria-rowcount='{rows + 1}']"
            block.locator(every).wait_for(state="attached", timeout=120_000)
            idle.wait_for(timeout=120_000)
            polled.append(time.perf_counter() - start)
            page.wait_for_function("window.__grid.done !== null", timeout=120_000)
            opened.append(page.evaluate("window.__grid.done - window.__grid.click") / 1000)
            page.close()
        browser.close()
    return {
        "grid_opens_all_rows_s": round(statistics.median(opened), 3),
        "runs": [round(t, 3) for t in opened],
        "as_polled_by_playwright_s": [round(t, 3) for t in polled],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"南湖区_三同_{args.rows}行.xlsx"
        make_return(path, args.rows)
        url = f"sqlite:///{Path(folder) / 'grid.db'}"
        os.environ["DATABASE_URL"] = url
        result = {"load": Path("/proc/loadavg").read_text().split()[:3], **in_process(path, url, args.repeat)}
        if not args.no_browser:
            result |= in_browser(path, url, args.rows, max(1, args.repeat // 2))
        result["load_after"] = Path("/proc/loadavg").read_text().split()[:3]
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
