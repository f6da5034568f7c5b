"""Indexes for searching: the pending-review text and school filters, the records list.

- ``ix_records_volunteer_order`` (volunteer_id, date, seq, id): a volunteer's records in list order
  straight from the index (the records list, 실적선택), no sort, with millions of records cached.
- ``ix_outbox_open_record`` (record_id, over unfinished rows): the pending filters narrow to records
  first (a text, a school, a volunteer), then find their outbox rows through this index instead
  of joining every waiting row to its record and volunteer.
- ``ix_volunteers_school`` (school_code): the volunteers of one school, for the school filter.
- Text search (``linkdesk.store.text_search``): on SQLite, FTS5 trigram tables over records'
  organization/activity and volunteers' names with their triggers, filled from the rows already
  there; on PostgreSQL, ``pg_trgm`` GIN indexes when the extension can be installed (skipped, with
  a warning, when it cannot: the filters still work, by scanning).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from linkdesk.store.text_search import SEARCHED, TRGM_INDEXES, create_sqlite_fts, drop_sqlite_fts

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)
OPEN = "status NOT IN ('sent', 'cancelled')"


def upgrade() -> None:
    op.create_index("ix_records_volunteer_order", "records", ["volunteer_id", "date", "seq", "id"])
    where = {"sqlite_where": sa.text(OPEN), "postgresql_where": sa.text(OPEN)}
    op.create_index("ix_outbox_open_record", "outbox", ["record_id"], **where)
    op.create_index("ix_volunteers_school", "volunteers", ["school_code"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in SEARCHED:
            create_sqlite_fts(bind.exec_driver_sql, table)
    elif bind.dialect.name == "postgresql":
        _pg_trigram(bind)


def _pg_trigram(bind: sa.Connection) -> None:
    """GIN trigram indexes, when pg_trgm is there or can be installed (a savepoint keeps a refusal
    from aborting the migration)."""
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError as exc:
        log.warning("pg_trgm is not available (%s): text filters will scan instead of using an index",
                    type(exc.orig).__name__)
        return
    for name, (table, column) in TRGM_INDEXES.items():
        op.create_index(name, table, [column], postgresql_using="gin", postgresql_ops={column: "gin_trgm_ops"})


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in SEARCHED:
            drop_sqlite_fts(bind.exec_driver_sql, table)
    elif bind.dialect.name == "postgresql":
        for name in TRGM_INDEXES:
            bind.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    op.drop_index("ix_volunteers_school", "volunteers")
    op.drop_index("ix_outbox_open_record", "outbox")
    op.drop_index("ix_records_volunteer_order", "records")
