"""Upload service: preview a file against what is stored, commit it as one transaction, roll back.

A unit's return for a program and month replaces the earlier one (kept as history, never counted
twice); the identical file twice is a no-op. Callers own the unit of work (lib.store.transaction);
the writes themselves are store commands (lib.store.batches).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from lib.auth import Actor, require_admin, require_unit
from lib.collector import bulk_work
from lib.ingest import shapes
from lib.ingest.fixes import Fixes, LeftOut, apply_fixes, block_range
from lib.ingest.headers import normalise_header
from lib.ingest.layout import Layout
from lib.ingest.mappings import (
    Remembered,
    apply_headers,
    apply_remembered,
    load_remembered,
    resolve_field,
    save_column_mapping,
    save_value_mapping,
)
from lib.ingest.messages import ERROR, message
from lib.ingest.read import Limits, Sheet, UnreadableFile, iter_sheets
from lib.ingest.validate import (
    ROWS_PER_SHEET,
    Context,
    Issue,
    RowResult,
    column_letter,
    placeholder_keys,
    validate_block,
)
from lib.models import Enterprise, ProgramRecord, Unit, UploadBatch
from lib.periods import Period, check_return_period, due_at, refused
from lib.programs import Program, Registry
from lib.quality_rules import SPIKE_FACTOR, STEADY_MONTHS, check_spike, check_sudden_zero, history_of, monthly_counts
from lib.region import Region
from lib.review import require_replaceable, require_withdrawable
from lib.store import among, event_date, jsonable, storable_id
from lib.store.batches import commit_return, keep_fixes, lock_unit, of_batch, withdraw_return


@dataclass
class SheetReport:
    """One block of a sheet read as one program: its rows, problems and how its headers were read."""

    sheet: str
    program: str
    program_title: str
    header_row: int
    rows: list[RowResult]
    issues: list[Issue]
    skipped: dict[str, int]
    diff: dict[str, int] = field(default_factory=dict)
    layout: Layout | None = None
    remembered_at: dt.datetime | None = None
    # The sheet as read, kept for the review grid (re-checking fixed rows) when the upload is small enough.
    source: Sheet | None = field(default=None, repr=False)
    left_out: list[LeftOut] = field(default_factory=list)  # rows the clerk left out of the return, with why
    # The sheets it was read through (laid across, forms, …): where each cell read came from in the file.
    made: list[shapes.Shaped] = field(default_factory=list, repr=False)

    def file_cell(self, issue: Issue) -> str:
        """The cell of the file a problem is in ("C7"), also when the sheet was read through another shape."""
        if issue.row is None or issue.col_index is None or not self.made:
            return issue.cell
        row, column = shapes.origin(self.made, issue.row, issue.col_index)
        return f"{column_letter(column - 1)}{row}"

    @property
    def label(self) -> str:
        """The sheet, and where the block starts when the sheet holds several."""
        if self.layout is None or self.layout.blocks == 1:
            return self.sheet
        return f"{self.sheet}（第{self.layout.first_row + 1}行起）"

    @property
    def missing(self) -> list[str]:
        """Required fields the block's headers do not give."""
        if self.layout is None:
            return []
        program, present = self.layout.program, set(self.layout.headers)
        return [c.key for c in program.columns if c.required and c.key not in present and not c.implied_by]

    @property
    def needs_mapping(self) -> bool:
        """A required field not found, or a header read with little confidence or a tie: ask the clerk."""
        match = self.layout.match if self.layout else None
        if match is None:
            return False
        return bool(self.missing or match.ambiguous or any(m.proposed for m in match.matches.values()))

    def mapping(self) -> list[dict]:
        """Which header went to which field, for the preview."""
        match = self.layout.match if self.layout else None
        if match is None:
            return []
        how = {"auto": "自动", "remembered": "按上次确认", "chosen": "已指定"}
        return [
            {
                "field": m.field,
                "header": m.header,
                "score": m.score,
                "source": m.source,
                "how": "自动（请确认）" if m.proposed else how.get(m.source, m.source),
            }
            for m in sorted(match.matches.values(), key=lambda m: m.column)
        ]

    @property
    def accepted(self) -> int:
        return len(self.rows) - self.rejected

    @property
    def rejected(self) -> int:
        return sum(1 for r in self.rows if r.issues and not r.accepted)  # a row without problems is accepted

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
    context: Context | None = field(default=None, repr=False)  # what the rows were checked against
    fixes: Fixes = field(default_factory=Fixes)  # what the clerk fixed on the page (stored with the batch)

    @property
    def issues(self) -> list[Issue]:
        return [i for s in self.sheets for i in s.issues]

    @cached_property
    def storable(self) -> dict[str, list[tuple[SheetReport, list[RowResult]]]]:
        """Per program, the blocks and rows a commit stores: a program whose every row was refused
        (or whose sheet was) stores nothing and keeps the return in force; an empty sheet is a nil return."""
        out: dict[str, list[tuple[SheetReport, list[RowResult]]]] = {}
        for key in dict.fromkeys(s.program for s in self.sheets):
            blocks = [
                (s, [] if s.blocked else [r for r in s.rows if r.accepted]) for s in self.sheets if s.program == key
            ]
            if sum(len(rows) for _, rows in blocks) == 0 and any(s.rows for s, _ in blocks):
                continue
            out[key] = blocks
        return out

    def program_counts(self) -> dict[str, dict]:
        """What the return says per program, as stored with the batch: rows accepted and refused, and
        whether the program's return was refused as a whole (then it does not count as reported)."""
        storable = self.storable
        counts: dict[str, dict] = {}
        for report in self.sheets:
            accepted = 0 if report.blocked else report.accepted
            entry = counts.setdefault(
                report.program,
                {
                    "sheet": report.sheet,
                    "accepted": 0,
                    "rejected": 0,
                    "new": 0,
                    "changed": 0,
                    "unchanged": 0,
                    "removed": 0,
                },
            )
            if report.sheet not in entry["sheet"].split("、"):
                entry["sheet"] += f"、{report.sheet}"
            entry["accepted"] += accepted
            entry["rejected"] += len(report.rows) - accepted
            for key, value in report.diff.items():
                entry[key] = entry.get(key, 0) + value
        for key, entry in counts.items():
            entry["refused"] = key not in storable
        return counts

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
            "ignored_sheets": list(self.ignored_sheets),
            "sheets": [
                {
                    "sheet": s.sheet,
                    "program": s.program,
                    "header_row": s.header_row,
                    "accepted": 0 if s.blocked else s.accepted,
                    "rejected": s.rejected if not s.blocked else len(s.rows),
                    "columns": s.mapping(),
                    "missing": s.missing,
                    "issues": [i.as_json() for i in s.issues],
                    "rows": [
                        {
                            "row": r.excel_row,
                            "accepted": r.accepted and not s.blocked,
                            "values": {k: jsonable(v) for k, v in r.values.items() if v not in (None, "")},
                        }
                        for r in s.rows
                    ],
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
        raise ValueError(f"上报单位“{name}”不在数据库中，请先运行 .venv/bin/python -m lib.cli init。")
    return unit_id


def _stored_identities(session: Session, program: str, unit_id: int, period: Period) -> dict[str, dict]:
    rows = session.execute(
        select(ProgramRecord.identity, ProgramRecord.data).where(
            ProgramRecord.program == program,
            ProgramRecord.unit_id == unit_id,
            ProgramRecord.year == period.year,
            ProgramRecord.month == period.month,
            ProgramRecord.is_current == true(),
        )
    ).all()
    return {identity: data for identity, data in rows}


def _elsewhere(session: Session, program: str, unit_id: int, period: Period, identities: list[str]) -> dict:
    """Identities already stored for another month or unit: identity -> (year, month, unit name)."""
    found: dict[str, tuple[int, int, str]] = {}
    rows = session.execute(
        select(ProgramRecord.identity, ProgramRecord.year, ProgramRecord.month, ProgramRecord.unit_id, Unit.name)
        .join(Unit, Unit.id == ProgramRecord.unit_id)
        .where(
            ProgramRecord.program == program,
            ProgramRecord.is_current == true(),
            among(session, ProgramRecord.identity, identities),
        )
    ).all()
    for identity, year, month, other_unit, name in rows:
        if (other_unit, year, month) != (unit_id, period.year, period.month):
            found.setdefault(identity, (year, month, name))
    return found


# A sheet named for a month only ("1月", "2025年3月", "03月份"): a ledger keeps one a month.
_MONTH_SHEET = re.compile(r"(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月份?")


_INSTRUCTIONS = re.compile(r"(填报|填表|填写|使用)(说明|须知|要求)")
_YEAR_TO_DATE = re.compile(r"累计|累積|汇总|匯總|全年|年度合计")


# A month a title names: 2024年11月, not a day's date (填报时间：2024年12月3日, 截至2024年11月30日 say when, not which).
_TITLE_MONTH = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)")


def _this_months_copies(reports: list[SheetReport], period: Period, ignored: list[str]) -> list[SheetReport]:
    """Last month's sheet kept beside the copy made for this month (绿色产品认证, 绿色产品认证 (2)): of a
    program's sheets whose titles name a month, those naming another month than the return's are left out
    when one names the return's month."""

    def month(report: SheetReport) -> tuple[int, int] | None:
        found = _TITLE_MONTH.search(unicodedata.normalize("NFKC", report.layout.title if report.layout else ""))
        return (int(found.group(1)), int(found.group(2))) if found else None

    months = {id(report): month(report) for report in reports}
    this = (period.year, period.month)
    current = {report.program for report in reports if months[id(report)] == this}
    kept = []
    for report in reports:
        if report.program in current and months[id(report)] not in (None, this):
            if report.sheet not in ignored:
                ignored.append(report.sheet)
            continue
        kept.append(report)
    return kept


def other_month(sheet_name: str, period: Period) -> bool:
    """Whether a sheet is named for another month than the return's: a year's ledger uploaded for March
    holds 1月 and 2月 too, which were returned in their own months."""
    named = _MONTH_SHEET.fullmatch(unicodedata.normalize("NFKC", sheet_name).strip())
    if named is None:
        return False
    year = int(named.group(1)) if named.group(1) else period.year
    return (year, int(named.group(2))) != (period.year, period.month)


def _mapping_issues(report: SheetReport) -> list[Issue]:
    """Sheet-level words on how the headers were read: remembered, proposed or tied."""
    layout, issues = report.layout, []
    match = layout.match
    if report.remembered_at is not None:
        severity, text = message(
            "remembered_mapping", when=f"{report.remembered_at:%Y年%m月%d日}", count=len(match.matches)
        )
        issues.append(Issue(report.sheet, None, "表头", "", "remembered_mapping", severity, text))
    for key, columns in match.ambiguous.items():
        header = layout.program.column(key).header
        candidates = "”“".join(match.cells.get(c, "") for c in columns)
        severity, text = message("ambiguous_column", column=header, candidates=candidates)
        issues.append(Issue(report.sheet, None, header, "", "ambiguous_column", severity, text))
    for m in match.matches.values():
        if m.proposed:
            header = layout.program.column(m.field).header
            severity, text = message("proposed_column", column=header, value=m.header)
            issues.append(Issue(report.sheet, None, header, m.header, "proposed_column", severity, text, m.column))
    return issues


def _sheet_report(sheet: Sheet, layout: Layout, context: Context, remembered_at: dt.datetime | None) -> SheetReport:
    program = layout.program
    report = SheetReport(
        sheet.name,
        program.key,
        program.title,
        layout.header_row + 1,
        [],
        [],
        {},
        layout=layout,
        remembered_at=remembered_at,
    )
    # Checked first: a header whose cells do not fit its field is let go (and may leave a field missing).
    block = validate_block(sheet, layout, context)
    report.rows, report.skipped = block.rows, block.skipped
    report.issues = _mapping_issues(report) + block.issues + [i for r in block.rows for i in r.issues]
    if report.missing:
        # Nothing of the sheet is stored until the header is fixed, but its rows were checked as far as the
        # known columns allow: the clerk meets a bad credit code now, not after fixing the header.
        issues = []
        for key in report.missing:
            column = program.column(key)
            severity, text = message(
                "missing_column", column=column.header, aliases="、".join((column.header, *column.aliases[:3]))
            )
            issues.append(Issue(sheet.name, None, column.header, "", "missing_column", severity, text))
        for row in report.rows:
            row.issues = [issues[0], *row.issues]
        report.issues = issues + report.issues
    return report


GRID_MAX_ROWS = 20_000  # rows of a return the review grid offers to fix on the page; more: fix in Excel


def recheck_upload(session: Session, base: Preview, fixes: Fixes) -> Preview:
    """The base preview (checked with keep_source, no fixes) as it reads with the clerk's fixes. Only the
    rows a fix touches are read and checked again, with the same checks as an upload (types, choices,
    credit codes, the unit, learned words, what is stored elsewhere); repeats within the file are found
    again over every row's identity. Writes nothing; a commit reads the file again with the same fixes,
    so it stores exactly this."""
    reports = list(base.sheets)
    rechecked: list[RowResult] = []
    for n, report in enumerate(base.sheets):
        if report.source is None or report.layout is None:
            continue
        touched = fixes.rows_of(report.sheet) & {r.excel_row for r in report.rows}
        if not touched:
            continue
        checked, left_out = _recheck_rows(base.context, report.source, report.layout, touched, fixes)
        rechecked += checked.values()
        gone = {o.row for o in left_out}
        rows = [checked.get(r.excel_row, r) for r in report.rows if r.excel_row not in gone]
        reports[n] = _with_rows(report, rows, left_out=left_out)
    _recheck_repeats(base.context, reports)
    programs = {r.program for r, b in zip(reports, base.sheets, strict=True) if r is not b}
    unit_id = _unit_id(session, base.unit_name) if programs else 0
    for key in programs:
        indexes = [n for n, r in enumerate(reports) if r.program == key]
        blocks = [_with_rows(reports[n], reports[n].rows) for n in indexes]
        _recheck_stored(session, blocks, unit_id, base, {id(r) for r in rechecked})
        for n, block in zip(indexes, blocks, strict=True):
            reports[n] = block
    return replace(base, sheets=reports, fixes=fixes, duplicate_batch=None)


def _recheck_rows(
    context: Context, source: Sheet, layout: Layout, touched: set[int], fixes: Fixes
) -> tuple[dict[int, RowResult], list[LeftOut]]:
    """Check only the touched Excel rows of a block: a sheet as read with every other data row blank."""
    span = block_range(source, layout)
    rows: list = [[]] * len(source.rows)
    rows[: span.start] = source.rows[: span.start]  # titles and headers: the block reads as before
    for row in touched:
        rows[row - 1] = source.rows[row - 1]
    for (r0, c0), (r1, _c1) in source.merged:  # a merged-down value comes from its range's first row
        if c0 in layout.columns and any(r0 < row - 1 <= r1 for row in touched):
            rows[r0] = source.rows[r0]
    sparse = Sheet(source.name, rows, source.merged, source.formula_source, source.workbook)
    left_out = apply_fixes(sparse, layout, fixes)
    own = replace(context, seen={}, sheets=list(context.sheets))
    checked = {r.excel_row: r for r in validate_block(sparse, layout, own).rows}
    return checked, left_out


def _with_rows(report: SheetReport, rows: list[RowResult], **changes) -> SheetReport:
    """A copy of a block with these rows (its row problems taken from them, its sheet-level ones kept)."""
    sheet_level = [i for i in report.issues if i.row is None]
    return replace(report, rows=rows, issues=sheet_level + [i for r in rows for i in r.issues], **changes)


def _without(row: RowResult, codes: set[str]) -> RowResult:
    kept = [i for i in row.issues if i.code not in codes]
    return row if len(kept) == len(row.issues) else replace(row, issues=kept or ())


def _recheck_repeats(context: Context, reports: list[SheetReport]) -> None:
    """Repeats within the file, found again over every row's identity in the order the file reads (the
    first keeps, later ones are refused), as the check of an upload finds them."""
    sheets = context.sheets
    seen: dict[tuple[str, str], tuple[int, str]] = {}
    for n, report in enumerate(reports):
        offset = sheets.index(report.sheet) * ROWS_PER_SHEET if report.sheet in sheets else 0
        rows, changed = [], False
        for row in report.rows:
            plain = _without(row, {"duplicate_in_file"})
            if plain.accepted and plain.identity:
                where = offset + plain.excel_row
                first, first_sheet = seen.setdefault((report.program, plain.identity), (where, report.sheet))
                if first != where:
                    shown = plain.identity.replace("|", "，")
                    other = f"{first % ROWS_PER_SHEET}行" + (
                        "" if first_sheet == report.sheet else f"（工作表“{first_sheet}”）"
                    )
                    severity, text = message("duplicate_in_file", other_row=other, identity=shown)
                    issue = Issue(report.sheet, plain.excel_row, "整行", shown, "duplicate_in_file", severity, text)
                    plain = replace(plain, issues=[*plain.issues, issue])
            same = plain.issues == row.issues
            changed |= not same
            rows.append(row if same else plain)
        if changed:
            reports[n] = _with_rows(report, rows)


def _recheck_stored(
    session: Session, reports: list[SheetReport], unit_id: int, base: Preview, rechecked: set[int]
) -> None:
    """One program's blocks after fixes: the rechecked rows already stored for another month or unit, and
    what is new, changed or unchanged against the unit's return in force."""
    live = [r for r in reports if not r.blocked]
    for report in reports:
        report.diff = {"new": 0, "changed": 0, "unchanged": 0, "removed": 0}
    if not live:
        return
    program = live[0].program
    fresh = [(report, row) for report in live for row in report.rows if id(row) in rechecked and row.accepted]
    elsewhere = _elsewhere(session, program, unit_id, base.period, list({row.identity for _, row in fresh}))
    for report, row in fresh:
        if row.identity in elsewhere:
            year, month, name = elsewhere[row.identity]
            shown = row.identity.replace("|", "，")
            where = f"{year}年{month}月" + ("" if name == base.unit_name else f"（{name}）")
            severity, text = message("duplicate_stored", identity=shown, period=where)
            issue = Issue(report.sheet, row.excel_row, "整行", shown, "duplicate_stored", severity, text)
            row.add(issue)
            report.issues.append(issue)
    _count_changes(live, _stored_identities(session, program, unit_id, base.period))


def parse_header_choices(items: list[str]) -> dict[str, str]:
    """--map "表头=字段" items as {normalised header: field as typed}."""
    out = {}
    for item in items:
        header, sep, target = item.partition("=")
        if not sep or not header.strip() or not target.strip():
            raise ValueError(f"--map 应写成 表头=字段，如 “认证时间=date” 或 “备注=忽略”，而不是“{item}”。")
        out[normalise_header(header)] = target.strip()
    return out


@bulk_work
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
    header_choices: dict[str, str] | None = None,
    fixes: Fixes | None = None,
    keep_source: bool = False,
    sheets: Iterable[Sheet] | None = None,
) -> Preview:
    """Read, validate and compare a return with what is stored; writes nothing.

    Raises UnreadableFile when the file cannot be read or holds no recognisable return sheet.
    accepted_checks lets an admin accept failed USCC check characters, with a reason, row by row.
    header_choices ({normalised header: field key, header or "忽略"}) say which header is which field,
    over what the unit confirmed before (which applies by itself).
    fixes (the review grid's) are written into the sheets before they are checked; keep_source keeps the
    sheets as read with the preview (up to GRID_MAX_ROWS rows) so that fixes can be re-checked row by row.
    sheets, when given, are the return itself (entered on the page, lib.ingest.entry) and `data` what is
    recorded of it (its size and checksum).
    """
    check_return_period(period)
    unit = region.match(unit_name)
    unit_id = _unit_id(session, unit.name)
    remembered = load_remembered(session, unit_id, registry)
    context = Context(
        region=region,
        unit_name=unit.name,
        year=period.year,
        month=period.month,
        accepted_checks=dict(accepted_checks or {}),
        placeholders=placeholder_keys(registry.placeholders),
        learned_values=remembered.values,
    )
    later = registry.not_started(period.year, period.month)
    if program_key and not registry.get(program_key).started(period.year, period.month):
        raise ValueError(f"{later}，{period.year}年{period.month}月无需上报这项工作，请核对所属月份。")
    chosen = registry.get(program_key) if program_key else None
    reports: list[SheetReport] = []
    ignored: list[str] = []
    reading = Reading(registry, chosen, file_name, context, remembered, header_choices or {})
    used = reading.used

    def read(sheet: Sheet) -> None:
        found = None if other_month(sheet.name, period) else read_blocks(sheet, reading, fixes, keep_source)
        if found is None:
            ignored.append(sheet.name)
        else:
            reports.extend(found)

    # A year-to-date sheet (2025年累计) beside the month's repeats rows returned before: read only when the file
    # holds no other return sheet. Each sheet is checked while the next is read (the reader stops when this loop is
    # left).
    totals: list[Sheet] = []
    for sheet in iter_sheets(data, file_name, limits) if sheets is None else sheets:
        if _YEAR_TO_DATE.search(unicodedata.normalize("NFKC", sheet.name)):
            totals.append(sheet)
        else:
            read(sheet)
    for sheet in totals:
        if reports:
            ignored.append(sheet.name)
        else:
            read(sheet)
    reports = _this_months_copies(reports, period, ignored)
    # A month before a program's first version has none of its rows: its sheets are read (so they are not taken
    # for another program's) and left out, and the message says from when it runs.
    early = [r for r in reports if not registry.get(r.program).started(period.year, period.month)]
    ignored.extend(r.sheet for r in early if r.sheet not in ignored)
    reports = [r for r in reports if r not in early]
    if keep_source and sum(len(r.rows) for r in reports) > GRID_MAX_ROWS:
        for report in reports:
            report.source = None
    unused = [h for h in (header_choices or {}) if h not in used]
    if unused:
        raise ValueError(f"文件“{file_name}”中没有表头“{'”“'.join(unused)}”，请核对 --map 中的表头。")
    if not reports:
        names = "、".join(p.sheet for p in registry)
        starts = f"（{later}，本月无需上报）" if later else ""
        raise UnreadableFile(
            f"文件“{file_name}”中没有找到可识别的月报工作表。请使用下载的模板，"
            f"或让工作表名称为 {names} 之一{starts}，并保留表头行（如“企业名称”“统一社会信用代码”）。"
        )
    for key in dict.fromkeys(r.program for r in reports):
        _compare(session, [r for r in reports if r.program == key], unit_id, unit.name, period)
    counts = monthly_counts(session, period)
    for report in reports:
        _quality_warnings(session, report, unit_id, unit.name, period, counts)
    _late_revision_warning(session, reports, unit_id, period)
    sha = hashlib.sha256(data).hexdigest()
    preview = Preview(
        file_name, len(data), sha, unit.name, period, reports, ignored, context=context, fixes=fixes or Fixes()
    )
    # The same file read the same way is already stored; read differently (a header mapped since), it is not.
    earlier = session.execute(
        select(UploadBatch.id, UploadBatch.counts).where(
            UploadBatch.sha256 == sha,
            UploadBatch.unit_id == unit_id,
            UploadBatch.year == period.year,
            UploadBatch.month == period.month,
            UploadBatch.status == "committed",
        )
    ).all()
    outcome = {k: v["accepted"] for k, v in preview.program_counts().items()}
    for batch_id, counts in earlier if not fixes else ():  # fixed on the page: not the file as stored before
        if {k: (v or {}).get("accepted") for k, v in (counts or {}).items()} == outcome:
            preview.duplicate_batch = batch_id
    return preview


