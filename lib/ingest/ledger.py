"""City ledgers (台账): every enterprise a city has counted over past years, one workbook per program (or one sheet
per program), each row with its county and its date. Read by the returns' reader (layouts, headers and blocks,
value words, placeholders, bounds, the separate reader process) with the row's unit taken from its county
column (or its sheet's or group's name) and its month from its date (or its 年份 and 月份 columns); stored as one
return per unit × month × program, already passed review, in one transaction (lib.store.ledger).

Planning a ledger against what is stored decides each cell (unit × month × program):
- new: nothing stored; replace: the ledger's earlier rows differ (or the unit's own return, when the admin
  chooses to replace it); unchanged: the same rows are in force, so importing a ledger twice changes nothing;
- own: the unit's own return is in force and is kept (the preview says so);
- remove: the ledger's earlier rows of a unit the ledger names, in a month it covers, and none now;
- refused: every row the ledger has for the cell is in error (what is stored stays).
A month without a unit's rows is no nil return (零报告): the ledger says nothing of returns never sent; the
上报情况 of the months a ledger covers says 台账导入 (lib.reporting).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from sqlalchemy import select, true
from sqlalchemy.orm import Session

from lib.auth import Actor, require_admin
from lib.collector import bulk_work
from lib.ingest.mappings import Remembered
from lib.ingest.messages import ERROR, message
from lib.ingest.read import Limits, UnreadableFile, iter_sheets
from lib.ingest.service import Reading, SheetReport, read_blocks
from lib.ingest.validate import Context, Issue, placeholder_keys
from lib.models import LedgerImport, ProgramRecord, ReviewAction, Unit, UploadBatch
from lib.periods import BEIJING, FIRST_RETURN, Period, refused
from lib.programs import Registry
from lib.region import Region
from lib.store import among, jsonable, storable_id, unit_ids
from lib.store.batches import lock_unit
from lib.store.ledger import SOURCE, LedgerCell, import_ledger, undo_import
from lib.vocabulary import LEDGER_ACTIONS, LEDGER_MARKS, PENDING

NEW, REPLACE, UNCHANGED, OWN, REMOVE, REFUSED = "new", "replace", "unchanged", "own", "remove", "refused"
WRITES = frozenset({NEW, REPLACE, REMOVE})  # what a commit stores
LEDGER_ROWS = 1_000_000  # rows a ledger may have in all (a province's years); returns keep the usual limit

ROOT = Path(__file__).resolve().parents[2]
Key = tuple[str, int, int, int]  # program, unit id, year, month
# An accepted row as a ledger keeps it: its sheet (the index in LedgerPreview.sheets), Excel row, identity and values
# in the order of its program's fields (LedgerPreview.fields; None: no value). A province's years are hundreds of
# thousands of rows: a tuple costs a third of a checked row.
Entry = tuple[int, int, str, tuple]


@dataclass
class Cell:
    """One unit × month × program of a ledger and what importing it does."""

    program: str
    unit: str
    unit_id: int
    year: int
    month: int
    rows: list[Entry]  # the ledger's accepted rows for it
    stored: int  # records in force now
    action: str

    @property
    def period(self) -> str:
        return f"{self.year}-{self.month:02d}"


@dataclass
class LedgerPreview:
    file_name: str
    size: int
    sha256: str
    first: Period  # the months the ledger is read for: as told, or its rows' first and last
    last: Period
    sheets: list[SheetReport]
    ignored_sheets: list[str]
    replace_own: bool
    cells: list[Cell] = field(default_factory=list)
    candidates: dict[Key, list[Entry]] = field(default_factory=dict, repr=False)
    fields: dict[str, list[str]] = field(default_factory=dict, repr=False)  # program -> the order of Entry values
    units: dict[int, str] = field(default_factory=dict, repr=False)  # unit id -> name, region order
    # Per program: rows read, accepted and rejected; and why rows were refused (each refused row's errors, and the
    # blocks' own). The sheets keep no rows once read.
    read: dict[str, dict[str, int]] = field(default_factory=dict)
    refused_issues: list[Issue] = field(default_factory=list)
    refused_cells: set[Key] = field(default_factory=set, repr=False)  # cells with a refused row of theirs

    @property
    def programs(self) -> list[str]:
        return list(dict.fromkeys(s.program for s in self.sheets))

    def values(self, program: str, entry: Entry) -> dict:
        """An entry's values by field, as checked (none of them None)."""
        # An entry made before a field was added to its program's list is shorter: it has none of that field.
        pairs = zip(self.fields[program], entry[3], strict=False)
        return {key: value for key, value in pairs if value is not None}

    @property
    def changes(self) -> list[Cell]:
        return [cell for cell in self.cells if cell.action in WRITES]

    def counts(self) -> dict[str, dict[str, int]]:
        """Per program: rows read, accepted and rejected, and unit-months by what importing does to them."""
        out = {program: dict(counts) for program, counts in self.read.items()}
        for cell in self.cells:
            entry = out.setdefault(cell.program, {"rows": 0, "accepted": 0, "rejected": 0})
            entry[cell.action] = entry.get(cell.action, 0) + 1
        for entry in out.values():
            for what in LEDGER_ACTIONS:
                entry.setdefault(what, 0)
        return out

    def table(self, program: str) -> pd.DataFrame:
        return LedgerSummary.from_json(self.as_json()).table(program)

    def as_json(self) -> dict:
        return {
            "file": self.file_name,
            "sha256": self.sha256,
            "from": self.first.key,
            "to": self.last.key,
            "replace_own": self.replace_own,
            "ignored_sheets": list(self.ignored_sheets),
            "units": list(self.units.values()),
            "programs": self.counts(),
            "cells": [
                {
                    "program": c.program,
                    "unit": c.unit,
                    "period": c.period,
                    "rows": len(c.rows),
                    "stored": c.stored,
                    "action": c.action,
                }
                for c in self.cells
            ],
            "refused": [{"sheet": i.sheet} | i.as_json() for i in self.refused_issues],
        }


