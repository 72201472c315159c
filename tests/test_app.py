"""The app shell and the 总览 page run as a user sees them (Streamlit AppTest)."""

from __future__ import annotations

import time

from sqlalchemy import func, select
from streamlit.testing.v1 import AppTest

from lib.db import session_scope, upgrade_database
from lib.models import ProgramRecord
from lib.programs import get_registry
from tests.conftest import ROOT

APP = str(ROOT / "app.py")


ROLES = {
    "admin": {"username": "admin", "role": "admin", "unit_name": None, "display_name": "系统管理员"},
    "leader": {"username": "leader", "role": "leader", "unit_name": None, "display_name": "局领导"},
    "staff": {"username": "staff_330402", "role": "staff", "unit_name": "南湖区", "display_name": "南湖区业务人员"},
}


def run_app(role: str | None = "admin") -> AppTest:
    """The app as a signed-in user of a role (None: nobody signed in)."""
    app = AppTest.from_file(APP, default_timeout=60)
    if role:
        app.session_state["auth_actor"] = ROLES[role]
        app.session_state["auth_seen"] = time.time()
    app.run()
    assert not app.exception, app.exception
    return app


def distinct_firms(url: str, program: str, year: int, upto: int) -> int:
    with session_scope(url) as session:
        return session.scalar(
            select(func.count(func.distinct(ProgramRecord.enterprise_id))).where(
                ProgramRecord.program == program,
                ProgramRecord.year == year,
                ProgramRecord.month <= upto,
                ProgramRecord.is_current.is_(True),
            )
        )


def test_overview_shows_the_latest_month_with_a_card_per_program(app_env, demo_sqlite_url):
    app_env(demo_sqlite_url)
    app = run_app()
    assert app.title[0].value == "嘉兴市质量提升工作总览"
    assert any("2024年10月" in c.value for c in app.caption)
    labels = [m.label for m in app.metric]
    assert labels == [p.primary.label for p in get_registry()]
    assert labels[:2] == ["对标达标企业", "“品字标”认证企业"]
    expected = distinct_firms(demo_sqlite_url, "benchmarking", 2024, 10)
    assert app.metric[0].value == f"{expected}家"
    assert any(c.value == "数据来源：各县（市、区）市场监管局月报，截至2024年10月" for c in app.caption)
    table = next(d.value for d in app.dataframe if "对标达标完成率" in d.value.columns)
    assert list(table["单位"])[:2] == ["南湖区", "秀洲区"] and len(table) == 9
    leaders, laggards = app.dataframe[0].value, app.dataframe[1].value
    assert len(leaders) == 3 and len(laggards) == 3
    assert leaders["综合得分"].min() >= laggards["综合得分"].max()
    assert any(c.value.startswith("本月新增") and "同比" in c.value for c in app.caption)


def test_picking_another_month_changes_every_figure(app_env, demo_sqlite_url):
    app_env(demo_sqlite_url)
    app = run_app()
    app.selectbox(key="period_select").set_value("2023-12").run()
    assert not app.exception
    assert app.metric[0].value == "154家"  # the published 2023 figure
    assert any(c.value.endswith("截至2023年12月") for c in app.caption)
    progress_texts = [p.proto.text for p in app.get("progress")]
    assert any("年度目标 150家" in text for text in progress_texts)


def test_empty_database_explains_what_to_do(app_env, sqlite_url):
    upgrade_database(sqlite_url)
    app_env(sqlite_url)
    app = run_app()
    assert "还没有上报数据" in app.info[0].value
    assert not app.metric


def test_broken_registry_stops_start_up_with_the_reason(app_env, demo_sqlite_url, tmp_path, monkeypatch):
    broken = tmp_path / "programs.toml"
    text = (ROOT / "data" / "programs.toml").read_text(encoding="utf-8")
    broken.write_text(text.replace('type = "uscc"', 'type = "creditcode"', 1), encoding="utf-8")
    monkeypatch.setenv("QB_PROGRAMS", str(broken))
    app_env(demo_sqlite_url)
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    assert "看板无法启动" in app.error[0].value
    assert "工作项目“benchmarking” 字段“uscc”" in app.error[0].value
    assert not app.metric


