"""审核 queue benchmark with province data (Zhejiang, 90 units, about 1,000,000 records) on SQLite and
PostgreSQL. The latest month's returns of every unit and program (90 × 5 = 450) are made 待审核, the monthly
figures rebuilt with those states (what the first start after upgrading to the reviewed figures does, timed),
then the 审核 page is run through Streamlit's AppTest as a signed-in reviewer:

- first run: the page as a reviewer meets it after a start (the month's quality flags computed with it),
- warm: reruns with nothing changed (median and p95 of --reruns): the queue read, sized, compared with the
  month before and listed, and the first return opened.

    .venv/bin/python bench/review_bench.py [--backend sqlite|postgres|both] [--reruns 10]

Each measurement runs in its own process. Prints JSON lines and a summary for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

REVIEWER = {"username": "reviewer", "role": "reviewer", "unit_name": None, "display_name": "市局审核员"}


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def make_pending(url: str) -> dict:
    """Every unit's return of the latest month 待审核, for every program; the figures rebuilt with it."""
    import datetime as dt

    from sqlalchemy import select

    from lib.db import session_scope
    from lib.metrics import load_latest_period
    from lib.models import UploadBatch
    from lib.programs import get_registry
    from lib.store import figures, reviews

    registry = get_registry()
    with session_scope(url) as session:
        period = load_latest_period(session)
        batches = session.execute(
            select(UploadBatch.id, UploadBatch.unit_id, UploadBatch.uploaded_by, UploadBatch.uploaded_at).where(
                UploadBatch.year == period.year, UploadBatch.month == period.month, UploadBatch.status == "committed"
            )
        ).all()
        states, actions = [], []
        for batch_id, unit_id, by, at in batches:
            for key in registry.keys:
                where = {"unit_id": unit_id, "program": key, "year": period.year, "month": period.month}
                states.append(
                    where
                    | {"status": "pending", "batch_id": batch_id, "reviewed_batch_id": None, "reason": "", "rows": []}
                    | {"updated_by": by, "updated_at": at or dt.datetime.now(dt.UTC), "version": 1}
                )
                actions.append(where | {"action": "submit", "status": "pending", "username": by, "at": at})
                actions[-1] |= {"batch_id": batch_id, "reason": "", "rows": []}
        reviews.add_states(session, states, actions)
    started = time.perf_counter()
    with session_scope(url) as session:
        figures.rebuild(session, registry)
    return {"period": period.key, "pending": len(states), "figures_rebuild_s": round(time.perf_counter() - started, 2)}


def child_page(url: str, reruns: int) -> dict:
    from streamlit.testing.v1 import AppTest

    os.environ["DATABASE_URL"] = url
    os.environ["QB_REGION"] = "330000"
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    app.session_state["auth_actor"] = REVIEWER
    app.session_state["auth_seen"] = time.time()
    app.switch_page("pages/review.py")

    def timed() -> float:
        start = time.perf_counter()
        app.run()
        elapsed = time.perf_counter() - start
        if app.exception:
            raise RuntimeError(app.exception[0].message)
        return elapsed

    first = timed()
    listed = len(app.dataframe[0].value) if app.dataframe else 0
    warm = [timed() for _ in range(reruns)]
    return {
        "first_s": round(first, 3),
        "warm_median_s": round(statistics.median(warm), 3),
        "warm_p95_s": round(_p95(warm), 3),
        "listed": listed,
    }


def child_queue(url: str, reruns: int) -> dict:
    """The queue's reads alone (no page): the states, the record counts beside them, the table."""
    from lib import review
    from lib.db import session_scope

    times = []
    for _ in range(reruns):
        start = time.perf_counter()
        with session_scope(url) as session:
            items = review.queue(session, None, "pending")
            periods = {i.period for i in items}
            counts = review.record_counts(session, periods | {p.previous for p in periods})
        review.queue_table(items, counts, {})
        times.append(time.perf_counter() - start)
    return {"median_s": round(statistics.median(times), 3), "p95_s": round(_p95(times), 3), "items": len(items)}


def _measure(kind: str, url: str, reruns: int) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--database-url", url, "--reruns", str(reruns)]
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        raise RuntimeError(f"{kind} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--reruns", type=int, default=10)
    parser.add_argument("--child")
    parser.add_argument("--database-url")
    args = parser.parse_args()
    if args.child:
        result = {"page": child_page, "queue": child_queue}[args.child](args.database_url, args.reruns)
        print(json.dumps(result, ensure_ascii=False))
        return

    from bench.province_data import province_databases

    print(f"# load before: {Path('/proc/loadavg').read_text().strip()}")
    results = []
    with tempfile.TemporaryDirectory(prefix="qb-review-bench-") as tmp:
        for name, url in province_databases(args.backend, Path(tmp)):
            result = {"backend": name, "setup": make_pending(url)}
            result["queue"] = _measure("queue", url, args.reruns)
            result["page"] = _measure("page", url, args.reruns)
            print(json.dumps(result, ensure_ascii=False), flush=True)
            results.append(result)
    print(f"# load after: {Path('/proc/loadavg').read_text().strip()}")
    print(f"# machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for r in results:
        q, p, s = r["queue"], r["page"], r["setup"]
        print(
            f"# {r['backend']}: {s['pending']} returns 待审核 ({s['period']}); 审核 page warm median "
            f"{p['warm_median_s'] * 1000:.0f} ms, p95 {p['warm_p95_s'] * 1000:.0f} ms (target 1 s), first run "
            f"{p['first_s']} s, {p['listed']} listed; queue reads {q['median_s'] * 1000:.0f} ms; figures rebuilt "
            f"with the states in {s['figures_rebuild_s']} s"
        )


if __name__ == "__main__":
    main()