@dataclass
class LedgerSummary:
    """A ledger's preview as the page shows it, and what importing it did: what `lib.cli ledger --json` says
    (LedgerPreview.as_json), read back from the process the ledger was checked in (run_apart)."""

    file_name: str
    first: Period
    last: Period
    programs: dict[str, dict[str, int]]  # LedgerPreview.counts
    cells: list[dict]
    refused: list[dict]  # sheet, row, column, value, code, severity, message
    ignored_sheets: list[str]
    units: list[str]  # in the region's order
    result: str | None = None  # the import's message

    @classmethod
    def from_json(cls, told: dict) -> LedgerSummary:
        first, last = (Period(int(told[k][:4]), int(told[k][5:])) for k in ("from", "to"))
        return cls(
            told["file"],
            first,
            last,
            told["programs"],
            told["cells"],
            told["refused"],
            told["ignored_sheets"],
            told["units"],
            told.get("result"),
        )

    @property
    def changes(self) -> int:
        """Unit-months an import would write."""
        return sum(1 for cell in self.cells if cell["action"] in WRITES)

    def table(self, program: str) -> pd.DataFrame:
        """Units × months of one program: the rows each cell would get, marked with what happens to it."""
        months = _months(self.first, self.last)
        cells = {(c["unit"], c["period"]): c for c in self.cells if c["program"] == program}
        rows = []
        for unit in self.units:
            row = {"单位": unit}
            for month in months:
                cell = cells.get((unit, month))
                row[month] = "" if cell is None else _shown(cell)
            rows.append(row)
        return pd.DataFrame(rows, columns=["单位", *months])


def _shown(cell: dict) -> str:
    """A cell of the preview's table: the rows it gets (or keeps, or loses) and what importing does to it; a cell
    replaced says how many records it had."""
    count = cell["stored"] if cell["action"] in (OWN, REMOVE) else cell["rows"]
    was = f"（原{cell['stored']}）" if cell["action"] == REPLACE else ""
    return f"{count}{LEDGER_MARKS[cell['action']]}{was}"


def _months(first: Period, last: Period) -> list[str]:
    out, month = [], first
    while (month.year, month.month) <= (last.year, last.month):
        out.append(month.key)
        month = month.next
    return out