def open_page(app: AppTest, page: str) -> AppTest:
    app.switch_page(f"pages/{page}").run()
    assert not app.exception, app.exception
    return app


def test_upload_page_shows_problems_and_commits(app_env, sqlite_url):
    from tests.test_ingest import MESSY

    upgrade_database(sqlite_url)
    app_env(sqlite_url)
    app = open_page(run_app(), "upload.py")
    assert app.title[0].value == "数据上报"
    app.selectbox(key="upload_unit").set_value("南湖区")
    app.selectbox(key="upload_month").set_value("2024-10")
    app.file_uploader(key="upload_file").upload(MESSY.name, MESSY.read_bytes()).run()
    assert not app.exception, app.exception
    summary = app.dataframe[0].value
    assert list(summary["工作项目"]) == ["对标达标", "品字标", "缺陷产品召回", "绿色产品认证", "三同产品"]
    assert int(summary.loc[summary["工作项目"] == "对标达标", "可入库"].iloc[0]) == 7
    problems = next(d.value for d in app.dataframe if "问题及修改方法" in d.value.columns)
    bad = problems[problems["单元格"] == "C9"].iloc[0]
    assert bad["工作表"] == "对标达标" and "校验位不符" in bad["问题及修改方法"]
    assert "5 个错误" in app.warning[0].value  # 已召回数量 “五千条” reads as 5000
    app.button(key="upload_commit").click().run()
    assert not app.exception, app.exception
    assert any("已入库 21 条记录" in s.value for s in app.success)

    history = open_page(app, "history.py")
    table = history.dataframe[0].value
    assert table.iloc[0]["上报人"] == "admin" and table.iloc[0]["文件名"] == MESSY.name
    assert table.iloc[0]["入库行数"] == 21 and len(table.iloc[0]["SHA-256"]) == 64


def test_upload_page_says_when_a_file_cannot_be_read(app_env, sqlite_url):
    from tests.test_ingest import SAMPLES

    upgrade_database(sqlite_url)
    app_env(sqlite_url)
    app = open_page(run_app(), "upload.py")
    corrupt = SAMPLES / "corrupt.xlsx"
    app.file_uploader(key="upload_file").upload(corrupt.name, corrupt.read_bytes()).run()
    assert "已损坏" in app.error[0].value and "corrupt\\.xlsx" in app.error[0].value  # escaped for markdown
    assert not app.dataframe


def test_upload_page_notices_a_wrong_month(app_env, sqlite_url):
    from tests.test_ingest import SAMPLES

    upgrade_database(sqlite_url)
    app_env(sqlite_url)
    app = open_page(run_app(), "upload.py")
    app.selectbox(key="upload_month").set_value("2024-05")
    csv = SAMPLES / "xiuzhou_recall_gbk.csv"
    app.selectbox(key="upload_unit").set_value("秀洲区")
    app.file_uploader(key="upload_file").upload(csv.name, csv.read_bytes()).run()
    assert any("2024年10月" in w.value and "不一致" in w.value for w in app.warning)
    app.button(key="upload_fix_month").click().run()
    assert app.selectbox(key="upload_month").value == "2024-10"


def test_leaderboard_page_ranks_every_unit(app_env, demo_sqlite_url):
    app_env(demo_sqlite_url)
    app = open_page(run_app(), "leaderboard.py")
    assert app.title[0].value == "嘉兴市质量提升工作排行榜"
    table = next(d.value for d in app.dataframe if "综合得分" in d.value.columns and len(d.value) == 9)
    ranks = list(table["名次"].astype(int))
    assert ranks[0] == 1 and ranks == sorted(ranks) and len(set(ranks)) >= 5
    scores = list(table["综合得分"])
    assert scores == sorted(scores, reverse=True)
    assert table["名次"].iloc[0] == 1
    assert any("权重" in c.value and "120%" in c.value for c in app.caption)


