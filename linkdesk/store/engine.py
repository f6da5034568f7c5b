"""Engines for the two supported databases: a SQLite file (one counter) or PostgreSQL (a centre).

SQLite is set up for a desktop app that a GUI thread and a dispatcher thread share:
- WAL, so readers never wait for the writer; ``synchronous=NORMAL`` (safe with WAL, much faster);
- ``foreign_keys=ON`` (SQLite's default is off) and a busy timeout instead of instant
  "database is locked" errors;
- SQLAlchemy, not the ``sqlite3`` module, emits BEGIN. Write transactions use ``BEGIN IMMEDIATE``
  so they take the write lock up front: two writers queue on the busy timeout instead of failing
  half-way with SQLITE_BUSY, and an outbox claim is atomic against another claimer;
- the file is readable by its owner only (0600), the folder 0700 when we create it. SQLite gives
  the ``-wal`` and ``-shm`` files the main file's permissions; we tighten them too when present.
  Tightening only ever removes group/other bits: a file someone made read-only stays read-only;
- before the engine touches an existing file, :mod:`linkdesk.store.db_file` checks that it is
  LinkDesk's database (not empty, not a text file, not another program's SQLite file, writable),
  so such a file is never replaced, converted to WAL or given LinkDesk's tables.

PostgreSQL goes through psycopg 3 (``postgresql+psycopg://``); ``postgresql://`` is accepted and
mapped to it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from linkdesk.store.db_file import check_sqlite_file, create_sqlite_file
from linkdesk.store.dialect import use_postgresql
from linkdesk.store.errors import StoreError

DEFAULT_BUSY_TIMEOUT_MS = 15_000
# Execution option read by the SQLite "begin" hook: "IMMEDIATE" (writers) or "DEFERRED" (readers).
BEGIN_OPTION = "linkdesk_sqlite_begin"
_POSIX = os.name == "posix"


def normalize_url(url: str | URL) -> URL:
    """Parse ``url`` and pick the supported driver for each database."""
    u = make_url(url)
    if u.get_backend_name() == "postgres":
        u = u.set(drivername="postgresql")
    if u.get_backend_name() == "postgresql":
        u = u.set(drivername="postgresql+psycopg")  # the one PostgreSQL driver LinkDesk ships
    if u.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            f"지원하지 않는 데이터베이스입니다: {u.get_backend_name()}. SQLite 또는 PostgreSQL을 사용하세요.",
            f"Unsupported database {u.get_backend_name()!r}; use SQLite or PostgreSQL.",
        )
    return u


def sqlite_file(url: URL) -> Path:
    """The file behind a SQLite URL; in-memory databases are refused (no WAL, lost on exit)."""
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        raise StoreError(
            "SQLite 데이터베이스 파일 경로가 필요합니다.",
            "A SQLite database file path is required (no in-memory or URI databases).",
        )
    return Path(database).expanduser().resolve()


def _tighten(path: Path) -> None:
    """Drop group and other bits; never add one (a read-only file stays read-only)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if _POSIX and mode & 0o077:
        os.chmod(path, mode & 0o700)


def secure_sqlite_files(path: Path) -> None:
    """Owner-only permissions on the database and its WAL side files (best effort on Windows)."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        _tighten(p)


def prepare_sqlite_file(path: Path) -> None:
    """Check an existing database file (:func:`check_sqlite_file`) or create a new one (0600 in a
    0700 folder, never existing even briefly with the umask's wider mode)."""
    if not check_sqlite_file(path):
        create_sqlite_file(path)
    secure_sqlite_files(path)


def _enable_wal(cur: sqlite3.Cursor, busy_timeout_ms: int) -> str:
    """Switch a database to WAL (a no-op once it is); returns the journal mode in force.

    Switching needs a moment of exclusive access, and SQLite answers "database is locked" at once,
    without its busy handler, when another process is switching the same new file. So retry for
    up to the busy timeout: this only ever happens when two counters create the database together.
    """
    deadline = time.monotonic() + busy_timeout_ms / 1000
    while True:
        try:
            mode = str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower()
            if mode == "wal":
                return mode
            return str(cur.execute("PRAGMA journal_mode=WAL").fetchone()[0]).lower()
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _sqlite_engine(url: URL, busy_timeout_ms: int) -> Engine:
    path = sqlite_file(url)
    prepare_sqlite_file(path)
    engine = create_engine(
        url.set(database=str(path)),
        connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _on_begin)
        cur = dbapi_conn.cursor()
        try:
            mode = _enable_wal(cur, busy_timeout_ms)
            if mode != "wal":
                raise StoreError(
                    "SQLite WAL 모드를 켤 수 없습니다. 데이터 폴더가 네트워크 드라이브인지 확인하세요.",
                    f"Could not enable SQLite WAL (journal_mode={mode}); "
                    "is the data folder on a network drive?",
                )
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cur.execute("PRAGMA synchronous=NORMAL")
        finally:
            cur.close()
        secure_sqlite_files(path)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
        conn.exec_driver_sql("BEGIN DEFERRED" if mode == "DEFERRED" else "BEGIN IMMEDIATE")

    return engine


def create_store_engine(url: str | URL, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """An engine configured as described in the module docstring."""
    u = normalize_url(url)
    if u.get_backend_name() == "sqlite":
        return _sqlite_engine(u, busy_timeout_ms)
    use_postgresql()  # the models' PostgreSQL index options (linkdesk.store.dialect)
    return create_engine(
        u,
        pool_pre_ping=True,
        connect_args={"application_name": "linkdesk", "connect_timeout": 10},
    )
