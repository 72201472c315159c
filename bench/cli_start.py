"""How long the command line takes to answer: `--help`, and `import --dry-run` of the small sample return
on a database that is already up to date. Each is run several times in a fresh process.

    .venv/bin/python bench/cli_start.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "南湖区_2024年10月_月报示例.xlsx"


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "lib.cli", *args], cwd=ROOT, env=env, capture_output=True, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp}/cli.db", "QB_REGION": "330400"}
        subprocess.run([sys.executable, "-m", "lib.cli", "init"], cwd=ROOT, env=env, capture_output=True, check=True)
        cases = {
            "--help": ["--help"],
            "import --dry-run (sample)": [
                "import",
                str(SAMPLE),
                "--county",
                "南湖区",
                "--period",
                "2024-10",
                "--dry-run",
            ],
        }
        for name, args in cases.items():
            times = [timed(args, env) for _ in range(runs)]
            load = Path("/proc/loadavg").read_text().split()[0]
            print(f"{name}: median {statistics.median(times):.2f} s, max {max(times):.2f} s ({runs} runs, load {load})")


if __name__ == "__main__":
    main()