def program_app(key: str) -> AppTest:
    """A program page as app.py runs it (AppTest cannot switch to a page given as a function)."""
    script = f"""
import runpy
from lib.ui import shell
token = shell._IN_SHELL.set(True)
runpy.run_path({str(ROOT / "pages" / "program.py")!r}, init_globals={{"PROGRAM_KEY": {key!r}}}, run_name="__main__")
"""
    app = AppTest.from_string(script, default_timeout=60)
    app.run()
    assert not app.exception, app.exception
    return app


def test_program_page_comes_from_the_registry(app_env, demo_sqlite_url):
    app_env(demo_sqlite_url)
    app = program_app("benchmarking")
    assert app.title[0].value == "企业标准对标达标提升行动"
    assert app.metric[0].label == "累计对标达标企业"
    records = app.dataframe[-1].value
    assert len(records) == distinct_records(demo_sqlite_url, "benchmarking", 2024, 10)
    app.text_input(key="program_benchmarking_search").input("海宁").run()
    filtered = app.dataframe[-1].value
    assert 0 < len(filtered) < len(records)
    assert all("海宁" in " ".join(map(str, row)) for row in filtered.itertuples(index=False))


def distinct_records(url: str, program: str, year: int, upto: int) -> int:
    with session_scope(url) as session:
        return session.scalar(
            select(func.count(ProgramRecord.id)).where(
                ProgramRecord.program == program,
                ProgramRecord.year == year,
                ProgramRecord.month <= upto,
                ProgramRecord.is_current.is_(True),
            )
        )


def test_county_page_edits_the_plan_with_an_audit_entry(app_env, tmp_path):
    from lib.models import AuditLog, Project
    from tests.conftest import build_demo

    url = build_demo(f"sqlite:///{tmp_path / 'county.db'}")
    app_env(url)
    app = open_page(run_app(), "county.py")
    assert app.title[0].value == "一县一业一策"
    assert any("压缩机" in h.value for h in app.subheader)
    figures = app.dataframe[0].value
    assert list(figures["工作项目"]) == ["对标达标", "品字标", "缺陷产品召回", "绿色产品认证", "三同产品"]
    app.button(key="county_save").click().run()
    assert not app.exception, app.exception
    assert any("已保存" in s.value for s in app.success), [e.value for e in app.error]
    with session_scope(url) as session:
        entry = session.scalars(select(AuditLog).where(AuditLog.action == "edit_plan")).one()
        assert entry.username == "admin"
        assert session.scalar(select(func.count()).select_from(Project)) == 32  # unchanged content kept


def test_plan_checks_refuse_bad_edits():
    import datetime as dt

    import pandas as pd

    from lib.county import PROJECT_COLUMNS, check_projects

    projects = pd.DataFrame(
        [
            [None, "", "科", dt.date(2024, 3, 1), dt.date(2024, 2, 1), 120, "进行中", ""],
            [None, "项目甲", "科", None, None, 50, "已完成", ""],
        ],
        columns=PROJECT_COLUMNS,
    )
    problems = "\n".join(check_projects(projects))
    assert "第1行：项目名称不能为空" in problems
    assert "第1行：进度应为 0 到 100" in problems
    assert "第1行：完成期限不能早于开始日期" in problems
    assert "第2行：状态为“已完成”时进度应为 100" in problems


def test_enterprise_profile_across_programs(app_env, demo_sqlite_url):
    from lib.models import Enterprise

    with session_scope(demo_sqlite_url) as session:
        uscc, name = session.execute(
            select(Enterprise.uscc, Enterprise.name)
            .join(ProgramRecord, ProgramRecord.enterprise_id == Enterprise.id)
            .where(ProgramRecord.program == "brand_mark")
            .group_by(Enterprise.uscc, Enterprise.name)
            .having(func.count(func.distinct(ProgramRecord.status)) == 2)
            .limit(1)
        ).one()
    app_env(demo_sqlite_url)
    app = open_page(run_app(), "enterprise.py")
    app.text_input(key="enterprise_search").input(uscc.lower()).run()
    assert not app.exception, app.exception
    assert app.subheader[0].value == name
    records = app.dataframe[0].value
    assert len(records) >= 2 and set(records["工作项目"]) == {"品字标"}
    assert any("入库培育" in text for text in records["内容"]) and any("已认证" in text for text in records["内容"])


