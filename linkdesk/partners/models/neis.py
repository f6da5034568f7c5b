"""Answers of NEIS (나이스): schools, the enrolment check (학생정보확인) and submissions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from linkdesk.partners.fields import Fields, SchemaError
from linkdesk.protocol.offices import office_code_of

SCHOOL_KINDS = ("elementary", "middle", "high", "special", "other")
SUBMISSION_STATUSES = ("sent", "approved", "rejected")


@dataclass(frozen=True)
class School:
    code: str
    office: str  # 시도교육청
    name: str
    kind: str  # elementary | middle | high | special | other
    region: str
    address: str
    office_code: str = ""  # 시도교육청코드 (ATPT_OFCDC_SC_CODE); older gateways omit it

    @classmethod
    def from_fields(cls, f: Fields) -> School:
        return cls(code=f.text("code"), office=f.text("office"), name=f.text("name"),
                   kind=f.text("kind", SCHOOL_KINDS), region=f.text("region"), address=f.text("address"),
                   office_code=f.opt_text("office_code") or office_code_of(f.text("office")))


@dataclass(frozen=True)
class SchoolDirectory:
    """The whole directory, for the offline cache."""

    generated_at: datetime
    schools: tuple[School, ...]

    @classmethod
    def from_fields(cls, f: Fields) -> SchoolDirectory:
        return cls(generated_at=f.moment("generated_at"), schools=f.objs("schools", School.from_fields))


@dataclass(frozen=True)
class StudentCheck:
    """정보확인 성공: the person is enrolled at ``school``; ``student_ref`` is used to submit."""

    student_ref: str
    school: School
    grade: int | None
    class_no: int | None
    number: int | None

    @classmethod
    def from_fields(cls, f: Fields) -> StudentCheck:
        if not f.flag("verified"):
            # Failure is an error answer (student_mismatch); a 200 saying "not verified" is off-protocol.
            raise SchemaError(f"{f.path}.verified", "expected true")
        return cls(student_ref=f.text("student_ref"), school=School.from_fields(f.obj("school")),
                   grade=f.opt_integer("grade"), class_no=f.opt_integer("class"), number=f.opt_integer("number"))


def parse_timetable(f: Fields) -> dict[date, int]:
    """``{"periods": {"2026-05-04": 6, ...}}`` → {date: class periods}; 0 = holiday."""
    out: dict[date, int] = {}
    for key, value in f.mapping("periods").items():
        try:
            day = date.fromisoformat(key)
        except ValueError:
            raise SchemaError(f"{f.path}.periods", f"not a date: {key!r}") from None
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 12:
            raise SchemaError(f"{f.path}.periods.{key}", "expected periods 0–12")
        out[day] = value
    return out


@dataclass(frozen=True)
class Submission:
    """One record sent to NEIS under one idempotency key, and the school's later decision."""

    submission_id: str
    idempotency_key: str
    record_id: str
    volunteer_id: str
    school_code: str
    hours: int
    status: str  # sent | approved | rejected
    sent_at: datetime
    decided_at: datetime | None
    reason: str | None
    replayed: bool = False  # the partner answered a repeated key with the first outcome

    @classmethod
    def from_fields(cls, f: Fields) -> Submission:
        return cls(submission_id=f.text("submission_id"), idempotency_key=f.text("idempotency_key"),
                   record_id=f.text("record_id"), volunteer_id=f.text("volunteer_id"),
                   school_code=f.text("school_code"), hours=f.integer("hours", 0),
                   status=f.text("status", SUBMISSION_STATUSES), sent_at=f.moment("sent_at"),
                   decided_at=f.opt_moment("decided_at"), reason=f.opt_text("reason"),
                   replayed=f.opt_flag("replayed"))
