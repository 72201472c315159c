"""Store commands for accounts: add, new password, enable/disable, end sessions, and the sign-in
counters. The rules (roles, password strength, who may) are lib.auth's.

Sign-in steps write in short sessions of their own (`own`): every attempt is committed at once,
seen by attempts running at the same moment and kept even if the caller rolls back.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from lib.models import AuditLog, User
from lib.store import record


def username_key(name: str) -> str:
    """A user name as names are compared: trimmed, width-folded (ａｄｍｉｎ is admin) and lower-cased.
    Migration 0010 fills users.username_key with the same folding."""
    return unicodedata.normalize("NFKC", name.strip()).lower()


def own(session: Session) -> Session:
    """A short session of its own on the same database for each step of a sign-in: every attempt is
    committed at once (seen by attempts running at the same moment, kept even if the caller rolls back),
    and no connection or lock is held during the password check, so many attempts at once cannot
    exhaust the pool."""
    return Session(session.get_bind(), expire_on_commit=False)


def reserve_attempt(session: Session, user_id: int, now: dt.datetime) -> int | None:
    """Count a sign-in attempt before its password is checked: the attempt's number, or None while
    the account is locked. Committed at once."""
    table = User.__table__
    with own(session) as mine, mine.begin():
        return mine.execute(
            update(table)
            .where(table.c.id == user_id, or_(table.c.locked_until.is_(None), table.c.locked_until <= now))
            .values(failed_attempts=table.c.failed_attempts + 1)
            .returning(table.c.failed_attempts)
        ).scalar()


def record_signin(
    session: Session,
    username: str,
    action: str,
    entity_id: str,
    *,
    user_id: int | None = None,
    detail: dict | None = None,
    **values: Any,
) -> None:
    """A sign-in step's audit entry (and the user's new counters), committed at once."""
    with own(session) as mine, mine.begin():
        if user_id is not None and values:
            mine.execute(update(User.__table__).where(User.__table__.c.id == user_id).values(**values))
        mine.add(AuditLog(username=username, action=action, entity="user", entity_id=entity_id, detail=detail or {}))


def add_user(session: Session, *, by: str, audit: dict, **fields: Any) -> User:
    """A new account; its comparison key is its name's (a second account whose name differs only in case
    or width is refused by the database)."""
    user = User(username_key=username_key(fields["username"]), **fields)
    session.add(user)
    session.flush()
    record(session, by, "add_user", "user", user.username, **audit)
    return user


def set_password_hash(session: Session, user: User, password_hash: str, demo: bool, *, by: str) -> None:
    """A new password: the lock is lifted and every open session of the user ends."""
    user.password_hash = password_hash
    user.demo_password = demo
    user.failed_attempts = 0
    user.locked_until = None
    user.session_epoch = (user.session_epoch or 0) + 1
    record(session, by, "set_password", "user", user.id)


def set_active(session: Session, user: User, active: bool, *, by: str) -> None:
    """Enable (lifting any lock) or disable (ending every open session) an account."""
    user.is_active = active
    if active:
        user.failed_attempts = 0
        user.locked_until = None
    else:
        user.session_epoch = (user.session_epoch or 0) + 1
    record(session, by, "enable_user" if active else "disable_user", "user", user.id)


def end_sessions(session: Session, user: User, *, by: str) -> None:
    """Every session and kept token of the account ends."""
    user.session_epoch = (user.session_epoch or 0) + 1
    record(session, by, "signout", "user", user.id)


def remember_demo_passwords(session: Session, checked: dict[int, bool]) -> None:
    """Store, per user id, whether the password is the published demo password (checked once)."""
    for user_id, demo in checked.items():
        session.execute(update(User).where(User.id == user_id).values(demo_password=demo))
    session.flush()
