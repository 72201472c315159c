"""Concurrent sessions against one running server (`python -m lib.serve`) with the province data:
N sessions, each a browser-less client of Streamlit's WebSocket (bench/wsclient.py), connect at
once and make M interactions each: switch the month (统计月份) or rerun the page, with a think time
between interactions as a person reading the page would have. Latency is from sending the rerun
to the script_finished message. Sessions browse in read-only public view (QB_PUBLIC_VIEW=1), so
no sign-in is needed; the pages run exactly as for a signed-in leader.

    .venv/bin/python bench/concurrency_bench.py [--backend sqlite|postgres|both]
        [--sessions 20] [--interactions 10] [--think 2.0]

Prints JSON lines and a summary (p50, p95, max) for BENCHMARKS.md, and the server's peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.server import peak_rss_mb, serve  # noqa: E402
from bench.wsclient import WsSession  # noqa: E402


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _user(base: str, number: int, interactions: int, think: float, rng: random.Random) -> dict:
    session = WsSession(base)
    first = await session.connect()
    if session.exceptions:
        raise RuntimeError(session.exceptions)
    months = session.options("period_select")[:3]
    latencies = []
    for step in range(interactions):
        await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think) if think else 0)
        if step % 3 == 2:
            latencies.append(await session.rerun())
        else:
            latencies.append(await session.rerun(period_select=months[(number + step) % len(months)]))
        if session.exceptions:
            raise RuntimeError(session.exceptions)
    await session.close()
    return {"first_s": first, "latencies": latencies}


async def _crowd(base: str, sessions: int, interactions: int, think: float) -> list[dict]:
    rng = random.Random(330000)
    users = [_user(base, n, interactions, think, random.Random(rng.random())) for n in range(sessions)]
    return await asyncio.gather(*users)


def run_backend(name: str, url: str, args: argparse.Namespace, log_dir: Path) -> dict:
    with serve(url, log_dir / f"{name}.log", agent_api=False, QB_PUBLIC_VIEW="1") as (base, proc):
        # One visit first, as the first user of the morning would make (caches the current month).
        warmup = asyncio.run(_crowd(base, 1, 0, 0))[0]["first_s"]
        load = Path("/proc/loadavg").read_text().strip()
        start = time.perf_counter()
        users = asyncio.run(_crowd(base, args.sessions, args.interactions, args.think))
        wall = time.perf_counter() - start
        rss = peak_rss_mb(proc.pid)
    latencies = [v for u in users for v in u["latencies"]]
    firsts = [u["first_s"] for u in users]
    result = {
        "backend": name,
        "sessions": args.sessions,
        "interactions": len(latencies),
        "think_s": args.think,
        "p50_s": round(statistics.median(latencies), 3),
        "p95_s": round(_quantile(latencies, 0.95), 3),
        "max_s": round(max(latencies), 3),
        "connect_p50_s": round(statistics.median(firsts), 3),
        "connect_max_s": round(max(firsts), 3),
        "first_visit_s": round(warmup, 3),
        "wall_s": round(wall, 1),
        "server_peak_rss_mb": rss,
        "load_before": load,
    }
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--interactions", type=int, default=10)
    parser.add_argument("--think", type=float, default=2.0, help="mean seconds between a user's interactions")
    args = parser.parse_args()

    from bench.province_data import province_databases

    results = []
    with tempfile.TemporaryDirectory(prefix="qb-concurrency-") as tmp:
        for name, url in province_databases(args.backend, Path(tmp)):
            results.append(run_backend(name, url, args, Path(tmp)))
    print(f"# machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for r in results:
        print(
            f"# {r['backend']}: {r['sessions']} sessions x {args.interactions} interactions, think {r['think_s']} s: "
            f"p50 {r['p50_s']} s, p95 {r['p95_s']} s (target 2 s), max {r['max_s']} s; "
            f"server peak RSS {r['server_peak_rss_mb']} MB"
        )


if __name__ == "__main__":
    main()
