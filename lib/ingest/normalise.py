"""Cell value parsers for what county returns really contain: Excel serial dates, Chinese and
dotted dates, date ranges, quantities with units and asides, full-width text, invisible characters.
Pure functions.

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


# Footnote markers after a header's words ("日期⑥", "名称¹") point to a note under the table; NFKC would
# turn them into digits that are part of no field name.
_MARKS = "\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf\u00b9\u00b2\u00b3\u2070-\u2079"
_FOOTNOTE = re.compile(f"(?<=[^\\s{_MARKS}])\\s*[{_MARKS}]+")


def header_key(text: object) -> str:
    """Header text for matching: NFKC, no format characters, spaces or line breaks, no required-mark asterisks,
    no footnote markers after the words."""
    raw = unicodedata.normalize("NFKC", _FOOTNOTE.sub("", cell_text(text))).translate(_NO_FORMAT)
    raw = _SPACES.sub("", raw).replace("*", "").replace("※", "")
    return raw.rstrip(":：")


def header_key_bare(text: object) -> str:
    """header_key with bracketed notes removed: "统一社会信用代码(18位)" -> "统一社会信用代码"."""
    return re.sub(r"[(\[【〔][^)\]】〕]*[)\]】〕]", "", header_key(text))


# Format characters (Unicode category Cf: soft hyphen, zero-width space and joiners, bidi controls, word
# joiner, byte-order mark, tag characters...) draw nothing, so a name holding one looks like the name
# without it and is another text. As of Unicode 15.1, with the Egyptian format controls' whole block;
# tests/test_ingest.py checks the list against the running Python's unicodedata.
_FORMAT_BMP = "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
_FORMAT_BMP += "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
_FORMAT_ASTRAL = "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
_FORMAT_ASTRAL += "\U000e0001\U000e0020-\U000e007f"
_FORMAT = re.compile(f"[{_FORMAT_BMP}{_FORMAT_ASTRAL}]")
_ASTRAL_FORMAT = re.compile(f"[{_FORMAT_ASTRAL}]")


FORMAT_CHARACTERS = frozenset(  # code points of the class above ("a-b" is a range)
    code
    for part in re.findall(r".-.|.", _FORMAT_BMP + _FORMAT_ASTRAL, re.S)
    for code in range(ord(part[0]), ord(part[-1]) + 1)
)
_NO_FORMAT = dict.fromkeys(FORMAT_CHARACTERS)

# Width: full-width letters, digits, the ideographic space and the full-width forms of ASCII symbols become
# half-width ("ＡＢＣ－１２／２０２４" -> "ABC-12/2024"), as an input method in full-width mode types them. The
# full-width forms that are Chinese punctuation in their own right (GB/T 15834: ！（），：；？ and the range
# mark ～) stay as typed: names are registered with （）, and "ISO 1217：2009" in a Chinese text is written
# so on purpose. Not NFKC as a whole: it also rewrites compatibility ideographs in people's and place names
# (﨑 -> 崎), circled numbers, ㎡ and ™ in product names. A symbol that starts a formula (＝ -> =) is safe:
# exports write such text as text, and pages show plain text.
_CHINESE_PUNCTUATION = "！（），：；？～"
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if chr(c) not in _CHINESE_PUNCTUATION} | {0x3000: 0x20}
_CLEAN = _WIDTH | _NO_FORMAT
_WIDE_OR_FORMAT = re.compile(f"[{_FORMAT_BMP}{''.join(map(chr, _WIDTH))}]")
# A line break (Alt+Enter) inside Chinese text is where the cell wrapped, not a space: 桐乡市濮院⏎针织有限公司.
_CHINESE_TEXT = "\u2014\u201c\u201d\u3001-\u303f\u3400-\u9fff\uff00-\uffef"  # characters and punctuation
_BROKEN_CHINESE = re.compile(f"(?<=[{_CHINESE_TEXT}])[ \\t]*[\\r\\n]+[ \\t]*(?=[{_CHINESE_TEXT}])")
_NOT_ONE_SPACE = re.compile(r"[^\S ]|\s\s")  # whitespace that _SPACES.sub would change


def _has_astral(text: str) -> bool:
    """Whether text holds a character beyond the Basic Multilingual Plane (one fast C-level pass; a regex
    class holding such characters is checked range by range, three times slower)."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def visible_text(text: str) -> str:
    """text without format characters, trimmed again where one was removed (a choice, a unit or a date
    with a zero-width space reads as without it)."""
    if text.isascii() or not _FORMAT.search(text):
        return text
    return text.translate(_NO_FORMAT).strip()


