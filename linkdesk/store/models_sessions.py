"""Command-line sign-in sessions (``linkdesk login``): who is signed in at a terminal, until when.

A session is a random token kept in an owner-only file in the data folder; only its SHA-256 lives
here, so a copy of the database signs no one in. ``last_used_at`` moves on with every command and
the session ends after ``security.idle_lock_minutes`` without one, like the window's idle lock.
Deleting the staff account ends its sessions with it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from linkdesk.store.base import Base
from linkdesk.store.coltypes import UtcDateTime, utcnow
from linkdesk.store import models_security  # noqa: F401  (staff, which its rows point at, on the same metadata)


class StaffSession(Base):
    __tablename__ = "staff_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 hex of the token
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    os_user: Mapped[str] = mapped_column(String(64))  # the terminal's OS account the session belongs to
    host: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_used_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_staff_sessions_staff", "staff_id"),)
