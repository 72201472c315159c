"""Overview page benchmark with province data (Zhejiang, about 1,000,000 records) on SQLite and
PostgreSQL: the page script run through Streamlit's AppTest as a signed-in leader,

- warm: reruns with nothing changed (median and p95 of --reruns),
- after an upload: a county's small return committed through lib.ingest.service (as the upload
  page does; it bumps the data version, so every cached figure is recomputed), then the next run,
- naive baseline in the same run: bench/naive_overview.py, which loads every record into pandas on
  each rerun and computes the same summary,

and the peak resident memory (VmHWM) of one real serving process (`python -m lib.serve`) after
every page has been opened through the agent API.

    .venv/bin/python bench/page_bench.py [--backend sqlite|postgres|both] [--reruns 20]

Each measurement runs in its own process. Prints JSON lines and a summary for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LEADER = {"username": "leader", "role": "leader", "unit_name": None, "display_name": "局领导"}
UPLOAD_UNIT = ("西湖区", "330106")
PAGES = ["", "leaderboard", "benchmarking", "recall", "county", "enterprise", "reporting", "quality", "history"]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _app(path: Path):
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(path), default_timeout=600)
    app.session_state["auth_actor"] = LEADER
    app.session_state["auth_seen"] = time.time()
    return app


def _timed_run(app) -> float:
    start = time.perf_counter()
    app.run()
    elapsed = time.perf_counter() - start
    if app.exception:
        raise RuntimeError(app.exception[0].message)
    return elapsed


def _upload(url: str, serial: int) -> int:
    """A county's return for the latest month (100 rows over five sheets), committed as the upload page does."""
    from bench.ingest_bench import make_workbook
    from lib.auth import Actor
    from lib.db import session_scope
    from lib.ingest.service import commit_upload, preview_upload
    from lib.metrics import load_latest_period
    from lib.programs import get_registry
    from lib.region import load_region

    with tempfile.TemporaryDirectory() as tmp, session_scope(url) as session:
        period = load_latest_period(session)
        path = Path(tmp) / "return.xlsx"
        make_workbook(path, 100, year=period.year, month=period.month, first=900_000 + serial * 1000, unit=UPLOAD_UNIT)
        registry, region = get_registry(), load_region("330000")
        preview = preview_upload(
            session,
            path.read_bytes(),
            f"{UPLOAD_UNIT[0]}月报-{serial}.xlsx",
            unit_name=UPLOAD_UNIT[0],
            period=period,
            registry=registry,
            region=region,
        )
        result = commit_upload(session, preview, registry=registry, actor=Actor("admin", "admin", None, "管理员"))
        return result.stored


def child_overview(url: str, reruns: int, uploads: int) -> dict:
    os.environ["DATABASE_URL"] = url
    os.environ["QB_REGION"] = "330000"
    app = _app(ROOT / "app.py")
    cold = _timed_run(app)
    metrics = [m.value for m in app.metric]
    warm = [_timed_run(app) for _ in range(reruns)]
    after = []
    for n in range(uploads):
        stored = _upload(url, n)
        after.append(_timed_run(app))
        if not stored:
            raise RuntimeError("upload stored nothing")
    changed = [m.value for m in app.metric]
    return {
        "cold_s": round(cold, 3),
        "warm_median_s": round(statistics.median(warm), 3),
        "warm_p95_s": round(_p95(warm), 3),
        "warm_max_s": round(max(warm), 3),
        "after_upload_s": [round(v, 3) for v in after],
        "cards_before": metrics,
        "cards_after": changed,
    }


def child_naive(url: str, reruns: int) -> dict:
    os.environ["DATABASE_URL"] = url
    os.environ["QB_REGION"] = "330000"
    app = _app(ROOT / "bench" / "naive_overview.py")
    first = _timed_run(app)
    warm = [_timed_run(app) for _ in range(reruns)]
    return {"first_s": round(first, 3), "warm_median_s": round(statistics.median(warm), 3), "cards": len(app.metric)}


def child_served(url: str, log_dir: str) -> dict:
    """One real serving process: open every page as a signed-in leader; its peak resident memory."""
    from bench.server import AgentSession, peak_rss_mb, serve

    with serve(url, Path(log_dir) / "served.log") as (base, proc):
        session = AgentSession(base)
        start = time.perf_counter()
        session.sign_in()  # the first visit after the restart: sign-in, then the overview
        first_visit = round(time.perf_counter() - start, 2)
        opened, errors = {}, []
        for page in PAGES:
            start = time.perf_counter()
            session.interact(page=page)
            opened[page or "overview"] = round(time.perf_counter() - start, 2)
            errors += [str(n.get("props", {}).get("message", n))[:200] for n in session.nodes("exception")]
        if errors:
            raise RuntimeError(f"pages raised: {errors}")
        return {"first_visit_s": first_visit, "pages_opened_s": opened, "server_peak_rss_mb": peak_rss_mb(proc.pid)}


def _measure(kind: str, url: str, args: argparse.Namespace, log_dir: Path) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--database-url", url, "--reruns", str(args.reruns)]
    command += ["--uploads", str(args.uploads), "--log-dir", str(log_dir)]
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        raise RuntimeError(f"{kind} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_backend(name: str, url: str, args: argparse.Namespace, log_dir: Path) -> dict:
    result = {"backend": name}
    result["overview"] = _measure("overview", url, args, log_dir)
    result["naive"] = _measure("naive", url, args, log_dir)
    result["served"] = _measure("served", url, args, log_dir)
    overview, naive = result["overview"], result["naive"]
    result["naive_over_ours_warm"] = round(naive["warm_median_s"] / overview["warm_median_s"], 1)
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--reruns", type=int, default=20)
    parser.add_argument("--uploads", type=int, default=3)
    parser.add_argument("--child")
    parser.add_argument("--database-url")
    parser.add_argument("--log-dir")
    args = parser.parse_args()
    if args.child:
        result = {
            "overview": lambda: child_overview(args.database_url, args.reruns, args.uploads),
            "naive": lambda: child_naive(args.database_url, max(3, args.reruns // 5)),
            "served": lambda: child_served(args.database_url, args.log_dir),
        }[args.child]()
        result["process_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        print(json.dumps(result, ensure_ascii=False))
        return

    from bench.province_data import province_databases

    print(f"# load before: {Path('/proc/loadavg').read_text().strip()}")
    results = []
    with tempfile.TemporaryDirectory(prefix="qb-page-bench-") as tmp:
        for name, url in province_databases(args.backend, Path(tmp)):
            results.append(run_backend(name, url, args, Path(tmp)))
    print(f"# load after: {Path('/proc/loadavg').read_text().strip()}")
    print(
        f"# machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB"
    )
    for r in results:
        o, n, s = r["overview"], r["naive"], r["served"]
        print(
            f"# {r['backend']}: warm median {o['warm_median_s'] * 1000:.0f} ms, p95 {o['warm_p95_s'] * 1000:.0f} ms "
            f"(target 300 ms); after upload {max(o['after_upload_s']):.2f} s max of {o['after_upload_s']} "
            f"(target 2 s); cold {o['cold_s']} s; naive warm {n['warm_median_s']} s = "
            f"{r['naive_over_ours_warm']}x ours; naive peak RSS {n['process_peak_rss_mb']} MB; "
            f"served process peak RSS {s['server_peak_rss_mb']} MB (target 600 MB)"
        )


if __name__ == "__main__":
    main()
