"""Monthly figures maintained where they change: every store command that adds, supersedes or brings back
records says which (program, unit, year) it touched (`records_changed`), and the unit of work recomputes
those units' rows of `monthly_figures`, and the region's, from the records just before it commits: in
the same transaction, so the figures and the records never disagree. Pages and the briefing read the
small table (lib.metrics) instead of the records.

A year to date of distinct enterprises is not a sum of monthly distinct counts, so each row keeps both
the month's own figure (`value`) and what the month adds to the year to date (`added`: enterprises seen
for the first time that year; for counts and sums the value itself).

Each row also keeps the same two figures over reviewed records only (`reviewed_value`, `reviewed_added`):
the records of returns the city passed (or that have no review state: reported before review began), so a
page reads the figures of any QB_REVIEW setting, and how much of a figure still waits for review, from
the same rows. A unit's month is reviewed or not as a whole (one state per unit × program × month); the
region's distinct enterprises and a unit's first months are counted again without the waiting months.

`ensure` rebuilds everything when the registry's metrics differ from those the table was built with
(a new database, a migrated one, an edited registry); `expected` computes from the records without
writing, for the check in the tests.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import and_, case, delete, distinct, event, func, insert, not_, null, select, true, tuple_, update
from sqlalchemy.orm import Session

from lib.models import AppState, MonthlyFigure, ProgramRecord, ReviewState
from lib.programs import Program, Registry, get_registry
from lib.store.work import figures_changed
from lib.vocabulary import PASSED

ROWS = ""  # the metric key under which current records are counted (data-quality checks)
_TOUCHED = "figures_touched"
_FINGERPRINT = "figures_registry"
# What the figures hold besides the registry's metrics; a change here rebuilds them like an edited metric.
_LAYOUT = "value, added, reviewed_value, reviewed_added"

Key = tuple[str, str, int | None, int, int]  # program, metric, unit_id (None: region), year, month


def _measures(program: Program) -> list[tuple]:
    """(metric key, aggregation, status it counts or None[, the column a sum adds up when it is not the
    quantity column]) for the records count and every stored metric. A ratio is not stored: it is read as
    its numerator's sum over its denominator's (lib.metrics)."""
    out: list[tuple] = [(ROWS, "count", None)]
    for m in program.metrics:
        if m.is_ratio:
            continue
        measure = (m.key, m.agg, m.where[1] if m.where else None)
        out.append((*measure, m.column) if m.agg == "sum" and m.column != program.quantity_column else measure)
    return out


def records_changed(session: Session, program: Program | str, unit_id: int, year: int) -> None:
    """Say that a unit's current records of a program (or program key) and year changed in this unit of
    work; their figures are recomputed just before it commits, and the data version moves (the year's own:
    views of other years are kept)."""
    figures_changed(session, (year,))
    key = program if isinstance(program, str) else program.key
    touched = session.info.setdefault(_TOUCHED, {})
    entry = touched.setdefault((key, year), [None, set()])
    if not isinstance(program, str):
        entry[0] = program
    entry[1].add(unit_id)


@event.listens_for(Session, "before_commit")
def _refresh_touched(session: Session) -> None:
    touched = session.info.pop(_TOUCHED, None)
    if not touched:
        return
    counted = {p.key: p for p in get_registry().counted}
    for (key, year), (program, units) in touched.items():
        program = program or counted.get(key)
        if program is not None:  # records of a program no longer in the registry have no figures
            refresh(session, program, year, units)


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_TOUCHED, None)


def _waiting(session: Session, program: Program, year: int) -> list[tuple[int, int]]:
    """(unit_id, month) of a program's year whose return waits for review (pending or returned)."""
    s = ReviewState
    query = select(s.unit_id, s.month).where(s.program == program.key, s.year == year, s.status != PASSED)
    return sorted((unit, month) for unit, month in session.execute(query))


