"""Command line: `python -m lib.cli init | demo | summary`. Messages to people are in Chinese.

Exit codes: 0 done, 1 refused or failed (message on stderr), 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys

from sqlalchemy import func, select

from lib.db import session_scope, upgrade_database
from lib.demo import load_demo
from lib.metrics import load_summary, parse_period
from lib.models import ProgramRecord
from lib.programs import get_registry
from lib.region import load_region
from lib.store import audit, sync_units


def cmd_init(_args) -> int:
    upgrade_database()
    region = load_region()
    with session_scope() as session:
        ids = sync_units(session, region)
        audit(session, "cli", "init", "units", region.code, units=len(ids))
    print(f"数据库已就绪：{region.name} {len(ids)} 个上报单位。")
    return 0


def cmd_demo(_args) -> int:
    upgrade_database()
    with session_scope() as session:
        if session.scalar(select(func.count()).select_from(ProgramRecord)):
            print("数据库中已有上报数据，未写入演示数据。")
            return 0
        counts = load_demo(session, load_region(), get_registry())
        audit(session, "cli", "demo", "database", "", **counts)
    print(
        f"已写入演示数据：{counts['records']} 条记录、{counts['enterprises']} 家企业、"
        f"{counts['targets']} 项年度目标、{counts['plans']} 份“一县一业一策”方案。"
    )
    return 0


def _plain(value):
    if value is None or value != value:  # NaN
        return None
    return int(value) if float(value).is_integer() else float(value)


def cmd_summary(args) -> int:
    period = parse_period(args.period)
    with session_scope() as session:
        frame = load_summary(session, get_registry(), period)
    rows = [
        {
            "program": row.program,
            "metric": row.metric,
            "unit": row.unit,
            "month_value": _plain(row.month_value),
            "ytd_value": _plain(row.ytd_value),
            "target": _plain(row.target),
            "completion": None if row.completion != row.completion else float(row.completion),
        }
        for row in frame.itertuples()
    ]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"{period.year}年{period.month}月 当月 / 累计 / 年度目标 / 完成率")
    for row in frame.itertuples():
        completion = "—" if row.completion != row.completion else f"{row.completion * 100:.1f}%"
        target = "—" if row.target != row.target else f"{row.target:g}"
        print(
            f"{row.program_title}·{row.metric_label}\t{row.unit}\t{row.month_value:g}\t{row.ytd_value:g}\t"
            f"{target}\t{completion}"
        )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m lib.cli", description="质量提升进度看板 命令行工具")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("init", help="创建或升级数据库，并写入本区域的上报单位（不含演示数据）").set_defaults(func=cmd_init)
    sub.add_parser("demo", help="数据库没有上报数据时写入演示数据").set_defaults(func=cmd_demo)
    summary = sub.add_parser("summary", help="各工作项目、指标、单位的当月值、累计值、目标和完成率")
    summary.add_argument("--period", required=True, help="月份，YYYY-MM")
    summary.add_argument("--json", action="store_true", help="输出 JSON")
    summary.set_defaults(func=cmd_summary)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, RuntimeError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
