"""质量提升进度看板 entry point: page config, database readiness, navigation."""

from pathlib import Path

import streamlit as st

from lib import ui

ROOT = Path(__file__).resolve().parent
PAGES_DIR = ROOT / "pages"

st.set_page_config(
    page_title=ui.APP_TITLE, page_icon=str(ROOT / "data" / "icon.png"), layout="wide", initial_sidebar_state="collapsed"
)

try:
    ui.prepare_database()
except ValueError as problem:  # a broken program registry or region config: say what to fix
    st.error(f"看板无法启动：{problem}")
    st.stop()
navigation = st.navigation(
    [
        st.Page(PAGES_DIR / "overview.py", title="总览", icon=":material/dashboard:", default=True),
        st.Page(PAGES_DIR / "upload.py", title="数据上报", icon=":material/upload_file:"),
        st.Page(PAGES_DIR / "history.py", title="上报记录", icon=":material/history:"),
    ],
    position="top",
)
ui.run_shell(navigation)
