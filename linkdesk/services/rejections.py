"""Records a school rejected (반려): the follow-up list, the school's reason, the route to resolve it,
and "handled" marks (rejection follow-up, issue 15 point 2).

A NEIS link becomes ``rejected`` when 1365/NEIS reports it (:mod:`linkdesk.services.sync`); its
``result`` holds "반려: <the school's reason>". The route is worded for the student from the reason:

* ``school`` — the reason is about the school's 봉사활동 계획 or its approval rules: ask the school
  (담임 선생님) whether the activity can be recognised;
* ``organisation`` — the reason is about the record itself (date, time, content, organisation):
  the organisation corrects it in 1365, then the centre sends it again;
* ``both`` — anything else: check the record with the organisation, and ask the school.

Listing is a 조회 of personal data and marking handled a 변경, both in the access log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, select

from linkdesk.clock import KST
from linkdesk.errors import KnownError
from linkdesk.services.audit import record_access
from linkdesk.services.core import Core
from linkdesk.store.models import Link, Record, School, Volunteer, volunteer_school
from linkdesk.store.models_followups import RejectionFollowup

NEIS = "neis"
ROUTES = {
    "school": "학교(담임 선생님)에 문의: 학교 봉사활동 계획이나 승인 기준에 맞는지 확인을 요청하세요.",
    "organisation": "봉사한 기관(수요처)에 1365 실적 정정을 요청하고, 정정되면 센터에서 다시 전송하세요.",
    "both": "봉사한 기관에 1365 실적이 맞는지 확인하고(틀리면 정정 후 재전송), 학교에도 반려 사유를 문의하세요.",
}
_SCHOOL_WORDS = ("계획", "학교", "승인 기준", "교육과정", "중복 인정")
_RECORD_WORDS = ("일자", "날짜", "시간", "내용", "기관", "정정", "오류", "불일치", "중복 등록")


class RejectionError(KnownError):
    pass


@dataclass(frozen=True)
class Rejection:
    record_id: str
    volunteer_id: str
    name: str
    school_code: str
    school_name: str
    day: dt.date
    organization: str
    activity: str
    minutes: int
    reason: str  # the school's reason, as NEIS gave it
    rejected_on: dt.date  # when LinkDesk learned of it (KST)
    route_code: str
    route: str
    handled_at: dt.datetime | None = None
    handled_by: str | None = None
    note: str = ""


def reason_of(result: str | None) -> str:
    text = (result or "").strip()
    return text.split(":", 1)[1].strip() if text.startswith("반려") and ":" in text else (text or "사유 없음")


def route_for(reason: str) -> str:
    about_school = any(w in reason for w in _SCHOOL_WORDS)
    about_record = any(w in reason for w in _RECORD_WORDS)
    if about_school and not about_record:
        return "school"
    if about_record and not about_school:
        return "organisation"
    return "both"


def list_rejections(core: Core, *, school: str = "", since: dt.date | None = None, until: dt.date | None = None,
                    reason: str = "", include_handled: bool = False, limit: int = 500) -> list[Rejection]:
    """Rejected NEIS records, newest first; ``school`` matches the code or part of the name."""
    query = (select(Link, Record, Volunteer, School, RejectionFollowup)
             .join(Record, Record.id == Link.record_id)
             .join(Volunteer, Volunteer.volunteer_id == Record.volunteer_id)
             .outerjoin(School, volunteer_school())
             .outerjoin(RejectionFollowup, RejectionFollowup.record_id == Link.record_id)
             .where(and_(Link.partner == NEIS, Link.status == "rejected"))
             .order_by(Link.updated_at.desc(), Link.record_id))
    if not include_handled:
        query = query.where(RejectionFollowup.record_id.is_(None))
    school = school.strip()
    out: list[Rejection] = []
    with core.store.unit_of_work() as uow:
        for link, rec, vol, sch, done in uow.session.execute(query):
            on = link.updated_at.astimezone(KST).date()
            why = reason_of(link.result)
            school_name = sch.name if sch is not None else ""
            if school and school != (vol.school_code or "") and school not in school_name:
                continue
            if (since and on < since) or (until and on > until) or (reason.strip() and reason.strip() not in why):
                continue
            code = route_for(why)
            out.append(Rejection(rec.id, vol.volunteer_id, vol.name, vol.school_code or "", school_name, rec.date,
                                 rec.organization, rec.activity, rec.minutes, why, on, code, ROUTES[code],
                                 done.handled_at if done else None, done.handled_by if done else None,
                                 done.note if done else ""))
            if len(out) >= limit:
                break
        record_access(uow, core.actor, "view", "반려 실적 목록", at=core.clock.now(),
                      detail=f"{len(out)}건" + (f" 학교={school}" if school else ""))
    return out


def mark_handled(core: Core, record_id: str, note: str = "", *, handled: bool = True) -> None:
    """처리 완료 (or back to open). The record must be a rejected NEIS record."""
    with core.store.unit_of_work() as uow:
        link = uow.session.get(Link, (record_id, NEIS))
        if link is None or link.status != "rejected":
            raise RejectionError("반려된 실적이 아닙니다.", "Not a rejected record.", code="not_rejected")
        row = uow.session.get(RejectionFollowup, record_id)
        if handled:
            if row is None:
                row = RejectionFollowup(record_id=record_id)
                uow.session.add(row)
            row.handled_at, row.handled_by, row.note = core.clock.now(), core.actor.staff, note.strip()[:500]
        elif row is not None:
            uow.session.delete(row)
        record = uow.session.get(Record, record_id)
        record_access(uow, core.actor, "change", "반려 실적 " + ("처리 완료" if handled else "처리 취소"),
                      at=core.clock.now(), volunteer_id=record.volunteer_id if record else None, detail=record_id)
