"""The monthly briefing (月度工作通报) composed from the month view: the lead, each program's
paragraph and figures, the leaderboard, 先进 and 后进, 一县一业一策 highlights and the 督办 list.
Reads the database for what the month view does not hold (trends, plans, returns), in a few queries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd
from sqlalchemy.orm import Session

from lib.briefing.sentences import (
    board_table,
    metric_sentence,
    plan_sentence,
    program_paragraph,
    quality_paragraph,
    ranking_paragraph,
    scope_word,
)
from lib.county import load_plans
from lib.formatting import source_line
from lib.maps import UnitShade
from lib.metrics import STATUS_BEHIND, load_trend, review_note
from lib.month_view import COMPOSITE, MonthView, build_month_view
from lib.periods import BEIJING, Period
from lib.programs import Program, Registry
from lib.region import Region
from lib.reporting import followup_list, load_status, review_sentence


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
    quality: str  # the data-quality paragraph
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


def plan_highlights(session: Session, region: Region, period: Period) -> list[PlanHighlight]:
    """Per unit with a plan this year (in region order): projects, average progress, milestones due and done."""
    month_end = (pd.Timestamp(period.year, period.month, 1) + pd.offsets.MonthEnd(0)).date()
    plans = load_plans(session, period.year)
    highlights = []
    for unit in region.units:
        plan = plans.get(unit.name)
        text = plan_sentence(plan, month_end) if plan is not None else None
        if text:
            highlights.append(PlanHighlight(unit.name, plan.industry, text))
    return highlights


def _waiting(pending: float, unit: str) -> str:
    """The part of a figure still waiting for the city's review, as the 通报 says it (empty: none)."""
    note = review_note(pending, unit)
    return f"{note}。" if note else ""


def compose_briefing(
    session: Session,
    registry: Registry,
    region: Region,
    period: Period,
    issued: dt.date | None = None,
    view: MonthView | None = None,
) -> Briefing:
    """The month's briefing; `view` is the month view the pages show (built here when not given)."""
    view = view or build_month_view(session, registry, region, period)
    summary, board = view.summary, view.board
    scope = scope_word(region)
    overview, sections = [], []
    on_track = 0
    for program in registry:
        if not program.briefing:  # declared to stay out of the 通报 (it still counts on the leaderboard)
            continue
        rows = summary[summary.program == program.key]
        primary = program.primary
        city = rows[(rows.metric == primary.key) & (rows.unit == region.name)].iloc[0]
        on_track += city.status != STATUS_BEHIND
        overview.append(
            f"{program.title}："
            + metric_sentence(city, primary, period, scope)
            + _waiting(city.ytd_pending, primary.unit)
        )
        units = rows[(rows.metric == primary.key) & (rows.unit != region.name)]
        sections.append(
            ProgramSection(
                program=program,
                paragraph=program_paragraph(program, rows, region, period),
                units=units.reset_index(drop=True),
                trend=load_trend(session, program, primary, period.year),
            )
        )
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
        quality=quality_paragraph(view.flags) + review_sentence(cells, period),
        shades=view.shades[COMPOSITE],
    )