@dataclass
class Reading:
    """What every sheet of one file is read with: the registry (or the one program chosen), the context its rows
    are checked in, the layouts confirmed before and the headers the user chose (noted in `used` when applied)."""

    registry: Registry
    chosen: Program | None
    file_name: str
    context: Context
    remembered: Remembered
    choices: dict[str, str]
    used: set[str] = field(default_factory=set)


def read_blocks(
    sheet: Sheet, reading: Reading, fixes: Fixes | None = None, keep_source: bool = False
) -> list[SheetReport] | None:
    """A sheet's blocks, each with its program, checked; None for a sheet that holds no return (then it is
    named as left out). A sheet named for instructions (the template's 填报说明, listing each program's
    fields) holds none; two fields in a column, a return laid across or written as forms are read through a
    sheet made from it."""
    if _INSTRUCTIONS.fullmatch(unicodedata.normalize("NFKC", sheet.name).strip()):
        return None
    registry, chosen, file_name = reading.registry, reading.chosen, reading.file_name
    sheet, layouts, made = shapes.read_as(sheet, registry, chosen, file_name)
    if not layouts:
        return None
    reports = []
    parts = shapes.by_program_column(sheet, layouts, registry, file_name) if chosen is None else None
    for sheet, layout in parts or [(sheet, layout) for layout in layouts]:
        when = _read_as_told(layout, reading.remembered, reading.choices, reading.used)
        left_out = apply_fixes(sheet, layout, fixes) if fixes else []
        report = _sheet_report(sheet, layout, reading.context, when)
        report.left_out = left_out
        report.made = [shaped.slim() for shaped in made]
        if keep_source:
            report.source = sheet
        reports.append(report)
    return reports