@cached_texts(maxsize=8192)
def clean_text(text: str) -> str:
    """Trimmed, format characters removed, full-width forms made half-width (see _WIDTH), runs of spaces
    collapsed."""
    if not text.isascii():
        text = text.translate(_CLEAN)
        if "\n" in text or "\r" in text:
            text = _BROKEN_CHINESE.sub("", text)
    return _SPACES.sub(" ", text).strip()


def clean_texts(texts: list[str]) -> list[str]:
    """clean_text of every text of a column at once: one translate and one substitution over the
    column joined by a character no cell holds, instead of a call per cell."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:  # a cell holds the separator itself
        return [clean_text(text) for text in texts]
    # Translating and substituting a long text costs far more than looking for something to change; a
    # column of plain ASCII needs no look for wide or invisible characters at all.
    changed = not joined.isascii() and bool(
        _WIDE_OR_FORMAT.search(joined) or (_has_astral(joined) and _ASTRAL_FORMAT.search(joined))
    )
    if changed:
        joined = joined.translate(_CLEAN)
    spaced = _NOT_ONE_SPACE.search(joined)
    if not changed and not spaced and joined == joined.strip() and "\x00 " not in joined and " \x00" not in joined:
        return list(texts)  # nothing to change: trimmed already, no wide character, no run of spaces
    if spaced:
        if not joined.isascii() and ("\n" in joined or "\r" in joined):
            joined = _BROKEN_CHINESE.sub("", joined)
        joined = _SPACES.sub(" ", joined)
    return [text.strip() for text in joined.split("\x00")]


_DATE_PATTERNS = (
    re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
    re.compile(r"((?:19|20)\d{2})(0[1-9]|1[0-2])(?!\d)"),  # a year and month run together: 202503
    re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?"),
    # A two-digit year, as Excel shows a short date: 24/12/6 is 2024-12-06 (year, month, day as 中文 dates run).
    re.compile(r"(\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)"),
)


_TEN_DAYS = {
    "上旬": 1,
    "月初": 1,
    "上中旬": 1,
    "中旬": 11,
    "月中": 11,
    "中下旬": 11,
    "下旬": 21,
    "月底": 21,
    "月末": 21,
}
_PART_OF_MONTH = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*(上旬|中旬|下旬|上中旬|中下旬|月初|月中|月底|月末)")
_QUARTER = re.compile(r"(\d{4})\s*年?\s*第?\s*([一二三四1-4])\s*季度?")
_NO_YEAR = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# "自2024年11月5日起", "从…开始", "于…": the date the words surround.
_SINCE = re.compile(r"^(自|从|于|始于)\s*")
# Chinese numerals as notices write them: 二〇二四年十一月十二日 (〇 also typed as ○ or 零), 三百台, 两千五百个.
_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_NUMERAL = f"[{_CN_DIGITS}十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]"
_CN_DATE_PART = re.compile(f"({_CN_NUMERAL}+)(?=\\s*[年月日号])")
_CN_QUANTITY = re.compile(
    f"^(?:共计|合计|共|计|约|大约|总计)?\\s*({_CN_NUMERAL}+)\\s*([^\\d\\s(（,，;；。{_CN_DIGITS}十百千万亿]{{0,4}})"
)


@functools.cache
def _cn2an() -> Callable[[str, str], Any]:
    """cn2an's reader of Chinese numerals, loaded on the first such cell: importing it takes about half a second
    and 7 MB, which a return without Chinese numerals (and the command line's start) never pays."""
    from cn2an import Cn2An

    return Cn2An().cn2an


def chinese_number(text: str) -> float:
    """A number written in Chinese numerals: 三百 -> 300, 两千五百 -> 2500, 二〇二四 -> 2024, 一万零五百 -> 10500;
    ValueError when it is none. Read by cn2an, a maintained library that knows what a reader written here would
    have to learn case by case (两, 〇/零 in any place, 万/亿 groups, 壹贰叁 forms); each distinct text is read
    once (the callers' caches), so its 40 µs a text is no cost."""
    try:
        return float(_cn2an()(text.replace("○", "〇"), "normal"))
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ValueError(text) from exc


_RANGE_REST = re.compile(r"(至|到|~|～|—|–|-|起|前|左右|\(|（|T?\d{1,2}:\d{2})")


def _year_near(month: int, near: tuple[int, int]) -> int:
    """The year that puts a month nearest the return's month ("12月28日" on a January return is last year)."""
    year, current = near
    return min((year - 1, year, year + 1), key=lambda y: abs((y * 12 + month) - (year * 12 + current)))


@cached_texts(maxsize=8192)
def _parse_date_text(text: str, near: tuple[int, int] | None = None) -> dt.date:
    normal = _SINCE.sub("", unicodedata.normalize("NFKC", text).strip())
    if not normal[:1].isdigit() and _CN_DATE_PART.search(normal.replace("○", "〇")):
        normal = _CN_DATE_PART.sub(lambda m: str(int(chinese_number(m.group(1)))), normal.replace("○", "〇"))
    # A part of a month or a quarter counts from its first day: 2024年7月中旬 is 7-11, 2024年第三季度 is 7-01.
    if part := _PART_OF_MONTH.fullmatch(normal):
        return dt.date(int(part[1]), int(part[2]), _TEN_DAYS[part[3]])
    if quarter := _QUARTER.fullmatch(normal):
        number = "一二三四".find(quarter[2]) + 1 or int(quarter[2])
        return dt.date(int(quarter[1]), 3 * number - 2, 1)
    # A range ("2023年10月23日至12月5日", "2023.10.23-2023.12.05") counts from its start.
    for pattern in _DATE_PATTERNS:
        match = pattern.match(normal)
        if match:
            parts = [int(g) for g in match.groups()]
            year, month = parts[0], parts[1]
            if len(match.group(1)) == 2:
                year += 2000 if year < 70 else 1900
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


_FULL_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?"
_SPAN = re.compile(f"({_FULL_DATE})\\s*(?:至|到|~|—|–|-{{1,2}})\\s*({_FULL_DATE})")


@cached_texts(maxsize=8192)
def date_span(text: str) -> tuple[dt.date, dt.date] | None:
    """Both ends of a validity written in one cell ("2025-03-04至2028-03-03", "2025/3/18-2028/3/17"), or None
    when the text is no such range."""
    match = _SPAN.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if match is None:
        return None
    try:
        return _parse_date_text(match.group(1)), _parse_date_text(match.group(2))
    except ValueError:
        return None


def parse_date(value: object, near: tuple[int, int] | None = None) -> dt.date:
    """A date from what clerks write; near (year, month) gives the year of dates written without one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1900 <= value < 2101:  # no day of 1905 in a return: a year typed as a number, 2025.2 for February 2025
            written = f"{value:.2f}".rstrip("0").split(".")[1] if value != int(value) else ""  # 2025.1 is January
            if written and 1 <= int(written) <= 12:
                return dt.date(int(value), int(written), 1)
            raise ValueError(value)
        if value == int(value) and (199001 <= value <= 209912 or 19900101 <= value <= 20991231):
            return _parse_date_text(str(int(value)), near)  # 202503, 20250306 typed as numbers
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


# "1.2万余", "200余", "3000多", "8600余辆": an estimate reads as its number; 余/多 is no unit.
_ESTIMATE = re.compile(r"^(余|多|来|左右)")


@cached_texts(maxsize=8192)
def _parse_quantity_text(text: str) -> tuple[float, str]:
    normal = unicodedata.normalize("NFKC", text).strip()
    match = _QUANTITY.match(normal)
    if match:
        number = float(match.group(1).replace(",", "").replace("，", ""))
        if match.group(2):
            number *= 10_000
        unit = _ESTIMATE.sub("", match.group(3).strip())
    else:
        # An exact count in Chinese numerals, as copied from a notice: 三百台, 一千二百件, 约三百台.
        match = _CN_QUANTITY.match(normal)
        if not match:
            raise ValueError(text)
        number, unit = chinese_number(match.group(1)), match.group(2).strip()
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


# Ticked and empty boxes (☑ ✔ / ☐ □) are answers too: forms print them for the clerk to tick.
_TRUE = {"是", "y", "yes", "true", "1", "√", "✓", "✔", "☑", "有", "已入驻", "入驻", "已"}
_FALSE = {"否", "n", "no", "false", "0", "×", "✗", "✘", "☐", "□", "无", "未入驻", "未", "没有"}

# A printed list of options the clerk ticks ("☑达到 □优于", "达到□ 优于☑"): the ticked one is the answer.
_TICKED, _UNTICKED = "☑☒■▣✔✓√●◉", "☐□○◯"
_BOXES = _TICKED + _UNTICKED
_BOX_BEFORE = re.compile(f"([{_BOXES}])\\s*([^{_BOXES}\\s]+)")
_BOX_AFTER = re.compile(f"([^{_BOXES}\\s]+)\\s*([{_BOXES}])")
# An answer of an online form's choice question: "A.主动召回", "B、责令召回".
# A drop-down's coded value: "01-主动召回", "2-已认证".
_OPTION_LETTER = re.compile(r"^(?:[A-Ha-h]|\d{1,2})\s*[-.、．:：)）]\s*(\D.*)$")


class Unanswered(ValueError):
    """A printed list of options with none ticked: the cell holds no answer."""


def ticked_option(text: str) -> str | None:
    """The option ticked in a printed list of options; None when the text is no such list. Unanswered when
    none is ticked, ValueError when more than one is."""
    normal = unicodedata.normalize("NFKC", text).strip()
    if sum(1 for ch in normal if ch in _BOXES) < 2:
        return None
    if normal[0] in _BOXES:
        pairs = [(box, word) for box, word in _BOX_BEFORE.findall(normal)]
    else:
        pairs = [(box, word) for word, box in _BOX_AFTER.findall(normal)]
    if len(pairs) < 2:
        return None
    ticked = [word for box, word in pairs if box in _TICKED]
    if not ticked:
        raise Unanswered(text)
    if len(ticked) > 1:
        raise ValueError(text)
    return ticked[0]


def option_answer(text: str) -> str | None:
    """What follows an option letter ("A.主动召回" -> "主动召回"), or None."""
    match = _OPTION_LETTER.match(unicodedata.normalize("NFKC", text).strip())
    return match.group(1).strip() if match else None


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = unicodedata.normalize("NFKC", cell_text(value)).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    # An answer with an aside after it: "否(正在申请)", "是(2024年入驻)".
    if (aside := _ASIDE_AFTER.fullmatch(text)) and aside.group(1) != text:
        return parse_bool(aside.group(1))
    raise ValueError(value)


_ASIDE_AFTER = re.compile(r"(.+?)\s*\([^()]*\)")


def choice_key(text: object) -> str:
    """Choice values compare without spaces, quotes or width differences."""
    raw = unicodedata.normalize("NFKC", cell_text(text))
    return re.sub(r"[\s\"'“”‘’「」]", "", raw)
