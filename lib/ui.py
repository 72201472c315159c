"""Streamlit glue, the one lib module that imports streamlit: cached loaders keyed by the
database's data version, the shared period picker, page header and data-source line.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import runpy
import time
from contextvars import ContextVar

import pandas as pd
import pydeck as pdk
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from lib.auth import (
    Actor,
    audit_signin,
    authenticate,
    end_sessions,
    from_trusted_proxy,
    issue_token,
    load_actor,
    read_token,
    session_epoch,
    users_version,
    users_with_demo_password,
)
from lib.briefing import Briefing, Figure, briefing_figures, compose_briefing
from lib.briefing_docx import briefing_docx
from lib.charts import trend_chart
from lib.config import ROOT, get_settings
from lib.db import read_data_version, session_scope, upgrade_database
from lib.export import frame_to_xlsx_bytes
from lib.formatting import BEIJING, period_label, source_line
from lib.ingest.annotate import annotate
from lib.ingest.service import CommitResult, Preview, commit_upload, preview_upload
from lib.ingest.service import confirm_columns as confirm_columns_for
from lib.ingest.service import confirm_value as confirm_value_for
from lib.maps import progress_deck
from lib.metrics import (
    Period,
    compute_board,
    load_breakdown,
    load_periods,
    load_summary,
    load_trend,
    months_to_date,
)
from lib.overview import KpiCard, compute_board_summary, compute_kpi_cards, compute_map_shades, compute_unit_table
from lib.programs import Registry, get_registry
from lib.quality import load_flags_with_notes
from lib.records import load_batches
from lib.region import Region, load_boundaries, load_region
from lib.store import sync_units, transaction

APP_TITLE = "质量提升进度看板"
APP_PATH = ROOT / "app.py"
PAGES_DIR = ROOT / "pages"
COUNTY_KEY = "county_unit"
MAP_KEY = "map_generation"
PERIOD_KEY = "app_period"


@st.cache_resource(show_spinner=False)
def _prepared_database(url: str, region_code: str) -> bool:
    """Schema at the newest migration and the region's units present, once per process."""
    upgrade_database(url)
    with session_scope(url) as session:
        sync_units(session, load_region(region_code))
    return True


# True while app.py runs the chosen page, so a page can tell it was not started some other way.
_IN_SHELL: ContextVar[bool] = ContextVar("in_shell", default=False)
# The data version read once per page run (every cached loader is keyed by it); a write forgets it.
_RUN_VERSION: ContextVar[dict | None] = ContextVar("run_version", default=None)


def run_shell(navigation) -> None:
    """app.py: run the page chosen in the navigation bar."""
    token, memo = _IN_SHELL.set(True), _RUN_VERSION.set({})
    try:
        navigation.run()
    finally:
        _IN_SHELL.reset(token)
        _RUN_VERSION.reset(memo)


def run_page_file(path, **init_globals) -> None:
    """app.py: run a page script in the shell without it being the navigation's choice."""
    token = _IN_SHELL.set(True)
    try:
        runpy.run_path(str(path), init_globals=init_globals, run_name="__main__")
    finally:
        _IN_SHELL.reset(token)


def _through_shell() -> None:
    """Run every page through app.py.

    Until app.py has called st.navigation once in a process, Streamlit treats the pages/ folder
    the old way: a deep link such as /upload runs pages/upload.py alone, without app.py (no page
    config, no navigation bar). Then this page runs app.py itself, which runs this page again
    inside the shell, in the same script run (so a button click is not lost), and stops here.
    """
    if not _IN_SHELL.get():
        PagesManager.uses_pages_directory = False
        runpy.run_path(str(APP_PATH), run_name="__main__")
        st.stop()


def prepare_database() -> tuple[Registry, Region]:
    """app.py: schema at the newest migration and the region's units present; registry and region."""
    settings = get_settings()
    _prepared_database(settings.database_url, settings.region_code)
    return get_registry(), load_region(settings.region_code)


def prepare() -> tuple[Registry, Region]:
    """Call first on every page: the registry and region, with the app shell in charge."""
    _through_shell()
    return prepare_database()


def data_version() -> int:
    """Read once per rerun (one indexed row), so an upload through any app process shows at once."""
    memo = _RUN_VERSION.get()
    if memo is not None and "version" in memo:
        return memo["version"]
    with session_scope() as session:
        version = read_data_version(session)
    if memo is not None:
        memo["version"] = version
    return version


