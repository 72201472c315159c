"""Read side for record lists: a program's current records as a DataFrame with the registry's
Chinese headers, for pages, exports and checks. SQL filtered in the database.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from lib.models import ProgramRecord, Unit
from lib.programs import Program

UNIT_HEADER, PERIOD_HEADER = "上报单位", "上报月份"


def load_records(
    session: Session, program: Program, *, year: int | None = None, upto_month: int | None = None
) -> pd.DataFrame:
    """Current records of one program, one row each, columns in registry order."""
    query = (
        select(Unit.name, ProgramRecord.year, ProgramRecord.month, ProgramRecord.data)
        .join(Unit, Unit.id == ProgramRecord.unit_id)
        .where(ProgramRecord.program == program.key, ProgramRecord.is_current.is_(True))
        .order_by(Unit.sort_order, ProgramRecord.year, ProgramRecord.month, ProgramRecord.id)
    )
    if year is not None:
        query = query.where(ProgramRecord.year == year)
    if upto_month is not None:
        query = query.where(ProgramRecord.month <= upto_month)
    rows = session.execute(query).all()
    headers = [c.header for c in program.columns if c.key != "unit"]
    keys = [c.key for c in program.columns if c.key != "unit"]
    records = [
        {
            UNIT_HEADER: unit,
            PERIOD_HEADER: f"{y}-{m:02d}",
            **{h: data.get(k) for h, k in zip(headers, keys, strict=True)},
        }
        for unit, y, m, data in rows
    ]
    return pd.DataFrame(records, columns=[UNIT_HEADER, PERIOD_HEADER, *headers])
