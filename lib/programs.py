"""Program registry: loads data/programs.toml into frozen dataclasses and checks it on load, and lays the
versions published in the app (table program_versions) over it: the registry in force, and the one a past
month was under.

Owns the vocabulary of programs, columns and metrics; imports lib.config and lib.column_types (and, when it
reads the database's versions, lib.db and lib.models inside the functions that do).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from lib.column_types import TYPES, column_type
from lib.config import DATA_DIR, ROOT, get_settings

REGISTRY_PATH = DATA_DIR / "programs.toml"

COLUMN_TYPES = frozenset(TYPES)  # lib/column_types.py: one class per type
# A number column's plausible range when it declares none: a warning above the first, an error above the
# second (a county's monthly return never holds a billion of anything; a typo or a pasted code does).
DEFAULT_PLAUSIBLE = (1_000_000, 1_000_000_000)
AGGREGATIONS = frozenset({"count", "count_distinct", "sum", "ratio"})
RATIO_UNIT = "%"  # a ratio is shown as a percentage: 100 × numerator / denominator
REQUIRED_COLUMNS = ("enterprise_name", "uscc", "unit")
# A program's key is stored (32 characters) and is its page's address: the app's own pages keep theirs.
_KEY = re.compile(r"[a-z][a-z0-9_]{1,31}")
RESERVED_KEYS = frozenset(p.stem for p in (ROOT / "pages").glob("*.py")) | {"program", "static", "healthz", "app"}


class RegistryError(ValueError):
    """The registry file is broken; the message names the program and field in Chinese."""


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    aliases: tuple[str, ...]
    type: str
    required: bool
    help: str
    choices: tuple[tuple[str, tuple[str, ...]], ...] = ()
    required_when: tuple[str, str] | None = None
    after: str | None = None
    # A yes/no answer in this choice column means (value for yes, value for no): "是否获证".
    yes_no: tuple[str, str] | None = None
    # (column, value when it is filled, value when it is not): a certificate number means certified.
    implied_by: tuple[str, str, str] | None = None
    # For a number: (above this a warning, above this an error): a figure no return plausibly holds.
    plausible: tuple[float, float] | None = None

    @property
    def allowed_values(self) -> tuple[str, ...]:
        return tuple(value for value, _ in self.choices)


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    agg: str
    unit: str
    help: str
    target: bool
    column: str | None = None
    where: tuple[str, str] | None = None
    # A ratio (agg "ratio"): the keys of two count or sum metrics of the program, each summed over the units
    # and months in view before the one is divided by the other (抽查合格率 = 合格批次 / 抽查批次).
    numerator: str | None = None
    denominator: str | None = None

    @property
    def is_ratio(self) -> bool:
        return self.agg == "ratio"

    @property
    def month_word(self) -> str:
        """What a month's figure is called: what it adds (本月新增), or a ratio's own month (本月)."""
        return "本月" if self.is_ratio else "本月新增"

    @property
    def trend_word(self) -> str:
        """What a chart of its months is called: 逐月新增, or a ratio's 逐月."""
        return "逐月" if self.is_ratio else "逐月新增"


