"""工作项目管理: the admin's services over the registry's versions. A program's definition is its [[program]]
block, in the registry's own format (data/programs.toml): imported as a draft (checked as the file is, with the
programs in force), published from a month, archived (its records kept, no new returns). The command line and
the page call these; each checks the acting user's role, then calls lib/store/programs.py.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from lib.auth import Actor, require_admin
from lib.models import ProgramRecord, ProgramVersion
from lib.periods import Period
from lib.programs import Definitions, Program, Registry, RegistryError, block_key, definitions_in_force, split_blocks
from lib.store.programs import archive_program, draft_of, in_force_row, publish_draft, save_draft
from lib.vocabulary import ARCHIVED, DRAFT, PROGRAM_STATUSES, PUBLISHED, progress_label


def _what_figures_count(program: Program) -> set[tuple]:
    """What a program's figures are made of (labels and help aside): changing it changes every figure."""
    counted = {(m.key, m.agg, m.column, m.where, m.numerator, m.denominator) for m in program.metrics}
    return counted | {("primary", program.primary_metric)}


def import_programs(session: Session, text: str, actor: Actor) -> list[str]:
    """Each [[program]] block of the text becomes its key's draft, checked with the programs in force;
    RegistryError names the block and field (nothing is saved then). Lines saying what became of each."""
    require_admin(actor, "导入工作项目定义")
    _, blocks = split_blocks(text)
    if not blocks:
        raise RegistryError("文件中没有 [[program]] 块：每个工作项目写成一个 [[program]] 块（格式同 programs.toml）。")
    in_force = definitions_in_force(session)
    lines = []
    for index, block in enumerate(blocks, start=1):
        try:
            key = block_key(block)
            in_force.with_block(key, block).registry()
        except RegistryError as exc:
            raise RegistryError(f"第{index}个 [[program]] 块：{exc}") from exc
        if in_force.block(key) == block and draft_of(session, key) is None:
            lines.append(f"{key}：与正在使用的定义相同，未生成草稿")
            continue
        row = save_draft(session, key, block, username=actor.username)
        lines.append(f"{key}：已保存为草稿（第 {row.version} 版），发布后生效")
    return lines


def _waiting_draft(session: Session, key: str) -> ProgramVersion:
    draft = draft_of(session, key)
    if draft is None:
        raise RegistryError(f"工作项目“{key}”没有待发布的草稿：先导入新的定义（programs import）。")
    return draft


def publish_program(session: Session, key: str, start: Period, actor: Actor) -> str:
    """The key's draft is in force from the month start (the months before keep the version they had, their
    figures counted as they were); refused when it would break the registry. A version that counts differently
    (its metrics) recounts the months from start in the same transaction."""
    require_admin(actor, "发布工作项目")
    draft = _waiting_draft(session, key)
    in_force = definitions_in_force(session)
    registry = _published(in_force, key, draft.block, start).registry()
    program = registry.get(key)
    publish_draft(session, draft, start.year, start.month, registry, username=actor.username)
    said = f"{program.title}（{key}）第 {draft.version} 版已发布，自 {start.year}年{start.month}月起生效"
    if _recounts(session, in_force, key, program):
        said += f"；指标算法有调整：{start.year}年{start.month}月起的数字按新算法统计，此前各月不变（口径调整）"
    return said


def _recounts(session: Session, in_force: Definitions, key: str, program: Program) -> bool:
    """Whether the new version counts a program that has data differently (its metrics)."""
    if in_force.block(key) is None or _what_figures_count(in_force.registry().get(key)) == _what_figures_count(program):
        return False
    return session.scalar(select(ProgramRecord.id).where(ProgramRecord.program == key).limit(1)) is not None


def _published(in_force: Definitions, key: str, block: str | None, start: Period | None) -> Definitions:
    """The definitions once the block is published from start (None: the key archived from start, the months
    before it keeping the program); a program new to the registry runs from start."""
    if block is None and start is not None:
        ended = (*in_force.ended, (key, (start.year, start.month), in_force.block(key)))
        return replace(in_force.with_block(key, None), ended=ended)
    if block is None or start is None:
        return in_force.with_block(key, block)
    if in_force.block(key) is not None:  # a new version: the months before start keep the one they had
        return in_force.with_version(key, (start.year, start.month), block)
    after = in_force.with_block(key, block)
    if key in dict(in_force.since):
        return after
    return replace(after, since=(*after.since, (key, (start.year, start.month))))


MONTHS_SHOWN = 12  # what_would_change looks back this many months with data


