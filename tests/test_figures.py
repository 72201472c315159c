"""The monthly figures the store keeps beside the records (lib/store/figures.py) always equal what the
records give, after every write path, on SQLite and PostgreSQL; and the pages' figures come from them."""

from __future__ import annotations

import io
from collections import defaultdict

import pytest
from openpyxl import Workbook
from sqlalchemy import select, true

from lib.auth import OPERATOR
from lib.backup import restore_backup, write_backup
from lib.db import session_scope
from lib.identifiers import make_uscc
from lib.ingest.service import rollback_batch
from lib.metrics import load_summary
from lib.models import ProgramRecord, ReviewState, UploadBatch
from lib.periods import Period
from lib.programs import get_registry
from lib.region import load_region
from lib.store import figures
from tests.conftest import build_demo
from tests.test_upload import upload


def benchmarking_file(firms: list[int], month: int, unit_code: str = "330402") -> bytes:
    """A 对标达标 return: one row per firm number (the same number is the same enterprise every month; its
    product differs by month, so no row repeats a record of another month)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "对标达标"
    sheet.append(["序号", "企业名称", "统一社会信用代码", "产品名称", "对标标准", "对标结果", "完成日期"])
    for n, firm in enumerate(firms, start=1):
        code = make_uscc(unit_code, f"MA3B{firm:04d}")
        sheet.append(
            [
                n,
                f"嘉兴对标{firm}号有限公司",
                code,
                f"产品{firm}-{month}",
                "ISO 1217:2009",
                "达到",
                f"2024-{month:02d}-08",
            ]
        )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def consistent(url: str) -> dict:
    with session_scope(url) as session:
        kept, wanted = figures.stored(session), figures.expected(session, get_registry())
    assert kept == wanted
    return kept


def ytd(url: str, unit: str, period: Period, metric: str = "enterprises", program: str = "benchmarking") -> float:
    with session_scope(url) as session:
        frame = load_summary(session, get_registry(), period, "嘉兴市")
    row = frame[(frame.program == program) & (frame.metric == metric) & (frame.unit == unit)]
    return float(row.ytd_value.iloc[0])


def test_figures_follow_every_write_path(ready_url, tmp_path):
    march, may = Period(2024, 3), Period(2024, 5)
    # Firm 1 in March and May counts once in the year to date; firm 2 is also reported by 秀洲区.
    upload(ready_url, benchmarking_file([1, 2], 3), period=march)
    upload(ready_url, benchmarking_file([1, 3], 5), period=may)
    upload(ready_url, benchmarking_file([2], 5, unit_code="330402"), period=may, unit="秀洲区")
    consistent(ready_url)
    assert ytd(ready_url, "南湖区", may) == 3  # firms 1, 2, 3
    assert ytd(ready_url, "嘉兴市", may) == 3  # firm 2 counted once city-wide
    assert ytd(ready_url, "南湖区", march) == 2

    # A resubmission of March without firm 1: firm 1 now first counts in May, the year to date stays 3.
    upload(ready_url, benchmarking_file([2], 3), period=march)
    consistent(ready_url)
    assert ytd(ready_url, "南湖区", march) == 1 and ytd(ready_url, "南湖区", may) == 3

    # Withdrawing it brings March's first return back.
    with session_scope(ready_url) as session:
        newest = session.scalar(select(UploadBatch.id).order_by(UploadBatch.id.desc()).limit(1))
        rollback_batch(session, newest, actor=OPERATOR, reason="误报")
    consistent(ready_url)
    assert ytd(ready_url, "南湖区", march) == 2

    # A backup restored into another database keeps figures and records in step.
    backup = tmp_path / "b.jsonl.gz"
    write_backup(ready_url, backup)
    target = f"sqlite:///{tmp_path / 'restored.db'}"
    restore_backup(target, backup)
    assert consistent(target) == consistent(ready_url)


def test_the_demo_figures_equal_the_records(db_url):
    url = build_demo(db_url)
    kept = consistent(url)
    assert len(kept) > 1000
    # Rebuilding from scratch changes nothing, and an edited registry is noticed: rebuilt once.
    with session_scope(url) as session:
        assert not figures.ensure(session, get_registry())
        figures.rebuild(session, get_registry())
    assert consistent(url) == kept
    with session_scope(url) as session:
        region = load_region("330400")
        summary = load_summary(session, get_registry(), Period(2024, 10), region.name)
    assert summary.ytd_value.sum() > 0


def reckoned(session) -> dict:
    """Every figure worked out again in plain Python from the current records, one metric at a time, as
    a clerk with the registry in hand would: the month's count, sum or distinct enterprises, and what
    the month adds to the year to date, per unit and for the region; then the same over the records of
    returns not waiting for the city's review (pending or returned)."""
    r = ProgramRecord
    columns = (r.program, r.unit_id, r.year, r.month, r.status, r.enterprise_id, r.quantity, r.data)
    records = session.execute(select(*columns).where(r.is_current == true())).all()
    s = ReviewState
    waiting = set(session.execute(select(s.program, s.unit_id, s.year, s.month).where(s.status != "passed")).all())
    everything = _reckon(records)
    reviewed = _reckon([x for x in records if (x.program, x.unit_id, x.year, x.month) not in waiting])
    return {key: (*figure, *reviewed.get(key, (0.0, 0.0))) for key, figure in everything.items()}


