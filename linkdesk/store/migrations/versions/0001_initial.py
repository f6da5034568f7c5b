"""The initial schema: volunteers, schools, records, the link ledger, the outbox, consents, meta.

Revision ID: 0001
Revises:
Create Date: 2026-05-15

Plain column types on purpose: a migration must keep meaning the same thing when the models'
Python types change later. ``DateTime(timezone=True)`` is what ``UtcDateTime`` stores; JSON is
JSONB on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )
    op.create_table(
        "schools",
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("office", sa.String(100), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("region", sa.String(200), nullable=False),
        sa.Column("address", sa.String(300), nullable=False),
        sa.Column("choseong", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_schools"),
    )
    op.create_index("ix_schools_name", "schools", ["name"])
    op.create_index("ix_schools_choseong", "schools", ["choseong"])
    op.create_index("ix_schools_office_kind", "schools", ["office", "kind"])
    op.create_index("ix_schools_region", "schools", ["region"])

    op.create_table(
        "volunteers",
        sa.Column("volunteer_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("center", sa.String(200), nullable=True),
        sa.Column("vms_id", sa.String(64), nullable=True),
        sa.Column("redcross_member_id", sa.String(64), nullable=True),
        sa.Column("school_code", sa.String(20), nullable=True),
        sa.Column("grade", sa.Integer(), nullable=True),
        sa.Column("class_no", sa.Integer(), nullable=True),
        sa.Column("student_ref", sa.String(128), nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("volunteer_id", name="pk_volunteers"),
    )
    op.create_index("ix_volunteers_name_birth", "volunteers", ["name", "birth_date"])
    op.create_index("ix_volunteers_vms_id", "volunteers", ["vms_id"])
    op.create_index("ix_volunteers_redcross_member_id", "volunteers", ["redcross_member_id"])

    op.create_table(
        "consents_seen",
        sa.Column("volunteer_id", sa.String(64), nullable=False),
        sa.Column("partner", sa.String(16), nullable=False),
        sa.Column("agreed_at", TS, nullable=True),
        sa.Column("expires_at", TS, nullable=True),
        sa.Column("guardian_name", sa.String(100), nullable=True),
        sa.Column("guardian_relationship", sa.String(50), nullable=True),
        sa.Column("seen_at", TS, nullable=False),
        sa.ForeignKeyConstraint(["volunteer_id"], ["volunteers.volunteer_id"],
                                name="fk_consents_seen_volunteer_id_volunteers", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("volunteer_id", "partner", name="pk_consents_seen"),
    )
    op.create_table(
        "records",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("volunteer_id", sa.String(64), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("source_id", sa.String(64), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("organization", sa.String(200), nullable=False),
        sa.Column("category", sa.String(8), nullable=True),
        sa.Column("activity", sa.String(500), nullable=False),
        sa.Column("start", sa.String(5), nullable=True),
        sa.Column("end", sa.String(5), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("nature", sa.String(20), nullable=False),
        sa.Column("fetched_at", TS, nullable=False),
        sa.CheckConstraint(_in("source", ("1365", "vms", "redcross")), name="ck_records_source"),
        sa.CheckConstraint("minutes >= 0", name="ck_records_minutes"),
        sa.ForeignKeyConstraint(["volunteer_id"], ["volunteers.volunteer_id"],
                                name="fk_records_volunteer_id_volunteers", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_records"),
    )
    op.create_index("ix_records_volunteer_date", "records", ["volunteer_id", "date"])

    op.create_table(
        "links",
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("partner", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("receipt", sa.String(128), nullable=True),
        sa.Column("idempotency_key", sa.String(64), nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint(
            _in("status", ("pending", "queued", "sent", "approved", "rejected", "failed", "cancelled")),
            name="ck_links_status",
        ),
        sa.ForeignKeyConstraint(["record_id"], ["records.id"],
                                name="fk_links_record_id_records", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("record_id", "partner", name="pk_links"),
    )
    op.create_index("ix_links_partner_status", "links", ["partner", "status"])

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("partner", sa.String(16), nullable=False),
        sa.Column("payload", JSON_DOC, nullable=False),
        sa.Column("idempotency_key", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("lease_owner", sa.String(128), nullable=True),
        sa.Column("lease_until", TS, nullable=True),
        sa.Column("last_error_code", sa.String(64), nullable=True),
        sa.Column("last_error_message", sa.Text(), nullable=True),
        sa.Column("result", JSON_DOC, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=True),
        sa.Column("counter", sa.String(128), nullable=True),
        sa.CheckConstraint(
            _in("status", ("queued", "in_flight", "sent", "failed", "ambiguous", "cancelled")),
            name="ck_outbox_status",
        ),
        sa.ForeignKeyConstraint(["record_id"], ["records.id"], name="fk_outbox_record_id_records"),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.UniqueConstraint("idempotency_key", name="uq_outbox_idempotency_key"),
        sa.UniqueConstraint("kind", "record_id", name="uq_outbox_kind_record_id"),
    )
    op.create_index("ix_outbox_status_next", "outbox", ["status", "next_attempt_at"])
    op.create_index("ix_outbox_status_lease", "outbox", ["status", "lease_until"])


def downgrade() -> None:
    for table in ("outbox", "links", "records", "consents_seen", "volunteers", "schools", "meta"):
        op.drop_table(table)