def what_would_change(session: Session, key: str, start: Period | None, archive: bool = False) -> list[dict]:
    """What publishing the key's draft from start (or archiving the key) would change over the last months with
    data: each unit's composite score and rank on the leaderboard, and the program's own figure (its primary
    metric's year to date) and progress, before and after, where any differ. A version that counts differently
    is counted for the preview in a savepoint rolled back at once: nothing is kept."""
    from lib.metrics import load_periods
    from lib.region import load_region
    from lib.store import figures

    in_force = definitions_in_force(session)
    block = None if archive else _waiting_draft(session, key).block
    published = _published(in_force, key, block, start)
    city = load_region().name
    periods = list(reversed(load_periods(session)[:MONTHS_SHOWN]))  # oldest first
    before = [_board(session, in_force.at(p.year, p.month).registry(), key, p, city) for p in periods]
    program = None if block is None else published.registry().get(key)
    if program is None or not _recounts(session, in_force, key, program):
        after = [_board(session, published.at(p.year, p.month).registry(), key, p, city) for p in periods]
    else:
        savepoint = session.begin_nested()
        try:
            for year in sorted({p.year for p in periods}):
                figures.refresh(session, program, year, None)
            after = [_board(session, published.at(p.year, p.month).registry(), key, p, city) for p in periods]
        finally:
            savepoint.rollback()
    changes = []
    for period, (board, figure), (new_board, new_figure) in zip(periods, before, after, strict=True):
        for unit, row in board.iterrows():
            new = new_board.loc[unit]
            was, now = figure.get(unit, (None, None)), new_figure.get(unit, (None, None))
            if _differs(row.score, new.score) or _differs(row["rank"], new["rank"]) or _differs(was[0], now[0]):
                changes.append(
                    {
                        "月份": f"{period.year}年{period.month}月",
                        "单位": unit,
                        "综合得分（现在）": row.score,
                        "综合得分（发布后）": new.score,
                        "排名（现在）": row["rank"],
                        "排名（发布后）": new["rank"],
                        "本项累计（现在）": was[0],
                        "本项累计（发布后）": now[0],
                        "本项进度（现在）": progress_label(was[1]),
                        "本项进度（发布后）": progress_label(now[1]),
                    }
                )
    return changes


def _board(session: Session, registry: Registry, key: str, period: Period, city: str):
    """The month's leaderboard by unit, and the program's (year to date, status) by unit (none when not in it)."""
    from lib.metrics import compute_leaderboard, load_summary

    summary = load_summary(session, registry, period, city, primary_only=True)
    own = summary[(summary.program == key) & (summary.unit != city)]
    figure = {row.unit: (row.ytd_value, row.status) for row in own.itertuples()}
    return compute_leaderboard(summary, registry, city).set_index("unit"), figure


def _differs(a, b) -> bool:
    import pandas as pd

    if pd.isna(a) or pd.isna(b):
        return pd.isna(a) != pd.isna(b)
    return abs(float(a) - float(b)) > 1e-9


def archive(session: Session, key: str, actor: Actor, until: Period) -> str:
    """The program leaves the registry from the month `until`: no new returns, no pages; the months before it
    keep it on their figures, leaderboards and 通报; its records and versions stay."""
    require_admin(actor, "归档工作项目")
    in_force = definitions_in_force(session)
    block = in_force.block(key)
    if block is None:
        raise RegistryError(f"没有正在使用的工作项目“{key}”（可用 programs list 查看）。")
    if len(in_force.blocks) == 1:
        raise RegistryError("这是唯一正在使用的工作项目，不能归档。")
    program = in_force.registry().get(key)
    if program.since is not None and (until.year, until.month) <= program.since:
        start = f"{program.since[0]}年{program.since[1]}月"
        raise RegistryError(f"工作项目“{program.title}”自{start}起开展，停止的月份须在此之后。")
    registry = _published(in_force, key, None, until).registry()
    row = in_force_row(session, key)
    shipped = block if row is None or row.status != PUBLISHED else None
    archive_program(session, key, shipped, registry, (until.year, until.month), username=actor.username)
    return (
        f"工作项目“{program.title}”已归档：自 {until.year}年{until.month}月起不再接收上报、不再显示；"
        "此前各月的数字、排行和通报照旧，历史数据保留。"
    )


def _title(block: str) -> str:
    return str(tomllib.loads(block)["program"][0].get("title", ""))


def list_programs(session: Session) -> list[dict]:
    """Every program: in force (shipped or published), archived, and drafts waiting, with version and month."""
    in_force = definitions_in_force(session)
    rows = list(session.scalars(select(ProgramVersion).order_by(ProgramVersion.id)))
    by_key: dict[str, list[ProgramVersion]] = {}
    for row in rows:
        by_key.setdefault(row.key, []).append(row)
    out = []
    keys = [k for k, _ in in_force.blocks] + [k for k in by_key if in_force.block(k) is None]
    for key in keys:
        versions = by_key.get(key, [])
        current = next((r for r in reversed(versions) if r.status in (PUBLISHED, ARCHIVED)), None)
        if current is not None:
            effective = f"{current.effective_year}-{current.effective_month:02d}" if current.effective_year else ""
            entry = _entry(key, _title(current.block), current.status, current.version, effective)
            if current.status == ARCHIVED and current.ended_year:
                entry["until"] = f"{current.ended_year}-{current.ended_month:02d}"
            out.append(entry)
        elif in_force.block(key) is not None:
            out.append(_entry(key, _title(in_force.block(key)), PUBLISHED, 0, ""))
        out.extend(_entry(key, _title(r.block), DRAFT, r.version, "") for r in versions if r.status == DRAFT)
    return out


