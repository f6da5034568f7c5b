"""The whole NEIS linking wizard against the sandbox over HTTP: the five steps, Back, Cancel.

Every partner call goes through the task runner; the tests only type, press and wait.
"""

from __future__ import annotations


from linkdesk.services.linking_flow import Step
from tests.fixtures import scenarios as S
from tests.gui.wizard_driver import (
    check_student,
    choose_school,
    confirm_leave,
    confirm_send,
    go_next,
    settle,
    type_identity,
    verify,
)
from tests.helpers.privacy import files_holding


def test_the_happy_path_sends_every_eligible_record(qtbot, wizard, sandbox, tmp_path):
    assert wizard.current_step() is Step.IDENTITY and wizard.header.current is Step.IDENTITY
    assert not wizard.next_button.isEnabled() and not wizard.back_button.isEnabled()
    assert wizard.identity.captcha.isHidden()  # the scenario asks for no 보안문자
    verify(qtbot, wizard, "김민준", S.RRN_STUDENT)
    page = wizard.identity
    assert wizard.session.state.person.volunteer_id == "V-1001"
    assert page.rrn.value() == ""  # wiped once the partner confirmed the person
    assert "김민준" in page.verified_note.text() and page.consent.mode == "consented"
    assert "2024" in page.consent.consented_label.text()
    assert wizard.next_button.isEnabled()
    go_next(qtbot, wizard)

    assert wizard.current_step() is Step.SCHOOL and wizard.header.current is Step.SCHOOL
    assert not wizard.next_button.isEnabled() and wizard.back_button.isEnabled()
    choose_school(qtbot, wizard, "ㅂㅁㅈ")
    assert wizard.session.state.school.name == "보문중학교"
    assert "보문중학교" in wizard.school.field.text()
    go_next(qtbot, wizard)

    assert wizard.current_step() is Step.STUDENT
    assert "보문중학교" in wizard.student.school_label.text()
    check_student(qtbot, wizard)
    result = wizard.student.result
    assert result.isVisible() and "3" in result.text() and "2" in result.text()
    go_next(qtbot, wizard)

    select = wizard.select
    assert wizard.current_step() is Step.SELECT
    state = wizard.session.state
    eligible = {r.record_id for r in state.targets if r.eligible}
    assert state.selected == eligible and eligible
    assert select.targets.selected() == eligible
    assert select.targets.model.rowCount() == len(state.targets)
    assert "Selected %d" % len(eligible) in select.targets.totals_label.text()
    assert select.timetable_note.isHidden() and select.stale_note.isHidden()

    confirm_send(qtbot, wizard)
    assert wizard.current_step() is Step.SEND and wizard.header.current is Step.SEND
    results = {r.record_id: r.status for r in wizard.session.state.results}
    assert results == {rid: "sent" for rid in eligible}
    view = wizard.send_page.results
    assert view.model.rowCount() == len(eligible)
    assert all("Sent" in view.model.index(i, 4).data() for i in range(view.model.rowCount()))
    assert not view.retry_button.isEnabled()
    assert wizard.send_page.approval_note.isVisible()
    assert not wizard.back_button.isEnabled()
    submitted = sorted(s["record_id"] for s in sandbox.state()["neis_submissions"])
    assert submitted == sorted(eligible)

    with qtbot.waitSignal(wizard.closed, timeout=5000):
        go_next(qtbot, wizard)  # 마침
    assert wizard.session.state.person is None and wizard.identity.name.text() == ""
    assert files_holding(S.RRN_STUDENT, tmp_path) == []


def test_back_restores_the_exact_earlier_states(qtbot, wizard):
    verify(qtbot, wizard, "김민준", S.RRN_STUDENT)
    go_next(qtbot, wizard)
    choose_school(qtbot, wizard, "보문중")
    go_next(qtbot, wizard)
    check_student(qtbot, wizard)
    go_next(qtbot, wizard)
    selected = wizard.session.state.selected
    wizard.back_button.click()
    settle(qtbot, wizard)
    assert wizard.current_step() is Step.STUDENT and wizard.session.state.student.grade == 3
    assert wizard.student.result.isVisible() and not wizard.student.check_button.isEnabled()
    wizard.back_button.click()
    assert wizard.current_step() is Step.SCHOOL and wizard.session.state.school.name == "보문중학교"
    assert wizard.next_button.isEnabled()
    wizard.back_button.click()
    assert wizard.current_step() is Step.IDENTITY and wizard.session.state.person.name == "김민준"
    assert wizard.identity.verified_note.isVisible() and not wizard.identity.rrn.isVisible()
    go_next(qtbot, wizard)  # the flow moves on from the restored 본인 확인: the school is asked again
    assert wizard.current_step() is Step.SCHOOL and wizard.session.state.school is None
    assert not wizard.next_button.isEnabled() and wizard.school.field.text() == ""
    choose_school(qtbot, wizard, "ㅂㅁㅈ")
    go_next(qtbot, wizard)
    check_student(qtbot, wizard)
    go_next(qtbot, wizard)
    assert wizard.session.state.selected == selected  # records loaded again on entering 실적선택
    assert wizard.select.targets.selected() == selected


def test_cancel_clears_the_session_and_every_widget(qtbot, wizard):
    verify(qtbot, wizard, "이서연", S.RRN_NO_CONSENT)
    page = wizard.identity
    page.consent.agree.setChecked(True)
    old = wizard.session
    type_identity(qtbot, wizard, "이서연", S.RRN_NO_CONSENT)  # typed again, still on screen
    wizard.cancel_button.click()
    assert wizard.session is old  # something was entered: 취소 asks first
    with qtbot.waitSignal(wizard.closed, timeout=5000):
        confirm_leave(qtbot, wizard)
    assert old.state.person is None and wizard.session is not old
    assert wizard.session.state.person is None
    assert page.rrn.value() == "" and page.rrn.front.text() == "" and page.name.text() == ""
    assert page.consent.mode == "" and not page.consent.agree.isChecked()
    assert page.verified_note.isHidden()
    settle(qtbot, wizard)


def test_start_again_forgets_the_visitor_and_begins_a_new_identity_check(qtbot, wizard):
    verify(qtbot, wizard, "김민준", S.RRN_STUDENT)
    go_next(qtbot, wizard)
    old = wizard.session
    wizard.restart_button.click()
    confirm_leave(qtbot, wizard)
    assert old.state.person is None and wizard.session is not old
    assert wizard.current_step() is Step.IDENTITY and wizard.header.current is Step.IDENTITY
    settle(qtbot, wizard)  # a new 보안문자 request went out
    page = wizard.identity
    assert page.name.text() == "" and page.rrn.isVisible() and page.verified_note.isHidden()
    assert not wizard.back_button.isEnabled() and not wizard.next_button.isEnabled()


def test_the_idle_lock_drops_everything_on_screen(qtbot, wizard):
    verify(qtbot, wizard, "김민준", S.RRN_STUDENT)
    go_next(qtbot, wizard)
    choose_school(qtbot, wizard, "ㅂㅁㅈ")
    go_next(qtbot, wizard)
    check_student(qtbot, wizard)
    go_next(qtbot, wizard)
    assert wizard.select.targets.model.rowCount() > 0
    with qtbot.waitSignal(wizard.closed, timeout=5000):
        wizard.drop_personal_data()
    assert wizard.session.state.person is None and not wizard.busy
    assert wizard.select.targets.model.rowCount() == 0 and wizard.select.linked.model.rowCount() == 0
    assert wizard.school.field.text() == "" and wizard.student.person_label.text() == ""
    assert wizard.student.result.isHidden() and wizard.identity.name.text() == ""
