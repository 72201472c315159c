"""The catalogue of ready programs: each entry honest about its source (what the articles name, what is this
product's design) and its block valid beside the shipped programs; enabled from a month on the command line, a
program takes its template sheet, demo data, figures, leaderboard share and 通报 paragraph; enabling twice is
refused. On SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook

from lib.auth import OPERATOR
from lib.catalogue import enable, load_catalogue
from lib.db import session_scope
from lib.metrics import load_summary
from lib.periods import Period
from lib.programs import REGISTRY_PATH, Registry, RegistryError, get_registry, shipped_definitions
from lib.region import load_region
from lib.store import transaction
from tests.test_cli import cli

ENTRIES = load_catalogue()


def test_every_entry_names_its_source_and_fits_beside_the_shipped_programs():
    assert len(ENTRIES) >= 4
    shipped = shipped_definitions(REGISTRY_PATH)
    together = shipped
    for entry in ENTRIES:
        assert entry.source and entry.named and entry.designed, entry.key
        assert entry.key not in shipped.registry().keys
        alone = shipped.with_block(entry.key, entry.block).registry()
        assert alone.get(entry.key).title == entry.title
        together = together.with_block(entry.key, entry.block)
    assert together.registry().keys == (*shipped.registry().keys, *(e.key for e in ENTRIES))


def test_enabled_programs_take_template_demo_figures_leaderboard_and_briefing(db_url, app_env):
    from lib.briefing.compose import compose_briefing
    from lib.ingest.template import build_template
    from lib.metrics import compute_leaderboard

    app_env(db_url)
    assert cli(db_url, "init").returncode == 0
    listed = cli(db_url, "programs", "catalogue", "--json")
    assert {r["key"]: r["status"] for r in json.loads(listed.stdout)} == {e.key: "available" for e in ENTRIES}
    for entry in ENTRIES:
        done = cli(db_url, "programs", "enable", entry.key, "--from", "2024-01")
        assert done.returncode == 0, done.stderr
        assert "自 2024年1月起生效" in done.stdout
    again = cli(db_url, "programs", "enable", ENTRIES[0].key, "--from", "2024-01")
    assert again.returncode == 1 and "已在使用" in again.stderr
    demo = cli(db_url, "demo")
    assert demo.returncode == 0, demo.stderr

    registry = get_registry()
    added = [e.key for e in ENTRIES]
    assert set(added) <= set(registry.keys)
    book = load_workbook(io.BytesIO(build_template(registry, unit_name="南湖区", period=Period(2024, 10))))
    assert {registry.get(k).sheet for k in added} <= set(book.sheetnames)
    region = load_region("330400")
    with session_scope(db_url) as session:
        summary = load_summary(session, registry, Period(2024, 10), region.name)
        briefing = compose_briefing(session, registry, region, Period(2024, 10))
    city = summary[summary.unit == region.name]
    for key in added:
        primary = city[(city.program == key) & (city.metric == registry.get(key).primary_metric)].iloc[0]
        assert primary.ytd_value > 0 and primary.target > 0, key  # demo rows and targets for it
    board = compute_leaderboard(summary, registry, region.name)
    for key in added:  # each unit ranked on the new program too, which weighs in the composite score
        assert board[f"rank_{key}"].notna().all() and board[f"completion_{key}"].gt(0).any(), key
    without = compute_leaderboard(summary, Registry(registry.programs[: -len(added)]), region.name)
    assert not board.set_index("unit").score.equals(without.set_index("unit").score)
    assert [s.program.key for s in briefing.sections][-len(added) :] == added


def test_enabling_an_unknown_entry_names_the_choices(sqlite_url, app_env):
    from lib.db import upgrade_database

    app_env(sqlite_url)
    upgrade_database(sqlite_url)
    with transaction(sqlite_url) as session, pytest.raises(RegistryError, match="quality_chain"):
        enable(session, "quality_chains", Period(2024, 1), OPERATOR)