def _entry(key: str, title: str, status: str, version: int, effective: str) -> dict:
    return {
        "key": key,
        "title": title,
        "status": status,
        "status_label": PROGRAM_STATUSES[status],
        "version": version,  # 0: the shipped definition
        "effective": effective,
        "until": "",  # an archived program: the first month it no longer runs
    }


def export_text(session: Session) -> str:
    """The registry in force as TOML (settings and every program's block), as import and QB_PROGRAMS read it."""
    return definitions_in_force(session).text()


# ── What the 工作项目管理 page shows (lib/ui/programs.py draws it) ──

# A new program's starting point: the fields every program needs, left empty where only the admin can say
# what goes there (saving it unfilled is refused naming the first empty field, so nothing half-made is kept).
NEW_PROGRAM_BLOCK = """[[program]]
key = ""             # 英文标识（小写字母、数字和下划线），如 "quality_chain"；同一工作项目的各版本 key 不变
title = ""           # 简称，显示在导航栏和排行榜，如 "质量强链"
full_title = ""      # 全称，作为页面标题
sheet = ""           # 月报模板中的工作表名
sheet_aliases = []   # 工作表的其他写法
description = ""     # 一两句说明：这项工作是什么，每行填写什么
weight = 0.1         # 在排行榜综合得分中的相对权重（大于 0）
briefing = true      # 是否写入月度通报（不写入时仍计入排行榜）
identity = ["uscc", "item"]   # 区分两条记录的字段（企业名称、统一社会信用代码、所属县三列已共用，不必再写）
date_columns = ["date"]       # 记录日期取自这些日期字段
primary_metric = "items"      # 总览卡片、地图和排行榜用的主指标

  [[program.columns]]
  key = "item"
  header = ""        # 模板中的表头
  aliases = []       # 表头的其他写法
  type = "text"      # text | date | choice | quantity | integer | bool
  required = true    # 只有记录标识和指标所需的字段可设为必填
  help = ""          # 填写说明，显示在模板中

  [[program.columns]]
  key = "date"
  header = ""
  type = "date"
  required = false
  help = ""

  [[program.metrics]]
  key = "items"
  label = ""         # 指标名称
  agg = "count"      # count 计数 | count_distinct 按企业去重（column = "uscc"）| sum 求和（column 为数量字段）
                     # | ratio 比率（numerator、denominator 为本项目的计数或求和指标，unit = "%"）
  unit = "个"
  target = true      # 主指标须设置年度目标
  help = ""
"""


@dataclass(frozen=True)
class ProgramDefinition:
    """One program's blocks as the page shows them: in force, archived (when it is not in force) and its
    draft waiting to be published; None where there is none."""

    key: str
    in_force: str | None
    archived: str | None
    draft: str | None
    draft_version: int | None


def load_definition(session: Session, key: str) -> ProgramDefinition:
    in_force = definitions_in_force(session).block(key)
    row = in_force_row(session, key)
    archived = row.block if in_force is None and row is not None and row.status == ARCHIVED else None
    draft = draft_of(session, key)
    return ProgramDefinition(key, in_force, archived, draft.block if draft else None, draft.version if draft else None)


def program_titles(listed: list[dict]) -> dict[str, str]:
    """Each program's key and title in list_programs' order, the title in force (or archived) before a draft's."""
    titles: dict[str, str] = {}
    for row in listed:
        titles.setdefault(row["key"], row["title"])
    return titles


def program_table(listed: list[dict]) -> list[dict]:
    """list_programs' rows as the page's table shows them."""
    return [
        {
            "key": row["key"],
            "名称": row["title"],
            "状态": row["status_label"],
            "版本": f"第 {row['version']} 版" if row["version"] else "随系统提供",
            "生效月份": row["effective"] or ("发布后生效" if row["status"] == DRAFT else "—"),
        }
        for row in listed
    ]


def compute_changes(before: str, after: str) -> str:
    """What a draft changes in the definition in force, line by line (unified diff; empty when nothing)."""
    lines = difflib.unified_diff(before.splitlines(), after.splitlines(), "正在使用的定义", "草稿", n=2, lineterm="")
    return "\n".join(lines)
