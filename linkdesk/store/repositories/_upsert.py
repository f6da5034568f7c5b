"""INSERT … ON CONFLICT DO UPDATE for both databases, as one executemany.

Two counters syncing the same volunteer at once must not fail on a duplicate key, and a sync of
hundreds of records must not cost one SELECT per row: the database resolves the conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session


def upsert(
    session: Session,
    model: type[DeclarativeBase],
    rows: Sequence[dict[str, Any]],
    keys: Sequence[str],
) -> int:
    """Insert ``rows`` (all with the same columns) or update the columns they carry on conflict."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(model)
    update_cols = [c for c in rows[0] if c not in keys]
    if update_cols:
        stmt = stmt.on_conflict_do_update(
            index_elements=list(keys),
            set_={c: stmt.excluded[c] for c in update_cols},
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    session.execute(stmt, list(rows))
    return len(rows)