def test_every_registry_program_has_a_working_page(app_env, demo_sqlite_url):
    from lib.programs import get_registry

    app_env(demo_sqlite_url)
    for program in get_registry():
        app = program_app(program.key)
        assert app.title[0].value == program.full_title
        assert app.metric[0].label == f"累计{program.primary.label}"


def test_hostile_names_are_shown_as_plain_text(app_env, tmp_path):
    """An enterprise name written as markdown or HTML is shown literally, never as an image or link."""
    from sqlalchemy import update

    from lib.formatting import md_escape
    from lib.models import Enterprise, ProgramRecord
    from tests.conftest import build_demo

    url = build_demo(f"sqlite:///{tmp_path / 'hostile.db'}")
    hostile = "![x](http://example.invalid/x.png)<img src=x onerror=alert(1)>有限公司"
    with session_scope(url) as session:
        firm = session.scalars(select(Enterprise).limit(1)).one()
        firm.name = hostile
        uscc = firm.uscc
        # The profile shows the name the returns in force give.
        session.execute(
            update(ProgramRecord).where(ProgramRecord.enterprise_id == firm.id).values(enterprise_name=hostile)
        )
    app_env(url)
    app = open_page(run_app(), "enterprise.py")
    app.text_input(key="enterprise_search").input(uscc).run()
    assert app.subheader[0].value == md_escape(hostile)
    assert "\\!\\[x\\]\\(http:\u2060//example\\.invalid" in app.subheader[0].value  # no link, no image


def test_reporting_page_shows_the_matrix_and_chase_list(app_env, demo_sqlite_url):
    app_env(demo_sqlite_url)
    app = open_page(run_app("leader"), "reporting.py")
    assert app.title[0].value == "嘉兴市月报上报情况"
    matrix = app.dataframe[0].value
    assert list(matrix["单位"])[:2] == ["南湖区", "秀洲区"]
    cells = [str(cell).split("·") for cell in matrix.drop(columns=["单位"]).stack()]
    assert {cell[0] for cell in cells} <= {"按时", "逾期", "未报", "零报告"}
    # Each return's review state beside its status: the demo's latest month has all three.
    assert {cell[1] for cell in cells if len(cell) == 2} == {"待审核", "已通过", "已退回"}
    assert matrix.set_index("单位").loc["秀洲区", "对标达标"] == "按时·已退回"
    assert any("截止时间：2024年11月05日" in c.value for c in app.caption)
    assert any(c.value.startswith("市局审核：待审核 6 项，已通过") for c in app.caption)


def test_quality_page_lists_the_flags(app_env, demo_sqlite_url):
    app_env(demo_sqlite_url)
    app = open_page(run_app("leader"), "quality.py")
    assert app.title[0].value == "嘉兴市数据质量核查"
    assert [m.label for m in app.metric] == [
        "异常偏高",
        "突然为零",
        "同一企业多个单位上报",
        "信用代码属地不符",
        "截止后修改",
        "截止后修改往月",
    ]
    flags = app.dataframe[0].value  # the demo data has a few spikes and zeros in October 2024
    assert len(flags) > 0 and list(flags.columns) == [
        "类型",
        "单位",
        "工作项目",
        "月份",
        "说明",
        "编号",
        "状态",
        "情况说明",
        "说明人",
    ]
    assert set(flags["状态"]) == {"待核实"}


def test_an_upload_is_checked_once_not_on_every_rerun(app_env, sqlite_url, monkeypatch):
    """Clicking around the upload page (reruns) reuses the check of the same file; a new month checks again."""
    from lib.ui import uploads
    from tests.test_ingest import MESSY

    upgrade_database(sqlite_url)
    app_env(sqlite_url)
    calls = []
    real = uploads._preview
    monkeypatch.setattr(uploads, "_preview", lambda *a, **k: calls.append(1) or real(*a, **k))
    app = open_page(run_app(), "upload.py")
    app.selectbox(key="upload_month").set_value("2024-10")
    app.file_uploader(key="upload_file").upload(MESSY.name, MESSY.read_bytes()).run()
    assert len(calls) == 1
    app.run()
    app.selectbox(key="upload_blank").set_value("recall").run()
    assert not app.exception and len(calls) == 1
    app.selectbox(key="upload_month").set_value("2024-09").run()
    assert len(calls) == 2


