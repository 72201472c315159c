"""Tables the upload page shows for a preview: per-sheet counts and the problem list. Pure."""

from __future__ import annotations

import pandas as pd

from lib.ingest.service import Preview

SEVERITY_LABELS = {"error": "错误（该行不入库）", "warning": "提醒（仍入库）"}


def sheet_summary(preview: Preview) -> pd.DataFrame:
    rows = [
        {
            "工作表": s.sheet,
            "工作项目": s.program_title,
            "表头所在行": s.header_row,
            "可入库": 0 if s.blocked else s.accepted,
            "有错误": len(s.rows) if s.blocked else s.rejected,
            "新增": s.diff.get("new", 0),
            "变更": s.diff.get("changed", 0),
            "未变": s.diff.get("unchanged", 0),
            "将被替换": s.diff.get("removed", 0),
        }
        for s in preview.sheets
    ]
    return pd.DataFrame(rows)


def issue_table(preview: Preview) -> pd.DataFrame:
    """Every problem as plain text: sheet, Excel row, cell, column, value, severity, what to do."""
    order = {s.sheet: n for n, s in enumerate(preview.sheets)}
    rows = [
        {
            "工作表": i.sheet,
            "行": i.row if i.row is not None else "整表",
            "单元格": i.cell,
            "列": i.column,
            "填写内容": i.value,
            "级别": SEVERITY_LABELS.get(i.severity, i.severity),
            "问题及修改方法": i.message,
        }
        for i in sorted(preview.issues, key=lambda i: (order[i.sheet], i.row or 0, i.col_index or 0))
    ]
    return pd.DataFrame(rows, columns=["工作表", "行", "单元格", "列", "填写内容", "级别", "问题及修改方法"])
