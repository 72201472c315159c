"""The app shell: pages run inside app.py, the database prepared once per process, the data version
read once per run (every cached view is keyed by it), and the one way pages read and write (read, write).
"""

from __future__ import annotations

import runpy
from contextvars import ContextVar

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from lib.config import ROOT, get_settings
from lib.db import DATA_VERSION, read_view_versions, session_scope, upgrade_database, view_version
from lib.programs import REGISTRY_STAMP, Registry, get_registry, refresh_registry
from lib.region import Region, load_region
from lib.store import figures, sync_units, transaction

APP_TITLE = "质量提升进度看板"
APP_PATH = ROOT / "app.py"
PAGES_DIR = ROOT / "pages"


@st.cache_resource(show_spinner=False)
def _prepared_database(url: str, region_code: str) -> bool:
    """Schema at the newest migration, the region's units present and the monthly figures built with
    the registry's metrics, once per process."""
    upgrade_database(url)
    with transaction(url) as session:
        sync_units(session, load_region(region_code))
        figures.ensure(session, get_registry())
    return True


# True while app.py runs the chosen page, so a page can tell it was not started some other way.
_IN_SHELL: ContextVar[bool] = ContextVar("in_shell", default=False)
# The data versions read once per page run (every cached loader is keyed by one); a write forgets them.
_RUN_VERSION: ContextVar[dict | None] = ContextVar("run_version", default=None)
# The data versions prepare_database read with the registry's stamp, handed to the page run that follows.
_PREPARED_VERSION: ContextVar[dict | None] = ContextVar("prepared_version", default=None)


def run_shell(navigation) -> None:
    """app.py: run the page chosen in the navigation bar."""
    prepared = _PREPARED_VERSION.get()
    _PREPARED_VERSION.set(None)
    token, memo = _IN_SHELL.set(True), _RUN_VERSION.set({} if prepared is None else {"versions": prepared})
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
    """app.py: schema at the newest migration and the region's units present; the registry in force (a
    version another process published is loaded at this run) and the region."""
    settings = get_settings()
    _prepared_database(settings.database_url, settings.region_code)
    # One query for the run's data versions and the registry's stamp (a version published elsewhere is loaded).
    with session_scope() as session:
        counters = read_view_versions(session, REGISTRY_STAMP)
    _PREPARED_VERSION.set(counters)
    return refresh_registry(stamp=counters.get(REGISTRY_STAMP)), load_region(settings.region_code)


def prepare() -> tuple[Registry, Region]:
    """Call first on every page: the registry and region, with the app shell in charge."""
    _through_shell()
    return prepare_database()


def _versions() -> dict[str, int]:
    """The data versions (lib.db.read_view_versions), read once per rerun (a few indexed rows), so an upload
    through any app process shows at once."""
    memo = _RUN_VERSION.get()
    if memo is not None and "versions" in memo:
        return memo["versions"]
    with session_scope() as session:
        versions = read_view_versions(session)
    if memo is not None:
        memo["versions"] = versions
    return versions


def data_version() -> int:
    """The data version: moves with every write."""
    return _versions().get(DATA_VERSION, 0)


def year_version(year: int) -> tuple[int, int, int]:
    """What a view of a month of the year is keyed by (lib.db.view_version): it moves with writes to that year
    or the year before, or with a write not confined to years."""
    return view_version(_versions(), year)


def forget_version() -> None:
    """After a write: the next read of the data version in this run goes to the database."""
    memo = _RUN_VERSION.get()
    if memo is not None:
        memo.clear()


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
        forget_version()


def program_page(program) -> st.Page:
    """A navigation page for one registry program: pages/program.py run with PROGRAM_KEY set."""

    def page() -> None:
        runpy.run_path(str(PAGES_DIR / "program.py"), init_globals={"PROGRAM_KEY": program.key}, run_name="__main__")

    page.__name__ = f"program_{program.key}"
    return st.Page(page, title=program.title, icon=":material/bar_chart:", url_path=program.key)
