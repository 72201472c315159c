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
from lib.ingest.service import CommitResult, Preview, commit_upload, preview_upload
from lib.ingest.service import confirm_columns as confirm_columns_for
from lib.ingest.service import confirm_value as confirm_value_for
from lib.periods import Period
from lib.programs import get_registry
from lib.region import load_region
from lib.ui.shell import data_version, forget_version


def _preview(session, data: bytes, file_name: str, unit_name: str, period: Period) -> Preview:
    return preview_upload(
        session,
        data,
        file_name,
        unit_name=unit_name,
        period=period,
        registry=get_registry(),
        region=load_region(get_settings().region_code),
    )


PREVIEW_KEY = "_upload_preview"


def preview_file(data: bytes, file_name: str, unit_name: str, period: Period, token: str = "") -> Preview:
    """Check an upload against the database without writing anything. The check of the session's current
    upload is kept until the upload, unit, month or data change, so reruns of the page do not repeat it."""
    key = (token or hashlib.sha256(data).hexdigest(), file_name, unit_name, period.key, data_version())
    held = st.session_state.get(PREVIEW_KEY)
    if held is not None and held["key"] == key:
        return held["preview"]
    with session_scope() as session:
        preview = _preview(session, data, file_name, unit_name, period)
    st.session_state[PREVIEW_KEY] = {"key": key, "preview": preview, "annotated": None}
    return preview


def annotated_copy(data: bytes, file_name: str, preview: Preview) -> bytes:
    """The upload with its problem cells marked, made once per checked upload (when first asked for)."""
    held = st.session_state.get(PREVIEW_KEY)
    if held is not None and held["preview"] is preview:
        if held["annotated"] is None:
            held["annotated"] = annotate(data, file_name, preview.issues)
        return held["annotated"]
    return annotate(data, file_name, preview.issues)


def forget_preview() -> None:
    """A mapping was confirmed: the next run checks the upload again."""
    st.session_state.pop(PREVIEW_KEY, None)


def commit_file(data: bytes, file_name: str, unit_name: str, period: Period, by: Actor) -> CommitResult:
    """Re-check and store an upload in one transaction (the database may have changed since preview)."""
    try:
        with session_scope() as session:
            preview = _preview(session, data, file_name, unit_name, period)
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
