"""The unit of work: one transaction per command or request (`transaction`), each store command ending
with `record` (its audit entry; figures=True marks figures as changed), and the commit hook that bumps
the data version once when figures changed. Imports lib.db and lib.models only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from lib.db import bump_data_version, session_scope
from lib.models import AuditLog

_FIGURES_CHANGED = "figures_changed"
_YEARS = "figures_years"  # session.info: the years the unit of work's changes are confined to (all writes said so)


@contextmanager
def transaction(url: str | None = None) -> Iterator[Session]:
    """One unit of work: commits when the block ends (bumping the data version once if a command
    changed figures), rolls back everything on any exception."""
    with session_scope(url) as session:
        yield session


DATA_MOVED = "data_version_moved"  # session.info: this commit moved the data version (for after_commit listeners)


@event.listens_for(Session, "before_commit")
def _bump_once(session: Session) -> None:
    years = session.info.pop(_YEARS, None)
    if session.info.pop(_FIGURES_CHANGED, False):
        bump_data_version(session, years)
        session.info[DATA_MOVED] = True


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_FIGURES_CHANGED, None)
    session.info.pop(_YEARS, None)
    session.info.pop(DATA_MOVED, None)


def _changed(session: Session, years: Iterable[int] | None) -> None:
    """Figures changed, in these years only (None: maybe anywhere). A unit of work stays confined to years only
    while every change in it says which."""
    first = not session.info.get(_FIGURES_CHANGED, False)
    session.info[_FIGURES_CHANGED] = True
    if years is None:
        session.info[_YEARS] = None
    elif first:
        session.info[_YEARS] = set(years)
    elif session.info.get(_YEARS) is not None:
        session.info[_YEARS] |= set(years)


def record(
    session: Session,
    username: str,
    action: str,
    entity: str = "",
    entity_id: object = "",
    *,
    figures: bool = False,
    years: Iterable[int] | None = None,
    **detail: Any,
) -> None:
    """End a command: its audit entry, flushed now; with figures=True the commit bumps the data version (years:
    the only years the command changed, when it knows: views of other years are kept)."""
    session.add(AuditLog(username=username, action=action, entity=entity, entity_id=str(entity_id), detail=detail))
    if figures:
        _changed(session, years)
    session.flush()


def figures_changed(session: Session, years: Iterable[int] | None = None) -> None:
    """Mark the unit of work as changing figures (for bulk loads whose audit entry comes later), in these
    years only when given."""
    _changed(session, years)
