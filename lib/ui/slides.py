"""The 简报 page's content: the month's briefing (from the shared month view), its pictures drawn
once per data version, the Word document, and the 16:9 slide style.
"""

from __future__ import annotations

import datetime as dt
import functools

import streamlit as st

from lib.briefing.compose import Briefing, compose_briefing
from lib.briefing.docx import briefing_docx
from lib.briefing.figures import Figure, briefing_figures
from lib.config import get_settings
from lib.db import session_scope
from lib.periods import BEIJING, Period
from lib.programs import registry_at
from lib.region import load_region
from lib.ui.shell import year_version
from lib.ui.views import month_view_at

# 简报 --------------------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=8)
def _briefing(url: str, region_code: str, version: tuple, year: int, month: int, issued: dt.date) -> Briefing:
    with session_scope(url) as session:
        view = month_view_at(url, region_code, version, year, month)
        registry, region = registry_at(year, month), load_region(region_code)
        return compose_briefing(session, registry, region, Period(year, month), issued, view)


def briefing(period: Period) -> Briefing:
    """The month's briefing content (text, tables, map colours), recomputed after any upload."""
    settings = get_settings()
    today = dt.datetime.now(BEIJING).date()
    version = year_version(period.year)
    return _briefing(settings.database_url, settings.region_code, version, period.year, period.month, today)


@st.cache_data(show_spinner=False, max_entries=64)
def _figure_png(url: str, region_code: str, version: tuple, year: int, month: int, issued: dt.date, key: str) -> bytes:
    content = _briefing(url, region_code, version, year, month, issued)
    return next(f for f in briefing_figures(content) if f.key == key).render()


def figure_png(period: Period, key: str) -> bytes:
    """One 简报 picture (PNG, 2×), drawn once per month and data version."""
    settings = get_settings()
    today = dt.datetime.now(BEIJING).date()
    url, code = settings.database_url, settings.region_code
    return _figure_png(url, code, year_version(period.year), period.year, period.month, today, key)


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
