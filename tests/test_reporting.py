"""Reporting calendar against a fixed calendar: on time, late, nil and missing returns."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from lib.db import session_scope
from lib.models import UploadBatch
from lib.periods import Period, due_at
from lib.programs import get_registry
from lib.region import load_region
from lib.reporting import chase_list, followup_list, load_status, load_year_rates
from lib.store import sync_units
from lib.vocabulary import AHEAD, BEHIND, LATE, MISSING, NIL, ON_TIME, ON_TRACK
from tests.test_upload import cli

SEPT = Period(2024, 9)  # due 2024-10-05, a Saturday
BEIJING = dt.timezone(dt.timedelta(hours=8))


def test_the_due_day_is_not_moved_off_a_weekend():
    due = due_at(SEPT, 5)
    assert due.date() == dt.date(2024, 10, 5) and due.weekday() == 5
    assert due_at(Period(2024, 12), 5).date() == dt.date(2025, 1, 5)
    assert due_at(SEPT, 10).date() == dt.date(2024, 10, 10)


@pytest.fixture
def calendar_url(migrated_url):
    """南湖 on time (Sat 23:30), 秀洲 late (Mon 09:00), 嘉善 nil for three_same, 港区 nothing."""
    with session_scope(migrated_url) as session:
        ids = sync_units(session, load_region("330400"))
        everything = {p.key: {"accepted": 2, "rejected": 0} for p in get_registry()}

        def batch(unit, when, counts, status="committed"):
            session.add(
                UploadBatch(
                    unit_id=ids[unit],
                    year=2024,
                    month=9,
                    source="upload",
                    uploaded_by="t",
                    uploaded_at=when.astimezone(dt.UTC),
                    counts=counts,
                    status=status,
                )
            )

        batch("南湖区", dt.datetime(2024, 10, 5, 23, 30, tzinfo=BEIJING), everything)
        batch("秀洲区", dt.datetime(2024, 10, 7, 9, 0, tzinfo=BEIJING), everything)
        batch(
            "嘉善县",
            dt.datetime(2024, 10, 3, 9, 0, tzinfo=BEIJING),
            {"three_same": {"accepted": 0, "rejected": 0}, "recall": 1},
        )
        batch("嘉兴港区", dt.datetime(2024, 10, 2, 9, 0, tzinfo=BEIJING), everything, status="rolled_back")
    return migrated_url


def _status(url, unit, program):
    with session_scope(url) as session:
        cells = load_status(session, get_registry(), SEPT, due_day=5)
    return next(c.status for c in cells if c.unit == unit and c.program == program)


def test_on_time_late_nil_and_missing(calendar_url):
    assert _status(calendar_url, "南湖区", "benchmarking") == ON_TIME  # Saturday 23:30 is still on time
    assert _status(calendar_url, "秀洲区", "benchmarking") == LATE  # Monday after a Saturday due day
    assert _status(calendar_url, "嘉善县", "three_same") == NIL  # an empty sheet is a nil return
    assert _status(calendar_url, "嘉善县", "recall") == ON_TIME
    assert _status(calendar_url, "嘉善县", "benchmarking") == MISSING  # not in the file at all
    assert _status(calendar_url, "嘉兴港区", "benchmarking") == MISSING  # its return was rolled back


def test_chase_list_and_rates(calendar_url):
    registry = get_registry()
    with session_scope(calendar_url) as session:
        cells = load_status(session, registry, SEPT, due_day=5)
        rates = load_year_rates(session, registry, SEPT, due_day=5).set_index("单位")
    chase = chase_list(cells, registry, SEPT, due_day=5).set_index("单位")
    assert "南湖区" not in chase.index
    assert chase.loc["嘉善县", "未报工作"] == "对标达标、品字标、绿色产品认证"
    assert "2024年10月05日" in chase.loc["嘉兴港区", "催报提示"]
    # Owed: every program for each of the nine months so far; made: September's return covering every program.
    assert rates.loc["南湖区", "应报"] == 9 * len(registry) and rates.loc["南湖区", "已报"] == len(registry)
    assert rates.loc["秀洲区", "及时率"] == 0.0


def test_cli_reporting_json(calendar_url):
    result = cli(calendar_url, "reporting", "--period", "2024-09", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {"unit": "秀洲区", "program": "recall", "status": "late"} in rows
    assert {"unit": "嘉善县", "program": "three_same", "status": "nil"} in rows
    assert {r["status"] for r in rows} == {"on_time", "late", "nil", "missing"}
    assert len(rows) == 9 * len(get_registry())


def test_followup_lists_units_behind_schedule_or_missing_returns(calendar_url):
    import pandas as pd

    registry = get_registry()
    rows = []
    for program in registry:
        for unit, completion, status in (("南湖区", 0.9, AHEAD), ("秀洲区", 0.5, BEHIND), ("嘉兴市", 0.8, ON_TRACK)):
            rows.append(
                {
                    "program": program.key,
                    "metric": program.primary_metric,
                    "unit": unit,
                    "completion": completion,
                    "gap": completion - 0.75,
                    "status": status,
                }
            )
    summary = pd.DataFrame(rows)
    with session_scope(calendar_url) as session:
        cells = load_status(session, registry, SEPT, due_day=5)
    followup = followup_list(summary, cells, registry, "嘉兴市", SEPT).set_index("单位")
    assert "南湖区" not in followup.index  # ahead and reported everything
    assert followup.loc["秀洲区", "滞后项目"] == len(registry) and followup.loc["秀洲区", "未报项目"] == 0
    assert "对标达标完成年度目标50.0%，低于序时进度25.0个百分点" in followup.loc["秀洲区", "督办事项"]
    assert followup.loc["嘉兴港区", "未报项目"] == len(registry)
    assert "9月对标达标" in followup.loc["嘉兴港区", "督办事项"]
