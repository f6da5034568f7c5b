"""The local store: SQLite by default, PostgreSQL for a centre whose counters share one database.

Public surface (see each module for details):

- :class:`Store` — ``Store(url)``, ``Store.open(data_dir=None, url=None)``, ``upgrade()``,
  ``unit_of_work(read_only=False)``, ``close()``;
- :mod:`linkdesk.store.outbox` — ``enqueue``, ``claim``, ``complete``, ``retry_later``,
  ``mark_ambiguous``, ``fail_permanently``, ``cancel``, ``retry``, ``pending``, ``counts``;
- :mod:`linkdesk.store.paths` — ``default_data_dir()``, ``default_db_path()``;
- :class:`StoreError` (Korean ``ko`` and English ``en`` texts), :class:`LeaseLost`,
  :class:`OutboxStateError`.

This package never imports Qt and never stores a 주민등록번호.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from linkdesk.lazy import lazy_exports
from linkdesk.store.errors import LeaseLost, OutboxStateError, StoreError

if TYPE_CHECKING:
    from linkdesk.store.database import Store
    from linkdesk.store.paths import default_data_dir, default_db_path

__all__ = [
    "LeaseLost",
    "OutboxStateError",
    "Store",
    "StoreError",
    "default_data_dir",
    "default_db_path",
]

# Loaded on first use: ``linkdesk.store.paths`` (the data folder) must not pull in SQLAlchemy, so
# the counter window can be on screen before the database layer is imported.
_HOME = {"Store": "database", "default_data_dir": "paths", "default_db_path": "paths"}

__getattr__ = lazy_exports(__name__, globals(), _HOME)
