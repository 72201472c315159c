"""index records by current month

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("program_records", schema=None) as batch_op:
        batch_op.create_index(
            "ix_records_current_month",
            ["year", "month"],
            unique=False,
            sqlite_where=sa.text("is_current = 1"),
            postgresql_where=sa.text("is_current"),
        )


def downgrade() -> None:
    with op.batch_alter_table("program_records", schema=None) as batch_op:
        batch_op.drop_index("ix_records_current_month")
