"""City ledgers (台账) imported in one go, on SQLite and PostgreSQL: two programs over two years and all nine units,
laid out as bureaus keep them (a title, a county column, a date column), with a few bad rows. The figures equal
those of the same rows sent as monthly returns; a second import changes nothing; a corrected ledger replaces only
the unit-months that changed; a unit's own return is kept unless replacing is chosen."""

from __future__ import annotations

import io
import random

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from lib.auth import Actor, PermissionDenied
from lib.db import session_scope
from lib.identifiers import make_uscc
from lib.ingest.ledger import commit_ledger, preview_ledger
from lib.ingest.service import commit_upload, preview_upload
from lib.metrics import load_summary
from lib.models import AuditLog, LedgerImport, ProgramRecord, ReviewState, UploadBatch
from lib.periods import Period
from lib.programs import get_registry
from lib.region import load_region
from lib.reporting import load_status
from lib.vocabulary import LEDGER, PASSED
from tests.test_real_returns import workbook

ADMIN = Actor("admin", "admin", None, "管理员")
CLERK = Actor("nanhu", "staff", "南湖区", "南湖区填报员")
REGION_CODES = ["330402", "330411", "330421", "330424", "330481", "330482", "330483", "330402", "330402"]
# How bureaus name their counties in a ledger: short names, full names, now and then with the city before them.
WRITTEN = ["南湖区", "秀洲", "嘉善县", "海盐", "嘉兴市海宁市", "平湖市", "桐乡", "经开区", "嘉兴港区"]
MONTHS = [(2023, m) for m in range(1, 13)] + [(2024, m) for m in range(1, 13)]


def ledger_rows(seed: int = 31) -> dict[str, list[dict]]:
    """Rows of the two programs: each unit has rows in some months of 2023 and 2024 (public-style firms)."""
    rng = random.Random(seed)
    region = load_region("330400")
    rows: dict[str, list[dict]] = {"three_same": [], "benchmarking": []}
    firm = 0
    for u, unit in enumerate(region.units):
        for year, month in MONTHS:
            for program in rows:
                for _ in range(rng.choice([0, 0, 1, 2])):
                    firm += 1
                    code = make_uscc(REGION_CODES[u], f"MA{firm:06d}")
                    rows[program].append(
                        {
                            "unit": unit.name,
                            "written": WRITTEN[u],
                            "name": f"{unit.short_name}测试{firm}号科技有限公司",
                            "uscc": code,
                            "product": rng.choice(["智能电表", "羊毛衫", "紧固件", "光伏组件", "童车"]) + str(firm),
                            "date": f"{year}-{month:02d}-{rng.randint(1, 28):02d}",
                        }
                    )
    return rows


