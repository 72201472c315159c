"""The unit of work: one transaction per command or request (`transaction`), each store command ending
with `record` (its audit entry; figures=True marks figures as changed), and the commit hook that bumps
the data version once when figures changed. Imports lib.db and lib.models only.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from lib.db import bump_data_version, session_scope
from lib.models import AuditLog

_FIGURES_CHANGED = "figures_changed"


@contextmanager
def transaction(url: str | None = None) -> Iterator[Session]:
    """One unit of work: commits when the block ends (bumping the data version once if a command
    changed figures), rolls back everything on any exception."""
    with session_scope(url) as session:
        yield session


DATA_MOVED = "data_version_moved"  # session.info: this commit moved the data version (for after_commit listeners)


@event.listens_for(Session, "before_commit")
def _bump_once(session: Session) -> None:
    if session.info.pop(_FIGURES_CHANGED, False):
        bump_data_version(session)
        session.info[DATA_MOVED] = True


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_FIGURES_CHANGED, None)
    session.info.pop(DATA_MOVED, None)


def record(
    session: Session,
    username: str,
    action: str,
    entity: str = "",
    entity_id: object = "",
    *,
    figures: bool = False,
    **detail: Any,
) -> None:
    """End a command: its audit entry, flushed now; with figures=True the commit bumps the data version."""
    session.add(AuditLog(username=username, action=action, entity=entity, entity_id=str(entity_id), detail=detail))
    if figures:
        session.info[_FIGURES_CHANGED] = True
    session.flush()


def figures_changed(session: Session) -> None:
    """Mark the unit of work as changing figures (for bulk loads whose audit entry comes later)."""
    session.info[_FIGURES_CHANGED] = True
