"""Header matching: which column of a sheet holds which registry field, and how sure the match is.

Exact and alias matches first (after normalising width, spaces, quotes, brackets, traditional characters
and the registry's header words), then containment and in-order character overlap (rapidfuzz LCSseq)
against the header and its aliases. A confident match maps silently, a weaker one is proposed, a tie is
left for the clerk. Imports only lib.programs and lib.ingest.normalise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import zhconv
from rapidfuzz.distance import LCSseq
from rapidfuzz.process import cdist

from lib.ingest.normalise import cached_texts, header_key
from lib.programs import Program, Registry

EXACT = 100
CONFIDENT = 85  # at or above: mapped without asking
PROPOSED = 70  # at or above: mapped, and shown for the clerk to confirm
QUALIFIED = 80  # a field's short name after a qualifying word ("主导产品"): proposed
MIN_NAME = 3  # names shorter than this match only exactly ("产品" must not claim "产品类别")
MAX_HEADER = 40  # longer cells are titles or notes, not headers

_QUOTES = re.compile(r"[\"'“”‘’「」『』《》〈〉]")
_BRACKETS = re.compile(r"[(\[【〔<][^)\]】〕>]*[)\]】〕>]")
_SPLIT = re.compile(r"[/／、|｜]|或")
_REQUIRED_MARKS = re.compile(r"[（(](必填|选填|必填项|选填项|可选|如有)[)）]")
# The English half of a bilingual header ("产品名称 Product Name", "序号 No."): Latin words, with the
# punctuation they carry, before or after the Chinese.
_LATIN_EDGE = re.compile(r"^[A-Za-z][A-Za-z.,'&/()\-]*|[A-Za-z][A-Za-z.,'&/()\-]*$")
HAN = re.compile(r"[\u4e00-\u9fff]")


def chinese_part(key: str) -> str:
    """A header key without the English of a bilingual header: "产品名称ProductName" -> "产品名称". Latin
    letters between Chinese ones stay, and a key without Chinese stays whole."""
    if key.isascii() or not HAN.search(key):
        return key
    bare = _LATIN_EDGE.sub("", key)
    return bare if bare and HAN.search(bare) else key


@cached_texts(maxsize=16384)
def normalise_header(text: str, words: tuple[tuple[str, str], ...] = ()) -> str:
    """Header text for comparing: width, spaces, quotes and required marks gone, simplified characters."""
    key = header_key(text)
    if not key:
        return ""
    key = zhconv.convert(key, "zh-cn").casefold()  # English headers in any case: "Company Name", "USCC"
    key = _QUOTES.sub("", _REQUIRED_MARKS.sub("", key))
    for written, meant in words:
        if written in key and meant not in key:
            key = key.replace(written, meant)
    return key


_QUESTION_NUMBER = re.compile(r"^\d{1,2}[.、．:：)）]")
_OWNER = re.compile(r"^(生产者|生产企业|生产单位|获证企业|申报企业|企业|单位|公司)")


def header_forms(text: str, words: tuple[tuple[str, str], ...] = ()) -> tuple[str, ...]:
    """The ways a header cell is compared: as written, without bracketed notes, and each part of a
    combined header ("统一社会信用代码/注册号")."""
    full = normalise_header(text, words)
    if not full or len(full) > MAX_HEADER * 2:
        return ()
    chinese = chinese_part(full)
    if len(chinese) > MAX_HEADER:
        return ()
    # An online form numbers its questions ("2. 生产者名称（必填）"): the number is no part of the name.
    chinese = _QUESTION_NUMBER.sub("", chinese) or chinese
    bare = _BRACKETS.sub("", chinese)
    forms = [full, chinese, bare] if len(full) <= MAX_HEADER else [chinese, bare]
    for part in _SPLIT.split(bare):
        if len(part) >= 2:
            forms.append(part)
    # Whose the field is, written first ("生产者所在地", "企业所在地区"): the field's name follows.
    owner = _OWNER.match(bare)
    if owner and len(bare) - owner.end() >= 2:
        forms.append(bare[owner.end() :])
    return tuple(f for f in dict.fromkeys(forms) if f)


# The sub-header of a group's column that holds the whole of what the group heading names.
_WHOLE = re.compile(r"合计|总计|共计|总数|总量|全称|全部")


@dataclass(frozen=True)
class FieldNames:
    """A program's fields and every normalised name each answers to."""

    fields: tuple[str, ...]
    names: tuple[str, ...]
    owners: tuple[int, ...]  # index into fields, one per name
    index: dict[str, int]  # name -> its position in names