def _read_as_told(
    layout: Layout, remembered: Remembered, choices: dict[str, str], used: set[str]
) -> dt.datetime | None:
    """Apply the unit's confirmed layout, then this run's choices for the headers this block has
    (noted in used); returns when the confirmed layout was confirmed, if it applied."""
    when = apply_remembered(layout, remembered)
    here = {normalise_header(text) for text in (layout.match.cells.values() if layout.match else ())}
    wanted = {header: resolve_field(layout.program, target) for header, target in choices.items() if header in here}
    used.update(wanted)
    if wanted and apply_headers(layout, wanted, "chosen"):
        when = None
    return when


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


def _quality_warnings(
    session: Session, report: SheetReport, unit_id: int, unit_name: str, period: Period, counts: dict
) -> None:
    """The data quality checks that apply to a file before it is stored: far more rows than the
    unit's own history, and enterprises another unit already reported this year (warnings)."""
    if report.blocked:
        return
    accepted = [r for r in report.rows if r.accepted]
    history = history_of(counts, unit_name, report.program, period)  # counts: monthly_counts, read once
    if not report.rows and check_sudden_zero(history, 0):
        severity, text = message("quality_zero", steady=STEADY_MONTHS)
        report.issues.append(Issue(report.sheet, None, "整表", "0", "quality_zero", severity, text))
    if check_spike(history, len(accepted)):
        severity, text = message(
            "quality_spike", count=len(accepted), median=f"{statistics.median(history):g}", factor=f"{SPIKE_FACTOR:g}"
        )
        report.issues.append(Issue(report.sheet, None, "整表", str(len(accepted)), "quality_spike", severity, text))
    codes = list({str(r.values.get("uscc")) for r in accepted if r.values.get("uscc")})
    others: dict[str, str] = {}
    rows = session.execute(
        select(Enterprise.uscc, Unit.name)
        .join(ProgramRecord, ProgramRecord.enterprise_id == Enterprise.id)
        .join(Unit, Unit.id == ProgramRecord.unit_id)
        .where(
            among(session, Enterprise.uscc, codes),
            ProgramRecord.unit_id != unit_id,
            ProgramRecord.year == period.year,
            ProgramRecord.is_current == true(),
        )
        .distinct()
    ).all()
    for code, name in rows:
        others.setdefault(code, name)
    for row in accepted if others else ():
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
            row.add(issue)
            report.issues.append(issue)


