"""The month view: everything the pages and the briefing show about one month, built once per data
version and month (MonthView, build_month_view): the metrics summary, the leaderboard with last
month's ranks, 先进 and 后进, the KPI cards, the unit table, the map shading for every choice, and
the data-quality flags. The rest of the module turns a summary into those cards, tables and shades, and
the shades into the table beside the map (pure functions; no Streamlit, no SQL).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
from sqlalchemy.orm import Session

from lib.export import COUNT, PERCENT, POINTS, SCORE
from lib.formatting import fmt_number, fmt_pct, fmt_points, is_missing
from lib.maps import UnitShade
from lib.metrics import compute_board, compute_status, leaders_and_laggards, load_summary, review_note
from lib.periods import Period
from lib.programs import Metric, Program, Registry
from lib.quality import load_flags_with_notes, units_with_open_flags
from lib.region import Region
from lib.vocabulary import progress_label

COMPOSITE = "composite"


@dataclass(frozen=True)
class KpiCard:
    program: str
    metric: str
    title: str
    value: str
    month_text: str
    target_text: str
    completion: float | None
    completion_text: str
    gap_text: str | None
    status: str | None
    yoy_text: str
    help: str
    review_text: str = ""  # how much of the figure waits for the city's review (empty: none, or QB_REVIEW=off)
    gap_label: str = "较序时"  # what gap_text is measured against: 序时进度, or a rate's target


def compute_kpi_cards(summary: pd.DataFrame, registry: Registry, city_name: str) -> list[KpiCard]:
    """One card per program: its primary metric, city-wide, year to date against the annual target."""
    city = summary[summary.unit == city_name].set_index(["program", "metric"])
    cards = []
    for program in registry:
        metric = program.primary
        row = city.loc[(program.key, metric.key)]
        has_target = not is_missing(row.target) and row.target > 0
        cards.append(
            KpiCard(
                program=program.key,
                metric=metric.key,
                title=metric.label,
                value=fmt_number(row.ytd_value, metric.unit),
                month_text=f"{metric.month_word} {fmt_number(row.month_value, metric.unit)}",
                target_text=f"年度目标 {fmt_number(row.target, metric.unit)}" if has_target else "未设年度目标",
                completion=None if not has_target else float(row.completion),
                completion_text=f"{'达目标' if metric.is_ratio else '完成'} {fmt_pct(row.completion)}"
                if has_target
                else "—",
                gap_text=fmt_points(row.gap) if has_target else None,
                status=row.status if has_target else None,
                yoy_text=f"同比 {fmt_yoy(row.yoy, metric)}",
                help=metric.help,
                review_text=review_note(row.ytd_pending, metric.unit),
                gap_label="较目标" if metric.is_ratio else "较序时",
            )
        )
    return cards


CARDS_PER_ROW = 5  # KPI cards side by side at most: their figures stay whole on a 1366-pixel screen


def card_rows(count: int, widest: int = CARDS_PER_ROW) -> tuple[int, int]:
    """(rows, cards per row) for count cards: rows of at most `widest`, as even as they can be (9: 5 + 4,
    6: 3 + 3), every card the same width."""
    if count <= 0:
        return 0, 0
    rows = -(-count // widest)
    return rows, -(-count // rows)


def compute_unit_table(summary: pd.DataFrame, registry: Registry, city_name: str) -> pd.DataFrame:
    """Units as rows; per program the primary metric's year-to-date value and completion (%)."""
    units = summary[summary.unit != city_name].drop_duplicates("unit")["unit"].tolist()
    table = pd.DataFrame({"单位": units})
    for program in registry:
        metric = program.primary
        part = summary[(summary.program == program.key) & (summary.metric == metric.key)].set_index("unit")
        table[f"{program.title}（{metric.unit}）"] = part.ytd_value.reindex(units).to_numpy()
        completion = (part.completion.reindex(units).astype("float64") * 100).round(1)
        table[f"{program.title}完成率"] = completion.astype(object).where(completion.notna(), None).to_numpy()
    return table


def fmt_change(fraction: float | None) -> str:
    """A relative change as the briefing writes it: "+12.3%", "-4.0%", "—" without a base."""
    if is_missing(fraction):
        return "—"
    return f"{fraction * 100:+.1f}%"


def fmt_yoy(change: float | None, metric: Metric) -> str:
    """A metric's 同比 (lib.metrics.load_summary): a relative change, or a rate's change in points."""
    return fmt_points(change) if metric.is_ratio else fmt_change(change)


