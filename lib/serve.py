"""Serve the app: `python -m lib.serve [streamlit options]` is `streamlit run app.py` with every
page coming from st.navigation in app.py.

Plain `streamlit run` treats a pages/ folder the old way until app.py first runs in the process,
so the first deep link after a restart (e.g. /recall) would flash "Page not found".
"""

from __future__ import annotations

import sys

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from lib.config import ROOT


def main() -> None:
    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *sys.argv[1:]]
    cli.main()


if __name__ == "__main__":
    main()
