"""The linking session against the sandbox over real HTTP, with a real SQLite cache."""

from __future__ import annotations

import pytest

from linkdesk.domain.rrn import RrnError
from linkdesk.partners import PartnerError
from linkdesk.services import linking_flow as F
from linkdesk.services.dispatcher import Dispatcher
from linkdesk.services.linking import LinkingError, LinkingSession
from linkdesk.store import outbox
from tests.fixtures import scenarios as S
from tests.helpers.privacy import files_holding

NEIS_DOWN = [{"partner": "neis", "operation": "submit", "kind": "http_503", "times": 0, "retry_after": 1}]


def to_select(core, name="김민준", rrn=S.RRN_STUDENT, school="ㅂㅁㅈ") -> LinkingSession:
    s = LinkingSession(core, staff="staff1")
    s.verify(name, rrn)
    assert s.state.consent_at is not None
    s.next()
    s.prepare_schools()
    hits = s.search_schools(school)
    s.choose_school(hits[0])
    s.next()
    s.check_student()
    s.load_records()
    s.next()
    return s


def test_the_whole_neis_path_sends_eligible_records_once(core, sandbox, tmp_path):
    s = to_select(core)
    state = s.state
    assert state.school.name == "보문중학교" and state.student.grade == 3
    rows = {r.record_id: r for r in state.records}
    # The rules, as staff see them before sending.
    assert rows["R-1001-01"].eligible and rows["R-1001-01"].recognized_hours == 3  # 210분 → 3시간
    assert rows["R-1001-02"].recognized_hours == 1  # 7교시 that day → 1 h
    assert rows["R-1001-03"].recognized_hours == 2  # 6교시 → 2 h of 4
    assert [m.code for m in rows["R-1001-04"].reasons] == ["under_one_hour"]
    assert rows["R-1001-05"].recognized_hours == 4  # 헌혈
    assert [m.code for m in rows["R-1001-06"].reasons] == ["not_current_year"]
    assert [m.code for m in rows["R-1001-07"].reasons] == ["overseas"]
    assert [m.code for m in rows["R-1001-08"].reasons] == ["club"]
    eligible = {rid for rid, r in rows.items() if r.eligible}
    assert state.selected == eligible
    s.send()
    results = {r.record_id: r.status for r in s.state.results}
    assert results == {rid: "sent" for rid in eligible}
    submitted = [x["record_id"] for x in sandbox.state()["neis_submissions"]]
    assert sorted(submitted) == sorted(eligible)
    # A second visit shows them in 연계완료 실적 and cannot send them again.
    s2 = to_select(core)
    assert {r.record_id for r in s2.state.linked} == eligible
    assert not s2.state.selected
    s.reset()
    s2.reset()
    # Nothing LinkDesk wrote holds the number.
    assert files_holding(S.RRN_STUDENT, tmp_path) == []


def test_neis_down_queues_then_the_outbox_sends_each_exactly_once(core, sandbox):
    s = to_select(core)
    wanted = set(s.state.selected)
    sandbox.set_faults(NEIS_DOWN)
    s.send()
    assert {r.status for r in s.state.results} == {"queued"}
    assert sandbox.state()["neis_submissions"] == []
    waiting = outbox.pending(core.store, kind="neis_submit")
    assert {v.record_id for v in waiting} == wanted and all(v.status == "queued" for v in waiting)
    # Partner back; the backoff has passed.
    sandbox.set_faults([])
    sandbox.advance(60)
    core.sync_clock()
    outcomes = Dispatcher(core).flush()
    assert {o.record_id for o in outcomes if o.status == "sent"} == wanted
    assert Dispatcher(core).flush() == []
    submitted = [x["record_id"] for x in sandbox.state()["neis_submissions"]]
    assert sorted(submitted) == sorted(wanted)


def test_a_partial_failure_is_resent_with_retry(core, sandbox):
    s = to_select(core)
    n = len(s.state.selected)
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "http_503", "times": 2, "retry_after": 1}])
    s.send()  # the first record: 503, not found by key, 503 again → stays queued
    statuses = sorted(r.status for r in s.state.results)
    assert statuses.count("sent") == n - 1 and statuses.count("queued") == 1
    s.retry([r.record_id for r in s.state.results if r.status == "queued"])
    assert {r.status for r in s.state.results} == {"sent"}
    assert len(sandbox.state()["neis_submissions"]) == n