def test_the_month_view_is_built_once_for_every_page_and_the_briefing(app_env, demo_sqlite_url, monkeypatch):
    """总览, 排行榜, a program page's data, 数据质量, 上报情况 and 简报 all show one month: it is built once
    per data version and month, and again only after the data change."""
    from lib.ui import views

    app_env(demo_sqlite_url)
    views.month_view_at.clear()
    built = []
    real = views.build_month_view
    monkeypatch.setattr(views, "build_month_view", lambda *a, **k: built.append(a[-1]) or real(*a, **k))
    app = run_app()
    for page in ("leaderboard.py", "quality.py", "reporting.py", "county.py", "briefing.py", "overview.py"):
        open_page(app, page)
    assert [(p.year, p.month) for p in built] == [(2024, 10)]
    app.selectbox(key="period_select").set_value("2024-09").run()
    assert not app.exception and [(p.year, p.month) for p in built] == [(2024, 10), (2024, 9)]


def test_sessions_asking_for_the_same_month_at_once_wait_for_one_computation(app_env, demo_sqlite_url, monkeypatch):
    """Eight sessions open a month nobody has opened yet, at the same moment: the month view is computed
    once and the seven others wait for it (and get the same figures)."""
    import threading

    from lib.config import get_settings
    from lib.db import read_data_version
    from lib.ui import views

    app_env(demo_sqlite_url)
    views.month_view_at.clear()
    started, release, built = threading.Event(), threading.Event(), []
    real = views.build_month_view

    def slow_build(*args, **kwargs):
        built.append(1)
        started.set()
        release.wait(timeout=60)  # hold the first computation until every session is waiting
        return real(*args, **kwargs)

    monkeypatch.setattr(views, "build_month_view", slow_build)
    with session_scope(demo_sqlite_url) as session:
        version = read_data_version(session)
    settings = get_settings()
    results = [None] * 8
    arrived = threading.Semaphore(0)

    def session_opens(n: int) -> None:
        arrived.release()
        results[n] = views.month_view_at(settings.database_url, settings.region_code, version, 2024, 7)

    threads = [threading.Thread(target=session_opens, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    assert started.wait(timeout=60)
    for _ in threads:  # every session has asked before the first computation may finish
        assert arrived.acquire(timeout=60)
    release.set()
    for thread in threads:
        thread.join(timeout=120)
    assert len(built) == 1
    assert all(r is not None and r.summary.equals(results[0].summary) for r in results)


def test_an_upload_builds_the_latest_month_before_anyone_looks(app_env, sqlite_url, monkeypatch):
    """Right after a return is committed through the upload page, the overview of the latest month is built
    for the new data in a thread of its own (the clerk's commit does not wait for it): the leader who opens it
    next waits for nothing."""
    from lib.ui import views
    from tests.test_ingest import MESSY

    upgrade_database(sqlite_url)
    app_env(sqlite_url)
    built = []
    real = views.build_month_view
    monkeypatch.setattr(views, "build_month_view", lambda *a, **k: built.append(a[-1]) or real(*a, **k))
    app = open_page(run_app(), "upload.py")
    app.selectbox(key="upload_unit").set_value("南湖区")
    app.selectbox(key="upload_month").set_value("2024-10")
    app.file_uploader(key="upload_file").upload(MESSY.name, MESSY.read_bytes()).run()
    assert built == []  # checking a file builds no view
    app.button(key="upload_commit").click().run()
    assert any("已入库" in s.value for s in app.success)
    deadline = time.monotonic() + 120  # built after the commit, in the background: wait for it, however busy
    while not built and time.monotonic() < deadline:
        time.sleep(0.05)
    while views._building.locked() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [(p.year, p.month) for p in built] == [(2024, 10)]  # built once, after the upload
    leader = run_app("leader")
    assert leader.title[0].value == "嘉兴市质量提升工作总览" and len(leader.metric) == len(get_registry())
    assert len(built) == 1  # the leader's first look found it ready
