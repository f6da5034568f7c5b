"""Issue 14, point 2, through the real window: every wait over a second shows how long it has
waited and offers 취소; stopping keeps the visitor and leaves nothing half done -- a NEIS check that
answers late is shown as it is, and records already handed to the outbox are reported as such."""

from __future__ import annotations

import pytest

from linkdesk.services.linking_flow import Step
from tests.fixtures import scenarios as S
from tests.fixtures.sandbox import SandboxHandle
from tests.gui.desk_driver import WAIT, bugs, counters, start_training  # noqa: F401 - bugs and counters are fixtures
from tests.gui.wizard_driver import choose_school, click, go_next, settle, verify

SLOW_CHECK = [{"partner": "neis", "operation": "verify_student", "kind": "latency", "ms": 2500, "times": 1}]
SLOW_SEND = [{"partner": "neis", "operation": "submit", "kind": "latency", "ms": 2500, "times": 0}]


@pytest.fixture
def counter(qtbot, counters, tmp_path):
    return start_training(qtbot, counters, tmp_path / "data")


def faults(desk, plan) -> None:
    admin = SandboxHandle(desk.core.sandbox)
    admin.set_faults(plan)
    admin.close()


def to_student(qtbot, desk):
    wizard = desk.start_linking()
    settle(qtbot, wizard)
    verify(qtbot, wizard, "김민준", S.RRN_STUDENT)
    go_next(qtbot, wizard)
    choose_school(qtbot, wizard, "ㅂㅁㅈ")
    go_next(qtbot, wizard)
    return wizard


def test_a_slow_neis_check_can_be_stopped_and_the_visitor_stays(qtbot, counter):
    wizard = to_student(qtbot, counter.desk)
    faults(counter.desk, SLOW_CHECK)
    page = wizard.student
    click(qtbot, page.check_button)
    strip = page.strip
    assert strip.state == "busy" and strip.cancel_button.isHidden()  # no 취소 for a short wait
    qtbot.waitUntil(strip.cancel_button.isVisible, timeout=WAIT)
    assert "s)" in strip.text()  # the seconds waited
    with qtbot.waitSignal(counter.runner.task_settled, timeout=WAIT) as late:
        click(qtbot, strip.cancel_button)
        assert not wizard.busy and strip.state == "info" and "Stopped waiting" in strip.text()
        assert wizard.session.state.person.name == "김민준" and wizard.session.state.school is not None
        assert strip.retry_button.isVisible() and wizard.back_button.isEnabled()
    assert late.args[0].cancelled
    qtbot.waitUntil(lambda: page.result.isVisible(), timeout=WAIT)  # the late answer is shown as it is
    assert wizard.session.state.student is not None and wizard.next_button.isEnabled()


def test_stopping_a_slow_send_reports_the_records_handed_over(qtbot, counter):
    desk = counter.desk
    wizard = to_student(qtbot, desk)
    click(qtbot, wizard.student.check_button)
    settle(qtbot, wizard)
    go_next(qtbot, wizard)
    selected = wizard.session.state.selected
    assert selected
    faults(desk, SLOW_SEND)
    click(qtbot, wizard.next_button)
    box = wizard.send_page.confirm_box
    qtbot.waitUntil(box.isVisible, timeout=WAIT)
    click(qtbot, next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole))
    strip = wizard.send_page.strip
    qtbot.waitUntil(strip.cancel_button.isVisible, timeout=WAIT)
    with qtbot.waitSignal(counter.runner.task_settled, timeout=WAIT):
        click(qtbot, strip.cancel_button)
        assert "handed to the outbox" in strip.text() and not wizard.busy
    qtbot.waitUntil(lambda: wizard.current_step() is Step.SEND and bool(wizard.session.state.results), timeout=WAIT)
    results = {r.record_id: r.status for r in wizard.session.state.results}
    assert set(results) == set(selected) and set(results.values()) <= {"sent", "queued"}
    admin = SandboxHandle(desk.core.sandbox)
    sent = [s["record_id"] for s in admin.state()["neis_submissions"]]
    admin.close()
    assert len(sent) == len(set(sent))  # none sent twice
    qtbot.waitUntil(lambda: wizard.send_page.results.model.rowCount() == len(selected), timeout=WAIT)


def test_an_area_offers_the_same_stop_and_becomes_usable_again(qtbot, counter):
    """VMS (like Red Cross, the pending list and the access log) gets 대기 취소 from the busy strip."""
    faults(counter.desk, [{"partner": "vms", "operation": "members", "kind": "latency", "ms": 2500, "times": 1}])
    vms = counter.window.show_area("vms")
    vms.search.search("volunteer_id", "V-2002")
    assert vms._tasks == 1 and not vms.search.isEnabled()
    qtbot.waitUntil(vms.status.cancel_button.isVisible, timeout=WAIT)
    with qtbot.waitSignal(counter.runner.task_settled, timeout=WAIT) as late:
        click(qtbot, vms.status.cancel_button)
        assert vms._tasks == 0 and vms.search.isEnabled() and vms.status.state == "info"
        assert "never sent twice" in vms.status.text()
    assert late.args[0].cancelled and vms.view is None  # the late answer was dropped
    vms.search.search("volunteer_id", "V-2002")  # and the area works on
    qtbot.waitUntil(lambda: vms.view is not None and vms._tasks == 0, timeout=WAIT)


def test_leaving_after_stopping_a_wait_drops_the_late_answer_without_a_bug(qtbot, counter):
    """취소 after 대기 취소: the worker still checks the student on the abandoned session; its late end
    (the flow was reset under it) is dropped, the abandoned session is emptied once more, no bug."""
    wizard = to_student(qtbot, counter.desk)
    faults(counter.desk, SLOW_CHECK)
    click(qtbot, wizard.student.check_button)
    strip = wizard.student.strip
    qtbot.waitUntil(strip.cancel_button.isVisible, timeout=WAIT)
    click(qtbot, strip.cancel_button)
    session = wizard.session
    with qtbot.waitSignal(counter.runner.task_settled, timeout=WAIT):
        with qtbot.waitSignal(wizard.closed, timeout=WAIT):
            wizard.cancel()  # what 취소 does once its "discard?" box is answered
    assert session.state.person is None and session.state.student is None
