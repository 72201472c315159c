"""一县一业一策 and enterprise profiles: a unit's plan, projects and milestones (read and edit with
validation and an audit entry), its enterprises, and one enterprise across every program.
Callers own the session; no Streamlit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import func, select, true
from sqlalchemy.orm import Session, selectinload

from lib.auth import Actor, require_unit
from lib.column_types import column_type
from lib.models import Enterprise, Plan, ProgramRecord, Project, Unit
from lib.programs import Registry
from lib.store.plans import replace_plan

PROJECT_COLUMNS = ["编号", "项目名称", "牵头单位", "开始日期", "完成期限", "进度（%）", "状态", "主要内容"]
MILESTONE_COLUMNS = ["编号", "所属项目", "节点", "计划完成", "实际完成"]
PROJECT_STATUSES = ("未开始", "进行中", "已完成", "已延期")


class PlanEditError(ValueError):
    """Edited plan data that cannot be saved; the message lists every problem in Chinese."""


@dataclass
class PlanView:
    plan_id: int
    unit: str
    year: int
    industry: str
    title: str
    goal: str
    measures: list[str]
    projects: pd.DataFrame
    milestones: pd.DataFrame
    updated_at: dt.datetime | None
    updated_by: str


def load_plan_years(session: Session, unit_name: str) -> list[int]:
    query = select(Plan.year).join(Unit, Unit.id == Plan.unit_id).where(Unit.name == unit_name).order_by(Plan.year)
    return list(session.scalars(query))


def _plans(year: int):
    return (
        select(Plan, Unit.name)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(Plan.year == year)
        .options(selectinload(Plan.projects).selectinload(Project.milestones))
    )


def load_plan(session: Session, unit_name: str, year: int) -> PlanView | None:
    """The unit's plan for a year with its projects and milestones as tables, or None."""
    found = session.execute(_plans(year).where(Unit.name == unit_name)).first()
    return _plan_view(*found) if found else None


def load_plans(session: Session, year: int) -> dict[str, PlanView]:
    """Every unit's plan for a year (unit name -> plan), in one query with its projects and milestones."""
    return {unit: _plan_view(plan, unit) for plan, unit in session.execute(_plans(year)).all()}


def _plan_view(plan: Plan, unit_name: str) -> PlanView:
    projects = pd.DataFrame(
        [[p.id, p.name, p.owner, p.start_date, p.due_date, p.progress, p.status, p.description] for p in plan.projects],
        columns=PROJECT_COLUMNS,
    )
    milestones = pd.DataFrame(
        [[m.id, p.name, m.title, m.due_date, m.done_date] for p in plan.projects for m in p.milestones],
        columns=MILESTONE_COLUMNS,
    )
    return PlanView(
        plan.id,
        unit_name,
        plan.year,
        plan.industry,
        plan.title,
        plan.goal,
        list(plan.measures or []),
        projects,
        milestones,
        plan.updated_at,
        plan.updated_by,
    )


