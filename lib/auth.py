"""Users and passwords: argon2 hashing and account creation. Imports lib.models only."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from lib.models import ROLES, User

_hasher = PasswordHasher()

ROLE_LABELS = {"leader": "领导（只读）", "staff": "县级业务人员", "admin": "管理员"}


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def create_user(
    session: Session, username: str, role: str, password: str, unit_id: int | None = None, display_name: str = ""
) -> User:
    if role not in ROLES:
        raise ValueError(f"角色“{role}”无效，可选：{'、'.join(ROLES)}")
    if role == "staff" and unit_id is None:
        raise ValueError("县级业务人员必须指定所属县（市、区）")
    user = User(
        username=username,
        role=role,
        unit_id=unit_id,
        display_name=display_name or username,
        password_hash=hash_password(password),
    )
    session.add(user)
    session.flush()
    return user
