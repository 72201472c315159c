"""Database schema as typed SQLAlchemy 2.0 ORM classes; changes go through Alembic migrations.

Imports only SQLAlchemy. Program-specific fields live in ProgramRecord.data (JSON); the fields
metrics filter or sum on are copied into typed, indexed columns when a record is written.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar = {dict[str, Any]: JSON, list[Any]: JSON}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Unit(Base):
    """A reporting unit: a county-level area (with GB/T 2260 code) or a functional zone (without)."""

    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    short_name: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    city: Mapped[str] = mapped_column(String(32), default="")
    industry: Mapped[str] = mapped_column(String(64), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    lon: Mapped[float | None] = mapped_column(Float)
    lat: Mapped[float | None] = mapped_column(Float)


class Enterprise(Base):
    """An enterprise keyed by its 统一社会信用代码; unit_id is where it was first reported."""

    __tablename__ = "enterprises"
    id: Mapped[int] = mapped_column(primary_key=True)
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class UploadBatch(Base):
    """One submission (an uploaded file, a CLI import or the demo load) with who, when and checksum."""

    __tablename__ = "upload_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    year: Mapped[int | None] = mapped_column(Integer)
    month: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))
    uploaded_by: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    size_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(16), default="committed")
    accepted_rows: Mapped[int] = mapped_column(Integer, default=0)
    rejected_rows: Mapped[int] = mapped_column(Integer, default=0)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    note: Mapped[str] = mapped_column(Text, default="")


class ReturnFix(Base):
    """A fix a clerk made on the page to a return before committing it (a cell edited, a word replaced in
    a column, a row left out with why); kept with the batch, the file as sent unchanged."""

    __tablename__ = "return_fixes"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("upload_batches.id"), index=True)
    how: Mapped[str] = mapped_column(String(16))  # edit | replace | left_out
    sheet: Mapped[str] = mapped_column(String(255), default="")
    row: Mapped[int] = mapped_column(Integer)  # the Excel row
    field: Mapped[str] = mapped_column(String(32), default="")
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    fixed_by: Mapped[str] = mapped_column(String(64), default="")
    fixed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class ProgramRecord(Base):
    """One row of a program's monthly return; only is_current rows are counted."""

    __tablename__ = "program_records"
    __table_args__ = (
        Index("ix_records_period", "program", "year", "is_current", "unit_id", "month"),
        Index("ix_records_program_identity", "program", "identity"),
        # The newest month that has current records, one index step (lib.metrics.load_latest_period).
        # Only current rows, so no other query is tempted by it.
        Index(
            "ix_records_current_month",
            "year",
            "month",
            sqlite_where=text("is_current = 1"),
            postgresql_where=text("is_current"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    program: Mapped[str] = mapped_column(String(32))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprises.id"), index=True)
    enterprise_name: Mapped[str] = mapped_column(String(200), default="")
    identity: Mapped[str] = mapped_column(String(512))
    status: Mapped[str | None] = mapped_column(String(64))
    quantity: Mapped[float | None] = mapped_column(Float)
    quantity_unit: Mapped[str | None] = mapped_column(String(16))
    event_date: Mapped[dt.date | None] = mapped_column(Date)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Not indexed: a batch's records are found through ix_records_period (lib.store.batches.of_batch).
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("upload_batches.id"))
    source_row: Mapped[int | None] = mapped_column(Integer)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)


class Target(Base):
    """Annual target of one program metric for one unit."""

    __tablename__ = "targets"
    __table_args__ = (UniqueConstraint("program", "metric", "unit_id", "year", name="uq_targets_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    program: Mapped[str] = mapped_column(String(32))
    metric: Mapped[str] = mapped_column(String(32))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)


class Plan(Base):
    """一县一业一策: a unit's featured industry and its improvement policy for a year."""

    __tablename__ = "plans"
    __table_args__ = (UniqueConstraint("unit_id", "year", name="uq_plans_unit_year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    year: Mapped[int] = mapped_column(Integer)
    industry: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    goal: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[list[Any]] = mapped_column(default=list)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    projects: Mapped[list[Project]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Project.sort_order"
    )


class Project(Base):
    """A 攻坚项目 under a plan, with owner, dates and progress (0-100)."""

    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str] = mapped_column(String(100), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="进行中")
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    plan: Mapped[Plan] = relationship(back_populates="projects")
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Milestone.sort_order"
    )


class Milestone(Base):
    __tablename__ = "milestones"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done_date: Mapped[dt.date | None] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    project: Mapped[Project] = relationship(back_populates="milestones")


class User(Base):
    """A local account; role is a key of lib.vocabulary.ROLES, staff are scoped to unit_id."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    # The name as names are compared (lib.store.users.username_key: width-folded, lower-cased): one
    # account per key, so "Admin" can never be made beside "admin" nor sign in as someone else.
    username_key: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64), default="")
    role: Mapped[str] = mapped_column(String(16))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    password_hash: Mapped[str] = mapped_column(String(255), default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # Bumped when the password changes or the account is disabled: every session signed in under an
    # older value ends at its next run.
    session_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Whether the password is the published demo password (None: not yet checked, set before this was
    # recorded); known when a password is set, so the check at start costs no hashing.
    demo_password: Mapped[bool | None] = mapped_column(Boolean)


class AuditLog(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class QualityNote(Base):
    """What people said about a data quality flag: a unit's explanation, an admin closing it.

    Flags themselves are computed from the data (lib.quality); key identifies one flag.
    """

    __tablename__ = "quality_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    units: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16), default="open")
    explanation: Mapped[str] = mapped_column(Text, default="")
    explained_by: Mapped[str] = mapped_column(String(64), default="")
    explained_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class ColumnMapping(Base):
    """A header layout a unit's clerk confirmed for a program: which header is which field.

    signature identifies the set of headers; the same layout next month is read the same way."""

    __tablename__ = "column_mappings"
    __table_args__ = (UniqueConstraint("unit_id", "program", "signature"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    program: Mapped[str] = mapped_column(String(32))
    signature: Mapped[str] = mapped_column(String(64))
    # {"columns": {normalised header: field}, "none": [fields the sheet does not have]}
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    headers: Mapped[list[Any]] = mapped_column(default=list)
    confirmed_by: Mapped[str] = mapped_column(String(64), default="")
    confirmed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class ValueMapping(Base):
    """A unit's own word for a choice value ("已颁证" means 已获证), confirmed by its clerk."""

    __tablename__ = "value_mappings"
    __table_args__ = (UniqueConstraint("unit_id", "program", "column", "written"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    program: Mapped[str] = mapped_column(String(32))
    column: Mapped[str] = mapped_column(String(32))
    written: Mapped[str] = mapped_column(String(200))
    value: Mapped[str] = mapped_column(String(64))
    confirmed_by: Mapped[str] = mapped_column(String(64), default="")
    confirmed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class MonthlyFigure(Base):
    """One metric's figure for one unit (or, with unit_id NULL, the whole region) and month, kept up to
    date by the store in the same transaction as the records it sums (lib/store/figures.py).

    value: the month's own figure (records, sum, or distinct enterprises that month). added: what the month
    adds to the year to date (for distinct enterprises, those seen for the first time that year; otherwise
    the value), so a year to date is a sum of `added`. metric "" counts current records (data quality).
    reviewed_value, reviewed_added: the same over the records of returns the city passed (or never put in
    review), what QB_REVIEW=strict shows; the difference is what still waits for review."""

    __tablename__ = "monthly_figures"
    __table_args__ = (Index("ix_monthly_figures_key", "program", "year", "unit_id", "metric", "month"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    program: Mapped[str] = mapped_column(String(32))
    metric: Mapped[str] = mapped_column(String(32))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float, default=0.0)
    added: Mapped[float] = mapped_column(Float, default=0.0)
    reviewed_value: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    reviewed_added: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")


class MonthOpening(Base):
    """A closed month opened again for one unit's own changes until a time, by an admin, with the reason: the
    exception to QB_CLOSE_DAYS (lib.review.require_open). One per unit and month; opening again moves it."""

    __tablename__ = "month_openings"
    __table_args__ = (UniqueConstraint("unit_id", "year", "month", name="uq_month_openings_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    until: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str] = mapped_column(Text, default="")
    opened_by: Mapped[str] = mapped_column(String(64), default="")
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class ReviewState(Base):
    """Where the city's review (审核) of one unit's return for one program and month stands: pending when a
    return is committed, passed or returned by a reviewer. batch_id is the return in force; reviewed_batch_id
    the one last passed or returned (what a resubmission is compared with). version grows with every change,
    so an action taken on what a reviewer saw is refused once someone else changed it."""

    __tablename__ = "review_states"
    __table_args__ = (
        UniqueConstraint("unit_id", "program", "year", "month", name="uq_review_states_key"),
        Index("ix_review_states_period", "year", "month", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    program: Mapped[str] = mapped_column(String(32))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))  # a key of lib.vocabulary.REVIEW_STATUSES
    batch_id: Mapped[int] = mapped_column(ForeignKey("upload_batches.id"))
    reviewed_batch_id: Mapped[int | None] = mapped_column(ForeignKey("upload_batches.id"))
    reason: Mapped[str] = mapped_column(Text, default="")  # why it was last returned or reopened
    rows: Mapped[list[Any]] = mapped_column(default=list)  # the last 退回's notes: [{"row": Excel row, "note": text}]
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    version: Mapped[int] = mapped_column(Integer, default=1)


class ReviewAction(Base):
    """One step in the history of a return's review: submitted, passed, returned, reopened or withdrawn, by
    whom and when, with the reason, the row notes and the batch it was taken on."""

    __tablename__ = "review_actions"
    __table_args__ = (Index("ix_review_actions_key", "unit_id", "program", "year", "month"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    program: Mapped[str] = mapped_column(String(32))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))  # a key of lib.vocabulary.REVIEW_ACTIONS
    status: Mapped[str] = mapped_column(String(16), default="")  # the state after it ("" once withdrawn)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("upload_batches.id"))
    username: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    reason: Mapped[str] = mapped_column(Text, default="")
    rows: Mapped[list[Any]] = mapped_column(default=list)


class ProgramVersion(Base):
    """One version of a program's definition: its [[program]] block as written (TOML, the registry's format),
    a draft until published from a month; the one published before it is then superseded, and an archived
    program keeps its rows and records but takes no new returns. A program with no row is the shipped one."""

    __tablename__ = "program_versions"
    __table_args__ = (UniqueConstraint("key", "version", name="uq_program_versions_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))  # a key of lib.vocabulary.PROGRAM_STATUSES
    block: Mapped[str] = mapped_column(Text)
    effective_year: Mapped[int | None] = mapped_column(Integer)
    effective_month: Mapped[int | None] = mapped_column(Integer)
    # An archived version: the first month it no longer runs (months before it keep it); None: archived outright.
    ended_year: Mapped[int | None] = mapped_column(Integer)
    ended_month: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    published_by: Mapped[str] = mapped_column(String(64), default="")
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class LedgerImport(Base):
    """A city ledger (台账) imported: the file, who and when, the programs and months it speaks for. Each of its
    unit × month × program cells is a return of its own (an UploadBatch with source "ledger"); a month it covers
    without a unit's rows is neither a nil return nor a missing one (lib.reporting)."""

    __tablename__ = "ledger_imports"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    size_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    imported_by: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    first_year: Mapped[int] = mapped_column(Integer)
    first_month: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    last_month: Mapped[int] = mapped_column(Integer)
    programs: Mapped[list[Any]] = mapped_column(default=list)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    replace_own: Mapped[bool] = mapped_column(Boolean, default=False)
    # Each unit × month × program it changed: [program, unit id, year, month, batch in force before or None, batch it
    # made or None (rows removed)], so that undoing it brings back exactly what it replaced.
    cells: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    undone_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class AppState(Base):
    """Small counters shared by every app process, e.g. data_version (bumped on every write)."""

    __tablename__ = "app_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


__all__ = [
    "AppState",
    "AuditLog",
    "Base",
    "ColumnMapping",
    "Enterprise",
    "Milestone",
    "MonthOpening",
    "MonthlyFigure",
    "Plan",
    "ProgramRecord",
    "ProgramVersion",
    "Project",
    "QualityNote",
    "ReviewAction",
    "ReviewState",
    "Target",
    "Unit",
    "UploadBatch",
    "User",
    "ValueMapping",
]