@dataclass(frozen=True)
class Program:
    key: str
    title: str
    full_title: str
    sheet: str
    sheet_aliases: tuple[str, ...]
    description: str
    weight: float
    identity: tuple[str, ...]
    status_column: str | None
    quantity_column: str | None
    date_columns: tuple[str, ...]
    primary_metric: str
    columns: tuple[Column, ...]
    metrics: tuple[Metric, ...]
    # Whether the 通报 has a paragraph (and pictures) of it; it counts on the leaderboard either way.
    briefing: bool = True
    # (year, month) a program published in the app applies from; None: a shipped program, always in force.
    since: tuple[int, int] | None = None
    # (year, month) from which a later version of it applies (口径调整), oldest first.
    changes: tuple[tuple[int, int], ...] = ()
    # An archived program: the first month it no longer runs (the months before keep it).
    until: tuple[int, int] | None = None
    # The versions before this one, each with the month it applied from (the first: (0, 0) or its first month),
    # oldest first: a month before the newest change is counted by the version in force then.
    earlier: tuple[tuple[tuple[int, int], Program], ...] = ()

    def started(self, year: int, month: int) -> bool:
        """Whether the program runs in that month (months before its first version are not its months)."""
        return self.since is None or (year, month) >= self.since

    def version_at(self, year: int, month: int) -> Program:
        """The version that counts that month (its 口径): this one, or the earlier one in force then."""
        if not self.earlier or (year, month) >= self.changes[-1]:
            return self
        then = [version for start, version in self.earlier if start <= (year, month)]
        return then[-1] if then else self.earlier[0][1]

    def change_note(self, first_year: int, last_year: int) -> str:
        """What a chart or table spanning these years says of the versions applied within them."""
        months = [f"{y}年{m}月" for y, m in self.changes if first_year <= y <= last_year]
        return f"口径调整：自{'、'.join(months)}起按新版本的定义（名称、权重等）统计和排名。" if months else ""

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(f"{self.key}.{key}")

    def metric(self, key: str) -> Metric:
        for met in self.metrics:
            if met.key == key:
                return met
        raise KeyError(f"{self.key}.{key}")

    @property
    def primary(self) -> Metric:
        return self.metric(self.primary_metric)


@dataclass(frozen=True)
class Registry:
    programs: tuple[Program, ...]
    completion_cap: float = 1.2
    # What clerks write for "nothing here" ("/", "待统计"): empty in optional cells, an error in required ones.
    placeholders: tuple[str, ...] = ()
    # Header words written for one another ("时间" for "日期"), applied before headers are compared.
    header_words: tuple[tuple[str, str], ...] = ()
    # Programs archived from a month (Program.until): not in force, but the months before still count them.
    ended: tuple[Program, ...] = ()

    @property
    def counted(self) -> tuple[Program, ...]:
        """The programs whose figures are kept: those in force and those archived from a month."""
        return self.programs + self.ended

    def __iter__(self):
        return iter(self.programs)

    def __len__(self) -> int:
        return len(self.programs)

    def get(self, key: str) -> Program:
        for prog in self.programs:
            if prog.key == key:
                return prog
        known = "、".join(p.key for p in self.programs)
        raise KeyError(f"未知的工作项目“{key}”，可选：{known}")

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(p.key for p in self.programs)

    def in_month(self, year: int, month: int) -> Registry:
        """The programs that run in that month (a returned month before a program's first version has none of it)."""
        running = tuple(p for p in self.programs if p.started(year, month))
        return self if len(running) in (0, len(self.programs)) else replace(self, programs=running)

    def not_started(self, year: int, month: int) -> str:
        """Which programs start later, as a message says it: 质量强链（自2024年10月起）."""
        later = [p for p in self.programs if not p.started(year, month)]
        return "、".join(f"{p.title}（自{p.since[0]}年{p.since[1]}月起）" for p in later if p.since)


def _need(raw: dict, name: str, where: str):
    if name not in raw or raw[name] in ("", None):
        raise RegistryError(f"工作项目登记表有误：{where} 缺少“{name}”")
    return raw[name]


def _pair(raw: dict | None, where: str, name: str) -> tuple[str, str] | None:
    if not raw:
        return None
    if len(raw) != 1:
        raise RegistryError(f"工作项目登记表有误：{where} 的“{name}”只能有一个条件")
    ((key, value),) = raw.items()
    return str(key), str(value)


def _expand(variants, vocabulary: dict[str, tuple[str, ...]], where: str) -> tuple[str, ...]:
    """Choice variants with "@name" replaced by the shared vocabulary list of that name."""
    out: list[str] = []
    for variant in variants:
        variant = str(variant)
        if variant.startswith("@"):
            if variant[1:] not in vocabulary:
                raise RegistryError(f"工作项目登记表有误：{where} 引用了未声明的词表“{variant[1:]}”（[vocabulary]）")
            out.extend(vocabulary[variant[1:]])
        else:
            out.append(variant)
    return tuple(dict.fromkeys(out))


