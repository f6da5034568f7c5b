"""Follow-up of records a school rejected (반려): who handled each one, when, and how.

The rejection itself lives in ``links`` (status ``rejected``, the school's reason in ``result``);
this table only says that staff followed it up (``handled_at``) with a short note. No personal
data beyond the record id; no 주민등록번호.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from linkdesk.store.coltypes import UtcDateTime
from linkdesk.store.base import Base
from linkdesk.store import models  # noqa: F401  (records, which its rows point at, on the same metadata)


class RejectionFollowup(Base):
    __tablename__ = "rejection_followups"
    record_id: Mapped[str] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), primary_key=True)
    handled_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    handled_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