def test_consent_is_captured_before_going_on(core, sandbox):
    s = LinkingSession(core)
    s.verify("이서연", S.RRN_NO_CONSENT)
    assert s.state.consent_at is None and not s.state.can_advance
    s.give_consent()
    assert s.state.can_advance
    assert any(c["volunteer_id"] == "V-1002" for c in sandbox.state()["consents"])


def test_under_14_needs_the_guardian(core, sandbox):
    s = LinkingSession(core)
    s.verify("박지호", S.RRN_CHILD)
    assert s.state.person.under_14
    with pytest.raises(LinkingError) as e:
        s.give_consent()
    assert "법정대리인" in e.value.message_ko
    s.give_consent(F.Guardian("박영희", "모", identity_checked=True))
    consent = [c for c in sandbox.state()["consents"] if c["volunteer_id"] == "V-1003"][0]
    assert consent["guardian"]["relationship"] == "모"


def test_failures_say_what_went_wrong(core, sandbox):
    s = LinkingSession(core)
    with pytest.raises(RrnError):
        s.verify("김민준", "120230-3123456")
    with pytest.raises(PartnerError) as e:
        s.verify("김민수", S.RRN_STUDENT)
    assert e.value.code == "identity_mismatch"
    s.verify("김민준", S.RRN_STUDENT)
    s.next()
    s.prepare_schools()
    s.choose_school(s.search_schools("서울고")[0])
    s.next()
    with pytest.raises(PartnerError) as e:
        s.check_student()
    assert e.value.code == "student_mismatch" and "학교정보" in e.value.message_ko()
    assert not s.state.can_advance


def test_post_2020_number_is_accepted(core):
    s = LinkingSession(core)
    s.verify("최유나", S.RRN_POST2020)
    assert s.state.person.volunteer_id == "V-1004"


def test_records_come_from_the_cache_when_1365_is_down(core, sandbox):
    s = to_select(core)
    cached = {r.record_id for r in s.state.records}
    s.back()
    sandbox.set_faults([{"partner": "1365", "operation": "*", "kind": "http_503", "times": 0, "retry_after": 1}])
    s.load_records()
    assert s.load_info.stale and {r.record_id for r in s.state.records} == cached


def test_selection_reevaluates_the_daily_cap(core):
    s = to_select(core)
    before = set(s.state.selected)
    s.select(set())
    assert not s.state.can_advance
    s.select_all_eligible()
    assert s.state.selected == before


def test_each_step_writes_its_access_log_entry(core):
    from sqlalchemy import select

    from linkdesk.services.audit import verify_chain
    from linkdesk.store.models_security import AccessLogEntry

    s = to_select(core)
    s.send()
    with core.store.unit_of_work(read_only=True) as uow:
        entries = [(e.action, e.target.split(" ")[0], e.volunteer_id) for e in uow.session.scalars(select(AccessLogEntry))]
    assert [a for a, _, _ in entries] == ["view", "view", "view", "entry"]
    assert {v for _, _, v in entries} == {"V-1001"}
    assert verify_chain(core.store).ok


def test_a_send_at_the_counter_sends_only_this_visitors_records(core, sandbox):
    first = to_select(core)
    sandbox.set_faults(NEIS_DOWN)
    first.send()  # queued: NEIS is down
    waiting = {v.id for v in outbox.pending(core.store, kind="neis_submit")}
    sandbox.set_faults([])
    sandbox.advance(60)
    core.sync_clock()  # the backlog is due now
    second = to_select(core, name="최유나", rrn=S.RRN_POST2020, school="의왕중")
    second.send()
    assert {r.status for r in second.state.results} == {"sent"}
    assert [x["record_id"] for x in sandbox.state()["neis_submissions"]] == ["R-1004-01"]
    # The first visitor's rows are left to the outbox's own flush, and go out then.
    assert {v.id for v in outbox.pending(core.store, kind="neis_submit", statuses=("queued",))} == waiting
    Dispatcher(core).flush()
    assert len(sandbox.state()["neis_submissions"]) == 1 + len(waiting)
