"""Upload service: preview a file against what is stored, commit it as one transaction, roll back.

A unit's return for a program and month replaces the earlier one (kept as history, never counted
twice); the identical file twice is a no-op. Callers own the session (lib.db.session_scope).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from lib.auth import Actor, require_admin, require_unit
from lib.db import bump_data_version
from lib.ingest.layout import Layout, find_layout, row_kind
from lib.ingest.messages import ERROR, message
from lib.ingest.normalise import cell_text
from lib.ingest.read import Limits, UnreadableFile, read_sheets
from lib.ingest.validate import Context, Issue, RowResult, validate_sheet
from lib.metrics import Period
from lib.models import Enterprise, ProgramRecord, Unit, UploadBatch
from lib.programs import Registry
from lib.quality import SPIKE_FACTOR, STEADY_MONTHS, check_spike, check_sudden_zero, history_of, monthly_counts
from lib.region import Region
from lib.reporting import due_at
from lib.store import IN_CHUNK, among, audit, ensure_enterprises, event_date, insert_records, jsonable, record_row


@dataclass
class SheetReport:
    sheet: str
    program: str
    program_title: str
    header_row: int
    rows: list[RowResult]
    issues: list[Issue]
    skipped: dict[str, int]
    diff: dict[str, int] = field(default_factory=dict)

    @property
    def accepted(self) -> int:
        return sum(1 for r in self.rows if r.accepted)

    @property
    def rejected(self) -> int:
        return sum(1 for r in self.rows if not r.accepted)

    @property
    def blocked(self) -> bool:
        """A sheet-level error (e.g. a missing required column): nothing of it is stored."""
        return any(i.row is None and i.severity == ERROR for i in self.issues)


@dataclass
class Preview:
    file_name: str
    size: int
    sha256: str
    unit_name: str
    period: Period
    sheets: list[SheetReport]
    ignored_sheets: list[str]
    duplicate_batch: int | None = None

    @property
    def issues(self) -> list[Issue]:
        return [i for s in self.sheets for i in s.issues]

    def dated_month(self, registry: Registry) -> Period | None:
        """The month most rows are dated in, when more than half of the dated rows agree."""
        months = Counter(
            (when.year, when.month)
            for s in self.sheets
            for r in s.rows
            if (when := event_date(registry.get(s.program), r.values)) is not None
        )
        if not months:
            return None
        (year, month), count = months.most_common(1)[0]
        return Period(year, month) if count * 2 > sum(months.values()) else None

    def as_json(self) -> dict:
        return {
            "file": self.file_name,
            "sheets": [
                {
                    "sheet": s.sheet,
                    "program": s.program,
                    "accepted": 0 if s.blocked else s.accepted,
                    "rejected": s.rejected if not s.blocked else len(s.rows),
                    "issues": [i.as_json() for i in s.issues],
                }
                for s in self.sheets
            ],
        }


@dataclass
class CommitResult:
    batch_id: int | None
    stored: int
    message: str


def _unit_id(session: Session, name: str) -> int:
    unit_id = session.scalar(select(Unit.id).where(Unit.name == name))
    if unit_id is None:
        raise ValueError(f"上报单位“{name}”不在数据库中，请先运行 python -m lib.cli init。")
    return unit_id


def _stored_identities(session: Session, program: str, unit_id: int, period: Period) -> dict[str, dict]:
    rows = session.execute(
        select(ProgramRecord.identity, ProgramRecord.data).where(
            ProgramRecord.program == program,
            ProgramRecord.unit_id == unit_id,
            ProgramRecord.year == period.year,
            ProgramRecord.month == period.month,
            ProgramRecord.is_current.is_(True),
        )
    ).all()
    return {identity: data for identity, data in rows}


def _elsewhere(session: Session, program: str, unit_id: int, period: Period, identities: list[str]) -> dict:
    """Identities already stored for another month or unit: identity -> (year, month, unit name)."""
    found: dict[str, tuple[int, int, str]] = {}
    for start in range(0, len(identities), IN_CHUNK):
        chunk = identities[start : start + IN_CHUNK]
        rows = session.execute(
            select(ProgramRecord.identity, ProgramRecord.year, ProgramRecord.month, ProgramRecord.unit_id, Unit.name)
            .join(Unit, Unit.id == ProgramRecord.unit_id)
            .where(
                ProgramRecord.program == program,
                ProgramRecord.is_current.is_(True),
                among(session, ProgramRecord.identity, chunk),
            )
        ).all()
        for identity, year, month, other_unit, name in rows:
            if (other_unit, year, month) != (unit_id, period.year, period.month):
                found.setdefault(identity, (year, month, name))
    return found


def _sheet_report(sheet, layout: Layout, context: Context) -> SheetReport:
    program = layout.program
    missing = [c for c in program.columns if c.required and c.key not in layout.headers and c.key != "unit"]
    if missing:
        data_rows = [
            r for r in sheet.rows[layout.header_row + 1 :] if row_kind([cell_text(v) for v in r], layout) == "data"
        ]
        issues = []
        for column in missing:
            severity, text = message(
                "missing_column", column=column.header, aliases="、".join((column.header, *column.aliases[:3]))
            )
            issues.append(Issue(sheet.name, None, column.header, "", "missing_column", severity, text))
        rows = [RowResult(excel_row=0, values={}, issues=[issues[0]]) for _ in data_rows]
        return SheetReport(sheet.name, program.key, program.title, layout.header_row + 1, rows, issues, {})
    rows, skipped = validate_sheet(sheet, layout, context)
    return SheetReport(
        sheet=sheet.name,
        program=program.key,
        program_title=program.title,
        header_row=layout.header_row + 1,
        rows=rows,
        issues=[i for r in rows for i in r.issues],
        skipped=skipped,
    )


def preview_upload(
    session: Session,
    data: bytes,
    file_name: str,
    *,
    unit_name: str,
    period: Period,
    registry: Registry,
    region: Region,
    program_key: str | None = None,
    limits: Limits | None = None,
    accepted_checks: dict[tuple[str, int], str] | None = None,
) -> Preview:
    """Read, validate and compare a return with what is stored; writes nothing.

    Raises UnreadableFile when the file cannot be read or holds no recognisable return sheet.
    accepted_checks lets an admin accept failed USCC check characters, with a reason, row by row.
    """
    sheets = read_sheets(data, file_name, limits)
    unit = region.match(unit_name)
    unit_id = _unit_id(session, unit.name)
    context = Context(
        region=region,
        unit_name=unit.name,
        year=period.year,
        month=period.month,
        accepted_checks=dict(accepted_checks or {}),
    )
    chosen = registry.get(program_key) if program_key else None
    reports: list[SheetReport] = []
    ignored: list[str] = []
    claimed: set[str] = set()
    for sheet in sheets:
        layout = find_layout(sheet, registry, chosen)
        if layout is None or layout.program.key in claimed:
            ignored.append(sheet.name)
            continue
        claimed.add(layout.program.key)
        reports.append(_sheet_report(sheet, layout, context))
    if not reports:
        names = "、".join(p.sheet for p in registry)
        raise UnreadableFile(
            f"文件“{file_name}”中没有找到可识别的月报工作表。请使用下载的模板，"
            f"或让工作表名称为 {names} 之一，并保留表头行（如“企业名称”“统一社会信用代码”）。"
        )
    for report in reports:
        _compare(session, report, unit_id, unit.name, period)
        _quality_warnings(session, report, unit_id, unit.name, period)
    _late_revision_warning(session, reports, unit_id, period)
    sha = hashlib.sha256(data).hexdigest()
    duplicate = session.scalar(
        select(UploadBatch.id).where(
            UploadBatch.sha256 == sha,
            UploadBatch.unit_id == unit_id,
            UploadBatch.year == period.year,
            UploadBatch.month == period.month,
            UploadBatch.status == "committed",
        )
    )
    return Preview(file_name, len(data), sha, unit.name, period, reports, ignored, duplicate)


def _late_revision_warning(session: Session, reports: list[SheetReport], unit_id: int, period: Period) -> None:
    """Replacing a return after its due date is allowed, and worth a word on every sheet."""
    if dt.datetime.now(dt.UTC) <= due_at(period):
        return
    earlier = session.scalar(
        select(func.count(UploadBatch.id)).where(
            UploadBatch.unit_id == unit_id,
            UploadBatch.year == period.year,
            UploadBatch.month == period.month,
            UploadBatch.status == "committed",
        )
    )
    if earlier:
        severity, text = message("quality_late", due=f"{due_at(period):%Y年%m月%d日}")
        for report in reports:
            report.issues.append(Issue(report.sheet, None, "整表", "", "quality_late", severity, text))


def _quality_warnings(session: Session, report: SheetReport, unit_id: int, unit_name: str, period: Period) -> None:
    """The data quality checks that apply to a file before it is stored: far more rows than the
    unit's own history, and enterprises another unit already reported this year (warnings)."""
    if report.blocked:
        return
    accepted = [r for r in report.rows if r.accepted]
    history = history_of(monthly_counts(session, period), unit_name, report.program, period)
    if not report.rows and check_sudden_zero(history, 0):
        severity, text = message("quality_zero", steady=STEADY_MONTHS)
        report.issues.append(Issue(report.sheet, None, "整表", "0", "quality_zero", severity, text))
    if check_spike(history, len(accepted)):
        severity, text = message(
            "quality_spike", count=len(accepted), median=f"{statistics.median(history):g}", factor=f"{SPIKE_FACTOR:g}"
        )
        report.issues.append(Issue(report.sheet, None, "整表", str(len(accepted)), "quality_spike", severity, text))
    codes = sorted({str(r.values.get("uscc")) for r in accepted if r.values.get("uscc")})
    others: dict[str, str] = {}
    for start in range(0, len(codes), IN_CHUNK):
        rows = session.execute(
            select(Enterprise.uscc, Unit.name)
            .join(ProgramRecord, ProgramRecord.enterprise_id == Enterprise.id)
            .join(Unit, Unit.id == ProgramRecord.unit_id)
            .where(
                among(session, Enterprise.uscc, codes[start : start + IN_CHUNK]),
                ProgramRecord.unit_id != unit_id,
                ProgramRecord.year == period.year,
                ProgramRecord.is_current.is_(True),
            )
            .distinct()
        ).all()
        for code, name in rows:
            others.setdefault(code, name)
    for row in accepted:
        other = others.get(str(row.values.get("uscc")))
        if other:
            severity, text = message("shared_enterprise", value=row.values["uscc"], other=other)
            issue = Issue(
                report.sheet,
                row.excel_row,
                "统一社会信用代码",
                str(row.values["uscc"]),
                "shared_enterprise",
                severity,
                text,
            )
            row.issues.append(issue)
            report.issues.append(issue)


