"""Store command for a city ledger (台账): every unit × month × program cell it changes becomes a return of its own
(an upload batch with source "ledger", already passed review as imported by the admin), all in the caller's
one transaction, with one audit entry. A cell without rows takes the ledger's earlier records of it out of force.

What changes (which cells, whether a unit's own return is replaced) is decided by lib.ingest.ledger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import delete, false, insert, select, true, update
from sqlalchemy.orm import Session

from lib.models import LedgerImport, ProgramRecord, ReviewState, UploadBatch
from lib.programs import Program
from lib.store import among, ensure_enterprises, insert_record_blocks, record, record_block, reviews
from lib.store.figures import records_changed

SOURCE = "ledger"  # UploadBatch.source of a ledger's returns (lib.vocabulary.BATCH_SOURCES)
PASSED, PENDING = "passed", "pending"  # lib.vocabulary's keys; the store keeps no labels


@dataclass(frozen=True)
class LedgerCell:
    """One unit × month × program a ledger writes: its checked rows (none: the ledger no longer has any), each as
    (sheet, Excel row, identity, values in the order of `fields`, None where it has none), and what the batch
    records of them."""

    program: Program
    unit_id: int
    year: int
    month: int
    rows: Sequence[tuple[int, int, str, tuple]]
    fields: Sequence[str]
    counts: dict[str, Any]

    @property
    def key(self) -> tuple[str, int, int, int]:
        return (self.program.key, self.unit_id, self.year, self.month)


def _in_force(session: Session, programs: Sequence[str], years: tuple[int, int]) -> list[tuple]:
    """The records in force of the programs in the years: (id, program, unit id, year, month, batch id)."""
    table = ProgramRecord.__table__.c
    query = select(table.id, table.program, table.unit_id, table.year, table.month, table.batch_id).where(
        table.program.in_(sorted(programs)), table.year.between(*years), table.is_current == true()
    )
    return list(session.connection().execute(query))


def import_ledger(
    session: Session, *, username: str, ledger: dict[str, Any], cells: Sequence[LedgerCell], detail: dict[str, Any]
) -> tuple[int, int]:
    """Store a ledger's changed cells: the import, one batch per cell with rows, the cells' earlier records out of
    force (their batches superseded when nothing of them is left), each cell passed review, figures at commit.
    Returns (ledger import id, records stored)."""
    entry = LedgerImport(imported_by=username, **ledger)
    session.add(entry)
    session.flush()
    now = dt.datetime.now(dt.UTC)
    keys = {cell.key for cell in cells}
    years = (min(c.year for c in cells), max(c.year for c in cells)) if cells else (0, 0)
    programs = sorted({cell.program.key for cell in cells})
    # The cells' records in force now go out of force; their batches are superseded if nothing of them counts.
    old = [row for row in _in_force(session, programs, years) if tuple(row[1:5]) in keys]
    if old:
        table = ProgramRecord.__table__
        ids = [row[0] for row in old]
        session.execute(update(table).where(among(session, table.c.id, ids)).values(is_current=False))
    written = [cell for cell in cells if cell.rows]
    batch_ids = _batches(session, written, username=username, now=now, ledger=ledger)
    stored = _records(session, written, batch_ids)
    superseded = {row[5] for row in old if row[5] is not None}
    if superseded:
        table = ProgramRecord.__table__.c
        alive = set(
            session.scalars(
                select(table.batch_id)
                .where(
                    table.program.in_(programs),
                    table.is_current == true(),
                    among(session, table.batch_id, sorted(superseded)),
                )
                .distinct()
            )
        )
        if superseded - alive:
            gone = sorted(superseded - alive)
            session.execute(update(UploadBatch).where(among(session, UploadBatch.id, gone)).values(status="superseded"))
    made = dict(zip(map(attrgetter("key"), written), batch_ids, strict=True))
    before = {tuple(row[1:5]): row[5] for row in old}
    entry.cells = [[*cell.key, before.get(cell.key), made.get(cell.key)] for cell in cells]
    _reviews(session, cells, made, username, now)
    for program, unit_id, year in {(cell.program.key, cell.unit_id, cell.year) for cell in cells}:
        records_changed(session, program, unit_id, year)
    record(session, username, "ledger_import", "ledger_import", entry.id, figures=True, **detail)
    return entry.id, stored


def _forget_states(session: Session, keys: set[tuple]) -> None:
    """The review states of these cells (program, unit id, year, month) go; their history stays."""
    table = ReviewState.__table__.c
    years = (min(key[2] for key in keys), max(key[2] for key in keys))
    found = session.execute(
        select(table.id, table.program, table.unit_id, table.year, table.month).where(
            table.program.in_(sorted({key[0] for key in keys})), table.year.between(*years)
        )
    ).all()
    gone = [row[0] for row in found if tuple(row[1:]) in keys]
    if gone:
        session.execute(delete(ReviewState).where(among(session, ReviewState.id, gone)))


def _batches(
    session: Session, cells: Sequence[LedgerCell], *, username: str, now: dt.datetime, ledger: dict[str, Any]
) -> list[int]:
    """One batch per cell with rows, in the cells' order: each is a return of its own."""
    if not cells:
        return []
    shared = {
        "source": SOURCE,
        "uploaded_by": username,
        "uploaded_at": now,
        "file_name": ledger["file_name"],
        "size_bytes": ledger["size_bytes"],
        "sha256": ledger["sha256"],
        "status": "committed",
        "rejected_rows": 0,
        "note": "",
    }
    values = [
        shared
        | {
            "unit_id": cell.unit_id,
            "year": cell.year,
            "month": cell.month,
            "accepted_rows": len(cell.rows),
            "counts": {cell.program.key: cell.counts},
        }
        for cell in cells
    ]
    returning = insert(UploadBatch).returning(UploadBatch.id, sort_by_parameter_order=True)
    return list(session.scalars(returning, values))


