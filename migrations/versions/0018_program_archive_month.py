"""program archive month

The month an archived program stops running: months before it keep the program on their figures, leaderboards
and 通报 (its history as it was); from it, the program takes no returns and leaves the pages.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("program_versions") as batch_op:
        batch_op.add_column(sa.Column("ended_year", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("ended_month", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("program_versions") as batch_op:
        batch_op.drop_column("ended_month")
        batch_op.drop_column("ended_year")
