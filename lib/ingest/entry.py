"""在线填报: a return typed on the page instead of sent in Excel. Each program's rows become a sheet laid
out as the template is (its headers, one row each), read and checked by the same reader as an upload
(lib.ingest.service.preview_upload), and committed as a batch like any return (source "online"). A
program with no rows is a nil return (本月无新增). Pure, but for the preview.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from collections.abc import Mapping, Sequence
from typing import Any

import orjson
from sqlalchemy.orm import Session

from lib.column_types import column_type
from lib.ingest.read import Sheet
from lib.ingest.service import Preview, preview_upload
from lib.periods import Period
from lib.programs import Column, Program, Registry
from lib.region import Region
from lib.vocabulary import BATCH_SOURCES

ENTRY_NAME = BATCH_SOURCES["online"]
MAX_ENTRY_ROWS = 500  # rows typed on the page for one program and month; more: a file is the better way


def entry_columns(program: Program) -> list[Column]:
    """The columns a clerk types, in the template's order: every column but the unit (the return's own)."""
    return [c for c in program.columns if c.key != "unit"]


def _value(value: Any) -> object:
    """A typed cell as the reader takes a cell: text, a number, a date or nothing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    if hasattr(value, "to_pydatetime"):  # a pandas timestamp from the grid
        return _value(value.to_pydatetime())
    if isinstance(value, str):
        return value.strip() or None
    return value


def clean_rows(program: Program, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, object]]:
    """The typed rows as cells (field key -> value), rows with nothing typed left out."""
    keys = [c.key for c in entry_columns(program)]
    out = []
    for row in rows:
        cells = {key: _value(row.get(key)) for key in keys}
        if any(v is not None for v in cells.values()):
            out.append(cells)
    if len(out) > MAX_ENTRY_ROWS:
        raise ValueError(
            f"{program.title}在线填报最多 {MAX_ENTRY_ROWS} 行（现有 {len(out)} 行），行数多时请下载模板填写后上传。"
        )
    return out


def prefilled(program: Program, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, object]]:
    """Stored rows (field key -> value as stored) as the grid takes them: dates as dates, the rest as they
    are; what a clerk types back is read as any entered row."""
    out = []
    for row in rows:
        cells: dict[str, object] = {}
        for column in entry_columns(program):
            value = row.get(column.key)
            if column_type(column.type).entry == "date" and isinstance(value, str):
                with contextlib.suppress(ValueError):
                    value = dt.date.fromisoformat(value[:10])
            cells[column.key] = value
        out.append(cells)
    return out


def entry_sheet(program: Program, rows: list[dict[str, object]]) -> Sheet:
    """The rows as the template's sheet: its header, then one row each (Excel row 2 is the first row)."""
    columns = entry_columns(program)
    return Sheet(program.sheet, [[c.header for c in columns], *([row.get(c.key) for c in columns] for row in rows)])


def entry_bytes(entries: Mapping[str, list[dict[str, object]]]) -> bytes:
    """What is recorded of an entered return (its size and checksum): the rows as canonical JSON."""
    return orjson.dumps({key: entries[key] for key in sorted(entries)}, option=orjson.OPT_SORT_KEYS, default=str)


def preview_entry(
    session: Session,
    entries: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    unit_name: str,
    period: Period,
    registry: Registry,
    region: Region,
) -> Preview:
    """Check an entered return (program key -> typed rows; no rows: a nil return) exactly as an upload of
    the same rows in the template is checked; writes nothing."""
    if not entries:
        raise ValueError("请至少填写一项工作，或选择“本月无新增”。")
    cleaned = {key: clean_rows(registry.get(key), rows) for key, rows in entries.items()}
    sheets = [entry_sheet(registry.get(key), rows) for key, rows in cleaned.items()]
    data = entry_bytes(cleaned)
    return preview_upload(
        session,
        data,
        f"{ENTRY_NAME}（{'、'.join(registry.get(key).title for key in cleaned)}）",
        unit_name=unit_name,
        period=period,
        registry=registry,
        region=region,
        sheets=sheets,
    )