def _with_shared(shared: list[dict], own: list[dict]) -> list[dict]:
    """A program's columns: the shared columns first (in their order), each merged with the program's
    column of the same key if it declares one (its fields win, its aliases are added, and a header of its
    own makes the shared header an alias), then the program's other columns."""
    mine = {c.get("key"): c for c in own}
    merged = []
    for base in shared:
        column = dict(base)
        override = mine.get(base["key"])
        if override:
            column.update({k: v for k, v in override.items() if k != "aliases"})
            extra = [base["header"]] if column["header"] != base["header"] else []
            column["aliases"] = [*override.get("aliases", ()), *base.get("aliases", ()), *extra]
        merged.append(column)
    keys = {c["key"] for c in shared}
    return merged + [c for c in own if c.get("key") not in keys]


def _parse_column(raw: dict, where: str, vocabulary: dict[str, tuple[str, ...]]) -> Column:
    key = _need(raw, "key", where)
    where = f"{where} 字段“{key}”"
    col_type = _need(raw, "type", where)
    if col_type not in COLUMN_TYPES:
        raise RegistryError(f"工作项目登记表有误：{where} 的类型“{col_type}”无效，可选 {sorted(COLUMN_TYPES)}")
    choices_raw = raw.get("choices") or {}
    if col_type == "choice" and not choices_raw:
        raise RegistryError(f"工作项目登记表有误：{where} 为选择类型，但没有列出可选值（choices）")
    choices = tuple((str(v), _expand(variants, vocabulary, where)) for v, variants in choices_raw.items())
    yes_no = raw.get("yes_no")
    if yes_no is not None and (col_type != "choice" or len(yes_no) != 2):
        raise RegistryError(f"工作项目登记表有误：{where} 的 yes_no 只用于选择类型，写成 [是时的取值, 否时的取值]")
    plausible = raw.get("plausible", DEFAULT_PLAUSIBLE if column_type(col_type).numeric else None)
    if plausible is not None and not (
        column_type(col_type).numeric
        and len(plausible) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in plausible)
        and 0 < plausible[0] < plausible[1]
    ):
        raise RegistryError(
            f"工作项目登记表有误：{where} 的 plausible 只用于数量类型，写成 [超过即提醒的数, 超过即视为错误的数]，"
            "且前者小于后者"
        )
    implied = raw.get("implied_by")
    if implied is not None and set(implied) != {"column", "present", "absent"}:
        raise RegistryError(f"工作项目登记表有误：{where} 的 implied_by 应写成 {{ column, present, absent }}")
    return Column(
        key=key,
        header=_need(raw, "header", where),
        aliases=tuple(dict.fromkeys(a for a in raw.get("aliases", ()) if a != raw["header"])),
        type=col_type,
        required=bool(raw.get("required", False)),
        help=_need(raw, "help", where),
        choices=choices,
        required_when=_pair(raw.get("required_when"), where, "required_when"),
        after=raw.get("after"),
        yes_no=(str(yes_no[0]), str(yes_no[1])) if yes_no else None,
        implied_by=(str(implied["column"]), str(implied["present"]), str(implied["absent"])) if implied else None,
        plausible=(float(plausible[0]), float(plausible[1])) if plausible else None,
    )


def _parse_metric(raw: dict, where: str) -> Metric:
    key = _need(raw, "key", where)
    where = f"{where} 指标“{key}”"
    agg = _need(raw, "agg", where)
    if agg not in AGGREGATIONS:
        raise RegistryError(f"工作项目登记表有误：{where} 的汇总方式“{agg}”无效，可选 {sorted(AGGREGATIONS)}")
    return Metric(
        key=key,
        label=_need(raw, "label", where),
        agg=agg,
        unit=_need(raw, "unit", where),
        help=_need(raw, "help", where),
        target=bool(raw.get("target", False)),
        column=raw.get("column"),
        where=_pair(raw.get("where"), where, "where"),
        numerator=raw.get("numerator"),
        denominator=raw.get("denominator"),
    )


