"""The PostgreSQL-only parts of the schema stay off a SQLite start and are all there on PostgreSQL.

The models name no PostgreSQL option (that loaded ``sqlalchemy.dialects.postgresql`` on every
SQLite start); :func:`linkdesk.store.dialect.use_postgresql` adds them when a PostgreSQL engine is
made, and the migrations create the indexes themselves. Here: a SQLite start never loads the
PostgreSQL dialect, and on PostgreSQL the partial and ``pg_trgm`` indexes exist as the migrations
describe and the models match them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from linkdesk.store import Store
from linkdesk.store.schema import Base
from linkdesk.store.models import POSTGRESQL_INDEX_OPTIONS
from linkdesk.store.text_search import TRGM_INDEXES
from tests.fixtures.store import fresh_pg_database

ROOT = Path(__file__).resolve().parents[1]
OPEN_INDEXES = ("ix_outbox_open_created", "ix_outbox_open_status", "ix_outbox_open_record")


def test_a_sqlite_store_with_every_model_never_loads_the_postgresql_dialect(tmp_path) -> None:
    Store.open(url=f"sqlite:///{tmp_path / 'x.db'}").close()  # migrated here (the migrations may name it)
    code = (
        "import sys\n"
        "from linkdesk.store import Store\n"
        "import linkdesk.store.models, linkdesk.store.repositories\n"
        "from linkdesk.store.dialect import dialect_insert\n"
        "from linkdesk.store.models_certificates import CertificateSequence\n"
        f"s = Store.open(url='sqlite:///{tmp_path / 'x.db'}')\n"
        "with s.unit_of_work() as uow:\n"
        "    uow.session.execute(dialect_insert(uow.session.get_bind().dialect, CertificateSequence)"
        ".values(year=2026, last_seq=1))\n"
        "s.close()\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.dialects.postgresql')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_models_name_the_postgresql_index_options_that_migrations_create() -> None:
    indexes = {i.name: i for t in Base.metadata.tables.values() for i in t.indexes}
    assert set(OPEN_INDEXES) <= set(POSTGRESQL_INDEX_OPTIONS) <= set(indexes)
    for name in OPEN_INDEXES:  # the SQLite half of each partial index is declared on the model itself
        assert "status NOT IN" in str(indexes[name].dialect_options["sqlite"]["where"])


@pytest.mark.postgres
def test_on_postgresql_the_partial_and_trigram_indexes_exist_and_the_models_carry_them() -> None:
    for url in fresh_pg_database():
        with Store.open(url=url) as store:
            with store.engine.connect() as conn:
                defs = dict(conn.execute(text(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()")).all())
                has_trgm = conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first()
        for name in OPEN_INDEXES:
            assert "WHERE" in defs[name] and "sent" in defs[name] and "cancelled" in defs[name], defs.get(name)
        assert has_trgm is not None, "pg_trgm could not be installed on the test server"
        for name, (table, column) in TRGM_INDEXES.items():
            assert "USING gin" in defs[name] and f"{column} gin_trgm_ops" in defs[name], defs.get(name)
        # a PostgreSQL engine gave the models their PostgreSQL options (the migrations test compares them)
        indexes = {i.name: i for t in Base.metadata.tables.values() for i in t.indexes}
        for name in OPEN_INDEXES:
            assert "status NOT IN" in str(indexes[name].dialect_options["postgresql"]["where"])