@lru_cache(maxsize=64)
def field_names(program: Program, words: tuple[tuple[str, str], ...]) -> FieldNames:
    fields, names, owners, index = [], [], [], {}
    own = _program_names(program, words)
    later: list[tuple[str, int]] = []
    for owner, column in enumerate(program.columns):
        fields.append(column.key)
        for name in (column.header, *column.aliases):
            full = normalise_header(name, words)
            for form in (full, _BRACKETS.sub("", full)):
                if form and form not in index:
                    index[form] = len(names)
                    names.append(form)
                    owners.append(owner)
                # A name that opens with the program's own ("对标标准编号"): a sheet of several programs leaves it
                # off ("标准编号"). Added after every full name, so that no full name is taken by one.
                rests = [form[len(n) :] for n in own if form.startswith(n) and len(form) - len(n) >= MIN_NAME]
                later += [(rest, owner) for rest in rests[:1]]
    for form, owner in later:
        if form not in index:
            index[form] = len(names)
            names.append(form)
            owners.append(owner)
    return FieldNames(tuple(fields), tuple(names), tuple(owners), index)


def _similarity(cells: list[str], names: FieldNames) -> np.ndarray:
    """Score (0-100) of every cell form against every field name: in-order overlap weighted to cover
    the field's name, with a bonus when one contains the other."""
    lcs = cdist(cells, list(names.names), scorer=LCSseq.similarity, workers=1, dtype=np.int32)
    cell_len = np.array([len(c) for c in cells], dtype=np.float64)[:, None]
    name_len = np.array([len(n) for n in names.names], dtype=np.float64)[None, :]
    coverage = lcs / name_len
    precision = lcs / np.maximum(cell_len, 1)
    contained = (lcs == name_len) & (name_len >= MIN_NAME)
    score = 60 * coverage + 30 * precision + 10 * contained
    score[(coverage < 0.75) | (name_len < MIN_NAME)] = 0
    score = np.minimum(score, EXACT - 1)  # only the very name scores 100
    short = [j for j, name in enumerate(names.names) if len(name) < MIN_NAME]
    for i, cell in enumerate(cells):
        j = names.index.get(cell)
        if j is not None:
            score[i, j] = EXACT
        elif len(cell) <= MIN_NAME + 1:
            # A short name after a word that qualifies it ("主导产品", "申报产品"): proposed, for the clerk to confirm.
            for k in short:
                if cell.endswith(names.names[k]) and score[i, k] < QUALIFIED:
                    score[i, k] = QUALIFIED
    return score


@dataclass(frozen=True)
class Match:
    field: str
    column: int
    header: str  # the header cell as written (two-row headers joined)
    score: int
    source: str = "auto"  # auto | remembered | chosen

    @property
    def proposed(self) -> bool:
        return self.source == "auto" and self.score < CONFIDENT


@dataclass
class HeaderMatch:
    """Where a program's fields are in one header: matched, tied between columns, and every header cell."""

    program: Program
    matches: dict[str, Match]
    ambiguous: dict[str, tuple[int, ...]] = field(default_factory=dict)
    cells: dict[int, str] = field(default_factory=dict)  # column -> header text as written

    @property
    def confident(self) -> int:
        return sum(1 for m in self.matches.values() if m.score >= CONFIDENT)

    @property
    def total(self) -> float:
        return float(sum(m.score for m in self.matches.values()))

    @property
    def columns(self) -> dict[int, str]:
        return {m.column: m.field for m in self.matches.values()}


