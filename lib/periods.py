"""Months and the reporting calendar's rules, with no heavy imports (the command line and the upload
check start fast): Period, reading a month as written, which months a return may cover, when a
month's return is due and closes (Beijing time), and whether a submission's entry for a program is a return.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lib.config import get_settings

BEIJING = dt.timezone(dt.timedelta(hours=8))


def as_utc(value: dt.datetime) -> dt.datetime:
    """A stored time with its zone: times are stored in UTC and SQLite returns them without one."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def local_time(value: dt.datetime | None, pattern: str = "%Y-%m-%d %H:%M") -> str:
    """A stored time as Beijing time."""
    return "" if value is None else as_utc(value).astimezone(BEIJING).strftime(pattern)


@dataclass(frozen=True)
class Period:
    year: int
    month: int

    @property
    def schedule(self) -> float:
        """序时进度: the share of the annual target due by the end of this month."""
        return self.month / 12

    @property
    def previous(self) -> Period:
        return Period(self.year - 1, 12) if self.month == 1 else Period(self.year, self.month - 1)

    @property
    def next(self) -> Period:
        return Period(self.year + 1, 1) if self.month == 12 else Period(self.year, self.month + 1)

    @property
    def key(self) -> str:
        return f"{self.year}-{self.month:02d}"


def this_month() -> Period:
    """The month it is now in Beijing."""
    today = dt.datetime.now(BEIJING).date()
    return Period(today.year, today.month)


FIRST_YEAR, LAST_YEAR = 1990, 2100  # any month outside these is a typing error
FIRST_RETURN = (2000, 1)


def parse_period(text: str) -> Period:
    """ "2024-10", "2024/10", "202410" or "2024年10月" -> Period; ValueError with a Chinese message."""
    match = re.fullmatch(r"\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))\s*", str(text))
    month = int(match.group(2) or match.group(3)) if match else 0
    if not match or not 1 <= month <= 12:
        raise ValueError(f"月份“{text}”格式不对，请写成 YYYY-MM，如 2024-10。")
    year = int(match.group(1))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"月份“{text}”不在 {FIRST_YEAR}—{LAST_YEAR} 年之间，请核对年份。")
    return Period(year, month)


def check_return_period(period: Period, today: dt.date | None = None) -> None:
    """A return covers a month that has begun: from FIRST_RETURN to the current month (Beijing time)."""
    today = today or dt.datetime.now(BEIJING).date()
    if (period.year, period.month) > (today.year, today.month):
        raise ValueError(
            f"不能上报{period.year}年{period.month}月的月报：该月还没有开始（今天是{today.year}年{today.month}月{today.day}日），"
            "请核对“所属月份”。"
        )
    if (period.year, period.month) < FIRST_RETURN:
        raise ValueError(f"月报的所属月份不能早于{FIRST_RETURN[0]}年{FIRST_RETURN[1]}月，请核对“所属月份”。")


def due_at(period: Period, due_day: int | None = None) -> dt.datetime:
    """The end of the due day (Beijing time) in the month after the period. A due day that falls on
    a weekend or holiday is not moved: the bureau sets the day it means."""
    day = due_day or get_settings().due_day
    year, month = (period.year + 1, 1) if period.month == 12 else (period.year, period.month + 1)
    return dt.datetime(year, month, day, 23, 59, 59, tzinfo=BEIJING)


def closes_at(period: Period, due_day: int | None = None, close_days: int | None = None) -> dt.datetime:
    """When a month closes for the units' own changes: QB_CLOSE_DAYS days after the end of its due day."""
    days = get_settings().close_days if close_days is None else close_days
    return due_at(period, due_day) + dt.timedelta(days=days)


def refused(entry: dict | int) -> bool:
    """Whether a submission's entry for a program (UploadBatch.counts[program]) was refused as a whole:
    every row in error or a required column missing. A refused sheet is not a return."""
    if not isinstance(entry, dict):
        return False
    if entry.get("refused") is not None:
        return bool(entry["refused"])
    # Batches stored before refusals were recorded.
    return int(entry.get("accepted", 0)) == 0 and int(entry.get("rejected", 0)) > 0