def _reckon(records) -> dict:
    out: dict = {}
    for program in get_registry():
        # A ratio is not stored (it is read as one stored sum over another); a sum adds up its own column.
        measures = [(figures.ROWS, "count", None, None)] + [
            (m.key, m.agg, m.where[1] if m.where else None, m.column) for m in program.metrics if not m.is_ratio
        ]
        for metric, agg, status, column in measures:
            quantity = (lambda x: x.quantity) if column == program.quantity_column else (lambda x, c=column: x.data[c])
            chosen = [x for x in records if x.program == program.key and (status is None or x.status == status)]
            for scoped in (lambda x: x.unit_id, lambda x: None):
                groups: dict = defaultdict(list)
                for x in chosen:
                    groups[(scoped(x), x.year, x.month)].append(x)
                first: dict = {}
                for x in sorted(chosen, key=lambda x: x.month):
                    if x.enterprise_id is not None:
                        first.setdefault((scoped(x), x.year, x.enterprise_id), x.month)
                for (unit, year, month), rows in groups.items():
                    if agg == "count":
                        value = added = float(len(rows))
                    elif agg == "sum":
                        value = added = float(sum(quantity(x) or 0 for x in rows))
                    else:
                        value = float(len({x.enterprise_id for x in rows if x.enterprise_id is not None}))
                        added = float(sum(1 for (u, y, _), m in first.items() if (u, y, m) == (unit, year, month)))
                    if value or added:
                        out[(program.key, metric, unit, year, month)] = (value, added)
    return out


def test_the_figures_are_what_the_records_say(db_url):
    """The stored figures of the demo (several units, months, statuses and enterprises reported by more
    than one unit) equal an independent reckoning from the records."""
    url = build_demo(db_url)
    with session_scope(url) as session:
        kept, wanted = figures.stored(session), reckoned(session)
    assert kept.keys() == wanted.keys()
    for key, wanted_figures in wanted.items():
        assert kept[key] == tuple(pytest.approx(x) for x in wanted_figures), key
    # The demo's latest month has returns waiting for review: their part is left out of the reviewed figures.
    assert any(k[2] is not None and f[0] > 0 and f[2] == 0 for k, f in kept.items()), "no waiting unit-month"
    assert any(k[2] is None and 0 < f[2] < f[0] for k, f in kept.items()), "no region figure with a waiting part"
    assert any(unit is None and metric != figures.ROWS for (_, metric, unit, _, _) in kept)


def test_an_edited_metric_rebuilds_the_figures_at_the_next_start(ready_url):
    """A registry whose metrics changed (here 品字标's certified count filters on another status) is
    noticed by the start-up check: the figures are rebuilt with it and the data version moves."""
    from lib.db import read_data_version
    from lib.programs import REGISTRY_PATH, parse_registry

    upload(ready_url, benchmarking_file([1, 2], 3), period=Period(2024, 3))
    with session_scope(ready_url) as session:
        assert figures.ensure(session, get_registry())  # a database filled before the check ran
    with session_scope(ready_url) as session:
        assert not figures.ensure(session, get_registry())
        before = read_data_version(session)
    text = REGISTRY_PATH.read_text(encoding="utf-8").replace(
        'where = { status = "已认证" }', 'where = { status = "入库培育" }'
    )
    edited = parse_registry(text)
    with session_scope(ready_url) as session:
        assert figures.ensure(session, edited)
    with session_scope(ready_url) as session:
        assert read_data_version(session) > before
        assert figures.stored(session) == figures.expected(session, edited)
