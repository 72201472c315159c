"""Users, roles and sign-in: argon2 password hashes, lockout after repeated failures, and the
permission checks every writing service calls with the acting user. Writes through lib.store.users.

Roles: leader views everything and changes nothing; staff change only their own unit's data;
reviewer (审核员, city staff) views everything and reviews every unit's returns, uploading nothing;
admin does everything (users, targets, rollbacks, accepting flagged rows, the audit log, reviews).
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import hmac
import ipaddress
import json
import unicodedata
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lib.config import get_settings
from lib.models import AuditLog, Unit, User
from lib.store import users
from lib.vocabulary import ROLES

_hasher = PasswordHasher()

MAX_FAILURES = 5
MIN_PASSWORD = 8
_GENERIC_FAILURE = "用户名或密码不正确。"
DEMO_PASSWORD = "Demo@2024"  # published with the demo data: refused outside demo mode
UNKNOWN_USER = "（未知用户）"


# A failed attempt on an unknown name costs the same hashing as one on a real account, so the time an
# answer takes does not tell which names exist.
@functools.cache
def _decoy_hash() -> str:
    return _hasher.hash("decoy-password-never-used")


def _tried(name: str) -> str:
    """What the audit log keeps of a user name that matches no account: a short digest, never the text
    (people type their password into the user-name box). Of the name as names are compared, so "Ghost"
    and "ghost" are locked together, as the two spellings of a real account are."""
    return hashlib.sha256(users.username_key(name).encode("utf-8")).hexdigest()[:12]


USERNAME_RULE = (
    "用户名只能由英文字母、数字、下划线（_）、点（.）、连字符（-）和汉字组成，不能有空格、换行或看不见的字符，"
    "最长 64 个字符；不区分大小写。"
)
_USERNAME_MARKS = frozenset("_.-")


def _allowed_in_username(char: str) -> bool:
    """Latin letters and digits, _ . - and CJK ideographs. Letters of other scripts are left out on
    purpose: a Cyrillic а or Greek ο in "аdmin" looks like the Latin one and would name another account."""
    if char.isascii():
        return char.isalnum() or char in _USERNAME_MARKS
    return unicodedata.name(char, "").startswith("CJK UNIFIED IDEOGRAPH")


def _shown_char(char: str) -> str:
    if char.isspace():
        return "空格或换行"
    if unicodedata.category(char)[0] == "C":
        return f"看不见的字符 U+{ord(char):04X}"
    return f"“{char}”"


def check_username(username: str) -> str:
    """The name a new account is stored under: trimmed and width-folded (ａｄｍｉｎ is admin), or ValueError
    saying what is allowed (USERNAME_RULE)."""
    name = unicodedata.normalize("NFKC", username.strip())
    if not name or len(name) > 64:
        raise ValueError(f"用户名不能为空，且不超过 64 个字符。{USERNAME_RULE}")
    bad = list(dict.fromkeys(c for c in name if not _allowed_in_username(c)))
    if bad:
        raise ValueError(f"用户名含有不允许的字符：{'、'.join(map(_shown_char, bad))}。{USERNAME_RULE}")
    return name


def _account(session: Session, username: str) -> User | None:
    """The account a typed name names, in any case or width."""
    return session.scalar(select(User).where(User.username_key == users.username_key(username)))


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
        return f"{self.display_name or self.username}（{ROLES.get(self.role, self.role)}{where}）"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def can_write(self, unit_name: str) -> bool:
        return self.role == "admin" or (self.role == "staff" and self.unit_name == unit_name)

    @property
    def may_review(self) -> bool:
        """Whether the actor may pass, return and reopen returns (审核): reviewers and admins."""
        return self.role in ("reviewer", "admin")


# The command line run by whoever operates the server: it already holds the database.
OPERATOR = Actor("cli", "admin", None, "命令行")


def require_unit(actor: Actor, unit_name: str, what: str = "上报或修改数据") -> None:
    """Raise PermissionDenied unless the actor may change this unit's data."""
    if actor.role == "leader":
        raise PermissionDenied(f"领导账号只能查看，不能{what}。")
    if actor.role == "reviewer":
        raise PermissionDenied(f"审核员账号只能查看和审核，不能{what}。")
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
    user = _account(session, username)
    if user is None or not user.is_active:
        return None
    return actor_of(session, user)