@dataclass
class LedgerResult:
    ledger_id: int | None
    stored: int
    message: str


@bulk_work
def preview_ledger(
    session: Session,
    data: bytes,
    file_name: str,
    *,
    registry: Registry,
    region: Region,
    actor: Actor,
    program_key: str | None = None,
    first: Period | None = None,
    last: Period | None = None,
    replace_own: bool = False,
    limits: Limits | None = None,
    header_choices: dict[str, str] | None = None,
) -> LedgerPreview:
    """Read and check a ledger and plan it against what is stored; writes nothing. Raises UnreadableFile when
    the file holds no ledger sheet, ValueError for months that cannot be."""
    require_admin(actor, "导入历史台账")
    today = dt.datetime.now(BEIJING).date()
    lo, hi = first or Period(*FIRST_RETURN), last or Period(today.year, today.month)
    if (lo.year, lo.month) > (hi.year, hi.month):
        raise ValueError(f"起始月份（{lo.year}年{lo.month}月）晚于截止月份（{hi.year}年{hi.month}月），请核对。")
    if (hi.year, hi.month) > (today.year, today.month):
        raise ValueError(f"截止月份（{hi.year}年{hi.month}月）还没有到，请核对。")
    context = Context(
        region=region,
        unit_name="",
        year=hi.year,
        month=hi.month,
        placeholders=placeholder_keys(registry.placeholders),
        ledger=((lo.year, lo.month), (hi.year, hi.month)),
    )
    chosen = registry.get(program_key) if program_key else None
    reading = Reading(registry, chosen, file_name, context, Remembered(), header_choices or {})
    base = limits or Limits.configured()
    limits = Limits(base.max_bytes, max(base.max_rows, LEDGER_ROWS), base.max_expanded_bytes, base.max_zip_entries)
    reports: list[SheetReport] = []
    ignored: list[str] = []
    ids = unit_ids(session)
    kept = _Kept(registry, ids)
    for sheet in iter_sheets(data, file_name, limits):
        found = read_blocks(sheet, reading)
        if found is None:
            ignored.append(sheet.name)
            continue
        for report in found:
            kept.add(report, len(reports))
            reports.append(report)
    unused = [h for h in (header_choices or {}) if h not in reading.used]
    if unused:
        raise ValueError(f"文件“{file_name}”中没有表头“{'”“'.join(unused)}”，请核对 --map 中的表头。")
    if not reports:
        names = "、".join(p.sheet for p in registry)
        raise UnreadableFile(
            f"文件“{file_name}”中没有找到可识别的台账工作表。请让工作表名称为 {names} 之一（或用 --program 指定），"
            "并保留表头行（如“企业名称”“统一社会信用代码”“所属县（市、区）”和日期列）。"
        )
    candidates = kept.candidates
    if first is None or last is None:  # the months the ledger covers: as told, else its rows' first and last
        months = sorted((year, month) for _, _, year, month in candidates) or [(hi.year, hi.month)]
        lo = first or Period(*months[0])
        hi = last or Period(*months[-1])
    order = {unit.name: i for i, unit in enumerate(region.units)}
    units = {uid: name for name, uid in sorted(ids.items(), key=lambda item: order.get(item[0], len(order)))}
    preview = LedgerPreview(
        file_name,
        len(data),
        hashlib.sha256(data).hexdigest(),
        lo,
        hi,
        reports,
        ignored,
        replace_own,
        candidates=candidates,
        fields=kept.fields,
        units=units,
        read=kept.read,
        refused_issues=kept.refused,
        refused_cells=kept.refused_cells,
    )
    preview.cells = _plan(session, preview)
    return preview


