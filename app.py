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
    registry, region = ui.prepare_database()
except ValueError as problem:  # a broken program registry or region config: say what to fix
    st.error(f"看板无法启动：{problem}")
    st.stop()
pages = {
    "": [
        st.Page(PAGES_DIR / "overview.py", title="总览", icon=":material/dashboard:", default=True),
        st.Page(PAGES_DIR / "leaderboard.py", title="排行榜", icon=":material/leaderboard:"),
    ],
    "工作项目": [ui.program_page(program) for program in registry],
    "县（市、区）": [
        st.Page(PAGES_DIR / "county.py", title="一县一业一策", icon=":material/location_city:"),
        st.Page(PAGES_DIR / "enterprise.py", title="企业档案", icon=":material/domain:"),
    ],
    "数据": [
        st.Page(PAGES_DIR / "upload.py", title="数据上报", icon=":material/upload_file:"),
        st.Page(PAGES_DIR / "history.py", title="上报记录", icon=":material/history:"),
    ],
}
ui.run_shell(st.navigation(pages, position="top"))