def _locked_message(until: dt.datetime | None, now: dt.datetime) -> str:
    minutes = max(1, int(((until or now) - now).total_seconds() // 60) + 1)
    return f"连续输错密码次数过多，账号已锁定，请 {minutes} 分钟后再试，或请管理员解锁。"


def _unknown_attempt(session: Session, name: str, password: str, now: dt.datetime, disabled: bool) -> str:
    """A name with no usable account answers exactly like a real one: the same hashing, the same lock
    after MAX_FAILURES tries (counted from the audit log by a digest of the name)."""
    verify_password(_decoy_hash(), password)
    tried = _tried(name)
    lock = dt.timedelta(minutes=get_settings().lock_minutes)
    with users.own(session) as own:
        recent = own.scalar(
            select(func.count(AuditLog.id)).where(
                AuditLog.action == "signin_failed", AuditLog.entity_id == tried, AuditLog.at >= now - lock
            )
        )
    detail = {"reason": "disabled" if disabled else "unknown", "failures": recent + 1}
    shown = name if disabled else UNKNOWN_USER
    users.record_signin(session, shown, "signin_failed", tried, detail=detail)
    if recent >= MAX_FAILURES:
        return _locked_message(now + lock, now)
    if recent + 1 == MAX_FAILURES:
        return f"连续 {MAX_FAILURES} 次输错密码，账号已锁定 {get_settings().lock_minutes} 分钟。"
    return _GENERIC_FAILURE


def authenticate(
    session: Session, username: str, password: str, *, now: dt.datetime | None = None
) -> tuple[Actor | None, str]:
    """(actor, "") on success, else (None, message). Every attempt is written to the audit log in its
    own committed transaction.

    Each attempt on an account is counted before the password is checked, so at most MAX_FAILURES
    guesses are ever checked before the lock, however many arrive at once. The caller's session only
    names the database.
    """
    now = now or dt.datetime.now(dt.UTC)
    name = username.strip()
    with users.own(session) as own:
        user = _account(own, name)
        actor = actor_of(own, user) if user is not None else None
    if user is None or not user.is_active:
        shown = user.username if user is not None else name
        return None, _unknown_attempt(session, shown, password, now, disabled=user is not None)
    name = user.username  # the audit log names the account, however its name was typed
    table, lock_minutes = User.__table__, get_settings().lock_minutes
    attempt = users.reserve_attempt(session, user.id, now)
    if attempt is None:
        verify_password(_decoy_hash(), password)  # a locked account answers in the same time
        with users.own(session) as own:
            until = _aware(own.scalar(select(table.c.locked_until).where(table.c.id == user.id)))
        users.record_signin(session, name, "signin_locked", str(user.id))
        return None, _locked_message(until, now)
    if attempt > MAX_FAILURES:  # guesses already in flight used up the allowance: not checked at all
        verify_password(_decoy_hash(), password)
        ok = False
    else:
        ok = verify_password(user.password_hash, password)
    if ok:
        users.record_signin(
            session,
            name,
            "signin",
            str(user.id),
            user_id=user.id,
            failed_attempts=0,
            locked_until=None,
            last_login_at=now,
        )
        return actor, ""
    detail: dict = {"failures": attempt}
    message, values = _GENERIC_FAILURE, {}
    if attempt >= MAX_FAILURES:
        values = {"locked_until": now + dt.timedelta(minutes=lock_minutes), "failed_attempts": 0}
        detail["locked_minutes"] = lock_minutes
        message = f"连续 {MAX_FAILURES} 次输错密码，账号已锁定 {lock_minutes} 分钟。"
    users.record_signin(session, name, "signin_failed", str(user.id), user_id=user.id, detail=detail, **values)
    return None, message


def audit_signin(session: Session, username: str, action: str, **detail) -> None:
    """Record a sign-in that took no password (kept token, trusted header), taken or refused."""
    users.record_signin(session, username[:64], action, username[:64], detail=detail)


def peer_address(peer: str | None) -> str:
    """A connection's peer as the address it is: None (Streamlit's way of saying this machine) is
    127.0.0.1, and an IPv4-mapped IPv6 address (::ffff:127.0.0.1, how a server listening on both
    families sees an IPv4 client) is the IPv4 address. Anything that is not an address is kept as sent."""
    try:
        address = ipaddress.ip_address(peer or "127.0.0.1")
    except ValueError:
        return str(peer)
    mapped = getattr(address, "ipv4_mapped", None)
    return str(mapped or address)


def from_trusted_proxy(peer: str | None, proxies: tuple[str, ...]) -> bool:
    """Whether a connection's own address (the TCP peer, never a forwarded header) is one of the
    configured proxy addresses or networks, an IPv4-mapped peer matching as its IPv4 address."""
    try:
        as_sent = ipaddress.ip_address(peer or "127.0.0.1")
    except ValueError:
        return False
    addresses = {as_sent, ipaddress.ip_address(peer_address(peer))}  # a mapped network still matches as written
    for proxy in proxies:
        try:
            network = ipaddress.ip_network(proxy, strict=False)
            if any(address in network for address in addresses):
                return True
        except ValueError:
            continue
    return False


TOKEN_VERSION = "v1"
MIN_KEY_BYTES = 32  # a signing key shorter than this is not a secret (an empty one lets anyone forge a token)


class WeakKeyError(ValueError):
    """The key tokens would be signed with is empty or too short to be a secret."""


def key_problem(key: str | None) -> str | None:
    """Why `key` may not sign sign-in tokens (in Chinese, with what to do), or None when it may."""
    size = len((key or "").encode("utf-8"))
    if size >= MIN_KEY_BYTES:
        return None
    told = "为空" if size == 0 else f"只有 {size} 个字节"
    return (
        f"登录令牌的签名密钥（Streamlit 的 server.cookieSecret）{told}，至少需要 {MIN_KEY_BYTES} 个字节，"
        "否则任何人都能伪造登录。请在环境变量 STREAMLIT_SERVER_COOKIE_SECRET 或 .streamlit/config.toml 中"
        '设置一个足够长的随机值（例如 python3 -c "import secrets; print(secrets.token_urlsafe(48))" 的输出），'
        "或者不设置（单进程时每次启动自动生成随机密钥），然后重新启动看板。"
    )


def _signing_key(key: str) -> bytes:
    if problem := key_problem(key):
        raise WeakKeyError(problem)
    return key.encode("utf-8")


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(key: str, version: str, payload: str) -> str:
    return _b64(hmac.new(_signing_key(key), f"{version}.{payload}".encode(), hashlib.sha256).digest())


def issue_token(key: str, username: str, epoch: int, expires: float) -> str:
    """A signed sign-in token for the browser to keep: who, under which session epoch, until when.
    Refused (WeakKeyError) when the key is empty or too short to be a secret."""
    payload = _b64(json.dumps({"u": username, "e": epoch, "x": int(expires)}, separators=(",", ":")).encode())
    return f"{TOKEN_VERSION}.{payload}.{_signature(key, TOKEN_VERSION, payload)}"


def read_token(key: str, token: str, now: float) -> tuple[str, int, float] | None:
    """(username, epoch, expires) of a token this server signed and that has not expired, else None.
    A weak key accepts no token at all, and a signature has exactly one spelling (the one issue_token
    writes: no padding, no other alphabet), so one token is never seen under several names.
    Whether the account still accepts that epoch is for the caller to check against the database."""
    if key_problem(key):
        return None
    try:
        version, payload, signature = token.split(".")
        if version != TOKEN_VERSION or not hmac.compare_digest(
            signature.encode("ascii"), _signature(key, version, payload).encode("ascii")
        ):
            return None
        fields = json.loads(_unb64(payload))
        username, epoch, expires = str(fields["u"]), int(fields["e"]), float(fields["x"])
    except (ValueError, KeyError, TypeError):
        return None
    return (username, epoch, expires) if now < expires else None


def _user(session: Session, username: str) -> User:
    user = _account(session, username)
    if user is None:
        raise ValueError(f"没有用户“{username}”。")
    return user


def end_sessions(session: Session, username: str, *, actor: Actor) -> None:
    """Sign the user out everywhere: every session and every kept token of the account ends. The
    user themself or an admin."""
    if actor.username != username:
        require_admin(actor, "让其他用户退出登录")
    user = session.scalar(select(User).where(User.username == username))
    if user is not None:
        users.end_sessions(session, user, by=actor.username)


def session_epoch(session: Session, username: str) -> int | None:
    """The user's current session epoch, or None when the account is gone or disabled: a session
    signed in under another value has ended."""
    row = session.execute(select(User.session_epoch, User.is_active).where(User.username == username)).first()
    if row is None or not row.is_active:
        return None
    return int(row.session_epoch or 0)


def create_user(
    session: Session,
    username: str,
    role: str,
    password: str,
    unit: str = "",
    display_name: str = "",
    *,
    actor: Actor,
) -> User:
    """Add an account (admins only); a staff account belongs to `unit` (its full name). Audited."""
    require_admin(actor, "添加用户")
    username = check_username(username)
    if role not in ROLES:
        raise ValueError(f"角色“{role}”无效，可选：{'、'.join(ROLES)}")
    unit_id = session.scalar(select(Unit.id).where(Unit.name == unit)) if unit else None
    if unit and unit_id is None:
        raise ValueError(f"没有上报单位“{unit}”。")
    if role == "staff" and unit_id is None:
        raise ValueError("县级业务人员必须指定所属县（市、区）。")
    taken = _account(session, username)
    if taken is not None:
        alike = "" if taken.username == username else f"（与已有的“{taken.username}”只有大小写或全角半角不同）"
        raise ValueError(f"用户名“{username}”已被使用{alike}，用户名不区分大小写，请换一个。")
    check_password_rules(username, password)
    return users.add_user(
        session,
        by=actor.username,
        audit={"role": role, "unit": unit if role == "staff" else ""},
        username=username,
        role=role,
        unit_id=unit_id if role == "staff" else None,
        display_name=display_name or username,
        password_hash=hash_password(password),
        demo_password=password == DEMO_PASSWORD,
    )


def set_password(session: Session, username: str, password: str, *, actor: Actor) -> None:
    """An admin sets a user's password (and lifts the lock); every open session of the user ends."""
    require_admin(actor, "重置其他用户的密码")
    _set_password(session, _user(session, username), password, actor)


def _set_password(session: Session, user: User, password: str, actor: Actor) -> None:
    check_password_rules(user.username, password)
    users.set_password_hash(session, user, hash_password(password), password == DEMO_PASSWORD, by=actor.username)


def change_own_password(session: Session, actor: Actor, old: str, new: str) -> None:
    user = session.scalar(select(User).where(User.username == actor.username))
    if user is None or not verify_password(user.password_hash, old):
        raise ValueError("原密码不正确。")
    _set_password(session, user, new, actor)


def set_active(session: Session, username: str, active: bool, *, actor: Actor) -> None:
    """An admin enables or disables an account; disabling ends its open sessions."""
    require_admin(actor, "启用或停用用户")
    users.set_active(session, _user(session, username), active, by=actor.username)


def users_with_demo_password(session: Session) -> list[str]:
    """Active accounts, of every role, whose password is the published demo password. Accounts whose
    password was set before this was recorded are checked once (hashing) and remembered."""
    unchecked = session.execute(select(User.id, User.password_hash).where(User.demo_password.is_(None))).all()
    if unchecked:
        users.remember_demo_passwords(session, {i: verify_password(h, DEMO_PASSWORD) for i, h in unchecked})
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
            "角色": ROLES.get(user.role, user.role),
            "所属单位": unit or "",
            "状态": "停用"
            if not user.is_active
            else ("锁定" if user.locked_until and _aware(user.locked_until) > now else "正常"),
            "最近登录": user.last_login_at.strftime("%Y-%m-%d %H:%M") if user.last_login_at else "",
        }
        for user, unit in rows.all()
    ]
