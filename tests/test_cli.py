"""`python -m lib.cli` as a user runs it: init, demo, summary --json; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict

from sqlalchemy import select

from lib.db import session_scope
from lib.models import ProgramRecord, Target, Unit
from tests.conftest import ROOT


def cli(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": url, "QB_REGION": "330400"}
    return subprocess.run(
        [sys.executable, "-m", "lib.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_init_then_demo_then_summary(db_url):
    init = cli(db_url, "init")
    assert init.returncode == 0, init.stderr
    assert "9 个上报单位" in init.stdout
    empty = json.loads(cli(db_url, "summary", "--period", "2023-12", "--json").stdout)
    assert empty and all(row["ytd_value"] == 0 for row in empty)

    demo = cli(db_url, "demo")
    assert demo.returncode == 0, demo.stderr
    again = cli(db_url, "demo")
    assert again.returncode == 0 and "未写入" in again.stdout

    result = cli(db_url, "summary", "--period", "2023-12", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert set(rows[0]) == {"program", "metric", "unit", "month_value", "ytd_value", "target", "completion"}
    units = {row["unit"] for row in rows}
    assert "南湖区" in units and "嘉兴经济技术开发区" in units and len(units) == 9

    # Recount the 2023 figures straight from the records and targets.
    with session_scope(db_url) as session:
        names = dict(session.execute(select(Unit.id, Unit.name)).all())
        records = session.execute(
            select(ProgramRecord.program, ProgramRecord.unit_id, ProgramRecord.month).where(
                ProgramRecord.year == 2023, ProgramRecord.is_current.is_(True)
            )
        ).all()
        targets = {
            (t.program, t.metric, names[t.unit_id]): t.value
            for t in session.scalars(select(Target).where(Target.year == 2023))
        }
    products_ytd, products_dec = defaultdict(int), defaultdict(int)
    for program, unit_id, month in records:
        if program == "three_same":
            products_ytd[names[unit_id]] += 1
            products_dec[names[unit_id]] += month == 12
    for row in rows:
        if (row["program"], row["metric"]) == ("three_same", "products"):
            assert row["ytd_value"] == products_ytd[row["unit"]]
            assert row["month_value"] == products_dec[row["unit"]]
            target = targets[("three_same", "products", row["unit"])]
            assert row["target"] == target
            assert abs(row["completion"] - products_ytd[row["unit"]] / target) < 1e-9
        if row["metric"] == "units_recalled":
            assert row["target"] is None and row["completion"] is None
    seed = sum(r["ytd_value"] for r in rows if (r["program"], r["metric"]) == ("benchmarking", "enterprises"))
    assert seed == 154


def test_bad_period_is_refused_in_chinese(sqlite_url):
    assert cli(sqlite_url, "init").returncode == 0
    result = cli(sqlite_url, "summary", "--period", "2024-13", "--json")
    assert result.returncode == 1
    assert "YYYY-MM" in result.stderr and "月份" in result.stderr
    assert result.stdout == ""


def test_broken_registry_is_named_on_the_command_line(sqlite_url, tmp_path):
    broken = tmp_path / "programs.toml"
    text = (ROOT / "data" / "programs.toml").read_text(encoding="utf-8")
    broken.write_text(text.replace('primary_metric = "products"', 'primary_metric = "items"', 1), encoding="utf-8")
    env = {**os.environ, "DATABASE_URL": sqlite_url, "QB_PROGRAMS": str(broken)}
    result = subprocess.run(
        [sys.executable, "-m", "lib.cli", "summary", "--period", "2024-10"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "工作项目“three_same”" in result.stderr and "items" in result.stderr
