"""What a unit's clerk confirmed once and the reader applies every month after: which header of a
program's sheet is which field (per header layout), and the unit's own words for choice values.

Loading and applying are pure over the stored rows; saving writes one row and one audit entry in the
caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from lib.auth import Actor, PermissionDenied, require_unit
from lib.ingest.headers import HeaderMatch, Match, normalise_header
from lib.ingest.layout import Layout
from lib.ingest.normalise import choice_key, parse_bool
from lib.models import ColumnMapping, Unit, ValueMapping
from lib.programs import Column, Program
from lib.store import storable_id
from lib.store.mappings import forget_mapping, save_columns, save_value

IGNORE = frozenset({"-", "—", "无", "忽略", "不对应", "none", "ignore"})


@dataclass
class Remembered:
    """A unit's confirmed header layouts and value words."""

    columns: dict[tuple[str, str], tuple[dict, dt.datetime]] = field(default_factory=dict)
    values: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)


def signature(layout: Layout) -> str:
    """The header layout as a short stable key: its normalised header cells in column order."""
    cells = layout.match.cells if layout.match else {}
    text = "|".join(normalise_header(cells[c]) for c in sorted(cells))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


# Characters that turn a word into its opposite (未认证, 不达标, 无证书, 非三同, 没入驻, 否), and those that
# only soften or time it (尚未, 暂无, 还没, 已经): the latter are left out when two words are compared.
NEGATIONS = frozenset("未不否无非没")
_SOFTENERS = frozenset("尚暂还仍已经有了过曾")


def _negated(text: str) -> bool:
    try:
        if not parse_bool(text):
            return True
    except ValueError:
        pass
    return not NEGATIONS.isdisjoint(text)


def _core(text: str) -> str:
    return "".join(c for c in choice_key(text) if c not in NEGATIONS and c not in _SOFTENERS)


def _shares_meaning(word: str, value: str) -> bool:
    """Whether two words are about the same thing (ignoring negation): one holds the other, or they share
    two characters in a row (认证 in 未认证 and 已认证)."""
    if not word or not value:
        return False
    if word in value or value in word:
        return True
    pairs = {word[i : i + 2] for i in range(len(word) - 1)}
    return any(value[i : i + 2] in pairs for i in range(len(value) - 1))


def mapping_problem(column: Column, written: str, value: str) -> str | None:
    """Why a unit may not teach that `written` means `value` in this column (Chinese), or None.

    - a value the column does not offer;
    - a word the registry already reads (its values and variants, 是/否, a value with an aside): the
      registry comes first, so such a word would either change nothing or change what everybody's
      word means;
    - a word that negates the value it would stand for (未认证 for 已认证, 否 or 没入驻 for 是): it
      would invert a figure silently, every month after.
    """
    from lib.ingest.validate import choice_parser

    allowed = column.allowed_values
    if value not in allowed:
        return f"“{value}”不是“{column.header}”的可选值：{'、'.join(allowed)}。"
    if not choice_key(written):
        return "请填写本单位的写法。"
    try:
        read_as = choice_parser(column, {})(written)
    except KeyError:
        pass
    else:
        return f"系统已能识别“{written}”（读作“{read_as}”），不需要、也不能另行对应。"
    if _negated(written) and not _negated(value):
        core = _core(written)
        names = [value, *dict(column.choices).get(value, ())]
        yes = column.yes_no is not None and value == column.yes_no[0]
        if yes or not core or any(_shares_meaning(core, _core(n)) for n in names):
            return (
                f"“{written}”是否定的说法，不能对应为“{value}”：这会把相反的情况计入统计。"
                "如果本单位确实这样写，请改用规范的写法上报。"
            )
    return None


def load_remembered(session: Session, unit_id: int, programs: Iterable[Program] = ()) -> Remembered:
    """The unit's confirmed layouts and words. A negating word that mapping_problem refuses today (one
    stored before the rule existed) is not applied to the columns of `programs`."""
    program_columns = {p.key: {c.key: c for c in p.columns} for p in programs}
    found = Remembered()
    for row in session.scalars(select(ColumnMapping).where(ColumnMapping.unit_id == unit_id)):
        found.columns[(row.program, row.signature)] = (row.mapping or {}, row.confirmed_at)
    for row in session.scalars(select(ValueMapping).where(ValueMapping.unit_id == unit_id)):
        column = program_columns.get(row.program, {}).get(row.column)
        if column is not None and _negated(row.written) and mapping_problem(column, row.written, row.value):
            continue
        found.values.setdefault((row.program, row.column), {})[row.written] = row.value
    return found