def _check_program(prog: Program) -> None:
    where = f"工作项目“{prog.key}”"

    def fail(msg: str) -> None:
        raise RegistryError(f"工作项目登记表有误：{where} {msg}")

    if not _KEY.fullmatch(prog.key) or prog.key in RESERVED_KEYS:
        taken = "已是看板的页面地址" if prog.key in RESERVED_KEYS else "格式不对"
        fail(f"的 key {taken}：请用 2—32 个小写英文字母、数字或下划线，以字母开头，不与页面地址重复，如 quality_chain")
    keys = [c.key for c in prog.columns]
    if len(set(keys)) != len(keys):
        fail("有重复的字段 key")
    for required in REQUIRED_COLUMNS:
        if required not in keys:
            fail(f"缺少必备字段“{required}”")
    if prog.column("uscc").type != "uscc" or prog.column("unit").type != "unit":
        fail("字段“uscc”“unit”的类型必须分别为 uscc、unit")
    headers: dict[str, str] = {}
    for col in prog.columns:
        for name in (col.header, *col.aliases):
            if name in headers and headers[name] != col.key:
                fail(f"表头“{name}”同时属于字段“{headers[name]}”和“{col.key}”")
            headers[name] = col.key
        if col.required_when and col.required_when[0] not in keys:
            fail(f"字段“{col.key}”的 required_when 引用了不存在的字段“{col.required_when[0]}”")
        if col.required_when and col.required_when[1] not in prog.column(col.required_when[0]).allowed_values:
            fail(f"字段“{col.key}”的 required_when 取值“{col.required_when[1]}”不在可选值中")
        for value in (col.yes_no or ()) + (col.implied_by[1:] if col.implied_by else ()):
            if value not in col.allowed_values:
                fail(f"字段“{col.key}”的 yes_no / implied_by 取值“{value}”不在可选值中")
        if col.implied_by and col.implied_by[0] not in keys:
            fail(f"字段“{col.key}”的 implied_by 引用了不存在的字段“{col.implied_by[0]}”")
        if col.after and (col.after not in keys or prog.column(col.after).type != "date" or col.type != "date"):
            fail(f"字段“{col.key}”的 after 必须指向另一个日期字段")
    needed = {"enterprise_name", "unit", *prog.identity, *(m.column for m in prog.metrics if m.column)}
    needed |= {m.where[0] for m in prog.metrics if m.where}
    for col in prog.columns:
        if col.required and col.key not in needed:
            fail(f"字段“{col.key}”不是记录标识或指标所需，不能设为必填（required）；可选字段缺列时只给提醒")
    for name in prog.identity:
        if name not in keys:
            fail(f"记录标识（identity）引用了不存在的字段“{name}”")
    if not prog.identity:
        fail("缺少记录标识（identity）")
    if prog.status_column is not None and (
        prog.status_column not in keys or prog.column(prog.status_column).type not in ("choice", "text")
    ):
        fail(f"status_column“{prog.status_column}”必须是已声明的选择或文本字段")
    if prog.quantity_column is not None and (
        prog.quantity_column not in keys or not column_type(prog.column(prog.quantity_column).type).numeric
    ):
        fail(f"quantity_column“{prog.quantity_column}”必须是已声明的数量字段")
    if not prog.date_columns:
        fail("缺少日期字段（date_columns）")
    for name in prog.date_columns:
        if name not in keys or prog.column(name).type != "date":
            fail(f"date_columns 中的“{name}”必须是已声明的日期字段")
    metric_keys = [m.key for m in prog.metrics]
    if not metric_keys:
        fail("没有声明任何指标（metrics）")
    if len(set(metric_keys)) != len(metric_keys):
        fail("有重复的指标 key")
    if prog.primary_metric not in metric_keys:
        fail(f"主指标 primary_metric“{prog.primary_metric}”未在指标中声明")
    for met in prog.metrics:
        if met.agg == "count_distinct" and met.column != "uscc":
            fail(f"指标“{met.key}”按企业去重计数，column 必须为“uscc”")
        if met.agg == "sum" and (met.column not in keys or not column_type(prog.column(met.column).type).numeric):
            fail(f"指标“{met.key}”求和的字段“{met.column or ''}”必须是已声明的数量字段（column）")
        if met.agg in ("count", "ratio") and met.column is not None:
            fail(f"指标“{met.key}”为{'计数' if met.agg == 'count' else '比率'}，不应填写 column")
        if met.agg != "ratio" and (met.numerator or met.denominator):
            fail(f'指标“{met.key}”不是比率（agg = "ratio"），不应填写 numerator / denominator')
        if met.agg == "ratio":
            _check_ratio(prog, met, fail)
        if met.where is not None:
            if met.where[0] != prog.status_column:
                fail(f"指标“{met.key}”的筛选条件只能使用 status_column“{prog.status_column}”")
            allowed = prog.column(prog.status_column).allowed_values
            if allowed and met.where[1] not in allowed:
                fail(f"指标“{met.key}”的筛选值“{met.where[1]}”不在可选值 {list(allowed)} 中")
    if not prog.primary.target:
        fail(f"主指标“{prog.primary_metric}”必须设置年度目标（target = true）")
    if not prog.weight > 0:
        fail(f"排行权重 weight={prog.weight:g} 必须大于 0")
    if not isinstance(prog.briefing, bool):
        fail("briefing（是否写入通报）只能是 true 或 false")


