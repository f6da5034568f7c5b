"""Class visit mode on the sandbox: school kept, roster outcomes, resume after a restart, no RRN kept."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from linkdesk.clock import OffsetClock
from linkdesk.services import class_visit_store as visits
from linkdesk.services.class_roster import parse_roster
from linkdesk.services.class_visit import ClassVisitSession
from linkdesk.services.core import open_core
from linkdesk.services.linking_flow import SchoolChoice, Step
from linkdesk.store.models_security import AccessLogEntry
from tests.fixtures import class_scenario as C
from tests.fixtures.core import core_config
from tests.helpers.privacy import files_holding

SIZE = 10


@pytest.fixture
def scenario():
    return C.class_scenario(SIZE)


def _school() -> SchoolChoice:
    return SchoolChoice(C.SCHOOL_CODE, C.SCHOOL_NAME, "서울특별시교육청", "middle", "서울특별시 성북구")


def _one(core, visit, session, i):
    entry = next(e for e in visit.entries if e.number == i)
    session.new_captcha()
    turn = session.identify(visit, entry.id, entry.name, C.student_rrn(i))
    return session.send(visit), turn


def test_a_class_goes_through_with_each_outcome_on_the_roster(core, tmp_path):
    rows = parse_roster(C.roster_text(SIZE)).usable
    visit = visits.start_visit(core, _school(), C.GRADE, C.CLASS, rows)
    assert [e.status for e in visit.entries] == ["waiting"] * SIZE
    session = ClassVisitSession(core, visit.id, staff="staff1")
    linking = session.linking
    slips = {}
    for i in (1, 2, C.NO_RECORDS, C.NO_CONSENT, C.OTHER_SCHOOL):
        result, turn = _one(core, visit, session, i)
        visit = result.visit
        slips[i] = result.slip
        assert session.linking is linking, "one linking session for the whole class"
        assert linking.state.person is None, "the student's token is dropped after each send"
        if i in (1, 2):
            assert turn.state.step is Step.SELECT and len(turn.state.selected) == 2  # pre-selected
    by_number = {e.number: e for e in visit.entries}
    assert (by_number[1].status, by_number[1].hours_sent, by_number[1].records_sent) == ("done", 3, 2)
    assert "승인" in by_number[1].todo
    assert by_number[C.NO_RECORDS].status == "nothing"
    assert by_number[C.NO_CONSENT].status == "failed" and "동의" in by_number[C.NO_CONSENT].todo
    assert by_number[C.OTHER_SCHOOL].status == "failed"
    assert "학교정보" in by_number[C.OTHER_SCHOOL].reason and "학생정보확인" in by_number[C.OTHER_SCHOOL].todo
    assert by_number[3].status == "waiting"
    slip = slips[1]
    assert (slip.hours_sent, slip.hours_waiting_approval, len(slip.rows)) == (3, 3, 2)
    assert [r.hours for r in slip.rows] == ["2시간", "1시간"] and "1시간 인정" in slip.rows[1].why
    assert slips[C.OTHER_SCHOOL] is None

    visit = visits.set_skipped(core, visit.id, by_number[3].id)
    assert visit.entry(by_number[3].id).status == "skipped"
    assert visit.next_waiting.number == 4

    # NEIS received exactly the sent records, once
    with core.store.unit_of_work(read_only=True) as uow:
        actions = [(e.action, e.target) for e in uow.session.scalars(select(AccessLogEntry))]
    assert any(a == "entry" and t.startswith("학급 연계 시작") for a, t in actions)
    assert sum(1 for a, t in actions if t.startswith("학급 연계 결과")) == 5
    for i in range(1, SIZE + 1):
        assert files_holding(C.student_rrn(i), tmp_path) == []


def test_the_visit_resumes_in_a_new_core_where_it_stopped(sandbox, core, tmp_path):
    visit = visits.start_visit(core, _school(), C.GRADE, C.CLASS, parse_roster(C.roster_text(SIZE)).usable)
    session = ClassVisitSession(core, visit.id)
    _one(core, visit, session, 1)
    core.close()  # the window closes (or the counter crashes) here

    again = open_core(core_config(sandbox), tmp_path / "data", clock=OffsetClock())
    try:
        waiting = visits.open_visits(again)
        assert [(v[0], v[3], v[4]) for v in waiting] == [(visit.id, SIZE, SIZE - 1)]
        resumed = visits.load_visit(again, visit.id)
        assert resumed.school.code == C.SCHOOL_CODE and resumed.next_waiting.number == 2
        assert resumed.entry(resumed.entries[0].id).status == "done"
        visits.finish_visit(again, visit.id)
        assert visits.open_visits(again) == []
    finally:
        again.close()


def test_a_student_not_on_the_list_is_added_after_the_check(core):
    visit = visits.start_visit(core, _school(), C.GRADE, C.CLASS)
    session = ClassVisitSession(core, visit.id)
    session.new_captcha()
    session.identify(visit, None, C.student_name(4), C.student_rrn(4))
    result = session.send(visit)
    assert [(e.number, e.name, e.status) for e in result.visit.entries] == [(4, C.student_name(4), "done")]


def test_a_student_without_consent_gives_it_at_the_counter_and_goes_on(core):
    visit = visits.start_visit(core, _school(), C.GRADE, C.CLASS, parse_roster(C.roster_text(SIZE)).usable)
    entry = next(e for e in visit.entries if e.number == C.NO_CONSENT)
    session = ClassVisitSession(core, visit.id)
    session.new_captcha()
    turn = session.identify(visit, entry.id, entry.name, C.student_rrn(C.NO_CONSENT))
    assert turn.refusal.code == "consent_required" and not turn.can_send
    turn = session.consent(visit)
    assert turn.refusal is None and turn.state.step is Step.SELECT and len(turn.state.selected) == 2
    result = session.send(visit)
    assert (result.entry.status, result.entry.hours_sent) == ("done", 3)