def _segments(program: Program, year: int) -> list[tuple[Program, list[int] | None]]:
    """The versions of a program that count a year's months (口径), each with its months; (program, None) when
    one version counts the whole year."""
    if not program.earlier:
        return [(program, None)]
    spans: dict[int, tuple[Program, list[int]]] = {}
    for month in range(1, 13):
        version = program.version_at(year, month)
        spans.setdefault(id(version), (version, []))[1].append(month)
    return [(version, None)] if len(spans) == 1 else list(spans.values())


def _compute(
    session: Session, program: Program, year: int, units: set[int] | None, region: str = "all"
) -> dict[Key, list[float]]:
    """Figures of one program and year from the current records: [value, added, reviewed_value,
    reviewed_added] for the given units (None: every unit), and the region (unit None) for every metric
    (region="all"), only for distinct enterprises ("distinct"), or not at all ("none"). Each month is counted
    by the version of the program in force then; a year to date of distinct enterprises starts again at a change."""
    out: dict[Key, list[float]] = {}
    for version, months in _segments(program, year):
        out |= _compute_version(session, version, year, units, region, months)
    return out


def _compute_version(
    session: Session, program: Program, year: int, units: set[int] | None, region: str, months: list[int] | None
) -> dict[Key, list[float]]:
    measures = _measures(program)
    distinct = {measure[0] for measure in measures if measure[1] == "count_distinct"}
    within = [] if months is None else [ProgramRecord.month.in_(months)]
    out = _compute_pass(session, program, year, units, region, measures, within)
    waiting = _waiting(session, program, year)
    held = set(waiting)
    # A unit's month is reviewed as a whole: its figures count as reviewed, or nothing while it waits.
    region_sums: dict[Key, float] = defaultdict(float)
    for (key, metric, unit, y, month), figure in out.items():
        figure.extend(figure[:2] if unit is not None and (unit, month) not in held else (0.0, 0.0))
        if unit is not None and metric not in distinct:
            region_sums[(key, metric, None, y, month)] += figure[2]
    # The region's counts and sums: its units' reviewed figures added up (refresh adds them up in SQL).
    for key, figure in out.items():
        if key[2] is None and key[1] not in distinct:
            figure[2:] = [region_sums.get(key, 0.0)] * 2
    if not distinct:
        return out
    # Distinct enterprises, the region's and each unit's first months: counted again without the waiting months.
    reviewed = out
    if waiting:
        r = ProgramRecord
        chosen = [m for m in measures if m[0] in distinct]
        without = [*within, not_(tuple_(r.unit_id, r.month).in_(waiting))]
        reviewed = _compute_pass(session, program, year, units, region, chosen, without)
    for key, figure in out.items():
        if key[1] in distinct:
            figure[2:] = reviewed.get(key, [0.0, 0.0])[:2]
    return out


