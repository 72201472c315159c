"""Store commands for the registry's versions (工作项目管理): save a program's draft, publish it from a month,
archive a program. A publish or archive moves the registry stamp (every process loads the registry again at its
next run) and the data version, and brings the monthly figures to the new registry in the same transaction.
Checks of the definition are lib.programs'; the role checks are lib.program_admin's.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from lib.db import bump_counter
from lib.models import ProgramVersion
from lib.programs import REGISTRY_STAMP, Registry, definitions_in_force, forget_registry
from lib.store import figures
from lib.store.work import record
from lib.vocabulary import ARCHIVED, DRAFT, PUBLISHED, SUPERSEDED

_FORGET = "registry_moved"  # session.info: forget this process's registry once the commit is done


def _next_version(session: Session, key: str) -> int:
    return (session.scalar(select(func.max(ProgramVersion.version)).where(ProgramVersion.key == key)) or 0) + 1


def draft_of(session: Session, key: str) -> ProgramVersion | None:
    v = ProgramVersion
    return session.scalar(select(v).where(v.key == key, v.status == DRAFT))


def in_force_row(session: Session, key: str) -> ProgramVersion | None:
    """The key's published (or archived) version, if the database holds one."""
    v = ProgramVersion
    query = select(v).where(v.key == key, v.status.in_((PUBLISHED, ARCHIVED))).order_by(v.id.desc()).limit(1)
    return session.scalar(query)


def save_draft(session: Session, key: str, block: str, *, username: str) -> ProgramVersion:
    """The key's draft becomes this block (a new version number when it has none yet)."""
    row = draft_of(session, key)
    if row is None:
        row = ProgramVersion(key=key, version=_next_version(session, key), status=DRAFT, block=block)
        session.add(row)
    row.block, row.created_by, row.created_at = block, username, dt.datetime.now(dt.UTC)
    record(session, username, "program_draft", "program", key, version=row.version)
    return row


def _registry_moved(session: Session, registry: Registry, past: int = 0) -> None:
    bump_counter(session, REGISTRY_STAMP, past)
    figures.ensure(session, registry)  # a new or changed metric: the figures follow in this transaction
    session.info[_FORGET] = True


def publish_draft(
    session: Session, draft: ProgramVersion, year: int, month: int, registry: Registry, *, username: str
) -> None:
    """The draft is in force from the month (registry: the registry it makes, checked by the caller)."""
    before = in_force_row(session, draft.key)
    if before is not None and before.status == PUBLISHED:
        before.status = SUPERSEDED
    draft.status, draft.effective_year, draft.effective_month = PUBLISHED, year, month
    draft.published_by, draft.published_at = username, dt.datetime.now(dt.UTC)
    session.flush()
    _registry_moved(session, registry)
    record(session, username, "program_publish", "program", draft.key, figures=True, version=draft.version)


def archive_program(
    session: Session,
    key: str,
    shipped_block: str | None,
    registry: Registry,
    until: tuple[int, int],
    *,
    username: str,
) -> None:
    """The key leaves the registry from the month `until` (the months before keep it; its records and versions
    stay); shipped_block: the shipped program's block, written down as the archived version when the database
    holds none of the key."""
    row = in_force_row(session, key)
    if row is None or row.status != PUBLISHED:
        assert shipped_block is not None, key
        row = ProgramVersion(key=key, version=_next_version(session, key), block=shipped_block, created_by=username)
        session.add(row)
    row.status = ARCHIVED
    row.ended_year, row.ended_month = until
    session.flush()
    _registry_moved(session, registry)
    until_text = f"{until[0]}-{until[1]:02d}"
    record(session, username, "program_archive", "program", key, figures=True, version=row.version, until=until_text)


def registry_restored(session: Session, before: int) -> None:
    """After a restore: the restored registry in force (its stamp past the one replaced, so no process keeps
    the registry it had) and the figures built with it."""
    _registry_moved(session, definitions_in_force(session).registry(), before)


@event.listens_for(Session, "after_commit")
def _forget_registry(session: Session) -> None:
    if session.info.pop(_FORGET, False):
        forget_registry()


@event.listens_for(Session, "after_rollback")
def _keep_registry(session: Session) -> None:
    session.info.pop(_FORGET, None)
