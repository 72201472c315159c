"""Command line: `python -m lib.cli init | demo | summary | import | rollback | reporting | flags | mappings |
review | export | user | backup | restore | briefing | programs`.

Exit codes: 0 done (an import that was read, even with row errors), 1 refused or failed,
2 a file that could not be read at all or bad arguments (message on stderr).
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lib.config import get_settings
from lib.programs import get_registry, registry_at

if TYPE_CHECKING:
    from lib.auth import Actor

# Each command imports what it needs when it runs: `--help` and a small import start quickly.


class BadArgument(ValueError):
    """An argument the command cannot use (exit 2): the message says what to write instead."""


def _output_path(value: str) -> Path:
    """The file a command will write, checked before any work: its folder must exist and take files."""
    out = Path(value)
    folder = out.parent
    if out.is_dir():
        raise BadArgument(f"“{out}”是一个文件夹，请在其后写上要生成的文件名。")
    if folder.exists() and not folder.is_dir():
        raise BadArgument(f"“{folder}”是一个文件，不是文件夹，无法在其中写入“{out.name}”。请换一个输出位置。")
    if not folder.is_dir():
        raise BadArgument(f"输出文件夹“{folder}”不存在。请先创建它（mkdir -p {folder}），或写到一个已有的文件夹。")
    if not os.access(folder, os.W_OK):
        raise BadArgument(f"没有在文件夹“{folder}”中写入文件的权限。请换一个可写的文件夹。")
    return out


_OS_REASONS = {
    errno.ENOENT: "文件或文件夹不存在",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "文件系统只读",
}


def _os_message(exc: OSError) -> str:
    """A failed read or write of a file, in Chinese (the system's own text is English)."""
    reason = _OS_REASONS.get(exc.errno or 0, f"系统错误 {exc.errno}")
    where = f"“{exc.filename}”" if exc.filename else "文件"
    return f"无法读写{where}：{reason}。请检查路径和权限后重试。"


def _batch_number(text: str) -> int:
    """A submission number as typed (argparse's own message for a non-number is English)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"上报编号应为整数（见“上报记录”页面），而不是“{text}”") from None


def _ready() -> dict[str, int]:
    """Schema at the newest migration, the region's units present and the monthly figures built;
    unit name -> id."""
    from lib.db import upgrade_database
    from lib.region import load_region
    from lib.store import figures, sync_units, transaction

    upgrade_database()
    with transaction() as session:
        ids = sync_units(session, load_region())
        figures.ensure(session, get_registry())
        return ids


def cmd_init(_args) -> int:
    from lib.region import load_region
    from lib.store import record, transaction

    ids = _ready()
    region = load_region()
    with transaction() as session:
        record(session, "cli", "init", "units", region.code, units=len(ids))
    print(f"数据库已就绪：{region.name} {len(ids)} 个上报单位。")
    return 0


def cmd_demo(_args) -> int:
    from sqlalchemy import func, select

    from lib.db import upgrade_database
    from lib.demo import load_demo
    from lib.models import ProgramRecord
    from lib.region import load_region
    from lib.store import transaction

    upgrade_database()
    with transaction() as session:
        if session.scalar(select(func.count()).select_from(ProgramRecord)):
            print("数据库中已有上报数据，未写入演示数据。")
            return 0
        counts = load_demo(session, load_region(), get_registry(), by="cli")
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
    from lib.metrics import load_summary
    from lib.periods import parse_period
    from lib.store import transaction

    period = parse_period(args.period)
    with transaction() as session:
        frame = load_summary(session, registry_at(period.year, period.month), period)
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
        figures = "\t".join(
            "—" if value != value else f"{round(value, 1):g}" for value in (row.month_value, row.ytd_value, row.target)
        )
        print(f"{row.program_title}·{row.metric_label}\t{row.unit}\t{figures}\t{completion}")
    return 0


def _accepted_checks(args) -> dict[tuple[str, int], str]:
    accepted = {}
    for item in args.accept or []:
        sheet, _, row = item.rpartition(":")
        if not sheet or not row.isdigit():
            raise ValueError(f"--accept 应写成 工作表:行号，如 对标达标:9，而不是“{item}”。")
        if not (args.reason or "").strip():
            raise ValueError("接受校验位不符的统一社会信用代码时，必须用 --reason 说明理由。")
        accepted[(sheet, int(row))] = args.reason.strip()
    return accepted


def cmd_import(args) -> int:
    from lib.ingest.read import UnreadableFile
    from lib.ingest.service import commit_upload, parse_header_choices, preview_upload, remember_choices
    from lib.periods import parse_period
    from lib.region import UnknownUnitError, load_region
    from lib.store import transaction

    period = parse_period(args.period)
    path = Path(args.path)
    if not path.is_file():
        print(f"错误：找不到文件“{path}”。", file=sys.stderr)
        return 2
    registry = get_registry()
    _ready()
    try:
        with transaction() as session:
            preview = preview_upload(
                session,
                path.read_bytes(),
                path.name,
                unit_name=args.county,
                period=period,
                registry=registry,
                region=load_region(),
                program_key=args.program,
                accepted_checks=_accepted_checks(args),
                header_choices=parse_header_choices(args.map or []),
            )
            result = None
            if not args.dry_run:
                actor = _acting(args)
                result = commit_upload(session, preview, registry=registry, actor=actor, source="cli")
                remember_choices(session, preview, actor)
    except (UnreadableFile, UnknownUnitError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(preview.as_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for sheet in preview.sheets:
        print(f"[{sheet.label}] {sheet.program_title}：可入库 {sheet.accepted} 行，有错误 {sheet.rejected} 行")
        columns = "，".join(
            f"{m['header']}→{registry.get(sheet.program).column(m['field']).header}" for m in sheet.mapping()
        )
        print(f"  表头（第{sheet.header_row}行）：{columns}")
        for issue in sheet.issues:
            where = f"第{issue.row}行" if issue.row else "整表"
            print(f"  {where} {issue.column}：{issue.message}")
    if preview.ignored_sheets:
        print(f"未识别、已忽略的工作表：{'、'.join(preview.ignored_sheets)}")
    print("试运行，未写入数据库。" if result is None else result.message)
    return 0


LEDGER_ISSUES_SHOWN = 50  # refused rows listed on the terminal (--json lists them all)


def cmd_ledger(args) -> int:
    from lib.ingest.ledger import commit_ledger, preview_ledger
    from lib.ingest.read import UnreadableFile
    from lib.ingest.service import parse_header_choices
    from lib.periods import parse_period
    from lib.region import load_region
    from lib.store import transaction
    from lib.vocabulary import LEDGER_ACTIONS

    path = Path(args.path)
    if not path.is_file():
        print(f"错误：找不到文件“{path}”。", file=sys.stderr)
        return 2
    first = parse_period(args.first) if args.first else None
    last = parse_period(args.last) if args.last else None
    registry = get_registry()
    _ready()
    actor = _acting(args)
    try:
        with transaction() as session:
            preview = preview_ledger(
                session,
                path.read_bytes(),
                args.name or path.name,
                registry=registry,
                region=load_region(),
                actor=actor,
                program_key=args.program,
                first=first,
                last=last,
                replace_own=args.replace_own,
                header_choices=parse_header_choices(args.map or []),
            )
            result = None if args.dry_run else commit_ledger(session, preview, registry=registry, actor=actor)
    except UnreadableFile as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    if args.json:
        shown = preview.as_json() | ({"result": result.message, "ledger": result.ledger_id} if result else {})
        json.dump(shown, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(
        f"台账“{preview.file_name}”：{preview.first.year}年{preview.first.month}月至{preview.last.year}年{preview.last.month}月"
    )
    for key, counts in preview.counts().items():
        cells = "，".join(f"{label} {counts[what]}" for what, label in LEDGER_ACTIONS.items() if counts.get(what))
        rows = f"共 {counts['rows']} 行：可导入 {counts['accepted']} 行，有错误 {counts['rejected']} 行"
        print(f"[{registry.get(key).title}] {rows}；单位月份：{cells or '无'}")
    refused = preview.refused_issues
    for issue in refused[:LEDGER_ISSUES_SHOWN]:
        where = f"第{issue.row}行" if issue.row else "整表"
        print(f"  {issue.sheet} {where} {issue.column}：{issue.message}")
    if len(refused) > LEDGER_ISSUES_SHOWN:
        print(f"  ……共 {len(refused)} 处错误（--json 列出全部）")
    if preview.ignored_sheets:
        print(f"未识别、已忽略的工作表：{'、'.join(preview.ignored_sheets)}")
    print("试运行，未写入数据库。" if result is None else result.message)
    return 0


def cmd_ledger_undo(args) -> int:
    from lib.ingest.ledger import undo_ledger
    from lib.store import transaction

    _ready()
    actor = _acting(args)
    with transaction() as session:
        print(undo_ledger(session, args.ledger, actor=actor, reason=args.reason))
    return 0


def cmd_rollback(args) -> int:
    from lib.ingest.service import rollback_batch
    from lib.store import transaction

    _ready()
    with transaction() as session:
        print(rollback_batch(session, args.batch, actor=_acting(args), reason=args.reason))
    return 0


def _acting(args) -> Actor:
    """The user named by --as (their role and unit apply), else the server operator."""
    from lib.auth import OPERATOR, load_actor
    from lib.store import transaction

    if not getattr(args, "as_user", None):
        return OPERATOR
    with transaction() as session:
        actor = load_actor(session, args.as_user)
    if actor is None:
        raise ValueError(f"没有可用的用户“{args.as_user}”（不存在或已停用）。")
    return actor


def _read_password(prompt: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("再输入一次：") != first:
            raise ValueError("两次输入的密码不一致。")
        return first
    return sys.stdin.readline().rstrip("\n")


def cmd_user(args) -> int:
    from lib.auth import OPERATOR, check_username, create_user, list_users, set_active, set_password
    from lib.region import load_region
    from lib.store import transaction
    from lib.vocabulary import ROLES

    if args.action != "list" and not args.username:
        raise ValueError("请给出用户名。")
    if args.action == "add" and not args.role:
        raise ValueError(f"添加用户时必须用 --role 指定角色（{'、'.join(ROLES)}）。")
    _ready()
    with transaction() as session:
        if args.action == "add":
            unit = load_region().match(args.county).name if args.county else ""
            check_username(args.username)  # told before the password is asked for
            password = _read_password("新用户的密码：")
            user = create_user(session, args.username, args.role, password, unit, args.name or "", actor=OPERATOR)
            print(f"已添加用户“{user.username}”（{ROLES[args.role]}）。")
        elif args.action == "passwd":
            set_password(session, args.username, _read_password("新密码："), actor=OPERATOR)
            print(f"已修改“{args.username}”的密码，并解除锁定。")
        elif args.action == "disable":
            set_active(session, args.username, False, actor=OPERATOR)
            print(f"已停用用户“{args.username}”。")
        elif args.action == "enable":
            set_active(session, args.username, True, actor=OPERATOR)
            print(f"已启用用户“{args.username}”。")
        else:
            for row in list_users(session):
                print("\t".join(str(v) for v in row.values()))
    return 0


def cmd_reporting(args) -> int:
    from lib.periods import BEIJING as CHINA
    from lib.periods import due_at, parse_period
    from lib.reporting import load_status
    from lib.store import transaction
    from lib.vocabulary import RETURN_STATUSES

    period = parse_period(args.period)
    _ready()
    registry = get_registry()
    with transaction() as session:
        cells = load_status(session, registry, period)
    if args.json:
        rows = [{"unit": c.unit, "program": c.program, "status": c.status} for c in cells]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"{period.year}年{period.month}月上报情况（截止 {due_at(period):%Y-%m-%d}）")
    for cell in cells:
        when = f" {cell.submitted_at.astimezone(CHINA):%m-%d %H:%M}" if cell.submitted_at else ""
        print(f"{cell.unit}\t{registry.get(cell.program).title}\t{RETURN_STATUSES[cell.status]}{when}")
    return 0


def cmd_flags(args) -> int:
    from lib.periods import parse_period
    from lib.quality import load_flags_with_notes
    from lib.region import load_region
    from lib.store import transaction
    from lib.vocabulary import FLAG_KINDS, NOTE_STATUSES

    period = parse_period(args.period)
    _ready()
    registry = get_registry()
    with transaction() as session:
        flags = load_flags_with_notes(session, registry, load_region(), period)
    rows = [
        {
            "unit": "、".join(f.units),
            "program": ",".join(f.programs),
            "kind": f.kind,
            "text": f.说明,
            "about": f.period,
            "status": f.note,
            "id": f.编号,
        }
        for f in flags.itertuples()
    ]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"{period.year}年{period.month}月数据质量核查：{len(rows)} 项")
    for row in rows:
        print(f"{row['id']}\t{FLAG_KINDS[row['kind']]}\t{row['unit']}\t{NOTE_STATUSES[row['status']]}\t{row['text']}")
    return 0


def cmd_mappings(args) -> int:
    from lib.ingest.mappings import KIND_LABELS, delete_learned, list_mappings
    from lib.periods import BEIJING
    from lib.store import transaction

    _ready()
    actor = _acting(args)
    if args.action == "delete":
        if args.kind is None or args.id is None:
            raise ValueError(
                "删除时请写明类型和编号，如：mappings delete value 3 --as 用户名（编号见 mappings list）。"
            )
        with transaction() as session:
            print(delete_learned(session, args.kind, args.id, actor))
        return 0
    with transaction() as session:
        rows = list_mappings(session, actor, get_registry(), args.county)
    if args.json:
        out = [{**r, "confirmed_at": r["confirmed_at"].isoformat()} for r in rows]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for r in rows:
        when = f"{r['confirmed_at'].astimezone(BEIJING):%Y-%m-%d %H:%M}"
        field = f"{r['column']}：" if r["column"] else ""
        print(
            f"{r['kind']} {r['id']}\t{KIND_LABELS[r['kind']]}\t{r['unit']}\t{r['program_title']}\t"
            f"{field}{r['written']} → {r['means']}\t{r['confirmed_by']} {when}"
        )
    return 0


def _review_rows(args) -> dict[int, str]:
    """Row notes of a 退回: --rows 5,7 (each noted with the reason) and --note 5=文本 (a note of its own)."""
    notes: dict[int, str] = {}
    for part in (args.rows or "").replace("，", ",").split(","):
        if part.strip():
            if not part.strip().isdigit():
                raise BadArgument(f"--rows 应写成 Excel 行号，用逗号分隔，如 5,7，而不是“{args.rows}”。")
            notes[int(part)] = ""
    for item in args.note or []:
        row, _, text = item.partition("=")
        if not row.strip().isdigit() or not text.strip():
            raise BadArgument(f"--note 应写成 行号=说明，如 5=信用代码有误，而不是“{item}”。")
        notes[int(row)] = text.strip()
    return notes


def cmd_review(args) -> int:
    from lib import review
    from lib.periods import parse_period
    from lib.region import load_region
    from lib.store import transaction
    from lib.vocabulary import REVIEW_STATUSES

    period = parse_period(args.period) if args.period else None
    _ready()
    if args.action == "list":
        with transaction() as session:
            items = review.queue(session, period, args.status)
        if args.json:
            json.dump([item.as_json() for item in items], sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            return 0
        registry = get_registry()
        for item in items:
            title = registry.get(item.program).title if item.program in registry.keys else item.program
            reason = f"\t{item.reason}" if item.reason else ""
            print(
                f"{item.unit}\t{title}\t{item.period.key}\t{REVIEW_STATUSES[item.status]}\t"
                f"第 {item.batch_id} 号上报{reason}"
            )
        return 0
    if not (args.county and args.program and period):
        raise BadArgument(f"review {args.action} 需要 --county、--program 和 --period。")
    unit = load_region().match(args.county).name
    actor = _acting(args)
    with transaction() as session:
        if args.action == "pass":
            print(review.pass_return(session, actor, unit, args.program, period))
        elif args.action == "return":
            notes = _review_rows(args)
            print(review.return_return(session, actor, unit, args.program, period, args.reason or "", notes))
        else:
            print(review.reopen(session, actor, unit, args.program, period, args.reason or ""))
    return 0


def cmd_backup(args) -> int:
    from lib.backup import write_backup

    out = _output_path(args.out)
    _ready()
    counts = write_backup(get_settings().database_url, out)
    print(f"已备份 {sum(counts.values()):,} 行（{len(counts)} 张表）到 {args.out}")
    return 0


def cmd_restore(args) -> int:
    from lib.backup import NotABackup, restore_backup

    path = Path(args.file)
    if not path.is_file():
        print(f"错误：找不到备份文件“{path}”。", file=sys.stderr)
        return 2
    try:
        counts = restore_backup(get_settings().database_url, path)
    except NotABackup as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(f"已从 {path.name} 恢复 {sum(counts.values()):,} 行（{len(counts)} 张表），原有数据已被替换。")
    return 0


def _catalogue(args) -> int:
    from lib import catalogue
    from lib.store import transaction

    entries = catalogue.load_catalogue()
    with transaction() as session:
        status = catalogue.catalogue_status(session, entries)
    if args.json:
        rows = [{**vars(e), "status": status[e.key]} for e in entries]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for e in entries:
        state = "已启用" if status[e.key] == "enabled" else "可启用"
        print(f"{e.key}\t{e.title}\t{state}\t{e.source}")
        print(f"\t来源写到：{'、'.join(e.named)}；本系统设计：{'、'.join(e.designed)}")
    return 0


def _what_would_change(args, actor) -> int:
    """publish / archive --dry-run: what the leaderboard of the last months would show after it; nothing stored."""
    from lib import program_admin
    from lib.auth import require_admin
    from lib.periods import parse_period, this_month
    from lib.store import transaction

    if args.action not in ("publish", "archive"):
        raise BadArgument("--dry-run 只用于 publish 和 archive。")
    require_admin(actor, "预览工作项目的发布")
    start = parse_period(args.start) if args.start else None
    if args.action == "archive" and start is None:
        start = this_month()
    if args.action == "publish" and start is None:
        raise BadArgument("发布时请写明自哪个月起生效，如：--from 2025-01。")
    with transaction() as session:
        rows = program_admin.what_would_change(session, args.target, start, archive=args.action == "archive")
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print(f"近{program_admin.MONTHS_SHOWN}个有数据的月份中，各单位的综合得分和排名都不会改变。")
    for r in rows:
        print("\t".join(str(v) for v in r.values()))
    return 0


def cmd_programs(args) -> int:
    from lib import catalogue, program_admin
    from lib.periods import parse_period, this_month
    from lib.store import transaction

    _ready()
    if args.action == "list":
        with transaction() as session:
            rows = program_admin.list_programs(session)
        if args.json:
            json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            return 0
        for r in rows:
            version = f"第 {r['version']} 版" if r["version"] else "随系统提供"
            since = f"\t自 {r['effective']} 起" if r["effective"] else ""
            until = f"，{r['until']} 起停止" if r["until"] else ""
            print(f"{r['key']}\t{r['title']}\t{r['status_label']}\t{version}{since}{until}")
        return 0
    if args.action == "export":
        with transaction() as session:
            text = program_admin.export_text(session)
        if args.out:
            _output_path(args.out).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    if args.action == "catalogue":
        return _catalogue(args)
    if not args.target:
        what = "定义文件（.toml）" if args.action == "import" else "工作项目 key"
        raise BadArgument(f"programs {args.action} 需要写明{what}。")
    actor = _acting(args)
    if args.dry_run:
        return _what_would_change(args, actor)
    with transaction() as session:
        if args.action == "import":
            text = Path(args.target).read_text(encoding="utf-8")
            print("\n".join(program_admin.import_programs(session, text, actor)))
        elif args.action in ("publish", "enable"):
            if not args.start:
                raise BadArgument("发布时请写明自哪个月起生效，如：--from 2025-01。")
            start = parse_period(args.start)
            if args.action == "enable":
                print(catalogue.enable(session, args.target, start, actor))
            else:
                print(program_admin.publish_program(session, args.target, start, actor))
        else:
            until = parse_period(args.start) if args.start else this_month()
            print(program_admin.archive(session, args.target, actor, until))
    return 0


def cmd_export(args) -> int:
    from lib.export import write_frame
    from lib.records import load_records
    from lib.store import transaction

    program = get_registry().get(args.program)
    out = _output_path(args.out)
    _ready()
    with transaction() as session:
        frame = load_records(session, program)
    write_frame(frame, out, program.sheet)
    print(f"已导出{program.title} {len(frame)} 条记录到 {args.out}")
    return 0


def cmd_briefing(args) -> int:
    from lib.briefing.compose import compose_briefing
    from lib.briefing.docx import briefing_docx, docx_to_pdf
    from lib.metrics import load_periods
    from lib.periods import parse_period
    from lib.region import load_region
    from lib.store import transaction

    period = parse_period(args.period)
    out = _output_path(args.out)
    if out.suffix.lower() != ".docx":
        print(f"错误：输出文件“{out.name}”的扩展名应为 .docx。", file=sys.stderr)
        return 2
    try:
        issued = dt.date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise BadArgument(f"落款日期应写成 YYYY-MM-DD，如 2024-11-05，而不是“{args.date}”。") from None
    _ready()
    registry, region = registry_at(period.year, period.month), load_region(get_settings().region_code)
    with transaction() as session:
        if period not in load_periods(session):
            print(f"错误：{period.year}年{period.month}月还没有上报数据，无法生成通报。", file=sys.stderr)
            return 1
        briefing = compose_briefing(session, registry, region, period, issued)
    document = briefing_docx(briefing)
    out.write_bytes(document)
    print(f"已生成{briefing.title}（{briefing.number}）：{out}")
    if args.pdf:
        pdf = out.with_suffix(".pdf")
        pdf.write_bytes(docx_to_pdf(document))
        print(f"已生成 PDF：{pdf}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=".venv/bin/python -m lib.cli", description="质量提升进度看板 命令行工具")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("init", help="创建或升级数据库，并写入本区域的上报单位（不含演示数据）").set_defaults(func=cmd_init)
    sub.add_parser("demo", help="数据库没有上报数据时写入演示数据").set_defaults(func=cmd_demo)
    summary = sub.add_parser("summary", help="各工作项目、指标、单位的当月值、累计值、目标和完成率")
    summary.add_argument("--period", required=True, help="月份，YYYY-MM")
    summary.add_argument("--json", action="store_true", help="输出 JSON")
    summary.set_defaults(func=cmd_summary)
    imp = sub.add_parser("import", help="导入一个单位一个月的月报文件（.xlsx/.xlsm/.xls/.csv）")
    imp.add_argument("path", help="月报文件")
    imp.add_argument("--county", required=True, help="上报单位，如 南湖区、经开")
    imp.add_argument("--period", required=True, help="上报月份，YYYY-MM")
    imp.add_argument("--program", choices=get_registry().keys, help="文件只含一个工作项目时指定")
    imp.add_argument("--dry-run", action="store_true", help="只检查，不写入数据库")
    imp.add_argument("--json", action="store_true", help="输出 JSON")
    imp.add_argument("--accept", action="append", metavar="工作表:行号", help="管理员接受该行校验位不符的信用代码")
    imp.add_argument("--reason", help="接受的理由（与 --accept 同用）")
    imp.add_argument("--as", dest="as_user", metavar="用户名", help="以该用户的身份和权限导入")
    imp.add_argument(
        "--map",
        action="append",
        metavar="表头=字段",
        help="指定某个表头对应的字段（字段 key、标准表头或别名；“忽略”表示不读该列），可重复；"
        "导入成功后为该单位记住，下月同样格式的表格自动按此读取",
    )
    imp.set_defaults(func=cmd_import)
    led = sub.add_parser(
        "ledger", help="导入全市历史台账（每行有所属县（市、区）和日期），每个单位每月每项工作成为一份月报（管理员）"
    )
    led.add_argument("path", help="台账文件（.xlsx/.xlsm/.xls/.csv/.ods）")
    led.add_argument("--program", choices=get_registry().keys, help="文件只含一个工作项目时指定")
    led.add_argument("--from", dest="first", metavar="YYYY-MM", help="只导入该月及以后的行（默认：台账最早的月份）")
    led.add_argument("--to", dest="last", metavar="YYYY-MM", help="只导入该月及以前的行（默认：台账最晚的月份）")
    led.add_argument("--replace-own", action="store_true", help="以台账替换单位已自行上报的月报（默认保留单位月报）")
    led.add_argument("--dry-run", action="store_true", help="只检查并列出将导入的内容，不写入数据库")
    led.add_argument("--json", action="store_true", help="输出 JSON")
    led.add_argument("--as", dest="as_user", metavar="用户名", help="以该用户的身份和权限导入（须为管理员）")
    led.add_argument("--map", action="append", metavar="表头=字段", help="指定某个表头对应的字段，可重复")
    led.add_argument("--name", help="记录的文件名（默认为文件本身的名称）")
    led.set_defaults(func=cmd_ledger)
    undo = sub.add_parser("ledger-undo", help="撤销一次台账导入：每个单位月份恢复为导入前的上报（管理员）")
    undo.add_argument("ledger", type=_batch_number, help="台账导入编号（见“上报记录”页面）")
    undo.add_argument("--reason", required=True, help="撤销理由")
    undo.add_argument("--as", dest="as_user", metavar="用户名", help="以该用户的身份和权限撤销（须为管理员）")
    undo.set_defaults(func=cmd_ledger_undo)
    back = sub.add_parser("rollback", help="撤回一次上报，恢复它替换掉的上报")
    back.add_argument("batch", type=_batch_number, help="上报编号（见“上报记录”页面）")
    back.add_argument("--reason", required=True, help="撤回理由")
    back.add_argument("--as", dest="as_user", metavar="用户名", help="以该用户的身份和权限撤回")
    back.set_defaults(func=cmd_rollback)
    user = sub.add_parser("user", help="账号管理：add / passwd / disable / enable / list（密码从标准输入读取）")
    user.add_argument("action", choices=["add", "passwd", "disable", "enable", "list"])
    user.add_argument("username", nargs="?", default="")
    user.add_argument("--role", choices=["leader", "staff", "reviewer", "admin"], help="add 时必填")
    user.add_argument("--county", help="县级业务人员所属单位")
    user.add_argument("--name", help="姓名")
    user.set_defaults(func=cmd_user)
    rep = sub.add_parser("reporting", help="各单位各项工作某月的上报情况：按时、逾期、未报、零报告")
    rep.add_argument("--period", required=True, help="月份，YYYY-MM")
    rep.add_argument("--json", action="store_true", help="输出 JSON")
    rep.set_defaults(func=cmd_reporting)
    maps = sub.add_parser("mappings", help="已确认的表头和填写内容对应关系：list / delete（按 --as 用户的权限）")
    maps.add_argument("action", choices=["list", "delete"])
    maps.add_argument(
        "kind", nargs="?", choices=["header", "value"], help="delete 时：header（表头）或 value（填写内容）"
    )
    maps.add_argument("id", nargs="?", type=int, help="delete 时：编号（见 list）")
    maps.add_argument("--county", help="只列出该单位的（管理员）")
    maps.add_argument("--json", action="store_true", help="输出 JSON")
    maps.add_argument("--as", dest="as_user", help="以该用户的身份（默认为服务器管理员）")
    maps.set_defaults(func=cmd_mappings)
    rev = sub.add_parser(
        "review", help="市局审核：list（列出）/ pass（通过）/ return（退回）/ reopen（重新打开已通过的）"
    )
    rev.add_argument("action", choices=["list", "pass", "return", "reopen"])
    rev.add_argument("--period", help="月份，YYYY-MM（list 时可省略）")
    rev.add_argument("--status", help="list 时只列出该状态：pending（待审核）、passed（已通过）、returned（已退回）")
    rev.add_argument("--county", help="上报单位，如 南湖区、经开")
    rev.add_argument("--program", help=f"工作项目：{'、'.join(get_registry().keys)}")
    rev.add_argument("--reason", help="退回或重新打开的理由（必填）")
    rev.add_argument("--rows", metavar="行号", help="退回时指出的 Excel 行号，如 5,7（说明即理由）")
    rev.add_argument(
        "--note", action="append", metavar="行号=说明", help="退回时某一行的说明，如 5=信用代码有误，可重复"
    )
    rev.add_argument("--json", action="store_true", help="list 时输出 JSON：unit、program、period、status、batch")
    rev.add_argument("--as", dest="as_user", metavar="用户名", help="以该用户的身份和权限审核（默认为服务器管理员）")
    rev.set_defaults(func=cmd_review)
    flg = sub.add_parser("flags", help="某月的数据质量提示（与“数据质量”页面相同）")
    flg.add_argument("--period", required=True, help="月份，YYYY-MM")
    flg.add_argument("--json", action="store_true", help="输出 JSON：unit、program、kind、text 等")
    flg.set_defaults(func=cmd_flags)
    bak = sub.add_parser("backup", help="备份全部数据（SQLite、PostgreSQL 通用）")
    bak.add_argument("--out", required=True, help="备份文件，如 backup-2024-11-05.jsonl.gz")
    bak.set_defaults(func=cmd_backup)
    res = sub.add_parser("restore", help="用备份替换数据库中的全部数据（一个事务，失败不改动）")
    res.add_argument("file", help="backup 生成的备份文件")
    res.set_defaults(func=cmd_restore)
    progs = sub.add_parser(
        "programs",
        help="工作项目管理：list / import 定义文件 / publish KEY --from YYYY-MM / archive KEY [--from YYYY-MM] / "
        "export / catalogue（可选工作项目目录） / enable KEY --from YYYY-MM",
    )
    progs.add_argument("action", choices=["list", "import", "publish", "archive", "export", "catalogue", "enable"])
    progs.add_argument("target", nargs="?", help="import：定义文件（.toml）；publish、archive、enable：工作项目 key")
    progs.add_argument(
        "--from",
        dest="start",
        help="publish、enable：自哪个月起生效；archive：自哪个月起停止（此前各月照旧，默认本月），YYYY-MM",
    )
    progs.add_argument("--as", dest="as_user", help="以该用户身份操作（须为管理员）")
    progs.add_argument("--json", action="store_true", help="list、catalogue、--dry-run：以 JSON 输出")
    progs.add_argument(
        "--dry-run", action="store_true", help="publish、archive：只列出近12个月排行榜会有的变化，不发布"
    )
    progs.add_argument("--out", help="export：写入该文件（默认输出到屏幕）")
    progs.set_defaults(func=cmd_programs)
    exp = sub.add_parser("export", help="导出一个工作项目的全部记录")
    exp.add_argument("--program", required=True, choices=get_registry().keys)
    exp.add_argument("--out", required=True, help="输出文件，.xlsx 或 .csv")
    exp.set_defaults(func=cmd_export)
    brief = sub.add_parser("briefing", help="生成某月的质量提升工作月度通报（Word 文档）")
    brief.add_argument("--period", required=True, help="月份，YYYY-MM")
    brief.add_argument("--out", required=True, help="输出文件，.docx")
    brief.add_argument("--date", help="落款日期，YYYY-MM-DD（默认今天）")
    brief.add_argument("--pdf", action="store_true", help="同时生成 PDF（需安装 LibreOffice）")
    brief.set_defaults(func=cmd_briefing)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return args.func(args)
    except BadArgument as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        # PermissionDenied (a role's refusal, in Chinese) has no errno; a file the system refused has one.
        print(f"错误：{exc if exc.errno is None else _os_message(exc)}", file=sys.stderr)
        return 1
    except (ValueError, RuntimeError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