ROWS_AT_ONCE = 20_000  # records made and written at a time: a province's ledger is not held as records twice


def _records(session: Session, cells: Sequence[LedgerCell], batch_ids: list[int]) -> int:
    """The cells' rows as records (new enterprises first, each in its row's unit), a part of the cells at a time."""
    stored, start = 0, 0
    while start < len(cells):
        end, rows = start, 0
        while end < len(cells) and (rows < ROWS_AT_ONCE or end == start):
            rows += len(cells[end].rows)
            end += 1
        stored += _records_of(session, cells[start:end], batch_ids[start:end])
        start = end
    return stored


def _records_of(session: Session, cells: Sequence[LedgerCell], batch_ids: Sequence[int]) -> int:
    # A row's values may be fewer than the fields (it has none of a field added after it was read).
    values_of = [
        [{k: v for k, v in zip(cell.fields, row[3], strict=False) if v is not None} for row in cell.rows]
        for cell in cells
    ]
    firms: dict[str, tuple[str, int | None]] = {}
    for cell, values in zip(cells, values_of, strict=True):
        for each in values:
            code = each.get("uscc")
            if code and code not in firms:
                firms[code] = (str(each.get("enterprise_name") or ""), cell.unit_id)
    enterprise_ids = ensure_enterprises(session, firms)
    blocks = []
    for cell, batch_id, values in zip(cells, batch_ids, values_of, strict=True):
        codes = [v.get("uscc") or None for v in values]
        blocks.append(
            record_block(
                cell.program,
                values,
                unit_id=cell.unit_id,
                year=cell.year,
                month=cell.month,
                batch_id=batch_id,
                enterprise_ids=list(map(enterprise_ids.get, codes)),
                names=[str(v.get("enterprise_name") or "") for v in values],
                source_rows=list(map(itemgetter(1), cell.rows)),
                quantity_units=[v.get("quantity_unit") for v in values],
                identities=list(map(itemgetter(2), cell.rows)),
            )
        )
    insert_record_blocks(session, blocks)
    return sum(len(block.rows) for block in blocks)


