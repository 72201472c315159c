"""The catalogue of ready programs (data/catalogue.toml): programs other regions run, each an [[entry]] saying
where it comes from and which of its fields the source articles name and which are this product's design, and
its [[program]] block. Enabling one publishes its block from a month through the admin's services
(lib.program_admin), so its template, pages, figures, leaderboard share and 通报 follow at the next run.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from lib.auth import Actor
from lib.config import DATA_DIR
from lib.periods import Period
from lib.programs import RegistryError, block_key, definitions_in_force, split_blocks

CATALOGUE_PATH = DATA_DIR / "catalogue.toml"


@dataclass(frozen=True)
class Entry:
    key: str
    title: str
    description: str
    source: str
    named: tuple[str, ...]  # what the source articles name
    designed: tuple[str, ...]  # what this product designed (editable in a draft before publishing)
    block: str


def load_catalogue(path: Path = CATALOGUE_PATH) -> list[Entry]:
    """Every entry with its block, in the file's order; RegistryError when an entry has no block or a block no entry."""
    text = path.read_text(encoding="utf-8")
    head, blocks = split_blocks(text)
    by_key = {block_key(block): block for block in blocks}
    entries = []
    for raw in tomllib.loads(head).get("entry", []):
        key = raw["key"]
        if key not in by_key:
            raise RegistryError(f"工作项目目录中“{key}”没有对应的 [[program]] 块")
        block = by_key.pop(key)
        program = tomllib.loads(block)["program"][0]
        entries.append(
            Entry(
                key=key,
                title=program["title"],
                description=program["description"],
                source=raw["source"],
                named=tuple(raw.get("named", ())),
                designed=tuple(raw.get("designed", ())),
                block=block,
            )
        )
    if by_key:
        raise RegistryError(f"工作项目目录中的 [[program]] 块“{'”“'.join(by_key)}”没有对应的 [[entry]] 说明")
    return entries


def catalogue_status(session: Session, entries: list[Entry]) -> dict[str, str]:
    """Per entry: "enabled" (in the registry in force) or "available"."""
    in_force = definitions_in_force(session)
    return {e.key: "enabled" if in_force.block(e.key) is not None else "available" for e in entries}


def enable(session: Session, key: str, start: Period, actor: Actor) -> str:
    """Publish a catalogue program from the month start: imported as its draft, checked and published in one
    unit of work; refused when the key is already in force."""
    from lib.program_admin import import_programs, publish_program

    entries = {e.key: e for e in load_catalogue()}
    if key not in entries:
        raise RegistryError(f"工作项目目录中没有“{key}”，可选：{'、'.join(entries)}")
    if definitions_in_force(session).block(key) is not None:
        raise RegistryError(f"工作项目“{entries[key].title}”（{key}）已在使用，无需再次启用。")
    import_programs(session, entries[key].block, actor)
    return publish_program(session, key, start, actor)
