"""Store commands for what the bureau sets rather than reports: yearly targets and each unit's
一县一业一策 plan (measures, projects, milestones). Checks are lib.targets' and lib.county's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from lib.models import Milestone, Plan, Project, Target
from lib.store import record


def replace_targets(session: Session, year: int, targets: Sequence[dict[str, Any]], *, username: str) -> None:
    """The year's targets become exactly `targets` ({program, metric, unit_id, value})."""
    session.execute(delete(Target).where(Target.year == year))
    session.add_all(Target(year=year, **target) for target in targets)
    record(session, username, "edit_targets", "targets", year, figures=True, count=len(targets))


def add_targets(session: Session, targets: Iterable[dict[str, Any]]) -> int:
    """Add targets ({program, metric, unit_id, year, value}) in a bulk load; returns how many."""
    rows = [Target(**target) for target in targets]
    session.add_all(rows)
    session.flush()
    return len(rows)


def add_plans(session: Session, plans: Iterable[Plan]) -> int:
    """Add complete plans (with projects and milestones) in a bulk load; returns how many."""
    rows = list(plans)
    session.add_all(rows)
    session.flush()
    return len(rows)


def replace_plan(
    session: Session,
    plan: Plan,
    *,
    measures: list[str],
    projects: Sequence[dict[str, Any]],
    username: str,
    updated_by: str,
    before: dict[str, int],
) -> None:
    """The plan's measures and projects become exactly these; each project dict carries its
    `milestones` (dicts of Milestone fields) in order."""
    plan.measures = measures
    plan.projects.clear()
    session.flush()
    for order, fields in enumerate(projects):
        fields = dict(fields)
        milestones = fields.pop("milestones", [])
        project = Project(sort_order=order, **fields)
        project.milestones.extend(Milestone(sort_order=n, **m) for n, m in enumerate(milestones))
        plan.projects.append(project)
    plan.updated_by = updated_by
    plan.updated_at = dt.datetime.now(dt.UTC)
    after = {"projects": len(projects), "milestones": sum(len(p.get("milestones", [])) for p in projects)}
    record(session, username, "edit_plan", "plan", plan.id, figures=True, before=before, after=after, measures=measures)
