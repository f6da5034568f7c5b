"""Answers of 대한적십자사: members, 적십자 활동 연결, 1365 연계 동의 and RCY."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from linkdesk.partners.fields import Fields


@dataclass(frozen=True)
class RedCrossMember:
    member_id: str
    name: str
    region: str
    joined: date

    @classmethod
    def from_fields(cls, f: Fields) -> RedCrossMember:
        return cls(member_id=f.text("member_id"), name=f.text("name"), region=f.text("region"), joined=f.day("joined"))


@dataclass(frozen=True)
class RedCrossSummary:
    years: int
    months: int
    count: int
    minutes: int

    @classmethod
    def from_fields(cls, f: Fields) -> RedCrossSummary:
        return cls(years=f.integer("years", 0), months=f.integer("months", 0), count=f.integer("count", 0),
                   minutes=f.integer("minutes", 0))


@dataclass(frozen=True)
class RedCrossActivity:
    """나의 봉사: one activity; ``linked`` once 적십자 활동 연결 is done."""

    id: str
    date: date
    organization: str
    activity: str
    start: str
    end: str
    minutes: int
    linked: bool

    @classmethod
    def from_fields(cls, f: Fields) -> RedCrossActivity:
        return cls(id=f.text("id"), date=f.day("date"), organization=f.text("organization"),
                   activity=f.text("activity"), start=f.hhmm("start"), end=f.hhmm("end"),
                   minutes=f.integer("minutes", 0), linked=f.flag("linked"))


@dataclass(frozen=True)
class RedCrossConsent:
    """1365 연계 동의 as the member page shows it; renew it when ``expired`` (every 2 years)."""

    agreed_at: datetime
    expires_at: datetime
    expired: bool

    @classmethod
    def from_fields(cls, f: Fields) -> RedCrossConsent:
        return cls(agreed_at=f.moment("agreed_at"), expires_at=f.moment("expires_at"), expired=f.flag("expired"))


@dataclass(frozen=True)
class RedCrossMemberDetail:
    member_id: str
    name: str
    region: str
    affiliations: tuple[str, ...]
    joined: date
    summary: RedCrossSummary
    activities: tuple[RedCrossActivity, ...]
    consent_1365: RedCrossConsent | None

    @classmethod
    def from_fields(cls, f: Fields) -> RedCrossMemberDetail:
        consent = f.opt_obj("consent_1365")
        return cls(member_id=f.text("member_id"), name=f.text("name"), region=f.text("region"),
                   affiliations=f.texts("affiliations"), joined=f.day("joined"),
                   summary=RedCrossSummary.from_fields(f.obj("summary")),
                   activities=f.objs("activities", RedCrossActivity.from_fields),
                   consent_1365=RedCrossConsent.from_fields(consent) if consent else None)


@dataclass(frozen=True)
class RedCrossLinkResult:
    linked: tuple[str, ...]  # activity ids now linked
    replayed: bool = False

    @classmethod
    def from_fields(cls, f: Fields) -> RedCrossLinkResult:
        return cls(linked=f.texts("linked"), replayed=f.opt_flag("replayed"))


@dataclass(frozen=True)
class RedCrossConsentResult:
    agreed_at: datetime
    expires_at: datetime
    message: str | None  # "2019-07-03 15:04에 1365 연계에 동의하셨습니다."
    replayed: bool = False

    @classmethod
    def from_fields(cls, f: Fields) -> RedCrossConsentResult:
        return cls(agreed_at=f.moment("agreed_at"), expires_at=f.moment("expires_at"),
                   message=f.opt_text("message"), replayed=f.opt_flag("replayed"))


@dataclass(frozen=True)
class ExpiringConsent:
    member_id: str
    volunteer_id: str | None
    name: str
    expires_at: datetime

    @classmethod
    def from_fields(cls, f: Fields) -> ExpiringConsent:
        return cls(member_id=f.text("member_id"), volunteer_id=f.opt_text("volunteer_id"), name=f.text("name"),
                   expires_at=f.moment("expires_at"))


@dataclass(frozen=True)
class RcyMember:
    """RCY (청소년적십자) member as listed: 이름, 지역, 학교, 가입년도."""

    name: str
    region: str
    school: str
    joined_year: int

    @classmethod
    def from_fields(cls, f: Fields) -> RcyMember:
        return cls(name=f.text("name"), region=f.text("region"), school=f.text("school"),
                   joined_year=f.integer("joined_year", 1900))
