"""Ingest before and after a change: read + validate + commit of the same 100,000-row workbook by an
earlier revision (checked out in a temporary git worktree) and by the working tree, interleaved so
both see the same machine load.

    .venv/bin/python bench/ingest_compare.py --base REV [--runs 3] [--rows 100000]

Each measurement is bench/ingest_bench.py --child ours of its own tree, in a fresh process on a fresh
SQLite file. Prints one JSON line per run and the medians; the figures go in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(tree: Path, workbook: Path, scratch: Path) -> dict:
    database = scratch / "compare.db"
    for leftover in scratch.glob("compare.db*"):
        leftover.unlink()
    command = [sys.executable, "bench/ingest_bench.py", "--child", "ours", "--file", str(workbook)]
    out = subprocess.run(
        [*command, "--database-url", f"sqlite:///{database}"],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["load"] = Path("/proc/loadavg").read_text().split()[0]
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True, help="the earlier revision, e.g. a commit id")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    from bench.ingest_bench import make_workbook

    with tempfile.TemporaryDirectory(prefix="ingest-compare-") as tmp:
        scratch = Path(tmp)
        workbook = scratch / "returns.xlsx"
        make_workbook(workbook, args.rows)
        base = scratch / "base"
        subprocess.run(["git", "worktree", "add", "--detach", str(base), args.base], cwd=ROOT, check=True)
        try:
            totals: dict[str, list[float]] = {"base": [], "current": []}
            for run in range(args.runs):
                for label, tree in (("base", base), ("current", ROOT)):
                    result = measure(tree, workbook, scratch)
                    totals[label].append(result["total_s"])
                    print(json.dumps({"run": run + 1, "tree": label, **result}), flush=True)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False)
    before, after = statistics.median(totals["base"]), statistics.median(totals["current"])
    print(f"# median read + validate + commit: base {before:.3f} s, current {after:.3f} s ({after / before - 1:+.1%})")


if __name__ == "__main__":
    main()
