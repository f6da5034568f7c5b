"""Partial indexes over the unfinished outbox rows, for the pending-review screen (전송 대기 목록).

With 100,000 waiting rows the list's first page sorted the whole open outbox each time (~130 ms on
SQLite, every filter change); walking ``ix_outbox_open_created`` in order it reads one page (~2 ms).
``ix_outbox_open_status`` answers the counts per status from the index alone. Both hold only rows
not yet sent or cancelled, so years of sent rows cost them nothing. The predicate is exactly the one
``linkdesk.services.pending_query`` writes (``status NOT IN ('sent', 'cancelled')``): SQLite uses a
partial index only for a query whose WHERE contains its predicate.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = "status NOT IN ('sent', 'cancelled')"


def upgrade() -> None:
    where = {"sqlite_where": sa.text(OPEN), "postgresql_where": sa.text(OPEN)}
    op.create_index("ix_outbox_open_created", "outbox", ["created_at", "id"], **where)
    op.create_index("ix_outbox_open_status", "outbox", ["status", "last_error_code"], **where)


def downgrade() -> None:
    op.drop_index("ix_outbox_open_status", "outbox")
    op.drop_index("ix_outbox_open_created", "outbox")
