"""The monthly briefing (月度工作通报) and the 简报 figures, composed from the metrics: sentences
written in the style of an official briefing, the leaderboard, 先进 and 后进, 一县一业一策 highlights,
the 督办 list, and the pictures (chart, map and table PNGs) every briefing shows.

compose_briefing reads the database; everything else is pure. No Streamlit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd
from sqlalchemy.orm import Session

from lib import pictures
from lib.charts import progress_chart, trend_chart
from lib.county import load_plan
from lib.formatting import BEIJING, is_missing, source_line
from lib.maps import UnitShade
from lib.metrics import (
    STATUS_BEHIND,
    Period,
    compute_board,
    leaders_and_laggards,
    load_summary,
    load_trend,
)
from lib.overview import COMPOSITE, compute_map_shades, fmt_rank_change
from lib.programs import Metric, Program, Registry
from lib.region import Region, load_boundaries
from lib.reporting import followup_list, load_status


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


def gap_phrase(gap: float) -> str:
    """完成率 against 序时进度: 超序时进度19.8个百分点 / 落后序时进度3.1个百分点 / 与序时进度持平."""
    points = round(gap * 100, 1)
    if points > 0:
        return f"超序时进度{points:.1f}个百分点"
    if points < 0:
        return f"落后序时进度{-points:.1f}个百分点"
    return "与序时进度持平"


def yoy_phrase(yoy: float | None) -> str:
    """同比增长12.0% / 同比下降3.4% / 与上年同期持平; empty without last year's figure."""
    if is_missing(yoy):
        return ""
    points = round(yoy * 100, 1)
    if points > 0:
        return f"同比增长{points:.1f}%"
    if points < 0:
        return f"同比下降{-points:.1f}%"
    return "与上年同期持平"


def metric_sentence(row, metric: Metric, period: Period, scope: str, *, lead: bool = True) -> str:
    """截至10月底，全市新增对标达标企业154家，完成年度目标的103.2%，超序时进度19.8个百分点，同比增长12.0%。

    Without lead the clause starts at 新增 (for a second metric in the same sentence) and has no full stop."""
    label = metric.label.removesuffix("数量")
    parts = [f"新增{label}{fmt_amount(row.ytd_value, metric.unit)}"]
    if lead:
        parts[0] = f"截至{period.month}月底，{scope}" + parts[0]
    if not is_missing(row.completion):
        parts.append(f"完成年度目标的{row.completion * 100:.1f}%")
        parts.append(gap_phrase(row.gap))
    yoy = yoy_phrase(row.yoy)
    if yoy:
        parts.append(yoy)
    return "，".join(parts) + ("。" if lead else "")


def _names(units: list[str]) -> str:
    return "、".join(units)


@dataclass(frozen=True)
class ProgramSection:
    program: Program
    paragraph: str
    units: pd.DataFrame  # unit, completion, ytd_value, target, status (primary metric)
    trend: pd.DataFrame  # year, month, value (primary metric, city)


@dataclass(frozen=True)
class PlanHighlight:
    unit: str
    industry: str
    text: str


@dataclass(frozen=True)
class Briefing:
    region: Region
    period: Period
    issued: dt.date
    lead: str
    overview: list[str]
    sections: list[ProgramSection]
    board: pd.DataFrame  # lib.metrics.compute_leaderboard with change
    board_table: pd.DataFrame  # shown as it is
    ranking_text: str
    plans: list[PlanHighlight]
    followups: list[str]
    shades: dict[str, UnitShade] = field(repr=False)

    @property
    def title(self) -> str:
        return f"{self.region.name}质量提升工作月度通报"

    @property
    def number(self) -> str:
        return f"{self.period.year}年第{self.period.month}期"

    @property
    def period_text(self) -> str:
        return f"{self.period.year}年1—{self.period.month}月累计"

    @property
    def issuer(self) -> str:
        return f"{self.region.name}市场监督管理局"

    @property
    def date_text(self) -> str:
        return f"{self.issued.year}年{self.issued.month}月{self.issued.day}日"

    @property
    def source(self) -> str:
        return source_line(self.period.year, self.period.month)


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
        sentences.append(
            "从各地看，"
            + _names([f"{r.unit}（{r.completion * 100:.1f}%）" for r in top.itertuples()])
            + "完成率居前"
            + (
                f"；{_names(list(ranked[ranked.status == STATUS_BEHIND].unit))}低于序时进度，需加快推进。"
                if (ranked.status == STATUS_BEHIND).any()
                else "；各地均达到序时进度。"
            )
        )
    return "".join(sentences)


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


def plan_highlights(session: Session, region: Region, period: Period) -> list[PlanHighlight]:
    """Per unit with a plan this year: projects, average progress, milestones due and done."""
    month_end = (pd.Timestamp(period.year, period.month, 1) + pd.offsets.MonthEnd(0)).date()
    highlights = []
    for unit in region.units:
        plan = load_plan(session, unit.name, period.year)
        if plan is None or not len(plan.projects):
            continue
        projects = plan.projects
        average = float(projects["进度（%）"].mean())
        finished = list(projects[projects["进度（%）"] >= 100]["项目名称"])
        milestones = plan.milestones
        due = milestones[pd.to_datetime(milestones["计划完成"]).dt.date <= month_end] if len(milestones) else milestones
        done = int(due["实际完成"].notna().sum()) if len(due) else 0
        late = [f"“{title}”" for title in due[due["实际完成"].isna()]["节点"]] if len(due) else []
        text = f"{unit.name}（{plan.industry}）：{len(projects)}个攻坚项目平均进度{average:.0f}%"
        if finished:
            text += f"，{_names(finished)}已完成"
        if len(due):
            text += f"；到期节点{len(due)}个、已完成{done}个"
        text += f"，{''.join(late)}节点逾期未完成，请抓紧推进。" if late else "，各节点按期推进。"
        highlights.append(PlanHighlight(unit.name, plan.industry, text))
    return highlights


