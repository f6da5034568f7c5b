"""The linking flow as a plain state machine: tested without widgets or partners."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from linkdesk.services import linking_flow as F

NOW = datetime(2026, 5, 15, 1, 0, tzinfo=timezone.utc)
PERSON = F.Person("V-1001", "김민준", date(2012, 3, 15), False, token="secret-token")
SCHOOL = F.SchoolChoice("7010057", "보문중학교")
OTHER = F.SchoolChoice("7010083", "서울고등학교")
CHECK = F.StudentCheck("ref-1", 3, 2, 7)


def row(rid, eligible=True, status=None, hours=2):
    return F.RecordRow(rid, "1365", rid, date(2026, 4, 4), 1, "수요처", "0800", "활동", "09:00", "11:00", 120,
                       hours if eligible else 0, eligible, link_status=status)


ROWS = (row("a"), row("b"), row("c", eligible=False), row("d", status="sent"))


def at_select():
    flow = F.Flow()
    flow.apply(F.verified(flow.state, PERSON, NOW))
    flow.next()
    flow.apply(F.school_chosen(flow.state, SCHOOL))
    flow.next()
    flow.apply(F.student_checked(flow.state, CHECK))
    flow.apply(F.records_loaded(flow.state, ROWS))
    flow.next()
    return flow


def test_the_happy_path_walks_every_step_in_order():
    flow = at_select()
    s = flow.state
    assert s.step is F.Step.SELECT
    assert s.selected == {"a", "b"}  # eligible, not linked
    assert [r.record_id for r in s.targets] == ["a", "b", "c"] and [r.record_id for r in s.linked] == ["d"]
    assert s.selected_hours == 4 and s.selected_minutes == 240
    flow.apply(F.sent(s, (F.SendResult("a", "sent"), F.SendResult("b", "failed", "down"))))
    assert flow.state.step is F.Step.SEND and [r.record_id for r in flow.state.failed] == ["b"]
    flow.apply(F.sent(flow.state, (F.SendResult("b", "sent"),)))
    assert not flow.state.failed and len(flow.state.results) == 2
    assert not flow.can_go_back


def test_next_needs_the_step_complete():
    flow = F.Flow()
    with pytest.raises(F.FlowError):
        flow.next()
    flow.apply(F.verified(flow.state, PERSON, None))  # verified, no consent yet
    assert not flow.state.can_advance
    flow.apply(F.consented(flow.state, NOW))
    assert flow.state.can_advance


def test_back_restores_the_exact_earlier_state():
    flow = at_select()
    before = flow.state
    flow.apply(F.select_none(flow.state))
    assert not flow.state.can_advance
    earlier = flow.back()
    assert earlier.step is F.Step.STUDENT and earlier.student == CHECK
    flow.next()
    assert flow.state == before  # the selection made before Back is the one restored on Next


def test_choosing_another_school_drops_the_student_check():
    flow = at_select()
    flow.back()
    flow.back()
    assert flow.state.step is F.Step.SCHOOL
    flow.apply(F.school_chosen(flow.state, OTHER))
    assert flow.state.student is None and flow.state.records == ()


def test_only_eligible_unlinked_records_can_be_selected():
    flow = at_select()
    flow.apply(F.select(flow.state, {"a", "c", "d", "zz"}))
    assert flow.state.selected == {"a"}
    flow.apply(F.select_all_eligible(flow.state))
    assert flow.state.selected == {"a", "b"}


def test_reset_drops_every_personal_detail_and_repr_hides_the_token():
    flow = at_select()
    assert "secret-token" not in repr(flow.state) and "ref-1" not in repr(flow.state)
    flow.reset()
    assert flow.state == F.FlowState() and not flow.can_go_back


def test_events_on_the_wrong_step_are_programming_errors():
    flow = F.Flow()
    with pytest.raises(F.FlowError):
        F.school_chosen(flow.state, SCHOOL)
    with pytest.raises(F.FlowError):
        F.consented(flow.state, NOW)  # before 실명인증
