"""Who is using the app: password sign-in, the kept sign-in token (cookie), the idle limit, the
session epoch that ends sessions everywhere, a trusted proxy header or identity provider, the
read-only guest, and the refusal to run while an account keeps the published demo password.
"""

from __future__ import annotations

import hashlib
import time

import streamlit as st

from lib.auth import (
    Actor,
    audit_signin,
    authenticate,
    end_sessions,
    from_trusted_proxy,
    issue_token,
    key_problem,
    load_actor,
    peer_address,
    read_token,
    session_epoch,
    users_version,
    users_with_demo_password,
)
from lib.config import get_settings
from lib.db import session_scope
from lib.ui.shell import read, write

AUTH_KEY = "auth_actor"
SEEN_KEY = "auth_seen"
EPOCH_KEY = "auth_epoch"
HEADER_SEEN_KEY = "auth_header_seen"
NOTICE_KEY = "auth_notice"
COOKIE = "qb_session"
COOKIE_WRITE_KEY = "auth_cookie_write"  # the cookie to set ("" to clear) on this run
TOKEN_KEY = "auth_token_expires"
TOKEN_SEEN_KEY = "auth_token_seen"
GUEST = Actor("guest", "leader", None, "访客")


def _token_key() -> str:
    """The key sign-in tokens are signed with: Streamlit's cookie secret (the same on every process of a
    deployment, README); a token from another key is refused."""
    return str(st.get_option("server.cookieSecret"))


def signing_key_problem() -> str | None:
    """Why this process may not sign anyone in (an empty or short cookie secret), else None."""
    return key_problem(_token_key())


def _keep_token(username: str, epoch: int, now: float) -> None:
    """Ask the browser to keep a sign-in token that lasts the idle limit (renewed while in use)."""
    expires = now + get_settings().idle_minutes * 60
    st.session_state[COOKIE_WRITE_KEY] = issue_token(_token_key(), username, epoch, expires)
    st.session_state[TOKEN_KEY] = expires


def _restore_from_token(now: float) -> Actor | None:
    """A reload, a new tab or a bookmark: the browser's kept token signs the user in again if this server
    signed it, it has not expired, and the account is active with the same session epoch."""
    token = (st.context.cookies or {}).get(COOKIE)
    if not token:
        return None
    seen = hashlib.sha256(token.encode()).hexdigest()[:16]
    found = read_token(_token_key(), token, now)
    actor = None
    if found is not None:
        username, epoch, expires = found
        if read(session_epoch, username) == epoch:
            actor = read(load_actor, username)
    if st.session_state.get(TOKEN_SEEN_KEY) != seen:
        st.session_state[TOKEN_SEEN_KEY] = seen
        who = found[0][:64] if found else "（无效令牌）"
        write(audit_signin, who, "signin_token" if actor else "signin_token_refused", token=seen)
    if actor is None:
        st.session_state[COOKIE_WRITE_KEY] = ""  # a token that no longer signs anyone in is dropped
        return None
    _signed_in(actor, epoch, now)
    st.session_state[TOKEN_KEY] = expires
    return actor


def _signed_in(actor: Actor, epoch: int | None, now: float) -> None:
    st.session_state[AUTH_KEY] = {
        "username": actor.username,
        "role": actor.role,
        "unit_name": actor.unit_name,
        "display_name": actor.display_name,
    }
    st.session_state[SEEN_KEY] = now
    st.session_state[EPOCH_KEY] = epoch
    st.session_state.pop(NOTICE_KEY, None)


def renew_session() -> None:
    """After the user changed their own password (which ends every other session of the account), this
    session carries on under the new epoch with a new token."""
    stored = st.session_state.get(AUTH_KEY)
    if stored:
        epoch, now = read(session_epoch, stored["username"]), time.time()
        st.session_state[EPOCH_KEY] = epoch
        if epoch is not None:
            _keep_token(stored["username"], epoch, now)


def write_cookie() -> None:
    """Set or clear the sign-in cookie in the browser when this run changed it (a script in the page:
    Streamlit sends no response headers of its own, so the cookie cannot be HttpOnly; see README)."""
    if COOKIE_WRITE_KEY not in st.session_state:
        return
    token = st.session_state.pop(COOKIE_WRITE_KEY)
    secure = "; Secure" if str(st.context.url or "").startswith("https:") else ""
    age = get_settings().idle_minutes * 60 if token else 0
    st.html(
        f"<script>document.cookie = '{COOKIE}={token}; Path=/; Max-Age={age}; SameSite=Strict{secure}';</script>",
        unsafe_allow_javascript=True,
    )


