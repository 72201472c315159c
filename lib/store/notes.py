"""Store commands for the notes on data-quality flags: a unit's explanation and an admin's closing.
Who may is decided by lib.quality."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from lib.models import QualityNote
from lib.store import record


def note_for(session: Session, key: str, year: int, month: int, units: str, *, found_under: str = "") -> QualityNote:
    """The flag's note, looked up under `found_under` (a key the flag had before) or its key; a new,
    unsaved one when there is none yet. The note is saved under `key` by the command that follows."""
    note = session.scalar(select(QualityNote).where(QualityNote.key == (found_under or key)))
    if note is None:
        return QualityNote(key=key, year=year, month=month, units=units, status="open")
    note.key = key
    return note


def explain(session: Session, note: QualityNote, text: str, *, username: str, detail: dict) -> None:
    note.explanation = text
    note.explained_by = username
    note.explained_at = dt.datetime.now(dt.UTC)
    note.status = "explained"
    session.add(note)
    record(session, username, "explain_flag", "quality", note.key[:8], figures=True, text=text, **detail)


def close(session: Session, note: QualityNote, *, username: str, detail: dict) -> None:
    note.status = "closed"
    note.closed_by = username
    note.closed_at = dt.datetime.now(dt.UTC)
    session.add(note)
    record(session, username, "close_flag", "quality", note.key[:8], figures=True, **detail)