def _forget_version() -> None:
    memo = _RUN_VERSION.get()
    if memo is not None:
        memo.clear()


@st.cache_data(show_spinner=False, max_entries=16)
def _periods(url: str, version: int) -> list[tuple[int, int]]:
    with session_scope(url) as session:
        return [(p.year, p.month) for p in load_periods(session)]


@st.cache_data(show_spinner=False, max_entries=64)
def _summary(url: str, region_code: str, version: int, year: int, month: int) -> pd.DataFrame:
    with session_scope(url) as session:
        return load_summary(session, get_registry(), Period(year, month), load_region(region_code).name)


@st.cache_data(show_spinner=False, max_entries=256)
def _trend(url: str, version: int, program_key: str, metric_key: str, year: int, unit: str | None) -> pd.DataFrame:
    program = get_registry().get(program_key)
    with session_scope(url) as session:
        return load_trend(session, program, program.metric(metric_key), year, unit)


@st.cache_data(show_spinner=False, max_entries=256)
def _breakdown(url: str, version: int, program_key: str, column_key: str, year: int, month: int) -> pd.DataFrame:
    program = get_registry().get(program_key)
    with session_scope(url) as session:
        return load_breakdown(session, program, column_key, Period(year, month))


def trend(program_key: str, metric_key: str, year: int, unit: str | None = None) -> pd.DataFrame:
    return _trend(get_settings().database_url, data_version(), program_key, metric_key, year, unit)


def breakdown(program_key: str, column_key: str, period: Period) -> pd.DataFrame:
    url = get_settings().database_url
    return _breakdown(url, data_version(), program_key, column_key, period.year, period.month)


@st.cache_data(show_spinner=False, max_entries=64)
def _leaderboard(url: str, region_code: str, version: int, year: int, month: int) -> pd.DataFrame:
    registry, region, period = get_registry(), load_region(region_code), Period(year, month)
    # Last month's ranks need only the primary metrics, not the whole summary.
    with session_scope(url) as session:
        previous = load_summary(session, registry, period.previous, region.name, primary_only=True)
    return compute_board(_summary(url, region_code, version, year, month), previous, registry, region.name)


def leaderboard(period: Period) -> pd.DataFrame:
    """Composite score, ranks and places gained since last month, per unit."""
    settings = get_settings()
    return _leaderboard(settings.database_url, settings.region_code, data_version(), period.year, period.month)


@st.cache_resource(show_spinner=False, max_entries=32)
def _progress_map(url: str, region_code: str, version: int, year: int, month: int, choice: str) -> pdk.Deck:
    registry, period = get_registry(), Period(year, month)
    summary = _summary(url, region_code, version, year, month)
    board = _leaderboard(url, region_code, version, year, month)
    shades = compute_map_shades(summary, board, registry, choice, period)
    return progress_deck(load_boundaries(region_code), shades)


def progress_map(period: Period, choice: str) -> pdk.Deck:
    """The county progress map for a month and a metric (COMPOSITE or a program key), made once per
    data version and shared by every session (the deck is only read)."""
    settings = get_settings()
    url, code = settings.database_url, settings.region_code
    return _progress_map(url, code, data_version(), period.year, period.month, choice)


@st.cache_data(show_spinner=False, max_entries=64)
def _board_summary(url: str, region_code: str, version: int, year: int, month: int) -> tuple[pd.DataFrame, ...]:
    return compute_board_summary(_leaderboard(url, region_code, version, year, month))


def board_summary(period: Period) -> tuple[pd.DataFrame, pd.DataFrame]:
    """先进 and 后进 tables of the month (top and bottom three by composite score)."""
    settings = get_settings()
    return _board_summary(settings.database_url, settings.region_code, data_version(), period.year, period.month)


@st.cache_data(show_spinner=False, max_entries=64)
def _kpi_cards(url: str, region_code: str, version: int, year: int, month: int) -> list[KpiCard]:
    summary = _summary(url, region_code, version, year, month)
    return compute_kpi_cards(summary, get_registry(), load_region(region_code).name)


def kpi_cards(period: Period) -> list[KpiCard]:
    """One card per program (primary metric, city-wide, year to date against the target)."""
    settings = get_settings()
    return _kpi_cards(settings.database_url, settings.region_code, data_version(), period.year, period.month)


