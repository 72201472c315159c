"""Preview and commit of monthly returns on SQLite and PostgreSQL: one transaction, resubmission
replaces (never double counts), identical file is a no-op, rollback restores, nothing half-written."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from lib.auth import Actor
from lib.db import session_scope
from lib.identifiers import make_uscc
from lib.ingest.read import UnreadableFile
from lib.ingest.service import commit_upload, preview_upload, rollback_batch
from lib.metrics import load_summary
from lib.models import AuditLog, Enterprise, ProgramRecord, UploadBatch
from lib.periods import Period
from lib.programs import get_registry
from lib.region import load_region
from tests.conftest import ROOT
from tests.test_ingest import MESSY, SAMPLES

OCT = Period(2024, 10)


def three_same_file(products: list[str], month: int = 10) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "三同"
    ws.append(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "声明日期",
            "是否入驻“三同”平台",
        ]
    )
    for n, product in enumerate(products, start=1):
        code = make_uscc("330402", f"MA2E{n:04d}")
        ws.append([n, f"嘉兴测试{n}号有限公司", code, "南湖区", product, "工业品", f"2024-{month:02d}-08", "是"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


ADMIN = Actor("tester", "admin", None, "测试管理员")


def upload(
    url: str,
    data: bytes,
    name: str = "return.xlsx",
    period: Period = OCT,
    unit: str = "南湖区",
    commit=True,
    actor: Actor = ADMIN,
):
    with session_scope(url) as session:
        preview = preview_upload(
            session, data, name, unit_name=unit, period=period, registry=get_registry(), region=load_region("330400")
        )
        result = commit_upload(session, preview, registry=get_registry(), actor=actor) if commit else None
    return preview, result


def products_ytd(url: str, unit: str = "南湖区", period: Period = OCT) -> float:
    with session_scope(url) as session:
        frame = load_summary(session, get_registry(), period)
    row = frame[(frame.program == "three_same") & (frame.metric == "products") & (frame.unit == unit)]
    return float(row.ytd_value.iloc[0])


def test_messy_workbook_commits_accepted_rows_and_records_the_upload(ready_url):
    preview, result = upload(ready_url, MESSY.read_bytes(), MESSY.name)
    by_program = {s.program: s for s in preview.sheets}
    assert by_program["benchmarking"].accepted == 7 and by_program["benchmarking"].rejected == 5
    assert by_program["benchmarking"].diff == {"new": 7, "changed": 0, "unchanged": 0, "removed": 0}
    assert preview.ignored_sheets == ["填报说明"]
    # 品字标 and 绿色产品认证 rows lacking a certificate number or with a doubtful validity date are
    # stored with a warning: no figure needs those columns. A recall's 已召回数量 “五千条” reads as 5000.
    assert {s.program: s.accepted for s in preview.sheets} == {
        "benchmarking": 7,
        "brand_mark": 3,
        "recall": 4,
        "green_cert": 4,
        "three_same": 3,
    }
    assert result.stored == 21
    with session_scope(ready_url) as session:
        batch = session.get(UploadBatch, result.batch_id)
        assert (batch.file_name, batch.size_bytes, batch.uploaded_by) == (MESSY.name, MESSY.stat().st_size, "tester")
        assert len(batch.sha256) == 64 and batch.accepted_rows == 21 and batch.rejected_rows == 5
        assert batch.counts["benchmarking"]["rejected"] == 5
        hostile = session.scalar(
            select(ProgramRecord.data).where(ProgramRecord.source_row == 15, ProgramRecord.program == "benchmarking")
        )
        assert hostile["enterprise_name"].startswith("=HYPERLINK(")
        assert session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "upload")) == 1


def test_resubmission_replaces_the_earlier_return(ready_url):
    upload(ready_url, three_same_file(["齿轮泵", "叶片泵", "柱塞泵"]))
    assert products_ytd(ready_url) == 3
    preview, _ = upload(ready_url, three_same_file(["齿轮泵", "螺杆泵"]), commit=False)
    assert preview.sheets[0].diff == {"new": 1, "changed": 0, "unchanged": 1, "removed": 2}
    _, second = upload(ready_url, three_same_file(["齿轮泵", "螺杆泵"]))
    assert products_ytd(ready_url) == 2  # not 5: the first return is history now
    with session_scope(ready_url) as session:
        statuses = dict(session.execute(select(UploadBatch.id, UploadBatch.status)).all())
        history = session.scalar(select(func.count()).select_from(ProgramRecord))
    assert sorted(statuses.values()) == ["committed", "superseded"]
    assert history == 5  # kept as history
    # An admin rolls the second return back: the first counts again.
    with session_scope(ready_url) as session:
        message = rollback_batch(session, second.batch_id, actor=ADMIN, reason="误报")
    assert "恢复" in message
    assert products_ytd(ready_url) == 3


def test_the_identical_file_twice_is_a_no_op(ready_url):
    data = three_same_file(["齿轮泵"])
    _, first = upload(ready_url, data)
    preview, again = upload(ready_url, data)
    assert preview.duplicate_batch == first.batch_id
    assert again.stored == 0 and "已上报过" in again.message
    assert products_ytd(ready_url) == 1
    with session_scope(ready_url) as session:
        assert session.scalar(select(func.count()).select_from(UploadBatch)) == 1


def test_a_record_already_reported_in_another_month_is_refused(ready_url):
    upload(ready_url, three_same_file(["齿轮泵"], month=9), period=Period(2024, 9))
    preview, _ = upload(ready_url, three_same_file(["齿轮泵", "螺杆泵"]), commit=False)
    codes = [(i.row, i.code) for i in preview.sheets[0].issues]
    assert codes == [(2, "duplicate_stored")]
    assert "2024年9月" in preview.sheets[0].issues[0].message
    assert preview.sheets[0].accepted == 1


HIDDEN_HEADERS = [
    "企业名称",
    "统一社会信用代码",
    "所属县（市、区）",
    "产品名称",
    "产品类别",
    "声明日期",
    "是否入驻“三同”平台",
]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_invisible_and_full_width_characters_are_not_stored(ready_url, kind):
    """A name pasted from a web page or a chat carries zero-width characters and a byte-order mark, and an
    input method in full-width mode types ＡＢＣ: stored, they would make one firm two names in every list."""
    code = make_uscc("330402", "MA2C0001")
    row = [
        "嘉兴市\ufeff禾丰\u200bＡＢＣ食品有限公司",
        code[:9] + "\u200d" + code[9:],
        "南湖\u2060区",
        "ＰＭ２．５\u200b检测仪（便携式）\u202e",
        "工业\u200b品",
        "2024-10-08\u200b",
        "是\ufeff",
    ]
    if kind == "csv":
        data = (",".join(HIDDEN_HEADERS) + "\n" + ",".join(row) + "\n").encode("utf-8-sig")
    else:
        wb = Workbook()
        wb.active.title = "三同"
        wb.active.append(HIDDEN_HEADERS)
        wb.active.append(row)
        buffer = io.BytesIO()
        wb.save(buffer)
        data = buffer.getvalue()
    preview, result = upload(ready_url, data, f"三同.{kind}")
    assert [i.message for s in preview.sheets for i in s.issues] == []
    assert result.stored == 1
    with session_scope(ready_url) as session:
        record = session.scalars(select(ProgramRecord)).one()
        assert record.enterprise_name == "嘉兴市禾丰ABC食品有限公司"
        assert record.data["enterprise_name"] == "嘉兴市禾丰ABC食品有限公司"
        # Chinese punctuation stays as typed: the brackets of a name or a product are written so on purpose.
        assert record.data["product"] == "PM2.5检测仪（便携式）"
        assert (record.data["uscc"], record.data["category"], record.data["on_platform"]) == (code, "工业品", True)
        assert session.scalar(select(Enterprise.name)) == "嘉兴市禾丰ABC食品有限公司"


def test_preview_writes_nothing_and_a_failed_commit_leaves_nothing(ready_url, monkeypatch):
    upload(ready_url, three_same_file(["齿轮泵", "叶片泵"]), commit=False)
    import lib.store.work as work

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    # The last step of the unit of work (the data version, at commit) fails: nothing is stored.
    monkeypatch.setattr(work, "bump_data_version", broken)
    with pytest.raises(RuntimeError):
        upload(ready_url, three_same_file(["齿轮泵", "叶片泵"]))
    with session_scope(ready_url) as session:
        assert session.scalar(select(func.count()).select_from(ProgramRecord)) == 0
        assert session.scalar(select(func.count()).select_from(UploadBatch)) == 0


def test_a_file_with_no_return_sheet_is_refused(ready_url):
    wb = Workbook()
    wb.active.append(["姓名", "电话"])
    buffer = io.BytesIO()
    wb.save(buffer)
    with pytest.raises(UnreadableFile, match="没有找到可识别的月报工作表"):
        upload(ready_url, buffer.getvalue(), "通讯录.xlsx")


def cli(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": url, "QB_REGION": "330400"}
    return subprocess.run(
        [sys.executable, "-m", "lib.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def record_count(url: str) -> int:
    with session_scope(url) as session:
        return session.scalar(select(func.count()).select_from(ProgramRecord))


def test_cli_import_json_dry_run_and_exit_codes(sqlite_url):
    dry = cli(sqlite_url, "import", str(MESSY), "--county", "南湖", "--period", "2024-10", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["file"] == MESSY.name
    sheets = {s["program"]: s for s in report["sheets"]}
    assert (sheets["benchmarking"]["accepted"], sheets["benchmarking"]["rejected"]) == (7, 5)
    assert set(sheets["benchmarking"]["issues"][0]) == {"row", "column", "value", "code", "severity", "message"}
    assert record_count(sqlite_url) == 0

    bad = cli(sqlite_url, "import", str(SAMPLES / "corrupt.xlsx"), "--county", "南湖", "--period", "2024-10")
    assert bad.returncode == 2 and "已损坏" in bad.stderr and bad.stdout == ""
    assert record_count(sqlite_url) == 0

    done = cli(sqlite_url, "import", str(SAMPLES / "xiuzhou_recall_gbk.csv"), "--county", "秀洲", "--period", "2024-10")
    assert done.returncode == 0 and "已入库 2 条记录" in done.stdout
    assert record_count(sqlite_url) == 2


def test_cli_export_is_formula_safe(sqlite_url, tmp_path):
    assert cli(sqlite_url, "import", str(MESSY), "--county", "南湖区", "--period", "2024-10").returncode == 0
    xlsx, csv_path = tmp_path / "out.xlsx", tmp_path / "out.csv"
    assert cli(sqlite_url, "export", "--program", "benchmarking", "--out", str(xlsx)).returncode == 0
    assert cli(sqlite_url, "export", "--program", "benchmarking", "--out", str(csv_path)).returncode == 0
    sheet = load_workbook(xlsx).active
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert cells and all(c.data_type == "s" for c in cells)
    assert cells[0].value == '=HYPERLINK("http://example.invalid","点击")'
    text = csv_path.read_bytes().decode("utf-8-sig")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    assert "企业名称" in text.splitlines()[0]


def test_an_admin_accepts_a_failed_check_character_with_a_reason(ready_url):
    with session_scope(ready_url) as session:
        preview = preview_upload(
            session,
            MESSY.read_bytes(),
            MESSY.name,
            unit_name="南湖区",
            period=OCT,
            registry=get_registry(),
            region=load_region("330400"),
            accepted_checks={("对标达标", 9): "早期试点代码，已核对营业执照原件"},
        )
        issue = next(i for i in preview.issues if i.row == 9 and i.sheet == "对标达标")
        assert (issue.code, issue.severity) == ("uscc_accepted", "warning")
        assert "早期试点代码" in issue.message
        commit_upload(session, preview, registry=get_registry(), actor=ADMIN)
    with session_scope(ready_url) as session:
        stored = session.scalar(
            select(ProgramRecord.data).where(ProgramRecord.program == "benchmarking", ProgramRecord.source_row == 9)
        )
        log = session.scalars(select(AuditLog.detail).where(AuditLog.action == "upload")).one()
    assert stored["uscc_accepted_reason"] == "早期试点代码，已核对营业执照原件"
    assert any("C9" in entry for entry in log["accepted_checks"])


def test_cli_rollback_and_accept(sqlite_url):
    first = cli(
        sqlite_url, "import", str(SAMPLES / "xiuzhou_recall_gbk.csv"), "--county", "秀洲", "--period", "2024-10"
    )
    assert first.returncode == 0
    refused = cli(sqlite_url, "import", str(MESSY), "--county", "南湖", "--period", "2024-10", "--accept", "对标达标:9")
    assert refused.returncode == 1 and "--reason" in refused.stderr
    assert record_count(sqlite_url) == 2
    back = cli(sqlite_url, "rollback", "1", "--reason", "测试撤回")
    assert back.returncode == 0 and "已撤回第 1 号上报" in back.stdout
    with session_scope(sqlite_url) as session:
        current = session.scalar(select(func.count()).select_from(ProgramRecord).where(ProgramRecord.is_current))
    assert current == 0
    again = cli(sqlite_url, "rollback", "1", "--reason", "再撤回")
    assert again.returncode == 1 and "已经撤回过" in again.stderr


def test_two_returns_for_one_unit_and_month_at_once(ready_url):
    """Two commits of the same unit and month at the same moment (two tabs, two processes): no
    unique-key failure on the enterprises both add, and afterwards exactly one return counts."""
    import threading

    first, second = three_same_file(["齿轮泵", "叶片泵", "柱塞泵"]), three_same_file(["齿轮泵", "螺杆泵"])
    start = threading.Barrier(2)
    errors = []

    def send(data: bytes, name: str) -> None:
        try:
            with session_scope(ready_url) as session:
                preview = preview_upload(
                    session,
                    data,
                    name,
                    unit_name="南湖区",
                    period=OCT,
                    registry=get_registry(),
                    region=load_region("330400"),
                )
                start.wait(timeout=60)
                commit_upload(session, preview, registry=get_registry(), actor=ADMIN)
        except Exception as exc:  # any failure is the finding
            errors.append(exc)

    threads = [threading.Thread(target=send, args=(d, n)) for d, n in ((first, "a.xlsx"), (second, "b.xlsx"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert products_ytd(ready_url) in (3, 2)  # one return in force, never both (5)
