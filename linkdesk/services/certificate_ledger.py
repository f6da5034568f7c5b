"""The issuance ledger (발급대장) in the database: numbers, rows, events, and their plain-data views.

Used by :mod:`linkdesk.services.certificates` inside its unit of work; nothing here commits.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from linkdesk.services.audit import Actor
from linkdesk.services.certificate_signing import VerificationCode
from linkdesk.store.dialect import dialect_insert
from linkdesk.store.models_certificates import Certificate, CertificateEvent, CertificateSequence

STATUS_LABELS = {"issued": "발급", "void": "무효", "reissued": "재발급됨"}


def next_number(session: Session, year: int) -> tuple[int, str]:
    """Take the next 발급번호 of ``year`` inside the caller's transaction.

    One statement, ``INSERT … ON CONFLICT (year) DO UPDATE SET last_seq = last_seq + 1 RETURNING``:
    the row lock (PostgreSQL) or the write lock (SQLite) holds a concurrent issuer until this
    transaction ends, so numbers are unique; a rollback gives the number back, so there are no gaps.
    """
    stmt = dialect_insert(session.get_bind().dialect, CertificateSequence).values(year=year, last_seq=1)
    stmt = stmt.on_conflict_do_update(index_elements=["year"], set_={"last_seq": CertificateSequence.last_seq + 1})
    seq = session.execute(stmt.returning(CertificateSequence.last_seq)).scalar_one()
    return seq, f"{year:04d}-{seq:07d}"


def add_event(session: Session, cert: Certificate, action: str, actor: Actor, at: dt.datetime,
              reason: str | None) -> None:
    session.add(CertificateEvent(certificate_id=cert.id, at=at, action=action, staff=actor.staff,
                                 counter=actor.host, reason=reason))


def by_number(session: Session, number: str, *, for_update: bool = False) -> Certificate | None:
    stmt = select(Certificate).where(Certificate.number == number)
    if for_update:
        stmt = stmt.with_for_update()  # PostgreSQL: two counters voiding at once queue here
    return session.scalar(stmt)


def code_of(cert: Certificate, digest: bytes) -> VerificationCode:
    return VerificationCode(cert.number, digest, base64.urlsafe_b64decode(cert.signature))


@dataclass(frozen=True)
class LedgerEntry:
    """One line of the 발급대장 (plain data, safe to hand to the GUI thread)."""

    number: str
    volunteer_id: str
    volunteer_name: str
    period_from: dt.date
    period_to: dt.date
    purpose: str
    status: str
    issued_at: dt.datetime
    issued_by: str
    counter: str
    activity_count: int
    total_minutes: int
    valid_until: dt.date
    identity_kind: str
    void_reason: str | None
    voided_at: dt.datetime | None
    voided_by: str | None
    replaces: str | None
    replaced_by: str | None
    outputs: int  # how many times it was printed or saved as PDF

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def entries(session: Session, *, volunteer_id: str | None = None, search: str | None = None,
            number: str | None = None, limit: int = 500) -> list[LedgerEntry]:
    """Newest first. ``search`` matches the 발급번호, the name or the volunteer id."""
    stmt = select(Certificate)
    if number:
        stmt = stmt.where(Certificate.number == number)
    if volunteer_id:
        stmt = stmt.where(Certificate.volunteer_id == volunteer_id)
    if search and search.strip():
        q = search.strip()  # % and _ are literal: contains() escapes them (LIKE … ESCAPE)
        stmt = stmt.where(or_(Certificate.number.contains(q, autoescape=True),
                              Certificate.volunteer_name.contains(q, autoescape=True),
                              Certificate.volunteer_id.contains(q, autoescape=True)))
    rows = list(session.scalars(stmt.order_by(Certificate.issued_at.desc(), Certificate.id.desc()).limit(limit)))
    ids = [c.id for c in rows]
    numbers = dict(session.execute(select(Certificate.id, Certificate.number).where(
        or_(Certificate.id.in_([c.replaces_id for c in rows if c.replaces_id]),
            Certificate.id.in_([c.replaced_by_id for c in rows if c.replaced_by_id])))).all())
    outputs = dict(session.execute(
        select(CertificateEvent.certificate_id, func.count()).where(
            CertificateEvent.certificate_id.in_(ids), CertificateEvent.action.in_(("print", "pdf")))
        .group_by(CertificateEvent.certificate_id)).all()) if ids else {}
    return [
        LedgerEntry(
            c.number, c.volunteer_id, c.volunteer_name, c.period_from, c.period_to, c.purpose, c.status,
            c.issued_at, c.issued_by, c.counter, c.activity_count, c.total_minutes, c.valid_until,
            c.identity_kind, c.void_reason, c.voided_at, c.voided_by,
            numbers.get(c.replaces_id), numbers.get(c.replaced_by_id), int(outputs.get(c.id, 0)),
        )
        for c in rows
    ]
