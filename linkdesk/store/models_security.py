"""Staff accounts, permission changes and the access log (개인정보의 안전성 확보조치 기준).

* ``staff``: one account per staff member (no shared logins), an argon2 password hash, lockout
  after repeated failures (제5조).
* ``permission_changes``: every change of an account's rights, kept 3 years (제5조).
* ``access_log``: every view, entry, change, deletion, print and download of a person's data
  (제8조), kept at least 2 years; each row carries the hash of the previous row, so altering,
  inserting or deleting a row breaks the chain (tamper-evident).
* ``access_reviews``: the monthly review of the access log, marked done with a note; it also notes
  the newest entry at review time (id and hash), so entries deleted after a review are found.
* ``access_log_anchors``: one row per retention purge, holding the hash of the last purged entry,
  so the chain that remains still verifies from a known starting point.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from linkdesk.store.coltypes import UtcDateTime, utcnow
from linkdesk.store.base import Base, _in

STAFF_ROLES = ("counter", "admin")
ACCESS_ACTIONS = ("view", "entry", "change", "delete", "print", "download")  # 조회 입력 변경 삭제 출력 다운로드


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16), default="counter")
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (CheckConstraint(_in("role", STAFF_ROLES), name="role"),)


class PermissionChange(Base):
    __tablename__ = "permission_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    changed_by: Mapped[str] = mapped_column(String(64))  # username of who made the change
    change: Mapped[str] = mapped_column(String(32))  # created, role, activated, deactivated, unlocked, password_reset
    old_value: Mapped[str | None] = mapped_column(String(100))
    new_value: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (Index("ix_permission_changes_staff_at", "staff_id", "at"),)


class AccessLogEntry(Base):
    __tablename__ = "access_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    staff: Mapped[str] = mapped_column(String(64))  # username (kept even if the account goes)
    counter_host: Mapped[str] = mapped_column(String(128))
    counter_addr: Mapped[str] = mapped_column(String(64))
    volunteer_id: Mapped[str | None] = mapped_column(String(64))  # whose data; never the RRN
    action: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(200))  # what: "records", "certificate LD-2026-000123", …
    reason: Mapped[str | None] = mapped_column(Text)  # required for downloads (제8조, 제12조)
    detail: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (
        Index("ix_access_log_at", "at"),
        Index("ix_access_log_staff_at", "staff", "at"),
        Index("ix_access_log_volunteer_at", "volunteer_id", "at"),
        CheckConstraint(_in("action", ACCESS_ACTIONS), name="action"),
        # Ids are never reused on SQLite either (AUTOINCREMENT), even after the newest rows were
        # deleted: a purge or a deletion cannot make a new entry take an old entry's place.
        {"sqlite_autoincrement": True},
    )


class AccessReview(Base):
    __tablename__ = "access_reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    period: Mapped[str] = mapped_column(String(7), unique=True)  # YYYY-MM
    reviewed_by: Mapped[str] = mapped_column(String(64))
    reviewed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    through_id: Mapped[int | None] = mapped_column(Integer)  # newest access_log entry at review time
    through_hash: Mapped[str | None] = mapped_column(String(64))


class AccessLogAnchor(Base):
    __tablename__ = "access_log_anchors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    purged_by: Mapped[str] = mapped_column(String(64))
    cutoff: Mapped[dt.datetime] = mapped_column(UtcDateTime)  # entries older than this were purged
    through_id: Mapped[int] = mapped_column(Integer, unique=True)  # the last purged entry
    through_hash: Mapped[str] = mapped_column(String(64))  # ... and its hash: the new chain start
    purged: Mapped[int] = mapped_column(Integer)  # how many entries this purge removed
