"""records not indexed by batch

A batch's records are found through ix_records_period (its unit, month and programs); the index on
batch_id cost every upload a fifth of its records insert.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("program_records", schema=None) as batch_op:
        batch_op.drop_index("ix_program_records_batch_id")


def downgrade() -> None:
    with op.batch_alter_table("program_records", schema=None) as batch_op:
        batch_op.create_index("ix_program_records_batch_id", ["batch_id"], unique=False)
