"""The briefing's sentences, written in the style of an official 通报: figures with their units as
documents write them, completion against 序时进度, 同比, who leads and who lags, the ranking, a plan's
progress. Pure functions of the month's figures; no SQL, no Streamlit.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from lib.county import PlanView
from lib.formatting import is_missing
from lib.metrics import STATUS_BEHIND, leaders_and_laggards
from lib.month_view import fmt_rank_change
from lib.periods import Period
from lib.programs import Metric, Program, Registry
from lib.region import Region
from lib.vocabulary import FLAG_KINDS


def scope_word(region: Region) -> str:
    """How a briefing names the whole region: 全省 for a province, 全市 for a city."""
    return "全省" if region.code.endswith("0000") else "全市"


def fmt_amount(value: float, unit: str = "") -> str:
    """A count as official documents write it: 154家, 12.5万件; no thousands separators."""
    if is_missing(value):
        return "—"
    value = float(value)
    if abs(value) >= 100_000:
        text = f"{value / 10_000:.2f}".rstrip("0").rstrip(".") + "万"
    elif value.is_integer():
        text = str(int(value))
    else:
        text = f"{value:.1f}"
    return text + unit


def _signed(fraction: float, more: str, less: str, level: str, unit: str) -> str:
    """A fraction as points with its direction: more12.0unit / less3.4unit / level."""
    points = round(fraction * 100, 1)
    if points > 0:
        return f"{more}{points:.1f}{unit}"
    if points < 0:
        return f"{less}{-points:.1f}{unit}"
    return level


def gap_phrase(gap: float) -> str:
    """完成率 against 序时进度: 超序时进度19.8个百分点 / 落后序时进度3.1个百分点 / 与序时进度持平."""
    return _signed(gap, "超序时进度", "落后序时进度", "与序时进度持平", "个百分点")


def yoy_phrase(yoy: float | None) -> str:
    """同比增长12.0% / 同比下降3.4% / 与上年同期持平; empty without last year's figure."""
    if is_missing(yoy):
        return ""
    return _signed(yoy, "同比增长", "同比下降", "与上年同期持平", "%")


def metric_sentence(row, metric: Metric, period: Period, scope: str, *, lead: bool = True) -> str:
    """截至10月底，全市新增对标达标企业154家，完成年度目标的103.2%，超序时进度19.8个百分点，同比增长12.0%。

    A rate: 截至10月底，全市监督抽查合格率96.5%，高于年度目标1.5个百分点，同比上升0.8个百分点。
    Without lead the clause starts at 新增 (for a second metric in the same sentence) and has no full stop."""
    label = metric.label.removesuffix("数量")
    if metric.is_ratio:
        parts = [f"{label}{fmt_amount(round(row.ytd_value, 1), metric.unit)}"]
        if not is_missing(row.target) and row.target > 0:
            points = (row.ytd_value - row.target) / 100
            parts.append(_signed(points, "高于年度目标", "低于年度目标", "与年度目标持平", "个百分点"))
        if not is_missing(row.yoy):
            parts.append(_signed(row.yoy, "同比上升", "同比下降", "与上年同期持平", "个百分点"))
    else:
        parts = [f"新增{label}{fmt_amount(row.ytd_value, metric.unit)}"]
        if not is_missing(row.completion):
            parts.append(f"完成年度目标的{row.completion * 100:.1f}%")
            parts.append(gap_phrase(row.gap))
        yoy = yoy_phrase(row.yoy)
        if yoy:
            parts.append(yoy)
    if lead:
        parts[0] = f"截至{period.month}月底，{scope}" + parts[0]
    return "，".join(parts) + ("。" if lead else "")


def _names(units: list[str]) -> str:
    return "、".join(units)


