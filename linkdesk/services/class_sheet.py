"""The teacher's sheet (학급 연계 결과표): the class, each student with the hours sent and what is left
to do, the centre and the staff member — no 주민등록번호, no volunteer id (제12조: only what the
teacher needs). Qt-free content; the GUI paints it (``gui/class_visit/sheet_render.py``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from linkdesk.clock import KST
from linkdesk.services.audit import record_access
from linkdesk.services.class_visit_store import VisitView
from linkdesk.services.core import Core

TITLE = "학급 봉사실적 연계 결과표"
PURPOSE = "담임교사에게 학급 봉사실적 연계 결과 전달"
STATUS_KO = {"waiting": "미방문", "done": "연계 완료", "nothing": "보낼 실적 없음", "failed": "실패", "skipped": "건너뜀"}
TODO_WAITING = "센터 방문 또는 다음 학급 연계 때 연계"


@dataclass(frozen=True)
class SheetRow:
    number: str
    name: str
    status: str
    hours: str
    left_to_do: str
    attention: bool  # failed or not yet done: stands out on paper


@dataclass(frozen=True)
class SheetDoc:
    class_label: str
    school_code: str
    visit_day: dt.date
    made_at: dt.datetime
    centre: str
    centre_phone: str
    staff: str
    rows: tuple[SheetRow, ...]
    counts: dict[str, int]
    hours_total: int
    purpose: str = PURPOSE

    @property
    def title(self) -> str:
        return TITLE


def build_sheet(core: Core, visit: VisitView) -> SheetDoc:
    rows = []
    for e in visit.entries:
        left = e.todo or (TODO_WAITING if e.status == "waiting" else "")
        if e.status in ("failed", "nothing") and e.reason:
            left = f"{e.reason} — {left}" if left else e.reason
        rows.append(SheetRow(str(e.number) if e.number is not None else "-", e.name, STATUS_KO[e.status],
                             f"{e.hours_sent}시간" if e.hours_sent else "-", left,
                             e.status in ("failed", "waiting", "skipped")))
    centre = core.config.centre
    return SheetDoc(visit.class_label, visit.school.code, visit.started_at.astimezone(KST).date(),
                    core.clock.now().astimezone(KST), centre.name, centre.phone, visit.staff, tuple(rows),
                    visit.counts(), visit.hours_sent)


def record_sheet_output(core: Core, visit: VisitView, action: str) -> None:
    """출력 / 다운로드 of the sheet: one access-log entry per student whose data is on it."""
    with core.store.unit_of_work() as uow:
        now = core.clock.now()
        for e in visit.entries:
            record_access(uow, core.actor, action, f"{TITLE} {visit.class_label}", at=now,
                          volunteer_id=e.volunteer_id, reason=PURPOSE,
                          detail=f"visit={visit.id} entry={e.id}")