def _compare(session: Session, reports: list[SheetReport], unit_id: int, unit_name: str, period: Period) -> None:
    """Fill each report's diff (one program's blocks together) and flag rows already stored for
    another month or unit."""
    for report in reports:
        report.diff = {"new": 0, "changed": 0, "unchanged": 0, "removed": 0}
    live = [r for r in reports if not r.blocked]
    if not live:
        return
    program = live[0].program
    accepted = [(report, row) for report in live for row in report.rows if row.accepted]
    elsewhere = _elsewhere(session, program, unit_id, period, list({row.identity for _, row in accepted}))
    for report, row in accepted if elsewhere else ():
        if row.identity in elsewhere:
            year, month, name = elsewhere[row.identity]
            shown = row.identity.replace("|", "，")
            where = f"{year}年{month}月" + ("" if name == unit_name else f"（{name}）")
            severity, text = message("duplicate_stored", identity=shown, period=where)
            issue = Issue(report.sheet, row.excel_row, "整行", shown, "duplicate_stored", severity, text)
            row.add(issue)
            report.issues.append(issue)
    _count_changes(live, _stored_identities(session, program, unit_id, period))


def _count_changes(live: list[SheetReport], stored: dict[str, dict]) -> None:
    """Each block's rows new, changed and unchanged against the return in force, and how many it removes."""
    if not stored:  # a first return for the month: every accepted row is new
        for report in live:
            report.diff["new"] = report.accepted
        return
    seen = set()
    for report in live:
        for row in report.rows:
            if not row.accepted:
                continue
            seen.add(row.identity)
            if row.identity not in stored:
                report.diff["new"] += 1
            elif stored[row.identity] == {k: jsonable(v) for k, v in row.values.items() if v not in (None, "")}:
                report.diff["unchanged"] += 1
            else:
                report.diff["changed"] += 1
    live[0].diff["removed"] = len(set(stored) - seen)


