"""Users, roles and sign-in: argon2 password hashes, lockout after repeated failures, and the
permission checks every writing service calls with the acting user. Imports lib.models only.

Roles: leader views everything and changes nothing; staff change only their own unit's data;
admin does everything (users, targets, rollbacks, accepting flagged rows, the audit log).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lib.config import get_settings
from lib.models import ROLES, AuditLog, Unit, User

_hasher = PasswordHasher()

ROLE_LABELS = {"leader": "领导（只读）", "staff": "县级业务人员", "admin": "管理员"}
MAX_FAILURES = 5
MIN_PASSWORD = 8
_GENERIC_FAILURE = "用户名或密码不正确。"
DEMO_PASSWORD = "Demo@2024"  # published with the demo data: refused outside demo mode
UNKNOWN_USER = "（未知用户）"
# A failed attempt on an unknown name costs the same hashing as one on a real account, so the time an
# answer takes does not tell which names exist.
_DECOY_HASH = _hasher.hash("decoy-password-never-used")


def _tried(name: str) -> str:
    """What the audit log keeps of a user name that matches no account: a short digest, never the text
    (people type their password into the user-name box)."""
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


class PermissionDenied(PermissionError):
    """The acting user may not do this; the message says why, in Chinese."""


@dataclass(frozen=True)
class Actor:
    """Who is acting: what every writing service checks."""

    username: str
    role: str
    unit_name: str | None = None
    display_name: str = ""

    @property
    def label(self) -> str:
        where = f"，{self.unit_name}" if self.unit_name else ""
        return f"{self.display_name or self.username}（{ROLE_LABELS.get(self.role, self.role)}{where}）"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def can_write(self, unit_name: str) -> bool:
        return self.role == "admin" or (self.role == "staff" and self.unit_name == unit_name)


# The command line run by whoever operates the server: it already holds the database.
OPERATOR = Actor("cli", "admin", None, "命令行")


def require_unit(actor: Actor, unit_name: str, what: str = "上报或修改数据") -> None:
    """Raise PermissionDenied unless the actor may change this unit's data."""
    if actor.role == "leader":
        raise PermissionDenied(f"领导账号只能查看，不能{what}。")
    if not actor.can_write(unit_name):
        raise PermissionDenied(f"{actor.unit_name}的账号只能{what}本单位的数据，不能操作“{unit_name}”。")


def require_admin(actor: Actor, what: str) -> None:
    if not actor.is_admin:
        raise PermissionDenied(f"只有管理员可以{what}。")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_password_rules(username: str, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"密码至少 {MIN_PASSWORD} 位。")
    if password.lower() == username.lower():
        raise ValueError("密码不能与用户名相同。")
    if password.isdigit() or password.isalpha():
        raise ValueError("密码须同时包含字母和数字（或符号）。")


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive datetimes; they are stored in UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def actor_of(session: Session, user: User) -> Actor:
    unit = session.get(Unit, user.unit_id).name if user.unit_id else None
    return Actor(user.username, user.role, unit, user.display_name)


def load_actor(session: Session, username: str) -> Actor | None:
    """The active user as an Actor, or None."""
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.is_active:
        return None
    return actor_of(session, user)


