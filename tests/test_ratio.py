"""A ratio metric end to end, on SQLite and PostgreSQL: the catalogue's 监督抽查 (抽查合格率 = 合格批次 / 抽查批次)
enabled from a month; returns uploaded on its template; the rate summed before dividing for a unit's year to date
and for the city; 同比 in percentage points; a target as a percentage; status against the target all year (no 序时
进度); the map, the KPI card, the leaderboard share and the 通报 saying so. A definition that cannot be computed
(no denominator, a distinct count as a part, a unit other than %) refused naming the field."""

from __future__ import annotations

import io
from dataclasses import replace

import pandas as pd
import pytest
from openpyxl import load_workbook

from lib.auth import OPERATOR
from lib.catalogue import enable, load_catalogue
from lib.db import session_scope
from lib.identifiers import make_uscc
from lib.metrics import STATUS_AHEAD, STATUS_BEHIND, compute_leaderboard, load_summary, load_trend
from lib.periods import Period
from lib.programs import REGISTRY_PATH, RegistryError, get_registry, shipped_definitions
from lib.region import load_region
from lib.store import transaction
from lib.targets import load_targets, save_targets

MAY = Period(2024, 5)
CITY = "嘉兴市"
BLOCK = next(e.block for e in load_catalogue() if e.key == "spot_check")
TITLE = "监督抽查·监督抽查合格率（%）"


def _registry_with(block: str):
    return shipped_definitions(REGISTRY_PATH).with_block("spot_check", block).registry()


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        (('denominator = "batches"\n', ""), "缺少分母 denominator"),
        (('denominator = "batches"', 'denominator = "bathces"'), "分母 denominator“bathces”不是本项目已声明的指标"),
        (('numerator = "passed"', 'numerator = "pass_rate"'), "分子 numerator“pass_rate”须为计数（count）或求和"),
        (('unit = "%"', 'unit = "个"'), "单位（unit）须为“%”"),
        (('numerator = "passed"', 'numerator = "batches"'), "分子与分母不能是同一个指标"),
    ],
)
def test_a_ratio_that_cannot_be_computed_is_refused_naming_the_field(edit, named):
    assert _registry_with(BLOCK).get("spot_check").primary.is_ratio
    broken = BLOCK.replace(*edit, 1)
    assert broken != BLOCK
    with pytest.raises(RegistryError, match="spot_check") as refused:
        _registry_with(broken)
    assert named in str(refused.value) and "pass_rate" in str(refused.value)


def test_a_sum_may_add_up_any_number_column_and_a_ratio_divide_two_sums():
    block = BLOCK.replace(
        '  [[program.columns]]\n  key = "date"',
        '  [[program.columns]]\n  key = "lots"\n  header = "抽查件数"\n  type = "integer"\n  required = false\n'
        '  help = "件数。"\n\n  [[program.columns]]\n  key = "date"',
    ).replace('agg = "count"\n  unit = "批次"', 'agg = "sum"\n  column = "lots"\n  unit = "件"', 1)
    program = _registry_with(block).get("spot_check")
    assert program.metric("batches").agg == "sum" and program.metric("batches").column == "lots"
    with pytest.raises(RegistryError, match="“product”必须是已声明的数量字段"):
        _registry_with(block.replace('column = "lots"', 'column = "product"'))


