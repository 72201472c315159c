"""review states

The city's review (审核) of each unit's return for a program and month: its state (pending, passed,
returned) and the history of actions on it. Returns already in force when review begins were reported
before anyone reviewed anything; they start as passed, so what the leaders saw stays as it was.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _covered(entry) -> bool:
    """lib.periods.refused as of this revision, negated: whether a batch is the return for a program."""
    if not isinstance(entry, dict):
        return True
    if entry.get("refused") is not None:
        return not entry["refused"]
    return not (int(entry.get("accepted", 0)) == 0 and int(entry.get("rejected", 0)) > 0)


def upgrade() -> None:
    op.create_table(
        "review_states",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("program", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_batch_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["upload_batches.id"]),
        sa.ForeignKeyConstraint(["reviewed_batch_id"], ["upload_batches.id"]),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unit_id", "program", "year", "month", name="uq_review_states_key"),
    )
    with op.batch_alter_table("review_states", schema=None) as batch_op:
        batch_op.create_index("ix_review_states_period", ["year", "month", "status"], unique=False)
    op.create_table(
        "review_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("program", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["upload_batches.id"]),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("review_actions", schema=None) as batch_op:
        batch_op.create_index("ix_review_actions_key", ["unit_id", "program", "year", "month"], unique=False)

    # Each return in force (the newest committed batch covering a unit's program and month) starts as passed.
    connection = op.get_bind()
    batches = sa.table(
        "upload_batches",
        sa.column("id", sa.Integer),
        sa.column("unit_id", sa.Integer),
        sa.column("year", sa.Integer),
        sa.column("month", sa.Integer),
        sa.column("status", sa.String),
        sa.column("counts", sa.JSON),
    )
    in_force: dict[tuple[int, str, int, int], int] = {}
    query = (
        sa.select(batches.c.id, batches.c.unit_id, batches.c.year, batches.c.month, batches.c.counts)
        .where(batches.c.status == "committed", batches.c.unit_id.is_not(None), batches.c.year.is_not(None))
        .order_by(batches.c.id)
    )
    for batch_id, unit_id, year, month, counts in connection.execute(query):
        for program, entry in (counts or {}).items():
            if _covered(entry):
                in_force[(unit_id, program, year, month)] = batch_id
    if in_force:
        now = dt.datetime.now(dt.UTC)
        states = sa.table(
            "review_states",
            *(sa.column(name) for name in ("unit_id", "program", "year", "month", "status", "batch_id")),
            *(sa.column(name) for name in ("reviewed_batch_id", "reason", "updated_by", "version")),
            sa.column("rows", sa.JSON),
            sa.column("updated_at", sa.DateTime(timezone=True)),
        )
        connection.execute(
            states.insert(),
            [
                {
                    "unit_id": unit_id,
                    "program": program,
                    "year": year,
                    "month": month,
                    "status": "passed",
                    "batch_id": batch_id,
                    "reviewed_batch_id": batch_id,
                    "reason": "",
                    "rows": [],
                    "updated_by": "",
                    "updated_at": now,
                    "version": 1,
                }
                for (unit_id, program, year, month), batch_id in in_force.items()
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table("review_actions", schema=None) as batch_op:
        batch_op.drop_index("ix_review_actions_key")
    op.drop_table("review_actions")
    with op.batch_alter_table("review_states", schema=None) as batch_op:
        batch_op.drop_index("ix_review_states_period")
    op.drop_table("review_states")
