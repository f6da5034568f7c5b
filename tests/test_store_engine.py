"""Engine set-up: SQLite pragmas and file permissions, URLs, paths, aware UTC datetimes."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from linkdesk.store import Store, StoreError
from linkdesk.store.coltypes import UTC
from linkdesk.store.engine import normalize_url
from linkdesk.store.models import OutboxItem
from linkdesk.store.paths import default_data_dir, default_db_path, sqlite_url

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@posix_only
def test_sqlite_file_wal_and_shm_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a typical desktop umask would make new files 0644
    try:
        db = tmp_path / "new" / "linkdesk.db"
        with Store.open(url=sqlite_url(db)) as store:
            with store.unit_of_work() as uow:
                uow.volunteers.save("V-1", name="김민준")
            side = [Path(f"{db}-wal"), Path(f"{db}-shm")]
            assert all(p.exists() for p in side)  # WAL mode keeps them while connected
            assert [_mode(p) for p in [db, *side]] == [0o600, 0o600, 0o600]
            assert _mode(db.parent) == 0o700  # we created the folder
    finally:
        os.umask(old)


@posix_only
def test_existing_database_file_is_tightened(tmp_path: Path) -> None:
    db = tmp_path / "linkdesk.db"
    Store.open(url=sqlite_url(db)).close()
    os.chmod(db, 0o644)
    Store(sqlite_url(db)).close()
    assert _mode(db) == 0o600


def test_sqlite_pragmas(tmp_path: Path) -> None:
    with Store(sqlite_url(tmp_path / "x.db"), busy_timeout_ms=4321) as store:
        with store.engine.connect() as conn:
            pragmas = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in
                       ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")}
            conn.rollback()
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 4321, "synchronous": 1}


def test_sqlite_write_transactions_take_the_write_lock_at_begin(tmp_path: Path) -> None:
    """A second writer waits at BEGIN (busy timeout), it never fails half-way through."""
    url = sqlite_url(tmp_path / "x.db")
    with Store.open(url=url) as a, Store(url, busy_timeout_ms=50) as b:
        with a.unit_of_work() as writer:
            writer.volunteers.get("nobody")  # first statement: BEGIN IMMEDIATE takes the lock
            with pytest.raises(OperationalError, match="database is locked"):
                with b.unit_of_work() as other:
                    other.volunteers.get("nobody")
            with b.unit_of_work(read_only=True) as reader:  # WAL: readers are never blocked
                assert reader.volunteers.get("nobody") is None


def test_urls() -> None:
    assert normalize_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert normalize_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    assert normalize_url("postgresql+psycopg://u@h/db").drivername == "postgresql+psycopg"
    with pytest.raises(StoreError):
        normalize_url("mysql://u@h/db")
    with pytest.raises(StoreError):
        Store("sqlite://")
    store = Store("postgresql://staff:secret@db.example/linkdesk")  # no connection is made yet
    try:
        assert "secret" not in repr(store)
    finally:
        store.close()


def test_data_dir_helpers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LINKDESK_DATA_DIR", raising=False)
    assert default_data_dir().name == "LinkDesk"
    monkeypatch.setenv("LINKDESK_DATA_DIR", str(tmp_path / "env"))
    assert default_data_dir() == tmp_path / "env"
    assert default_db_path() == tmp_path / "env" / "linkdesk.db"
    assert default_db_path(tmp_path / "cli") == tmp_path / "cli" / "linkdesk.db"


def test_datetimes_round_trip_aware_utc(store: Store) -> None:
    kst = dt.timezone(dt.timedelta(hours=9))
    at = dt.datetime(2026, 5, 15, 10, 0, 0, 123456, tzinfo=kst)
    with store.unit_of_work() as uow:
        uow.session.add(OutboxItem(kind="k", partner="p", payload={}, idempotency_key="key-1",
                                   next_attempt_at=at, created_at=at, updated_at=at))
    with store.unit_of_work(read_only=True) as uow:
        item = uow.session.query(OutboxItem).one()
        assert item.next_attempt_at == at and item.next_attempt_at.tzinfo == UTC
        assert item.next_attempt_at.hour == 1  # 10:00 KST is 01:00 UTC
        # Comparisons in SQL see UTC too (text comparison on SQLite, timestamptz on PostgreSQL).
        n = uow.session.execute(
            text("SELECT count(*) FROM outbox WHERE next_attempt_at <= :t"),
            {"t": dt.datetime(2026, 5, 15, 1, 0, 1)},
        ).scalar()
        assert n == 1


def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        with store.unit_of_work() as uow:
            uow.session.add(OutboxItem(kind="k", partner="p", payload={}, idempotency_key="key-1",
                                       next_attempt_at=dt.datetime(2026, 5, 15, 10, 0)))