def ledger_file(rows: dict[str, list[dict]], bad: bool = True) -> bytes:
    """The ledger workbook: one sheet per program under a title row; `bad` adds a row of an unknown county, one
    without a date and one repeating an earlier row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "三同"
    ws.append(["嘉兴市内外销产品“三同”台账（2023—2024年）"])
    ws.append(
        [
            "序号",
            "县（市、区）",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "产品类别",
            "声明日期",
            "是否入驻“三同”平台",
        ]
    )
    for n, r in enumerate(rows["three_same"], 1):
        ws.append([n, r["written"], r["name"], r["uscc"], r["product"], "工业品", r["date"], "是"])
    if bad:
        first = rows["three_same"][0]
        ws.append(
            [
                0,
                "上海市",
                "外地测试有限公司",
                make_uscc("310101", "MA999999"),
                "电饭煲",
                "一般消费品",
                "2024-03-02",
                "否",
            ]
        )
        ws.append([0, "南湖区", "无日期测试有限公司", make_uscc("330402", "MA999998"), "电水壶", "工业品", None, "否"])
        ws.append([0, first["written"], first["name"], first["uscc"], first["product"], "工业品", first["date"], "是"])
    ws = wb.create_sheet("对标达标")
    ws.append(["嘉兴市企业标准对标达标提升行动台账"])
    ws.append(
        ["序号", "所属县（市、区）", "企业名称", "统一社会信用代码", "对标产品", "对标标准", "对标结果", "完成日期"]
    )
    for n, r in enumerate(rows["benchmarking"], 1):
        ws.append([n, r["written"], r["name"], r["uscc"], r["product"], "IEC 60335-1:2020", "达到", r["date"]])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def month_return(rows: dict[str, list[dict]], unit: str, year: int, month: int) -> bytes | None:
    """The same rows of one unit and month as the unit's own monthly return (None: it has none)."""
    mine = {
        p: [r for r in found if r["unit"] == unit and r["date"].startswith(f"{year}-{month:02d}")]
        for p, found in rows.items()
    }
    if not any(mine.values()):
        return None
    wb = Workbook()
    ws = wb.active
    ws.title = "三同"
    ws.append(["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "声明日期", "是否入驻“三同”平台"])
    for n, r in enumerate(mine["three_same"], 1):
        ws.append([n, r["name"], r["uscc"], r["product"], "工业品", r["date"], "是"])
    ws = wb.create_sheet("对标达标")
    ws.append(["序号", "企业名称", "统一社会信用代码", "产品名称", "对标标准", "对标结果", "完成日期"])
    for n, r in enumerate(mine["benchmarking"], 1):
        ws.append([n, r["name"], r["uscc"], r["product"], "IEC 60335-1:2020", "达到", r["date"]])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def preview(url: str, data: bytes, **options):
    with session_scope(url) as session:
        return preview_ledger(
            session,
            data,
            "嘉兴市台账.xlsx",
            registry=get_registry(),
            region=load_region("330400"),
            actor=ADMIN,
            **options,
        )


def run(url: str, data: bytes, **options):
    found = preview(url, data, **options)
    with session_scope(url) as session:
        result = commit_ledger(session, found, registry=get_registry(), actor=ADMIN)
    return found, result


def figures(url: str) -> dict:
    out = {}
    with session_scope(url) as session:
        for period in (Period(2023, 6), Period(2023, 12), Period(2024, 7), Period(2024, 12)):
            frame = load_summary(session, get_registry(), period)
            frame = frame[frame.program.isin(["three_same", "benchmarking"])]
            for row in frame.itertuples():
                key = (period.key, row.unit, row.program, row.metric)
                out[key] = (row.month_value, row.ytd_value, row.ytd_last_year)
    return out


def current(url: str) -> int:
    with session_scope(url) as session:
        return session.scalar(select(func.count()).where(ProgramRecord.is_current))


def test_a_ledger_imports_each_unit_month_as_a_return_and_refuses_bad_rows(ready_url):
    rows = ledger_rows()
    found, result = run(ready_url, ledger_file(rows))
    total = sum(map(len, rows.values()))
    assert result.stored == total
    assert (found.first, found.last) == (Period(2023, 1), Period(2024, 12))
    reasons = {issue.code for issue in found.refused_issues}
    assert {"unknown_unit", "ledger_no_date", "duplicate_in_file"} <= reasons
    assert all(issue.sheet and issue.row for issue in found.refused_issues)
    cells = {(r["unit"], r["date"][:7]) for r in rows["three_same"]}
    table = found.table("three_same")
    assert list(table.columns[:3]) == ["单位", "2023-01", "2023-02"] and len(table) == 9
    shown = {(row["单位"], month) for row in table.to_dict("records") for month in table.columns[1:] if row[month]}
    assert shown == cells
    with session_scope(ready_url) as session:
        batches = session.execute(select(UploadBatch.source, UploadBatch.uploaded_by, UploadBatch.sha256)).all()
        assert len(batches) == len({(c.program, c.unit, c.period) for c in found.cells})
        assert {b.source for b in batches} == {"ledger"} and {b.uploaded_by for b in batches} == {"admin"}
        assert {b.sha256 for b in batches} == {found.sha256}
        states = session.scalars(select(ReviewState.status)).all()
        assert set(states) == {PASSED} and len(states) == len(batches)
        entry = session.scalars(select(LedgerImport)).one()
        assert (entry.first_year, entry.last_year, entry.imported_by) == (2023, 2024, "admin")
        assert session.scalar(select(func.count()).where(AuditLog.action == "ledger_import")) == 1
        status = {(c.unit, c.program): c.status for c in load_status(session, get_registry(), Period(2023, 5))}
    assert {status[(unit.name, "three_same")] for unit in load_region("330400").units} == {LEDGER}
    assert status[("南湖区", "recall")] != LEDGER  # a program the ledger does not speak for


@pytest.fixture
def two_urls(request, db_url, tmp_path):
    """Two empty databases of the same kind, migrated, with the region's units."""
    from lib.db import get_engine, upgrade_database
    from lib.store import sync_units
    from tests.conftest import _create_pg_database, _drop_pg_database

    admin = None
    if db_url.startswith("sqlite"):
        other = f"sqlite:///{tmp_path / 'returns.db'}"
    else:
        admin = request.getfixturevalue("pg_admin_url")
        name, other = _create_pg_database(admin)
    for url in (db_url, other):
        upgrade_database(url)
        with session_scope(url) as session:
            sync_units(session, load_region("330400"))
    yield [db_url, other]
    if admin is None:
        get_engine(other).dispose()
    else:
        _drop_pg_database(admin, name, other)


def test_a_ledger_gives_the_figures_of_the_same_rows_sent_as_returns(two_urls):
    rows = ledger_rows(seed=7)
    urls = two_urls
    run(urls[0], ledger_file(rows, bad=False))
    sent = 0
    for unit in load_region("330400").units:
        for year, month in MONTHS:
            data = month_return(rows, unit.name, year, month)
            if data is None:
                continue
            with session_scope(urls[1]) as session:
                found = preview_upload(
                    session,
                    data,
                    "月报.xlsx",
                    unit_name=unit.name,
                    period=Period(year, month),
                    registry=get_registry(),
                    region=load_region("330400"),
                )
                commit_upload(session, found, registry=get_registry(), actor=ADMIN)
                sent += 1
    assert sent > 100
    ledger, returns = figures(urls[0]), figures(urls[1])
    assert ledger == returns
    assert any(value[2] for value in ledger.values())  # 同比: last year's figures are there
    assert current(urls[0]) == current(urls[1]) == sum(map(len, rows.values()))


def test_a_second_import_changes_nothing_and_a_corrected_one_only_what_changed(ready_url):
    rows = ledger_rows()
    run(ready_url, ledger_file(rows))
    with session_scope(ready_url) as session:
        before = session.scalar(select(func.count()).select_from(UploadBatch))
        version = session.scalar(select(func.max(AuditLog.id)))
    again, result = run(ready_url, ledger_file(rows))
    assert result.ledger_id is None and result.stored == 0
    assert {c.action for c in again.cells} == {"unchanged"}
    with session_scope(ready_url) as session:
        assert session.scalar(select(func.count()).select_from(UploadBatch)) == before
        assert session.scalar(select(func.max(AuditLog.id))) == version
    # Corrected: one row's product renamed, one unit-month's only row dropped.
    fixed = {p: [dict(r) for r in found] for p, found in rows.items()}
    changed = fixed["three_same"][3]
    changed["product"] += "（更正）"
    counts: dict[tuple, int] = {}
    for r in fixed["benchmarking"]:
        counts[(r["unit"], r["date"][:7])] = counts.get((r["unit"], r["date"][:7]), 0) + 1
    lone = next(r for r in fixed["benchmarking"] if counts[(r["unit"], r["date"][:7])] == 1)
    fixed["benchmarking"].remove(lone)
    corrected, result = run(ready_url, ledger_file(fixed))
    moved = {(c.program, c.unit, c.period): c.action for c in corrected.cells if c.action != "unchanged"}
    assert moved == {
        ("three_same", changed["unit"], changed["date"][:7]): "replace",
        ("benchmarking", lone["unit"], lone["date"][:7]): "remove",
    }
    assert current(ready_url) == sum(map(len, fixed.values()))
    with session_scope(ready_url) as session:
        assert session.scalar(select(func.count()).select_from(UploadBatch)) == before + 1
        products = set(
            session.scalars(select(ProgramRecord.data["product"].as_string()).where(ProgramRecord.is_current))
        )
    assert changed["product"] in products and lone["product"] not in products


def test_a_units_own_return_is_kept_unless_replacing_is_chosen(ready_url):
    rows = ledger_rows()
    own = next(r for r in rows["three_same"] if r["unit"] == "南湖区")
    year, month = int(own["date"][:4]), int(own["date"][5:7])
    data = month_return({"three_same": [own], "benchmarking": []}, "南湖区", year, month)
    with session_scope(ready_url) as session:
        found = preview_upload(
            session,
            data,
            "南湖区月报.xlsx",
            unit_name="南湖区",
            period=Period(year, month),
            registry=get_registry(),
            region=load_region("330400"),
        )
        commit_upload(session, found, registry=get_registry(), actor=ADMIN)
    # The ledger has the unit's row and one more that month: the unit's own return stays as sent.
    more = dict(own, uscc=make_uscc("330402", "MB000001"), product="台账多出的产品", name="南湖台账测试有限公司")
    rows["three_same"].append(more)
    found, _ = run(ready_url, ledger_file(rows))
    kept = [c for c in found.cells if c.action == "own"]
    assert [(c.unit, c.period, c.stored) for c in kept] == [("南湖区", f"{year}-{month:02d}", 1)]
    assert "保留" in found.table("three_same").set_index("单位").loc["南湖区", f"{year}-{month:02d}"]
    with session_scope(ready_url) as session:
        sources = session.scalars(
            select(UploadBatch.source).where(
                UploadBatch.year == year, UploadBatch.month == month, UploadBatch.unit_id == 1
            )
        ).all()
        status = {(c.unit, c.program): c.status for c in load_status(session, get_registry(), Period(year, month))}
    assert "ledger" not in sources or len(sources) > 1
    assert status[("南湖区", "three_same")] != LEDGER
    _, result = run(ready_url, ledger_file(rows), replace_own=True)
    month_rows = [r for r in rows["three_same"] if r["unit"] == "南湖区" and r["date"][:7] == f"{year}-{month:02d}"]
    assert result.stored == len(month_rows) >= 2
    with session_scope(ready_url) as session:
        status = {(c.unit, c.program): c.status for c in load_status(session, get_registry(), Period(year, month))}
    assert status[("南湖区", "three_same")] == LEDGER


def test_the_months_told_bound_the_rows_and_only_an_admin_imports(ready_url):
    rows = ledger_rows()
    found = preview(ready_url, ledger_file(rows, bad=False), first=Period(2024, 1), last=Period(2024, 6))
    outside = [i for i in found.refused_issues if i.code == "ledger_outside"]
    assert outside and "2024年1月至2024年6月" in outside[0].message
    assert {c.period for c in found.cells} <= {f"2024-{m:02d}" for m in range(1, 7)}
    with pytest.raises(PermissionDenied), session_scope(ready_url) as session:
        preview_ledger(
            session, ledger_file(rows), "台账.xlsx", registry=get_registry(), region=load_region("330400"), actor=CLERK
        )


def test_the_command_line_previews_imports_and_refuses_a_clerk(ready_url, tmp_path):
    import json

    from lib.models import Unit
    from lib.store import users
    from tests.test_cli import cli

    with session_scope(ready_url) as session:
        unit_id = session.scalar(select(Unit.id).where(Unit.name == "南湖区"))
        users.add_user(session, by="test", audit={}, username="nanhu", role="staff", unit_id=unit_id)
    path = tmp_path / "嘉兴市三同台账.xlsx"
    rows = ledger_rows()
    path.write_bytes(ledger_file(rows))
    dry = cli(ready_url, "ledger", str(path), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    told = json.loads(dry.stdout)
    assert told["from"] == "2023-01" and told["to"] == "2024-12"
    assert told["programs"]["three_same"]["rejected"] == 3 and told["programs"]["three_same"]["new"] > 50
    assert current(ready_url) == 0
    refused = cli(ready_url, "ledger", str(path), "--as", "nanhu")
    assert refused.returncode == 1 and "只有管理员可以导入历史台账" in refused.stderr
    done = cli(ready_url, "ledger", str(path), "--to", "2024-06")
    assert done.returncode == 0, done.stderr
    assert "已导入台账（第 1 号）" in done.stdout and "不在本次导入的月份（2000年1月至2024年6月）" in done.stdout
    assert current(ready_url) == sum(1 for found in rows.values() for r in found if r["date"] < "2024-07")
    named = cli(ready_url, "ledger", str(path), "--dry-run", "--json", "--name=--replace-own.xlsx")
    assert json.loads(named.stdout)["file"] == "--replace-own.xlsx"  # a name is recorded as sent, never an option
    assert json.loads(named.stdout)["replace_own"] is False
    missing = cli(ready_url, "ledger", str(tmp_path / "无此文件.xlsx"))
    assert missing.returncode == 2 and "找不到文件" in missing.stderr


def test_the_page_previews_imports_and_the_overview_shows_both_years(browser, artifacts, sqlite_url, tmp_path):
    """In Chromium: the admin uploads a ledger on 历史台账导入, sees the units × months table and the refused rows,
    imports it, and the overview of December 2024 compares with 2023 (同比) and draws both years."""
    import re

    from lib.auth import OPERATOR, create_user
    from lib.db import upgrade_database
    from lib.store import sync_units
    from tests.conftest import serve
    from tests.test_browser import open_signed_in, settle

    upgrade_database(sqlite_url)
    with session_scope(sqlite_url) as session:
        sync_units(session, load_region("330400"))
        create_user(session, "admin", "admin", "Str0ng-admin-pass", actor=OPERATOR)
    path = tmp_path / "嘉兴市质量提升台账.xlsx"
    path.write_bytes(ledger_file(ledger_rows()))
    with serve(sqlite_url, tmp_path) as base:
        page = browser.new_page(viewport={"width": 1366, "height": 1400}, accept_downloads=True)
        open_signed_in(page, f"{base}/ledger", "admin", "Str0ng-admin-pass")
        page.get_by_role("heading", name="历史台账导入").wait_for(timeout=60_000)
        page.locator("input[type=file]").set_input_files(str(path))
        page.get_by_role("heading", name=re.compile("核对结果：2023年1月至2024年12月")).wait_for(timeout=120_000)
        page.get_by_role("heading", name=re.compile(r"有错误、不导入的行（3 处）")).wait_for(timeout=60_000)
        settle(page)
        page.screenshot(path=str(artifacts / "ledger-preview.png"), full_page=True)
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name="下载核对表").first.click()
        from openpyxl import load_workbook

        assert download.value.suggested_filename == "台账核对表_三同产品.xlsx"
        sheet = load_workbook(io.BytesIO(download.value.path().read_bytes())).active
        cells = list(sheet.iter_rows(values_only=True))
        header = next(row for row in cells if row and row[0] == "单位")
        assert header[1:3] == ("2023-01", "2023-02") and sum(1 for row in cells if row and row[0] == "嘉兴港区") == 1
        page.get_by_role("button", name=re.compile(r"导入（\d+ 个单位月份）")).click()
        page.get_by_text(re.compile("已导入台账（第 1 号）")).wait_for(timeout=120_000)
        assert current(sqlite_url) == sum(map(len, ledger_rows().values()))
        page.goto(f"{base}/")
        page.get_by_role("heading", name="嘉兴市质量提升工作总览").wait_for(timeout=60_000)
        settle(page)
        assert page.get_by_text(re.compile(r"2024年12月")).first.is_visible()
        assert page.get_by_text(re.compile(r"同比 [+\-−]\d")).count() > 0  # last year's figures are there
        page.screenshot(path=str(artifacts / "ledger-overview.png"), full_page=True)
        page.close()


@pytest.mark.parametrize("role", ["staff", "leader"])
def test_only_admins_get_the_page(app_env, demo_sqlite_url, role):
    from tests.test_app import run_app
    from tests.test_program_page import navigation

    app_env(demo_sqlite_url)
    app = run_app(role)
    assert "ledger" not in navigation(app)
    with pytest.raises(ValueError, match="Could not find"):
        app.switch_page("pages/ledger.py")


def _code(n: int, region: str = "330402") -> str:
    return make_uscc(region, f"MC{n:06d}")


LAYOUTS = {
    # One sheet per county, the county only in the sheet's name.
    "per_county": (
        workbook(
            *[
                (
                    "南湖区",
                    [
                        ["南湖区“品字标”企业台账"],
                        ["序号", "企业名称", "统一社会信用代码", "产品名称", "状态", "获证日期"],
                        [1, "嘉兴甲机电有限公司", _code(1), "电机", "已认证", "2023-05-06"],
                        [2, "嘉兴乙泵业有限公司", _code(2), "水泵", "已认证", "2024-02-01"],
                    ],
                ),
                (
                    "海宁市",
                    [
                        ["海宁市“品字标”企业台账"],
                        ["序号", "企业名称", "统一社会信用代码", "产品名称", "状态", "获证日期"],
                        [1, "海宁丙皮革有限公司", _code(3, "330481"), "皮革", "已认证", "2023-07-08"],
                    ],
                ),
            ]
        ),
        "brand_mark",
        {("南湖区", "2023-05"), ("南湖区", "2024-02"), ("海宁市", "2023-07")},
    ),
    # The counties as heading rows (一、南湖区), dates written with slashes.
    "grouped": (
        workbook(
            *[
                (
                    "三同",
                    [
                        ["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "声明日期"],
                        ["一、南湖区"],
                        [1, "嘉兴甲机电有限公司", _code(11), "电机", "工业品", "2023-05-06"],
                        ["二、桐乡市"],
                        [1, "桐乡乙毛纺有限公司", _code(12, "330483"), "羊毛衫", "一般消费品", "2024/3/9"],
                    ],
                )
            ]
        ),
        None,
        {("南湖区", "2023-05"), ("桐乡市", "2024-03")},
    ),
    # Only the month of each row, written 2023年5月 or 2023.11; counties by their short names.
    "month_only": (
        workbook(
            *[
                (
                    "三同",
                    [
                        ["所属县区", "企业名称", "统一社会信用代码", "产品名称", "声明时间"],
                        ["南湖", "嘉兴甲机电有限公司", _code(21), "电机", "2023年5月"],
                        ["秀洲区", "嘉兴乙泵业有限公司", _code(22, "330411"), "水泵", "2023.11"],
                    ],
                )
            ]
        ),
        None,
        {("南湖区", "2023-05"), ("秀洲区", "2023-11")},
    ),
    # No date: the year and the month in columns of their own.
    "year_and_month": (
        workbook(
            *[
                (
                    "三同",
                    [
                        ["县（市、区）", "企业名称", "统一社会信用代码", "产品名称", "年份", "月份"],
                        ["南湖区", "嘉兴甲机电有限公司", _code(31), "电机", 2023, 5],
                        ["嘉善县", "嘉善乙泵业有限公司", _code(32, "330421"), "水泵", "2024年", "1月"],
                    ],
                )
            ]
        ),
        None,
        {("南湖区", "2023-05"), ("嘉善县", "2024-01")},
    ),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_ledgers_laid_out_as_bureaus_keep_them(ready_url, layout):
    data, program, cells = LAYOUTS[layout]
    found = preview(ready_url, data, program_key=program)
    assert not found.refused_issues, [i.message for i in found.refused_issues]
    assert {(c.unit, c.period) for c in found.cells} == cells
    assert {c.action for c in found.cells} == {"new"}


def test_a_unit_month_whose_rows_are_all_refused_keeps_what_is_stored(ready_url):
    rows = ledger_rows()
    run(ready_url, ledger_file(rows, bad=False))
    stored = current(ready_url)
    counts: dict[tuple, int] = {}
    for r in rows["three_same"]:
        counts[(r["unit"], r["date"][:7])] = counts.get((r["unit"], r["date"][:7]), 0) + 1
    lone = next(r for r in rows["three_same"] if counts[(r["unit"], r["date"][:7])] == 1)
    broken = {p: [dict(r) for r in found] for p, found in rows.items()}
    next(r for r in broken["three_same"] if r["uscc"] == lone["uscc"])["uscc"] = lone["uscc"][:-1] + "?"
    found, result = run(ready_url, ledger_file(broken, bad=False))
    assert [(c.unit, c.period, c.action) for c in found.cells if c.action != "unchanged"] == [
        (lone["unit"], lone["date"][:7], "refused")
    ]
    assert result.ledger_id is None and current(ready_url) == stored
    assert "有误" in found.table("three_same").set_index("单位").loc[lone["unit"], lone["date"][:7]]


def test_the_page_runs_the_ledger_in_a_process_of_its_own_with_the_headers_told(ready_url):
    from lib.ingest.ledger import run_apart
    from lib.store import users

    with session_scope(ready_url) as session:
        users.add_user(session, by="test", audit={}, username="chief", role="admin")
    data = workbook(
        (
            "三同",
            [
                ["县（市、区）", "企业名称", "登记号", "产品名称", "声明日期"],
                ["南湖区", "嘉兴甲机电有限公司", make_uscc("330402", "MD000001"), "电机", "2023-05-06"],
            ],
        )
    )
    plain = run_apart(data, "-台账.xlsx", username="chief", commit=False, database_url=ready_url)
    assert plain.file_name == "-台账.xlsx" and plain.changes == 0
    assert any("统一社会信用代码" in i["message"] for i in plain.refused)
    told = ("登记号=统一社会信用代码",)
    checked = run_apart(data, "台账.xlsx", username="chief", commit=False, database_url=ready_url, header_map=told)
    assert checked.changes == 1 and not checked.refused and current(ready_url) == 0
    done = run_apart(data, "台账.xlsx", username="chief", commit=True, database_url=ready_url, header_map=told)
    assert done.result and "入库 1 条记录" in done.result and current(ready_url) == 1
    with pytest.raises(ValueError, match="没有可用的用户“nobody”"):
        run_apart(data, "台账.xlsx", username="nobody", commit=False, database_url=ready_url)


def test_history_from_a_ledger_raises_no_late_change_flags(ready_url):
    from lib.quality import load_flags

    run(ready_url, ledger_file(ledger_rows(), bad=False))
    with session_scope(ready_url) as session:
        for period in (Period(2023, 12), Period(2024, 6)):
            flags = load_flags(session, get_registry(), load_region("330400"), period)
            kinds = set(flags["kind"]) if len(flags) else set()
            assert not kinds & {"late_revision", "late_change"}, kinds


def test_the_history_page_lists_a_ledger_once_not_its_thousands_of_returns(app_env, sqlite_url):
    from lib.db import upgrade_database
    from lib.store import sync_units
    from tests.test_app import open_page, run_app

    upgrade_database(sqlite_url)
    with session_scope(sqlite_url) as session:
        sync_units(session, load_region("330400"))
    run(sqlite_url, ledger_file(ledger_rows(), bad=False))
    app_env(sqlite_url)
    app = open_page(run_app("admin"), "history.py")
    assert not app.exception, app.exception
    assert any("还没有上报记录" in i.value for i in app.info)  # no unit's own return: the ledger's are not listed
    listed = app.dataframe[0].value
    assert list(listed["文件名"]) == ["嘉兴市台账.xlsx"] and "新增" in listed["单位月份"].iloc[0]
    assert list(listed["工作项目"]) == ["对标达标、三同产品"] or list(listed["工作项目"]) == ["三同产品、对标达标"]


def _own_return(url: str, rows: list[dict], unit: str, year: int, month: int) -> None:
    data = month_return({"three_same": rows, "benchmarking": []}, unit, year, month)
    with session_scope(url) as session:
        found = preview_upload(
            session,
            data,
            f"{unit}月报.xlsx",
            unit_name=unit,
            period=Period(year, month),
            registry=get_registry(),
            region=load_region("330400"),
        )
        commit_upload(session, found, registry=get_registry(), actor=ADMIN)


def _state(url: str) -> tuple:
    """What a user would notice: the figures, the records in force, the months' reporting and review states."""
    with session_scope(url) as session:
        cells = [
            (c.unit, c.program, c.status, c.rows, c.review)
            for period in (Period(2023, 3), Period(2023, 11), Period(2024, 5))
            for c in load_status(session, get_registry(), period)
        ]
    return figures(url), current(url), cells


def test_undoing_imports_brings_back_exactly_what_each_replaced(ready_url):
    from lib.ingest.ledger import undo_ledger

    rows = ledger_rows()
    own = next(r for r in rows["three_same"] if r["unit"] == "南湖区")
    year, month = int(own["date"][:4]), int(own["date"][5:7])
    _own_return(ready_url, [own], "南湖区", year, month)
    before = _state(ready_url)
    run(ready_url, ledger_file(rows, bad=False), replace_own=True)
    first = _state(ready_url)
    fixed = {p: [dict(r) for r in found] for p, found in rows.items()}
    fixed["three_same"][5]["product"] += "（更正）"
    del fixed["benchmarking"][0]
    run(ready_url, ledger_file(fixed, bad=False), replace_own=True)
    assert _state(ready_url) != first
    with session_scope(ready_url) as session:
        said = undo_ledger(session, 2, actor=ADMIN, reason="导入了未核对的台账")
    assert "已撤销第 2 号台账导入" in said
    assert _state(ready_url) == first
    with session_scope(ready_url) as session:
        undo_ledger(session, 1, actor=ADMIN, reason="整体撤销，改由各县补报")
    assert _state(ready_url) == before
    with session_scope(ready_url) as session:
        status = {(c.unit, c.program): c for c in load_status(session, get_registry(), Period(year, month))}
        assert status[("南湖区", "three_same")].status != LEDGER  # the unit's own return again, pending review
        assert status[("南湖区", "three_same")].review == "pending"
        assert session.scalar(select(func.count()).where(AuditLog.action == "ledger_undo")) == 2
    with pytest.raises(ValueError, match="已经撤销过"), session_scope(ready_url) as session:
        undo_ledger(session, 1, actor=ADMIN, reason="再撤一次")


def test_an_import_a_unit_has_reported_over_since_is_not_undone(ready_url):
    from lib.ingest.ledger import undo_ledger

    rows = ledger_rows()
    run(ready_url, ledger_file(rows, bad=False))
    later = next(r for r in rows["three_same"] if r["unit"] == "秀洲区")
    year, month = int(later["date"][:4]), int(later["date"][5:7])
    _own_return(ready_url, [later], "秀洲区", year, month)
    stored = _state(ready_url)
    with pytest.raises(ValueError, match=f"秀洲区{year}年{month}月又有新的上报"), session_scope(ready_url) as session:
        undo_ledger(session, 1, actor=ADMIN, reason="撤销")
    assert _state(ready_url) == stored
    with pytest.raises(PermissionDenied), session_scope(ready_url) as session:
        undo_ledger(session, 1, actor=CLERK, reason="撤销")


def test_an_import_is_undone_on_the_page_and_on_the_command_line(app_env, sqlite_url):
    from lib.db import upgrade_database
    from lib.store import sync_units
    from tests.test_app import open_page, run_app
    from tests.test_cli import cli

    upgrade_database(sqlite_url)
    with session_scope(sqlite_url) as session:
        sync_units(session, load_region("330400"))
    rows = ledger_rows()
    run(sqlite_url, ledger_file(rows, bad=False))
    imported = current(sqlite_url)
    renamed = {p: [dict(r, product=r["product"] + "（新）") for r in found] for p, found in rows.items()}
    run(sqlite_url, ledger_file(renamed, bad=False))
    app_env(sqlite_url)
    app = open_page(run_app("admin"), "ledger.py")
    assert not app.exception, app.exception
    assert app.selectbox(key="ledger_undo_pick").value == 2  # the newest first
    app.text_input(key="ledger_undo_reason").input("导入了错误的文件")
    app.button(key="ledger_undo").click().run()
    assert not app.exception, app.exception
    assert any("已撤销第 2 号台账导入" in s.value for s in app.success), [e.value for e in app.error]
    with session_scope(sqlite_url) as session:
        products = set(
            session.scalars(select(ProgramRecord.data["product"].as_string()).where(ProgramRecord.is_current))
        )
    assert current(sqlite_url) == imported and not any("（新）" in p for p in products)
    undone = cli(sqlite_url, "ledger-undo", "1", "--reason", "一并撤销")
    assert undone.returncode == 0 and "已撤销第 1 号台账导入" in undone.stdout, undone.stderr
    assert current(sqlite_url) == 0
    again = cli(sqlite_url, "ledger-undo", "1", "--reason", "再撤一次")
    assert again.returncode == 1 and "已经撤销过" in again.stderr