class _Kept:
    """What a ledger's blocks leave once checked, block by block (so that a sheet's checked rows are let go before
    the next sheet's are made): the accepted rows by cell, compact; the counts; why rows were refused."""

    def __init__(self, registry: Registry, ids: dict[str, int]):
        self.registry, self.ids = registry, ids
        self.candidates: dict[Key, list[Entry]] = {}
        self.fields: dict[str, list[str]] = {}
        self.read: dict[str, dict[str, int]] = {}
        self.refused: list[Issue] = []
        self.refused_cells: set[Key] = set()  # cells a refused row names (its unit and month read)

    def add(self, report: SheetReport, number: int) -> None:
        program = self.registry.get(report.program)
        fields = self.fields.setdefault(program.key, [c.key for c in program.columns])
        known = set(fields)
        counts = self.read.setdefault(program.key, {"rows": 0, "accepted": 0, "rejected": 0})
        counts["rows"] += len(report.rows)
        for row in report.rows if not report.blocked else ():
            when = row.month if row.accepted else None  # a row without a month is refused by the check
            if when is not None and not program.started(*when):
                since = f"{program.since[0]}年{program.since[1]}月" if program.since else ""
                shown = f"{when[0]}年{when[1]}月"
                severity, text = message("ledger_not_started", value=shown, since=since)
                issue = Issue(report.sheet, row.excel_row, "日期", shown, "ledger_not_started", severity, text)
                row.add(issue)
                report.issues.append(issue)
            if not row.accepted or when is None:
                unit = self.ids.get(row.values.get("unit")) if row.month else None
                if unit is not None:
                    self.refused_cells.add((program.key, unit, *row.month))
                continue
            if not known.issuperset(row.values):
                fields.extend(key for key in row.values if key not in known)
                known = set(fields)
            entry = (number, row.excel_row, row.identity, tuple(map(row.values.get, fields)))
            self.candidates.setdefault((program.key, self.ids[row.values["unit"]], *when), []).append(entry)
            counts["accepted"] += 1
        counts["rejected"] = counts["rows"] - counts["accepted"]
        refused_rows = {r.excel_row for r in report.rows if not r.accepted}
        self.refused.extend(
            issue
            for issue in report.issues
            if issue.severity == ERROR and (issue.row is None or report.blocked or issue.row in refused_rows)
        )
        report.rows = []  # kept compact above


HASHED = 2**64  # a cell's records are compared by the sum of their hashes, modulo this, and their number


def _fingerprint(identity: str, values: dict) -> int:
    """A record as compared with a ledger's row: its identity and values (as stored: dates as ISO text)."""
    try:
        return hash((identity, frozenset(values.items())))
    except TypeError:  # a value that is a list or a mapping
        return hash((identity, json.dumps(values, sort_keys=True, ensure_ascii=False)))


def _stored(session: Session, preview: LedgerPreview) -> tuple[dict[Key, tuple[int, int]], set[Key]]:
    """The records in force in the ledger's programs and months, per cell their number and the sum of their
    fingerprints (what a province's years of records would cost as dicts is not held), and the cells whose return
    in force is the unit's own (not a ledger's)."""
    programs, lo, hi = preview.programs, preview.first, preview.last
    span = ((lo.year, lo.month), (hi.year, hi.month))
    records = session.execute(
        select(ProgramRecord.program, ProgramRecord.unit_id, ProgramRecord.year, ProgramRecord.month)
        .add_columns(ProgramRecord.identity, ProgramRecord.data)
        .where(
            ProgramRecord.program.in_(programs),
            ProgramRecord.year.between(lo.year, hi.year),
            ProgramRecord.is_current == true(),
        )
        .execution_options(yield_per=5_000)
    )
    stored: dict[Key, tuple[int, int]] = {}
    for program, unit_id, year, month, identity, data in records:
        if span[0] <= (year, month) <= span[1]:
            key = (program, unit_id, year, month)
            count, total = stored.get(key, (0, 0))
            stored[key] = (count + 1, (total + _fingerprint(identity, data)) % HASHED)
    batches = session.execute(
        select(UploadBatch.id, UploadBatch.unit_id, UploadBatch.year, UploadBatch.month)
        .add_columns(UploadBatch.source, UploadBatch.counts)
        .where(UploadBatch.year.between(lo.year, hi.year), UploadBatch.status == "committed")
        .order_by(UploadBatch.id)
    )
    latest: dict[Key, str] = {}  # the source of the latest return in force for each cell
    for _, unit_id, year, month, source, counts in batches:
        if year is None or not span[0] <= (year, month) <= span[1]:
            continue
        for program, entry in (counts or {}).items():
            if program in programs and not refused(entry):
                latest[(program, unit_id, year, month)] = source
    return stored, {key for key, source in latest.items() if source != SOURCE}


