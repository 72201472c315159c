"""Fixes on the page: a return's problems fixed in the review grid (a cell edited, a word replaced in a
column, a row left out with a reason) are re-checked row by row exactly as an upload is checked, and a
commit stores exactly what the grid shows, with every fix kept beside the batch."""

from __future__ import annotations

import pytest

from lib.db import session_scope
from lib.identifiers import make_uscc
from lib.ingest.fixes import Fixes
from lib.ingest.service import preview_upload, recheck_upload
from lib.programs import get_registry
from lib.region import load_region
from tests.test_ingest import MESSY
from tests.test_upload import OCT


def _preview(url: str, fixes: Fixes | None = None, keep_source: bool = False):
    with session_scope(url) as session:
        return preview_upload(
            session,
            MESSY.read_bytes(),
            MESSY.name,
            unit_name="南湖区",
            period=OCT,
            registry=get_registry(),
            region=load_region("330400"),
            fixes=fixes,
            keep_source=keep_source,
        )


def _outcome(preview) -> dict:
    """What a clerk sees of each row: accepted or not, its values, its problem codes; and what is left out."""
    return {
        (s.sheet, s.program): (
            {r.excel_row: (r.accepted, r.values, sorted(i.code for i in r.issues)) for r in s.rows},
            [(o.row, o.reason) for o in s.left_out],
            dict(s.diff),
        )
        for s in preview.sheets
    }


def _fixes() -> Fixes:
    fixes = Fixes()
    good = make_uscc("330402", "MA2B0001")
    fixes.edit("对标达标", 9, "uscc", "91330402MA2B000190", good)  # the failed check character, retyped
    fixes.edit("对标达标", 13, "result", "基本达到", "达到", how="replace")
    fixes.leave_out("对标达标", 10, "秀洲区的企业，已转告秀洲区局上报")
    fixes.edit("Sheet3", 6, "recalled", "五千条", "5000")
    return fixes


def test_a_recheck_reads_the_fixed_rows_as_a_new_upload_would(ready_url):
    base = _preview(ready_url, keep_source=True)
    with session_scope(ready_url) as session:
        fixed = recheck_upload(session, base, _fixes())
    whole = _preview(ready_url, fixes=_fixes())
    assert _outcome(fixed) == _outcome(whole)
    rows = {r.excel_row: r for r in fixed.sheets[0].rows}
    assert rows[9].accepted and rows[13].accepted and rows[13].values["result"] == "达到"
    assert 10 not in rows and fixed.sheets[0].left_out[0].reason.startswith("秀洲区的企业")
    assert next(s for s in fixed.sheets if s.sheet == "Sheet3").rejected == 0
    # The base preview is untouched: fixing is always from the file as sent.
    assert not {r.excel_row: r for r in base.sheets[0].rows}[9].accepted


def test_a_fix_that_makes_a_repeat_is_caught_and_undoing_it_clears_it(ready_url):
    base = _preview(ready_url, keep_source=True)
    first = {r.excel_row: r for r in base.sheets[0].rows if r.accepted}
    one, other = sorted(first)[:2]
    fixes = Fixes()
    for key in get_registry().get("benchmarking").identity:  # the same enterprise, product and standard
        fixes.edit("对标达标", other, key, first[other].values[key], first[one].values[key])
    with session_scope(ready_url) as session:
        fixed = recheck_upload(session, base, fixes)
    row = next(r for r in fixed.sheets[0].rows if r.excel_row == other)
    assert not row.accepted and "duplicate_in_file" in {i.code for i in row.issues}
    assert _outcome(fixed) == _outcome(_preview(ready_url, fixes=fixes))
    with session_scope(ready_url) as session:
        undone = recheck_upload(session, base, Fixes())
    assert _outcome(undone) == _outcome(base)


@pytest.mark.parametrize("reason", ["", "   "])
def test_leaving_a_row_out_needs_a_reason(reason):
    with pytest.raises(ValueError, match="需要说明理由"):
        Fixes().leave_out("对标达标", 10, reason)


