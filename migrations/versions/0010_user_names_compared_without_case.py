"""user names compared without case or width: users.username_key, unique

"Admin" beside "admin" would be two accounts that look like one, and sign-in now finds an account by
its name in any case. Accounts already named alike stop the upgrade with a message that names them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _key(name: str) -> str:
    """lib.store.users.username_key as of this revision (a migration keeps the folding it was written with)."""
    return unicodedata.normalize("NFKC", name.strip()).lower()


def upgrade() -> None:
    connection = op.get_bind()
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("username", sa.String), sa.column("username_key"))
    accounts = connection.execute(sa.select(users.c.id, users.c.username).order_by(users.c.id)).all()
    keys = {user_id: _key(username) for user_id, username in accounts}
    named: dict[str, list[str]] = defaultdict(list)
    for user_id, username in accounts:
        named[keys[user_id]].append(username)
    alike = ["、".join(f"“{n}”" for n in names) for names in named.values() if len(names) > 1]
    if alike:  # told before anything changes, so the upgrade can simply be run again once they are renamed
        raise RuntimeError(
            f"以下账号的用户名只有大小写或全角半角不同：{'；'.join(alike)}。用户名今后不区分大小写，"
            "每组只能保留一个：请先在数据库中把其余账号改名（如 UPDATE users SET username = 'zhang2' "
            "WHERE username = 'Zhang'），再重新升级。"
        )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("username_key", sa.String(length=64), nullable=True))
    for user_id, key in keys.items():
        connection.execute(sa.update(users).where(users.c.id == user_id).values(username_key=key))
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("username_key", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_users_username_key"), ["username_key"])


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_users_username_key"), type_="unique")
        batch_op.drop_column("username_key")
