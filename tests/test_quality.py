"""Data quality checks on crafted data: each one fires where it should and only there."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from lib.db import session_scope
from lib.identifiers import make_uscc
from lib.ingest.validate import Context, validate_sheet
from lib.models import QualityNote, UploadBatch
from lib.periods import Period
from lib.programs import get_registry
from lib.quality import load_flags
from lib.quality_rules import check_spike, check_sudden_zero
from lib.region import load_region
from lib.store import add_records, build_record, ensure_enterprises, sync_units
from tests.test_ingest import SAMPLES

OCT = Period(2024, 10)


def test_spike_and_sudden_zero_rules():
    history = [2, 1, 3, 2, 2, 1, 2, 3, 2, 2, 1, 2]  # median 2
    assert check_spike(history, 7) and not check_spike(history, 6)  # more than 3 × 2
    assert not check_spike([0] * 12, 4)  # below the minimum, whatever the history
    assert not check_spike([0] * 12, 50)  # no usual month to compare with (a new database): no spike
    assert check_spike([0] * 5 + [1] * 7, 5)
    assert check_sudden_zero([3, 2, 4, 0], 0) and not check_sudden_zero([3, 0, 4], 0)
    assert not check_sudden_zero([3, 2, 4], 1)


def _records(url, rows):
    """rows: (unit, program, year, month, uscc, product)."""
    registry = get_registry()
    with session_scope(url) as session:
        ids = sync_units(session, load_region("330400"))
        firms = ensure_enterprises(session, {r[4]: (f"企业{r[4][-4:]}", ids[r[0]]) for r in rows})
        add_records(
            session,
            [
                build_record(
                    registry.get(program),
                    unit_id=ids[unit],
                    year=year,
                    month=month,
                    values={"uscc": uscc, "product": product, "category": "工业品", "date": dt.date(year, month, 2)},
                    enterprise_id=firms[uscc],
                    batch_id=None,
                )
                for unit, program, year, month, uscc, product in rows
            ],
        )
        return ids


def test_flags_on_crafted_data(migrated_url):
    nanhu, xiuzhou = make_uscc("330402", "MA2F0001"), make_uscc("330411", "MA2F0002")
    rows = [("南湖区", "three_same", 2024, m, make_uscc("330402", f"MA2G{m:04d}"), "泵") for m in range(1, 10)]
    rows += [("南湖区", "three_same", 2024, 10, make_uscc("330402", f"MA2H{n:04d}"), f"泵{n}") for n in range(8)]
    rows += [("秀洲区", "benchmarking", 2024, m, xiuzhou, f"产品{m}") for m in (7, 8, 9)]  # then nothing in October
    rows += [("南湖区", "three_same", 2024, 10, nanhu, "阀门"), ("秀洲区", "three_same", 2024, 10, nanhu, "阀门")]
    rows += [("嘉善县", "three_same", 2024, 10, xiuzhou, "衣柜")]  # a 秀洲 code reported by 嘉善
    ids = _records(migrated_url, rows)
    beijing = dt.timezone(dt.timedelta(hours=8))
    with session_scope(migrated_url) as session:
        for day in (3, 9):  # a first return on time, a second after the 5 November deadline
            session.add(
                UploadBatch(
                    unit_id=ids["海宁市"],
                    year=2024,
                    month=10,
                    source="upload",
                    uploaded_by="t",
                    uploaded_at=dt.datetime(2024, 11, day, 10, tzinfo=beijing).astimezone(dt.UTC),
                    counts={},
                )
            )
    with session_scope(migrated_url) as session:
        flags = load_flags(session, get_registry(), load_region("330400"), OCT)
    found = {(row.类型, row.单位) for row in flags.itertuples()}
    assert ("异常偏高", "南湖区") in found  # 9 this month against a median of 1
    assert ("突然为零", "秀洲区") in found
    assert ("同一企业多个单位上报", "南湖区、秀洲区") in found
    assert ("信用代码属地不符", "嘉善县") in found
    assert ("截止后修改", "海宁市") in found
    # The same crafted rows also (rightly) show: 秀洲 reporting a 南湖 code, and the 秀洲 code used by two units.
    assert ("信用代码属地不符", "秀洲区") in found and ("同一企业多个单位上报", "嘉善县、秀洲区") in found
    assert len(found) == 7


def test_upload_warns_about_a_code_registered_in_another_unit():
    from lib.ingest.layout import find_layout
    from lib.ingest.read import read_sheets

    csv = SAMPLES / "xiuzhou_recall_gbk.csv"  # 秀洲 codes
    sheet = read_sheets(csv.read_bytes(), csv.name)[0]
    layout = find_layout(sheet, get_registry())
    context = Context(region=load_region("330400"), unit_name="嘉善县", year=2024, month=10)
    rows, _ = validate_sheet(sheet, layout, context)
    # The rows name 秀洲区 in their unit column: refused, and no warning speaks of them as stored.
    assert all(not r.accepted for r in rows)
    assert [i.code for r in rows for i in r.issues] == ["other_unit"] * len(rows)
    # Without the unit column the rows are 嘉善's, stored with a warning that the codes are 秀洲's.
    unit_at = next(c for c, key in layout.columns.items() if key == "unit")
    for row in sheet.rows[layout.header_row + 1 :]:
        row[unit_at] = ""
    rows, _ = validate_sheet(sheet, layout, context)
    issues = [i for r in rows for i in r.issues if i.code == "foreign_code"]
    assert all(r.accepted for r in rows)
    assert len(issues) == 2 and all(i.severity == "warning" and "秀洲区" in i.message for i in issues)


def test_explain_and_close_with_audit_and_the_leaderboard_mark(migrated_url):
    import pytest
    from sqlalchemy import select

    from lib.auth import OPERATOR, Actor, PermissionDenied
    from lib.models import AuditLog
    from lib.quality import close_flag, explain_flag, load_flags_with_notes, units_with_open_flags

    rows = [("秀洲区", "benchmarking", 2024, m, make_uscc("330411", f"MA2K{m:04d}"), f"产品{m}") for m in (7, 8, 9)]
    _records(migrated_url, rows)
    region, registry = load_region("330400"), get_registry()

    def flags():
        with session_scope(migrated_url) as session:
            return load_flags_with_notes(session, registry, region, OCT)

    flag = flags().iloc[0].to_dict()
    assert (flag["类型"], flag["单位"], flag["状态"]) == ("突然为零", "秀洲区", "待核实")
    assert units_with_open_flags(flags()) == {"秀洲区"}
    nanhu = Actor("staff_330402", "staff", "南湖区")
    xiuzhou = Actor("staff_330411", "staff", "秀洲区")
    with pytest.raises(PermissionDenied), session_scope(migrated_url) as session:
        explain_flag(session, flag, OCT, "不是我们的", nanhu)
    with session_scope(migrated_url) as session:
        explain_flag(session, flag, OCT, "10月企业均未完成对标，确无新增。", xiuzhou)
    explained = flags().iloc[0]
    assert explained["状态"] == "已说明" and explained["说明人"] == "staff_330411"
    with pytest.raises(PermissionDenied), session_scope(migrated_url) as session:
        close_flag(session, flag, OCT, xiuzhou)  # staff cannot close
    with session_scope(migrated_url) as session:
        close_flag(session, flag, OCT, OPERATOR)
    assert flags().iloc[0]["状态"] == "已关闭" and units_with_open_flags(flags()) == set()
    with session_scope(migrated_url) as session:
        actions = list(session.scalars(select(AuditLog.action).order_by(AuditLog.id)))
    assert actions[-2:] == ["explain_flag", "close_flag"]


def test_the_upload_preview_warns_about_spikes_and_shared_enterprises(migrated_url):
    from tests.test_upload import three_same_file, upload

    # 南湖 reported one 三同 product a month all year; 秀洲 reported the first test enterprise in March.
    rows = [("南湖区", "three_same", 2024, m, make_uscc("330402", f"MA2J{m:04d}"), "泵") for m in range(1, 10)]
    shared = make_uscc("330402", "MA2E0001")  # the code three_same_file gives its first row
    rows += [("秀洲区", "three_same", 2024, 3, shared, "阀门")]
    _records(migrated_url, rows)
    preview, _ = upload(migrated_url, three_same_file([f"产品{n}" for n in range(6)]), commit=False)
    codes = {(i.code, i.row, i.severity) for i in preview.sheets[0].issues}
    assert ("quality_spike", None, "warning") in codes  # 6 rows against a median of 1
    assert ("shared_enterprise", 2, "warning") in codes
    assert preview.sheets[0].accepted == 6  # warnings keep nothing out


def test_the_preview_warns_about_a_sudden_nil_return_and_a_late_change(migrated_url):
    from tests.test_upload import three_same_file, upload

    rows = [("南湖区", "three_same", 2024, m, make_uscc("330402", f"MA2L{m:04d}"), "泵") for m in (7, 8, 9)]
    _records(migrated_url, rows)
    preview, _ = upload(migrated_url, three_same_file([]), commit=False)  # the header only: a nil return
    assert [(i.code, i.row) for i in preview.sheets[0].issues] == [("quality_zero", None)]
    upload(migrated_url, three_same_file(["泵A"]))  # October's return, long after its 5 November deadline
    preview, _ = upload(migrated_url, three_same_file(["泵B"]), commit=False)
    late = [i for i in preview.sheets[0].issues if i.code == "quality_late"]
    assert len(late) == 1 and "2024年11月05日" in late[0].message and late[0].severity == "warning"


def test_a_note_stays_with_its_flag_when_the_figures_in_it_change(migrated_url):
    """A spike flag says how many rows came in; when a resubmission changes that number the flag is
    still the same flag (kind, unit, program, month), and its explanation stays with it. A note kept
    under the key flags had before (a hash of what they showed) is still found."""
    import hashlib

    from lib.auth import OPERATOR
    from lib.quality import COLUMNS, explain_flag, load_flags_with_notes

    history = [("南湖区", "three_same", 2024, m, make_uscc("330402", f"MA2J{m:04d}"), "泵") for m in range(1, 10)]
    october = [("南湖区", "three_same", 2024, 10, make_uscc("330402", f"MA3K{n:04d}"), f"阀{n}") for n in range(9)]
    _records(migrated_url, history + october)
    region, registry = load_region("330400"), get_registry()

    def spike():
        with session_scope(migrated_url) as session:
            flags = load_flags_with_notes(session, registry, region, OCT)
        return flags[flags.kind == "spike"].iloc[0].to_dict()

    first = spike()
    assert "本月 9 条" in first["说明"]
    with session_scope(migrated_url) as session:
        explain_flag(session, first, OCT, "集中认定一批企业，数据无误。", OPERATOR)
    _records(migrated_url, [("南湖区", "three_same", 2024, 10, make_uscc("330402", "MA3K0099"), "阀99")])
    again = spike()
    assert "本月 10 条" in again["说明"] and again["key"] == first["key"]
    assert again["状态"] == "已说明" and again["情况说明"] == "集中认定一批企业，数据无误。"

    # A note written before flags had stable keys: found by what the flag showed, then re-keyed.
    with session_scope(migrated_url) as session:
        note = session.scalars(select(QualityNote)).one()
        note.key = hashlib.sha1("|".join(str(again[c]) for c in COLUMNS).encode("utf-8")).hexdigest()
    legacy = spike()
    assert legacy["状态"] == "已说明" and legacy["key"] == first["key"]
    with session_scope(migrated_url) as session:
        explain_flag(session, legacy, OCT, "补充说明。", OPERATOR)
    with session_scope(migrated_url) as session:
        assert [n.key for n in session.scalars(select(QualityNote))] == [first["key"]]


def test_a_late_change_to_an_earlier_month_shows_in_later_months_until_an_admin_closes_it(migrated_url):
    """40 enterprises filled into 南湖区's March long after its deadline raise October's year-to-date:
    October's flags, the leaderboard's mark, the 通报's data-quality paragraph and `lib.cli flags` say so,
    once per change, until an admin closes it (then no later month shows it). Withdrawing March's return
    after its deadline is a change too. The demo's ordinary returns raise no such flag."""
    import json

    import pytest

    from lib.auth import OPERATOR, Actor, PermissionDenied
    from lib.briefing.compose import compose_briefing
    from lib.ingest.service import rollback_batch
    from lib.month_view import build_month_view
    from lib.quality import close_flag, load_flags_with_notes
    from tests.conftest import build_demo
    from tests.test_upload import cli, three_same_file, upload

    url = build_demo(migrated_url)
    region, registry = load_region("330400"), get_registry()

    def late(period=OCT):
        with session_scope(url) as session:
            flags = load_flags_with_notes(session, registry, region, period)
        return flags[(flags["kind"] == "late_change") & (flags["note"] != "closed")]

    assert late().empty and late(Period(2024, 12)).empty
    march = Period(2024, 3)
    with session_scope(url) as session:
        before = build_month_view(session, registry, region, OCT)
    _, result = upload(url, three_same_file([f"新产品{n}" for n in range(40)], month=3), period=march)
    found = late()
    assert len(found) == 1
    flag = found.iloc[0]
    assert flag["单位"] == "南湖区" and flag["工作项目"] == "三同产品" and flag["period"] == "2024-03"
    assert "2024年3月" in flag["说明"] and "40 条" in flag["说明"] and "累计" in flag["说明"]
    assert not late(Period(2024, 7)).empty  # every later month of the year
    assert late(march).empty and late(Period(2025, 4)).empty  # not the month itself, not another year
    with session_scope(url) as session:
        view = build_month_view(session, registry, region, OCT)
        briefing = compose_briefing(session, registry, region, OCT, view=view)
    assert "南湖区" in view.flagged and "南湖区" not in before.flagged
    assert "南湖区2024年3月的上报" in briefing.quality and "截止时间后" in briefing.quality
    listed = json.loads(cli(url, "flags", "--period", "2024-10", "--json").stdout)
    assert {"unit": "南湖区", "program": "three_same", "kind": "late_change"}.items() <= next(
        f for f in listed if f["kind"] == "late_change"
    ).items()

    nanhu = Actor("staff_330402", "staff", "南湖区")
    with pytest.raises(PermissionDenied), session_scope(url) as session:
        close_flag(session, flag.to_dict(), OCT, nanhu)
    with session_scope(url) as session:
        close_flag(session, flag.to_dict(), OCT, OPERATOR)  # seen in October: closed for the year
    assert late().empty and late(Period(2024, 11)).empty

    with session_scope(url) as session:
        rollback_batch(session, result.batch_id, actor=nanhu, reason="误报")
    withdrawn = late()
    assert len(withdrawn) == 1 and "撤回" in withdrawn.iloc[0]["说明"]
    with session_scope(url) as session:
        march_flags = load_flags_with_notes(session, registry, region, march)
    assert "截止时间后撤回上报" in " ".join(march_flags[march_flags["kind"] == "late_revision"]["说明"])