def compute_map_shades(
    summary: pd.DataFrame, board: pd.DataFrame, registry: Registry, choice: str, period: Period
) -> dict[str, UnitShade]:
    """What the map shows per unit: the composite score, or one program's completion, against 序时进度."""
    shades = {}
    if choice == COMPOSITE:
        primary = summary[summary.metric == summary.program.map({p.key: p.primary_metric for p in registry})]
        waiting = (
            primary[primary.ytd_pending > 0]
            .groupby("unit")
            .program.apply(lambda keys: "、".join(registry.get(k).title for k in keys))
        )
        for row in board.itertuples():
            score = None if is_missing(row.score) else row.score / 100
            rank = "—" if is_missing(row.rank) else f"第{int(row.rank)}名"
            review = waiting[row.unit] if row.unit in waiting and review_note(1) else ""
            shades[row.unit] = UnitShade(
                status=compute_status(score, period.schedule),
                figure="—" if score is None else f"{row.score:.1f}分",
                tooltip=f"综合得分 {'—' if score is None else f'{row.score:.1f}'}（{rank}）<br/>"
                f"序时进度 {period.schedule * 100:.1f}%" + (f"<br/>待审核：{review}" if review else ""),
                value=None if score is None else float(row.score),
                review=review,
            )
        return shades
    program = registry.get(choice)
    metric = program.primary
    part = summary[(summary.program == program.key) & (summary.metric == metric.key)]
    for row in part.itertuples():
        by_completion = not is_missing(row.completion)
        note = review_note(row.ytd_pending, metric.unit)
        schedule = "" if metric.is_ratio else f"序时进度 {period.schedule * 100:.1f}%，"
        shades[row.unit] = UnitShade(
            status=row.status if isinstance(row.status, str) else None,
            figure=fmt_pct(row.completion) if by_completion else fmt_number(row.ytd_value, metric.unit),
            tooltip=(
                f"{metric.label}：累计 {fmt_number(row.ytd_value, metric.unit)}，"
                f"本月 {fmt_number(row.month_value, metric.unit)}"
                f"<br/>年度目标 {fmt_number(row.target, metric.unit)}，完成 {fmt_pct(row.completion)}"
                f"<br/>{schedule}同比 {fmt_yoy(row.yoy, metric)}" + (f"<br/>{note}" if note else "")
            ),
            value=float(row.completion) if by_completion else None,
            review=fmt_number(row.ytd_pending, metric.unit) if note else "",
        )
    return shades


WAITING = "待审核"  # the column of what waits for the city's review (the map's table, the 排行榜)


def compute_map_table(shades: dict[str, UnitShade], figure_title: str) -> pd.DataFrame:
    """The table beside the map: every unit (zones too) with the figure and status the map shows, highest
    first (units without a figure last), for a reader who cannot make out the map (a phone, a small unit)."""
    ordered = sorted(shades.items(), key=lambda item: (item[1].value is None, -(item[1].value or 0.0), item[0]))
    table = pd.DataFrame(
        {
            "序号": range(1, len(ordered) + 1),
            "单位": [unit for unit, _ in ordered],
            figure_title: [shade.figure for _, shade in ordered],
            "进度": [progress_label(shade.status) for _, shade in ordered],
        }
    )
    if any(shade.review for _, shade in ordered):  # only while some figure waits for review
        table[WAITING] = [shade.review or "—" for _, shade in ordered]
    return table


