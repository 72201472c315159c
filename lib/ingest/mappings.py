"""What a unit's clerk confirmed once and the reader applies every month after: which header of a
program's sheet is which field (per header layout), and the unit's own words for choice values.

Loading and applying are pure over the stored rows; saving writes one row and one audit entry in the
caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from lib.auth import Actor, require_unit
from lib.ingest.headers import HeaderMatch, Match, normalise_header
from lib.ingest.layout import Layout
from lib.ingest.normalise import choice_key
from lib.models import ColumnMapping, ValueMapping
from lib.programs import Program
from lib.store.mappings import save_columns, save_value

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


def load_remembered(session: Session, unit_id: int) -> Remembered:
    found = Remembered()
    for row in session.scalars(select(ColumnMapping).where(ColumnMapping.unit_id == unit_id)):
        found.columns[(row.program, row.signature)] = (row.mapping or {}, row.confirmed_at)
    for row in session.scalars(select(ValueMapping).where(ValueMapping.unit_id == unit_id)):
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
    allowed = program.column(column).allowed_values
    if value not in allowed:
        raise ValueError(f"“{value}”不是“{program.column(column).header}”的可选值：{'、'.join(allowed)}。")
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
