"""``Store``: one database (a SQLite file or a PostgreSQL server), its engine and its sessions.

    store = Store.open(data_dir=None, url=None)   # migrated, ready
    with store.unit_of_work() as uow: ...
    store.close()

A ``Store`` is safe to share between threads; the sessions it hands out are not (see ``uow``).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import TracebackType

from sqlalchemy.orm import sessionmaker

from linkdesk.store import migrate
from linkdesk.store.engine import (
    BEGIN_OPTION,
    DEFAULT_BUSY_TIMEOUT_MS,
    create_store_engine,
    normalize_url,
    sqlite_file,
)
from linkdesk.store.paths import default_db_path, sqlite_url
from linkdesk.store.uow import UnitOfWork


class Store:
    """The local store. ``Store(url)`` connects lazily and does not migrate; ``Store.open`` does."""

    def __init__(self, url: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS):
        self.url = normalize_url(url)
        self.engine = create_store_engine(self.url, busy_timeout_ms=busy_timeout_ms)
        writer = self.engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
        self._reader = self.engine.execution_options(**{BEGIN_OPTION: "DEFERRED"})
        self._writes = sessionmaker(bind=writer, expire_on_commit=False)
        self._reads = sessionmaker(bind=self._reader, expire_on_commit=False)
        self._thread_state = threading.local()

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        url: str | None = None,
        *,
        upgrade: bool = True,
        pg_backup: migrate.PgBackup | None = None,
    ) -> Store:
        """The store LinkDesk runs on: ``url`` if given (e.g. the centre's PostgreSQL), else the
        SQLite file in ``data_dir`` (default: :func:`linkdesk.store.paths.default_data_dir`);
        migrated to the newest schema unless ``upgrade=False`` (a PostgreSQL database dumped first
        into ``pg_backup``'s folder when it has to change)."""
        store = cls(url or sqlite_url(default_db_path(data_dir)))
        if upgrade:
            try:
                store.upgrade(pg_backup)
            except BaseException:
                store.close()
                raise
        return store

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.engine.dialect.name

    @property
    def sqlite_path(self) -> Path | None:
        """The database file on SQLite, None on PostgreSQL."""
        return sqlite_file(self.url) if self.dialect == "sqlite" else None

    def upgrade(self, pg_backup: migrate.PgBackup | None = None) -> migrate.UpgradeReport:
        """Migrate to the newest schema (backup first on SQLite, and on PostgreSQL with ``pg_backup``;
        refuses a newer database)."""
        return migrate.upgrade(self.engine, sqlite_path=self.sqlite_path, pg_backup=pg_backup)

    def revision(self) -> str | None:
        """The schema revision recorded in the database."""
        with self._reader.connect() as conn:
            rev = migrate.current_revision(conn)
            conn.rollback()
        return rev

    def unit_of_work(self, *, read_only: bool = False) -> UnitOfWork:
        """A new unit of work; use it in a ``with`` block on the current thread."""
        return UnitOfWork(self, self._reads if read_only else self._writes, read_only)

    def close(self) -> None:
        """Close every pooled connection (SQLite then checkpoints and removes its WAL file)."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url.render_as_string(hide_password=True)!r})"