def _reviews(
    session: Session, cells: Sequence[LedgerCell], batches: dict[tuple, int], username: str, now: dt.datetime
) -> None:
    """Each written cell passed, on its batch, as imported by the admin; a cell the ledger emptied has nothing to
    review. Earlier states of the cells go (their history stays)."""
    if not cells:
        return
    _forget_states(session, {cell.key for cell in cells})
    states, actions = [], []
    for (program, unit_id, year, month), batch_id in batches.items():
        where = {"unit_id": unit_id, "program": program, "year": year, "month": month}
        states.append(
            where
            | {
                "status": PASSED,
                "batch_id": batch_id,
                "reviewed_batch_id": batch_id,
                "reason": "",
                "rows": [],
                "updated_by": username,
                "updated_at": now,
                "version": 1,
            }
        )
        actions.append(
            where
            | {"action": "import", "status": PASSED, "batch_id": batch_id, "username": username, "at": now}
            | {"reason": "", "rows": []}
        )
    emptied = [cell for cell in cells if not cell.rows]
    none = {"action": "import", "status": "", "batch_id": None, "username": username, "at": now}
    actions.extend(
        {"unit_id": c.unit_id, "program": c.program.key, "year": c.year, "month": c.month, "reason": "", "rows": []}
        | none
        for c in emptied
    )
    reviews.add_states(session, states, actions)


def undo_import(
    session: Session,
    entry: LedgerImport,
    cells: list[tuple],
    *,
    username: str,
    reason: str,
    states: dict[tuple, str],
) -> int:
    """Undo a ledger import: the batches it made are withdrawn, and the batch each of its cells had in force before
    counts again, in the review state it had (`states`: cell -> status; none: nothing to review). `cells`: the
    import's cells (LedgerImport.cells) to undo. Figures at commit, one audit entry. Returns how many records count
    again."""
    now = dt.datetime.now(dt.UTC)
    if not cells:
        entry.undone_by, entry.undone_at = username, now
        record(session, username, "ledger_undo", "ledger_import", entry.id, figures=True, reason=reason, cells=0)
        return 0
    programs = sorted({cell[0] for cell in cells})
    years = (min(cell[2] for cell in cells), max(cell[2] for cell in cells))
    table = ProgramRecord.__table__.c
    within = (table.program.in_(programs), table.year.between(*years))
    made = sorted({cell[5] for cell in cells if cell[5] is not None})
    if made:
        gone = update(ProgramRecord).where(*within, table.is_current == true(), among(session, table.batch_id, made))
        session.execute(gone.values(is_current=False))
        session.execute(update(UploadBatch).where(among(session, UploadBatch.id, made)).values(status="rolled_back"))
    restored = 0
    for program in programs:
        befores = sorted({cell[4] for cell in cells if cell[0] == program and cell[4] is not None})
        if not befores:
            continue
        back = update(ProgramRecord).where(
            table.program == program,
            table.year.between(*years),
            table.is_current == false(),
            among(session, table.batch_id, befores),
        )
        restored += session.execute(back.values(is_current=True)).rowcount
        session.execute(update(UploadBatch).where(among(session, UploadBatch.id, befores)).values(status="committed"))
    _forget_states(session, {cell[:4] for cell in cells})
    new_states, actions = [], []
    for program, unit_id, year, month, before, _ in cells:
        where = {"unit_id": unit_id, "program": program, "year": year, "month": month}
        status = states.get((program, unit_id, year, month), "") if before is not None else ""
        if status:
            reviewed = None if status == PENDING else before
            new_states.append(
                where
                | {"status": status, "batch_id": before, "reviewed_batch_id": reviewed, "reason": "", "rows": []}
                | {"updated_by": username, "updated_at": now, "version": 1}
            )
        actions.append(
            where
            | {"action": "withdraw", "status": status, "batch_id": before, "username": username, "at": now}
            | {"reason": reason, "rows": []}
        )
    reviews.add_states(session, new_states, actions)
    for program, unit_id, year in {(cell[0], cell[1], cell[2]) for cell in cells}:
        records_changed(session, program, unit_id, year)
    entry.undone_by, entry.undone_at = username, now
    record(
        session,
        username,
        "ledger_undo",
        "ledger_import",
        entry.id,
        figures=True,
        reason=reason,
        cells=len(cells),
        restored=restored,
    )
    return restored
