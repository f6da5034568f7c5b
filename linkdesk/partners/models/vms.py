"""Answers of VMS (사회복지자원봉사인증관리): members, 1365연계 결과조회 and 봉사실적 일괄전송."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from linkdesk.partners.fields import Fields


@dataclass(frozen=True)
class VmsMember:
    vms_id: str
    volunteer_id: str | None  # the linked 1365 id (VMS 아이디 ⇔ 1365 아이디)
    name: str
    birth_date: date

    @classmethod
    def from_fields(cls, f: Fields) -> VmsMember:
        return cls(vms_id=f.text("vms_id"), volunteer_id=f.opt_text("volunteer_id"), name=f.text("name"),
                   birth_date=f.day("birth_date"))


@dataclass(frozen=True)
class VmsLink:
    """연계정보 of one VMS record: 연계구분, 전송일시, 연계결과 and when 1365 shows it."""

    kind: str  # 신규 (other 연계구분 values are not modelled yet)
    sent_at: datetime
    result: str  # 전송성공 | 전송실패
    visible_at: datetime | None

    @classmethod
    def from_fields(cls, f: Fields) -> VmsLink:
        return cls(kind=f.text("kind"), sent_at=f.moment("sent_at"), result=f.text("result"),
                   visible_at=f.opt_moment("visible_at"))


@dataclass(frozen=True)
class VmsRecord:
    id: str
    date: date
    seq: int
    organization: str
    activity: str
    start: str
    end: str
    minutes: int
    link: VmsLink | None  # None: not sent yet

    @property
    def time_range(self) -> str:
        return f"{self.start}~{self.end}"

    @classmethod
    def from_fields(cls, f: Fields) -> VmsRecord:
        link = f.opt_obj("link")
        return cls(id=f.text("id"), date=f.day("date"), seq=f.integer("seq", 0), organization=f.text("organization"),
                   activity=f.text("activity"), start=f.hhmm("start"), end=f.hhmm("end"),
                   minutes=f.integer("minutes", 0), link=VmsLink.from_fields(link) if link else None)


@dataclass(frozen=True)
class VmsRecordPage:
    """1365연계 결과조회: one page of a member's VMS records plus the member's link state."""

    items: tuple[VmsRecord, ...]
    total: int
    page: int
    per_page: int
    volunteer_id: str | None
    consent_1365: datetime | None  # the 1365 consent a transfer needs
    last_sent_at: datetime | None
    next_send_at: datetime | None  # None: a bulk send is allowed now

    @property
    def last(self) -> bool:
        return not self.items or self.page * self.per_page >= self.total

    @classmethod
    def from_fields(cls, f: Fields) -> VmsRecordPage:
        return cls(items=f.objs("items", VmsRecord.from_fields), total=f.integer("total", 0),
                   page=f.integer("page", 1), per_page=f.integer("per_page", 1),
                   volunteer_id=f.opt_text("volunteer_id"), consent_1365=f.opt_moment("consent_1365"),
                   last_sent_at=f.opt_moment("last_sent_at"), next_send_at=f.opt_moment("next_send_at"))


@dataclass(frozen=True)
class VmsTransfer:
    """봉사실적 일괄전송: what was sent, when 1365 will show it, and when the next send is allowed."""

    transfer_id: str
    sent_count: int
    record_ids: tuple[str, ...]
    sent_at: datetime
    visible_at: datetime
    next_send_at: datetime | None
    message: str  # "회원님의 N건의 실적이 나눔포털에 전송되었습니다"
    replayed: bool = False

    @classmethod
    def from_fields(cls, f: Fields) -> VmsTransfer:
        return cls(transfer_id=f.text("transfer_id"), sent_count=f.integer("sent_count", 0),
                   record_ids=f.texts("record_ids"), sent_at=f.moment("sent_at"), visible_at=f.moment("visible_at"),
                   next_send_at=f.opt_moment("next_send_at"), message=f.text("message"),
                   replayed=f.opt_flag("replayed"))
