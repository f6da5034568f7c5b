"""What differs between the two databases, loaded only for the one in use.

SQLAlchemy imports a dialect's whole package (types, compiler, its async drivers' modules) the
first time anything names it: a dialect-specific type or index option in a model, or
``from sqlalchemy.dialects import postgresql``. On a counter's SQLite that was the PostgreSQL
dialect at every start. So the models name no PostgreSQL option; :func:`use_postgresql` adds them
when a PostgreSQL engine is made (before any statement of that engine is compiled), and the
upserts take their dialect's ``INSERT`` by name.

The schema itself comes from the Alembic migrations, which state every PostgreSQL index option
(partial indexes, ``pg_trgm``) on their own; the options here keep the models' description of the
schema the same as what the migrations create (``tests/test_store_migrations.py``).
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.sql.expression import Insert

_ADDED = threading.Lock()
_added = False


def dialect_insert(dialect: Dialect | str, table: Any) -> Insert:
    """``INSERT`` of ``table`` with its dialect's ``ON CONFLICT`` (SQLite or PostgreSQL)."""
    name = dialect if isinstance(dialect, str) else dialect.name
    if name not in ("sqlite", "postgresql"):
        raise ValueError(f"no upsert for dialect {name!r}")
    return importlib.import_module(f"sqlalchemy.dialects.{name}").insert(table)


def use_postgresql() -> None:
    """Give the models' indexes their PostgreSQL options (once per process; idempotent)."""
    global _added
    with _ADDED:
        if _added:
            return
        from linkdesk.store.models import POSTGRESQL_INDEX_OPTIONS
        from linkdesk.store.schema import Base  # every table registered

        for table in Base.metadata.tables.values():
            for index in table.indexes:
                for key, value in POSTGRESQL_INDEX_OPTIONS.get(index.name, {}).items():
                    index.dialect_kwargs[f"postgresql_{key}"] = value
        _added = True