def _check_ratio(prog: Program, met: Metric, fail) -> None:
    """A ratio divides two of the program's count or sum metrics, and is shown as a percentage."""
    for part, name in ((met.numerator, "分子 numerator"), (met.denominator, "分母 denominator")):
        if not part:
            fail(f"比率指标“{met.key}”缺少{name}：填写本项目一个计数或求和指标的 key")
        other = next((m for m in prog.metrics if m.key == part), None)
        if other is None:
            fail(f"比率指标“{met.key}”的{name}“{part}”不是本项目已声明的指标")
        if other.agg not in ("count", "sum"):
            fail(f"比率指标“{met.key}”的{name}“{part}”须为计数（count）或求和（sum）指标，不能是去重计数或比率")
    if met.numerator == met.denominator:
        fail(f"比率指标“{met.key}”的分子与分母不能是同一个指标")
    if met.where is not None:
        fail(f"比率指标“{met.key}”不能有筛选条件（where）：把条件写在分子或分母指标上")
    if met.unit != RATIO_UNIT:
        fail(f"比率指标“{met.key}”的单位（unit）须为“{RATIO_UNIT}”（按百分比显示）")


def _toml(text: str, what: str = "工作项目登记表") -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{what}不是有效的 TOML：{exc}") from exc


def parse_registry(text: str) -> Registry:
    """Parse and check registry TOML text; raises RegistryError naming the program and field."""
    return _parse_raw(_toml(text))


def _parse_raw(raw: dict) -> Registry:
    vocabulary = {str(k): tuple(str(v) for v in vs) for k, vs in raw.get("vocabulary", {}).items()}
    shared = list(raw.get("shared_column", []))
    for index, column in enumerate(shared, start=1):
        _need(column, "key", f"第{index}个共用字段（shared_column）")
        _need(column, "header", f"共用字段“{column['key']}”")
    programs: list[Program] = []
    for index, praw in enumerate(raw.get("program", []), start=1):
        key = _need(praw, "key", f"第{index}个工作项目")
        where = f"工作项目“{key}”"
        columns = tuple(_parse_column(c, where, vocabulary) for c in _with_shared(shared, praw.get("columns", [])))
        metrics = tuple(_parse_metric(m, where) for m in praw.get("metrics", []))
        prog = Program(
            key=key,
            title=_need(praw, "title", where),
            full_title=praw.get("full_title", praw["title"]),
            sheet=_need(praw, "sheet", where),
            sheet_aliases=tuple(praw.get("sheet_aliases", ())),
            description=_need(praw, "description", where),
            weight=float(_need(praw, "weight", where)),
            identity=tuple(praw.get("identity", ())),
            status_column=praw.get("status_column"),
            quantity_column=praw.get("quantity_column"),
            date_columns=tuple(praw.get("date_columns", ())),
            primary_metric=_need(praw, "primary_metric", where),
            columns=columns,
            metrics=metrics,
            briefing=praw.get("briefing", True),
        )
        _check_program(prog)
        programs.append(prog)
    if not programs:
        raise RegistryError("工作项目登记表中没有任何工作项目")
    keys = [p.key for p in programs]
    if len(set(keys)) != len(keys):
        raise RegistryError("工作项目登记表有误：工作项目 key 重复")
    # Weights are relative: each program's share is its weight over the sum (the leaderboard shows the shares).
    total = sum(p.weight for p in programs)
    programs = [replace(p, weight=p.weight / total) for p in programs]
    cap = float(raw.get("leaderboard", {}).get("completion_cap", 1.2))
    if cap < 1:
        raise RegistryError(f"工作项目登记表有误：[leaderboard] completion_cap={cap:g} 不能小于 1")
    reading = raw.get("reading", {})
    return Registry(
        tuple(programs),
        completion_cap=cap,
        placeholders=tuple(str(p) for p in reading.get("placeholders", ())),
        header_words=tuple((str(k), str(v)) for k, v in reading.get("header_words", {}).items()),
    )


