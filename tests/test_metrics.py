"""Metric functions against a small hand-computed fixture, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from lib.db import session_scope
from lib.metrics import (
    compute_leaderboard,
    compute_rank_change,
    compute_status,
    leaders_and_laggards,
    load_latest_period,
    load_periods,
    load_summary,
    load_trend,
    months_to_date,
)
from lib.models import Target
from lib.periods import Period
from lib.programs import get_registry
from lib.region import load_region
from lib.store import add_records, build_record, ensure_enterprises, sync_units
from lib.vocabulary import AHEAD, BEHIND, ON_TRACK

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
    assert nanhu.status == AHEAD
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
        series = months_to_date(load_trend(session, program, program.primary, 2024), Period(2024, 4))
        latest = load_latest_period(session)
        periods = load_periods(session)
    assert series == [2, 1, 2, 1]  # Jan A,B; Feb A (秀洲); Mar A,C; Apr D
    assert latest == Period(2024, 4)
    assert periods[0] == Period(2024, 4) and periods[-1] == Period(2023, 3)


@pytest.mark.parametrize(
    ("completion", "schedule", "expected"),
    [
        (0.30, 0.25, AHEAD),
        (0.2999, 0.25, ON_TRACK),
        (0.25, 0.25, ON_TRACK),
        (0.20, 0.25, ON_TRACK),
        (0.19, 0.25, BEHIND),
    ],
)
def test_status_thresholds(completion, schedule, expected):
    assert compute_status(completion, schedule) == expected


def test_year_on_year_and_month_on_month(migrated_url):
    """同比 compares Jan–Mar with last year's Jan–Mar; 环比 compares March with February."""
    registry = get_registry()
    program = registry.get("three_same")
    rows = [(2023, 1), (2023, 2), (2023, 3), (2023, 3), (2023, 9), (2024, 1), (2024, 2), (2024, 2), (2024, 3)]
    with session_scope(migrated_url) as session:
        ids = sync_units(session, load_region("330400"))
        records = [
            build_record(
                program,
                unit_id=ids["海宁市"],
                year=year,
                month=month,
                values={"uscc": A, "product": f"产品{n}", "category": "工业品", "date": dt.date(year, month, 1)},
                enterprise_id=None,
                batch_id=None,
            )
            for n, (year, month) in enumerate(rows)
        ]
        add_records(session, records)
    with session_scope(migrated_url) as session:
        frame = load_summary(session, registry, Period(2024, 3))
        january = load_summary(session, registry, Period(2024, 1))
    row = _row(frame, "three_same", "products", "海宁市")
    assert (row.ytd_value, row.ytd_last_year) == (4, 4)  # September 2023 is not in Jan–Mar
    assert row.yoy == pytest.approx(0.0)
    assert (row.month_value, row.prev_month_value) == (1, 2)
    assert row.mom == pytest.approx(-0.5)
    # January's 环比 is against December of the year before (none here): no base, no figure.
    first = _row(january, "three_same", "products", "海宁市")
    assert first.prev_month_value == 0 and pd.isna(first.mom)


def _board_fixture():
    """Three programs' completions for four units, hand-picked for ties, a cap and a missing target."""
    from lib.programs import parse_registry

    text = (Path(__file__).resolve().parent.parent / "data" / "programs.toml").read_text(encoding="utf-8")
    registry = parse_registry(text)
    completions = {
        # unit: {program: completion or None (no target)}
        "甲区": {"benchmarking": 2.0, "brand_mark": 0.5},  # 200% is capped at 120%
        "乙区": {"benchmarking": 0.85, "brand_mark": 0.85},
        "丙区": {"benchmarking": 0.85, "brand_mark": 0.85},  # ties with 乙区
        "丁区": {"benchmarking": None, "brand_mark": None},  # no targets at all
    }
    rows = []
    for unit, per_program in completions.items():
        for program in registry:
            value = per_program.get(program.key)
            rows.append(
                {
                    "program": program.key,
                    "metric": program.primary_metric,
                    "unit": unit,
                    "unit_short": unit,
                    "completion": value,
                    "status": None,
                }
            )
    return registry, pd.DataFrame(rows)


def test_composite_score_caps_each_program_and_ranks_ties_fairly():
    registry, summary = _board_fixture()
    board = compute_leaderboard(summary, registry, "全市").set_index("unit")
    w_bench, w_brand = registry.get("benchmarking").weight, registry.get("brand_mark").weight
    expected_jia = 100 * (w_bench * 1.2 + w_brand * 0.5) / (w_bench + w_brand)
    assert board.loc["甲区", "score"] == pytest.approx(round(expected_jia, 1))
    assert board.loc["乙区", "score"] == pytest.approx(85.0)
    assert board.loc["甲区", "rank"] == 1
    assert board.loc["乙区", "rank"] == board.loc["丙区", "rank"] == 2  # shared rank, next would be 4
    assert pd.isna(board.loc["丁区", "score"]) and pd.isna(board.loc["丁区", "rank"])
    assert board.loc["乙区", "rank_benchmarking"] == board.loc["丙区", "rank_benchmarking"] == 2
    assert board.loc["甲区", "rank_brand_mark"] == 3


def test_rank_change_and_leaders():
    registry, summary = _board_fixture()
    now = compute_leaderboard(summary, registry, "全市")
    before_summary = summary.copy()
    before_summary.loc[before_summary.unit == "甲区", "completion"] = 0.1
    before = compute_leaderboard(before_summary, registry, "全市")
    change = compute_rank_change(now, before)
    assert change["甲区"] == 2  # from 3rd to 1st
    assert change["乙区"] == -1  # from 1st (shared) to 2nd (shared)
    leaders, laggards = leaders_and_laggards(now, count=3)
    assert leaders == ["甲区"]  # three ranked units: one each way
    assert laggards in (["乙区"], ["丙区"])  # tied for last: either is fair


@pytest.mark.parametrize(
    ("count", "rows"), [(1, (1, 1)), (5, (1, 5)), (6, (2, 3)), (7, (2, 4)), (9, (2, 5)), (11, (3, 4))]
)
def test_kpi_cards_wrap_into_even_rows_of_at_most_five(count, rows):
    """With the catalogue's programs enabled a row of nine cards cut their figures short (“12…”): at most five
    side by side, the rows as even as they can be."""
    from lib.month_view import card_rows

    assert card_rows(count) == rows
