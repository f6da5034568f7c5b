"""The teacher's sheet and the visitor's slip as paper reports (:mod:`linkdesk.gui.paper_report`)."""

from __future__ import annotations

from linkdesk.gui.paper import Layout
from linkdesk.gui.paper_report import Report, report_layout
from linkdesk.services.class_sheet import SheetDoc
from linkdesk.services.visit_slip import APPROVAL_TEXT, PURPOSE as SLIP_PURPOSE, REJECTED_ROUTE, SlipDoc


def _day(d) -> str:
    return f"{d.year}년 {d.month}월 {d.day}일"


def sheet_layout(doc: SheetDoc) -> Layout:
    c = doc.counts
    summary = (f"연계 완료 {c['done']}명 · 보낼 실적 없음 {c['nothing']}명 · 실패 {c['failed']}명 · "
               f"미방문 {c['waiting']}명 · 건너뜀 {c['skipped']}명 · 전송 {doc.hours_total}시간")
    report = Report(
        title=doc.title,
        info=(("학급", doc.class_label), ("방문일", _day(doc.visit_day)),
              ("센터", f"{doc.centre} ({doc.centre_phone})"), ("담당 직원", doc.staff),
              ("요약", summary), ("출력 목적", doc.purpose)),
        columns=(("번호", 9, "center"), ("이름", 20, "center"), ("결과", 22, "center"), ("전송 시간", 16, "center"),
                 ("남은 일", 93, "left")),
        rows=tuple((r.number, r.name, r.status, r.hours, r.left_to_do) for r in doc.rows),
        row_shades=tuple(r.attention for r in doc.rows),
        notes=("전송 시간은 나이스가 인정하는 시간입니다(1365의 분 단위 실적에서 실적마다 1시간 미만은 버림). "
               "전송된 실적은 담임 선생님이 나이스에서 승인해야 학교생활기록부에 반영됩니다.",
               "이 결과표에는 주민등록번호를 적지 않습니다. 목적 외에 쓰거나 다른 사람에게 주지 마세요."),
        footer_left=f"{doc.centre} · {doc.made_at:%Y-%m-%d %H:%M} 출력", footer_right=doc.class_label,
        empty="명단이 비어 있습니다.",
    )
    return report_layout(report)


def slip_layout(doc: SlipDoc) -> Layout:
    notes = [f"이번에 전송: {doc.hours_sent}시간 · 학교 승인 대기: {doc.hours_waiting_approval}시간", APPROVAL_TEXT,
             f"확인 시기: {_day(doc.look_on)} 무렵 나이스 대국민서비스(학부모서비스) 또는 담임 선생님께 반영 여부를 "
             "확인하세요. 반영되지 않았으면 센터로 문의하세요."]
    if doc.rejected:
        notes.append(f"반려 {doc.rejected}건 — {REJECTED_ROUTE}")
    notes.append("이 안내문에는 주민등록번호를 적지 않습니다.")
    report = Report(
        title=doc.title,
        info=(("성명", doc.name), ("학교", doc.school), ("안내일시", f"{doc.at:%Y-%m-%d %H:%M}"),
              ("센터", f"{doc.centre} ({doc.centre_phone})"), ("담당 직원", doc.staff), ("출력 목적", SLIP_PURPOSE)),
        columns=(("봉사일", 21, "center"), ("수요처 · 활동", 40, "left"), ("봉사시간", 26, "center"),
                 ("나이스 인정", 14, "center"), ("상태", 26, "center"), ("이유", 53, "left")),
        rows=tuple((r.day, r.place, r.time, r.hours, r.status, r.why) for r in doc.rows),
        notes=tuple(notes), footer_left=f"{doc.centre} · {doc.centre_phone}", footer_right=doc.name,
        empty="1365에 봉사실적이 없습니다.",
    )
    return report_layout(report)