def _date(value) -> dt.date | None:
    if value is None or (not isinstance(value, dt.date) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _text(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value).strip()


def check_projects(projects: pd.DataFrame) -> list[str]:
    """Every problem of an edited project table, as Chinese sentences naming the row."""
    problems = []
    names = set()
    for n, row in enumerate(projects.itertuples(index=False), start=1):
        name = _text(row[1])
        if not name:
            problems.append(f"第{n}行：项目名称不能为空。")
        elif name in names:
            problems.append(f"第{n}行：项目名称“{name}”重复。")
        names.add(name)
        progress = row[5]
        if progress is None or pd.isna(progress) or not 0 <= float(progress) <= 100:
            problems.append(f"第{n}行：进度应为 0 到 100 之间的数字。")
        if _text(row[6]) not in PROJECT_STATUSES:
            problems.append(f"第{n}行：状态应为 {'、'.join(PROJECT_STATUSES)} 之一。")
        start, due = _date(row[3]), _date(row[4])
        if start and due and due < start:
            problems.append(f"第{n}行：完成期限不能早于开始日期。")
        if _text(row[6]) == "已完成" and progress is not None and not pd.isna(progress) and float(progress) < 100:
            problems.append(f"第{n}行：状态为“已完成”时进度应为 100。")
    return problems


def check_milestones(milestones: pd.DataFrame, project_names: set[str]) -> list[str]:
    problems = []
    for n, row in enumerate(milestones.itertuples(index=False), start=1):
        if _text(row[1]) not in project_names:
            problems.append(f"节点第{n}行：所属项目“{_text(row[1])}”不在项目表中。")
        if not _text(row[2]):
            problems.append(f"节点第{n}行：节点名称不能为空。")
        due, done = _date(row[3]), _date(row[4])
        if done and done > dt.date.today():
            problems.append(f"节点第{n}行：实际完成日期不能晚于今天。")
        if due is None:
            problems.append(f"节点第{n}行：请填写计划完成日期。")
    return problems


def save_plan(
    session: Session,
    plan_id: int,
    *,
    measures: list[str],
    projects: pd.DataFrame,
    milestones: pd.DataFrame,
    actor: Actor,
) -> str:
    """Replace the plan's measures, projects and milestones after checking them; one audit entry.

    Only the unit's own staff and admins may; PermissionDenied otherwise.
    """
    plan = session.get(Plan, plan_id, options=[selectinload(Plan.projects).selectinload(Project.milestones)])
    if plan is None:
        raise PlanEditError("方案不存在，可能已被删除，请刷新页面。")
    require_unit(actor, session.get(Unit, plan.unit_id).name, "修改“一县一业一策”方案")
    problems = check_projects(projects)
    names = {_text(v) for v in projects["项目名称"]}
    problems += check_milestones(milestones, names)
    if problems:
        raise PlanEditError("\n".join(problems))
    before = {"projects": len(plan.projects), "milestones": sum(len(p.milestones) for p in plan.projects)}
    by_name: dict[str, dict] = {}
    for row in projects.itertuples(index=False):
        by_name[_text(row[1])] = {
            "name": _text(row[1]),
            "owner": _text(row[2]),
            "start_date": _date(row[3]),
            "due_date": _date(row[4]),
            "progress": int(float(row[5])),
            "status": _text(row[6]),
            "description": _text(row[7]),
            "milestones": [],
        }
    for row in milestones.itertuples(index=False):
        by_name[_text(row[1])]["milestones"].append(
            {"title": _text(row[2]), "due_date": _date(row[3]), "done_date": _date(row[4])}
        )
    replace_plan(
        session,
        plan,
        measures=[m.strip() for m in measures if m.strip()],
        projects=list(by_name.values()),
        username=actor.username,
        updated_by=actor.display_name or actor.username,
        before=before,
    )
    return f"已保存：{len(projects)} 个项目、{len(milestones)} 个节点。"


def plan_progress(projects: pd.DataFrame, milestones: pd.DataFrame) -> tuple[float | None, int, int]:
    """Average project progress (0-1) and milestones done / all."""
    average = float(projects["进度（%）"].mean()) / 100 if len(projects) else None
    done = int(milestones["实际完成"].notna().sum()) if len(milestones) else 0
    return average, done, len(milestones)


def load_unit_enterprises(session: Session, registry: Registry, unit_name: str, year: int, upto: int) -> pd.DataFrame:
    """Enterprises with records of this unit in the year to date, with the programs they appear in."""
    r = ProgramRecord
    rows = session.execute(
        select(Enterprise.uscc, Enterprise.name, r.program, func.count(r.id))
        .join(r, r.enterprise_id == Enterprise.id)
        .join(Unit, Unit.id == r.unit_id)
        .where(Unit.name == unit_name, r.year == year, r.month <= upto, r.is_current == true())
        .group_by(Enterprise.uscc, Enterprise.name, r.program)
    ).all()
    titles = {p.key: p.title for p in registry}
    firms: dict[str, dict] = {}
    for uscc, name, program, count in rows:
        firm = firms.setdefault(uscc, {"企业名称": name, "统一社会信用代码": uscc, "工作项目": [], "记录数": 0})
        firm["工作项目"].append(titles.get(program, program))
        firm["记录数"] += count
    table = pd.DataFrame(list(firms.values()), columns=["企业名称", "统一社会信用代码", "工作项目", "记录数"])
    table["工作项目"] = table["工作项目"].map(lambda items: "、".join(sorted(items)))
    return table.sort_values(["记录数", "企业名称"], ascending=[False, True], ignore_index=True)


NO_NAME = "（暂无在用月报中的名称）"


@dataclass
class EnterpriseProfile:
    uscc: str
    name: str
    unit: str
    records: pd.DataFrame  # 工作项目, 上报单位, 所属月份, 摘要


def find_enterprises(session: Session, text: str, limit: int = 20) -> pd.DataFrame:
    """Enterprises whose name contains text or whose code starts with it."""
    text = text.strip()
    if not text:
        return pd.DataFrame(columns=["统一社会信用代码", "企业名称"])
    query = (
        select(Enterprise.uscc, Enterprise.name)
        .where((Enterprise.name.contains(text)) | (Enterprise.uscc.startswith(text.upper())))
        .order_by(Enterprise.name)
        .limit(limit)
    )
    return pd.DataFrame(session.execute(query).all(), columns=["统一社会信用代码", "企业名称"])


def load_enterprise(session: Session, registry: Registry, uscc: str) -> EnterpriseProfile | None:
    """One enterprise (by 统一社会信用代码) across every program, newest first."""
    firm = session.execute(
        select(Enterprise, Unit.name, Unit.code)
        .join(Unit, Unit.id == Enterprise.unit_id, isouter=True)
        .where(Enterprise.uscc == uscc.strip().upper())
    ).first()
    if firm is None:
        return None
    enterprise, unit, first_code = firm
    r = ProgramRecord
    rows = session.execute(
        select(r.program, Unit.name, r.year, r.month, r.data, Unit.code, r.enterprise_name)
        .join(Unit, Unit.id == r.unit_id)
        .where(r.enterprise_id == enterprise.id, r.is_current == true())
        .order_by(r.year.desc(), r.month.desc(), r.id)
    ).all()
    # The name is what the returns in force say, the unit where the code is registered first: a name
    # another unit sent, or one from a withdrawn return, does not rename the enterprise.
    registered = [row for row in rows if row.code and row.code == enterprise.uscc[2:8] and row.enterprise_name]
    named = registered or [row for row in rows if row.enterprise_name]
    # With no return in force naming it, the first name counts only if the unit it belongs to sent it.
    fallback = enterprise.name if first_code == enterprise.uscc[2:8] else NO_NAME
    name = named[0].enterprise_name if named else fallback
    records = []
    for program_key, unit_name, year, month, data, _code, _name in rows:
        program = registry.get(program_key)
        shown = [
            f"{c.header}：{column_type(c.type).shown(data[c.key])}"
            for c in program.columns
            if c.key not in ("enterprise_name", "uscc", "unit") and data.get(c.key) not in (None, "")
        ]
        records.append([program.title, unit_name, f"{year}-{month:02d}", "；".join(shown)])
    table = pd.DataFrame(records, columns=["工作项目", "上报单位", "所属月份", "内容"])
    return EnterpriseProfile(enterprise.uscc, name, unit or "", table)