def _return(registry, unit: str, period: Period, results: list[str]) -> bytes:
    """A unit's return on the generated template: one 监督抽查 row per batch, with its 检验结论."""
    from lib.ingest.template import build_template

    program = registry.get("spot_check")
    book = load_workbook(io.BytesIO(build_template(registry, unit_name=unit, period=period)))
    sheet = book[program.sheet]
    for n, result in enumerate(results, start=1):
        values = {
            "enterprise_name": f"嘉兴市抽查样本{n}号有限公司",
            "uscc": make_uscc("330402", f"MA7QC{n:03d}"),
            "unit": unit,
            "sample_no": f"SC{period.year}{period.month:02d}-{unit[:2]}-{n:03d}",
            "product": "电线电缆",
            "level": "市抽",
            "result": result,
            "date": f"{period.year}-{period.month:02d}-09",
        }
        sheet.append([n, *(values.get(c.key) for c in program.columns)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _upload(url: str, unit: str, period: Period, passed: int, failed: int) -> None:
    from lib.ingest.service import commit_upload, preview_upload

    registry, region = get_registry(), load_region("330400")
    content = _return(registry, unit, period, ["合格"] * passed + ["不合格"] * failed)
    with session_scope(url) as session:
        preview = preview_upload(
            session,
            content,
            f"{unit}{period.month}月月报.xlsx",
            unit_name=unit,
            period=period,
            registry=registry,
            region=region,
        )
        errors = [i.message for i in preview.issues if i.severity == "error"]
        assert not errors, errors
        commit_upload(session, preview, registry=registry, actor=OPERATOR)


@pytest.fixture
def spot_url(ready_url, app_env):
    """监督抽查 enabled from 2023-01; 南湖区 6 of 8 batches in 2023-03, 3 of 4 in 2024-03 and 16 of 16 in
    2024-05; 秀洲区 5 of 10 in 2024-05; both held to 90 %."""
    app_env(ready_url)
    with transaction(ready_url) as session:
        enable(session, "spot_check", Period(2023, 1), OPERATOR)
    _upload(ready_url, "南湖区", Period(2023, 3), 6, 2)
    _upload(ready_url, "南湖区", Period(2024, 3), 3, 1)
    _upload(ready_url, "南湖区", MAY, 16, 0)
    _upload(ready_url, "秀洲区", MAY, 5, 5)
    with transaction(ready_url) as session:
        table = load_targets(session, get_registry(), 2024)
        table.loc[table["单位"].isin(["南湖区", "秀洲区"]), TITLE] = 90
        save_targets(session, get_registry(), 2024, table, OPERATOR)
    return ready_url


def test_a_rate_is_summed_before_dividing_and_judged_against_its_target(spot_url):
    registry = get_registry()
    with session_scope(spot_url) as session:
        summary = load_summary(session, registry, MAY, CITY)
        trend = load_trend(session, registry.get("spot_check"), registry.get("spot_check").primary, 2024)
    rate = summary[(summary.program == "spot_check") & (summary.metric == "pass_rate")].set_index("unit")
    nanhu, xiuzhou, city = rate.loc["南湖区"], rate.loc["秀洲区"], rate.loc[CITY]
    # 南湖区: (3 + 16) / (4 + 16) = 95 %, not the mean of its months' rates (87.5 %).
    assert nanhu.month_value == pytest.approx(100.0) and nanhu.ytd_value == pytest.approx(95.0)
    assert nanhu.ytd_last_year == pytest.approx(75.0) and nanhu.yoy == pytest.approx(0.20)  # 20 points
    assert nanhu.completion == pytest.approx(95 / 90) and nanhu.status == STATUS_AHEAD
    assert nanhu.gap == pytest.approx(0.05)  # 5 points above the target
    assert xiuzhou.ytd_value == pytest.approx(50.0) and xiuzhou.status == STATUS_BEHIND
    # The city: every batch of both units, (19 + 5) / (20 + 10); its target the units' mean.
    assert city.ytd_value == pytest.approx(80.0) and city.month_value == pytest.approx(21 / 26 * 100)
    assert city.target == pytest.approx(90.0) and city.yoy == pytest.approx(0.05)
    # A unit with no batch has no rate (not 0 %), and no status.
    assert pd.isna(rate.loc["嘉善县"].ytd_value) and pd.isna(rate.loc["嘉善县"].status)
    # The parts keep their own figures.
    batches = summary[(summary.metric == "batches") & (summary.unit == CITY)].iloc[0]
    assert batches.ytd_value == 30
    assert trend[trend.year == 2024].set_index("month").value[3] == pytest.approx(75.0)
    assert trend[trend.year == 2024].set_index("month").value[5] == pytest.approx(21 / 26 * 100)
    assert pd.isna(trend[trend.year == 2024].set_index("month").value[4])


def test_the_map_card_leaderboard_and_briefing_speak_of_a_rate(spot_url):
    from lib.briefing.compose import compose_briefing
    from lib.month_view import build_month_view

    registry, region = get_registry(), load_region("330400")
    with session_scope(spot_url) as session:
        view = build_month_view(session, registry, region, MAY)
        briefing = compose_briefing(session, registry, region, MAY, view=view)
    card = next(c for c in view.cards if c.program == "spot_check")
    assert (card.value, card.month_text) == ("80%", "本月 80.8%")
    assert (card.yoy_text, card.gap_text, card.gap_label) == ("同比 +5.0个百分点", "-10.0个百分点", "较目标")
    shade = view.shades["spot_check"]["南湖区"]
    assert shade.figure == "105.6%" and "累计 95%" in shade.tooltip and "序时进度" not in shade.tooltip
    assert "同比 +20.0个百分点" in shade.tooltip
    # Only 监督抽查 has targets here: the composite score is its completion, capped.
    board = compute_leaderboard(view.summary, registry, region.name).set_index("unit")
    assert board.loc["南湖区", "rank_spot_check"] == 1 and board.loc["秀洲区", "rank_spot_check"] == 2
    assert board.loc["南湖区", "score"] == pytest.approx(105.6, abs=0.05)
    section = next(s for s in briefing.sections if s.program.key == "spot_check")
    assert "全市监督抽查合格率80%，低于年度目标10.0个百分点，同比上升5.0个百分点" in section.paragraph
    assert "南湖区（95.0%）" in section.paragraph and "秀洲区低于年度目标" in section.paragraph
    assert "新增监督抽查合格率" not in section.paragraph and "序时进度" not in section.paragraph
    # Declared out of the 通报 (briefing = false), it has no paragraph there, and still its leaderboard share.
    quiet = replace(registry, programs=tuple(replace(p, briefing=p.key != "spot_check") for p in registry))
    with session_scope(spot_url) as session:
        without = compose_briefing(session, quiet, region, MAY, view=view)
    assert [s.program.key for s in without.sections] == [s.program.key for s in briefing.sections][:-1]


def test_a_rate_target_is_a_percentage(spot_url):
    registry = get_registry()
    with transaction(spot_url) as session:
        table = load_targets(session, registry, 2024)
        table.loc[table["单位"] == "南湖区", TITLE] = 0.9
        with pytest.raises(ValueError, match="南湖区·监督抽查·监督抽查合格率（%）：比率目标填百分数"):
            save_targets(session, registry, 2024, table, OPERATOR)