def resolve_field(program: Program, spec: str) -> str | None:
    """A field key from what a user typed: its key, its header or one of its aliases; None to ignore."""
    text = spec.strip()
    if text.lower() in IGNORE:
        return None
    wanted = normalise_header(text)
    for column in program.columns:
        if text == column.key or wanted in {normalise_header(n) for n in (column.header, *column.aliases)}:
            return column.key
    known = "、".join(f"{c.key}（{c.header}）" for c in program.columns)
    raise ValueError(f"“{spec}”不是{program.title}的字段，可选：{known}，或写“忽略”。")


def apply_choices(layout: Layout, chosen: dict[str, int | None], source: str) -> None:
    """Put fields where the clerk said (column index, or None: the sheet has no such column); every
    other automatic match stays unless its column was taken."""
    match = layout.match
    if match is None:
        return
    taken = {c for c in chosen.values() if c is not None}
    matches = {key: m for key, m in match.matches.items() if key not in chosen and m.column not in taken}
    for key, column in chosen.items():
        if column is not None:
            matches[key] = Match(key, column, match.cells.get(column, ""), 100, source)
    ambiguous = {k: v for k, v in match.ambiguous.items() if k not in chosen}
    layout.apply(HeaderMatch(match.program, matches, ambiguous, match.cells))
    if source == "chosen":
        layout.told.update(chosen)


def apply_headers(layout: Layout, by_header: dict[str, str | None], source: str) -> bool:
    """Apply {normalised header: field or None (ignore the column)}; True when any header was named."""
    match = layout.match
    if match is None:
        return False
    chosen: dict[str, int | None] = {}
    ignored: set[int] = set()
    for column, text in match.cells.items():
        key = normalise_header(text)
        if key not in by_header:
            continue
        target = by_header[key]
        if target is None:
            ignored.add(column)
        else:
            chosen[target] = column
    if not chosen and not ignored:
        return False
    for key, m in match.matches.items():
        if m.column in ignored and key not in chosen:
            chosen[key] = None
    apply_choices(layout, chosen, source)
    return True


def apply_remembered(layout: Layout, remembered: Remembered) -> dt.datetime | None:
    """Read the block as its unit confirmed before; returns when it was confirmed, or None."""
    stored = remembered.columns.get((layout.program.key, signature(layout)))
    if stored is None:
        return None
    mapping, when = stored
    by_header = {normalise_header(h): f for h, f in (mapping.get("columns") or {}).items()}
    chosen: dict[str, int | None] = {f: None for f in mapping.get("none") or []}
    for column, text in (layout.match.cells if layout.match else {}).items():
        target = by_header.get(normalise_header(text))
        if target:
            chosen[target] = column
    apply_choices(layout, chosen, "remembered")
    return when


def save_column_mapping(
    session: Session, *, unit_id: int, unit_name: str, layout: Layout, chosen: dict[str, int | None], actor: Actor
) -> None:
    """Remember (and apply) the clerk's answer for this unit, program and header layout; audited."""
    require_unit(actor, unit_name, "确认表头对应关系")
    username = actor.username
    apply_choices(layout, chosen, "chosen")
    match = layout.match
    columns = {match.cells[m.column]: key for key, m in match.matches.items() if m.column in match.cells}
    mapping = {"columns": columns, "none": sorted(k for k, c in chosen.items() if c is None)}
    save_columns(
        session,
        username=username,
        unit_id=unit_id,
        program=layout.program.key,
        signature=signature(layout),
        mapping=mapping,
        headers=[match.cells[c] for c in sorted(match.cells)],
        detail={"unit": unit_name, "program": layout.program.key, **mapping},
    )


