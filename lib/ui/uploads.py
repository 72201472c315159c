"""The 数据上报 page's glue: a checked upload kept for the session until the file, unit, month or data
change; the annotated copy made when first asked for; commit and the clerk's confirmations, each one
unit of work.
"""

from __future__ import annotations

import hashlib

import streamlit as st

from lib.auth import (
    Actor,
)
from lib.config import get_settings
from lib.db import session_scope
from lib.ingest.annotate import annotate
from lib.ingest.fixes import Fixes, fix_marks
from lib.ingest.service import CommitResult, Preview, commit_upload, preview_upload, recheck_upload
from lib.ingest.service import confirm_columns as confirm_columns_for
from lib.ingest.service import confirm_value as confirm_value_for
from lib.periods import Period
from lib.programs import get_registry
from lib.region import load_region
from lib.ui.shell import data_version, forget_version


def _preview(
    session, data: bytes, file_name: str, unit_name: str, period: Period, fixes: Fixes | None = None, **options
) -> Preview:
    return preview_upload(
        session,
        data,
        file_name,
        unit_name=unit_name,
        period=period,
        registry=get_registry(),
        region=load_region(get_settings().region_code),
        fixes=fixes,
        **options,
    )


PREVIEW_KEY = "_upload_preview"


def preview_file(data: bytes, file_name: str, unit_name: str, period: Period, token: str = "") -> Preview:
    """Check an upload against the database without writing anything. The check of the session's current
    upload is kept until the upload, unit, month or data change, so reruns of the page do not repeat it."""
    upload = (token or hashlib.sha256(data).hexdigest(), file_name, unit_name, period.key)
    key = (*upload, data_version())
    held = st.session_state.get(PREVIEW_KEY)
    if held is not None and held["key"] == key:
        return held["preview"]
    with session_scope() as session:
        preview = _preview(session, data, file_name, unit_name, period, keep_source=True)
    # The fixes stay with the upload while it is checked again (a mapping confirmed, the data changed).
    kept = st.session_state.get(FIXES_KEY)
    if kept is None or kept[0] != upload:
        st.session_state[FIXES_KEY] = (upload, Fixes())
    st.session_state[PREVIEW_KEY] = {"key": key, "preview": preview, "annotated": None, "now": None}
    return preview


FIXES_KEY = "_upload_fixes"


def fixes() -> Fixes:
    """The clerk's fixes to the session's current upload (a new file, unit or month starts afresh)."""
    kept = st.session_state.get(FIXES_KEY)
    return kept[1] if kept is not None else Fixes()


def fixed_preview(base: Preview) -> Preview:
    """The current upload as it reads with the clerk's fixes: only the rows a fix touches are checked again,
    once per change of the fixes."""
    held, now = st.session_state.get(PREVIEW_KEY), fixes()
    if held is None or held["preview"] is not base or not now:
        return base
    if held["now"] is None or held["now"][0] != now.key:
        with session_scope() as session:
            held["now"] = (now.key, recheck_upload(session, base, now))
    return held["now"][1]


def annotated_copy(data: bytes, file_name: str, preview: Preview) -> bytes:
    """The upload with its problem cells and the fixes made on the page marked, made once per checked
    upload and set of fixes (when first asked for)."""
    held = st.session_state.get(PREVIEW_KEY)
    marks = fix_marks(preview.fixes, [(s.sheet, s.layout) for s in preview.sheets if s.layout is not None])
    if held is not None and held["annotated"] is not None and held["annotated"][0] == preview.fixes.key:
        return held["annotated"][1]
    made = annotate(data, file_name, preview.issues, marks)
    if held is not None:
        held["annotated"] = (preview.fixes.key, made)
    return made


def forget_preview() -> None:
    """A mapping was confirmed: the next run checks the upload again."""
    st.session_state.pop(PREVIEW_KEY, None)


def commit_file(
    data: bytes, file_name: str, unit_name: str, period: Period, by: Actor, fixes: Fixes | None = None
) -> CommitResult:
    """Re-check and store an upload, with the clerk's fixes, in one transaction (the database may have
    changed since preview); the fixes are stored with the batch."""
    try:
        with session_scope() as session:
            preview = _preview(session, data, file_name, unit_name, period, fixes)
            return commit_upload(session, preview, registry=get_registry(), actor=by)
    finally:
        forget_version()


def confirm_columns(
    data: bytes, file_name: str, unit_name: str, period: Period, index: int, chosen: dict[str, int | None], by: Actor
) -> str:
    """Store the clerk's header mapping for block `index` of this upload (one transaction, audited)."""
    forget_preview()
    with session_scope() as session:
        preview = _preview(session, data, file_name, unit_name, period)
        return confirm_columns_for(session, preview, index, chosen, by)


def confirm_value(
    data: bytes,
    file_name: str,
    unit_name: str,
    period: Period,
    program: str,
    column: str,
    written: str,
    value: str,
    by: Actor,
) -> str:
    """Store the clerk's word for a choice value (one transaction, audited)."""
    forget_preview()
    with session_scope() as session:
        preview = _preview(session, data, file_name, unit_name, period)
        return confirm_value_for(session, preview, get_registry().get(program), column, written, value, by)
