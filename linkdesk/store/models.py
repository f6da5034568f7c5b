"""The tables of the local store, as SQLAlchemy 2.x typed declarative models.

What is NOT here, by design: the 주민등록번호 (DOMAIN.md §8). No column holds it, hashed or not;
the outbox payload is checked for RRN-shaped numbers before it is written (see ``outbox.enqueue``).
Later issues add certificates, staff and the access log as new tables through new migrations;
nothing here needs to change for them (``outbox.created_by`` becomes a staff reference then).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from linkdesk.store.base import NAMING, Base, _in  # noqa: F401  (re-exported: older imports)
from linkdesk.store.coltypes import JsonDocument, UtcDateTime, utcnow

LINK_STATUSES = ("pending", "queued", "sent", "approved", "rejected", "failed", "cancelled")
OUTBOX_STATUSES = ("queued", "in_flight", "sent", "failed", "ambiguous", "cancelled")
RECORD_SOURCES = ("1365", "vms", "redcross")
_OPEN = "status NOT IN ('sent', 'cancelled')"  # an outbox row not finished yet


class Volunteer(Base):
    """A 1365 member as the counter last saw them (never the 주민등록번호)."""

    __tablename__ = "volunteers"
    volunteer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    center: Mapped[str | None] = mapped_column(String(200))
    vms_id: Mapped[str | None] = mapped_column(String(64), index=True)
    redcross_member_id: Mapped[str | None] = mapped_column(String(64), index=True)
    school_code: Mapped[str | None] = mapped_column(String(20))
    school_office_code: Mapped[str | None] = mapped_column(String(8))  # NEIS needs office + school code
    grade: Mapped[int | None] = mapped_column(Integer)
    class_no: Mapped[int | None] = mapped_column(Integer)
    student_ref: Mapped[str | None] = mapped_column(String(128))  # NEIS's opaque reference
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        Index("ix_volunteers_name_birth", "name", "birth_date"),
        Index("ix_volunteers_school", "school_code"),  # migration 0006: the pending school filter
    )


class School(Base):
    """One row of the NEIS school directory, cached so the school search works offline."""

    __tablename__ = "schools"
    # NEIS identifies a school by both codes (migration 0013): (표준학교코드, 교육청), the code first
    # so a lookup by code alone (a volunteer's school_code) uses the key too
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(8), primary_key=True, default="")  # ATPT_OFCDC_SC_CODE, e.g. B10
    office: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    region: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    # choseong(name without spaces, lower-cased): a necessary condition for a 초성 match, in SQL.
    choseong: Mapped[str] = mapped_column(String(200))

    __table_args__ = (
        Index("ix_schools_name", "name"),
        Index("ix_schools_choseong", "choseong"),
        Index("ix_schools_office_kind", "office", "kind"),
        Index("ix_schools_region", "region"),
    )


def volunteer_school() -> Any:
    """The join condition from a volunteer to their school: the code, and the office code when the
    volunteer has one (rows saved before migration 0005 have none)."""
    from sqlalchemy import and_, or_

    return and_(School.code == Volunteer.school_code,
                or_(Volunteer.school_office_code.is_(None), Volunteer.school_office_code == "",
                    School.office_code == Volunteer.school_office_code))


class Record(Base):
    """A volunteer activity record as 1365 (or VMS / Red Cross) listed it."""

    __tablename__ = "records"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteers.volunteer_id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(16))
    source_id: Mapped[str | None] = mapped_column(String(64))
    date: Mapped[dt.date] = mapped_column(Date)
    seq: Mapped[int] = mapped_column(Integer, default=1)
    organization: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str | None] = mapped_column(String(8))
    activity: Mapped[str] = mapped_column(String(500), default="")
    start: Mapped[str | None] = mapped_column(String(5))  # HH:MM
    end: Mapped[str | None] = mapped_column(String(5))
    minutes: Mapped[int] = mapped_column(Integer)
    nature: Mapped[str] = mapped_column(String(20), default="regular")
    fetched_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        Index("ix_records_volunteer_date", "volunteer_id", "date"),
        Index("ix_records_volunteer_order", "volunteer_id", "date", "seq", "id"),  # 0006: list order
        CheckConstraint(_in("source", RECORD_SOURCES), name="source"),
        CheckConstraint("minutes >= 0", name="minutes"),
    )


class Link(Base):
    """The per-partner link ledger: what happened when a record was sent to one partner.

    The composite primary key is the rule "a record is linked to each partner once".
    """

    __tablename__ = "links"
    record_id: Mapped[str] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True
    )
    partner: Mapped[str] = mapped_column(String(16), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    result: Mapped[str | None] = mapped_column(Text)  # 연계결과 / the partner's reason
    receipt: Mapped[str | None] = mapped_column(String(128))  # submission id
    idempotency_key: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        Index("ix_links_partner_status", "partner", "status"),
        Index("ix_links_sent_at", "sent_at"),  # the dashboard's period (migration 0012)
        CheckConstraint(_in("status", LINK_STATUSES), name="status"),
    )


class OutboxItem(Base):
    """One intended partner call, written in the same transaction as the staff action behind it."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    partner: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDocument)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    record_id: Mapped[str | None] = mapped_column(ForeignKey("records.id"))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    lease_owner: Mapped[str | None] = mapped_column(String(128))
    lease_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_error_code: Mapped[str | None] = mapped_column(String(64))
    last_error_message: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict[str, Any] | None] = mapped_column(JsonDocument)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(64))  # staff account (a later issue)
    counter: Mapped[str | None] = mapped_column(String(128))  # host that queued it

    __table_args__ = (
        # NULL record ids are distinct in a unique index on both databases, so this only binds
        # rows that carry a record: one outbox row per (kind, record).
        UniqueConstraint("kind", "record_id"),
        Index("ix_outbox_status_next", "status", "next_attempt_at"),
        Index("ix_outbox_status_lease", "status", "lease_until"),
        # Partial indexes of the pending-review screen (migration 0004; see its docstring). Their
        # PostgreSQL ``WHERE`` is added when a PostgreSQL engine is made (linkdesk.store.dialect).
        Index("ix_outbox_open_created", "created_at", "id", sqlite_where=text(_OPEN)),
        Index("ix_outbox_open_status", "status", "last_error_code", sqlite_where=text(_OPEN)),
        # The pending filters find outbox rows from their records (migration 0006).
        Index("ix_outbox_open_record", "record_id", sqlite_where=text(_OPEN)),
        CheckConstraint(_in("status", OUTBOX_STATUSES), name="status"),
    )


# The PostgreSQL options of the indexes above (linkdesk.store.dialect adds them to a PostgreSQL engine's
# models; naming them here would load the PostgreSQL dialect on SQLite too).
POSTGRESQL_INDEX_OPTIONS = {name: {"where": text(_OPEN)} for name in (
    "ix_outbox_open_created", "ix_outbox_open_status", "ix_outbox_open_record")}


class ConsentSeen(Base):
    """The last consent state a partner reported for a volunteer (1365, VMS, Red Cross)."""

    __tablename__ = "consents_seen"
    volunteer_id: Mapped[str] = mapped_column(
        ForeignKey("volunteers.volunteer_id", ondelete="CASCADE"), primary_key=True
    )
    partner: Mapped[str] = mapped_column(String(16), primary_key=True)
    agreed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    expires_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    guardian_name: Mapped[str | None] = mapped_column(String(100))
    guardian_relationship: Mapped[str | None] = mapped_column(String(50))
    seen_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_consents_seen_expires", "expires_at"),)  # migration 0012


class Meta(Base):
    """Small facts about the cache itself, e.g. when the school directory was last loaded."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