@bulk_work
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
    lock_unit(session, unit_id)
    period = preview.period
    require_replaceable(session, actor, unit_id, preview.unit_name, period, preview.storable)
    counts = preview.program_counts()
    storable = [
        (registry.get(key), [row for _, rows in blocks for row in rows]) for key, blocks in preview.storable.items()
    ]
    accepted_rows = sum(len(rows) for _, rows in storable)
    accepted = [f"{i.sheet}!{i.cell} {i.value}：{i.message}" for i in preview.issues if i.code == "uscc_accepted"]
    batch_id, stored = commit_return(
        session,
        username=uploaded_by,
        unit_id=unit_id,
        year=period.year,
        month=period.month,
        storable=storable,
        batch={
            "source": source,
            "file_name": preview.file_name,
            "size_bytes": preview.size,
            "sha256": preview.sha256,
            "accepted_rows": accepted_rows,
            "rejected_rows": sum(len(r.rows) for r in preview.sheets) - accepted_rows,
            "counts": counts,
        },
        detail={
            "file": preview.file_name,
            "sha256": preview.sha256,
            "unit": preview.unit_name,
            "period": f"{period.year}-{period.month:02d}",
            "counts": counts,
            "accepted_checks": accepted,
        },
    )
    fixed = preview.fixes.records()
    keep_fixes(session, batch_id, fixed, username=uploaded_by)
    told = f"，页面上的 {len(fixed)} 处修改随本次上报保存" if fixed else ""
    return CommitResult(batch_id, stored, f"已入库 {stored} 条记录（上报编号 {batch_id}）{told}。")


