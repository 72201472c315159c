"""Views keyed by the version of their year (lib.db.view_version): a return, its withdrawal or its review moves
only the views of its year and the year after (whose 同比 reads it), so a deadline-day rush on one month leaves the
other years' pages as they were built; every other write (targets, a program published, a restore) moves them all.
On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from lib.auth import OPERATOR
from lib.catalogue import enable
from lib.db import DATA_VERSION, read_view_versions, session_scope, view_version
from lib.periods import Period
from lib.programs import get_registry
from lib.store import transaction
from lib.targets import load_targets, save_targets
from tests.test_ratio import TITLE, _upload

YEARS = (2023, 2024, 2025, 2026)


def _versions(url: str) -> dict[str, int]:
    with session_scope(url) as session:
        return read_view_versions(session)


def _by_year(versions: dict[str, int]) -> dict[int, tuple]:
    return {year: view_version(versions, year) for year in YEARS}


@pytest.fixture
def spot_url(ready_url, app_env):
    app_env(ready_url)
    with transaction(ready_url) as session:
        enable(session, "spot_check", Period(2023, 1), OPERATOR)
    return ready_url


def test_a_return_moves_the_views_of_its_year_only_and_other_writes_move_them_all(spot_url):
    before = _versions(spot_url)
    _upload(spot_url, "南湖区", Period(2024, 3), 3, 1)
    after = _versions(spot_url)
    assert after[DATA_VERSION] > before[DATA_VERSION]  # every other cache still sees the write
    was, now = _by_year(before), _by_year(after)
    assert now[2024] != was[2024] and now[2025] != was[2025]  # its year, and the next one's 同比
    assert now[2023] == was[2023] and now[2026] == was[2026]

    with transaction(spot_url) as session:  # targets: not confined to a year's returns
        table = load_targets(session, get_registry(), 2024)
        table.loc[table["单位"] == "南湖区", TITLE] = 90
        save_targets(session, get_registry(), 2024, table, OPERATOR)
    again = _by_year(_versions(spot_url))
    assert all(again[year] != now[year] for year in YEARS)


def test_a_page_of_another_year_is_not_rebuilt_after_a_return_and_its_own_year_shows_it(spot_url, monkeypatch):
    from lib.ui import views

    views.month_view_at.clear()
    built: list[tuple[int, int]] = []
    real = views.build_month_view

    def counted(session, registry, region, period):
        built.append((period.year, period.month))
        return real(session, registry, region, period)

    monkeypatch.setattr(views, "build_month_view", counted)
    _upload(spot_url, "南湖区", Period(2023, 3), 6, 2)
    views.month(Period(2023, 3))
    views.month(Period(2024, 3))
    assert built == [(2023, 3), (2024, 3)]
    _upload(spot_url, "南湖区", Period(2024, 3), 3, 1)
    old, new = views.month(Period(2023, 3)), views.month(Period(2024, 3))
    assert built == [(2023, 3), (2024, 3), (2024, 3)]  # 2023's view kept, 2024's built again
    rows = new.summary[(new.summary.metric == "pass_rate") & (new.summary.unit == "南湖区")]
    assert rows.iloc[0].month_value == pytest.approx(75.0)
    assert old.summary[(old.summary.metric == "batches") & (old.summary.unit == "南湖区")].iloc[0].month_value == 8