def save_value_mapping(
    session: Session,
    *,
    unit_id: int,
    unit_name: str,
    program: Program,
    column: str,
    written: str,
    value: str,
    actor: Actor,
) -> None:
    """Remember that this unit writes `written` for the registry value `value`; audited."""
    require_unit(actor, unit_name, "确认填写内容的对应关系")
    username = actor.username
    if problem := mapping_problem(program.column(column), written, value):
        raise ValueError(problem)
    save_value(
        session,
        username=username,
        unit_id=unit_id,
        program=program.key,
        column=column,
        key=choice_key(written),
        value=value,
        unit=unit_name,
        written=written,
    )


KINDS = {"header": ColumnMapping, "value": ValueMapping}  # what a learned mapping is, by its stable key
KIND_LABELS = {"header": "表头", "value": "填写内容"}


def _units_for(session: Session, actor: Actor, unit_name: str | None) -> dict[int, str]:
    """The units whose mappings the actor may see: staff their own, admins every unit (or the one named)."""
    if actor.role == "staff":
        if unit_name and unit_name != actor.unit_name:
            require_unit(actor, unit_name, "查看已确认的对应关系")
        unit_name = actor.unit_name
    elif not actor.is_admin:
        raise PermissionDenied("只有县级业务人员（本单位）和管理员可以查看已确认的对应关系。")
    query = select(Unit.id, Unit.name)
    if unit_name:
        query = query.where(Unit.name == unit_name)
    return {unit_id: name for unit_id, name in session.execute(query)}


def list_mappings(session: Session, actor: Actor, registry, unit_name: str | None = None) -> list[dict]:
    """The learned header layouts and words the actor may see, newest first: kind, id, unit, program,
    what was written and what it stands for, who confirmed it and when."""
    units = _units_for(session, actor, unit_name)
    titles = {p.key: p for p in registry}
    rows: list[dict] = []
    for row in session.scalars(select(ColumnMapping).where(ColumnMapping.unit_id.in_(units))):
        program = titles.get(row.program)
        fields = {c.key: c.header for c in program.columns} if program else {}
        columns = (row.mapping or {}).get("columns") or {}
        said = "；".join(f"“{h}”→{fields.get(f, f)}" for h, f in columns.items())
        if none := (row.mapping or {}).get("none"):
            said += "；表中没有：" + "、".join(fields.get(f, f) for f in none)
        rows.append(_listed("header", row, units, program, "", "、".join(map(str, row.headers or [])), said))
    for row in session.scalars(select(ValueMapping).where(ValueMapping.unit_id.in_(units))):
        program = titles.get(row.program)
        header = next((c.header for c in program.columns if c.key == row.column), row.column) if program else row.column
        rows.append(_listed("value", row, units, program, header, row.written, row.value))
    return sorted(rows, key=lambda r: (r["confirmed_at"], r["id"]), reverse=True)


def _listed(kind, row, units, program, column, written, means) -> dict:
    return {
        "kind": kind,
        "id": row.id,
        "unit": units[row.unit_id],
        "program": row.program,
        "program_title": program.title if program else row.program,
        "column": column,
        "written": written,
        "means": means,
        "confirmed_by": row.confirmed_by,
        "confirmed_at": row.confirmed_at,
    }


def delete_learned(session: Session, kind: str, mapping_id: int, actor: Actor) -> str:
    """Forget one learned header layout or word (the unit's staff or an admin); audited. Returns already
    stored keep what they were read as: upload the month again to read it without the mapping."""
    model = KINDS.get(kind)
    if model is None:
        raise ValueError(f"对应关系的类型应为 {'、'.join(KINDS)}，而不是“{kind}”。")
    row = session.get(model, mapping_id) if storable_id(mapping_id) else None
    if row is None:
        raise ValueError(f"没有编号为 {mapping_id} 的{KIND_LABELS[kind]}对应关系。")
    unit = session.scalar(select(Unit.name).where(Unit.id == row.unit_id)) or ""
    require_unit(actor, unit, "删除已确认的对应关系")
    detail = {"unit": unit, "program": row.program}
    if isinstance(row, ValueMapping):
        detail |= {"column": row.column, "written": row.written, "value": row.value}
        said = f"“{row.written}”→“{row.value}”"
    else:
        detail |= {"headers": list(row.headers or [])}
        said = "该表头格式"
    forget_mapping(session, row, username=actor.username, **detail)
    return (
        f"已删除{unit}的{KIND_LABELS[kind]}对应关系{said}。此后上报不再按此读取；"
        "已入库的数据不变，如需更正请重新上报该月。"
    )
