"""The city's review (审核) of returns, as reviewers, clerks and leaders meet it, on SQLite and PostgreSQL:
every action with every role, allowed and refused; a passed return locked against its unit; what changed
since the version last reviewed; two reviewers at once (and a reviewer during a resubmission); the command
line."""

from __future__ import annotations

import io
import json
import threading

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from lib import review
from lib.auth import Actor, PermissionDenied
from lib.db import session_scope
from lib.identifiers import make_uscc
from lib.ingest.service import rollback_batch
from lib.models import AuditLog, ProgramRecord, ReviewAction, ReviewState, UploadBatch
from lib.periods import Period
from tests.conftest import build_demo
from tests.test_cli import cli, refused_in_chinese
from tests.test_upload import products_ytd, upload

OCT = Period(2024, 10)
NANHU = "南湖区"
CLERK = Actor("staff_330402", "staff", NANHU, "南湖区业务人员")
OTHER_CLERK = Actor("staff_330411", "staff", "秀洲区", "秀洲区业务人员")
LEADER = Actor("leader", "leader", None, "局领导")
REVIEWER = Actor("reviewer", "reviewer", None, "市局审核员")
SECOND = Actor("reviewer2", "reviewer", None, "市局审核员二")
ADMIN = Actor("admin", "admin", None, "系统管理员")