def load_registry(path: Path | str = REGISTRY_PATH) -> Registry:
    return parse_registry(Path(path).read_text(encoding="utf-8"))


# ── Program blocks: the registry file is its settings followed by one [[program]] block per program ──
_BLOCK_START = "[[program]]"


def split_blocks(text: str) -> tuple[str, list[str]]:
    """(the settings before the first program, each [[program]] block as written): a block runs from its
    [[program]] line to the next one, its comments and sub-tables with it."""
    head: list[str] = []
    blocks: list[list[str]] = []
    for line in text.splitlines(keepends=True):
        if line.strip() == _BLOCK_START:
            blocks.append([])
        (blocks[-1] if blocks else head).append(line)
    return "".join(head), ["".join(block).rstrip() + "\n" for block in blocks]


def block_key(block: str) -> str:
    """The key of one [[program]] block; RegistryError when the text is not exactly one program."""
    raw = _toml(block, "工作项目定义")
    programs = raw.get("program")
    if set(raw) != {"program"} or not isinstance(programs, list) or len(programs) != 1:
        raise RegistryError("工作项目定义应当恰好是一个 [[program]] 块（其后不能再有其他设置）")
    key = programs[0].get("key")
    if not isinstance(key, str) or not key.strip():
        raise RegistryError("工作项目定义缺少 key（工作项目的英文标识）")
    return key


