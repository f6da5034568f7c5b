"""Schools are keyed by office + school code, as NEIS identifies them (DOMAIN.md: "A school is
identified by both codes").

Migration 0005 kept the office code with each school and made the pair unique, but the primary
key stayed the school code alone, so a directory or an Open API file holding the same 표준학교코드
under two 교육청 kept only one of them. The pair is now the primary key (the unique constraint it
replaces goes).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("schools", recreate="always") as batch:
            batch.drop_constraint("uq_schools_office_code_code", type_="unique")
            batch.drop_constraint("pk_schools", type_="primary")
            batch.create_primary_key("pk_schools", ["code", "office_code"])
        return
    op.drop_constraint("uq_schools_office_code_code", "schools", type_="unique")
    op.drop_constraint("pk_schools", "schools", type_="primary")
    op.create_primary_key("pk_schools", "schools", ["code", "office_code"])


def downgrade() -> None:
    # Only possible while no school code appears under two offices.
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("schools", recreate="always") as batch:
            batch.drop_constraint("pk_schools", type_="primary")
            batch.create_primary_key("pk_schools", ["code"])
            batch.create_unique_constraint("uq_schools_office_code_code", ["office_code", "code"])
        return
    op.drop_constraint("pk_schools", "schools", type_="primary")
    op.create_primary_key("pk_schools", "schools", ["code"])
    op.create_unique_constraint("uq_schools_office_code_code", "schools", ["office_code", "code"])
