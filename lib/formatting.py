"""Chinese number, percentage and period formats used by pages and exports; pure functions."""

from __future__ import annotations

import math
import re

import pandas as pd


def is_missing(value: object) -> bool:
    """None, NaN and pandas' NA (an unranked unit's rank) are all "no value"."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def fmt_number(value: float | int | None, unit: str = "") -> str:
    """1234 -> "1,234", 12345 -> "1.2万", 123456789 -> "1.2亿"; whole numbers without decimals."""
    if is_missing(value):
        return "—"
    value = float(value)
    if abs(value) >= 1e8:
        text = f"{value / 1e8:.1f}亿"
    elif abs(value) >= 1e4:
        text = f"{value / 1e4:.1f}万"
    elif value == int(value):
        text = f"{int(value):,}"
    else:
        text = f"{value:,.1f}"
    return f"{text}{unit}"


def fmt_pct(fraction: float | None) -> str:
    """0.1234 -> "12.3%"; None -> "—"."""
    if is_missing(fraction):
        return "—"
    return f"{fraction * 100:.1f}%"


def fmt_points(fraction: float | None) -> str:
    """Difference of two fractions in percentage points: 0.198 -> "+19.8个百分点"."""
    if is_missing(fraction):
        return "—"
    return f"{fraction * 100:+.1f}个百分点"


def period_label(year: int, month: int) -> str:
    return f"{year}年{month}月"


def source_line(year: int, month: int) -> str:
    return f"数据来源：各县（市、区）市场监管局月报，截至{year}年{month:02d}月"


_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$])")


# An invisible word joiner breaks what the renderer would turn into something else once the escapes are
# gone: shortcodes (":smile:", ":material/home:"), bare links ("http://", "www.", "a@b.cn"), "--" dashes.
JOINER = "\u2060"
_AFTER_COLON = re.compile(r":(?=\S)")
_WWW = re.compile(r"(?i)(w)(ww)")
_DOUBLE = re.compile(r"(\\[-.])(?=\\[-.])")


def md_escape(text: object) -> str:
    """Text shown exactly as typed wherever Streamlit renders markdown (titles, captions, alerts, widget
    labels): a name like "![x](http://…)" draws no image, links nothing, fetches nothing, and
    ":smile:" or "--" stay as typed."""
    escaped = _MARKDOWN.sub(r"\\\1", str(text))
    escaped = _AFTER_COLON.sub(":" + JOINER, escaped)
    escaped = _WWW.sub(r"\1" + JOINER + r"\2", escaped).replace("@", "@" + JOINER)
    return _DOUBLE.sub(r"\1" + JOINER, escaped)