@st.cache_data(show_spinner=False, max_entries=32)
def _quality_flags(url: str, region_code: str, version: int, year: int, month: int) -> pd.DataFrame:
    with session_scope(url) as session:
        return load_flags_with_notes(session, get_registry(), load_region(region_code), Period(year, month))


def quality_flags(period: Period) -> pd.DataFrame:
    """The month's data-quality flags with their notes; explanations and closings bump the data
    version, so a note shows at once."""
    settings = get_settings()
    return _quality_flags(settings.database_url, settings.region_code, data_version(), period.year, period.month)


@st.cache_data(show_spinner=False, max_entries=64)
def _unit_table(url: str, region_code: str, version: int, year: int, month: int) -> pd.DataFrame:
    summary = _summary(url, region_code, version, year, month)
    return compute_unit_table(summary, get_registry(), load_region(region_code).name)


def unit_table(period: Period) -> pd.DataFrame:
    """Each unit's year-to-date figure and completion per program (the overview's table)."""
    settings = get_settings()
    return _unit_table(settings.database_url, settings.region_code, data_version(), period.year, period.month)


@st.cache_data(show_spinner=False, max_entries=128)
def _trend_spec(url: str, version: int, program_key: str, metric_key: str, year: int, month: int, title: str) -> dict:
    unit = get_registry().get(program_key).metric(metric_key).unit
    return trend_chart(_trend(url, version, program_key, metric_key, year, None), year, month, unit, title).to_dict()


def trend_spec(program_key: str, metric_key: str, period: Period, title: str) -> dict:
    """The city's monthly trend chart (this year against last) as a Vega-Lite spec, built once per
    data version: show it with st.vega_lite_chart."""
    url = get_settings().database_url
    return _trend_spec(url, data_version(), program_key, metric_key, period.year, period.month, title)


def summary(period: Period) -> pd.DataFrame:
    settings = get_settings()
    return _summary(settings.database_url, settings.region_code, data_version(), period.year, period.month)


def monthly_series(program_key: str, metric_key: str, period: Period) -> list[float]:
    """City-wide values of months 1..period.month, from the same cached trend the charts use."""
    return months_to_date(trend(program_key, metric_key, period.year), period)


def page_header(title: str) -> Period | None:
    """Page title with the shared month picker beside it; None (with a notice) when there is no data.

    The chosen month is kept under PERIOD_KEY so every page opens on the same month.
    """
    periods = _periods(get_settings().database_url, data_version())
    left, right = st.columns([4, 1], vertical_alignment="bottom")
    left.title(title, anchor=False)
    if not periods:
        no_data_notice()
        return None
    options = [f"{y}-{m:02d}" for y, m in periods]
    remembered = st.session_state.get(PERIOD_KEY)
    choice = right.selectbox(
        "统计月份",
        options,
        index=options.index(remembered) if remembered in options else 0,
        key="period_select",
        format_func=month_label,
        help="累计值为当年1月至所选月份；序时进度为所选月份占全年的比例。",
    )
    st.session_state[PERIOD_KEY] = choice
    period = Period(int(choice[:4]), int(choice[5:]))
    st.caption(f"{period_label(period.year, period.month)} · 累计为{period.year}年1月至{period.month}月")
    return period


def source_caption(period: Period) -> None:
    st.caption(source_line(period.year, period.month))


def no_data_notice() -> None:
    st.info(
        "数据库中还没有上报数据。运行 `make run` 会在数据库为空时自动载入演示数据，"
        "也可以运行 `.venv/bin/python -m lib.cli demo` 写入演示数据。"
    )


def _preview(session, data: bytes, file_name: str, unit_name: str, period: Period) -> Preview:
    return preview_upload(
        session,
        data,
        file_name,
        unit_name=unit_name,
        period=period,
        registry=get_registry(),
        region=load_region(get_settings().region_code),
    )


PREVIEW_KEY = "_upload_preview"


def preview_file(data: bytes, file_name: str, unit_name: str, period: Period, token: str = "") -> Preview:
    """Check an upload against the database without writing anything. The check of the session's current
    upload is kept until the upload, unit, month or data change, so reruns of the page do not repeat it."""
    key = (token or hashlib.sha256(data).hexdigest(), file_name, unit_name, period.key, data_version())
    held = st.session_state.get(PREVIEW_KEY)
    if held is not None and held["key"] == key:
        return held["preview"]
    with session_scope() as session:
        preview = _preview(session, data, file_name, unit_name, period)
    st.session_state[PREVIEW_KEY] = {"key": key, "preview": preview, "annotated": None}
    return preview


