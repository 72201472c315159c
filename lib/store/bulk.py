"""Store command that replaces everything: the restore of a backup, in one unit of work."""

from __future__ import annotations

from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from lib.db import BASE_VERSION, DATA_VERSION, bump_counter, read_counter, read_data_version
from lib.models import Base
from lib.programs import REGISTRY_STAMP
from lib.store import record, transaction
from lib.store.programs import registry_restored


def replace_everything(url: str, rows: dict[str, list[dict]], schema: str, *, by: str, check) -> None:
    """Every table's rows become exactly `rows` (table name -> typed rows). `check(connection)` runs
    first and may refuse. The data version only ever grows, so no cache keyed by an older number
    mistakes the restored data for what it saw before."""
    with transaction(url) as session:
        connection = session.connection()
        check(connection)
        before, stamp = read_data_version(session), read_counter(session, REGISTRY_STAMP)
        base = read_counter(session, BASE_VERSION)
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(table.delete())
        for table in Base.metadata.sorted_tables:
            for start in range(0, len(rows[table.name]), 5000):
                session.execute(insert(table), rows[table.name][start : start + 5000])
        _restart_sequences(session)
        registry_restored(session, stamp)  # figures rebuilt only if the backup's were built with other metrics
        # The data version and the base counter of the views (lib.db.view_version) never move back.
        for key, seen in ((DATA_VERSION, before), (BASE_VERSION, base)):
            bump_counter(session, key, seen)
        record(
            session, by, "restore", "database", schema, figures=True, rows={name: len(r) for name, r in rows.items()}
        )


def _restart_sequences(session: Session) -> None:
    """On PostgreSQL restored ids were written explicitly: move each id sequence past them."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" in table.columns and table.columns["id"].autoincrement:
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )
