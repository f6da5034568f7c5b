"""Errors the store raises. Each carries a Korean text for staff and an English one for logs.

The messages never contain personal numbers: they speak of revisions, files and item ids only.
"""

from __future__ import annotations

import sys


class StoreError(Exception):
    """Something about the local database that staff or the administrator must act on."""

    def __init__(self, ko: str, en: str):
        super().__init__(f"{ko} / {en}")
        self.ko = ko
        self.en = en


class LeaseLost(StoreError):
    """A dispatcher tried to finish an outbox item whose lease another dispatcher now holds.

    The other owner wins: it will report the outcome. The caller must not touch the item again.
    """

    def __init__(self, item_id: int, owner: str, holder: str | None, status: str):
        super().__init__(
            f"전송 대기열 항목 {item_id}의 처리 권한이 다른 창구({holder or '-'})로 넘어갔습니다(상태: {status}).",
            f"Outbox item {item_id}: lease lost by {owner}; "
            f"now held by {holder or '-'} (status {status}).",
        )
        self.item_id = item_id
        self.owner = owner
        self.holder = holder
        self.status = status


class OutboxStateError(StoreError):
    """An outbox operation that the item's current status does not allow (e.g. cancel a sent item)."""


# What a database driver's error means for staff: (words in the driver's message, Korean, English).
_DRIVER_ERRORS = (
    (("database is locked", "database table is locked", "lock timeout", "could not obtain lock",
      "deadlock detected"),
     "데이터베이스가 다른 창구나 프로그램에 의해 잠겨 있습니다. 잠시 후 다시 해 보세요.",
     "The database is locked by another counter or program; try again in a moment."),
    (("readonly database", "read-only", "read only"),
     "데이터베이스에 쓸 수 없습니다(읽기 전용). 파일이나 폴더의 권한을 관리자에게 확인하세요.",
     "The database cannot be written (read-only); ask the administrator to check the permissions."),
    (("disk i/o error", "disk is full", "database or disk is full", "no space left"),
     "디스크 오류로 데이터베이스를 읽거나 쓸 수 없습니다(디스크 공간·장치를 확인하세요).",
     "A disk error stopped the database (check the disk's free space and the device)."),
    (("unable to open database file", "permission denied", "access denied", "authentication failed"),
     "데이터베이스를 열 수 없습니다(권한 또는 경로). 관리자에게 데이터 폴더와 설정을 확인받으세요.",
     "The database cannot be opened (permission or path); ask the administrator to check it."),
    (("file is not a database", "malformed", "file is encrypted"),
     "데이터베이스 파일이 손상되었거나 LinkDesk 파일이 아닙니다. 백업(backups 폴더)에서 복원하세요.",
     "The database file is damaged or not LinkDesk's; restore a backup."),
    (("connection refused", "could not connect", "connection to server", "server closed the connection",
      "timeout expired", "could not translate host name"),
     "데이터베이스 서버에 연결할 수 없습니다. 네트워크와 서버 상태를 확인하세요.",
     "The database server cannot be reached; check the network and the server."),
)


def database_error(exc: BaseException) -> StoreError | None:
    """A :class:`StoreError` for an error of the database driver or file (locked, disk I/O,
    permission, unreachable server …), or None when ``exc`` is none of those (a bug)."""
    if isinstance(exc, StoreError):
        return exc
    sa_exc = sys.modules.get("sqlalchemy.exc")
    driver = (sa_exc is not None and isinstance(exc, (sa_exc.OperationalError, sa_exc.DatabaseError)))
    sqlite_error = sys.modules.get("sqlite3")
    if sqlite_error is not None and isinstance(exc, sqlite_error.OperationalError):
        driver = True
    if not driver:
        return None
    text = str(getattr(exc, "orig", None) or exc).lower()
    for words, ko, en in _DRIVER_ERRORS:
        if any(w in text for w in words):
            return StoreError(ko, en)
    if sa_exc is not None and isinstance(exc, sa_exc.OperationalError) or (
            sqlite_error is not None and isinstance(exc, sqlite_error.OperationalError)):
        first = text.splitlines()[0][:200] if text else type(exc).__name__
        return StoreError("데이터베이스 오류로 작업을 마치지 못했습니다. 잠시 후 다시 해 보고, 계속되면 관리자에게 알리세요.",
                          f"A database error stopped the action ({first}).")
    return None