def annotated_copy(data: bytes, file_name: str, preview: Preview) -> bytes:
    """The upload with its problem cells marked, made once per checked upload (when first asked for)."""
    held = st.session_state.get(PREVIEW_KEY)
    if held is not None and held["preview"] is preview:
        if held["annotated"] is None:
            held["annotated"] = annotate(data, file_name, preview.issues)
        return held["annotated"]
    return annotate(data, file_name, preview.issues)


def forget_preview() -> None:
    """A mapping was confirmed: the next run checks the upload again."""
    st.session_state.pop(PREVIEW_KEY, None)


def commit_file(data: bytes, file_name: str, unit_name: str, period: Period, by: Actor) -> CommitResult:
    """Re-check and store an upload in one transaction (the database may have changed since preview)."""
    try:
        with session_scope() as session:
            preview = _preview(session, data, file_name, unit_name, period)
            return commit_upload(session, preview, registry=get_registry(), actor=by)
    finally:
        _forget_version()


def confirm_columns(
    data: bytes, file_name: str, unit_name: str, period: Period, index: int, chosen: dict[str, int | None], by: Actor
) -> str:
    """Store the clerk's header mapping for block `index` of this upload (one transaction, audited)."""
    forget_preview()
    with session_scope() as session:
        preview = _preview(session, data, file_name, unit_name, period)
        return confirm_columns_for(session, preview, index, chosen, by)


def confirm_value(
    data: bytes,
    file_name: str,
    unit_name: str,
    period: Period,
    program: str,
    column: str,
    written: str,
    value: str,
    by: Actor,
) -> str:
    """Store the clerk's word for a choice value (one transaction, audited)."""
    forget_preview()
    with session_scope() as session:
        preview = _preview(session, data, file_name, unit_name, period)
        return confirm_value_for(session, preview, get_registry().get(program), column, written, value, by)


def batches(unit_name: str | None = None) -> pd.DataFrame:
    with session_scope() as session:
        return load_batches(session, unit_name=unit_name)


