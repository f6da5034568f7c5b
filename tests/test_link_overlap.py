"""The linking session fetches nothing twice and overlaps what does not depend on each other: the
1365 records and the school's 학사일정 are on their way while NEIS checks the student (proven by
order, not by time)."""

from __future__ import annotations

import threading
import time

from linkdesk.services.linking import LinkingSession
from tests.fixtures import scenarios as S

PARTNER_CALLS = ("identity.verify", "1365.volunteer", "1365.records", "neis.verify_student", "neis.timetable",
                 "neis.openapi")


def _to_school(core) -> LinkingSession:
    s = LinkingSession(core, staff="staff1")
    s.verify("김민준", S.RRN_STUDENT)
    s.next()
    s.prepare_schools()
    s.choose_school(s.search_schools("ㅂㅁㅈ")[0])
    s.next()
    return s


def test_each_partner_read_happens_once(core, sandbox):
    s = _to_school(core)
    s.check_student()
    state = s.load_records()
    assert state.records and state.selected
    calls = sandbox.state()["requests"]
    assert {k: calls.get(k, 0) for k in PARTNER_CALLS} == dict.fromkeys(PARTNER_CALLS, 1)
    s.reset()


def _during_a_slow_student_check(s: LinkingSession, sandbox, request: str, what: str) -> None:
    """Start the student check with NEIS answering after 3 s; ``request`` must reach the sandbox
    while the check still waits (proven by order, not by time); then let NEIS answer."""
    sandbox.set_faults([{"partner": "neis", "operation": "verify_student", "kind": "latency", "ms": 3000}])
    checking = threading.Thread(target=s.check_student)
    checking.start()
    deadline = time.monotonic() + 30  # a guard against hanging, not a measurement
    while sandbox.state()["requests"].get(request, 0) == 0:
        assert time.monotonic() < deadline, f"{what} was not fetched during the student check"
    assert checking.is_alive()  # NEIS has not answered yet: the two were in flight together
    sandbox.set_faults([])
    checking.join(60)
    assert not checking.is_alive()


def test_the_records_are_fetched_while_neis_checks_the_student(core, sandbox):
    s = _to_school(core)
    _during_a_slow_student_check(s, sandbox, "1365.records", "the 1365 records")
    state = s.load_records()
    assert state.records and sandbox.state()["requests"]["1365.records"] == 1
    s.reset()


def test_the_school_calendar_is_fetched_while_neis_checks_the_student(core, sandbox):
    s = _to_school(core)
    _during_a_slow_student_check(s, sandbox, "neis.openapi", "the 학사일정")
    s.load_records()
    assert sandbox.state()["requests"]["neis.openapi"] == 1  # taken from the early fetch, not fetched again
    s.reset()


def test_an_unavailable_calendar_fetched_ahead_falls_back_like_before(core, sandbox):
    """The early fetch keeps the old behaviour: the gateway's 학사일정 unavailable → the imported one /
    the settings, and the records still load."""
    s = _to_school(core)
    sandbox.set_faults([{"partner": "neis", "operation": "openapi", "kind": "http_503", "times": 0}])
    s.check_student()
    state = s.load_records()
    assert state.records and s.load_info.periods_known
    s.reset()
