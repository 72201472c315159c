"""ledger undo

What each imported ledger did to each unit × month × program (the batch in force before it, the batch it made), so
that an import can be undone exactly; and who undid it, when.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ledger_imports") as batch_op:
        batch_op.add_column(sa.Column("cells", sa.JSON(), server_default="[]", nullable=False))
        batch_op.add_column(sa.Column("undone_by", sa.String(length=64), server_default="", nullable=False))
        batch_op.add_column(sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ledger_imports") as batch_op:
        batch_op.drop_column("undone_at")
        batch_op.drop_column("undone_by")
        batch_op.drop_column("cells")