def three_same(rows: list[tuple[int, str, str]]) -> bytes:
    """A 三同 return of (firm number, product, category) rows; a firm number is always the same enterprise."""
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
    for n, (firm, product, category) in enumerate(rows, start=1):
        code = make_uscc("330402", f"MA2E{firm:04d}")
        ws.append([n, f"嘉兴测试{firm}号有限公司", code, NANHU, product, category, "2024-10-08", "是"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


FIRST = three_same([(1, "齿轮泵", "工业品"), (2, "叶片泵", "工业品"), (3, "柱塞泵", "工业品")])
# Firm 1 unchanged, firm 2's product now a 一般消费品, firm 3 gone, firm 4 new.
SECOND_VERSION = three_same([(1, "齿轮泵", "工业品"), (2, "叶片泵", "一般消费品"), (4, "螺杆泵", "工业品")])


def state(url: str, unit: str = NANHU, program: str = "three_same", period: Period = OCT):
    with session_scope(url) as session:
        items = [i for i in review.queue(session, period) if (i.unit, i.program) == (unit, program)]
    return items[0] if items else None


def act(url: str, fn, *args, **kwargs):
    with session_scope(url) as session:
        return fn(session, *args, **kwargs)


def stored(url: str) -> tuple:
    """What a refusal must leave as it was: records, batches, states, history and audit entries."""
    with session_scope(url) as session:
        counts = [
            session.scalar(select(func.count()).select_from(table))
            for table in (ProgramRecord, UploadBatch, ReviewState, ReviewAction, AuditLog)
        ]
        states = tuple(session.execute(select(ReviewState.status, ReviewState.version).order_by(ReviewState.id)))
    return (*counts, states)


def test_a_committed_return_is_pending_and_says_so_in_its_history(ready_url):
    _, result = upload(ready_url, FIRST, actor=CLERK)
    pending = state(ready_url)
    assert (pending.status, pending.batch_id, pending.submitted_by) == ("pending", result.batch_id, CLERK.username)
    assert [i.as_json()["status"] for i in act(ready_url, review.queue, OCT, "pending")] == ["pending"]
    steps = act(ready_url, review.history, NANHU, "three_same", OCT)
    assert [(s.action, s.status, s.username, s.batch_id) for s in steps] == [
        ("submit", "pending", CLERK.username, result.batch_id)
    ]
    # Nothing reviewed yet: the whole return is new to the reviewer.
    assert act(ready_url, review.changes_since_reviewed, NANHU, "three_same", OCT) is None


@pytest.mark.parametrize("who", [LEADER, CLERK, OTHER_CLERK], ids=["leader", "staff", "other-staff"])
def test_only_reviewers_and_admins_review(ready_url, who):
    upload(ready_url, FIRST, actor=CLERK)
    before = stored(ready_url)
    for attempt in (
        lambda s: review.pass_return(s, who, NANHU, "three_same", OCT),
        lambda s: review.return_return(s, who, NANHU, "three_same", OCT, "数量不对"),
        lambda s: review.reopen(s, who, NANHU, "three_same", OCT, "需要复核"),
        lambda s: review.pass_many(s, who, [(NANHU, "three_same", OCT)]),
    ):
        with pytest.raises(review.ReviewDenied, match="只有审核员和管理员可以") as refused:
            act(ready_url, attempt)
        assert isinstance(refused.value, ValueError) and isinstance(refused.value, PermissionDenied)
    assert stored(ready_url) == before
    assert state(ready_url).status == "pending"


@pytest.mark.parametrize("who", [REVIEWER, ADMIN], ids=["reviewer", "admin"])
def test_every_transition_allowed_and_refused(ready_url, who):
    _, first = upload(ready_url, FIRST, actor=CLERK)

    def refused(fn, *args, match: str, **kwargs) -> None:
        before = stored(ready_url)
        with pytest.raises(review.ReviewRefused, match=match):
            act(ready_url, fn, who, *args, **kwargs)
        assert stored(ready_url) == before, "a refusal changes nothing"

    key = (NANHU, "three_same", OCT)
    # Nothing to review: no return for the month, or no such program.
    refused(review.pass_return, "秀洲区", "three_same", OCT, match="还没有上报三同产品，没有可审核的月报")
    refused(review.pass_return, NANHU, "three_same", Period(2024, 9), match="没有可审核的月报")
    refused(review.pass_return, NANHU, "nothing", OCT, match="未知的工作项目")
    # pending: may be passed or returned, not reopened.
    refused(review.reopen, *key, "复核", match="现在是“待审核”，只有已通过的月报可以重新打开")
    refused(review.return_return, *key, "  ", match="必须说明理由")
    refused(review.return_return, *key, "数量不对", {9: "没有这一行"}, match="没有第 9 行；可以指出的行：2、3、4")
    refused(review.pass_return, *key, batch=first.batch_id + 1, match="已重新上报")

    told = act(ready_url, review.return_return, who, *key, "第3行产品类别不对", {3: "应为一般消费品", 4: ""})
    assert "已退回南湖区2024年10月三同产品月报，指出 2 行" in told
    returned = state(ready_url)
    assert returned.status == "returned" and returned.reason == "第3行产品类别不对"
    assert returned.rows == [{"row": 3, "note": "应为一般消费品"}, {"row": 4, "note": "第3行产品类别不对"}]
    # returned: waiting for the unit; the reviewer may still pass it (an explanation accepted).
    refused(review.return_return, *key, "再退一次", match="已经退回（.*），正在等待南湖区重新上报")
    refused(review.reopen, *key, "复核", match="现在是“已退回”")
    assert "已通过" in act(ready_url, review.pass_return, who, *key)
    # passed: may be reopened (with a reason), nothing else.
    refused(review.pass_return, *key, match="已经通过审核（.*），无需再次通过")
    refused(review.return_return, *key, "数量不对", match="已经通过审核.*请先重新打开")
    refused(review.pass_many, [key], match="已经通过审核.*请从所选中去掉")
    refused(review.reopen, *key, "", match="重新打开南湖区2024年10月三同产品月报必须说明理由")
    assert "南湖区可以重新上报" in act(ready_url, review.reopen, who, *key, "企业名称需复核")
    assert state(ready_url).status == "pending" and state(ready_url).reason == "企业名称需复核"
    assert "已通过所选的 1 份月报" in act(ready_url, review.pass_many, who, [(*key, first.batch_id)])
    refused(review.pass_many, [], match="没有选择")

    steps = act(ready_url, review.history, *key)
    assert [(s.action, s.status, s.username) for s in steps] == [
        ("submit", "pending", CLERK.username),
        ("return", "returned", who.username),
        ("pass", "passed", who.username),
        ("reopen", "pending", who.username),
        ("pass", "passed", who.username),
    ]
    assert steps[1].rows[0] == {"row": 3, "note": "应为一般消费品"} and steps[3].reason == "企业名称需复核"
    with session_scope(ready_url) as session:
        audited = session.execute(
            select(AuditLog.action, AuditLog.username, AuditLog.entity_id)
            .where(AuditLog.action.like("review_%"))
            .order_by(AuditLog.id)
        ).all()
    assert [a for a, _, _ in audited] == ["review_return", "review_pass", "review_reopen", "review_pass"]
    assert {(u, e) for _, u, e in audited} == {(who.username, str(first.batch_id))}


def test_a_selection_is_passed_together_or_not_at_all(ready_url):
    upload(ready_url, FIRST, actor=CLERK)
    upload(ready_url, three_same([(5, "齿轮泵", "工业品")]), period=Period(2024, 9), actor=CLERK)
    act(ready_url, review.pass_return, REVIEWER, NANHU, "three_same", Period(2024, 9))
    before = stored(ready_url)
    both = [(NANHU, "three_same", OCT), (NANHU, "three_same", Period(2024, 9))]
    with pytest.raises(review.ReviewRefused, match="2024年9月三同产品月报已经通过审核"):
        act(ready_url, review.pass_many, REVIEWER, both)
    assert stored(ready_url) == before and state(ready_url).status == "pending"
    act(ready_url, review.reopen, REVIEWER, NANHU, "three_same", Period(2024, 9), "复核")
    assert act(ready_url, review.pass_many, REVIEWER, both) == "已通过所选的 2 份月报。"
    assert {i.status for i in act(ready_url, review.queue)} == {"passed"}


def test_a_passed_return_is_locked_against_its_unit_until_reopened(ready_url):
    _, first = upload(ready_url, FIRST, actor=CLERK)
    act(ready_url, review.pass_return, REVIEWER, NANHU, "three_same", OCT)
    before, figure = stored(ready_url), products_ytd(ready_url)
    with pytest.raises(review.ReturnLocked, match=r"三同产品月报已通过审核，不能替换.*没有任何改动") as locked:
        upload(ready_url, SECOND_VERSION, actor=CLERK)
    assert isinstance(locked.value, PermissionDenied)  # the upload page shows it as it shows any refusal
    with pytest.raises(review.ReturnLocked, match=rf"第 {first.batch_id} 号上报中.*已通过审核，不能撤回"):
        act(ready_url, rollback_batch, first.batch_id, actor=CLERK, reason="填错了")
    assert stored(ready_url) == before and products_ytd(ready_url) == figure == 3
    assert state(ready_url).status == "passed"

    act(ready_url, review.reopen, REVIEWER, NANHU, "three_same", OCT, "请补报螺杆泵")
    _, second = upload(ready_url, SECOND_VERSION, actor=CLERK)
    resubmitted = state(ready_url)
    assert (resubmitted.status, resubmitted.batch_id) == ("pending", second.batch_id)
    # The reviewer sees what changed since the version passed, not the whole return again.
    changes = act(ready_url, review.changes_since_reviewed, NANHU, "three_same", OCT)
    assert (changes.since_batch, changes.batch) == (first.batch_id, second.batch_id)
    assert [c.values["product"] for c in changes.added] == ["螺杆泵"] and changes.added[0].row == 4
    assert [(c.row, c.fields) for c in changes.changed] == [(3, {"category": ("工业品", "一般消费品")})]
    assert [(c.row, c.values["product"]) for c in changes.removed] == [(4, "柱塞泵")]
    act(ready_url, review.pass_return, REVIEWER, NANHU, "three_same", OCT, batch=second.batch_id)
    assert act(ready_url, review.changes_since_reviewed, NANHU, "three_same", OCT).empty

    # An admin may replace a passed return; it is pending again, for a reviewer to look at.
    _, third = upload(ready_url, FIRST, actor=ADMIN)
    assert (state(ready_url).status, state(ready_url).batch_id) == ("pending", third.batch_id)


def test_a_withdrawal_hands_the_review_to_the_return_brought_back(ready_url):
    _, first = upload(ready_url, FIRST, actor=CLERK)
    act(ready_url, review.return_return, REVIEWER, NANHU, "three_same", OCT, "请补报", {2: "核对"})
    _, second = upload(ready_url, SECOND_VERSION, actor=CLERK)
    act(ready_url, rollback_batch, second.batch_id, actor=CLERK, reason="传错文件")
    back = state(ready_url)
    assert (back.status, back.batch_id) == ("pending", first.batch_id)
    act(ready_url, rollback_batch, first.batch_id, actor=CLERK, reason="本月不报")
    assert state(ready_url) is None and act(ready_url, review.queue) == []
    with pytest.raises(review.ReviewRefused, match="没有可审核的月报"):
        act(ready_url, review.pass_return, REVIEWER, NANHU, "three_same", OCT)
    steps = act(ready_url, review.history, NANHU, "three_same", OCT)
    assert [(s.action, s.status, s.batch_id) for s in steps][-2:] == [
        ("withdraw", "pending", first.batch_id),
        ("withdraw", "", None),
    ]


def test_a_nil_return_is_reviewed_like_any_other(ready_url):
    upload(ready_url, three_same([]), actor=CLERK)  # the header only: 本月无新增
    assert state(ready_url).status == "pending"
    with pytest.raises(review.ReviewRefused, match="没有第 2 行；可以指出的行：无（零报告）"):
        act(ready_url, review.return_return, REVIEWER, NANHU, "three_same", OCT, "请核实", {2: "?"})
    act(ready_url, review.pass_return, REVIEWER, NANHU, "three_same", OCT)
    assert state(ready_url).status == "passed"


@pytest.mark.parametrize("second_does", ["pass", "return"])
def test_two_reviewers_at_once_one_wins_the_other_is_told(ready_url, second_does):
    """Both read the pending return, then both act: the first to write wins; the other waits for it, finds the
    return changed, is told by whom, and writes nothing."""
    upload(ready_url, FIRST, actor=CLERK)
    before = stored(ready_url)

    both_read = threading.Barrier(2, timeout=60)
    first_done = threading.Event()
    real_change = review.reviews.change

    def change_after_both_read(session, state, **kwargs):
        both_read.wait()  # each reviewer has read the state as pending
        if threading.current_thread().name == "second":
            assert first_done.wait(60)  # the second writes only once the first has written (not committed)
        done = real_change(session, state, **kwargs)
        if threading.current_thread().name == "first":
            first_done.set()
        return done

    results: dict[str, object] = {}

    def run(name: str, fn) -> None:
        try:
            with session_scope(ready_url) as session:
                results[name] = fn(session)
        except Exception as exc:
            results[name] = exc

    second = {
        "pass": lambda s: review.pass_return(s, SECOND, NANHU, "three_same", OCT),
        "return": lambda s: review.return_return(s, SECOND, NANHU, "three_same", OCT, "数量不对", {2: "核对"}),
    }[second_does]
    review.reviews.change = change_after_both_read
    try:
        threads = [
            threading.Thread(
                target=run,
                name="first",
                args=("first", lambda s: review.pass_return(s, REVIEWER, NANHU, "three_same", OCT)),
            ),
            threading.Thread(target=run, name="second", args=("second", second)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        review.reviews.change = real_change
    assert results["first"] == "已通过南湖区2024年10月三同产品月报。"
    lost = results["second"]
    assert isinstance(lost, review.ReviewRefused), lost
    assert "刚刚被 reviewer 通过" in str(lost) and "现在是“已通过”" in str(lost) and "没有生效" in str(lost)
    after = state(ready_url)
    assert (after.status, after.updated_by, after.rows) == ("passed", "reviewer", [])
    steps = act(ready_url, review.history, NANHU, "three_same", OCT)
    assert [(s.action, s.username) for s in steps] == [("submit", CLERK.username), ("pass", "reviewer")]
    counts = stored(ready_url)
    assert counts[:2] == before[:2] and counts[3] == before[3] + 1 and counts[4] == before[4] + 1


def test_a_reviewer_passing_while_the_unit_resubmits_never_passes_what_was_not_seen(ready_url):
    """The unit's commit holds the return's state: a reviewer acting on the version they read meanwhile is told
    it was resubmitted; the new version stays pending."""
    from lib.ingest.service import commit_upload, preview_upload
    from lib.programs import get_registry
    from lib.region import load_region

    upload(ready_url, FIRST, actor=CLERK)
    committed = threading.Event()
    reviewer_read = threading.Event()
    outcome: dict[str, object] = {}

    def resubmit() -> None:
        with session_scope(ready_url) as session:
            preview = preview_upload(
                session,
                SECOND_VERSION,
                "r.xlsx",
                unit_name=NANHU,
                period=OCT,
                registry=get_registry(),
                region=load_region("330400"),
            )
            assert reviewer_read.wait(60)
            outcome["commit"] = commit_upload(session, preview, registry=get_registry(), actor=CLERK)
        committed.set()

    real_change = review.reviews.change

    def change_later(session, state, **kwargs):
        reviewer_read.set()
        assert committed.wait(60)  # the resubmission is committed after the reviewer read the state
        return real_change(session, state, **kwargs)

    def reviewer() -> None:
        try:
            with session_scope(ready_url) as session:
                outcome["review"] = review.pass_return(session, REVIEWER, NANHU, "three_same", OCT)
        except Exception as exc:
            outcome["review"] = exc

    review.reviews.change = change_later
    try:
        threads = [threading.Thread(target=resubmit), threading.Thread(target=reviewer)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        review.reviews.change = real_change
    assert isinstance(outcome["review"], review.ReviewRefused), outcome["review"]
    assert "刚刚被 staff_330402 上报" in str(outcome["review"]) and "待审核" in str(outcome["review"])
    now = state(ready_url)
    assert (now.status, now.batch_id) == ("pending", outcome["commit"].batch_id)


def test_the_command_line_lists_passes_returns_and_reopens(sqlite_url):
    build_demo(sqlite_url)

    def listed(*args: str) -> list[dict]:
        run = cli(sqlite_url, "review", "list", "--json", *args)
        assert run.returncode == 0, run.stderr
        return json.loads(run.stdout)

    pending = listed("--period", "2024-10", "--status", "pending")
    assert {(r["unit"], r["status"]) for r in pending} >= {("南湖区", "pending")}
    assert set(pending[0]) >= {"unit", "program", "period", "status", "batch"}
    assert all(r["period"] == "2024-10" for r in pending)
    returned = listed("--status", "returned")
    assert len(returned) == 1 and returned[0]["rows"][0]["row"] == 5

    where = ["--county", "南湖", "--program", "three_same", "--period", "2024-10"]
    said = refused_in_chinese(cli(sqlite_url, "review", "pass", *where, "--as", "staff_330402"))
    assert "只有审核员和管理员可以审核通过月报" in said
    done = cli(sqlite_url, "review", "pass", *where, "--as", "reviewer")
    assert done.returncode == 0 and "已通过南湖区2024年10月三同产品月报" in done.stdout, done.stderr
    said = refused_in_chinese(cli(sqlite_url, "review", "pass", *where, "--as", "reviewer"))
    assert "已经通过审核" in said
    again = refused_in_chinese(cli(sqlite_url, "review", "return", *where, "--reason", "数量不对", "--as", "reviewer"))
    assert "请先重新打开" in again
    assert refused_in_chinese(cli(sqlite_url, "review", "reopen", *where, "--reason", " ", "--as", "reviewer"))
    opened = cli(sqlite_url, "review", "reopen", *where, "--reason", "企业名称需复核", "--as", "reviewer")
    assert opened.returncode == 0 and "重新打开" in opened.stdout, opened.stderr

    benchmark = ["--county", "南湖区", "--program", "benchmarking", "--period", "2024-10"]
    back = cli(sqlite_url, "review", "return", *benchmark, "--reason", "信用代码有误", "--rows", "5", "--as", "admin")
    assert back.returncode == 0 and "指出 1 行" in back.stdout, back.stderr
    row = [r for r in listed("--status", "returned") if (r["unit"], r["program"]) == ("南湖区", "benchmarking")]
    assert row[0]["rows"] == [{"row": 5, "note": "信用代码有误"}] and row[0]["reason"] == "信用代码有误"
    noted = cli(
        sqlite_url, "review", "return", "--county", "南湖区", "--program", "brand_mark", "--period", "2024-10",
        "--reason", "请核实", "--note", "5=证书编号有误", "--as", "reviewer",
    )  # fmt: skip
    assert noted.returncode == 0, noted.stderr
    row = [r for r in listed("--status", "returned") if r["program"] == "brand_mark"]
    assert row[0]["rows"] == [{"row": 5, "note": "证书编号有误"}]

    text = cli(sqlite_url, "review", "list", "--period", "2024-10", "--status", "pending")
    assert text.returncode == 0 and "南湖区" in text.stdout and "待审核" in text.stdout
    for bad in (["--period", "2024-13"], ["--status", "maybe"]):
        refused_in_chinese(cli(sqlite_url, "review", "list", *bad))
    unknown = refused_in_chinese(cli(sqlite_url, "review", "pass", *where, "--as", "nobody"))
    assert "没有可用的用户“nobody”" in unknown
    leader = refused_in_chinese(cli(sqlite_url, "review", "pass", *where, "--as", "leader"))
    assert "领导（只读）账号不能" in leader


def test_every_review_action_writes_through_the_store_and_moves_the_data_version(sqlite_url):
    """Pages keyed by the data version see each action at their next run; nothing is written outside a store
    command."""
    from lib.db import read_data_version, upgrade_database
    from lib.region import load_region
    from lib.store import sync_units
    from tests.test_architecture import WriteWatch

    upgrade_database(sqlite_url)
    with session_scope(sqlite_url) as session:
        sync_units(session, load_region("330400"))
    key = (NANHU, "three_same", OCT)
    with WriteWatch(sqlite_url) as watch:
        _, first = upload(sqlite_url, FIRST, actor=CLERK)
        for fn, args in (
            (review.return_return, ("请补报", {2: "核对"})),
            (review.pass_return, ()),
            (review.reopen, ("复核",)),
            (review.pass_many, None),
        ):
            before = act(sqlite_url, read_data_version)
            if args is None:
                act(sqlite_url, fn, REVIEWER, [key])
            else:
                act(sqlite_url, fn, REVIEWER, *key, *args)
            assert act(sqlite_url, read_data_version) == before + 1, fn.__name__
        act(sqlite_url, review.reopen, ADMIN, *key, "撤回重报")
        act(sqlite_url, rollback_batch, first.batch_id, actor=CLERK, reason="重报")
    assert watch.seen > 10 and not watch.outside, watch.outside


def test_returns_in_force_when_review_begins_start_as_passed(db_url):
    """An upgraded database: the newest committed return of each unit, program and month is passed; superseded,
    withdrawn and refused ones have no state; a later upload is pending as usual."""
    import datetime as dt

    import sqlalchemy as sa
    from alembic import command

    from lib.db import alembic_config, get_engine, upgrade_database

    config = alembic_config(db_url)
    command.upgrade(config, "0011")
    columns = ("id", "name", "short_name", "kind", "city", "industry", "sort_order")
    units = sa.table("units", *(sa.column(c) for c in columns))
    batches = sa.table(
        "upload_batches",
        *(sa.column(c) for c in ("id", "unit_id", "year", "month", "source", "uploaded_by", "uploaded_at")),
        *(sa.column(c) for c in ("file_name", "size_bytes", "sha256", "status", "accepted_rows", "rejected_rows")),
        sa.column("counts", sa.JSON),
        sa.column("note"),
    )
    at = dt.datetime(2024, 11, 3, tzinfo=dt.UTC)
    fixed = {"source": "upload", "uploaded_by": "clerk", "uploaded_at": at, "file_name": "r.xlsx", "size_bytes": 1}
    fixed |= {"sha256": "", "accepted_rows": 0, "rejected_rows": 0, "note": "", "unit_id": 1, "year": 2024}
    with get_engine(db_url).begin() as connection:
        connection.execute(
            units.insert(),
            [
                {
                    "id": 1,
                    "name": NANHU,
                    "short_name": "南湖",
                    "kind": "district",
                    "city": "",
                    "industry": "",
                    "sort_order": 0,
                }
            ],
        )
        refused = {"accepted": 0, "rejected": 3, "refused": True}
        connection.execute(
            batches.insert(),
            [
                fixed
                | {
                    "id": 1,
                    "month": 9,
                    "status": "committed",
                    "counts": {"three_same": {"accepted": 2}, "recall": refused},
                },
                fixed | {"id": 2, "month": 10, "status": "superseded", "counts": {"three_same": 3}},
                fixed | {"id": 3, "month": 10, "status": "committed", "counts": {"three_same": 1, "recall": 0}},
                fixed | {"id": 4, "month": 10, "status": "rolled_back", "counts": {"benchmarking": 2}},
            ],
        )
    upgrade_database(db_url)
    with session_scope(db_url) as session:
        states = session.execute(
            select(ReviewState.program, ReviewState.month, ReviewState.status, ReviewState.batch_id).order_by(
                ReviewState.month, ReviewState.program
            )
        ).all()
    assert [tuple(s) for s in states] == [
        ("three_same", 9, "passed", 1),
        ("recall", 10, "passed", 3),
        ("three_same", 10, "passed", 3),
    ]


def test_the_upload_page_says_a_passed_return_is_locked_and_changes_nothing(app_env, demo_sqlite_url, tmp_path):
    import sqlite3

    from tests.test_app import open_page, run_app

    database = tmp_path / "demo.db"
    with sqlite3.connect(demo_sqlite_url.removeprefix("sqlite:///")) as source, sqlite3.connect(database) as copy:
        source.backup(copy)
    url = f"sqlite:///{database}"
    act(url, review.pass_return, REVIEWER, NANHU, "three_same", OCT)
    before = stored(url)
    app_env(url)
    app = open_page(run_app("staff"), "upload.py")
    app.selectbox(key="upload_month").set_value("2024-10")
    app.file_uploader(key="upload_file").upload("南湖区三同10月.xlsx", FIRST).run()
    app.button(key="upload_commit").click().run()
    assert not app.exception, app.exception
    assert any("三同产品月报已通过审核，不能替换" in e.value and "没有任何改动" in e.value for e in app.error)
    assert stored(url) == before


def test_a_reviewer_reads_every_page_a_leader_reads(app_env, demo_sqlite_url):
    import time

    from streamlit.testing.v1 import AppTest

    from tests.test_app import APP

    app_env(demo_sqlite_url)
    app = AppTest.from_file(APP, default_timeout=60)
    app.session_state["auth_actor"] = {
        "username": "reviewer",
        "role": "reviewer",
        "unit_name": None,
        "display_name": "市局审核员",
    }
    app.session_state["auth_seen"] = time.time()
    app.run()
    assert not app.exception, app.exception
    for page in ("reporting.py", "history.py", "quality.py", "leaderboard.py"):
        app.switch_page(f"pages/{page}").run()
        assert not app.exception, (page, app.exception)


def test_a_return_entered_online_and_a_nil_return_are_pending(ready_url):
    from tests.test_entry import _enter, _rows

    _, result = _enter(ready_url, {"three_same": _rows(2), "recall": []}, actor=CLERK)  # recall: 本月无新增
    items = {i.program: i for i in act(ready_url, review.queue, OCT)}
    assert set(items) == {"three_same", "recall"}
    assert {(i.status, i.batch_id, i.submitted_by) for i in items.values()} == {
        ("pending", result.batch_id, CLERK.username)
    }
    act(ready_url, review.pass_return, REVIEWER, NANHU, "recall", OCT)
    with pytest.raises(review.ReturnLocked, match="缺陷产品召回月报已通过审核"):
        _enter(ready_url, {"recall": []}, actor=CLERK)
    # Another program of the month is not locked by it.
    _, again = _enter(ready_url, {"three_same": _rows(3)}, actor=CLERK)
    assert state(ready_url).batch_id == again.batch_id and state(ready_url, program="recall").status == "passed"


def test_a_reviewer_neither_uploads_nor_manages_accounts(ready_url):
    from lib.auth import create_user, set_active

    before = stored(ready_url)
    with pytest.raises(PermissionDenied, match="审核员账号只能查看和审核，不能上报"):
        upload(ready_url, FIRST, actor=REVIEWER)
    for attempt in (
        lambda s: create_user(s, "x1", "reviewer", "Str0ng-pass-1", actor=REVIEWER),
        lambda s: set_active(s, "admin", False, actor=REVIEWER),
    ):
        with pytest.raises(PermissionDenied, match="只有管理员可以"):
            act(ready_url, attempt)
    assert stored(ready_url) == before


def test_a_returned_return_is_fixed_on_the_page_and_the_reviewer_sees_only_the_change(ready_url):
    from lib.ingest.entry import prefilled, preview_entry
    from lib.ingest.service import commit_upload
    from lib.programs import get_registry
    from lib.region import load_region

    upload(ready_url, FIRST, actor=CLERK)
    act(ready_url, review.return_return, REVIEWER, NANHU, "three_same", OCT, "类别有误", {3: "叶片泵应为一般消费品"})
    (mine,) = act(ready_url, review.returned_to, CLERK)
    assert (mine.unit, mine.program, mine.reason) == (NANHU, "three_same", "类别有误")
    assert mine.rows == [{"row": 3, "note": "叶片泵应为一般消费品"}]
    assert act(ready_url, review.returned_to, OTHER_CLERK) == []  # another county's clerk is not shown it
    assert act(ready_url, review.returned_to, REVIEWER) == []  # nor a reviewer, who cannot resubmit

    rows = act(ready_url, review.return_rows, NANHU, "three_same", OCT)
    assert [(row, values["product"]) for row, values in rows] == [(2, "齿轮泵"), (3, "叶片泵"), (4, "柱塞泵")]
    shown = review.rows_table("three_same", rows, mine.rows)
    assert shown[1]["行"] == 3 and shown[1]["审核意见"] == "叶片泵应为一般消费品" and shown[0]["审核意见"] == ""
    assert shown[1]["产品类别"] == "工业品" and shown[1]["声明日期"] == "2024-10-08"

    registry = get_registry()
    program = registry.get("three_same")
    typed = prefilled(program, [values for _, values in rows])
    assert str(typed[0]["date"]) == "2024-10-08" and "unit" not in typed[0]
    typed[1]["category"] = "一般消费品"  # what the clerk changes in the grid
    with session_scope(ready_url) as session:
        preview = preview_entry(
            session, {"three_same": typed}, unit_name=NANHU, period=OCT, registry=registry, region=load_region("330400")
        )
        assert not [i for i in preview.issues if i.severity == "error"]
        commit_upload(session, preview, registry=registry, actor=CLERK, source="online")

    again = state(ready_url)
    assert again.status == "pending" and again.resubmitted and again.reviewed_batch == mine.batch_id
    assert act(ready_url, review.returned_to, CLERK) == []  # nothing waits for the clerk any more
    changes = act(ready_url, review.changes_since_reviewed, NANHU, "three_same", OCT)
    assert (len(changes.added), len(changes.changed), len(changes.removed)) == (0, 1, 0)
    (line,) = review.changes_table("three_same", changes)
    assert (line["变化"], line["内容"]) == ("修改", "产品类别：工业品 → 一般消费品")
    assert line["企业名称"] == "嘉兴测试2号有限公司"

    counts = act(ready_url, review.record_counts, [OCT, OCT.previous])
    assert counts[(NANHU, "three_same", "2024-10")] == 3 and (NANHU, "three_same", "2024-09") not in counts
    flags = {"2024-10": [{"类型": "数量突增", "说明": "三同 3 条", "units": (NANHU,), "programs": ("three_same",)}]}
    (listed,) = review.queue_table(act(ready_url, review.queue, OCT, "pending"), counts, flags)
    assert (listed["单位"], listed["工作项目"], listed["状态"], listed["记录数"], listed["较上月"]) == (
        NANHU,
        "三同产品",
        "待审核",
        3,
        3,
    )
    assert listed["再次上报"] == "是" and listed["质量提示"] == "数量突增：三同 3 条"
    act(ready_url, review.pass_return, REVIEWER, NANHU, "three_same", OCT, batch=again.batch_id)
    assert state(ready_url).status == "passed"


def demo_copy(demo_sqlite_url: str, tmp_path) -> str:
    import sqlite3

    database = tmp_path / "demo.db"
    with sqlite3.connect(demo_sqlite_url.removeprefix("sqlite:///")) as source, sqlite3.connect(database) as copy:
        source.backup(copy)
    return f"sqlite:///{database}"


def signed_in(username: str, role: str, unit: str | None):
    import time

    from streamlit.testing.v1 import AppTest

    from tests.test_app import APP

    app = AppTest.from_file(APP, default_timeout=60)
    app.session_state["auth_actor"] = {"username": username, "role": role, "unit_name": unit, "display_name": ""}
    app.session_state["auth_seen"] = time.time()
    app.run()
    assert not app.exception, app.exception
    return app


def test_the_review_page_passes_a_return_and_lists_the_returned_one_with_its_note(app_env, demo_sqlite_url, tmp_path):
    from tests.test_app import open_page

    url = demo_copy(demo_sqlite_url, tmp_path)
    app_env(url)
    app = open_page(signed_in("reviewer", "reviewer", None), "review.py")
    assert app.title[0].value == "审核"
    queue = app.dataframe[0].value
    assert len(queue) == 6 and set(queue["状态"]) == {"待审核"}  # 南湖区's five programs and 嘉善县's first
    assert list(queue["单位"])[:5] == [NANHU] * 5  # the longest waiting first
    first = queue.iloc[0]
    app.button(key=f"review_pass_{NANHU}_benchmarking_2024-10_{first['上报编号']}").click().run()
    assert not app.exception, app.exception
    assert any("已通过南湖区2024年10月对标达标月报" in s.value for s in app.success)
    assert state(url, program="benchmarking").status == "passed"
    assert len(app.dataframe[0].value) == 5  # it left the queue

    # 退回 the next one (南湖区's 品字标) with a note on one of its rows.
    batch = app.dataframe[0].value.iloc[0]["上报编号"]
    key = f"{NANHU}_brand_mark_2024-10_{batch}"
    row = act(url, review.return_rows, NANHU, "brand_mark", OCT)[1][0]
    app.text_area(key=f"review_reason_{key}").input("证书信息有误").run()
    app.multiselect(key=f"review_rows_{key}").set_value([row]).run()
    app.text_input(key=f"review_note_{key}_{row}").input("证书编号与证书不符").run()
    app.button(key=f"review_return_{key}").click().run()
    assert not app.exception, app.exception
    assert any("已退回南湖区2024年10月品字标月报，指出 1 行：证书信息有误" in s.value for s in app.success)
    sent_back = state(url, program="brand_mark")
    assert sent_back.status == "returned" and sent_back.rows == [{"row": row, "note": "证书编号与证书不符"}]

    app.button_group(key="review_status").set_value("returned").run()
    assert not app.exception, app.exception
    listed = app.dataframe[0].value.to_dict("records")  # the earliest sent first: 南湖区's, then 秀洲区's
    assert [(r["单位"], r["工作项目"], r["状态"]) for r in listed] == [
        (NANHU, "品字标", "已退回"),
        ("秀洲区", "对标达标", "已退回"),
    ]
    app.selectbox(key="review_one_returned").set_value(1).run()
    assert any("退回：部分企业信息与证明材料不一致" in i.value for i in app.info)
    whole = app.dataframe[1].value
    assert [n for n in whole["审核意见"] if n] == ["企业名称与统一社会信用代码不一致，请对照营业执照核对。"]


def test_a_clerk_sees_the_returned_return_first_fixes_it_on_the_page_and_resubmits(app_env, demo_sqlite_url, tmp_path):
    from tests.test_app import open_page

    url = demo_copy(demo_sqlite_url, tmp_path)
    app_env(url)
    app = open_page(signed_in("staff_330411", "staff", "秀洲区"), "upload.py")
    assert any("退回理由：部分企业信息与证明材料不一致" in e.value for e in app.error)
    assert "企业名称与统一社会信用代码不一致" in app.table[0].value.loc[5, "审核意见"]  # at its row
    app.button(key="fix_open_秀洲区_benchmarking_2024-10").click().run()
    assert not app.exception, app.exception
    grid = app.dataframe[0].value
    assert list(grid["原行号"]) == [5, 6] and grid.iloc[0]["审核意见"].startswith("企业名称与统一社会信用代码不一致")
    assert any("没有发现问题" in s.value for s in app.success)
    before = state(url, "秀洲区", "benchmarking")
    app.button(key="fix_commit").click().run()
    assert not app.exception, app.exception
    assert any("已重新进入待审核" in s.value for s in app.success)
    after = state(url, "秀洲区", "benchmarking")
    assert after.status == "pending" and after.batch_id != before.batch_id and after.resubmitted
    assert act(url, review.changes_since_reviewed, "秀洲区", "benchmarking", OCT).empty  # sent back unchanged
    assert not any("被市局退回的月报" in m.value for m in app.markdown)  # nothing waits any more


def test_reporting_shows_each_returns_review_and_the_briefing_counts_them(demo_sqlite_url):
    from collections import Counter

    from lib.briefing.compose import compose_briefing
    from lib.metrics import load_summary
    from lib.programs import get_registry
    from lib.region import load_region
    from lib.reporting import followup_list, load_status, review_counts, status_table

    registry = get_registry()
    with session_scope(demo_sqlite_url) as session:
        cells = load_status(session, registry, OCT)
        items = review.queue(session, OCT)
        briefing = compose_briefing(session, registry, load_region("330400"), OCT)
        summary = load_summary(session, registry, OCT, "嘉兴市")
    expected = Counter(i.status for i in items)
    assert review_counts(cells) == {key: expected[key] for key in ("pending", "passed", "returned")}
    table = status_table(cells, registry).set_index("单位")
    assert table.loc["秀洲区", "对标达标"].endswith("·已退回") and table.loc[NANHU, "三同产品"].endswith("·待审核")
    assert table.loc["海宁市", "对标达标"].endswith("·已通过")
    followup = followup_list(summary, cells, registry, "嘉兴市", OCT).set_index("单位")
    assert followup.loc["秀洲区", "退回未改"] == 1
    assert "10月对标达标月报被市局退回，尚未重新上报" in followup.loc["秀洲区", "督办事项"]
    said = f"市局已审核 {expected['passed'] + expected['returned']} 份，其中通过 {expected['passed']} 份"
    assert said in briefing.quality and f"尚有 {expected['pending']} 份待审核" in briefing.quality
    assert any(text.startswith("秀洲区") and "被市局退回" in text for text in briefing.followups)


def test_the_figures_under_off_mark_and_strict_follow_every_step_of_a_review(ready_url, monkeypatch):
    """Uploaded (waiting), 退回 (waiting), resubmitted (waiting, the new rows), passed (counted), reopened
    (waiting) and the resubmission withdrawn (the first return back, waiting): under each QB_REVIEW setting
    the pages' figures count what they should and say how much waits; the stored figures always equal an
    independent reckoning from the records and the review states."""
    from lib.config import get_settings
    from lib.metrics import load_summary
    from lib.programs import get_registry
    from lib.store import figures
    from tests.test_figures import reckoned

    def seen() -> dict[str, tuple]:
        with session_scope(ready_url) as session:
            kept, wanted = figures.stored(session), reckoned(session)
        assert kept.keys() == wanted.keys()
        assert all(kept[key] == pytest.approx(wanted[key]) for key in wanted)
        out = {}
        for mode in ("off", "mark", "strict"):
            monkeypatch.setenv("QB_REVIEW", mode)
            get_settings.cache_clear()
            with session_scope(ready_url) as session:
                summary = load_summary(session, get_registry(), OCT, "嘉兴市")
            row = summary[(summary.program == "three_same") & (summary.metric == "products")].set_index("unit")
            out[mode] = tuple(
                float(row.loc[unit, c]) for unit in (NANHU, "嘉兴市") for c in ("ytd_value", "ytd_pending")
            )
        monkeypatch.delenv("QB_REVIEW")
        get_settings.cache_clear()
        return out

    def waiting(n: int) -> dict[str, tuple]:
        return {"off": (n, 0, n, 0), "mark": (n, n, n, n), "strict": (0, n, 0, n)}

    upload(ready_url, FIRST, actor=CLERK)
    assert seen() == waiting(3)
    act(ready_url, review.return_return, REVIEWER, NANHU, "three_same", OCT, "类别有误")
    assert seen() == waiting(3)  # a returned return still waits
    _, second = upload(ready_url, SECOND_VERSION, actor=CLERK)
    assert seen() == waiting(3)  # firms 1, 2 and 4 now
    act(ready_url, review.pass_return, REVIEWER, NANHU, "three_same", OCT)
    assert seen() == {mode: (3, 0, 3, 0) for mode in ("off", "mark", "strict")}
    act(ready_url, review.reopen, REVIEWER, NANHU, "three_same", OCT, "请复核")
    assert seen() == waiting(3)
    with session_scope(ready_url) as session:
        rollback_batch(session, second.batch_id, actor=ADMIN, reason="撤回重报")
    assert state(ready_url).batch_id != second.batch_id
    assert seen() == waiting(3)  # the first return counts again, and waits again
    act(ready_url, review.pass_return, REVIEWER, NANHU, "three_same", OCT)
    assert seen()["strict"] == (3, 0, 3, 0)


def test_an_unknown_review_setting_is_refused_in_chinese(monkeypatch):
    from lib.config import get_settings

    monkeypatch.setenv("QB_REVIEW", "sometimes")
    get_settings.cache_clear()
    try:
        with pytest.raises(ValueError, match="QB_REVIEW 只能是 off、mark 或 strict（现在是“sometimes”）"):
            get_settings()
    finally:
        monkeypatch.delenv("QB_REVIEW")
        get_settings.cache_clear()


@pytest.fixture
def closing(monkeypatch):
    """The default month close: QB_CLOSE_DAYS unset (10 days after the due day)."""
    from lib.config import get_settings

    monkeypatch.delenv("QB_CLOSE_DAYS", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_a_month_closes_for_its_unit_ten_days_after_the_due_day_unless_opened(ready_url, closing):
    import datetime as dt

    from lib.auth import PermissionDenied
    from lib.periods import BEIJING, closes_at

    assert closes_at(OCT) == dt.datetime(2024, 11, 15, 23, 59, 59, tzinfo=BEIJING)
    _, first = upload(ready_url, FIRST, actor=ADMIN)  # the city's staff act whenever
    before = stored(ready_url)
    with pytest.raises(review.MonthClosed, match=r"2024年10月的月报已于 2024-11-15 关闭（截止日后 10 天）") as shut:
        upload(ready_url, SECOND_VERSION, actor=CLERK)
    assert isinstance(shut.value, PermissionDenied) and "没有任何改动" in str(shut.value)
    with pytest.raises(review.MonthClosed, match="不能再上报、替换或撤回"), session_scope(ready_url) as session:
        rollback_batch(session, first.batch_id, actor=CLERK, reason="撤回")
    assert stored(ready_url) == before
    notice = act(ready_url, review.closed_notice, CLERK, NANHU, OCT)
    assert (
        notice.startswith("2024年10月的月报已于 2024-11-15 关闭")
        and act(ready_url, review.closed_notice, ADMIN, NANHU, OCT) is None
    )

    # A return the city sends back may be sent again after the close: the city asked for it.
    act(ready_url, review.return_return, REVIEWER, NANHU, "three_same", OCT, "类别有误")
    assert "被市局退回的三同产品月报仍可修改后重新上报" in act(ready_url, review.closed_notice, CLERK, NANHU, OCT)
    _, again = upload(ready_url, SECOND_VERSION, actor=CLERK)
    assert state(ready_url).batch_id == again.batch_id and state(ready_url).status == "pending"
    with pytest.raises(review.MonthClosed):  # pending again: closed again for the clerk
        upload(ready_url, FIRST, actor=CLERK)

    # An admin opens the month for the unit until a day; only an admin, with a reason, from today on.
    today = dt.datetime.now(BEIJING).date()
    for who, until, reason, match in (
        (REVIEWER, today, "补报", "只有管理员可以为单位开放已关闭的月份"),
        (ADMIN, today, " ", "必须说明理由"),
        (ADMIN, today - dt.timedelta(days=1), "补报", "已经过去"),
    ):
        with pytest.raises(review.ReviewRefused, match=match):
            act(ready_url, review.open_month, who, NANHU, OCT, until, reason)
    said = act(ready_url, review.open_month, ADMIN, NANHU, OCT, today, "补报漏报企业")
    assert said == f"已为南湖区开放2024年10月的月报，至 {today:%Y-%m-%d} 24:00：补报漏报企业"
    (opened,) = act(ready_url, review.openings)
    assert (opened["单位"], opened["月份"], opened["理由"], opened["开放人"]) == (
        NANHU,
        "2024年10月",
        "补报漏报企业",
        "admin",
    )
    assert act(ready_url, review.closed_notice, CLERK, NANHU, OCT) is None
    upload(ready_url, FIRST, actor=CLERK)  # open for 南湖区 …
    with pytest.raises(review.MonthClosed):  # … not for another unit
        upload(ready_url, FIRST, unit="秀洲区", actor=OTHER_CLERK)
    with session_scope(ready_url) as session:
        audit = session.scalars(select(AuditLog.action).where(AuditLog.action == "month_open")).all()
    assert audit == ["month_open"]

    # Once the opening has passed, the month is closed again.
    from lib.models import MonthOpening

    with session_scope(ready_url) as session:
        session.execute(MonthOpening.__table__.update().values(until=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)))
    with pytest.raises(review.MonthClosed):
        upload(ready_url, SECOND_VERSION, actor=CLERK)


def test_the_upload_page_says_the_month_is_closed_and_an_admin_opens_it(app_env, demo_sqlite_url, tmp_path, closing):
    import datetime as dt

    from lib.periods import BEIJING
    from tests.test_app import open_page

    url = demo_copy(demo_sqlite_url, tmp_path)
    app_env(url)
    clerk = open_page(signed_in("staff_330411", "staff", "秀洲区"), "upload.py")
    clerk.selectbox(key="upload_month").set_value("2024-09").run()
    assert any("2024年9月的月报已于 2024-10-15 关闭" in w.value.replace("\\", "") for w in clerk.warning)
    clerk.selectbox(key="upload_month").set_value("2024-10").run()  # its 对标达标 was sent back: still resendable
    assert any("被市局退回的对标达标月报仍可修改后重新上报" in w.value for w in clerk.warning)

    admin = open_page(signed_in("admin", "admin", None), "review.py")
    admin.selectbox(key="review_open_unit").set_value("秀洲区")
    admin.selectbox(key="review_open_month").set_value("2024-09")
    admin.date_input(key="review_open_until").set_value(dt.datetime.now(BEIJING).date())
    admin.text_input(key="review_open_reason").input("补报漏报企业")
    admin.button(key="FormSubmitter:review_open_month-开放").click().run()
    assert not admin.exception, admin.exception
    assert any("已为秀洲区开放2024年9月的月报" in s.value for s in admin.success)
    clerk.selectbox(key="upload_month").set_value("2024-09").run()
    assert not any("关闭" in w.value for w in clerk.warning)
