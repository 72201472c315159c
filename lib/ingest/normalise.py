"""Cell value parsers for what county returns really contain: Excel serial dates, Chinese and
dotted dates, date ranges, quantities with units and asides, full-width text. Pure functions.

Each parser returns the normalised value or raises ValueError; callers turn that into an issue.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
CACHED_TEXT = 256  # characters: texts up to this long are remembered, longer ones worked out each time


def cached_texts(maxsize: int) -> Callable[[F], F]:
    """lru_cache for a function of one text (and hashable extras) that remembers only texts of at most
    CACHED_TEXT characters: cell texts repeat, and a long one (a cell may hold up to 2 MB) would stay in
    memory after the upload."""

    def wrap(function: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(function)

        @functools.wraps(function)
        def call(text: str, *args: Any, **kwargs: Any) -> Any:
            return (cached if len(text) <= CACHED_TEXT else function)(text, *args, **kwargs)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]

    return wrap


EXCEL_EPOCH = dt.date(1899, 12, 30)
_SPACES = re.compile(r"\s+")


def cell_text(value: object) -> str:
    """A cell as the user typed it: numbers without a trailing .0, dates ISO, None as ''."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def header_key(text: object) -> str:
    """Header text for matching: NFKC, no spaces or line breaks, no required-mark asterisks."""
    raw = unicodedata.normalize("NFKC", cell_text(text))
    raw = _SPACES.sub("", raw).replace("*", "").replace("※", "")
    return raw.rstrip(":：")


def header_key_bare(text: object) -> str:
    """header_key with bracketed notes removed: "统一社会信用代码(18位)" -> "统一社会信用代码"."""
    return re.sub(r"[(\[【〔][^)\]】〕]*[)\]】〕]", "", header_key(text))


# Full-width digits, letters and the ideographic space become half-width; punctuation stays as typed
# (names keep their （）, and text that looks like a formula or markup is stored verbatim).
_WIDTH = {**{0xFF10 + i: 0x30 + i for i in range(10)}, **{0xFF21 + i: 0x41 + i for i in range(26)}}
_WIDTH |= {0xFF41 + i: 0x61 + i for i in range(26)} | {0x3000: 0x20}
_WIDE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]")
_NOT_ONE_SPACE = re.compile(r"[^\S ]|\s\s")  # whitespace that _SPACES.sub would change


@cached_texts(maxsize=8192)
def clean_text(text: str) -> str:
    """Trimmed, full-width letters, digits and spaces made half-width, runs of spaces collapsed."""
    return _SPACES.sub(" ", text.translate(_WIDTH)).strip()


def clean_texts(texts: list[str]) -> list[str]:
    """clean_text of every text of a column at once: one translate and one substitution over the
    column joined by a character no cell holds, instead of a call per cell."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:  # a cell holds the separator itself
        return [clean_text(text) for text in texts]
    # Translating and substituting a long text costs far more than looking for something to change.
    wide, spaced = _WIDE.search(joined), _NOT_ONE_SPACE.search(joined)
    if not wide and not spaced and joined == joined.strip() and "\x00 " not in joined and " \x00" not in joined:
        return list(texts)  # nothing to change: trimmed already, no wide character, no run of spaces
    if wide:
        joined = joined.translate(_WIDTH)
    if spaced:
        joined = _SPACES.sub(" ", joined)
    return [text.strip() for text in joined.split("\x00")]


_DATE_PATTERNS = (
    re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
    re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?"),
)


_NO_YEAR = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_RANGE_REST = re.compile(r"(至|到|~|～|—|–|-|起|前|左右|\(|（|\d{1,2}:\d{2})")


def _year_near(month: int, near: tuple[int, int]) -> int:
    """The year that puts a month nearest the return's month ("12月28日" on a January return is last year)."""
    year, current = near
    return min((year - 1, year, year + 1), key=lambda y: abs((y * 12 + month) - (year * 12 + current)))


@cached_texts(maxsize=8192)
def _parse_date_text(text: str, near: tuple[int, int] | None = None) -> dt.date:
    normal = unicodedata.normalize("NFKC", text).strip()
    # A range ("2023年10月23日至12月5日", "2023.10.23-2023.12.05") counts from its start.
    for pattern in _DATE_PATTERNS:
        match = pattern.match(normal)
        if match:
            parts = [int(g) for g in match.groups()]
            year, month = parts[0], parts[1]
            day = parts[2] if len(parts) == 3 else 1
            break
    else:
        match = _NO_YEAR.match(normal) if near is not None else None
        if match is None:
            raise ValueError(text)
        month, day = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise ValueError(text)
        year = _year_near(month, near)
    rest = normal[match.end() :].strip()
    if rest and not _RANGE_REST.match(rest):
        raise ValueError(text)
    return dt.date(year, month, day)


def parse_date(value: object, near: tuple[int, int] | None = None) -> dt.date:
    """A date from what clerks write; near (year, month) gives the year of dates written without one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel serials up to 9999-12-31
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValueError(value)
    text = cell_text(value)
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    return _parse_date_text(text, near)


_QUANTITY = re.compile(
    r"^(?:共计|合计|共|计|约|大约|总计)?\s*([+-]?\d[\d,，]*(?:\.\d+)?)\s*(万)?\s*([^\d\s(（,，;；。]{0,4})"
)


@cached_texts(maxsize=8192)
def _parse_quantity_text(text: str) -> tuple[float, str]:
    normal = unicodedata.normalize("NFKC", text).strip()
    match = _QUANTITY.match(normal)
    if not match:
        raise ValueError(text)
    number = float(match.group(1).replace(",", "").replace("，", ""))
    if match.group(2):
        number *= 10_000
    unit = match.group(3).strip()
    rest = normal[match.end() :].strip()
    bracketed = re.match(r"^[(（]([^\d\s()（）]{1,4})[)）]", rest) if not unit else None
    if bracketed:  # "1,320（台）"
        unit, rest = bracketed.group(1), rest[bracketed.end() :].strip()
    # Whatever follows must be an aside: "100包(10000双)", "286辆（已召回120辆）".
    if rest and not rest.startswith(("(", "（", "，", ",", "；", ";", "。")):
        raise ValueError(text)
    return number, unit


def parse_quantity(value: object) -> tuple[float, str]:
    """(number, unit) from 286, "286辆", "1,200台", "100包(10000双)", "共计5800条", "1.2万件"."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value), ""
    return _parse_quantity_text(cell_text(value))


_TRUE = {"是", "y", "yes", "true", "1", "√", "✓", "有", "已入驻", "入驻", "已"}
_FALSE = {"否", "n", "no", "false", "0", "×", "✗", "无", "未入驻", "未", "没有"}


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = unicodedata.normalize("NFKC", cell_text(value)).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(value)


def choice_key(text: object) -> str:
    """Choice values compare without spaces, quotes or width differences."""
    raw = unicodedata.normalize("NFKC", cell_text(text))
    return re.sub(r"[\s\"'“”‘’「」]", "", raw)
