"""Adding a program is one block in data/programs.toml. Run with the registry as shipped and with a
synthetic program added (a 质量强链 block, declared as a bureau would declare it: its own columns and
metric, no weight edits elsewhere): template, import, summary, demo data, every page and the briefing
all take it in. Nothing here, or anywhere in the tests, pins how many programs there are."""

from __future__ import annotations

import io
import time

import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from lib.auth import OPERATOR
from lib.config import get_settings
from lib.db import session_scope, upgrade_database
from lib.demo import load_demo
from lib.identifiers import make_uscc
from lib.metrics import load_summary
from lib.periods import Period
from lib.programs import REGISTRY_PATH, get_registry, parse_registry
from lib.region import load_region
from tests.test_app import APP, ROLES

CHAIN_BLOCK = """
[[program]]
key = "quality_chain"
title = "质量强链"
full_title = "重点产业链质量强链行动"
sheet = "质量强链"
sheet_aliases = ["强链"]
description = "链主企业带动产业链上下游开展质量联动提升。每行填写一个强链项目。"
weight = 0.1
identity = ["uscc", "chain"]
status_column = "stage"
date_columns = ["date"]
primary_metric = "projects"

  [[program.columns]]
  key = "chain"
  header = "产业链名称"
  aliases = ["产业链"]
  type = "text"
  required = true
  help = "如“新能源汽车零部件产业链”。"

  [[program.columns]]
  key = "stage"
  header = "项目阶段"
  type = "choice"
  required = false
  choices = { "实施中" = ["在建", "推进中"], "已完成" = ["完成", "已验收"] }
  help = "填写“实施中”或“已完成”。"

  [[program.columns]]
  key = "partners"
  header = "带动上下游企业数"
  type = "integer"
  required = false
  help = "参与联动提升的上下游企业家数。"

  [[program.columns]]
  key = "date"
  header = "立项日期"
  type = "date"
  required = false
  help = "项目立项日期，如 2024-10-09。"

  [[program.metrics]]
  key = "projects"
  label = "质量强链项目"
  agg = "count"
  unit = "个"
  target = true
  help = "本期新增的质量强链项目数。"
"""

OCT = Period(2024, 10)


@pytest.fixture(params=["shipped", "with_quality_chain"])
def registry_env(request, tmp_path, monkeypatch):
    """QB_PROGRAMS pointing at the shipped registry or at it plus the 质量强链 block; a demo database."""
    text = REGISTRY_PATH.read_text(encoding="utf-8")
    if request.param == "with_quality_chain":
        text += CHAIN_BLOCK
    path = tmp_path / "programs.toml"
    path.write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'quality.db'}"
    monkeypatch.setenv("QB_PROGRAMS", str(path))
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("QB_REGION", "330400")
    get_settings.cache_clear()
    registry = get_registry()
    assert registry.keys == parse_registry(text).keys
    upgrade_database(url)
    with session_scope(url) as session:
        load_demo(session, load_region("330400"), registry)
    yield url, registry
    get_settings.cache_clear()