@dataclass(frozen=True)
class Definitions:
    """The shipped file's settings and its programs' blocks, with the database's published blocks over
    them (by key), programs only in the database after them, archived keys left out."""

    head: str
    blocks: tuple[tuple[str, str], ...]  # (key, block) in registry order
    since: tuple[tuple[str, tuple[int, int]], ...] = ()  # programs not shipped: the month of their first version
    # Programs with versions: each version's (first month, block), oldest first, the one in force last; a shipped
    # program's file block is its first, from (0, 0). A month before a version is read by the one before it.
    versions: tuple[tuple[str, tuple[tuple[tuple[int, int], str], ...]], ...] = ()
    # Programs archived from a month: (key, the first month it no longer runs, its last block).
    ended: tuple[tuple[str, tuple[int, int], str], ...] = ()

    def text(self) -> str:
        return self.head.rstrip() + "\n\n" + "\n".join(block for _, block in self.blocks)

    def registry(self) -> Registry:
        registry = parse_registry(self.text())
        since = dict(self.since)
        changes = {key: tuple(start for start, _ in history[1:]) for key, history in self.versions}
        earlier = {key: self._earlier(key, history) for key, history in self.versions}
        ended: tuple[Program, ...] = ()
        if self.ended:  # read beside the programs in force (shared columns, vocabulary), kept apart
            whole = parse_registry(self.text() + "\n" + "\n".join(block for _, _, block in self.ended))
            ended = tuple(
                replace(
                    whole.get(key),
                    since=since.get(key),
                    until=end,
                    changes=changes.get(key, ()),
                    earlier=earlier.get(key, ()),
                )
                for key, end, _ in self.ended
            )
        if not since and not changes and not ended:
            return registry
        programs = (
            replace(p, since=since.get(p.key), changes=changes.get(p.key, ()), earlier=earlier.get(p.key, ()))
            for p in registry
        )
        return replace(registry, programs=tuple(programs), ended=ended)

    def _earlier(self, key: str, history) -> tuple[tuple[tuple[int, int], Program], ...]:
        """A program's versions before the one in force, each read beside the other programs in force."""
        first = dict(self.since).get(key)
        out = []
        for n, (start, block) in enumerate(history[:-1]):
            version = parse_registry(self.with_block(key, block).text()).get(key)
            out.append(((first or start) if n == 0 else start, replace(version, since=first)))
        return tuple(out)

    def with_block(self, key: str, block: str | None) -> Definitions:
        """These definitions with one program's block replaced, added (at the end) or left out (None)."""
        blocks = [(k, b) for k, b in self.blocks if k != key or block is not None]
        if block is not None:
            keys = [k for k, _ in blocks]
            if key in keys:
                blocks[keys.index(key)] = (key, block)
            else:
                blocks.append((key, block))
        return replace(self, blocks=tuple(blocks))

    def block(self, key: str) -> str | None:
        return dict(self.blocks).get(key)

    def with_version(self, key: str, start: tuple[int, int], block: str) -> Definitions:
        """These definitions with a version of the key in force from the month start (months before it keep theirs)."""
        history = dict(self.versions)
        current = () if self.block(key) is None else ((0, 0), self.block(key))
        before = history.get(key) or ((current,) if current else ())
        history[key] = (*before, (start, block))
        return replace(self.with_block(key, block), versions=tuple(history.items()))

    def at(self, year: int, month: int) -> Definitions:
        """The definitions a month was under: each program's version in force then (a program's first version
        for the months before it began), and the programs archived from a later month."""
        out = self
        for key, end, block in self.ended:
            if (year, month) < end:
                out = replace(out.with_block(key, block), ended=tuple(e for e in out.ended if e[0] != key))
        for key, history in self.versions:
            if out.block(key) is None:
                continue
            then = [block for start, block in history if start <= (year, month)]
            block = then[-1] if then else history[0][1]
            if block != out.block(key):
                out = out.with_block(key, block)
        return out


@cache
def shipped_definitions(path: Path) -> Definitions:
    head, blocks = split_blocks(Path(path).read_text(encoding="utf-8"))
    return Definitions(head, tuple((block_key(block), block) for block in blocks))


# ── The registry in force: the shipped file with the database's published versions over it ──
# Per (database, registry file): (the database's registry stamp, the registry). Every app run reads the stamp
# (refresh_registry), so a version published by any process is used at the next run; get_registry costs nothing.
_IN_FORCE: dict[tuple[str, Path], tuple[int | None, Registry, Definitions | None]] = {}
_AT: dict[tuple, Registry] = {}  # registries of past months under earlier versions, per stamp and month
REGISTRY_STAMP = "registry_version"  # app_state: moves with every published or archived program version


def get_registry() -> Registry:
    """The registry in force for the configured database and file (QB_PROGRAMS, default data/programs.toml)."""
    settings = get_settings()
    held = _IN_FORCE.get((settings.database_url, settings.programs_path))
    return held[1] if held is not None else refresh_registry()


def registry_at(year: int, month: int) -> Registry:
    """The registry a month was under (口径): the version of each program in force that month. The registry in
    force when no program has a version from a later month."""
    registry = get_registry()
    settings = get_settings()
    where = (settings.database_url, settings.programs_path)
    stamp, _, definitions = _IN_FORCE.get(where, (None, registry, None))
    if definitions is None or not (definitions.versions or definitions.ended):
        return registry
    key = (*where, stamp, year, month)
    if key not in _AT:
        then = definitions.at(year, month)
        _AT[key] = registry if then.blocks == definitions.blocks else then.registry()
    return _AT[key]


