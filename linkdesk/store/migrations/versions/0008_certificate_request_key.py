"""One certificate per click: ``certificates.request_key`` (unique), the issue's idempotency key.

The issue form sends one key per intended certificate; a second request with the same key (a
double click, a retry after a lost answer) returns the certificate already issued instead of
taking a new 발급번호. Old rows keep NULL (several NULLs are allowed by a unique index on SQLite
and PostgreSQL alike). The certificate signing key leaves the database's ``meta`` table at its
first use after this version (``linkdesk.services.certificate_keys.move_legacy_key``): moving it
needs the key folder, which a migration does not know.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("certificates") as batch:
        batch.add_column(sa.Column("request_key", sa.String(64), nullable=True))
    op.create_index("ix_certificates_request_key", "certificates", ["request_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_certificates_request_key", "certificates")
    with op.batch_alter_table("certificates") as batch:
        batch.drop_column("request_key")