def compute_board_summary(board: pd.DataFrame, count: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    """先进 and 后进: the top and bottom units by composite score, with score and rank change."""
    leaders, laggards = leaders_and_laggards(board, count)
    by_unit = board.set_index("unit")

    def view(names: list[str]) -> pd.DataFrame:
        part = by_unit.loc[names]
        return pd.DataFrame(
            {
                "名次": part["rank"].astype(int).to_numpy(),
                "单位": names,
                "综合得分": part.score.to_numpy(),
                "较上月": [fmt_rank_change(v) for v in part.change],
            }
        )

    return view(leaders), view(laggards)


def fmt_rank_change(change) -> str:
    if is_missing(change) or change is None or pd.isna(change):
        return "—"
    change = int(change)
    return f"↑{change}" if change > 0 else (f"↓{-change}" if change < 0 else "持平")


def compute_unit_figures(summary: pd.DataFrame, board: pd.DataFrame, registry: Registry, unit: str) -> pd.DataFrame:
    """One unit's primary figure per program: month, year to date, target, completion, status, rank, 同比."""
    ranks = board.set_index("unit")
    rows = []
    for program in registry:
        metric = program.primary
        row = summary[(summary.program == program.key) & (summary.metric == metric.key) & (summary.unit == unit)]
        row = row.iloc[0]
        rank = ranks.loc[unit, f"rank_{program.key}"]
        rows.append(
            {
                "工作项目": program.title,
                "指标": metric.label,
                "本月新增": fmt_number(row.month_value, metric.unit),
                "累计": fmt_number(row.ytd_value, metric.unit),
                "年度目标": fmt_number(row.target, metric.unit),
                "完成率": fmt_pct(row.completion),
                "序时进度": progress_label(row.status),
                "单项排名": "—" if pd.isna(rank) else f"第{int(rank)}名",
                "同比": fmt_yoy(row.yoy, metric),
            }
        )
    return pd.DataFrame(rows)


def compute_leaderboard_table(
    board: pd.DataFrame, registry: Registry, flagged: set[str] = frozenset(), waiting: dict[str, str] | None = None
) -> pd.DataFrame:
    """The 排行榜 table: rank, change, score, a data-quality mark for units with open flags, what of a
    unit's figures waits for the city's review (waiting: unit -> text; the column only while some wait), and
    each program's completion (%) and rank."""
    table = pd.DataFrame(
        {
            "名次": board["rank"].to_numpy(),
            "较上月": [fmt_rank_change(v) for v in board.change],
            "单位": board.unit.to_numpy(),
            "综合得分": board.score.to_numpy(),
            "滞后项目数": board.behind.to_numpy(),
            "数据质量": ["⚠ 待核实" if unit in flagged else "" for unit in board.unit],
        }
    )
    if waiting and any(waiting.values()):
        table[WAITING] = [waiting.get(unit, "") for unit in board.unit]
    for program in registry:
        completion = board[f"completion_{program.key}"]
        table[f"{program.title}完成率"] = (completion * 100).round(1).to_numpy()
        table[f"{program.title}排名"] = board[f"rank_{program.key}"].to_numpy()
    return table


def compute_leaderboard_sheet(
    board: pd.DataFrame, registry: Registry, flagged: set[str] = frozenset(), waiting: dict[str, str] | None = None
) -> tuple[pd.DataFrame, dict[str, str]]:
    """The 排行榜 for Excel: the page's table with completion as fractions, and each column's format."""
    table = compute_leaderboard_table(board, registry, flagged, waiting)
    formats = {"名次": COUNT, "综合得分": SCORE, "滞后项目数": COUNT}
    for program in registry:
        table[f"{program.title}完成率"] = board[f"completion_{program.key}"].to_numpy()
        formats[f"{program.title}完成率"] = PERCENT
        formats[f"{program.title}排名"] = COUNT
    return table, formats


def compute_program_sheet(
    summary: pd.DataFrame, program: Program, metric: Metric, city_name: str
) -> tuple[pd.DataFrame, dict[str, str]]:
    """One metric per unit (and the city total last) for Excel, with each column's format."""
    rows = summary[(summary.program == program.key) & (summary.metric == metric.key)]
    rows = pd.concat([rows[rows.unit != city_name], rows[rows.unit == city_name]])
    unit = metric.unit
    table = pd.DataFrame(
        {
            "单位": rows.unit.to_numpy(),
            f"{metric.month_word}（{unit}）": rows.month_value.to_numpy(),
            f"累计（{unit}）": rows.ytd_value.to_numpy(),
            f"上年同期累计（{unit}）": rows.ytd_last_year.to_numpy(),
            "同比": rows.yoy.to_numpy(),
            f"年度目标（{unit}）": rows.target.to_numpy(),
            "完成率": rows.completion.to_numpy(),
            "较序时进度": rows.gap.to_numpy() * 100,
            "进度": [progress_label(s) for s in rows.status],
        }
    )
    fractional = metric.is_ratio or (metric.agg == "sum" and not rows.ytd_value.map(float.is_integer).all())
    number = SCORE if fractional else COUNT
    formats = {name: number for name in table.columns if name.endswith(f"（{unit}）")}
    # A rate's 同比 is in points, as a fraction (0.015: 1.5 points), like 较序时进度 once multiplied.
    if metric.is_ratio:
        table["同比"] = table["同比"] * 100
    formats |= {"同比": POINTS if metric.is_ratio else PERCENT, "完成率": PERCENT, "较序时进度": POINTS}
    return table, formats


@dataclass(frozen=True)
class MonthView:
    """One month as every page and the briefing see it (see the module docstring)."""

    period: Period
    summary: pd.DataFrame  # lib.metrics.load_summary, with the city rows
    board: pd.DataFrame  # lib.metrics.compute_board: score, rank, change, per-program completion and rank
    leaders: pd.DataFrame
    laggards: pd.DataFrame
    cards: list[KpiCard]
    unit_table: pd.DataFrame
    flags: pd.DataFrame  # lib.quality.load_flags_with_notes
    shades: dict[str, dict[str, UnitShade]] = field(repr=False)  # map choice (COMPOSITE or program) -> unit -> shade

    @property
    def waiting(self) -> dict[str, str]:
        """Unit -> which of its programs' figures still wait for the city's review (empty under QB_REVIEW=off)."""
        return {unit: shade.review for unit, shade in self.shades[COMPOSITE].items() if shade.review}

    @property
    def flagged(self) -> set[str]:
        """Units with a data-quality flag that is not closed (the leaderboard's mark)."""
        return units_with_open_flags(self.flags)


def build_month_view(session: Session, registry: Registry, region: Region, period: Period) -> MonthView:
    summary = load_summary(session, registry, period, region.name)
    # Last month's ranks need only the primary metrics, not the whole summary.
    previous = load_summary(session, registry, period.previous, region.name, primary_only=True)
    board = compute_board(summary, previous, registry, region.name)
    leaders, laggards = compute_board_summary(board)
    return MonthView(
        period=period,
        summary=summary,
        board=board,
        leaders=leaders,
        laggards=laggards,
        cards=compute_kpi_cards(summary, registry, region.name),
        unit_table=compute_unit_table(summary, registry, region.name),
        flags=load_flags_with_notes(session, registry, region, period),
        shades={
            choice: compute_map_shades(summary, board, registry, choice, period)
            for choice in (COMPOSITE, *registry.keys)
        },
    )