_UNREAD = object()


def refresh_registry(session=None, stamp=_UNREAD) -> Registry:
    """Read the database's registry stamp (one row; in this session when given, or the stamp just read with
    the data version) and load the published versions when another process moved it. A database not yet
    migrated has the shipped registry."""
    from lib.db import session_scope

    settings = get_settings()
    where = (settings.database_url, settings.programs_path)
    if stamp is _UNREAD:
        stamp = _read_stamp(session, settings.database_url)
    held = _IN_FORCE.get(where)
    if held is not None and held[0] == stamp:
        return held[1]
    definitions = None
    if stamp is None:
        registry = _cached_registry(settings.programs_path)
    elif session is not None:
        definitions = definitions_in_force(session)
    else:
        with session_scope() as fresh:
            definitions = definitions_in_force(fresh)
    if definitions is not None:
        registry = definitions.registry()
    _IN_FORCE[where] = (stamp, registry, definitions)
    return registry


def _read_stamp(session, url: str) -> int | None:
    """The registry stamp; None when the database has none, no tables yet or does not exist (never created here)."""
    from sqlalchemy import exc, select

    from lib.db import session_scope
    from lib.models import AppState

    query = select(AppState.value).where(AppState.key == REGISTRY_STAMP)
    if session is not None:
        return session.scalar(query)
    sqlite_file = url.removeprefix("sqlite:///")
    if sqlite_file != url and not Path(sqlite_file).exists():
        return None
    try:
        with session_scope() as fresh:
            return fresh.scalar(query)
    except (exc.OperationalError, exc.ProgrammingError):
        return None


def forget_registry() -> None:
    """After this process published or restored programs: the next get_registry reads the database."""
    _IN_FORCE.clear()
    _AT.clear()


def definitions_in_force(session) -> Definitions:
    """The shipped definitions with each key's newest published (or archived) version over them."""
    from sqlalchemy import select

    from lib.models import ProgramVersion
    from lib.vocabulary import ARCHIVED, DRAFT, PUBLISHED, SUPERSEDED

    v = ProgramVersion
    rows = session.execute(
        select(v.key, v.status, v.block, v.effective_year, v.effective_month).where(v.status != DRAFT).order_by(v.id)
    ).all()
    shipped = shipped_definitions(get_settings().programs_path)
    definitions = shipped
    for key, status, block, _, _ in rows:  # in order of writing: the newest published (or archived) of a key wins
        if status in (PUBLISHED, ARCHIVED):
            definitions = definitions.with_block(key, block if status == PUBLISHED else None)
    # A program archived from a month (and not published since) still counts in the months before it.
    archived = session.execute(
        select(v.key, v.ended_year, v.ended_month, v.block).where(v.status == ARCHIVED).order_by(v.id)
    ).all()
    last = {key: (key, year, month, block) for key, year, month, block in archived}  # the newest of a key
    ended = {
        key: (key, (year, month), block)
        for key, year, month, block in last.values()
        if year is not None and definitions.block(key) is None
    }
    # A program the file does not ship runs from the month its first version was published from.
    first: dict[str, tuple[int, int]] = {}
    for key, _, _, year, month in rows:
        if shipped.block(key) is None and year is not None:
            first[key] = min(first.get(key, (year, month)), (year, month))
    # Each program's versions, oldest first: a month is read by the version in force then.
    history: dict[str, list[tuple[tuple[int, int], str]]] = {}
    for key, status, block, year, month in rows:
        counted = status in (PUBLISHED, SUPERSEDED) or (status == ARCHIVED and key in ended)
        if counted and year is not None and (definitions.block(key) is not None or key in ended):
            if key not in history and shipped.block(key) is not None:
                history[key] = [((0, 0), shipped.block(key))]
            history.setdefault(key, []).append(((year, month), block))
    versions = tuple((key, tuple(h)) for key, h in history.items() if len(h) > 1)
    return Definitions(definitions.head, definitions.blocks, tuple(first.items()), versions, tuple(ended.values()))


@cache
def _cached_registry(path: Path) -> Registry:
    return load_registry(path)
