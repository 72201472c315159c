"""Registry benchmark: what reading the registry in force costs a page run, on a fresh demo database (SQLite,
or PostgreSQL with --pg: a throwaway cluster), with the shipped programs only and then with versions published
in the app (a catalogue program, a new version of a shipped one).

    .venv/bin/python bench/registry_bench.py [--pg] [--repeat 2000]

Per call, median and p95 in microseconds: what a page run reads before anything else, the data version alone (as
before programs lived in the database) and the data versions (the base's and each year's) with the registry's
stamp in the same query and the registry checked against it (lib.ui.shell.prepare_database); refresh_registry
on its own session (the CLI and the background builder); get_registry (every other caller); registry_at for a
month under an earlier version, and the reload after a publish (the first run after the stamp moved). Prints one
JSON line with the machine's load; the figures go in BENCHMARKS.md.
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


def _timed(call, repeat: int) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1e6)
    samples.sort()
    return {"median_us": round(statistics.median(samples), 1), "p95_us": round(samples[int(0.95 * len(samples))], 1)}


def measure(url: str, repeat: int) -> dict:
    os.environ["DATABASE_URL"], os.environ["QB_REGION"] = url, "330400"
    from lib.auth import OPERATOR
    from lib.catalogue import enable
    from lib.config import get_settings
    from lib.db import read_data_version, read_view_versions, session_scope
    from lib.periods import Period
    from lib.program_admin import import_programs, publish_program
    from lib.programs import (
        REGISTRY_STAMP,
        forget_registry,
        get_registry,
        refresh_registry,
        registry_at,
        shipped_definitions,
    )
    from lib.store import transaction
    from tests.conftest import build_demo

    get_settings.cache_clear()
    build_demo(url)

    def version_alone() -> None:
        with session_scope(url) as session:
            read_data_version(session)

    def version_and_stamp() -> None:  # as lib.ui.shell.prepare_database: the data versions of the views too
        with session_scope(url) as session:
            counters = read_view_versions(session, REGISTRY_STAMP)
        refresh_registry(stamp=counters.get(REGISTRY_STAMP))

    def page_run() -> dict:
        return {"version_alone": _timed(version_alone, repeat), "version_and_stamp": _timed(version_and_stamp, repeat)}

    shipped = {"refresh_registry": _timed(refresh_registry, repeat), "get_registry": _timed(get_registry, repeat)}
    out = {"shipped": {**page_run(), **shipped}}
    with transaction(url) as session:
        enable(session, "quality_coop", Period(2024, 6), OPERATOR)
    shipped = shipped_definitions(ROOT / "data" / "programs.toml").block("three_same")
    three_same = shipped.replace("weight = 0.20", "weight = 0.40")
    with transaction(url) as session:
        import_programs(session, three_same, OPERATOR)
        publish_program(session, "three_same", Period(2024, 10), OPERATOR)

    def reload() -> None:
        forget_registry()
        refresh_registry()

    out["with_versions"] = {
        **page_run(),
        "refresh_registry": _timed(refresh_registry, repeat),
        "get_registry": _timed(get_registry, repeat),
        "registry_at_earlier_month": _timed(lambda: registry_at(2024, 9), repeat),
        "reload_after_publish": _timed(reload, max(20, repeat // 50)),
    }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pg", action="store_true", help="a throwaway PostgreSQL cluster instead of SQLite")
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    if args.pg:
        from bench.pgcluster import PostgresCluster, create_database

        cluster = PostgresCluster()
        try:
            _, url = create_database(cluster.start())
            result = measure(url, args.repeat)
        finally:
            cluster.stop()
    else:
        with tempfile.TemporaryDirectory() as folder:
            result = measure(f"sqlite:///{Path(folder) / 'bench.db'}", args.repeat)
    result |= {"database": "postgresql" if args.pg else "sqlite", "load": [load_before, os.getloadavg()[0]]}
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
