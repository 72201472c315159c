"""`python -m lib.cli` as a user runs it: init, demo, summary --json; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import defaultdict

from sqlalchemy import func, select

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


def refused_in_chinese(run: subprocess.CompletedProcess) -> str:
    """A refusal as a user sees it: exit 1 or 2, a Chinese message, no traceback."""
    assert run.returncode in {1, 2}, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr and re.search("[\u4e00-\u9fff]", run.stderr), run.stderr
    return run.stderr


def test_a_submission_number_out_of_range_is_an_unknown_submission(db_url):
    assert cli(db_url, "init").returncode == 0
    for number in ("1180591620717411303424", str(2**40), "-5"):
        said = refused_in_chinese(cli(db_url, "rollback", number, "--reason", "核对"))
        assert f"没有编号为 {number} 的上报记录" in said
        said = refused_in_chinese(cli(db_url, "mappings", "delete", "value", number))
        assert f"没有编号为 {number} 的填写内容对应关系" in said
    said = refused_in_chinese(cli(db_url, "rollback", "第三号", "--reason", "核对"))
    assert "上报编号应为整数" in said


def test_output_into_a_missing_folder_says_which_folder(sqlite_url, tmp_path):
    assert cli(sqlite_url, "init").returncode == 0
    folder = tmp_path / "报表" / "十月"
    for args in (
        ("export", "--program", "three_same", "--out", str(folder / "三同.xlsx")),
        ("backup", "--out", str(folder / "b.jsonl.gz")),
        ("briefing", "--period", "2024-10", "--out", str(folder / "通报.docx")),
    ):
        said = refused_in_chinese(cli(sqlite_url, *args))
        assert f"输出文件夹“{folder}”不存在" in said and "创建" in said
    assert not (tmp_path / "报表").exists()
    said = refused_in_chinese(cli(sqlite_url, "export", "--program", "three_same", "--out", str(tmp_path)))
    assert "是一个文件夹" in said
    said = refused_in_chinese(
        cli(sqlite_url, "briefing", "--period", "2024-10", "--out", str(tmp_path / "通报.docx"), "--date", "2024-13-01")
    )
    assert "YYYY-MM-DD" in said


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(sqlite_url, tmp_path):
    import gzip

    assert cli(sqlite_url, "demo").returncode == 0
    backup = tmp_path / "b.jsonl.gz"
    assert cli(sqlite_url, "backup", "--out", str(backup)).returncode == 0
    whole = backup.read_bytes()
    with session_scope(sqlite_url) as session:
        before = session.scalar(select(func.count()).select_from(ProgramRecord))
    others = {
        "notes.txt": "这是一份说明，不是备份。".encode(),
        "rows.jsonl.gz": gzip.compress(b"not json\n"),
        "list.jsonl.gz": gzip.compress(b"[1, 2]\n"),
        "cut.jsonl.gz": whole[: len(whole) // 2],
        "shaped.jsonl.gz": gzip.compress(gzip.decompress(whole).split(b"\n", 1)[0] + b"\n[1]\n"),
    }
    for name, data in others.items():
        (tmp_path / name).write_bytes(data)
        said = refused_in_chinese(cli(sqlite_url, "restore", str(tmp_path / name)))
        assert f"“{name}”不是用 `python -m lib.cli backup` 生成的备份文件" in said
    with session_scope(sqlite_url) as session:
        assert session.scalar(select(func.count()).select_from(ProgramRecord)) == before


def test_a_reviewer_account_is_added_on_the_command_line(sqlite_url):
    assert cli(sqlite_url, "init").returncode == 0
    env = {**os.environ, "DATABASE_URL": sqlite_url, "QB_REGION": "330400"}
    added = subprocess.run(
        [sys.executable, "-m", "lib.cli", "user", "add", "shenhe01", "--role", "reviewer", "--name", "王审核"],
        cwd=ROOT,
        env=env,
        input="Review-2024-pass\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert added.returncode == 0 and "已添加用户“shenhe01”（审核员）" in added.stdout, added.stderr
    listing = cli(sqlite_url, "user", "list")
    assert "shenhe01\t王审核\t审核员\t\t正常" in listing.stdout
    with session_scope(sqlite_url) as session:
        from lib.auth import load_actor

        actor = load_actor(session, "shenhe01")
    assert actor.may_review and not actor.can_write("南湖区") and actor.unit_name is None
    missing = refused_in_chinese(cli(sqlite_url, "user", "add", "shenhe02"))
    assert "reviewer" in missing
