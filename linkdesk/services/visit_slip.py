"""The visitor's slip (연계 결과 안내): one page for the student after linking, Qt-free.

What was sent and when, the hours NEIS will recognise for each record and why (the eligibility
notes: "90분 → 1시간 인정", the daily cap …), what is still waiting, what the school must still
approve, rejected records with the school's reason and the route to resolve them, and when to look.
No 주민등록번호 and no volunteer id on the paper: the name, the school and the records only
(제12조: only the fields the purpose needs). The GUI paints it (``gui/class_visit/slip_render.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from linkdesk.clock import KST
from linkdesk.domain.hours import format_minutes_ko
from linkdesk.services import linking_flow as F
from linkdesk.services.audit import record_access
from linkdesk.services.core import Core
from linkdesk.services.rejections import ROUTES, reason_of, route_for

TITLE = "봉사실적 연계 결과 안내"
PURPOSE = "학생 본인에게 나이스 연계 결과 안내"
LOOK_AFTER_DAYS = 14  # [default] when to look in NEIS: school approval usually takes days, not hours
APPROVAL_TEXT = ("나이스로 전송된 실적은 학교(담임 선생님)가 승인해야 학교생활기록부에 반영됩니다. "
                 "학교가 반려하면 반려 사유가 1365에 표시됩니다.")
REJECTED_ROUTE = ("반려된 실적: 활동 내용이 틀렸다면 봉사한 기관(수요처)에 1365 실적 정정을 요청한 뒤 센터에서 다시 "
                  "전송하고, 학교 봉사활동 계획에 관한 사유라면 담임 선생님께 문의하세요.")


@dataclass(frozen=True)
class SlipRow:
    day: str
    place: str  # 수요처 · 활동내역
    time: str  # 15:30~16:30 (1시간)
    hours: str  # NEIS recognised hours, e.g. "1시간"
    status: str  # Korean state of this record after this visit
    why: str  # why these hours / why not sent / the school's reason


@dataclass(frozen=True)
class SlipDoc:
    name: str
    school: str
    at: dt.datetime  # when the slip was made (KST)
    centre: str
    centre_phone: str
    staff: str
    rows: tuple[SlipRow, ...]
    hours_sent: int  # sent in this visit
    hours_waiting_approval: int  # everything with NEIS not yet approved (this visit's and earlier)
    rejected: int
    look_on: dt.date
    volunteer_id: str = ""  # for the access log only; never printed

    @property
    def title(self) -> str:
        return TITLE


def _status(row: F.RecordRow, result: F.SendResult | None) -> str:
    if result is not None:
        return {"sent": "이번에 전송 — 학교 승인 대기", "already_sent": "이미 전송됨 — 학교 승인 대기",
                "queued": "전송 대기 (자동 전송)", "failed": "전송 실패"}.get(result.status, "선택하지 않음")
    if row.link_status == "approved":
        return "학교 승인 완료"
    if row.link_status == "rejected":
        return "학교 반려"
    if row.link_status == "sent":
        return "전송됨 — 학교 승인 대기"
    if row.link_status == "queued":
        return "전송 대기 (자동 전송)"
    return "연계 대상 아님" if not row.eligible else "이번에 보내지 않음"


def _why(row: F.RecordRow, result: F.SendResult | None) -> str:
    """The school's reason for a rejection, the send's failure, why a record cannot go, or how its
    hours were counted ("90분 → 1시간 인정")."""
    if result is not None and result.status == "failed":
        return result.message
    if row.link_status == "rejected":
        reason = reason_of(row.link_result)
        return f"반려 사유: {reason} — {ROUTES[route_for(reason)]}"
    shown = row.notes if (result is not None or row.linked or row.eligible) else (*row.reasons, *row.notes)
    parts = [m.ko for m in shown]
    return " · ".join(parts) if parts else f"{row.minutes}분 → {row.recognized_hours}시간 인정"


def build_slip(core: Core, state: F.FlowState, name: str, school: str) -> SlipDoc:
    """The slip for the records on screen after a send (or after loading, when nothing was sent)."""
    results = {r.record_id: r for r in state.results}
    rows = []
    hours_sent = waiting = rejected = 0
    for row in sorted(state.records, key=lambda r: (r.day, r.seq)):
        result = results.get(row.record_id)
        if result is not None and result.status == "sent":
            hours_sent += row.recognized_hours
        if row.link_status == "sent" or (result is not None and result.status in ("sent", "already_sent")):
            waiting += row.recognized_hours
        rejected += row.link_status == "rejected"
        time = f"{row.time_range} ({format_minutes_ko(row.minutes)})" if row.start else format_minutes_ko(row.minutes)
        hours = f"{row.recognized_hours}시간" if row.eligible or row.linked or result is not None else "-"
        rows.append(SlipRow(row.day.isoformat(), f"{row.organization} · {row.activity}", time, hours,
                            _status(row, result), _why(row, result)))
    now = core.clock.now().astimezone(KST)
    centre = core.config.centre
    return SlipDoc(name=name, school=school, at=now, centre=centre.name, centre_phone=centre.phone,
                   staff=core.actor.staff, rows=tuple(rows), hours_sent=hours_sent,
                   hours_waiting_approval=waiting, rejected=rejected,
                   look_on=now.date() + dt.timedelta(days=LOOK_AFTER_DAYS),
                   volunteer_id=state.person.volunteer_id if state.person else "")


def record_slip_output(core: Core, slip: SlipDoc, action: str) -> None:
    """The 출력 (``print``) or 다운로드 (``download``, with its purpose) of a slip, in the access log."""
    with core.store.unit_of_work() as uow:
        record_access(uow, core.actor, action, TITLE, at=core.clock.now(), volunteer_id=slip.volunteer_id or None,
                      reason=PURPOSE)