def _city_status(section: ProgramSection, summary: pd.DataFrame, region: Region) -> str | None:
    program = section.program
    row = summary[
        (summary.program == program.key) & (summary.metric == program.primary_metric) & (summary.unit == region.name)
    ]
    return row.status.iloc[0]


def compose_briefing(
    session: Session, registry: Registry, region: Region, period: Period, issued: dt.date | None = None
) -> Briefing:
    summary = load_summary(session, registry, period, region.name)
    previous = load_summary(session, registry, period.previous, region.name, primary_only=True)
    board = compute_board(summary, previous, registry, region.name)
    scope = scope_word(region)
    overview, sections = [], []
    for program in registry:
        rows = summary[summary.program == program.key]
        primary = program.primary
        city = rows[(rows.metric == primary.key) & (rows.unit == region.name)].iloc[0]
        overview.append(f"{program.title}：" + metric_sentence(city, primary, period, scope))
        units = rows[(rows.metric == primary.key) & (rows.unit != region.name)]
        sections.append(
            ProgramSection(
                program=program,
                paragraph=program_paragraph(program, rows, region, period),
                units=units.reset_index(drop=True),
                trend=load_trend(session, program, primary, period.year),
            )
        )
    on_track = sum(1 for s in sections if _city_status(s, summary, region) != STATUS_BEHIND)
    lead = (
        f"{period.year}年1—{period.month}月，{scope}质量提升各项工作有序推进，{len(sections)}项重点工作中"
        f"{on_track}项达到或超过序时进度。"
    )
    cells = load_status(session, registry, period)
    followups = list(followup_list(summary, cells, registry, region.name, period)["督办事项"])
    return Briefing(
        region=region,
        period=period,
        issued=issued or dt.datetime.now(BEIJING).date(),
        lead=lead,
        overview=overview,
        sections=sections,
        board=board,
        board_table=board_table(board, registry),
        ranking_text=ranking_paragraph(board),
        plans=plan_highlights(session, region, period),
        followups=followups,
        shades=compute_map_shades(summary, board, registry, COMPOSITE, period),
    )


# Figures ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    key: str
    title: str
    render: Callable[[], bytes]  # the framed PNG

    @property
    def file_name(self) -> str:
        return f"{self.title}.png"


def briefing_figures(briefing: Briefing) -> list[Figure]:
    """The map, the leaderboard and each program's chart(s), as framed PNG pictures."""
    period, region = briefing.period, briefing.region
    stamp = {"source": briefing.source}
    schedule = f"{briefing.period_text}，序时进度{period.schedule * 100:.1f}%"
    figures = [
        Figure(
            "map",
            f"各县（市、区）综合得分（{period.year}年1—{period.month}月）",
            lambda: pictures.map_png(
                load_boundaries(region.code),
                briefing.shades,
                title="各县（市、区）质量提升工作综合得分",
                period_text=schedule,
                **stamp,
            ),
        ),
        Figure(
            "leaderboard",
            f"质量提升工作排行榜（{period.year}年1—{period.month}月）",
            lambda: pictures.table_png(
                briefing.board_table,
                title="质量提升工作排行榜",
                period_text=f"{schedule}；各项为年度目标完成率",
                fill=pictures.status_fill(
                    {p.title: list(briefing.board[f"status_{p.key}"]) for p in (s.program for s in briefing.sections)}
                ),
                **stamp,
            ),
        ),
    ]
    for section in briefing.sections:
        program, metric = section.program, section.program.primary
        if metric.target:
            figures.append(
                Figure(
                    f"progress_{program.key}",
                    f"{program.title}年度目标完成率（{period.year}年1—{period.month}月）",
                    _progress_render(section, metric, schedule, stamp, period),
                )
            )
        figures.append(
            Figure(
                f"trend_{program.key}",
                f"{program.title}逐月新增（{period.year}年）",
                _trend_render(section, metric, f"{scope_word(region)}{metric.label}", stamp, period),
            )
        )
    return figures


def _progress_render(section: ProgramSection, metric: Metric, schedule: str, stamp: dict, period: Period):
    def render() -> bytes:
        chart = progress_chart(section.units[["unit", "completion", "ytd_value", "target", "status"]], period.schedule)
        return pictures.chart_png(
            chart, title=f"各县（市、区）{metric.label}年度目标完成率", period_text=schedule, **stamp
        )

    return render


def _trend_render(section: ProgramSection, metric: Metric, label: str, stamp: dict, period: Period):
    def render() -> bytes:
        chart = trend_chart(section.trend, period.year, period.month, metric.unit)
        return pictures.chart_png(
            chart,
            title=f"{label}逐月新增（{period.year}年与{period.year - 1}年）",
            period_text=f"{period.year}年1—{period.month}月，虚线为{period.year - 1}年同月",
            **stamp,
        )

    return render
