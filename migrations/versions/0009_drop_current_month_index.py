"""drop the current-month index of records: the newest month is read from the monthly figures

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("program_records", schema=None) as batch_op:
        batch_op.drop_index("ix_records_current_month")


def downgrade() -> None:
    with op.batch_alter_table("program_records", schema=None) as batch_op:
        batch_op.create_index(
            "ix_records_current_month",
            ["year", "month"],
            unique=False,
            sqlite_where=sa.text("is_current = 1"),
            postgresql_where=sa.text("is_current"),
        )
