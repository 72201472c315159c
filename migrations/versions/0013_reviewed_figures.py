"""reviewed figures

Each monthly figure also over the records of reviewed returns only (reviewed_value, reviewed_added): what a
page shows under QB_REVIEW=strict, and how much of a figure still waits for review under mark. The columns
start at 0; the figures are rebuilt at the next start (the figures' layout is part of their fingerprint).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("monthly_figures", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reviewed_value", sa.Float(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("reviewed_added", sa.Float(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("monthly_figures", schema=None) as batch_op:
        batch_op.drop_column("reviewed_added")
        batch_op.drop_column("reviewed_value")
