"""Cached views keyed by the data version: the month view every page and the briefing share, trends,
breakdowns, the progress map and the table beside it, the list of months. Built once per data version and
shared by every session; an upload through any process shows at the next run. What shows one month or year is
keyed by that year's version (lib.db.view_version): a return for another year leaves it as it was.
"""

from __future__ import annotations

import functools
import logging
import threading

import pandas as pd
import pydeck as pdk
import streamlit as st
from sqlalchemy import event
from sqlalchemy.orm import Session

from lib.briefing.sentences import scope_word
from lib.charts import trend_chart
from lib.config import get_settings
from lib.db import DATA_VERSION, get_engine, read_view_versions, session_scope, view_version
from lib.maps import MapFrame, map_aspect, progress_deck
from lib.maps import map_frame as compute_map_frame
from lib.metrics import load_breakdown, load_latest_period, load_periods, load_trend, months_to_date
from lib.month_view import COMPOSITE, MonthView, build_month_view, compute_map_table
from lib.periods import Period
from lib.programs import get_registry, refresh_registry, registry_at
from lib.records import load_batches, load_fixes, load_ledgers
from lib.region import load_boundaries, load_region
from lib.review import returned_to
from lib.store import DATA_MOVED
from lib.ui.shell import data_version, year_version
from lib.vocabulary import PROGRESS


@st.cache_data(show_spinner=False, max_entries=16)
def _periods(url: str, version: int) -> list[tuple[int, int]]:
    with session_scope(url) as session:
        return [(p.year, p.month) for p in load_periods(session)]


def periods() -> list[tuple[int, int]]:
    """Months with data, newest first."""
    return _periods(get_settings().database_url, data_version())


@st.cache_data(show_spinner=False, max_entries=32)
def month_view_at(url: str, region_code: str, version: tuple, year: int, month: int) -> MonthView:
    with session_scope(url) as session:
        return build_month_view(session, registry_at(year, month), load_region(region_code), Period(year, month))


def month(period: Period) -> MonthView:
    """The month as every page and the briefing show it (summary, leaderboard, 先进/后进, cards, unit
    table, map shading, data-quality flags), built once per month and version of its year."""
    settings = get_settings()
    version = year_version(period.year)
    return month_view_at(settings.database_url, settings.region_code, version, period.year, period.month)


@st.cache_data(show_spinner=False, max_entries=256)
def _trend(url: str, version: tuple, program_key: str, metric_key: str, year: int, unit: str | None) -> pd.DataFrame:
    program = get_registry().get(program_key)
    with session_scope(url) as session:
        return load_trend(session, program, program.metric(metric_key), year, unit)


@st.cache_data(show_spinner=False, max_entries=256)
def _breakdown(url: str, version: tuple, program_key: str, column_key: str, year: int, month: int) -> pd.DataFrame:
    program = get_registry().get(program_key)
    with session_scope(url) as session:
        return load_breakdown(session, program, column_key, Period(year, month))


def trend(program_key: str, metric_key: str, year: int, unit: str | None = None) -> pd.DataFrame:
    return _trend(get_settings().database_url, year_version(year), program_key, metric_key, year, unit)


def breakdown(program_key: str, column_key: str, period: Period) -> pd.DataFrame:
    url = get_settings().database_url
    return _breakdown(url, year_version(period.year), program_key, column_key, period.year, period.month)


@event.listens_for(Session, "after_commit")
def _prepare_after_write(session: Session) -> None:
    """After a write that moved the data version in this process (an upload, a rollback, a note), build
    what the overview shows for the latest month, so the leaders who look next find it ready instead of
    waiting for it. Other processes build it at their first view."""
    if not session.info.pop(DATA_MOVED, False):
        return
    if session.get_bind() is not get_engine(get_settings().database_url):  # a write to some other database
        return
    prepare_soon()


_building = threading.Lock()  # held while the latest month is built in the background
_asked = threading.Event()  # a write asked for a build since the running one started


def prepare_soon() -> None:
    """Build the latest month's overview in a thread of its own, so the writer's request (a clerk's commit)
    does not wait for it. One build at a time: writes while it runs ask for one more build after it, for
    the data version then current, so a deadline-day rush of commits costs a build or two, not one each."""
    _asked.set()
    if not _building.acquire(blocking=False):
        return

    def build() -> None:
        try:
            while _asked.is_set():
                _asked.clear()
                prepare_latest_month()
        finally:
            _building.release()
        if _asked.is_set():  # asked between the last look and the release
            prepare_soon()

    threading.Thread(target=build, name="prepare-latest-month", daemon=True).start()