def _compute_pass(
    session: Session,
    program: Program,
    year: int,
    units: set[int] | None,
    region: str,
    measures: list[tuple[str, str, str | None]],
    extra: list,
) -> dict[Key, list[float]]:
    """[value, added] of the measures over the current records (and the extra conditions): the given units
    (None: every unit) and the region as `region` says. Per scope one pass gives every metric's monthly
    value (each metric's filter is a condition inside its aggregate); each distinct count then finds the
    month each enterprise first counts in."""
    r = ProgramRecord
    out: dict[Key, list[float]] = defaultdict(lambda: [0.0, 0.0])
    scopes: list[tuple[list, list[tuple[str, str, str | None]]]] = []
    if units is None or units:
        scopes.append(([r.unit_id], measures))
    if region == "all":
        scopes.append(([], measures))
    elif region == "distinct":
        scopes.append(([], [m for m in measures if m[1] == "count_distinct"]))
    where = [r.program == program.key, r.year == year, _current(session), *extra]
    where_unit = where if units is None else [*where, r.unit_id.in_(sorted(units))]
    for group, chosen in scopes:
        if not chosen:
            continue
        where_scope = where_unit if group else where
        width = len(group)
        query = select(*group, r.month, *(_aggregate(*measure[1:]) for measure in chosen))
        for row in session.execute(query.where(*where_scope).group_by(*group, r.month)):
            unit, month = (row[0] if width else None), row[width]
            for (metric, agg, *_), value in zip(chosen, row[width + 1 :], strict=True):
                if value:
                    figure = out[(program.key, metric, unit, year, month)]
                    figure[0] = float(value)
                    if agg != "count_distinct":
                        figure[1] = float(value)  # a count or sum adds its own value to the year to date
    # What each distinct count adds: the month each enterprise first counts in, per unit and in the region.
    # One unit's and the region's come from one pass over the region's records (a store command touches
    # one unit); otherwise each scope is asked on its own.
    for metric, agg, status, *_ in measures:
        if agg != "count_distinct":
            continue
        in_scopes = [group for group, chosen in scopes if any(m[0] == metric for m in chosen)]
        if units is not None and len(units) == 1 and len(in_scopes) == 2:  # the unit's, then the region's
            (unit,) = units
            both = _firsts(where, status, [], func.min(case((r.unit_id == unit, r.month))).label("unit_first"))
            query = select(both.c.first, both.c.unit_first, func.count()).group_by(both.c.first, both.c.unit_first)
            for first, unit_first, count in session.execute(query):
                out[(program.key, metric, None, year, first)][1] += float(count)
                if unit_first is not None:
                    out[(program.key, metric, unit, year, unit_first)][1] += float(count)
            continue
        for group in in_scopes:
            firsts = _firsts(where_unit if group else where, status, group)
            first_group = [firsts.c.unit_id] if group else []
            query = select(*first_group, firsts.c.first, func.count()).group_by(*first_group, firsts.c.first)
            for row in session.execute(query):
                out[(program.key, metric, row[0] if group else None, year, row[-2])][1] = float(row[-1])
    return out


def _firsts(where: list, status: str | None, group: list, *more):
    """Per enterprise (and group) of the records `where` (of the status, if any): the month it first
    appears in ("first"), and what `more` adds."""
    r = ProgramRecord
    where_metric = where if status is None else [*where, r.status == status]
    return (
        select(*group, r.enterprise_id, func.min(r.month).label("first"), *more)
        .where(*where_metric, r.enterprise_id.is_not(None))
        .group_by(*group, r.enterprise_id)
        .subquery()
    )


def _current(session: Session):
    """The records that count. On SQLite written `is_current IS 1`: with `= 1` the planner takes the
    partial index of current months (year, month), which holds every program's records of the year, and
    reads five times the rows it needs instead of the (program, year, is_current, …) index."""
    r = ProgramRecord
    return r.is_current.is_(True) if session.get_bind().dialect.name == "sqlite" else r.is_current == true()


def _aggregate(agg: str, status: str | None, column: str | None = None):
    """A metric's monthly aggregate over a group of records, counting only the records of its status; a sum
    adds up the quantity column, or another number column of the record's data."""
    r = ProgramRecord
    if agg == "count":
        return func.count() if status is None else func.count(case((r.status == status, 1)))
    if agg == "count_distinct":
        return func.count(distinct(r.enterprise_id if status is None else case((r.status == status, r.enterprise_id))))
    added = r.quantity if column is None else r.data[column].as_float()
    quantity = added if status is None else case((r.status == status, added))
    return func.coalesce(func.sum(quantity), 0.0)


def _write(session: Session, figures: dict[Key, list[float]]) -> None:
    rows = [
        {
            "program": p,
            "metric": m,
            "unit_id": u,
            "year": y,
            "month": mo,
            "value": v,
            "added": a,
            "reviewed_value": rv,
            "reviewed_added": ra,
        }
        for (p, m, u, y, mo), (v, a, rv, ra) in figures.items()
        if v or a or rv or ra
    ]
    for start in range(0, len(rows), 5000):
        session.execute(insert(MonthlyFigure), rows[start : start + 5000])


