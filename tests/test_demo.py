"""Demo data: deterministic, realistic, and its 2023 city totals equal the published figures."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from sqlalchemy import func, select

from lib.auth import verify_password
from lib.db import session_scope
from lib.demo import DEMO_PASSWORD
from lib.identifiers import uscc_problem
from lib.metrics import load_summary
from lib.models import Enterprise, Milestone, Plan, ProgramRecord, Project, Target, Unit, UploadBatch, User
from lib.periods import Period
from lib.programs import get_registry
from tests.conftest import build_demo

# Jiaxing's 2023 work summary: (program, metric) -> city total for the year.
SEED_2023 = {
    ("benchmarking", "enterprises"): 154,
    ("brand_mark", "pool"): 110,
    ("brand_mark", "certified"): 102,
    ("green_cert", "enterprises"): 85,
    ("green_cert", "certificates"): 26,
    ("three_same", "products"): 46,
}


@pytest.fixture
def demo_url(db_url):
    return build_demo(db_url)


def _city_2023(url: str) -> dict[tuple[str, str], float]:
    with session_scope(url) as session:
        frame = load_summary(session, get_registry(), Period(2023, 12), "嘉兴市")
    city = frame[frame.unit == "嘉兴市"]
    return {(r.program, r.metric): r.ytd_value for r in city.itertuples()}


def test_2023_city_totals_equal_the_published_figures(demo_url):
    city = _city_2023(demo_url)
    for key, expected in SEED_2023.items():
        assert city[key] == expected, key


def test_2023_totals_counted_straight_from_the_records(demo_url):
    """Independent of lib.metrics: count the stored rows directly."""
    with session_scope(demo_url) as session:
        rows = session.execute(
            select(ProgramRecord.program, ProgramRecord.status, ProgramRecord.enterprise_id).where(
                ProgramRecord.year == 2023, ProgramRecord.is_current.is_(True)
            )
        ).all()
    firms = lambda prog, status=None: {e for p, s, e in rows if p == prog and (status is None or s == status)}  # noqa: E731
    assert len(firms("benchmarking")) == 154
    assert len(firms("brand_mark", "入库培育")) == 110
    assert len(firms("brand_mark", "已认证")) == 102
    assert len(firms("green_cert")) == 85
    assert sum(1 for p, s, _ in rows if p == "green_cert" and s == "已获证") == 26
    assert sum(1 for p, _, _ in rows if p == "three_same") == 46
    # Every certified green enterprise was cultivated first: 85 counts them, 26 are their certificates.
    assert firms("green_cert", "已获证") <= firms("green_cert", "培育中")


def test_recalls_include_electric_toy_cars_and_smart_home(demo_url):
    with session_scope(demo_url) as session:
        recalls = session.execute(
            select(ProgramRecord.data, Unit.name)
            .join(Unit, Unit.id == ProgramRecord.unit_id)
            .where(ProgramRecord.program == "recall", ProgramRecord.year == 2023)
        ).all()
    products = {(data["product"], unit) for data, unit in recalls}
    assert any(product == "电动童车" for product, _ in products)
    assert any(unit == "秀洲区" and product.startswith("智能") for product, unit in products)
    assert all(data["quantity"] > 0 and data["quantity_unit"] for data, _ in recalls)


def test_every_month_and_unit_has_reported(demo_url):
    with session_scope(demo_url) as session:
        months = session.execute(
            select(ProgramRecord.year, ProgramRecord.month).group_by(ProgramRecord.year, ProgramRecord.month)
        ).all()
        units_with_data = session.scalar(select(func.count(func.distinct(ProgramRecord.unit_id))))
    assert len(months) == 22 and min(months) == (2023, 1) and max(months) == (2024, 10)
    assert units_with_data == 9


def test_enterprises_are_realistic(demo_url):
    with session_scope(demo_url) as session:
        firms = session.execute(select(Enterprise.uscc, Enterprise.name)).all()
    assert len(firms) > 500
    assert all(uscc_problem(code) is None for code, _ in firms)
    assert all(re.fullmatch(r"[\u4e00-\u9fff“”（）]+(有限公司|股份有限公司)", name) for _, name in firms)
    assert len({name for _, name in firms}) == len(firms)
    # Region digits point to the county (zones register at city level).
    assert Counter(code[2:6] for code, _ in firms).keys() <= {"3304"}


def test_targets_plans_and_users(demo_url):
    with session_scope(demo_url) as session:
        years = set(session.scalars(select(Target.year)))
        plans = session.scalars(select(Plan).where(Plan.year == 2024)).all()
        complete_plans = [p for p in plans if p.industry and p.measures and p.projects and p.projects[0].milestones]
        projects_2023 = session.scalar(select(func.count()).select_from(Project).join(Plan).where(Plan.year == 2023))
        milestones = session.scalar(select(func.count()).select_from(Milestone))
        users = {u.role: u for u in session.scalars(select(User))}
    assert years == {2023, 2024}
    assert len(plans) == 9 and len(complete_plans) == 9
    assert projects_2023 == 16  # "16项特色产业质量提升攻坚项目"
    assert milestones > 50
    assert set(users) == {"leader", "staff", "reviewer", "admin"}
    assert users["staff"].unit_id is not None
    for user in users.values():
        assert DEMO_PASSWORD not in user.password_hash
        assert verify_password(user.password_hash, DEMO_PASSWORD)


def test_demo_is_deterministic(tmp_path):
    def fingerprint(url):
        with session_scope(url) as session:
            return sorted(
                session.execute(
                    select(ProgramRecord.program, ProgramRecord.year, ProgramRecord.month, ProgramRecord.identity)
                ).all()
            )

    first = build_demo(f"sqlite:///{tmp_path / 'a.db'}")
    second = build_demo(f"sqlite:///{tmp_path / 'b.db'}")
    assert fingerprint(first) == fingerprint(second)


def test_the_demo_has_a_reviewer_and_returns_in_every_review_state(demo_url):
    """Signed in as `reviewer` (the demo password), every page has returns to show in each state: all passed
    but some of the latest month's, pending or returned with a reason and a note on one row."""
    from lib.auth import Actor, authenticate
    from lib.review import history, queue

    with session_scope(demo_url) as session:
        actor, _ = authenticate(session, "reviewer", DEMO_PASSWORD)
        items = queue(session)
        batches = session.scalar(select(func.count()).select_from(UploadBatch))
    assert actor is not None and actor.role == "reviewer" and actor.may_review and not actor.can_write("南湖区")
    assert len(items) == batches * len(get_registry().keys)  # every return of every program has a state
    earlier = {i.status for i in items if i.period != Period(2024, 10)}
    latest = Counter(i.status for i in items if i.period == Period(2024, 10))
    assert earlier == {"passed"}
    assert latest["pending"] >= 5 and latest["returned"] >= 1 and latest["passed"] > latest["pending"]
    assert {i.program for i in items if i.unit == "南湖区" and i.status == "pending"} == set(get_registry().keys)
    (returned,) = [i for i in items if i.status == "returned"]
    assert returned.reason and len(returned.rows) == 1 and returned.rows[0]["note"]
    with session_scope(demo_url) as session:
        rows = set(
            session.scalars(
                select(ProgramRecord.source_row).where(
                    ProgramRecord.batch_id == returned.batch_id, ProgramRecord.program == returned.program
                )
            )
        )
        steps = history(session, returned.unit, returned.program, returned.period)
    assert returned.rows[0]["row"] in rows  # the note points at a row the return has
    assert [(s.action, s.username) for s in steps][-1] == ("return", "reviewer")
    assert Actor("reviewer", "reviewer").label == "reviewer（审核员）"