def test_a_commit_stores_what_the_grid_shows_and_keeps_every_fix(ready_url):
    """Committed with its fixes, the return stores the fixed rows, not the left-out one, and 上报记录's
    batch carries each fix (sheet, row, column, old, new, who) with one audit entry; the file's
    checksum is the file's as sent."""
    import hashlib

    from sqlalchemy import select

    from lib.ingest.service import commit_upload
    from lib.models import AuditLog, ProgramRecord, ReturnFix, UploadBatch
    from tests.test_upload import ADMIN

    fixes = _fixes()
    shown = _outcome(_preview(ready_url, fixes=fixes))
    with session_scope(ready_url) as session:
        preview = _preview(ready_url, fixes=fixes)
        result = commit_upload(session, preview, registry=get_registry(), actor=ADMIN)
    assert "4 处修改" in result.message
    with session_scope(ready_url) as session:
        batch = session.get(UploadBatch, result.batch_id)
        assert batch.sha256 == hashlib.sha256(MESSY.read_bytes()).hexdigest()
        stored = session.execute(
            select(ProgramRecord.program, ProgramRecord.source_row).where(ProgramRecord.batch_id == batch.id)
        ).all()
        kept = session.scalars(select(ReturnFix).where(ReturnFix.batch_id == batch.id).order_by(ReturnFix.row)).all()
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "fix_return")).all()
    accepted = {(p, row) for (sheet, p), (rows, _, _) in shown.items() for row, (ok, _, _) in rows.items() if ok}
    assert set(stored) == accepted and ("benchmarking", 10) not in set(stored)
    assert {("benchmarking", 9), ("benchmarking", 13), ("recall", 6)} <= set(stored)
    assert [(f.sheet, f.row, f.how, f.field, f.old, f.new, f.fixed_by) for f in kept if f.how != "left_out"] == [
        ("Sheet3", 6, "edit", "recalled", "五千条", "5000", "tester"),
        ("对标达标", 9, "edit", "uscc", "91330402MA2B000190", make_uscc("330402", "MA2B0001"), "tester"),
        ("对标达标", 13, "replace", "result", "基本达到", "达到", "tester"),
    ]
    assert [(f.row, f.reason) for f in kept if f.how == "left_out"] == [(10, "秀洲区的企业，已转告秀洲区局上报")]
    assert len(audit) == 1 and len(audit[0].detail["fixes"]) == 4


def test_the_grid_turns_edits_replacements_and_reasons_into_fixes(ready_url):
    """What the clerk does in the grid: a cell typed over, a word replaced in a whole column (offered as the
    unit's word when it is another way of writing an allowed value), a reason written to leave a row out,
    a tick without a reason refused with the row named."""
    from lib.ingest.review import LEAVE_OUT, REASON, apply_grid_edits, grid_table, mapping_offers, replace_in_column

    base = _preview(ready_url, keep_source=True)
    block = base.sheets[0]
    fixes = Fixes()
    table = grid_table(block, fixes, "errors")
    assert list(table["行"]) == [9, 10, 12, 13, 14]
    at = {row: n for n, row in enumerate(table["行"])}
    code = make_uscc("330402", "MA2B0001")
    apply_grid_edits(block, table, {at[9]: {"统一社会信用代码": code}, at[10]: {REASON: "秀洲区的企业"}}, fixes)
    assert fixes.cells[("对标达标", 9, "uscc")].old == "91330402MA2B000190"
    assert fixes.left_out[("对标达标", 10)].reason == "秀洲区的企业"
    with pytest.raises(ValueError, match="第12行：不纳入本次上报需要说明理由"):
        apply_grid_edits(block, table, {at[12]: {LEAVE_OUT: True}}, fixes)
    assert replace_in_column(block, fixes, "result", "基本达到", "达到") == 1
    with session_scope(ready_url) as session:
        fixed = recheck_upload(session, base, fixes)
    now = grid_table(fixed.sheets[0], fixes, "errors")
    assert list(now["行"]) == [10, 12, 14] and list(now[LEAVE_OUT]) == [True, False, False]
    ((program, key, word, value),) = mapping_offers(fixed, fixes, get_registry().get)
    assert (program.key, key, word, value) == ("benchmarking", "result", "基本达到", "达到")


def test_the_annotated_copy_marks_each_fix_where_it_was_made(ready_url):
    """The annotated copy of a return fixed on the page marks each fixed cell (and a row left out) with
    what was changed, and no longer marks those cells as problems; the file as sent is untouched."""
    import io

    from openpyxl import load_workbook

    from lib.ingest.annotate import FIXED, annotate
    from lib.ingest.fixes import fix_marks

    fixes = _fixes()
    fixed = _preview(ready_url, fixes=fixes)
    marks = fix_marks(fixes, [(s.sheet, s.layout) for s in fixed.sheets if s.layout is not None])
    data = MESSY.read_bytes()
    sheet = load_workbook(io.BytesIO(annotate(data, MESSY.name, fixed.issues, marks)))["对标达标"]
    code = next(c for c in sheet[9] if c.value == "91330402MA2B000190")  # the cell as sent
    assert code.fill.fgColor.rgb.endswith(FIXED.fgColor.rgb[-6:])
    assert "原为“91330402MA2B000190”" in code.comment.text and make_uscc("330402", "MA2B0001") in code.comment.text
    assert "不纳入本次上报：秀洲区的企业" in sheet.cell(row=10, column=1).comment.text
    assert MESSY.read_bytes() == data
