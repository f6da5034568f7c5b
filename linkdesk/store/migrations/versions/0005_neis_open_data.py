"""NEIS Open API data: schools keep their office code (시도교육청코드), volunteers the office code of their
school, and the schools' 학사일정 and class timetables get tables of their own.

Existing caches keep their rows: each school's office code is filled in from its office name (the 17
시도교육청), a volunteer's from their school's.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from linkdesk.protocol.offices import OFFICE_CODES

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("schools") as batch:
        batch.add_column(sa.Column("office_code", sa.String(8), nullable=False, server_default=""))
    schools = sa.table("schools", sa.column("office", sa.String), sa.column("office_code", sa.String))
    for name, code in OFFICE_CODES.items():
        op.execute(schools.update().where(schools.c.office == name).values(office_code=code))
    with op.batch_alter_table("schools") as batch:
        batch.create_unique_constraint("uq_schools_office_code_code", ["office_code", "code"])
    with op.batch_alter_table("volunteers") as batch:
        batch.add_column(sa.Column("school_office_code", sa.String(8), nullable=True))
    op.execute("UPDATE volunteers SET school_office_code = (SELECT s.office_code FROM schools s "
               "WHERE s.code = volunteers.school_code) WHERE school_code IS NOT NULL")
    op.create_table(
        "neis_schedule",
        sa.Column("office_code", sa.String(8), nullable=False),
        sa.Column("school_code", sa.String(20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("event", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("grades", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("office_code", "school_code", "day", "event", name="pk_neis_schedule"),
    )
    op.create_table(
        "neis_timetable",
        sa.Column("office_code", sa.String(8), nullable=False),
        sa.Column("school_code", sa.String(20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("class_name", sa.String(20), nullable=False),
        sa.Column("periods", sa.Integer(), nullable=False),
        sa.Column("known", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("office_code", "school_code", "day", "grade", "class_name", name="pk_neis_timetable"),
    )


def downgrade() -> None:
    op.drop_table("neis_timetable")
    op.drop_table("neis_schedule")
    with op.batch_alter_table("volunteers") as batch:
        batch.drop_column("school_office_code")
    with op.batch_alter_table("schools") as batch:
        batch.drop_constraint("uq_schools_office_code_code", type_="unique")
        batch.drop_column("office_code")