def _plan(session: Session, preview: LedgerPreview) -> list[Cell]:
    """What importing does to each cell the ledger has rows for, or had (see the module's docstring)."""
    stored, own = _stored(session, preview)
    candidates = preview.candidates

    def action(key: Key, rows: list[Entry]) -> str:
        if not rows:
            return REFUSED
        if key in own and not preview.replace_own:
            return OWN
        total = sum(_fingerprint(e[2], _stored_form(preview.values(key[0], e))) for e in rows)
        if stored.get(key) == (len(rows), total % HASHED):
            return UNCHANGED
        return REPLACE if key in stored or key in own else NEW

    actions = {key: action(key, rows) for key, rows in candidates.items()}
    named = {(program, unit_id) for program, unit_id, _, _ in candidates}
    # A cell whose every row the ledger has is refused keeps what is stored; one the ledger has no rows for loses the
    # ledger's earlier rows.
    actions.update({key: REFUSED for key in preview.refused_cells if key not in candidates})
    removed = [key for key in stored if key not in actions and key not in own and (key[0], key[1]) in named]
    actions.update(dict.fromkeys(removed, REMOVE))
    if _refuse_stored_elsewhere(session, preview, actions):
        for key, rows in candidates.items():
            actions[key] = action(key, rows)
    cells = []
    for key, what in actions.items():
        program, unit_id, year, month = key
        rows = candidates.get(key, [])
        count = stored.get(key, (0, 0))[0]
        cells.append(Cell(program, preview.units[unit_id], unit_id, year, month, rows, count, what))
    order = {uid: i for i, uid in enumerate(preview.units)}
    cells.sort(key=lambda c: (preview.programs.index(c.program), order[c.unit_id], c.year, c.month))
    return cells


def _stored_form(values: dict) -> dict:
    return {k: jsonable(v) for k, v in values.items()}


def _refuse_stored_elsewhere(session: Session, preview: LedgerPreview, actions: dict[Key, str]) -> bool:
    """Rows stored in force for another unit or month that this import leaves as they are: refused as counted
    already (as in a return), taken out of their cells. True when any was."""
    written = {key for key, what in actions.items() if what in WRITES}
    refused: dict[Key, set[str]] = {}
    for program in preview.programs:
        rows = {
            entry[2]: (key, entry)
            for key, found in preview.candidates.items()
            if key[0] == program and key in written
            for entry in found
        }
        if not rows:
            continue
        found = session.execute(
            select(ProgramRecord.identity, ProgramRecord.unit_id, ProgramRecord.year, ProgramRecord.month).where(
                ProgramRecord.program == program,
                ProgramRecord.is_current == true(),
                among(session, ProgramRecord.identity, list(rows)),
            )
        ).all()
        for identity, unit_id, year, month in found:
            key, (sheet, excel_row, _, _) = rows[identity]
            there = (program, unit_id, year, month)
            if there == key or there in written:
                continue
            shown = identity.replace("|", "，")
            where = f"{year}年{month}月（{preview.units.get(unit_id, '')}）"
            severity, text = message("duplicate_stored", identity=shown, period=where)
            name = preview.sheets[sheet].sheet
            preview.refused_issues.append(Issue(name, excel_row, "整行", shown, "duplicate_stored", severity, text))
            refused.setdefault(key, set()).add(identity)
            preview.read[program]["accepted"] -= 1
            preview.read[program]["rejected"] += 1
    for key, identities in refused.items():
        preview.candidates[key] = [entry for entry in preview.candidates[key] if entry[2] not in identities]
    return bool(refused)