def authenticate(
    session: Session, username: str, password: str, *, now: dt.datetime | None = None
) -> tuple[Actor | None, str]:
    """(actor, "") on success, else (None, message). Every attempt is written to the audit log.

    The caller's transaction must commit either way: a failure is recorded, not rolled back.
    """
    now = now or dt.datetime.now(dt.UTC)
    name = username.strip()
    user = session.scalar(select(User).where(User.username == name))
    if user is None or not user.is_active:
        verify_password(_DECOY_HASH, password)
        detail = {"reason": "unknown" if user is None else "disabled", "tried": _tried(name)}
        shown = UNKNOWN_USER if user is None else name
        session.add(AuditLog(username=shown, action="signin_failed", entity="user", detail=detail))
        return None, _GENERIC_FAILURE
    locked_until = _aware(user.locked_until)
    if locked_until and now < locked_until:
        minutes = max(1, int((locked_until - now).total_seconds() // 60) + 1)
        session.add(AuditLog(username=name, action="signin_locked", entity="user", entity_id=str(user.id)))
        return None, f"连续输错密码次数过多，账号已锁定，请 {minutes} 分钟后再试，或请管理员解锁。"
    if not verify_password(user.password_hash, password):
        user.failed_attempts += 1
        detail = {"failures": user.failed_attempts}
        message = _GENERIC_FAILURE
        if user.failed_attempts >= MAX_FAILURES:
            user.locked_until = now + dt.timedelta(minutes=get_settings().lock_minutes)
            user.failed_attempts = 0
            detail["locked_minutes"] = get_settings().lock_minutes
            message = f"连续 {MAX_FAILURES} 次输错密码，账号已锁定 {get_settings().lock_minutes} 分钟。"
        session.add(
            AuditLog(username=name, action="signin_failed", entity="user", entity_id=str(user.id), detail=detail)
        )
        return None, message
    user.failed_attempts = 0
    user.locked_until = None
    user.last_login_at = now
    session.add(AuditLog(username=name, action="signin", entity="user", entity_id=str(user.id)))
    return actor_of(session, user), ""


def from_trusted_proxy(peer: str | None, proxies: tuple[str, ...]) -> bool:
    """Whether a connection's own address (the TCP peer, never a forwarded header) is one of the
    configured proxy addresses or networks. None is Streamlit's way of saying the peer is this machine."""
    try:
        address = ipaddress.ip_address(peer or "127.0.0.1")
    except ValueError:
        return False
    for proxy in proxies:
        try:
            if address in ipaddress.ip_network(proxy, strict=False):
                return True
        except ValueError:
            continue
    return False


def session_epoch(session: Session, username: str) -> int | None:
    """The user's current session epoch, or None when the account is gone or disabled: a session
    signed in under another value has ended."""
    row = session.execute(select(User.session_epoch, User.is_active).where(User.username == username)).first()
    if row is None or not row.is_active:
        return None
    return int(row.session_epoch or 0)


def create_user(
    session: Session, username: str, role: str, password: str, unit_id: int | None = None, display_name: str = ""
) -> User:
    username = username.strip()
    if not username or len(username) > 64:
        raise ValueError("用户名不能为空，且不超过 64 个字符。")
    if role not in ROLES:
        raise ValueError(f"角色“{role}”无效，可选：{'、'.join(ROLES)}")
    if role == "staff" and unit_id is None:
        raise ValueError("县级业务人员必须指定所属县（市、区）。")
    if session.scalar(select(User.id).where(User.username == username)):
        raise ValueError(f"用户名“{username}”已存在。")
    check_password_rules(username, password)
    user = User(
        username=username,
        role=role,
        unit_id=unit_id if role == "staff" else None,
        display_name=display_name or username,
        password_hash=hash_password(password),
        demo_password=password == DEMO_PASSWORD,
    )
    session.add(user)
    session.flush()
    return user


def set_password(session: Session, username: str, password: str, by: str) -> None:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise ValueError(f"没有用户“{username}”。")
    check_password_rules(username, password)
    user.password_hash = hash_password(password)
    user.demo_password = password == DEMO_PASSWORD
    user.failed_attempts = 0
    user.locked_until = None
    user.session_epoch = (user.session_epoch or 0) + 1  # every open session of the user ends
    session.add(AuditLog(username=by, action="set_password", entity="user", entity_id=str(user.id)))


def change_own_password(session: Session, actor: Actor, old: str, new: str) -> None:
    user = session.scalar(select(User).where(User.username == actor.username))
    if user is None or not verify_password(user.password_hash, old):
        raise ValueError("原密码不正确。")
    set_password(session, actor.username, new, actor.username)


def set_active(session: Session, username: str, active: bool, by: str) -> None:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise ValueError(f"没有用户“{username}”。")
    user.is_active = active
    if active:
        user.failed_attempts = 0
        user.locked_until = None
    else:
        user.session_epoch = (user.session_epoch or 0) + 1  # every open session of the user ends
    session.add(
        AuditLog(username=by, action="enable_user" if active else "disable_user", entity="user", entity_id=str(user.id))
    )


def users_with_demo_password(session: Session) -> list[str]:
    """Active accounts, of every role, whose password is the published demo password. Accounts whose
    password was set before this was recorded are checked once (hashing) and remembered."""
    for user in session.scalars(select(User).where(User.demo_password.is_(None))):
        user.demo_password = verify_password(user.password_hash, DEMO_PASSWORD)
    query = select(User.username).where(User.demo_password.is_(True), User.is_active.is_(True)).order_by(User.id)
    return list(session.scalars(query))


def users_version(session: Session) -> tuple[int, int]:
    """Changes whenever an account is added, or its password changes or it is disabled."""
    count, epochs = session.execute(select(func.count(User.id), func.coalesce(func.sum(User.session_epoch), 0))).one()
    return int(count), int(epochs)


def list_users(session: Session) -> list[dict]:
    now = dt.datetime.now(dt.UTC)
    rows = session.execute(select(User, Unit.name).join(Unit, Unit.id == User.unit_id, isouter=True).order_by(User.id))
    return [
        {
            "用户名": user.username,
            "姓名": user.display_name,
            "角色": ROLE_LABELS.get(user.role, user.role),
            "所属单位": unit or "",
            "状态": "停用"
            if not user.is_active
            else ("锁定" if user.locked_until and _aware(user.locked_until) > now else "正常"),
            "最近登录": user.last_login_at.strftime("%Y-%m-%d %H:%M") if user.last_login_at else "",
        }
        for user, unit in rows.all()
    ]
