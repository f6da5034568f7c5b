"""Class visits (학급 단위 연계) and their roster, so a visit resumes after a crash; the follow-up of
records a school rejected (반려).

Three new tables; nothing existing changes. No column can hold a 주민등록번호.

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    op.create_table(
        "class_visits",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("school_code", sa.String(20), nullable=False),
        sa.Column("school_name", sa.String(200), nullable=False),
        sa.Column("school_office", sa.String(100), nullable=False),
        sa.Column("school_region", sa.String(200), nullable=False),
        sa.Column("school_kind", sa.String(20), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=True),
        sa.Column("class_no", sa.Integer(), nullable=True),
        sa.Column("staff", sa.String(64), nullable=False),
        sa.Column("counter", sa.String(128), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finished_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_class_visits"),
        sa.CheckConstraint(_in("status", ("open", "finished")), name="ck_class_visits_status"),
    )
    op.create_index("ix_class_visits_status_started", "class_visits", ["status", "started_at"])
    op.create_table(
        "class_visit_students",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("volunteer_id", sa.String(64), nullable=True),
        sa.Column("hours_sent", sa.Integer(), nullable=False),
        sa.Column("records_sent", sa.Integer(), nullable=False),
        sa.Column("records_waiting", sa.Integer(), nullable=False),
        sa.Column("reason_code", sa.String(64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("todo", sa.Text(), nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_class_visit_students"),
        sa.ForeignKeyConstraint(["visit_id"], ["class_visits.id"], ondelete="CASCADE",
                                name="fk_class_visit_students_visit_id_class_visits"),
        sa.UniqueConstraint("visit_id", "position", name="uq_class_visit_students_visit_id_position"),
        sa.CheckConstraint(_in("status", ("waiting", "done", "nothing", "failed", "skipped")),
                           name="ck_class_visit_students_status"),
    )
    op.create_index("ix_class_visit_students_visit", "class_visit_students", ["visit_id", "position"])
    op.create_table(
        "rejection_followups",
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("handled_at", TS, nullable=False),
        sa.Column("handled_by", sa.String(64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name="pk_rejection_followups"),
        sa.ForeignKeyConstraint(["record_id"], ["records.id"], ondelete="CASCADE",
                                name="fk_rejection_followups_record_id_records"),
    )


def downgrade() -> None:
    op.drop_table("rejection_followups")
    op.drop_index("ix_class_visit_students_visit", "class_visit_students")
    op.drop_table("class_visit_students")
    op.drop_index("ix_class_visits_status_started", "class_visits")
    op.drop_table("class_visits")
