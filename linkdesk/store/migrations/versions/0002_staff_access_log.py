"""Staff accounts, permission changes, the access log, its monthly reviews and purge anchors.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", TS, nullable=True),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("last_login_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_staff"),
        sa.UniqueConstraint("username", name="uq_staff_username"),
        sa.CheckConstraint(_in("role", ("counter", "admin")), name="ck_staff_role"),
    )
    op.create_table(
        "permission_changes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("changed_by", sa.String(64), nullable=False),
        sa.Column("change", sa.String(32), nullable=False),
        sa.Column("old_value", sa.String(100), nullable=True),
        sa.Column("new_value", sa.String(100), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_permission_changes"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name="fk_permission_changes_staff_id_staff"),
    )
    op.create_index("ix_permission_changes_staff_at", "permission_changes", ["staff_id", "at"])
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("staff", sa.String(64), nullable=False),
        sa.Column("counter_host", sa.String(128), nullable=False),
        sa.Column("counter_addr", sa.String(64), nullable=False),
        sa.Column("volunteer_id", sa.String(64), nullable=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_access_log"),
        sa.UniqueConstraint("hash", name="uq_access_log_hash"),
        sa.CheckConstraint(_in("action", ("view", "entry", "change", "delete", "print", "download")),
                           name="ck_access_log_action"),
        sqlite_autoincrement=True,  # ids never reused, even after the newest rows were deleted
    )
    op.create_index("ix_access_log_at", "access_log", ["at"])
    op.create_index("ix_access_log_staff_at", "access_log", ["staff", "at"])
    op.create_index("ix_access_log_volunteer_at", "access_log", ["volunteer_id", "at"])
    op.create_table(
        "access_reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("reviewed_by", sa.String(64), nullable=False),
        sa.Column("reviewed_at", TS, nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("through_id", sa.Integer(), nullable=True),
        sa.Column("through_hash", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_access_reviews"),
        sa.UniqueConstraint("period", name="uq_access_reviews_period"),
    )
    op.create_table(
        "access_log_anchors",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("purged_by", sa.String(64), nullable=False),
        sa.Column("cutoff", TS, nullable=False),
        sa.Column("through_id", sa.Integer(), nullable=False),
        sa.Column("through_hash", sa.String(64), nullable=False),
        sa.Column("purged", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_access_log_anchors"),
        sa.UniqueConstraint("through_id", name="uq_access_log_anchors_through_id"),
    )


def downgrade() -> None:
    op.drop_table("access_log_anchors")
    op.drop_table("access_reviews")
    op.drop_index("ix_access_log_volunteer_at", "access_log")
    op.drop_index("ix_access_log_staff_at", "access_log")
    op.drop_index("ix_access_log_at", "access_log")
    op.drop_table("access_log")
    op.drop_index("ix_permission_changes_staff_at", "permission_changes")
    op.drop_table("permission_changes")
    op.drop_table("staff")