def month_options(first: tuple[int, int] = (2023, 1)) -> list[str]:
    """Reporting months from `first` to last calendar month, newest first, as YYYY-MM."""
    today = dt.date.today()
    year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    options = []
    while (year, month) >= first:
        options.append(f"{year}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return options


def month_label(text: str) -> str:
    return period_label(int(text[:4]), int(text[5:]))


def map_key(name: str) -> str:
    """Widget key of a clickable map; renewed after a click so a stale selection does not linger."""
    return f"{name}_{st.session_state.get(MAP_KEY, 0)}"


def picked_unit(event) -> str | None:
    """The unit name a map click selected, if any."""
    objects = getattr(getattr(event, "selection", None), "objects", None) or {}
    for layer in ("units", "zones"):
        for item in objects.get(layer) or []:
            if isinstance(item, dict) and item.get("name"):
                return str(item["name"])
    return None


def open_county(unit_name: str) -> None:
    """Go to the 一县一业一策 page of a unit."""
    st.session_state[COUNTY_KEY] = unit_name
    st.session_state[MAP_KEY] = st.session_state.get(MAP_KEY, 0) + 1
    st.switch_page(PAGES_DIR / "county.py")


def read(load, *args, **kwargs):
    """Run a lib load_* function in a read-only transaction (pages never open sessions themselves)."""
    with session_scope() as session:
        return load(session, *args, **kwargs)


def write(save, *args, **kwargs):
    """Run a lib save function in one transaction: all of it is stored, or nothing."""
    try:
        with transaction() as session:
            return save(session, *args, **kwargs)
    finally:
        _forget_version()


def program_page(program) -> st.Page:
    """A navigation page for one registry program: pages/program.py run with PROGRAM_KEY set."""

    def page() -> None:
        runpy.run_path(str(PAGES_DIR / "program.py"), init_globals={"PROGRAM_KEY": program.key}, run_name="__main__")

    page.__name__ = f"program_{program.key}"
    return st.Page(page, title=program.title, icon=":material/bar_chart:", url_path=program.key)


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


def chinese_file_uploader(max_mb: int) -> None:
    """Streamlit writes its file uploader's button and size note in English and offers no setting for
    them; a style shows Chinese in their place (the text stays in the page for screen readers)."""
    dropzone = "[data-testid='stFileUploaderDropzone']"
    st.html(
        "<style>"
        f"{dropzone} button [data-testid='stMarkdownContainer'] p {{font-size: 0}}"
        f"{dropzone} button [data-testid='stMarkdownContainer'] p::after {{content: '选择文件'; font-size: 0.875rem}}"
        f"{dropzone} [data-testid='stFileUploaderDropzoneInstructions'] span {{font-size: 0}}"
        f"{dropzone} [data-testid='stFileUploaderDropzoneInstructions'] span::after "
        f"{{content: '拖放文件到此处，单个文件不超过 {max_mb} MB'; font-size: 0.875rem}}"
        "</style>"
    )


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
                write(audit_signin, name, action, peer=peer or "127.0.0.1", header=header)
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
    return ""


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


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_download(
    label: str,
    frame: pd.DataFrame,
    *,
    sheet: str,
    title: str,
    file_name: str,
    key=None,
    formats: dict[str, str] | None = None,
    note: str | None = None,
) -> None:
    """A 下载 button for a table as a formatted, formula-safe Excel file (formats: see lib.export)."""
    st.download_button(
        label,
        # Made when clicked, not on every rerun.
        data=lambda: frame_to_xlsx_bytes(frame, sheet, title=title, formats=formats, note=note),
        file_name=file_name,
        mime=XLSX_MIME,
        icon=":material/download:",
        key=key,
    )


# 简报 --------------------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=8)
def _briefing(url: str, region_code: str, version: int, year: int, month: int, issued: dt.date) -> Briefing:
    with session_scope(url) as session:
        return compose_briefing(session, get_registry(), load_region(region_code), Period(year, month), issued)


def briefing(period: Period) -> Briefing:
    """The month's briefing content (text, tables, map colours), recomputed after any upload."""
    settings = get_settings()
    today = dt.datetime.now(BEIJING).date()
    return _briefing(settings.database_url, settings.region_code, data_version(), period.year, period.month, today)


@st.cache_data(show_spinner=False, max_entries=64)
def _figure_png(url: str, region_code: str, version: int, year: int, month: int, issued: dt.date, key: str) -> bytes:
    content = _briefing(url, region_code, version, year, month, issued)
    return next(f for f in briefing_figures(content) if f.key == key).render()


def figure_png(period: Period, key: str) -> bytes:
    """One 简报 picture (PNG, 2×), drawn once per month and data version."""
    settings = get_settings()
    today = dt.datetime.now(BEIJING).date()
    url, code = settings.database_url, settings.region_code
    return _figure_png(url, code, data_version(), period.year, period.month, today, key)


def briefing_document(period: Period) -> bytes:
    """The 月度工作通报 (.docx) with the same pictures the page shows."""
    content = briefing(period)
    figures = [Figure(f.key, f.title, functools.partial(figure_png, period, f.key)) for f in briefing_figures(content)]
    return briefing_docx(content, figures)


SLIDE_CSS = """
div[class*="st-key-slide_"] {
  aspect-ratio: 16 / 9; overflow: hidden; background: #ffffff; border: 1px solid #d6dce4;
  border-radius: 8px; padding: 2.2% 3%; box-shadow: 0 2px 8px rgba(28, 39, 51, .06);
}
div[class*="st-key-slide_"] h2 { font-size: 2.1rem; padding-top: 0; }
div[class*="st-key-slide_"] p, div[class*="st-key-slide_"] li { font-size: 1.15rem; line-height: 1.6; }
div[class*="st-key-slide_"] img { max-height: 33vw; object-fit: contain; }
div[class*="st-key-slide_"] [data-testid="stMetricValue"],
div[class*="st-key-slide_"] [data-testid="stMetricValue"] * { font-size: 2.4rem !important; font-weight: 600; }
div[class*="st-key-slide_"] [data-testid="stMetricLabel"] p { font-size: 1.15rem; }
"""
PRESENTING_CSS = """
header[data-testid="stHeader"] { display: none; }
.block-container, [data-testid="stMainBlockContainer"] { padding-top: 1.2rem; max-width: 96vw; }
div[class*="st-key-slide_"] img { max-height: 40vw; }
"""


def slide_style(presenting: bool) -> None:
    """16:9 slides with large type; presenting hides the navigation bar and widens the page."""
    st.html(f"<style>{SLIDE_CSS}{PRESENTING_CSS if presenting else ''}</style>")
