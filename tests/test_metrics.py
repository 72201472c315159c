"""Metric functions against a small hand-computed fixture, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from lib.db import session_scope
from lib.metrics import Period, compute_status, load_latest_period, load_monthly_series, load_periods, load_summary
from lib.models import Target
from lib.programs import get_registry
from lib.region import load_region
from lib.store import add_records, build_record, ensure_enterprises, sync_units

A, B, C, D = "91330402MA2B000011", "91330402MA2B000022", "91330402MA2B000033", "91330402MA2B000044"


@pytest.fixture
def fixture_url(migrated_url):
    registry = get_registry()
    rows = [
        # (program, unit, year, month, uscc, values, current)
        ("benchmarking", "南湖区", 2024, 1, A, {"product": "压缩机", "standard_no": "ISO 1217"}, True),
        ("benchmarking", "南湖区", 2024, 1, A, {"product": "空压机", "standard_no": "ISO 1217"}, True),
        ("benchmarking", "南湖区", 2024, 1, B, {"product": "压缩机", "standard_no": "ISO 1217"}, True),
        ("benchmarking", "南湖区", 2024, 3, A, {"product": "冷干机", "standard_no": "ISO 7183"}, True),
        ("benchmarking", "南湖区", 2024, 3, C, {"product": "压缩机", "standard_no": "ISO 1217"}, True),
        ("benchmarking", "南湖区", 2024, 3, D, {"product": "旧版本", "standard_no": "ISO 1"}, False),
        ("benchmarking", "南湖区", 2024, 4, D, {"product": "四月", "standard_no": "ISO 1"}, True),
        ("benchmarking", "南湖区", 2023, 3, D, {"product": "去年", "standard_no": "ISO 1"}, True),
        ("benchmarking", "秀洲区", 2024, 2, A, {"product": "另一个", "standard_no": "ISO 2"}, True),
        ("recall", "秀洲区", 2024, 1, B, {"product": "智能马桶盖", "quantity": 286.0}, True),
        ("recall", "秀洲区", 2024, 3, C, {"product": "智能门锁", "quantity": 1200.0}, True),
        ("brand_mark", "南湖区", 2024, 1, D, {"product": "压缩机", "status": "入库培育"}, True),
        ("brand_mark", "南湖区", 2024, 3, D, {"product": "压缩机", "status": "已认证"}, True),
    ]
    with session_scope(migrated_url) as session:
        ids = sync_units(session, load_region("330400"))
        firms = ensure_enterprises(session, {code: (f"企业{code[-2:]}", ids["南湖区"]) for code in (A, B, C, D)})
        records = []
        for program_key, unit, year, month, code, values, current in rows:
            program = registry.get(program_key)
            record = build_record(
                program,
                unit_id=ids[unit],
                year=year,
                month=month,
                values={"uscc": code, "date": dt.date(year, month, 9), **values},
                enterprise_id=firms[code],
                batch_id=None,
            )
            record.is_current = current
            records.append(record)
        add_records(session, records)
        session.add(Target(program="benchmarking", metric="enterprises", unit_id=ids["南湖区"], year=2024, value=6))
        session.add(Target(program="recall", metric="recalls", unit_id=ids["秀洲区"], year=2024, value=0))
    return migrated_url


def _row(frame, program, metric, unit):
    match = frame[(frame.program == program) & (frame.metric == metric) & (frame.unit == unit)]
    assert len(match) == 1
    return match.iloc[0]


def test_month_and_year_to_date(fixture_url):
    with session_scope(fixture_url) as session:
        frame = load_summary(session, get_registry(), Period(2024, 3), "嘉兴市")
    firms = _row(frame, "benchmarking", "enterprises", "南湖区")
    assert (firms.month_value, firms.ytd_value) == (2, 3)  # March: A, C; Jan-Mar: A, B, C
    products = _row(frame, "benchmarking", "products", "南湖区")
    assert (products.month_value, products.ytd_value) == (2, 5)  # superseded and April rows excluded
    recall = _row(frame, "recall", "units_recalled", "秀洲区")
    assert (recall.month_value, recall.ytd_value) == (1200, 1486)
    assert _row(frame, "brand_mark", "pool", "南湖区").ytd_value == 1
    assert _row(frame, "brand_mark", "certified", "南湖区").month_value == 1


def test_completion_schedule_and_status(fixture_url):
    with session_scope(fixture_url) as session:
        frame = load_summary(session, get_registry(), Period(2024, 3), "嘉兴市")
    nanhu = _row(frame, "benchmarking", "enterprises", "南湖区")
    assert nanhu.target == 6
    assert nanhu.completion == pytest.approx(0.5)
    assert nanhu.schedule == pytest.approx(0.25)
    assert nanhu.gap == pytest.approx(0.25)
    assert nanhu.status == "超序时"
    no_target = _row(frame, "benchmarking", "enterprises", "秀洲区")
    assert no_target.ytd_value == 1 and pd.isna(no_target.completion)
    assert pd.isna(no_target.status)
    zero_target = _row(frame, "recall", "recalls", "秀洲区")
    assert pd.isna(zero_target.completion) and pd.isna(zero_target.status)


def test_city_row_counts_an_enterprise_once(fixture_url):
    with session_scope(fixture_url) as session:
        frame = load_summary(session, get_registry(), Period(2024, 3), "嘉兴市")
    # A is reported by 南湖 and 秀洲: each unit counts it, the city counts it once.
    assert _row(frame, "benchmarking", "enterprises", "秀洲区").ytd_value == 1
    assert _row(frame, "benchmarking", "enterprises", "嘉兴市").ytd_value == 3
    assert _row(frame, "benchmarking", "enterprises", "嘉兴市").target == 6
    assert _row(frame, "benchmarking", "products", "嘉兴市").ytd_value == 6


def test_units_without_records_show_zero(fixture_url):
    with session_scope(fixture_url) as session:
        frame = load_summary(session, get_registry(), Period(2024, 3))
    harbour = _row(frame, "three_same", "products", "嘉兴港区")
    assert (harbour.month_value, harbour.ytd_value) == (0, 0)
    assert len(frame) == 9 * sum(len(p.metrics) for p in get_registry())


def test_monthly_series_and_periods(fixture_url):
    program = get_registry().get("benchmarking")
    with session_scope(fixture_url) as session:
        series = load_monthly_series(session, program, program.primary, Period(2024, 4))
        latest = load_latest_period(session)
        periods = load_periods(session)
    assert series == [2, 1, 2, 1]  # Jan A,B; Feb A (秀洲); Mar A,C; Apr D
    assert latest == Period(2024, 4)
    assert periods[0] == Period(2024, 4) and periods[-1] == Period(2023, 3)


@pytest.mark.parametrize(
    ("completion", "schedule", "expected"),
    [(0.30, 0.25, "超序时"), (0.2999, 0.25, "序时"), (0.25, 0.25, "序时"), (0.20, 0.25, "序时"), (0.19, 0.25, "滞后")],
)
def test_status_thresholds(completion, schedule, expected):
    assert compute_status(completion, schedule) == expected