@bulk_work
def commit_ledger(session: Session, preview: LedgerPreview, *, registry: Registry, actor: Actor) -> LedgerResult:
    """Store the ledger's changed cells in the caller's one transaction, planned again against what is stored
    now (a unit may have sent a return since the preview)."""
    require_admin(actor, "导入历史台账")
    for unit_id in sorted({key[1] for key in preview.candidates}):
        lock_unit(session, unit_id)
    preview.cells = _plan(session, preview)
    changes = preview.changes
    if not changes:
        return LedgerResult(None, 0, "台账与已入库的数据一致，没有需要导入的内容。")
    sheets: dict[str, list[str]] = {}
    for report in preview.sheets:
        sheets.setdefault(report.program, []).append(report.sheet)
    cells = [
        LedgerCell(
            registry.get(cell.program),
            cell.unit_id,
            cell.year,
            cell.month,
            cell.rows,  # none for a cell removed
            preview.fields[cell.program],
            {
                "sheet": "、".join(dict.fromkeys(sheets[cell.program])),
                "accepted": len(cell.rows),
                "rejected": 0,
                "refused": False,
            },
        )
        for cell in changes
    ]
    tally = Counter(cell.action for cell in preview.cells)
    counts = {what: tally.get(what, 0) for what in LEDGER_ACTIONS}
    ledger = {
        "file_name": preview.file_name,
        "size_bytes": preview.size,
        "sha256": preview.sha256,
        "first_year": preview.first.year,
        "first_month": preview.first.month,
        "last_year": preview.last.year,
        "last_month": preview.last.month,
        "programs": preview.programs,
        "counts": counts,
        "replace_own": preview.replace_own,
    }
    detail = {
        "file": preview.file_name,
        "sha256": preview.sha256,
        "from": preview.first.key,
        "to": preview.last.key,
        "programs": preview.programs,
        "cells": counts,
    }
    ledger_id, stored = import_ledger(session, username=actor.username, ledger=ledger, cells=cells, detail=detail)
    told = "、".join(f"{LEDGER_ACTIONS[what]} {counts[what]} 个" for what in (NEW, REPLACE, REMOVE) if counts[what])
    kept = f"；保留单位自行上报的月报 {counts[OWN]} 个" if counts[OWN] else ""
    return LedgerResult(
        ledger_id, stored, f"已导入台账（第 {ledger_id} 号）：{told}单位月份，入库 {stored} 条记录{kept}。"
    )


IMPORT_TIMEOUT_S = 1800  # a ledger beyond half an hour is refused, with nothing stored