def _covered(counts: dict | None) -> set[str]:
    """Programs a submission is the return for (a refused sheet is not a return)."""
    return {program for program, entry in (counts or {}).items() if not refused(entry)}


def rollback_batch(session: Session, batch_id: int, *, actor: Actor, reason: str = "") -> str:
    """Withdraw a submission: for each program it is the return in force for, its records stop counting
    and exactly the return it replaced counts again. A submission a later one has replaced is not in
    force and cannot be withdrawn (withdraw the later one first): nothing is ever counted twice."""
    batch = session.get(UploadBatch, batch_id) if storable_id(batch_id) else None
    if batch is None:
        raise ValueError(f"没有编号为 {batch_id} 的上报记录。")
    unit_name = session.scalar(select(Unit.name).where(Unit.id == batch.unit_id)) or ""
    require_unit(actor, unit_name, "撤回上报")
    if not reason.strip():
        raise ValueError("撤回上报必须说明理由。")
    if batch.status == "rolled_back":
        raise ValueError(f"第 {batch_id} 号上报已经撤回过。")
    others = session.execute(
        select(UploadBatch.id, UploadBatch.counts)
        .where(
            UploadBatch.unit_id == batch.unit_id,
            UploadBatch.year == batch.year,
            UploadBatch.month == batch.month,
            UploadBatch.status != "rolled_back",
            UploadBatch.id != batch_id,
        )
        .order_by(UploadBatch.id)
    ).all()
    stored = of_batch(session, batch_id, batch.unit_id, batch.year, batch.month, current=None)
    covered = _covered(batch.counts) or set(session.scalars(select(ProgramRecord.program).where(*stored).distinct()))
    later = {p: [i for i, counts in others if i > batch_id and p in _covered(counts)] for p in covered}
    in_force = sorted(p for p in covered if not later[p])
    if covered and not in_force:
        newer = min(i for ids in later.values() for i in ids)
        raise ValueError(
            f"第 {batch_id} 号上报已被第 {newer} 号上报替换，当前不在使用中，不能撤回；"
            f"如需恢复第 {batch_id} 号上报的内容，请撤回第 {newer} 号上报。"
        )
    restore = {
        program: max((i for i, counts in others if i < batch_id and program in _covered(counts)), default=None)
        for program in in_force
    }
    require_withdrawable(session, actor, batch, in_force)
    restored = withdraw_return(session, batch, restore, username=actor.username, reason=reason)
    return f"已撤回第 {batch_id} 号上报，恢复此前上报的 {restored} 条记录。"