def _compare(session: Session, report: SheetReport, unit_id: int, unit_name: str, period: Period) -> None:
    """Fill report.diff and flag rows already stored for another month or unit."""
    if report.blocked:
        report.diff = {"new": 0, "changed": 0, "unchanged": 0, "removed": 0}
        return
    accepted = [r for r in report.rows if r.accepted]
    elsewhere = _elsewhere(session, report.program, unit_id, period, sorted({r.identity for r in accepted}))
    for row in accepted:
        if row.identity in elsewhere:
            year, month, name = elsewhere[row.identity]
            shown = row.identity.replace("|", "，")
            where = f"{year}年{month}月" + ("" if name == unit_name else f"（{name}）")
            severity, text = message("duplicate_stored", identity=shown, period=where)
            issue = Issue(report.sheet, row.excel_row, "整行", shown, "duplicate_stored", severity, text)
            row.issues.append(issue)
            report.issues.append(issue)
    stored = _stored_identities(session, report.program, unit_id, period)
    new = changed = unchanged = 0
    seen = set()
    for row in report.rows:
        if not row.accepted:
            continue
        seen.add(row.identity)
        if row.identity not in stored:
            new += 1
        elif stored[row.identity] == {k: jsonable(v) for k, v in row.values.items() if v not in (None, "")}:
            unchanged += 1
        else:
            changed += 1
    report.diff = {"new": new, "changed": changed, "unchanged": unchanged, "removed": len(set(stored) - seen)}


