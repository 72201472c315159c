"""质量提升进度看板 entry point: page config, database readiness, navigation."""

from pathlib import Path

import streamlit as st

from lib.ui import session, shell, views

ROOT = Path(__file__).resolve().parent
PAGES_DIR = ROOT / "pages"

st.set_page_config(
    page_title=shell.APP_TITLE,
    page_icon=str(ROOT / "data" / "icon.png"),
    layout="wide",
    initial_sidebar_state="collapsed",
)

try:
    registry, region = shell.prepare_database()
except ValueError as problem:  # a broken program registry or region config: say what to fix
    st.error(f"看板无法启动：{problem}")
    st.stop()
if problem := session.signing_key_problem() or session.default_password_problem():
    st.error(problem)
    st.stop()


def page(name: str, title: str, icon: str, **options) -> st.Page:
    return st.Page(PAGES_DIR / f"{name}.py", title=title, icon=f":material/{icon}:", **options)


me = session.current_actor()
session.write_cookie()
signed_out = me is None
role = "admin" if signed_out else me.role

# Every role sees the figures; the navigation offers only what the role may do.
pages = {
    "": [
        page("overview", "总览", "dashboard", default=True),
        page("leaderboard", "排行榜", "leaderboard"),
        page("briefing", "简报", "slideshow"),
    ],
    "工作项目": [shell.program_page(program) for program in registry],
    "县（市、区）": [page("county", "一县一业一策", "location_city"), page("enterprise", "企业档案", "domain")],
    "数据": [
        page("reporting", "上报情况", "fact_check"),
        page("quality", "数据质量", "rule"),
        page("history", "上报记录", "history"),
    ],
}
upload = page("upload", "数据上报", "upload_file")
if role in ("staff", "admin"):
    pages["数据"].insert(0, upload)
    pages["数据"].append(page("mappings", "已确认的对应关系", "rule_settings"))
if role in ("reviewer", "admin"):
    pages["数据"].insert(0, page("review", "审核", "task_alt"))
if role == "admin":
    pages["管理"] = [
        page("users", "用户管理", "group"),
        page("targets", "年度目标", "flag"),
        page("programs", "工作项目管理", "tune"),
        page("ledger", "历史台账导入", "history_edu"),
        page("audit", "操作日志", "receipt_long"),
    ]
if signed_out:
    # Whatever address was asked for, sign in first; the page it names opens afterwards
    # (or the overview, when the role may not see it).
    st.navigation(pages, position="hidden")
    shell.run_page_file(PAGES_DIR / "signin.py")
    st.stop()
account = (
    page("signin", "登录", "login")
    if me == session.GUEST
    else page("account", me.display_name or me.username, "person")
)
pages["账户"] = [account]
chosen = st.navigation(pages, position="top")
# A unit's clerk signing in while a return of theirs is 退回 by the city sees it first, on 数据上报.
if session.just_signed_in() and role == "staff" and chosen.url_path == "" and views.has_returned(me):
    st.switch_page(upload)
shell.run_shell(chosen)
