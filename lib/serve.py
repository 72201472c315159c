"""Serve the app: `python -m lib.serve [streamlit options]` is `streamlit run app.py` with every
page coming from st.navigation in app.py.

Plain `streamlit run` treats a pages/ folder the old way until app.py first runs in the process,
so the first deep link after a restart (e.g. /recall) would flash "Page not found".

While the server starts, a background thread prepares the database and builds the latest month's
overview, so the first visitor after a restart does not wait for it; another loads the map's geometry
(it needs neither the database nor Streamlit, so it starts at once and is ready when the map is drawn).
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import time

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from lib.config import ROOT


def _warm_up() -> None:
    """Once Streamlit's runtime exists (its caches are the ones pages use), prepare the database and
    build the latest month's overview."""
    from streamlit.runtime import Runtime

    while not Runtime.exists():
        time.sleep(0.1)  # the runtime is created by cli.main() in the main thread
    from lib.ui import shell, views

    try:
        shell.prepare_database()
    except Exception:  # the first page run reports it to the user
        logging.getLogger(__name__).exception("preparing the database at start failed")
        return
    views.prepare_latest_month()


def _load_geometry() -> None:
    """The region's map outlines (cached for the process; a quarter of a second for a province)."""
    from lib.config import get_settings
    from lib.region import load_boundaries

    try:
        load_boundaries(get_settings().region_code)
    except Exception:  # the map reports it when it is drawn
        logging.getLogger(__name__).exception("loading the map's outlines at start failed")


def _flag(argv: list[str], name: str) -> str | None:
    """The value given to a Streamlit option on the command line (`--name value` or `--name=value`)."""
    for i, arg in enumerate(argv):
        if arg == f"--{name}" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(f"--{name}="):
            return arg.split("=", 1)[1]
    return None


def signing_key_problem(argv: list[str]) -> str | None:
    """Why the server must not start: the cookie secret it would sign sign-in tokens with, as the
    command line, the environment and the config files set it, is empty or too short. Unset is fine:
    Streamlit then makes a random one for this process."""
    from streamlit import config

    from lib.auth import key_problem

    given = _flag(argv, "server.cookieSecret")
    config.get_config_options(
        force_reparse=True, options_from_flags={} if given is None else {"server.cookieSecret": given}
    )
    return key_problem(str(config.get_option("server.cookieSecret")))


UNSET_KEY_WARNING = (
    "注意：没有配置登录令牌的签名密钥（server.cookieSecret），本进程使用启动时随机生成的密钥："
    "重启后浏览器保存的登录失效；多个进程部署时，每个进程都必须配置同一个密钥"
    "（STREAMLIT_SERVER_COOKIE_SECRET 或 .streamlit/config.toml），否则被转到另一个进程的用户要重新登录、上传被拒。\n"
    "Warning: no server.cookieSecret is configured, so this process signs sign-in tokens with a random key made at "
    "start: a restart signs everyone out, and with several processes every one must share one configured secret "
    "(STREAMLIT_SERVER_COOKIE_SECRET or .streamlit/config.toml), or users sent to another process are signed out "
    "and their uploads refused."
)


def signing_key_configured() -> bool:
    """Whether the cookie secret was set (flag, environment or config file) rather than made by Streamlit
    for this process; asked after signing_key_problem() parsed the configuration."""
    from streamlit import config

    return config.is_manually_set("server.cookieSecret")


def main() -> None:
    if problem := signing_key_problem(sys.argv[1:]):
        print(f"看板未启动：{problem}", file=sys.stderr)
        sys.exit(2)
    if not signing_key_configured():
        print(UNSET_KEY_WARNING, file=sys.stderr, flush=True)
    PagesManager.uses_pages_directory = False
    # What every page imports is imported before the server listens: the first visitor does not wait for it.
    importlib.import_module("lib.ui.widgets")
    importlib.import_module("lib.ui.session")
    importlib.import_module("lib.ui.slides")
    importlib.import_module("lib.ui.uploads")
    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *sys.argv[1:]]
    threading.Thread(target=_load_geometry, name="map-outlines", daemon=True).start()
    threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
    cli.main()


if __name__ == "__main__":
    main()
