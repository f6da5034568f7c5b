"""Certificates (자원봉사 실적 확인서), their ledger events and the per-year number sequence.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    op.create_table(
        "certificate_sequences",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name="pk_certificate_sequences"),
    )
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.String(64), nullable=False),
        sa.Column("volunteer_name", sa.String(100), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("purpose", sa.String(200), nullable=False),
        sa.Column("identity_kind", sa.String(16), nullable=False),
        sa.Column("activity_count", sa.Integer(), nullable=False),
        sa.Column("total_minutes", sa.Integer(), nullable=False),
        sa.Column("content", JSON_DOC, nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
        sa.Column("issued_at", TS, nullable=False),
        sa.Column("issued_by", sa.String(64), nullable=False),
        sa.Column("counter", sa.String(128), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_at", TS, nullable=True),
        sa.Column("voided_by", sa.String(64), nullable=True),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.Column("replaced_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_certificates"),
        sa.UniqueConstraint("number", name="uq_certificates_number"),
        sa.UniqueConstraint("year", "seq", name="uq_certificates_year_seq"),
        sa.ForeignKeyConstraint(["replaces_id"], ["certificates.id"], name="fk_certificates_replaces_id_certificates"),
        sa.ForeignKeyConstraint(["replaced_by_id"], ["certificates.id"],
                                name="fk_certificates_replaced_by_id_certificates"),
        sa.CheckConstraint(_in("status", ("issued", "void", "reissued")), name="ck_certificates_status"),
        sa.CheckConstraint(_in("identity_kind", ("birth_date", "masked_number")),
                           name="ck_certificates_identity_kind"),
    )
    op.create_index("ix_certificates_volunteer_issued", "certificates", ["volunteer_id", "issued_at"])
    op.create_index("ix_certificates_issued_at", "certificates", ["issued_at"])
    op.create_table(
        "certificate_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("certificate_id", sa.Integer(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("staff", sa.String(64), nullable=False),
        sa.Column("counter", sa.String(128), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_certificate_events"),
        sa.ForeignKeyConstraint(["certificate_id"], ["certificates.id"],
                                name="fk_certificate_events_certificate_id_certificates"),
        sa.CheckConstraint(_in("action", ("issue", "reissue", "void", "print", "pdf")),
                           name="ck_certificate_events_action"),
    )
    op.create_index("ix_certificate_events_certificate_at", "certificate_events", ["certificate_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_certificate_events_certificate_at", "certificate_events")
    op.drop_table("certificate_events")
    op.drop_index("ix_certificates_issued_at", "certificates")
    op.drop_index("ix_certificates_volunteer_issued", "certificates")
    op.drop_table("certificates")
    op.drop_table("certificate_sequences")
