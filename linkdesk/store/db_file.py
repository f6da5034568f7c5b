"""Look at a SQLite file before opening it as LinkDesk's: never replace, convert or unlock it silently.

SQLite opens almost anything: a 0-byte file becomes a new database, another program's database gets
LinkDesk's tables added (and its header rewritten by the switch to WAL), and a chmod "fixes" a file
someone made read-only. So before the engine touches the file, :func:`check_sqlite_file` reads it
(read-only, nothing written) and stops with a :class:`~linkdesk.store.errors.StoreError` naming the
path when it is

* a folder, empty (0 bytes), or not a SQLite file at all (a text file, a document …);
* another program's SQLite database: not marked with LinkDesk's ``application_id`` and without
  LinkDesk's own tables (``alembic_version`` with ``volunteers`` and ``outbox``);
* read-only (no owner write bit): LinkDesk says so instead of changing the mode.

A database from a newer LinkDesk is refused by :mod:`linkdesk.store.migrate` before anything changes.
A new database is made complete in a temporary file (WAL, ``application_id``) and linked into place
only if nothing is there yet (:func:`create_sqlite_file`), so no 0-byte file of ours ever exists and
two counters creating it together cannot replace each other's.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
from pathlib import Path

from linkdesk.files import PRIVATE_FILE_MODE, ensure_dir_for_file
from linkdesk.store.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x4C4B444B  # "LKDK": PRAGMA application_id of a database LinkDesk created
OUR_TABLES = frozenset({"alembic_version", "volunteers", "outbox"})


def _stop(path: Path, ko: str, en: str) -> StoreError:
    return StoreError(f"{ko}\n파일: {path}\n파일은 그대로 두었습니다. 관리자에게 문의하세요.",
                      f"{en} File: {path} (left as it was).")


def check_sqlite_file(path: Path) -> bool:
    """True when ``path`` is LinkDesk's database, False when there is no file yet; else StoreError."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return False
    if stat.S_ISDIR(st.st_mode):
        raise _stop(path, "데이터베이스 경로가 파일이 아니라 폴더입니다.", "The database path is a folder.")
    if st.st_size == 0:
        raise _stop(path, "데이터베이스 파일이 비어 있습니다(0바이트). 새 데이터베이스로 바꾸지 않았습니다. "
                          "백업(backups 폴더)에서 복원하세요.",
                    "The database file is empty (0 bytes); it was not replaced by a new one. Restore a backup.")
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError:
        raise _stop(path, "데이터베이스 파일을 읽을 권한이 없습니다.", "No permission to read the database file.") from None
    if header != SQLITE_HEADER:
        raise _stop(path, "이 파일은 LinkDesk 데이터베이스(SQLite)가 아닙니다.",
                    "This file is not a SQLite database (not LinkDesk's).")
    if os.name == "posix" and not st.st_mode & stat.S_IWUSR:
        raise _stop(path, "데이터베이스 파일이 읽기 전용입니다. 쓰기 권한을 주거나(관리자) 다른 데이터 폴더를 쓰세요. "
                          "LinkDesk는 파일 권한을 스스로 바꾸지 않습니다.",
                    "The database file is read-only; LinkDesk does not change its mode itself.")
    app_id, tables = _peek(path)
    if app_id != APPLICATION_ID and not OUR_TABLES <= tables and (tables or app_id):
        raise _stop(path, "이 파일은 다른 프로그램의 SQLite 데이터베이스입니다. LinkDesk는 이 파일을 열거나 바꾸지 않습니다.",
                    "This is another program's SQLite database; LinkDesk does not open or change it.")
    return True


def _peek(path: Path) -> tuple[int, frozenset[str]]:
    """The application_id and table names, read without writing (``mode=ro``)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _stop(path, "데이터베이스 파일을 열 수 없습니다.", f"The database file cannot be opened ({exc}).") from None
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        names = frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    except sqlite3.DatabaseError as exc:
        raise _stop(path, "데이터베이스 파일이 손상되었거나 SQLite 파일이 아닙니다.",
                    f"The database file is damaged or not a SQLite file ({exc}).") from None
    finally:
        conn.close()
    return app_id, names


def create_sqlite_file(path: Path) -> None:
    """A new, empty LinkDesk database at ``path`` (folder 0700, file 0600), unless one appeared first."""
    ensure_dir_for_file(path.parent)  # the data folder is made private by open_core; a chosen one is not ours
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    os.close(fd)
    try:
        if os.name == "posix":
            os.chmod(tmp, PRIVATE_FILE_MODE)
        conn = sqlite3.connect(tmp)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.commit()
        finally:
            conn.close()
        try:
            os.link(tmp, path)  # never replaces: another counter's new file wins and is used as is
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links: rename, unless a file appeared meanwhile
            if not path.exists():
                os.replace(tmp, path)
    finally:
        for leftover in (tmp, f"{tmp}-wal", f"{tmp}-shm"):
            try:
                os.unlink(leftover)
            except FileNotFoundError:
                pass
