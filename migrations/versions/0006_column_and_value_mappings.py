"""column and value mappings confirmed by a unit's clerk

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "column_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("program", sa.String(length=32), nullable=False),
        sa.Column("signature", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("confirmed_by", sa.String(length=64), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_column_mappings_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_column_mappings")),
        sa.UniqueConstraint("unit_id", "program", "signature", name=op.f("uq_column_mappings_unit_id")),
    )
    op.create_table(
        "value_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("program", sa.String(length=32), nullable=False),
        sa.Column("column", sa.String(length=32), nullable=False),
        sa.Column("written", sa.String(length=200), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.Column("confirmed_by", sa.String(length=64), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_value_mappings_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_value_mappings")),
        sa.UniqueConstraint("unit_id", "program", "column", "written", name=op.f("uq_value_mappings_unit_id")),
    )


def downgrade() -> None:
    op.drop_table("value_mappings")
    op.drop_table("column_mappings")
