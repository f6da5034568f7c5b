"""Certificates (자원봉사 실적 확인서) and their issuance ledger (발급대장), DOMAIN.md §9.

* ``certificates``: one row per 발급번호. ``content`` is the snapshot of exactly what was printed
  (name, 소속, the birth date or the masked number ``YYMMDD-G******``, period, activity rows,
  totals, purpose, centre); ``signature`` is the centre's Ed25519 signature over that content, so a
  row changed behind LinkDesk's back no longer verifies. The full 주민등록번호 is never here.
  ``status`` moves issued → void, or issued → reissued when a newer certificate replaces it
  (``replaces_id`` / ``replaced_by_id`` link the two).
* ``certificate_events``: the ledger's history — issue, reissue, void, print and PDF, with who,
  where, when and why.
* ``certificate_sequences``: the last number used per year. Taking a number is an UPDATE of this
  row inside the issuing transaction, so two counters never get the same number (the row lock on
  PostgreSQL, the write lock on SQLite) and a rolled-back issue gives its number back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from linkdesk.store.coltypes import JsonDocument, UtcDateTime, utcnow
from linkdesk.store.base import Base, _in

CERTIFICATE_STATUSES = ("issued", "void", "reissued")
CERTIFICATE_EVENTS = ("issue", "reissue", "void", "print", "pdf")
IDENTITY_KINDS = ("birth_date", "masked_number")  # what identifies the person on the paper


class Certificate(Base):
    __tablename__ = "certificates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # 발급번호, e.g. 2026-0000123
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    volunteer_id: Mapped[str] = mapped_column(String(64))  # no FK: the ledger outlives the cache
    volunteer_name: Mapped[str] = mapped_column(String(100))
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(String(200))
    identity_kind: Mapped[str] = mapped_column(String(16))
    activity_count: Mapped[int] = mapped_column(Integer)
    total_minutes: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column(JsonDocument)
    key_id: Mapped[str] = mapped_column(String(16))  # which centre key signed it
    signature: Mapped[str] = mapped_column(String(128))  # base64url of the 64-byte signature
    issued_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(64))  # staff username
    counter: Mapped[str] = mapped_column(String(128))
    valid_until: Mapped[dt.date] = mapped_column(Date)  # 진위확인: issue date + 90 days
    status: Mapped[str] = mapped_column(String(16), default="issued")
    void_reason: Mapped[str | None] = mapped_column(Text)
    voided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    voided_by: Mapped[str | None] = mapped_column(String(64))
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("certificates.id"))
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("certificates.id"))
    request_key: Mapped[str | None] = mapped_column(String(64))  # one issue per click (migration 0008)

    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_certificates_volunteer_issued", "volunteer_id", "issued_at"),
        Index("ix_certificates_issued_at", "issued_at"),
        Index("ix_certificates_request_key", "request_key", unique=True),
        CheckConstraint(_in("status", CERTIFICATE_STATUSES), name="status"),
        CheckConstraint(_in("identity_kind", IDENTITY_KINDS), name="identity_kind"),
    )


class CertificateEvent(Base):
    __tablename__ = "certificate_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificates.id"))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(16))
    staff: Mapped[str] = mapped_column(String(64))
    counter: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str | None] = mapped_column(Text)  # the purpose, or why it was voided / reissued

    __table_args__ = (
        Index("ix_certificate_events_certificate_at", "certificate_id", "at"),
        CheckConstraint(_in("action", CERTIFICATE_EVENTS), name="action"),
    )


class CertificateSequence(Base):
    __tablename__ = "certificate_sequences"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