def commit_upload(
    session: Session,
    preview: Preview,
    *,
    registry: Registry,
    actor: Actor,
    source: str = "upload",
) -> CommitResult:
    """Store the accepted rows; each program sheet replaces that unit's earlier return for the month.

    Raises PermissionDenied (nothing stored) when the actor may not report for the unit, or
    when rows with a failed check character were accepted by someone other than an admin.
    """
    require_unit(actor, preview.unit_name, "上报")
    if any(i.code == "uscc_accepted" for i in preview.issues):
        require_admin(actor, "接受校验位不符的统一社会信用代码")
    uploaded_by = actor.username
    if preview.duplicate_batch is not None:
        return CommitResult(
            preview.duplicate_batch,
            0,
            f"该文件与第 {preview.duplicate_batch} 号上报内容完全相同，已上报过，无需重复提交。",
        )
    unit_id = _unit_id(session, preview.unit_name)
    period = preview.period
    counts = {}
    storable = []
    for report in preview.sheets:
        rows = [] if report.blocked else [r for r in report.rows if r.accepted]
        counts[report.program] = {
            "sheet": report.sheet,
            "accepted": len(rows),
            "rejected": len(report.rows) - len(rows),
            **report.diff,
        }
        # A sheet whose every row was rejected keeps the earlier return; an empty sheet is a nil return.
        if report.blocked or (report.rows and not rows):
            continue
        storable.append((report, rows))
    batch = UploadBatch(
        unit_id=unit_id,
        year=period.year,
        month=period.month,
        source=source,
        uploaded_by=uploaded_by,
        file_name=preview.file_name,
        size_bytes=preview.size,
        sha256=preview.sha256,
        status="committed",
        accepted_rows=sum(len(rows) for _, rows in storable),
        rejected_rows=sum(len(r.rows) for r in preview.sheets) - sum(len(rows) for _, rows in storable),
        counts=counts,
    )
    session.add(batch)
    session.flush()
    firms = {
        str(r.values["uscc"]): (str(r.values.get("enterprise_name", "")), unit_id)
        for _, rows in storable
        for r in rows
        if r.values.get("uscc")
    }
    enterprise_ids = ensure_enterprises(session, firms)
    superseded_batches: set[int] = set()
    stored = 0
    for report, rows in storable:
        program = registry.get(report.program)
        superseded_batches |= _supersede(session, program.key, unit_id, period)
        records = [
            record_row(
                program,
                unit_id=unit_id,
                year=period.year,
                month=period.month,
                values=row.values,
                enterprise_id=enterprise_ids.get(str(row.values.get("uscc"))),
                batch_id=batch.id,
                source_row=row.excel_row,
                quantity_unit=row.values.get("quantity_unit"),
                identity=row.identity,
            )
            for row in rows
        ]
        insert_records(session, records)
        stored += len(records)
    _mark_superseded(session, superseded_batches - {batch.id})
    bump_data_version(session)
    accepted = [f"{i.sheet}!{i.cell} {i.value}：{i.message}" for i in preview.issues if i.code == "uscc_accepted"]
    audit(
        session,
        uploaded_by,
        "upload",
        "upload_batch",
        batch.id,
        file=preview.file_name,
        sha256=preview.sha256,
        unit=preview.unit_name,
        period=f"{period.year}-{period.month:02d}",
        counts=counts,
        accepted_checks=accepted,
    )
    return CommitResult(batch.id, stored, f"已入库 {stored} 条记录（上报编号 {batch.id}）。")