def refresh(session: Session, program: Program, year: int, units: Iterable[int] | None) -> None:
    """Recompute one program's figures for a year: the given units (None: every unit) and the region.
    The region's counts and sums are the sums of the units' rows; only distinct enterprises, which do
    not add up over units, are counted again from the records."""
    chosen = None if units is None else set(units)
    f = MonthlyFigure
    where = [f.program == program.key, f.year == year]
    scope = (f.unit_id.is_(None) | f.unit_id.in_(sorted(chosen))) if chosen is not None else None
    session.execute(delete(f).where(*where, *([scope] if scope is not None else [])))
    _write(session, _compute(session, program, year, chosen, region="distinct"))
    columns = (f.program, f.metric, f.unit_id, f.year, f.month, f.value, f.added, f.reviewed_value, f.reviewed_added)
    for version, months in _segments(program, year):
        additive = [measure[0] for measure in _measures(version) if measure[1] != "count_distinct"]
        within = [] if months is None else [f.month.in_(months)]
        sums = (
            select(
                f.program,
                f.metric,
                null(),
                f.year,
                f.month,
                func.sum(f.value),
                func.sum(f.added),
                func.sum(f.reviewed_value),
                func.sum(f.reviewed_added),
            )
            .where(*where, *within, f.unit_id.is_not(None), f.metric.in_(additive))
            .group_by(f.program, f.metric, f.year, f.month)
        )
        session.execute(insert(f).from_select([c.key for c in columns], sums))


def _years(session: Session, program: Program) -> list[int]:
    r = ProgramRecord
    query = select(r.year).where(r.program == program.key, r.is_current == true()).distinct()
    return sorted(session.scalars(query))


def expected(session: Session, registry: Registry) -> dict[Key, tuple[float, ...]]:
    """Every figure as the records give it now (nothing written): what the table must hold, as (value,
    added, reviewed_value, reviewed_added)."""
    out: dict[Key, tuple[float, ...]] = {}
    for program in registry.counted:
        for year in _years(session, program):
            computed = _compute(session, program, year, None)
            out |= {key: tuple(figure) for key, figure in computed.items() if any(figure)}
    return out


def stored(session: Session) -> dict[Key, tuple[float, ...]]:
    f = MonthlyFigure
    columns = (f.value, f.added, f.reviewed_value, f.reviewed_added)
    rows = session.execute(select(f.program, f.metric, f.unit_id, f.year, f.month, *columns)).all()
    return {(p, m, u, y, mo): tuple(figures) for p, m, u, y, mo, *figures in rows}


def fingerprint(registry: Registry) -> int:
    """A number that changes when any program's metrics change (what the figures are built from), those of
    programs archived from a month included (their earlier months still show)."""
    built = [(p.key, _measures(p), *((start, _measures(v)) for start, v in p.earlier)) for p in registry.counted]
    text = json.dumps([_LAYOUT, *built], ensure_ascii=False)
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:15], 16)


def rebuild(session: Session, registry: Registry) -> None:
    """Every figure recomputed from the records, and the registry's fingerprint kept beside them; the data
    version moves, so no process keeps showing figures built with other metrics."""
    figures_changed(session)
    session.info.pop(_TOUCHED, None)  # covered by this
    session.flush()
    session.execute(delete(MonthlyFigure))
    for program in registry.counted:
        for year in _years(session, program):
            _write(session, _compute(session, program, year, None))
    mark = fingerprint(registry)
    if session.execute(update(AppState).where(AppState.key == _FINGERPRINT).values(value=mark)).rowcount == 0:
        session.execute(insert(AppState).values(key=_FINGERPRINT, value=mark))


def ensure(session: Session, registry: Registry) -> bool:
    """Rebuild when the figures were built with other metrics (or never); True when it rebuilt."""
    mark = session.scalar(select(AppState.value).where(and_(AppState.key == _FINGERPRINT)))
    if mark == fingerprint(registry):
        return False
    rebuild(session, registry)
    return True