def test_template_import_summary_and_demo_take_every_program(registry_env):
    from lib.ingest.service import commit_upload, preview_upload
    from lib.ingest.template import build_template

    url, registry = registry_env
    region = load_region("330400")
    with session_scope(url) as session:
        before = load_summary(session, registry, OCT, region.name)
    # The demo has figures and targets for every program: no program shows 零报告 all year.
    for program in registry:
        city = before[(before.program == program.key) & (before.unit == region.name)]
        primary = city[city.metric == program.primary_metric].iloc[0]
        assert primary.ytd_value > 0 and primary.target > 0, program.key
    assert sum(p.weight for p in registry) == pytest.approx(1.0)

    # A return filled in on the generated template: one row on every program's sheet.
    book = load_workbook(io.BytesIO(build_template(registry, unit_name="南湖区", period=OCT)))
    sample = {
        "text": "样例{n}",
        "date": "2024-10-09",
        "quantity": 3,
        "integer": 2,
        "bool": "是",
    }
    for n, program in enumerate(registry):
        sheet = book[program.sheet[:31]]
        headers = [cell.value for cell in sheet[3]]
        row = [1]
        for column in program.columns:
            if column.key == "enterprise_name":
                row.append(f"嘉兴市样例{n}有限公司")
            elif column.key == "uscc":
                row.append(make_uscc("330402", f"MA7Y{n:04d}"))
            elif column.key == "unit":
                row.append("南湖区")
            elif column.allowed_values:  # the value the primary figure counts, if it filters on one
                wanted = program.primary.where
                row.append(wanted[1] if wanted and wanted[0] == column.key else column.allowed_values[0])
            else:
                row.append(str(sample.get(column.type, "样例")).format(n=n))
        assert headers[1:] == [c.header for c in program.columns]
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    with session_scope(url) as session:
        preview = preview_upload(
            session,
            buffer.getvalue(),
            "南湖区10月月报.xlsx",
            unit_name="南湖区",
            period=OCT,
            registry=registry,
            region=region,
        )
        assert {s.program: s.accepted for s in preview.sheets} == {p.key: 1 for p in registry}
        commit_upload(session, preview, registry=registry, actor=OPERATOR)
    with session_scope(url) as session:
        after = load_summary(session, registry, OCT, region.name)
    for program in registry:
        rows = after[(after.program == program.key) & (after.unit == "南湖区")]
        assert rows[rows.metric == program.primary_metric].iloc[0].month_value == 1, program.key


def test_every_page_and_the_briefing_take_every_program(registry_env):
    from lib.briefing.compose import compose_briefing
    from lib.briefing.docx import briefing_docx

    url, registry = registry_env
    region = load_region("330400")
    with session_scope(url) as session:
        briefing = compose_briefing(session, registry, region, OCT)
    assert [s.program.key for s in briefing.sections] == list(registry.keys)
    text = "\n".join(briefing.overview)
    assert all(p.title in text for p in registry)
    assert briefing_docx(briefing)[:2] == b"PK"

    app = AppTest.from_file(APP, default_timeout=120)
    app.session_state["auth_actor"] = ROLES["admin"]
    app.session_state["auth_seen"] = time.time()
    app.run()
    assert not app.exception, app.exception
    assert [m.label for m in app.metric] == [p.primary.label for p in registry]
    pages = [
        "leaderboard.py",
        "county.py",
        "enterprise.py",
        "reporting.py",
        "quality.py",
        "history.py",
        "upload.py",
        "users.py",
        "targets.py",
        "audit.py",
        "briefing.py",
    ]
    for page in pages:
        app.switch_page(f"pages/{page}").run()
        assert not app.exception, (page, app.exception)
    app.switch_page("pages/leaderboard.py").run()
    shares = next(c.value for c in app.caption if "权重" in c.value)
    assert all(f"{p.title}{p.weight * 100:.0f}%" in shares for p in registry)
    board = max((d.value for d in app.dataframe), key=lambda frame: len(frame.columns))  # the full 排行榜
    assert all(any(p.title in c for c in board.columns) for p in registry)


def test_adding_a_program_leaves_the_demo_figures_of_the_others_as_they_were(tmp_path):
    """The demo for an added program comes from its own random stream: every figure and every return's
    on-time status of the shipped programs is the same with or without it."""
    from lib.reporting import load_status

    text = REGISTRY_PATH.read_text(encoding="utf-8")
    shipped = parse_registry(text)
    region = load_region("330400")
    seen = []
    for name, registry in (("shipped", shipped), ("chain", parse_registry(text + CHAIN_BLOCK))):
        url = f"sqlite:///{tmp_path / name}.db"
        upgrade_database(url)
        with session_scope(url) as session:
            load_demo(session, region, registry)
        with session_scope(url) as session:
            summary = load_summary(session, shipped, OCT, region.name)
            status = [(c.unit, c.program, c.status) for c in load_status(session, shipped, OCT)]
        seen.append((summary, status))
    (before, status_before), (after, status_after) = seen
    assert before.equals(after) and status_before == status_after
