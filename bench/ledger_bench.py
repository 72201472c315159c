"""Ledger benchmark: a province's two years in one city-wide ledger (台账) of 200,000 rows, two programs in two sheets,
every row with its county and date, saved as Excel saves it (shared strings); previewed (read, checked, planned
against what is stored) and committed on a fresh SQLite file, then imported again (nothing changes).

    .venv/bin/python bench/ledger_bench.py [--rows 200000] [--runs 2]

Each run builds its own database and serves the app on it (`python -m lib.serve`, one process); the admin signs in
on 历史台账导入 over the app's WebSocket as a browser does, uploads the ledger (the preview: read in the reader's
process of its own, checked, planned) and imports it; then again in a new tab (nothing changes). Reported: seconds
from sending the file to the preview shown and from the click to the import's message, and the serving process's
peak resident memory (VmHWM). Prints one JSON line per run; the figures go in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROVINCE = "330000"
PROGRAMS = ("three_same", "benchmarking")
MONTHS = [(2023, m) for m in range(1, 13)] + [(2024, m) for m in range(1, 13)]


def make_ledger(path: Path, rows: int) -> None:
    """Two sheets (三同, 对标达标) under a title row, rows spread over every unit of the province and 24 months."""
    from openpyxl import Workbook

    from bench.ingest_bench import excel_strings
    from lib.identifiers import make_uscc
    from lib.region import load_region

    units = load_region(PROVINCE).units
    workbook = Workbook(write_only=True)
    serial = 0
    for program in PROGRAMS:
        sheet = workbook.create_sheet("三同" if program == "three_same" else "对标达标")
        sheet.append(
            [f"浙江省{'内外销产品“三同”' if program == 'three_same' else '企业标准对标达标'}台账（2023—2024年）"]
        )
        if program == "three_same":
            sheet.append(
                ["序号", "所属县（市、区）", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "声明日期"]
            )
        else:
            sheet.append(
                ["序号", "所属县（市、区）", "企业名称", "统一社会信用代码", "对标产品", "对标标准", "完成日期"]
            )
        for n in range(rows // len(PROGRAMS)):
            serial += 1
            unit = units[serial % len(units)]
            year, month = MONTHS[(serial // len(units)) % len(MONTHS)]
            code = make_uscc((unit.code or "330100")[:6], f"L{serial:07d}")
            day = dt.date(year, month, 1 + serial % 28)
            product = f"产品{serial}"
            last = "工业品" if program == "three_same" else "ISO 9001:2015"
            sheet.append([n + 1, unit.name, f"测试{serial}号有限公司", code, product, last, day])
    workbook.save(path)
    excel_strings(path)


PASSWORD = "Ledger-import-2024"


async def _through_page(base: str, ledger: Path, pid: int) -> dict:
    """The admin on 历史台账导入: upload (the preview shown), import, then the same ledger again."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    from bench.deadline_bench import Tab
    from bench.server import peak_rss_mb

    out: dict = {}
    for label in ("first", "again"):  # each in a tab of its own: its uploader is the page's first
        tab = Tab(base, "ledger")
        await tab.open()
        await tab.sign_in("admin", PASSWORD)
        preview = await tab.upload(ledger, key="ledger_file_0")
        if tab.exceptions or "ledger_commit" not in tab.elements:
            raise RuntimeError(f"no import button: {tab.alerts or tab.exceptions}")
        if tab.elements["ledger_commit"].disabled:  # the ledger again: nothing to import
            out[label] = {"preview_s": round(preview, 2), "nothing_to_import": True}
        else:
            commit = await tab.run(ledger_commit=WidgetState(trigger_value=True))
            said = [text for text in tab.alerts if "台账" in text]
            out[label] = {"preview_s": round(preview, 2), "commit_s": round(commit, 2), "said": said[:1]}
        await tab.close()
        out[label]["server_peak_rss_mb"] = round(peak_rss_mb(pid), 1)
    return out


def measure(ledger: Path, url: str, folder: Path) -> dict:
    """Serve the app on the database and import the ledger through the page; the serving process's peak RSS."""
    import asyncio

    from bench.server import peak_rss_mb, serve
    from lib.auth import OPERATOR, create_user
    from lib.db import session_scope

    with session_scope(url) as session:
        create_user(session, "admin", "admin", PASSWORD, actor=OPERATOR)
    with serve(url, folder / "server.log", region=PROVINCE, agent_api=False) as (base, proc):
        started = peak_rss_mb(proc.pid)
        out = asyncio.run(_through_page(base, ledger, proc.pid))
        out |= {"server_rss_at_start_mb": round(started, 1), "server_peak_rss_mb": round(peak_rss_mb(proc.pid), 1)}
    with session_scope(url) as session:
        from sqlalchemy import func, select

        from lib.models import ProgramRecord

        out["stored"] = session.scalar(select(func.count()).where(ProgramRecord.is_current))
    return out


def command_line(ledger: Path, env: dict) -> dict:
    """`lib.cli ledger` as the page runs it (its own process): seconds and that process's peak RSS, for the import
    and for the same ledger again."""
    out = {}
    for label in ("cli_first", "cli_again"):
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "lib.cli", "ledger", str(ledger), "--json"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise RuntimeError(f"lib.cli ledger ended with {proc.returncode}")
        out[label] = {
            "seconds": round(time.perf_counter() - started, 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ledger-bench-") as tmp:
        ledger = Path(tmp) / "浙江省台账.xlsx"
        started = time.perf_counter()
        make_ledger(ledger, args.rows)
        size = ledger.stat().st_size / 1e6
        print(f"# ledger of {args.rows:,} rows, {size:.1f} MB, built in {time.perf_counter() - started:.0f} s")
        for run in range(args.runs):
            url = f"sqlite:///{Path(tmp) / f'run{run}.db'}"
            env = {**os.environ, "DATABASE_URL": url, "QB_REGION": PROVINCE}
            subprocess.run(
                [sys.executable, "-m", "lib.cli", "init"], cwd=ROOT, env=env, check=True, capture_output=True
            )
            load = os.getloadavg()[0]
            figures = measure(ledger, url, Path(tmp))
            fresh = f"sqlite:///{Path(tmp) / f'cli{run}.db'}"
            subprocess.run(
                [sys.executable, "-m", "lib.cli", "init"],
                cwd=ROOT,
                env=env | {"DATABASE_URL": fresh},
                check=True,
                capture_output=True,
            )
            figures |= command_line(ledger, env | {"DATABASE_URL": fresh})
            figures |= {"rows": args.rows, "bytes": ledger.stat().st_size, "run": run + 1}
            figures |= {"load_before": round(load, 2), "load_after": round(os.getloadavg()[0], 2)}
            figures |= {"python": platform.python_version(), "date": dt.date.today().isoformat()}
            print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
