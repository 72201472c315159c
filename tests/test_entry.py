"""在线填报 behind the page: rows typed on the page are checked exactly as the same rows in the template
would be, committed as a return of their own (a batch with source online, who, when and a checksum) that
replaces the month's earlier return, a program with no rows is a nil return, and the same entry twice
changes nothing. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from lib.auth import Actor, PermissionDenied
from lib.db import session_scope
from lib.identifiers import make_uscc
from lib.ingest.entry import MAX_ENTRY_ROWS, preview_entry
from lib.ingest.service import commit_upload
from lib.models import AuditLog, ProgramRecord, UploadBatch
from lib.programs import get_registry
from lib.region import load_region
from lib.reporting import load_status
from tests.test_upload import OCT, three_same_file, upload

NANHU = Actor("staff_330402", "staff", "南湖区")


def _rows(n: int) -> list[dict]:
    return [
        {
            "enterprise_name": f"嘉兴市在线{k}号有限公司",
            "uscc": make_uscc("330402", f"MA2Q{k:04d}"),
            "product": f"产品{k}",
            "category": "工业品",
            "date": dt.date(2024, 10, 8),
            "on_platform": True,
        }
        for k in range(1, n + 1)
    ]


def _enter(url: str, entries: dict, actor: Actor = NANHU, commit: bool = True):
    with session_scope(url) as session:
        preview = preview_entry(
            session, entries, unit_name="南湖区", period=OCT, registry=get_registry(), region=load_region("330400")
        )
        result = (
            commit_upload(session, preview, registry=get_registry(), actor=actor, source="online") if commit else None
        )
    return preview, result


def test_an_entered_return_reads_as_the_same_rows_uploaded(ready_url):
    rows = _rows(3)
    rows[1]["uscc"] = rows[1]["uscc"][:-1] + "Z"  # mistyped
    rows[2]["category"] = "家电"  # not an allowed value
    entered, _ = _enter(ready_url, {"three_same": rows}, commit=False)
    (report,) = entered.sheets
    assert [r.excel_row for r in report.rows] == [2, 3, 4]
    assert [r.accepted for r in report.rows] == [True, False, False]
    assert {i.code for i in report.rows[1].issues} == {"bad_uscc"}
    assert {(i.column, i.code) for i in report.rows[2].issues} == {("产品类别", "bad_choice")}
    assert report.rows[0].values == {**rows[0], "unit": "南湖区"}


def test_an_entered_return_is_a_return_like_an_upload(ready_url):
    upload(ready_url, three_same_file(["旧产品A", "旧产品B"]))  # the month's earlier return
    preview, result = _enter(ready_url, {"three_same": _rows(2), "recall": []})
    assert result.stored == 2 and preview.duplicate_batch is None
    with session_scope(ready_url) as session:
        batch = session.get(UploadBatch, result.batch_id)
        current = session.scalars(
            select(ProgramRecord.data).where(ProgramRecord.program == "three_same", ProgramRecord.is_current)
        ).all()
        audit = session.scalars(select(AuditLog).where(AuditLog.entity_id == str(batch.id))).all()
        status = {(c.unit, c.program): c.status for c in load_status(session, get_registry(), OCT)}
    assert (batch.source, batch.uploaded_by, len(batch.sha256), batch.file_name) == (
        "online",
        "staff_330402",
        64,
        "在线填报（三同产品、缺陷产品召回）",
    )
    assert sorted(d["product"] for d in current) == ["产品1", "产品2"]  # the upload is replaced
    assert [a.action for a in audit] == ["upload"]
    assert status[("南湖区", "recall")] == "nil"
    _, again = _enter(ready_url, {"three_same": _rows(2), "recall": []})
    assert again.stored == 0 and again.batch_id == result.batch_id  # the same entry twice changes nothing


def test_entry_is_for_the_units_own_staff_and_a_few_rows(ready_url):
    with pytest.raises(PermissionDenied):
        _enter(ready_url, {"three_same": _rows(1)}, actor=Actor("staff_330411", "staff", "秀洲区"))
    with pytest.raises(ValueError, match=f"最多 {MAX_ENTRY_ROWS} 行"):
        _enter(ready_url, {"three_same": _rows(MAX_ENTRY_ROWS + 1)}, commit=False)
    with pytest.raises(ValueError, match="请至少填写一项工作"):
        _enter(ready_url, {}, commit=False)
