"""Store commands for the notes on data-quality flags: a unit's explanation and an admin's closing.
Who may is decided by lib.quality."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from lib.models import QualityNote
from lib.store import record


def note_for(session: Session, key: str, year: int, month: int, units: str) -> QualityNote:
    """The flag's note (read; a new, unsaved one when there is none yet)."""
    note = session.scalar(select(QualityNote).where(QualityNote.key == key))
    return note or QualityNote(key=key, year=year, month=month, units=units, status="open")


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
