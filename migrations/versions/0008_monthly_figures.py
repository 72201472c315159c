"""monthly figures per program, metric, unit and month, maintained by the store with every write
(filled from the records at the first start after this migration)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "monthly_figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program", sa.String(length=32), nullable=False),
        sa.Column("metric", sa.String(length=32), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("added", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_monthly_figures_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monthly_figures")),
    )
    op.create_index(
        "ix_monthly_figures_key", "monthly_figures", ["program", "year", "unit_id", "metric", "month"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_monthly_figures_key", table_name="monthly_figures")
    op.drop_table("monthly_figures")
