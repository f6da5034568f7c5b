"""The database file is never silently replaced (issue 16 point 5): a 0-byte, text, foreign,
read-only or newer-schema file stops LinkDesk with the path and is left byte for byte; backups before
migrations go to backups/ (owner-only, the newest few kept); database errors are ``database``."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from linkdesk.errors import known_message
from linkdesk.store import Store, StoreError, migrate
from linkdesk.store.db_file import APPLICATION_ID
from linkdesk.store.errors import database_error
from linkdesk.store.paths import sqlite_url
from tests.helpers.security_cli import cli  # noqa: F401 - fixture

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    """The file's bytes and mode, and the files beside it (no -wal/-journal appeared)."""
    return (hashlib.sha256(path.read_bytes()).hexdigest(), stat.S_IMODE(path.stat().st_mode),
            sorted(p.name for p in path.parent.iterdir()))


def foreign_database(path: Path) -> None:
    """Another program's SQLite file: its own table, rollback journal (not WAL)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('장보기 목록')")
    conn.commit()
    conn.close()


def refused(path: Path, *words: str) -> StoreError:
    before = fingerprint(path)
    with pytest.raises(StoreError) as caught:
        Store.open(url=sqlite_url(path))
    assert str(path.resolve()) in caught.value.ko or str(path) in caught.value.ko
    for w in words:
        assert w in caught.value.ko
    assert fingerprint(path) == before  # byte for byte, same mode, nothing new beside it
    return caught.value


def test_an_empty_file_is_not_replaced_by_a_new_database(tmp_path):
    db = tmp_path / "linkdesk.db"
    db.write_bytes(b"")
    refused(db, "0바이트")


def test_a_text_file_is_not_a_database(tmp_path):
    db = tmp_path / "linkdesk.db"
    db.write_text("이것은 메모입니다\n" * 50, encoding="utf-8")
    refused(db, "SQLite")


def test_another_programs_sqlite_file_gets_no_tables_and_stays_out_of_wal(tmp_path):
    db = tmp_path / "linkdesk.db"
    foreign_database(db)
    refused(db, "다른 프로그램")
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]
    finally:
        conn.close()


def test_a_database_from_a_newer_linkdesk_is_left_as_it_was(tmp_path):
    db = tmp_path / "linkdesk.db"
    Store.open(url=sqlite_url(db)).close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    error = refused(db, "더 새로운 버전")
    assert "9999" in error.ko


@posix_only
def test_a_read_only_database_is_reported_never_chmoded(tmp_path):
    db = tmp_path / "linkdesk.db"
    Store.open(url=sqlite_url(db)).close()
    os.chmod(db, 0o444)
    refused(db, "읽기 전용")
    assert stat.S_IMODE(db.stat().st_mode) == 0o444


def test_a_new_database_carries_linkdesks_mark_and_an_old_one_is_still_ours(tmp_path):
    db = tmp_path / "linkdesk.db"
    Store.open(url=sqlite_url(db)).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    conn.execute("PRAGMA application_id = 0")  # as a database made before the mark existed
    conn.commit()
    conn.close()
    with Store.open(url=sqlite_url(db)) as store:
        assert store.revision() == migrate.head_revision()


def test_the_cli_says_database_with_the_path_and_no_traceback(cli, tmp_path):  # noqa: F811
    cli.db.parent.mkdir(parents=True)
    cli.db.write_bytes(b"")
    code, out, err = cli("certificate", "list", "--json")
    assert code == 1 and json.loads(out)["error"]["code"] == "database"
    assert str(cli.db) in err and "Traceback" not in err
    assert cli.db.stat().st_size == 0


@posix_only
def test_backups_before_migrations_are_owner_only_and_the_newest_five_are_kept(tmp_path):
    db = tmp_path / "linkdesk.db"
    Store.open(url=sqlite_url(db)).close()
    made = [migrate.backup_sqlite(db, "0004") for _ in range(7)]
    folder = tmp_path / "backups"
    left = sorted(folder.iterdir())
    assert left == sorted(made[-5:])
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in left} == {0o600}


def test_a_locked_database_is_a_database_error_not_a_bug(tmp_path):
    db = tmp_path / "linkdesk.db"
    Store.open(url=sqlite_url(db)).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Store(sqlite_url(db), busy_timeout_ms=50) as store:
            with pytest.raises(Exception) as caught:
                with store.unit_of_work() as uow:
                    uow.session.execute(text("SELECT 1"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = known_message(caught.value)
    assert message is not None and message.code == "database" and "잠겨" in message.ko


@pytest.mark.parametrize(("driver_text", "words"), [
    ("disk I/O error", "디스크"),
    ("attempt to write a readonly database", "읽기 전용"),
    ("unable to open database file", "열 수 없습니다"),
    ("database disk image is malformed", "손상"),
])
def test_driver_errors_become_korean_database_messages(driver_text, words):
    from sqlalchemy.exc import OperationalError

    exc = OperationalError("SELECT 1", {}, sqlite3.OperationalError(driver_text))
    message = known_message(exc)
    assert message is not None and message.code == "database" and words in message.ko
    assert database_error(ValueError("disk I/O error")) is None  # not a database error: still a bug
