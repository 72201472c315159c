"""The briefing's pictures: the map, the leaderboard and each program's charts, as framed PNGs
(lib.pictures), each drawn only when asked for. No SQL, no Streamlit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lib import pictures
from lib.briefing.compose import Briefing, ProgramSection
from lib.briefing.sentences import scope_word
from lib.charts import progress_chart, trend_chart
from lib.periods import Period
from lib.programs import Metric
from lib.region import load_boundaries


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
                f"{program.title}{metric.trend_word}（{period.year}年）",
                _trend_render(section, metric, f"{scope_word(region)}{metric.label}", stamp, period),
            )
        )
    return figures


def _progress_render(section: ProgramSection, metric: Metric, schedule: str, stamp: dict, period: Period):
    def render() -> bytes:
        rows = section.units[["unit", "completion", "ytd_value", "target", "status"]]
        chart = progress_chart(rows, period.schedule, rate=metric.is_ratio)
        return pictures.chart_png(
            chart, title=f"各县（市、区）{metric.label}年度目标完成率", period_text=schedule, **stamp
        )

    return render


def _trend_render(section: ProgramSection, metric: Metric, label: str, stamp: dict, period: Period):
    def render() -> bytes:
        chart = trend_chart(section.trend, period.year, period.month, metric.unit)
        return pictures.chart_png(
            chart,
            title=f"{label}{metric.trend_word}（{period.year}年与{period.year - 1}年）",
            period_text=f"{period.year}年1—{period.month}月，虚线为{period.year - 1}年同月",
            **stamp,
        )

    return render
