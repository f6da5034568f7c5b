"""Answers of 1365 자원봉사포털: the volunteer, consent, and records (the 1365 view of them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from linkdesk.domain.eligibility import NATURES, RecordFacts
from linkdesk.partners.fields import Fields

SOURCES = ("1365", "vms", "redcross")
NEIS_STATUSES = ("sent", "approved", "rejected")


@dataclass(frozen=True)
class Consents:
    """When the person consented to 실적연계 on each side (None: no consent)."""

    portal1365: datetime | None
    vms: datetime | None
    redcross: datetime | None

    @classmethod
    def from_fields(cls, f: Fields) -> Consents:
        return cls(portal1365=f.opt_moment("1365"), vms=f.opt_moment("vms"), redcross=f.opt_moment("redcross"))


@dataclass(frozen=True)
class Volunteer:
    volunteer_id: str
    name: str
    birth_date: date
    center: str
    vms_id: str | None
    redcross_member_id: str | None
    consents: Consents

    @classmethod
    def from_fields(cls, f: Fields) -> Volunteer:
        return cls(volunteer_id=f.text("volunteer_id"), name=f.text("name"), birth_date=f.day("birth_date"),
                   center=f.text("center"), vms_id=f.opt_text("vms_id"),
                   redcross_member_id=f.opt_text("redcross_member_id"), consents=Consents.from_fields(f.obj("consents")))


@dataclass(frozen=True)
class Guardian:
    """법정대리인 of a child under 14, whose identity staff checked at the counter."""

    name: str
    relationship: str
    identity_checked: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "relationship": self.relationship, "identity_checked": self.identity_checked}

    @classmethod
    def from_fields(cls, f: Fields) -> Guardian:
        return cls(name=f.text("name"), relationship=f.text("relationship"), identity_checked=f.flag("identity_checked"))


@dataclass(frozen=True)
class ConsentResult:
    consented_at: datetime
    guardian: Guardian | None

    @classmethod
    def from_fields(cls, f: Fields) -> ConsentResult:
        g = f.opt_obj("guardian")
        return cls(consented_at=f.moment("consented_at"), guardian=Guardian.from_fields(g) if g else None)


@dataclass(frozen=True)
class NeisLink:
    """A record's NEIS state as 1365 shows it (연계완료 실적)."""

    status: str  # sent | approved | rejected
    sent_at: datetime
    decided_at: datetime | None
    reason: str | None
    idempotency_key: str | None

    @classmethod
    def from_fields(cls, f: Fields) -> NeisLink:
        return cls(status=f.text("status", NEIS_STATUSES), sent_at=f.moment("sent_at"),
                   decided_at=f.opt_moment("decided_at"), reason=f.opt_text("reason"),
                   idempotency_key=f.opt_text("idempotency_key"))


@dataclass(frozen=True)
class Record:
    """One volunteer record in 1365 (its own, or arrived from VMS / the Red Cross)."""

    id: str
    source: str  # 1365 | vms | redcross
    source_id: str
    date: date
    seq: int
    organization: str
    category: str
    activity: str
    start: str  # HH:MM
    end: str
    minutes: int
    nature: str  # regular | donation | disciplinary | club
    neis: NeisLink | None

    @property
    def time_range(self) -> str:
        """봉사시간 as 1365 prints it: ``15:30~16:30``."""
        return f"{self.start}~{self.end}"

    def facts(self) -> RecordFacts:
        """What the NEIS eligibility rules need (linkdesk.domain.eligibility)."""
        return RecordFacts(key=self.id, day=self.date, seq=self.seq, minutes=self.minutes,
                           category=self.category, nature=self.nature, already_sent=self.neis is not None)

    @classmethod
    def from_fields(cls, f: Fields) -> Record:
        link = f.opt_obj("neis")
        return cls(id=f.text("id"), source=f.text("source", SOURCES), source_id=f.text("source_id"),
                   date=f.day("date"), seq=f.integer("seq", 0), organization=f.text("organization"),
                   category=f.text("category"), activity=f.text("activity"), start=f.hhmm("start"),
                   end=f.hhmm("end"), minutes=f.integer("minutes", 0), nature=f.text("nature", NATURES),
                   neis=NeisLink.from_fields(link) if link else None)
