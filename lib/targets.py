"""Annual targets: a year's targets as one editable table (units × program metrics) and saving it
back with checks and an audit entry. Admin only. Callers own the session."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from lib.auth import Actor, require_admin
from lib.models import Target, Unit
from lib.programs import Registry
from lib.store.plans import replace_targets

UNIT_COLUMN = "单位"


def target_columns(registry: Registry) -> list[tuple[str, str, str]]:
    """(program key, metric key, column title) for every metric that takes a target."""
    return [(p.key, m.key, f"{p.title}·{m.label}（{m.unit}）") for p in registry for m in p.metrics if m.target]


def load_targets(session: Session, registry: Registry, year: int) -> pd.DataFrame:
    units = session.execute(select(Unit.id, Unit.name).order_by(Unit.sort_order, Unit.id)).all()
    stored = {
        (t.program, t.metric, t.unit_id): t.value for t in session.scalars(select(Target).where(Target.year == year))
    }
    rows = []
    for unit_id, name in units:
        row = {UNIT_COLUMN: name}
        for program, metric, title in target_columns(registry):
            row[title] = stored.get((program, metric, unit_id))
        rows.append(row)
    return pd.DataFrame(rows, columns=[UNIT_COLUMN, *(t for _, _, t in target_columns(registry))])


def save_targets(session: Session, registry: Registry, year: int, table: pd.DataFrame, actor: Actor) -> str:
    """Replace the year's targets with the table's; empty cells mean no target."""
    require_admin(actor, "修改年度目标")
    ids = dict(session.execute(select(Unit.name, Unit.id)).all())
    problems, values = [], []
    rates = {(p.key, m.key) for p in registry for m in p.metrics if m.is_ratio}
    for n, row in enumerate(table.to_dict("records"), start=1):
        unit = str(row.get(UNIT_COLUMN) or "").strip()
        if unit not in ids:
            problems.append(f"第{n}行：单位“{unit}”不在本区域。")
            continue
        for program, metric, title in target_columns(registry):
            value = row.get(title)
            if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
                continue
            try:
                number = float(value)
            except (TypeError, ValueError):
                problems.append(f"{unit}·{title}：“{value}”不是数字。")
                continue
            if number < 0:
                problems.append(f"{unit}·{title}：目标不能为负数。")
                continue
            if (program, metric) in rates and not 1 < number <= 100:
                problems.append(f"{unit}·{title}：比率目标填百分数（大于 1、不超过 100），如 95 表示 95%。")
                continue
            values.append({"program": program, "metric": metric, "unit_id": ids[unit], "value": number})
    if problems:
        raise ValueError("\n".join(problems))
    replace_targets(session, year, values, username=actor.username)
    return f"已保存 {year} 年年度目标 {len(values)} 项。"


def targets_from_sheet(data: bytes, file_name: str, registry: Registry) -> pd.DataFrame:
    """A targets table read back from a downloaded-and-edited sheet (header row with 单位 first)."""
    from lib.ingest.normalise import cell_text, header_key
    from lib.ingest.read import read_sheets

    sheet = read_sheets(data, file_name)[0]
    titles = {header_key(t): t for _, _, t in target_columns(registry)} | {header_key(UNIT_COLUMN): UNIT_COLUMN}
    for index, row in enumerate(sheet.rows[:10]):
        names = [titles.get(header_key(v)) for v in row]
        if UNIT_COLUMN in names:
            body = sheet.rows[index + 1 :]
            columns = {c: n for c, n in enumerate(names) if n}
            records = [
                {
                    name: (cell_text(r[c]) if name == UNIT_COLUMN else (r[c] if r[c] != "" else None))
                    for c, name in columns.items()
                    if c < len(r)
                }
                for r in body
                if any(cell_text(v) for v in r)
            ]
            return pd.DataFrame(records, columns=[UNIT_COLUMN, *(t for _, _, t in target_columns(registry))])
    raise ValueError(f"文件“{file_name}”中没有找到以“{UNIT_COLUMN}”开头的表头行，请使用本页下载的年度目标表。")
