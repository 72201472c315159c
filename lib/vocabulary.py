"""The one vocabulary: every stable key the application keeps inside (progress statuses, return
statuses, batch statuses and sources, data-quality flag kinds and note statuses, audit actions,
roles, review states and actions, problem severities) with the Chinese label shown for it and, for
progress, its colours on the page, in pictures and in documents. Code compares keys; only what is shown uses the labels.

A leaf module: imports nothing from the application.
"""

from __future__ import annotations

from dataclasses import dataclass

# ── 序时进度: a unit's completion of its annual target against the share of the year gone ──
AHEAD, ON_TRACK, BEHIND, NO_TARGET = "ahead", "on_track", "behind", "no_target"


@dataclass(frozen=True)
class Progress:
    key: str
    label: str
    rgb: tuple[int, int, int]  # fill: map, chart bars, picture legend
    badge: str  # Streamlit badge colour on the page
    ink: tuple[int, int, int] | None  # text colour of a table cell in a picture or document; None: plain

    @property
    def hex(self) -> str:
        return "#{:02x}{:02x}{:02x}".format(*self.rgb)


PROGRESS = {
    AHEAD: Progress(AHEAD, "超序时", (46, 139, 87), "green", (30, 120, 70)),
    ON_TRACK: Progress(ON_TRACK, "序时", (232, 163, 23), "orange", None),
    BEHIND: Progress(BEHIND, "滞后", (204, 64, 56), "red", (190, 50, 45)),
    NO_TARGET: Progress(NO_TARGET, "未设目标", (176, 184, 194), "gray", None),
}


def progress(key: str | None) -> Progress:
    """The progress entry for a status key; None (or a missing value) is 未设目标."""
    return PROGRESS.get(key) if isinstance(key, str) and key in PROGRESS else PROGRESS[NO_TARGET]


def progress_label(key: str | None) -> str:
    return progress(key).label


# ── Monthly returns: whether a unit has returned a program for a month ──
ON_TIME, LATE, MISSING, NIL, REFUSED = "on_time", "late", "missing", "nil", "refused"
NOT_STARTED = "not_started"  # a month before the program's first version: nothing was due
LEDGER = "ledger"  # a month a city ledger (台账) was imported for: history, neither on time nor late
RETURN_STATUSES = {
    ON_TIME: "按时",
    LATE: "逾期",
    MISSING: "未报",
    NIL: "零报告",
    REFUSED: "未通过",
    NOT_STARTED: "未开展",
    LEDGER: "台账导入",
}
RETURN_FILLS = {
    ON_TIME: "#dff3e8",
    NIL: "#e8eef7",
    LATE: "#fdf0d5",
    MISSING: "#f8d7d5",
    REFUSED: "#f3d9ec",
    NOT_STARTED: "#f1f1f1",
    LEDGER: "#eceaf6",
}

# ── Submissions (upload batches) ──
BATCH_STATUSES = {"committed": "有效", "superseded": "已被新上报替代", "rolled_back": "已撤回"}
LEDGER_SOURCE = "ledger"  # the source of a return a city ledger (台账) brought in
BATCH_SOURCES = {
    "upload": "网页上传",
    "online": "在线填报",
    "cli": "命令行导入",
    "demo": "演示数据",
    LEDGER_SOURCE: "台账导入",
}

# ── What importing a city ledger (台账) does to a unit × month × program, and its mark in the preview's table ──
LEDGER_ACTIONS = {
    "new": "新增",
    "replace": "替换",
    "unchanged": "不变",
    "own": "保留单位月报",
    "remove": "删除",
    "refused": "全部有误",
}
LEDGER_IMPORT_STATES = {"in_force": "有效", "undone": "已撤销"}  # an import as 上报记录 lists it
LEDGER_MARKS = {
    "new": "",
    "replace": " 替换",
    "unchanged": " 不变",
    "own": " 保留",
    "remove": " 删除",
    "refused": " 有误",
}

# ── Data-quality flags and the notes on them ──
FLAG_KINDS = {
    "spike": "异常偏高",
    "sudden_zero": "突然为零",
    "shared_enterprise": "同一企业多个单位上报",
    "foreign_code": "信用代码属地不符",
    "late_revision": "截止后修改",
    "late_change": "截止后修改往月",
}
NOTE_STATUSES = {"open": "待核实", "explained": "已说明", "closed": "已关闭"}

# ── Problems found in an upload ──
SEVERITIES = {"error": "错误（该行不入库）", "warning": "提醒（仍入库）"}

# ── Accounts ──
ROLES = {"leader": "领导（只读）", "staff": "县级业务人员", "reviewer": "审核员", "admin": "管理员"}

# ── The city's review (审核) of a unit's return for a program and month ──
PENDING, PASSED, RETURNED = "pending", "passed", "returned"
REVIEW_STATUSES = {PENDING: "待审核", PASSED: "已通过", RETURNED: "已退回"}
REVIEW_ACTIONS = {
    "submit": "上报",
    "pass": "通过",
    "return": "退回",
    "reopen": "重新打开",
    "withdraw": "撤回上报",
    "import": "台账导入",
}

# ── A program's versions (工作项目管理) ──
DRAFT, PUBLISHED, SUPERSEDED, ARCHIVED = "draft", "published", "superseded", "archived"
PROGRAM_STATUSES = {DRAFT: "草稿", PUBLISHED: "已发布", SUPERSEDED: "已被新版本替代", ARCHIVED: "已归档"}

# ── Audit log actions (every action a store command records has a label: tests/test_vocabulary.py) ──
ACTIONS = {
    "signin": "登录",
    "signin_failed": "登录失败",
    "signin_locked": "锁定期间尝试登录",
    "signin_token": "凭保存的登录状态登录",
    "signin_token_refused": "拒绝无效的登录状态",
    "signin_header": "经统一身份认证登录",
    "signin_header_refused": "拒绝不可信来源的身份头",
    "signout": "退出登录（所有设备）",
    "upload": "上报",
    "ledger_import": "导入历史台账",
    "ledger_undo": "撤销台账导入",
    "rollback": "撤回上报",
    "confirm_columns": "确认表头对应关系",
    "confirm_value": "确认填写内容对应关系",
    "delete_columns": "删除表头对应关系",
    "fix_return": "在页面上修改月报",
    "program_draft": "保存工作项目草稿",
    "program_publish": "发布工作项目版本",
    "program_archive": "归档工作项目",
    "review_pass": "审核通过",
    "review_return": "审核退回",
    "review_reopen": "重新打开已通过的月报",
    "month_open": "为单位开放已关闭的月份",
    "delete_value": "删除填写内容对应关系",
    "edit_plan": "修改一县一业一策方案",
    "edit_targets": "修改年度目标",
    "explain_flag": "说明数据质量提示",
    "close_flag": "关闭数据质量提示",
    "add_user": "添加用户",
    "set_password": "设置密码",
    "disable_user": "停用用户",
    "enable_user": "启用用户",
    "init": "初始化数据库",
    "demo": "写入演示数据",
    "restore": "从备份恢复",
}
