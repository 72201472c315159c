"""drop redundant record identity index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("program_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_records_identity"))


def downgrade() -> None:
    with op.batch_alter_table("program_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_records_identity"), ["program", "unit_id", "year", "month", "identity"], unique=False
        )