def _supersede(session: Session, program: str, unit_id: int, period: Period) -> set[int]:
    """Mark the unit's current records of this program and month as history; returns their batches."""
    where = (
        ProgramRecord.program == program,
        ProgramRecord.unit_id == unit_id,
        ProgramRecord.year == period.year,
        ProgramRecord.month == period.month,
        ProgramRecord.is_current.is_(True),
    )
    batches = set(session.scalars(select(ProgramRecord.batch_id).where(*where).distinct()))
    session.execute(update(ProgramRecord).where(*where).values(is_current=False))
    return {b for b in batches if b is not None}


def _mark_superseded(session: Session, batch_ids: set[int]) -> None:
    for batch_id in batch_ids:
        still_current = session.scalar(
            select(ProgramRecord.id)
            .where(ProgramRecord.batch_id == batch_id, ProgramRecord.is_current.is_(True))
            .limit(1)
        )
        if still_current is None:
            session.execute(update(UploadBatch).where(UploadBatch.id == batch_id).values(status="superseded"))


def rollback_batch(session: Session, batch_id: int, *, actor: Actor, reason: str = "") -> str:
    """Withdraw a submission: its records stop counting and the return it replaced counts again."""
    batch = session.get(UploadBatch, batch_id)
    if batch is None:
        raise ValueError(f"没有编号为 {batch_id} 的上报记录。")
    unit_name = session.scalar(select(Unit.name).where(Unit.id == batch.unit_id)) or ""
    require_unit(actor, unit_name, "撤回上报")
    if not reason.strip():
        raise ValueError("撤回上报必须说明理由。")
    by = actor.username
    if batch.status == "rolled_back":
        raise ValueError(f"第 {batch_id} 号上报已经撤回过。")
    programs = set(session.scalars(select(ProgramRecord.program).where(ProgramRecord.batch_id == batch_id).distinct()))
    session.execute(update(ProgramRecord).where(ProgramRecord.batch_id == batch_id).values(is_current=False))
    batch.status = "rolled_back"
    restored = 0
    for program in programs:
        previous = session.scalar(
            select(UploadBatch.id)
            .join(ProgramRecord, ProgramRecord.batch_id == UploadBatch.id)
            .where(
                ProgramRecord.program == program,
                ProgramRecord.unit_id == batch.unit_id,
                ProgramRecord.year == batch.year,
                ProgramRecord.month == batch.month,
                UploadBatch.id < batch_id,
                UploadBatch.status != "rolled_back",
            )
            .order_by(UploadBatch.id.desc())
            .limit(1)
        )
        if previous is None:
            continue
        restored += session.execute(
            update(ProgramRecord)
            .where(
                ProgramRecord.batch_id == previous,
                ProgramRecord.program == program,
                ProgramRecord.unit_id == batch.unit_id,
                ProgramRecord.year == batch.year,
                ProgramRecord.month == batch.month,
            )
            .values(is_current=True)
        ).rowcount
        session.execute(update(UploadBatch).where(UploadBatch.id == previous).values(status="committed"))
    bump_data_version(session)
    audit(session, by, "rollback", "upload_batch", batch_id, reason=reason, restored=restored)
    return f"已撤回第 {batch_id} 号上报，恢复此前上报的 {restored} 条记录。"
