"""The data-quality rules that look at monthly counts (a spike against a unit's own history, a
sudden zero after steady months) and the counts they read: used by the flags (lib.quality) and by the
upload check (lib.ingest.service). No pandas.
"""

from __future__ import annotations

import statistics

from sqlalchemy import select
from sqlalchemy.orm import Session

from lib.models import MonthlyFigure, Unit
from lib.periods import Period
from lib.store.figures import ROWS

SPIKE_FACTOR = 3.0
SPIKE_MINIMUM = 5  # fewer rows than this is never a spike, whatever the history
STEADY_MONTHS = 3


def _months_before(period: Period, count: int) -> list[Period]:
    out, current = [], period
    for _ in range(count):
        current = current.previous
        out.append(current)
    return out


def monthly_counts(session: Session, period: Period) -> dict[tuple[str, str, int, int], int]:
    """Current records per (unit, program, year, month) for the period and the 12 months before, from
    the monthly figures the store keeps (metric ROWS)."""
    first = _months_before(period, 12)[-1]
    f = MonthlyFigure
    rows = session.execute(
        select(Unit.name, f.program, f.year, f.month, f.value)
        .join(Unit, Unit.id == f.unit_id)
        .where(f.metric == ROWS, f.year.between(first.year, period.year))
    ).all()
    return {(u, p, y, m): int(n) for u, p, y, m, n in rows}


def history_of(counts: dict, unit: str, program: str, period: Period) -> list[int]:
    """A unit's monthly counts for the 12 months before the period, newest first (from monthly_counts)."""
    return [counts.get((unit, program, p.year, p.month), 0) for p in _months_before(period, 12)]


def check_spike(history: list[int], value: int, factor: float = SPIKE_FACTOR) -> bool:
    """More than factor × the median of the history (zeros count), and at least SPIKE_MINIMUM. A unit
    with no usual month to compare with (median 0, e.g. a new database) has no spike."""
    if value < SPIKE_MINIMUM or not history:
        return False
    median = statistics.median(history)
    return median >= 1 and value > factor * median


def check_sudden_zero(history: list[int], value: int, steady: int = STEADY_MONTHS) -> bool:
    """history is newest first."""
    return value == 0 and len(history) >= steady and all(v > 0 for v in history[:steady])