def current_actor() -> Actor | None:
    """The signed-in user (signed out after the idle timeout), a user whose kept token signs them in
    again after a reload, a user vouched for by a trusted proxy header or the configured identity
    provider, a read-only guest in public view mode, or None."""
    stored = st.session_state.get(AUTH_KEY)
    now = time.time()
    if not stored and (restored := _restore_from_token(now)) is not None:
        return restored
    if stored:
        idle = now - st.session_state.get(SEEN_KEY, now)
        if idle > get_settings().idle_minutes * 60:
            sign_out(f"超过 {get_settings().idle_minutes} 分钟未操作，已自动退出，请重新登录。")
        elif EPOCH_KEY in st.session_state and read(session_epoch, stored["username"]) != st.session_state[EPOCH_KEY]:
            sign_out("账号已停用或密码已修改，请重新登录。")
        else:
            st.session_state[SEEN_KEY] = now
            expires = st.session_state.get(TOKEN_KEY)
            if expires is not None and expires - now < get_settings().idle_minutes * 30:
                _keep_token(stored["username"], st.session_state[EPOCH_KEY], now)  # in use: renewed
            return Actor(**stored)
    external = external_identity()
    if external:
        found = read(load_actor, external)
        if found is not None:
            return found
        st.session_state[NOTICE_KEY] = f"账号“{external}”尚未在看板中开通或已停用，请联系管理员。"
    return GUEST if get_settings().public_view else None


def oidc_configured() -> bool:
    """An identity provider is set up for st.login in .streamlit/secrets.toml ([auth])."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def external_identity() -> str | None:
    """The user name a trusted proxy header or the identity provider gives, if either is set up."""
    settings = get_settings()
    header = settings.trusted_header
    if header:
        name = (st.context.headers.get(header) or "").strip()
        if name:
            peer = st.context.ip_address
            trusted = from_trusted_proxy(peer, settings.trusted_proxies)
            if st.session_state.get(HEADER_SEEN_KEY) != name:
                # Audited once per session and name: who the header named, from where, and whether taken.
                st.session_state[HEADER_SEEN_KEY] = name
                action = "signin_header" if trusted else "signin_header_refused"
                write(audit_signin, name, action, peer=peer_address(peer), header=header)
            if trusted:
                return name
    if oidc_configured() and st.user.is_logged_in:
        name = st.user.get("preferred_username") or st.user.get("email")
        return str(name) if name else None
    return None


def actor() -> Actor:
    """The acting user on a page that the navigation only offers to signed-in users."""
    found = current_actor()
    if found is None:
        st.stop()
    return found


def sign_in(username: str, password: str) -> str:
    """Empty string when signed in, else the reason in Chinese."""
    found, message = write(authenticate, username, password)
    if found is None:
        return message
    now = time.time()
    epoch = read(session_epoch, found.username)
    _signed_in(found, epoch, now)
    if epoch is not None:
        _keep_token(found.username, epoch, now)
    st.session_state[_JUST_SIGNED_IN] = True
    return ""


_JUST_SIGNED_IN = "_just_signed_in"


def just_signed_in() -> bool:
    """True once, on the first run after the sign-in form was sent (the page a user lands on)."""
    return bool(st.session_state.pop(_JUST_SIGNED_IN, False))


def sign_out(notice: str = "", everywhere: bool = False) -> None:
    """End this session and drop the kept token; everywhere (the 退出 button) ends every session and
    token of the account, in every tab and on every process."""
    stored = st.session_state.get(AUTH_KEY)
    if everywhere and stored:
        write(end_sessions, stored["username"], actor=Actor(**stored))
    st.session_state.pop(AUTH_KEY, None)
    st.session_state.pop(SEEN_KEY, None)
    st.session_state.pop(EPOCH_KEY, None)
    st.session_state.pop(TOKEN_KEY, None)
    st.session_state[COOKIE_WRITE_KEY] = ""
    if notice:
        st.session_state[NOTICE_KEY] = notice
    if oidc_configured() and st.user.is_logged_in:
        st.logout()


@st.cache_resource(show_spinner=False, max_entries=4)
def _users_with_demo_password(url: str, version: tuple[int, int]) -> tuple[str, ...]:
    with session_scope(url) as session:
        return tuple(users_with_demo_password(session))


def default_password_problem() -> str | None:
    """Outside demo mode, the app refuses to run while any account keeps the published demo password:
    checked at start and again whenever an account is added or a password changes (any process)."""
    settings = get_settings()
    if settings.demo_mode:
        return None
    users = _users_with_demo_password(settings.database_url, read(users_version))
    if not users:
        return None
    return (
        f"账号 {'、'.join(users)} 仍在使用公开的演示密码，看板拒绝运行。请在服务器上运行 "
        f"`.venv/bin/python -m lib.cli user passwd {users[0]}` 修改密码（或停用该账号）后刷新页面。"
    )