def program_paragraph(program: Program, rows: pd.DataFrame, region: Region, period: Period) -> str:
    """The program's city sentence per metric, then which units lead and which lag."""
    scope = scope_word(region)
    clauses = []
    for n, metric in enumerate(program.metrics):
        part = rows[rows.metric == metric.key]
        city = part[part.unit == region.name].iloc[0]
        clauses.append(metric_sentence(city, metric, period, scope, lead=False))
        if n == 0:
            clauses[0] = f"截至{period.month}月底，{scope}" + clauses[0]
    sentences = ["；".join(clauses) + "。"]
    units = rows[(rows.metric == program.primary_metric) & (rows.unit != region.name)]
    ranked = units.dropna(subset=["completion"]).sort_values(["completion", "unit"], ascending=[False, True])
    if len(ranked):
        top = ranked.head(3)
        # A rate is named by its own value and held to its target; a count by its completion and 序时进度.
        rate = program.primary.is_ratio
        shown = [r.ytd_value if rate else r.completion * 100 for r in top.itertuples()]
        line, short, all_met = (
            ("居前", "低于年度目标，需加强质量监管", "各地均达到年度目标")
            if rate
            else ("完成率居前", "低于序时进度，需加快推进", "各地均达到序时进度")
        )
        sentences.append(
            "从各地看，"
            + _names([f"{r.unit}（{value:.1f}%）" for r, value in zip(top.itertuples(), shown, strict=True)])
            + line
            + (
                f"；{_names(list(ranked[ranked.status == STATUS_BEHIND].unit))}{short}。"
                if (ranked.status == STATUS_BEHIND).any()
                else f"；{all_met}。"
            )
        )
    return "".join(sentences)


def quality_paragraph(flags: pd.DataFrame) -> str:
    """The data-quality paragraph: the month's open flags by kind, each late change to an earlier month
    named (it moved this year's totals after they were reported). `flags`: lib.quality.load_flags_with_notes."""
    open_flags = flags[flags["note"] != "closed"] if len(flags) else flags
    if open_flags.empty:
        return "本期自动核查未发现需要核实的数据。"
    counts = open_flags.groupby("kind", sort=False).size()
    kinds = "、".join(f"{FLAG_KINDS[k]} {n} 项" for k, n in counts.items())
    text = f"本期自动核查发现待核实的数据提示 {len(open_flags)} 项（{kinds}），请相关单位核实说明。"
    late = open_flags[open_flags["kind"] == "late_change"]
    if len(late):
        text += (
            "其中往月数据在截止后被修改，影响今年累计数："
            + "；".join(f"{r.单位}{r.说明.removesuffix('请核实原因。').rstrip('，')}" for r in late.itertuples())
            + "。"
        )
    return text


def ranking_paragraph(board: pd.DataFrame) -> str:
    leaders, laggards = leaders_and_laggards(board)
    scores = board.set_index("unit").score

    def named(units: list[str]) -> str:
        return _names([f"{u}（{scores[u]:.1f}分）" for u in units])

    if not leaders:
        return "本期各单位均未设年度目标，暂不排名。"
    text = f"按各项工作年度目标完成率加权计算综合得分，{named(leaders)}位列前三，为先进单位"
    if laggards:
        text += f"；{named(laggards)}位列后三，为后进单位"
    return text + "。"


def board_table(board: pd.DataFrame, registry: Registry) -> pd.DataFrame:
    """The leaderboard as a briefing prints it: rank, unit, score, change, each program's completion."""
    table = pd.DataFrame(
        {
            "名次": ["—" if is_missing(v) else str(int(v)) for v in board["rank"]],
            "单位": board.unit.to_numpy(),
            "综合得分": ["—" if is_missing(v) else f"{v:.1f}" for v in board.score],
            "较上月": [fmt_rank_change(v) for v in board.change],
        }
    )
    for program in registry:
        table[program.title] = ["—" if is_missing(v) else f"{v * 100:.1f}%" for v in board[f"completion_{program.key}"]]
    return table


def plan_sentence(plan: PlanView, month_end: dt.date) -> str | None:
    """A unit's 一县一业一策 progress: projects, average progress, milestones due and done; None without projects."""
    projects = plan.projects
    if not len(projects):
        return None
    average = float(projects["进度（%）"].mean())
    finished = list(projects[projects["进度（%）"] >= 100]["项目名称"])
    milestones = plan.milestones
    due = milestones[pd.to_datetime(milestones["计划完成"]).dt.date <= month_end] if len(milestones) else milestones
    done = int(due["实际完成"].notna().sum()) if len(due) else 0
    late = [f"“{title}”" for title in due[due["实际完成"].isna()]["节点"]] if len(due) else []
    text = f"{plan.unit}（{plan.industry}）：{len(projects)}个攻坚项目平均进度{average:.0f}%"
    if finished:
        text += f"，{_names(finished)}已完成"
    if len(due):
        text += f"；到期节点{len(due)}个、已完成{done}个"
    return text + (f"，{''.join(late)}节点逾期未完成，请抓紧推进。" if late else "，各节点按期推进。")
