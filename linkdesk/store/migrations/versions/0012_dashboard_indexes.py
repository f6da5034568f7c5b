"""Indexes for the dashboard (현황): links by the time they were sent, consents by expiry.

The dashboard groups the period's links by day; without ``ix_links_sent_at`` a month on a cache of
2,000,000 records scanned every link. ``ix_consents_seen_expires`` answers "consents expiring in
the next 30 days" from the index.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_links_sent_at", "links", ["sent_at"])
    op.create_index("ix_consents_seen_expires", "consents_seen", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_consents_seen_expires", "consents_seen")
    op.drop_index("ix_links_sent_at", "links")