def run_apart(
    data: bytes,
    file_name: str,
    *,
    username: str,
    commit: bool,
    database_url: str,
    program_key: str | None = None,
    first: Period | None = None,
    last: Period | None = None,
    replace_own: bool = False,
    header_map: tuple[str, ...] = (),
) -> LedgerSummary:
    """A ledger previewed, or imported, by `lib.cli ledger` in a process of its own, as `username` (whose role
    decides): a province's ledger takes a few hundred MB while it is checked, given back when that process ends,
    never held by a serving process. header_map: "表头=字段" items (the command's --map). Raises UnreadableFile or
    ValueError with the command's Chinese message."""
    with tempfile.TemporaryDirectory(prefix="qb-ledger-") as folder:
        path = Path(folder) / f"ledger{Path(file_name).suffix.lower()[:8]}"
        path.write_bytes(data)
        # --name=…: a name as the user sent it (one beginning with "-" too) is one argument, never an option.
        command = [sys.executable, "-m", "lib.cli", "ledger", str(path), "--json", f"--as={username}"]
        command += [f"--name={file_name}"]
        command += ["--program", program_key] if program_key else []
        command += ["--from", first.key] if first else []
        command += ["--to", last.key] if last else []
        command += ["--replace-own"] if replace_own else []
        command += [f"--map={item}" for item in header_map]
        command += [] if commit else ["--dry-run"]
        env = {**os.environ, "DATABASE_URL": database_url}
        try:
            done = subprocess.run(
                command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=IMPORT_TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired as late:
            raise ValueError(
                f"台账“{file_name}”处理超过 {IMPORT_TIMEOUT_S // 60} 分钟，已停止，未导入任何内容。"
            ) from late
    if done.returncode != 0:
        said = [line.removeprefix("错误：") for line in done.stderr.splitlines() if line.startswith("错误：")]
        problem = said[-1] if said else f"台账“{file_name}”未能处理（{done.stderr.strip()[-300:]}）"
        raise (UnreadableFile if done.returncode == 2 else ValueError)(problem)
    return LedgerSummary.from_json(json.loads(done.stdout))


def undo_ledger(session: Session, ledger_id: int, *, actor: Actor, reason: str) -> str:
    """Undo a ledger import (an admin's): every unit-month it changed gets back exactly the return it had before,
    in the review state it had; refused, with nothing changed, when a unit has sent a return for one of them since."""
    require_admin(actor, "撤销台账导入")
    if not reason.strip():
        raise ValueError("撤销台账导入必须说明理由。")
    entry = session.get(LedgerImport, ledger_id) if storable_id(ledger_id) else None
    if entry is None:
        raise ValueError(f"没有编号为 {ledger_id} 的台账导入。")
    if entry.undone_at is not None:
        raise ValueError(f"第 {ledger_id} 号台账导入已经撤销过。")
    cells = [tuple(cell) for cell in entry.cells]
    for unit_id in sorted({cell[1] for cell in cells}):
        lock_unit(session, unit_id)
    made = {cell[5] for cell in cells if cell[5] is not None}
    query = select(UploadBatch.id, UploadBatch.status).where(among(session, UploadBatch.id, sorted(made)))
    status = dict(session.execute(query).all()) if made else {}
    names = dict(session.execute(select(Unit.id, Unit.name)).all())
    later = [cell for cell in cells if cell[5] is not None and status.get(cell[5]) == "superseded"]
    later += _filled_since(session, [cell for cell in cells if cell[5] is None])
    if later:
        shown = "、".join(f"{names.get(c[1], '')}{c[2]}年{c[3]}月" for c in later[:5])
        shown += "等" if len(later) > 5 else ""
        raise ValueError(
            f"第 {ledger_id} 号台账导入之后，{shown}又有新的上报，不能撤销；如确需撤销，请先撤回这些上报。"
        )
    # A batch an admin withdrew on its own already gave its unit-month back: that cell is left as it is.
    cells = [cell for cell in cells if cell[5] is None or status.get(cell[5]) == "committed"]
    states = _states_before(session, cells)
    restored = undo_import(session, entry, cells, username=actor.username, reason=reason, states=states)
    return f"已撤销第 {ledger_id} 号台账导入：{len(cells)} 个单位月份恢复为导入前的状态，恢复此前的 {restored} 条记录。"


def _filled_since(session: Session, removed: list[tuple]) -> list[tuple]:
    """Cells an import emptied that hold records in force again (a return sent since)."""
    if not removed:
        return []
    keys = {cell[:4] for cell in removed}
    years = (min(c[2] for c in removed), max(c[2] for c in removed))
    found = session.execute(
        select(ProgramRecord.program, ProgramRecord.unit_id, ProgramRecord.year, ProgramRecord.month)
        .where(
            ProgramRecord.program.in_(sorted({c[0] for c in removed})),
            ProgramRecord.year.between(*years),
            ProgramRecord.is_current == true(),
        )
        .distinct()
    ).all()
    filled = {tuple(row) for row in found} & keys
    return [cell for cell in removed if cell[:4] in filled]


def _states_before(session: Session, cells: list[tuple]) -> dict[tuple, str]:
    """The review state each cell's earlier batch was last left in (from the review history), pending when none."""
    befores = sorted({cell[4] for cell in cells if cell[4] is not None})
    if not befores:
        return {}
    history = session.execute(
        select(ReviewAction.program, ReviewAction.unit_id, ReviewAction.year, ReviewAction.month)
        .add_columns(ReviewAction.batch_id, ReviewAction.status)
        .where(among(session, ReviewAction.batch_id, befores), ReviewAction.status != "")
        .order_by(ReviewAction.id)
    ).all()
    last = {(program, unit, year, month, batch): state for program, unit, year, month, batch, state in history}
    return {cell[:4]: last.get((*cell[:4], cell[4]), PENDING) for cell in cells if cell[4] is not None}
