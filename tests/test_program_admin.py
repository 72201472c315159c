"""工作项目管理 as the admin drives it (services and `lib.cli programs`), on SQLite and PostgreSQL: a program
imported as a draft (checked as the registry file is), published from a month, taking returns, archived with its
records kept; a definition that would break refused naming the field; a metric change that would rewrite a
program's past figures refused; export read back unchanged; a version published by another process used at the
next run, and a restore bringing its own registry back."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from lib import program_admin
from lib.auth import OPERATOR, Actor, PermissionDenied
from lib.db import session_scope
from lib.identifiers import make_uscc
from lib.metrics import load_summary
from lib.models import AuditLog, ProgramRecord, ProgramVersion
from lib.month_view import build_month_view
from lib.periods import Period, parse_period
from lib.programs import (
    REGISTRY_PATH,
    RegistryError,
    get_registry,
    parse_registry,
    refresh_registry,
    registry_at,
    shipped_definitions,
)
from lib.region import load_region
from lib.store import figures, transaction
from tests.conftest import build_demo
from tests.test_any_registry import CHAIN_BLOCK
from tests.test_cli import cli

OCT, NOV = Period(2024, 10), Period(2024, 11)
STAFF = Actor(username="nanhu", role="staff", unit_name="南湖区")


@pytest.fixture
def demo_url(db_url, app_env):
    """A demo database the settings point at (the registry in force is the database's)."""
    app_env(db_url)
    return build_demo(db_url)


def _chain_return(registry) -> bytes:
    """南湖区's October return on the generated template with one 质量强链 project."""
    from lib.ingest.template import build_template

    program = registry.get("quality_chain")
    book = load_workbook(io.BytesIO(build_template(registry, unit_name="南湖区", period=OCT)))
    sheet = book[program.sheet]
    values = {
        "enterprise_name": "嘉兴市强链示范有限公司",
        "uscc": make_uscc("330402", "MA7QC001"),
        "unit": "南湖区",
        "chain": "新能源汽车零部件产业链",
        "stage": "实施中",
        "partners": 12,
        "date": "2024-10-09",
    }
    sheet.append([1, *(values.get(c.key) for c in program.columns)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _upload(url: str, content: bytes) -> None:
    from lib.ingest.service import commit_upload, preview_upload

    registry, region = get_registry(), load_region("330400")
    with session_scope(url) as session:
        preview = preview_upload(
            session, content, "南湖区10月月报.xlsx", unit_name="南湖区", period=OCT, registry=registry, region=region
        )
        commit_upload(session, preview, registry=registry, actor=OPERATOR)


def _nanhu_month(url: str, program: str) -> float | None:
    with session_scope(url) as session:
        summary = load_summary(session, get_registry(), OCT, "嘉兴市")
    rows = summary[(summary.program == program) & (summary.unit == "南湖区")]
    return None if rows.empty else float(rows.iloc[0].month_value)


def test_a_program_is_drafted_published_takes_returns_and_is_archived(demo_url):
    url = demo_url
    shipped = get_registry().keys
    with transaction(url) as session:
        listed = program_admin.list_programs(session)
    assert [(r["key"], r["status"], r["version"]) for r in listed] == [(k, "published", 0) for k in shipped]

    with transaction(url) as session:
        lines = program_admin.import_programs(session, CHAIN_BLOCK, OPERATOR)
    assert lines == ["quality_chain：已保存为草稿（第 1 版），发布后生效"]
    assert get_registry().keys == shipped  # a draft changes nothing until published

    with transaction(url) as session:
        done = program_admin.publish_program(session, "quality_chain", OCT, OPERATOR)
    assert "自 2024年10月起生效" in done
    assert get_registry().keys == (*shipped, "quality_chain")
    _upload(url, _chain_return(get_registry()))
    assert _nanhu_month(url, "quality_chain") == 1

    with transaction(url) as session, pytest.raises(RegistryError, match="自2024年10月起开展，停止的月份须在此之后"):
        program_admin.archive(session, "quality_chain", OPERATOR, OCT)
    with transaction(url) as session:
        said = program_admin.archive(session, "quality_chain", OPERATOR, NOV)
    assert "自 2024年11月起不再接收上报" in said
    assert get_registry().keys == shipped
    assert _nanhu_month(url, "quality_chain") is None  # not in force: no page, template or figures of it now
    # October, before the month it stopped, keeps it: its figure, its card, its share of the leaderboard.
    region = load_region("330400")
    with session_scope(url) as session:
        october = build_month_view(session, registry_at(2024, 10), region, OCT)
        november = build_month_view(session, registry_at(2024, 11), region, NOV)
        kept = session.scalar(select(func.count()).where(ProgramRecord.program == "quality_chain"))
        listed = {r["key"]: r for r in program_admin.list_programs(session)}
        actions = session.scalars(select(AuditLog.action).where(AuditLog.entity == "program")).all()
        assert figures.stored(session) == figures.expected(session, get_registry())
    nanhu = october.summary[(october.summary.program == "quality_chain") & (october.summary.unit == "南湖区")]
    assert nanhu.iloc[0].month_value == 1
    assert "quality_chain" in october.shades and "quality_chain" in [c.program for c in october.cards]
    assert "completion_quality_chain" in october.board
    assert "quality_chain" not in november.shades and "completion_quality_chain" not in november.board
    assert kept == 1  # archived, not deleted
    entry = listed["quality_chain"]
    assert (entry["status"], entry["effective"], entry["until"]) == ("archived", "2024-10", "2024-11")
    assert actions == ["program_draft", "program_publish", "program_archive"]


def test_a_definition_that_would_break_is_refused_naming_the_field(demo_url):
    url = demo_url
    start = CHAIN_BLOCK.index('  [[program.columns]]\n  key = "chain"')
    end = CHAIN_BLOCK.index("  [[program.columns]]", start + 1)
    no_chain_column = CHAIN_BLOCK[:start] + CHAIN_BLOCK[end:]  # the column its records are told apart by
    with transaction(url) as session, pytest.raises(RegistryError, match=r"identity.*不存在的字段“chain”"):
        program_admin.import_programs(session, no_chain_column, OPERATOR)
    not_one = CHAIN_BLOCK + "\n[leaderboard]\ncompletion_cap = 1.5\n"
    with transaction(url) as session, pytest.raises(RegistryError, match="恰好是一个"):
        program_admin.import_programs(session, not_one, OPERATOR)
    for key in ("users", "Quality-Chain"):  # a page's address, or no address at all: the app would not start
        renamed = CHAIN_BLOCK.replace('key = "quality_chain"', f'key = "{key}"')
        with transaction(url) as session, pytest.raises(RegistryError, match=f"“{key}”.*的 key"):
            program_admin.import_programs(session, renamed, OPERATOR)
    with transaction(url) as session, pytest.raises(PermissionDenied):
        program_admin.import_programs(session, CHAIN_BLOCK, STAFF)
    with transaction(url) as session, pytest.raises(RegistryError, match="没有待发布的草稿"):
        program_admin.publish_program(session, "quality_chain", OCT, OPERATOR)
    with session_scope(url) as session:
        assert session.scalar(select(func.count()).select_from(ProgramVersion)) == 0


def _shipped_block(key: str) -> str:
    return shipped_definitions(REGISTRY_PATH).block(key)


def test_a_metric_changed_from_a_month_recounts_that_month_on_and_leaves_the_months_before(demo_url):
    """口径调整 of how a program counts: 绿色产品认证 counting rows instead of distinct enterprises from October 2024.
    The preview shows the new figures before anything is kept; once published, October's figures are the rows
    of October, September's are what they were; a relabel alone changes no figure."""
    url = demo_url
    block = _shipped_block("green_cert")
    counted = get_registry().get("green_cert").primary
    assert counted.agg == "count_distinct"
    with session_scope(url) as session:
        before = figures.stored(session)
    recount = block.replace('agg = "count_distinct"', 'agg = "count"', 1).replace('column = "uscc"\n', "", 1)
    with transaction(url) as session:
        program_admin.import_programs(session, recount, OPERATOR)
        preview = program_admin.what_would_change(session, "green_cert", OCT)
    with session_scope(url) as session:
        assert figures.stored(session) == before  # the preview kept nothing
    assert {row["月份"] for row in preview} <= {"2024年10月", "2024年11月", "2024年12月"}
    assert any(row["本项累计（发布后）"] != row["本项累计（现在）"] for row in preview)

    with transaction(url) as session:
        said = program_admin.publish_program(session, "green_cert", OCT, OPERATOR)
    assert "2024年10月起的数字按新算法统计，此前各月不变" in said
    with session_scope(url) as session:
        after = figures.stored(session)
        assert after == figures.expected(session, get_registry())
        rows = dict(
            session.execute(
                select(ProgramRecord.unit_id, func.count())
                .where(ProgramRecord.program == "green_cert", ProgramRecord.year == 2024, ProgramRecord.month == 10)
                .where(ProgramRecord.is_current.is_(True))
                .group_by(ProgramRecord.unit_id)
            ).all()
        )
    green = {k: v for k, v in after.items() if k[:2] == ("green_cert", "enterprises")}
    assert {k: v for k, v in green.items() if (k[3], k[4]) < (2024, 10)} == {
        k: v for k, v in before.items() if k[:2] == ("green_cert", "enterprises") and (k[3], k[4]) < (2024, 10)
    }
    october = {k[2]: v[0] for k, v in green.items() if (k[3], k[4]) == (2024, 10) and k[2] is not None}
    assert october == {unit: float(n) for unit, n in rows.items()} and any(n > 1 for n in rows.values())
    # The month view of each month reads it by its own version.
    with session_scope(url) as session:
        sep = load_summary(session, registry_at(2024, 9), Period(2024, 9), "嘉兴市")
        oct_ = load_summary(session, registry_at(2024, 10), OCT, "嘉兴市")
    assert registry_at(2024, 9).get("green_cert").primary.agg == "count_distinct"
    assert registry_at(2024, 10).get("green_cert").primary.agg == "count"
    assert not sep.empty and not oct_.empty

    # A new label is no new count: published, and every figure stays as it was.
    relabel = recount.replace(f'label = "{counted.label}"', 'label = "绿色产品认证获证企业（家）"', 1)
    assert relabel != recount
    with transaction(url) as session:
        program_admin.import_programs(session, relabel, OPERATOR)
        said = program_admin.publish_program(session, "green_cert", Period(2025, 1), OPERATOR)
    assert "指标算法有调整" not in said
    assert get_registry().get("green_cert").primary.label == "绿色产品认证获证企业（家）"
    with session_scope(url) as session:
        assert figures.stored(session) == after
        listed = {r["key"]: r for r in program_admin.list_programs(session)}
    assert (listed["green_cert"]["version"], listed["green_cert"]["effective"]) == (2, "2025-01")

    # Archived from February 2025: each earlier month still read, and counted, by the version it had.
    with transaction(url) as session:
        program_admin.archive(session, "green_cert", OPERATOR, Period(2025, 2))
    with session_scope(url) as session:
        assert figures.stored(session) == after
    assert "green_cert" not in get_registry().keys and "green_cert" not in registry_at(2025, 2).keys
    assert registry_at(2024, 9).get("green_cert").primary.agg == "count_distinct"
    assert registry_at(2024, 10).get("green_cert").primary.agg == "count"


def test_export_reads_back_as_the_same_registry(demo_url, tmp_path):
    url = demo_url
    with transaction(url) as session:
        program_admin.import_programs(session, CHAIN_BLOCK, OPERATOR)
        program_admin.publish_program(session, "quality_chain", OCT, OPERATOR)
    out = tmp_path / "programs.toml"
    done = cli(url, "programs", "export", "--out", str(out))
    assert done.returncode == 0, done.stderr
    in_force = get_registry()  # the same definitions; when each program began is the versions' own record
    assert parse_registry(out.read_text(encoding="utf-8")) == replace(
        in_force, programs=tuple(replace(p, since=None) for p in in_force)
    )
    again = cli(url, "programs", "import", str(out))
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("与正在使用的定义相同，未生成草稿") == len(get_registry())
    with session_scope(url) as session:
        assert session.scalar(select(func.count()).where(ProgramVersion.status == "draft")) == 0


def test_a_version_published_elsewhere_is_used_at_the_next_run(sqlite_url, app_env, tmp_path):
    app_env(sqlite_url)
    build_demo(sqlite_url)
    before = get_registry()
    definition = tmp_path / "chain.toml"
    definition.write_text(CHAIN_BLOCK, encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(CHAIN_BLOCK.replace('primary_metric = "projects"', 'primary_metric = "chains"'), "utf-8")
    refused = cli(sqlite_url, "programs", "import", str(broken))
    assert refused.returncode == 1 and "primary_metric“chains”" in refused.stderr
    for step in (("import", str(definition)), ("publish", "quality_chain", "--from", "2024-10")):
        done = cli(sqlite_url, "programs", *step)
        assert done.returncode == 0, done.stderr
    assert get_registry() is before  # this process has not started a run since
    assert refresh_registry().keys == (*before.keys, "quality_chain")  # a run reads the stamp first
    listed = cli(sqlite_url, "programs", "list")
    assert "quality_chain\t质量强链\t已发布\t第 1 版\t自 2024-10 起" in listed.stdout


def test_a_restore_brings_back_the_registry_of_its_backup(sqlite_url, app_env, tmp_path):
    from lib.backup import restore_backup, write_backup

    app_env(sqlite_url)
    build_demo(sqlite_url)
    shipped = get_registry().keys
    backup = tmp_path / "backup.jsonl.gz"
    write_backup(sqlite_url, backup)
    with transaction(sqlite_url) as session:
        program_admin.import_programs(session, CHAIN_BLOCK, OPERATOR)
        program_admin.publish_program(session, "quality_chain", OCT, OPERATOR)
    assert "quality_chain" in get_registry().keys
    restore_backup(sqlite_url, backup, by="admin")
    assert get_registry().keys == shipped
    assert refresh_registry().keys == shipped


def test_a_program_runs_from_the_month_it_was_published_from(demo_url):
    """Months before a new program's first version are not its months: nothing was due, no progress is judged,
    the composite score is as it was, the template has no sheet for it and its sheet is not read."""
    from lib.ingest.read import UnreadableFile
    from lib.ingest.template import build_template
    from lib.metrics import compute_leaderboard
    from lib.reporting import load_status

    url, sep = demo_url, Period(2024, 9)
    region = load_region("330400")

    def month(period):
        with session_scope(url) as session:
            summary = load_summary(session, get_registry(), period, region.name)
            cells = load_status(session, get_registry(), period)
        board = compute_leaderboard(summary, get_registry(), region.name).set_index("unit")
        return summary, cells, board

    _, _, before = month(sep)
    with transaction(url) as session:
        program_admin.import_programs(session, CHAIN_BLOCK, OPERATOR)
        program_admin.publish_program(session, "quality_chain", OCT, OPERATOR)
    summary, cells, board = month(sep)
    assert {c.status for c in cells if c.program == "quality_chain"} == {"not_started"}
    assert summary[summary.program == "quality_chain"].target.isna().all()
    assert board.score.equals(before.score)  # the new program weighs nothing before it began
    _, cells, _ = month(OCT)
    assert {c.status for c in cells if c.program == "quality_chain"} == {"missing"}  # due from October
    sheets = load_workbook(io.BytesIO(build_template(get_registry(), unit_name="南湖区", period=sep))).sheetnames
    assert "质量强链" not in sheets
    with pytest.raises(UnreadableFile, match=r"质量强链（自2024年10月起）"):
        content = _chain_return(get_registry())
        from lib.ingest.service import preview_upload

        with session_scope(url) as session:
            only_chain = load_workbook(io.BytesIO(content))
            for name in only_chain.sheetnames:
                if name != "质量强链":
                    del only_chain[name]
            buffer = io.BytesIO()
            only_chain.save(buffer)
            preview_upload(
                session,
                buffer.getvalue(),
                "南湖区9月.xlsx",
                unit_name="南湖区",
                period=sep,
                registry=get_registry(),
                region=region,
            )


def test_a_new_version_applies_from_its_month_and_earlier_months_keep_theirs(demo_url):
    """口径: a version published from October (a heavier weight, a new label) leaves September's leaderboard and
    labels as they were; the preview says so before publishing, month by month."""
    from lib.programs import registry_at

    url = demo_url
    block = _shipped_block("three_same")
    weight = get_registry().get("three_same").weight
    heavier = block.replace("weight = 0.20", "weight = 0.60")
    heavier = heavier.replace('label = "“三同”产品"', 'label = "“三同”产品（个）"')
    assert heavier.count("0.60") == 1 and "（个）" in heavier
    with transaction(url) as session:
        program_admin.import_programs(session, heavier, OPERATOR)
        changes = program_admin.what_would_change(session, "three_same", OCT)
    months = {(p.year, p.month) for p in map(parse_period, (c["月份"] for c in changes))}
    assert months and min(months) >= (2024, 10), months  # the leaderboard changes from October only
    with transaction(url) as session:
        program_admin.publish_program(session, "three_same", OCT, OPERATOR)
    september, october = registry_at(2024, 9).get("three_same"), registry_at(2024, 10).get("three_same")
    assert september.weight == pytest.approx(weight) and october.weight > weight
    assert (september.primary.label, october.primary.label) == ("“三同”产品", "“三同”产品（个）")
    assert get_registry().get("three_same").primary.label == "“三同”产品（个）"  # in force now
    # The program page's trend spans 2023–2024 (the demo's latest month): it says from when the new version counts.
    from tests.test_app import program_app

    captions = [c.value for c in program_app("three_same").caption]
    assert "口径调整：自2024年10月起按新版本的定义（名称、权重等）统计和排名。" in captions, captions