@lru_cache(maxsize=64)
def _program_names(program: Program, words: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The program's own names as headers are compared (品字标, 对标达标 …), longest first."""
    names = {normalise_header(n, words) for n in (program.sheet, program.title, *program.sheet_aliases)}
    return tuple(sorted((n for n in names if len(n) >= 2), key=len, reverse=True))


def _tie_broken(
    tied: tuple[int, ...],
    owner: int,
    cells: dict[int, list[str]],
    shown: dict[int, str],
    names: FieldNames,
    words: tuple[tuple[str, str], ...],
) -> int | None:
    """Of columns under one heading, tied for a field, the one the header means, or None. In turn: the whole
    (企业名称 over 全称 | 简称, 涉及数量 over 合计 | 其中：库存); the one whose heading and sub-header together are
    the field's name (自我声明 over 日期 | 编号: 自我声明日期); all but those whose own sub-header is another
    field's name (入驻平台 over 是否 | 日期: 日期 is a date)."""

    def named(text: str) -> int | None:  # the field a header text is exactly a name of
        at = names.index.get(normalise_header(text, words))
        return None if at is None else names.owners[at]

    whole = [c for c in tied if _WHOLE.fullmatch(normalise_header(shown.get(c, ""), words))]
    if len(whole) == 1:
        return whole[0]
    joined = [c for c in tied if named(max(cells.get(c, [""]), key=len)) == owner]
    if len(joined) == 1:
        return joined[0]
    others = [c for c in tied if named(shown.get(c, "")) in (None, owner)]
    return others[0] if len(others) == 1 else None


def match_header(
    program: Program, cells: dict[int, list[str]], shown: dict[int, str], registry: Registry
) -> HeaderMatch:
    """Assign fields to columns. cells: column -> candidate texts (a two-row header gives several);
    shown: column -> the header as written. Highest scores first, each field and column used once;
    two columns with the same best score for a field are a tie left to the clerk."""
    names = field_names(program, registry.header_words)
    forms: list[str] = []
    form_column: list[int] = []
    own = _program_names(program, registry.header_words)
    for column, texts in cells.items():
        for text in texts:
            for form in header_forms(text, registry.header_words):
                forms.append(form)
                form_column.append(column)
                # A field's name after the program's own ("品字标状态" in a sheet of two programs): the field.
                named = next((form[len(n) :] for n in own if form.startswith(n) and len(form) - len(n) >= 2), None)
                if named is not None:
                    forms.append(named)
                    form_column.append(column)
    result = HeaderMatch(program, {}, {}, dict(shown))
    if not forms:
        return result
    scores = _similarity(forms, names)
    best: dict[tuple[int, int], float] = {}
    owners = np.array(names.owners)
    for row, column in enumerate(form_column):
        for field_index in np.nonzero(scores[row] >= PROPOSED)[0]:
            owner = int(owners[field_index])
            key = (column, owner)
            value = float(scores[row, field_index])
            if value > best.get(key, 0):
                best[key] = value
    ranked = sorted(best.items(), key=lambda item: (-item[1], item[0][0]))
    used_columns: set[int] = set()
    done: set[int] = set()
    for (column, owner), value in ranked:
        if owner in done or column in used_columns:
            continue
        rivals = [c for (c, o), v in ranked if o == owner and v == value and c != column and c not in used_columns]
        field_key = names.fields[owner]
        if rivals:
            chosen = _tie_broken((column, *rivals), owner, cells, shown, names, registry.header_words)
            if chosen is not None:
                result.matches[field_key] = Match(field_key, chosen, shown.get(chosen, ""), round(value))
                used_columns.add(chosen)
                done.add(owner)
                continue
            result.ambiguous[field_key] = (column, *rivals)
            done.add(owner)
            continue
        result.matches[field_key] = Match(field_key, column, shown.get(column, ""), round(value))
        used_columns.add(column)
        done.add(owner)
    return result