def prepare_latest_month() -> None:
    """Build the latest month's overview (the month view, the map, the cards' monthly bars, the trend
    chart, the list of months) for the current data version; a failure is logged, never raised (what
    could not be built now is built when asked for)."""
    settings = get_settings()
    url, code = settings.database_url, settings.region_code
    try:
        with session_scope(url) as fresh:  # the registry too: a version published elsewhere moved the data version
            versions, latest = read_view_versions(fresh), load_latest_period(fresh)
            refresh_registry(fresh)
        _periods(url, versions.get(DATA_VERSION, 0))
        if latest is None:
            return
        version = view_version(versions, latest.year)
        # The month first: the server loads the region's outlines in another thread meanwhile (lib.serve),
        # and the map's frame needs them.
        month_view_at(url, code, version, latest.year, latest.month)
        frame = compute_map_frame(_aspect(code), None)
        _progress_map(url, code, version, latest.year, latest.month, COMPOSITE, frame.width, frame.height)
        for program in get_registry():
            _trend(url, version, program.key, program.primary_metric, latest.year, None)
        first = get_registry().programs[0]
        _trend_spec(url, code, version, first.key, first.primary_metric, latest.year, latest.month)
    except Exception:
        logging.getLogger(__name__).exception("building the latest month's overview failed")


@st.cache_resource(show_spinner=False, max_entries=64)
def _progress_map(
    url: str, region_code: str, version: tuple, year: int, month: int, choice: str, width: int, height: int
) -> pdk.Deck:
    shades = month_view_at(url, region_code, version, year, month).shades[choice]
    return progress_deck(load_boundaries(region_code), shades, width=width, height=height)


@functools.cache
def _aspect(region_code: str) -> float:
    return map_aspect(load_boundaries(region_code))


def map_frame(page_width: int | None) -> MapFrame:
    """The map's frame and its table's width on a page page_width pixels wide (lib.maps.map_frame)."""
    return compute_map_frame(_aspect(get_settings().region_code), page_width)


def progress_map(period: Period, choice: str, frame: MapFrame) -> pdk.Deck:
    """The county progress map for a month and a metric (COMPOSITE or a program key) fitted to its frame,
    made once per version of its year and frame size and shared by every session (the deck is only read)."""
    settings = get_settings()
    url, code, version = settings.database_url, settings.region_code, year_version(period.year)
    return _progress_map(url, code, version, period.year, period.month, choice, frame.width, frame.height)


@st.cache_resource(show_spinner=False, max_entries=64)  # read only: shared, not copied on every rerun
def _map_table(url: str, region_code: str, version: tuple, year: int, month: int, choice: str) -> pd.DataFrame:
    shades = month_view_at(url, region_code, version, year, month).shades[choice]
    title = "综合得分" if choice == COMPOSITE else ("完成率" if get_registry().get(choice).primary.target else "累计")
    table = compute_map_table(shades, title).set_index("序号")
    badge = {shown.label: shown.badge for shown in PROGRESS.values()}
    table["进度"] = [f":{badge[label]}[{label}]" for label in table["进度"]]  # in the legend's colours
    return table


def map_table(period: Period, choice: str) -> pd.DataFrame:
    """The table beside the map: every unit with the figure and status the map shows (lib.month_view.
    compute_map_table), numbered from the highest, for st.table; built once per data version."""
    settings = get_settings()
    version = year_version(period.year)
    return _map_table(settings.database_url, settings.region_code, version, period.year, period.month, choice)


@st.cache_data(show_spinner=False, max_entries=128)
def _trend_spec(
    url: str, region_code: str, version: tuple, program_key: str, metric_key: str, year: int, month: int
) -> dict:
    metric = get_registry().get(program_key).metric(metric_key)
    title = f"{scope_word(load_region(region_code))}{metric.label}{metric.trend_word}（{year}年与{year - 1}年）"
    trend = _trend(url, version, program_key, metric_key, year, None)
    return trend_chart(trend, year, month, metric.unit, title).to_dict()


def trend_spec(program_key: str, metric_key: str, period: Period) -> dict:
    """The region's monthly trend chart of a metric (this year against last, 全市 or 全省 in its title)
    as a Vega-Lite spec, built once per data version: show it with st.vega_lite_chart."""
    settings = get_settings()
    args = (settings.database_url, settings.region_code, year_version(period.year), program_key, metric_key)
    return _trend_spec(*args, period.year, period.month)


def monthly_series(program_key: str, metric_key: str, period: Period) -> list[float]:
    """City-wide values of months 1..period.month, from the same cached trend the charts use."""
    return months_to_date(trend(program_key, metric_key, period.year), period)


def batches(unit_name: str | None = None) -> pd.DataFrame:
    with session_scope() as session:
        return load_batches(session, unit_name=unit_name)


def ledgers() -> pd.DataFrame:
    """City ledgers imported (上报记录)."""
    with session_scope() as session:
        return load_ledgers(session, get_registry())


def fixes(unit_name: str | None = None) -> pd.DataFrame:
    """Fixes made on the page to committed returns (上报记录)."""
    with session_scope() as session:
        return load_fixes(session, get_registry(), unit_name=unit_name)


def has_returned(me) -> bool:
    """Whether a return of the user's units is 退回 and waits to be fixed (one indexed query per run)."""
    with session_scope() as session:
        return bool(returned_to(session, me))