def confirm_columns(session: Session, preview: Preview, index: int, chosen: dict[str, int | None], actor: Actor) -> str:
    """The clerk's answer for block `index` of a preview: field -> column (None: the sheet has none).
    Stored for the unit, program and header layout, and applied to every later return like it."""
    report = preview.sheets[index]
    if report.layout is None:
        raise ValueError("该工作表没有可确认的表头。")
    save_column_mapping(
        session,
        unit_id=_unit_id(session, preview.unit_name),
        unit_name=preview.unit_name,
        layout=report.layout,
        chosen=chosen,
        actor=actor,
    )
    return f"已保存“{report.label}”的表头对应关系，{preview.unit_name}以后上报同样格式的表格将自动按此读取。"


def confirm_value(
    session: Session, preview: Preview, program: Program, column: str, written: str, value: str, actor: Actor
) -> str:
    """The clerk's word for a choice value, stored for the unit and applied from now on."""
    save_value_mapping(
        session,
        unit_id=_unit_id(session, preview.unit_name),
        unit_name=preview.unit_name,
        program=program,
        column=column,
        written=written,
        value=value,
        actor=actor,
    )
    return f"已保存：{preview.unit_name}{program.title}的“{program.column(column).header}”填“{written}”即为“{value}”。"


def remember_choices(session: Session, preview: Preview, actor: Actor) -> int:
    """Store the header choices a run was told (CLI --map) for each block they applied to, so the
    unit's next return in the same layout is read the same way; returns how many blocks."""
    stored = 0
    for index, report in enumerate(preview.sheets):
        if report.layout is not None and report.layout.told:
            confirm_columns(session, preview, index, dict(report.layout.told), actor)
            stored += 1
    return stored
