"""Read side for record lists and submissions: a program's current records with the registry's
Chinese headers, for pages, exports and checks. SQL filtered in the database.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Text, cast, select, true
from sqlalchemy.orm import Session

from lib.column_types import column_type
from lib.db import json_dumps
from lib.models import AuditLog, LedgerImport, ProgramRecord, ReturnFix, Unit, UploadBatch
from lib.periods import local_time
from lib.programs import Program, Registry
from lib.vocabulary import ACTIONS, BATCH_SOURCES, BATCH_STATUSES, LEDGER_ACTIONS, LEDGER_IMPORT_STATES, LEDGER_SOURCE

UNIT_HEADER, PERIOD_HEADER = "上报单位", "上报月份"


def load_records(
    session: Session,
    program: Program,
    *,
    year: int | None = None,
    upto_month: int | None = None,
    unit_name: str | None = None,
    month: int | None = None,
    search: str = "",
    limit: int | None = None,
) -> pd.DataFrame:
    """Current records of one program, one row each, columns in registry order; filters run in SQL."""
    query = (
        select(Unit.name, ProgramRecord.year, ProgramRecord.month, ProgramRecord.data)
        .join(Unit, Unit.id == ProgramRecord.unit_id)
        .where(ProgramRecord.program == program.key, ProgramRecord.is_current == true())
        .order_by(Unit.sort_order, ProgramRecord.year, ProgramRecord.month, ProgramRecord.id)
    )
    if year is not None:
        query = query.where(ProgramRecord.year == year)
    if upto_month is not None:
        query = query.where(ProgramRecord.month <= upto_month)
    if month is not None:
        query = query.where(ProgramRecord.month == month)
    if unit_name:
        query = query.where(Unit.name == unit_name)
    if search.strip():
        # Matches any field: enterprise name, code, product, model, certificate number ...
        query = query.where(cast(ProgramRecord.data, Text).contains(search.strip()))
    if limit is not None:
        query = query.limit(limit)
    rows = session.execute(query).all()
    columns = [c for c in program.columns if c.key != "unit"]
    headers = [c.header for c in columns]
    kinds = [(c.key, column_type(c.type)) for c in columns]
    records = [
        {
            UNIT_HEADER: unit,
            PERIOD_HEADER: f"{y}-{m:02d}",
            **{h: kind.shown(data.get(k)) for h, (k, kind) in zip(headers, kinds, strict=True)},
        }
        for unit, y, m, data in rows
    ]
    return pd.DataFrame(records, columns=[UNIT_HEADER, PERIOD_HEADER, *headers])


def load_batches(session: Session, *, unit_name: str | None = None, limit: int = 500) -> pd.DataFrame:
    """Submissions, newest first: who, when, file, checksum, counts and status, in Chinese. The returns a city
    ledger brought in (thousands of unit-months at once) are listed by load_ledgers, one row per import."""
    query = (
        select(UploadBatch, Unit.name)
        .join(Unit, Unit.id == UploadBatch.unit_id, isouter=True)
        .where(UploadBatch.source != LEDGER_SOURCE)
        .order_by(UploadBatch.uploaded_at.desc(), UploadBatch.id.desc())
        .limit(limit)
    )
    if unit_name:
        query = query.where(Unit.name == unit_name)
    rows = [
        {
            "编号": batch.id,
            "上报时间": local_time(batch.uploaded_at),
            "上报单位": unit or "",
            "所属月份": f"{batch.year}-{batch.month:02d}" if batch.year else "",
            "文件名": batch.file_name,
            "大小（KB）": round(batch.size_bytes / 1024, 1),
            "上报人": batch.uploaded_by,
            "方式": BATCH_SOURCES.get(batch.source, batch.source),
            "入库行数": batch.accepted_rows,
            "有误行数": batch.rejected_rows,
            "状态": BATCH_STATUSES.get(batch.status, batch.status),
            "SHA-256": batch.sha256,
        }
        for batch, unit in session.execute(query).all()
    ]
    return pd.DataFrame(
        rows,
        columns=[
            "编号",
            "上报时间",
            "上报单位",
            "所属月份",
            "文件名",
            "大小（KB）",
            "上报人",
            "方式",
            "入库行数",
            "有误行数",
            "状态",
            "SHA-256",
        ],
    )


FIX_COLUMNS = [
    *("上报编号", "上报单位", "所属月份", "工作表", "行", "列"),
    *("方式", "原内容", "改为", "理由", "修改人", "修改时间"),
]


LEDGER_COLUMNS = ["编号", "导入时间", "文件名", "导入人", "月份", "工作项目", "单位月份", "状态", "SHA-256"]


def load_ledgers(session: Session, registry: Registry) -> pd.DataFrame:
    """City ledgers (台账) imported, newest first: when, by whom, the file and its checksum, the months and
    programs, and how many unit-months each import added, replaced or removed."""
    titles = {p.key: p.title for p in registry}
    rows = []
    for entry in session.scalars(select(LedgerImport).order_by(LedgerImport.id.desc())):
        counts = entry.counts or {}
        done = "，".join(f"{LEDGER_ACTIONS[k]} {counts[k]}" for k in ("new", "replace", "remove") if counts.get(k))
        rows.append(
            {
                "编号": entry.id,
                "导入时间": local_time(entry.imported_at),
                "文件名": entry.file_name,
                "导入人": entry.imported_by,
                "月份": f"{entry.first_year}-{entry.first_month:02d} 至 {entry.last_year}-{entry.last_month:02d}",
                "工作项目": "、".join(titles.get(key, key) for key in entry.programs or ()),
                "单位月份": done,
                "状态": (
                    f"{LEDGER_IMPORT_STATES['undone']}（{entry.undone_by}，{local_time(entry.undone_at)}）"
                    if entry.undone_at
                    else LEDGER_IMPORT_STATES["in_force"]
                ),
                "SHA-256": entry.sha256,
            }
        )
    return pd.DataFrame(rows, columns=LEDGER_COLUMNS)


def load_fixes(session: Session, registry, *, unit_name: str | None = None, limit: int = 2000) -> pd.DataFrame:
    """The fixes made on the page to returns before they were committed, newest first (上报记录)."""
    from lib.ingest.fixes import HOW

    headers = {c.key: c.header for program in registry for c in program.columns}
    query = (
        select(ReturnFix, UploadBatch.year, UploadBatch.month, Unit.name)
        .join(UploadBatch, UploadBatch.id == ReturnFix.batch_id)
        .join(Unit, Unit.id == UploadBatch.unit_id, isouter=True)
        .order_by(ReturnFix.batch_id.desc(), ReturnFix.sheet, ReturnFix.row, ReturnFix.id)
        .limit(limit)
    )
    if unit_name:
        query = query.where(Unit.name == unit_name)
    rows = [
        [
            fix.batch_id,
            unit or "",
            f"{year}-{month:02d}" if year else "",
            fix.sheet,
            fix.row,
            headers.get(fix.field, fix.field),
            HOW.get(fix.how, fix.how),
            fix.old,
            fix.new,
            fix.reason,
            fix.fixed_by,
            local_time(fix.fixed_at),
        ]
        for fix, year, month, unit in session.execute(query).all()
    ]
    return pd.DataFrame(rows, columns=FIX_COLUMNS)


def load_audit(session: Session, *, username: str = "", action: str = "", limit: int = 2000) -> pd.DataFrame:
    """The audit log, newest first, filtered by user and action (in SQL)."""
    query = select(AuditLog).order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(limit)
    if username.strip():
        query = query.where(AuditLog.username.contains(username.strip()))
    if action:
        query = query.where(AuditLog.action == action)
    rows = [
        {
            "时间": local_time(entry.at, "%Y-%m-%d %H:%M:%S"),
            "用户": entry.username,
            "操作": ACTIONS.get(entry.action, entry.action),
            "对象": f"{entry.entity} {entry.entity_id}".strip(),
            "详情": json_dumps(entry.detail) if entry.detail else "",
        }
        for entry in session.scalars(query)
    ]
    return pd.DataFrame(rows, columns=["时间", "用户", "操作", "对象", "详情"])
