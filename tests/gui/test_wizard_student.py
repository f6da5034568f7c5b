"""내 소속학교 and 학생정보 확인 in the wizard: each failure kind gets its own message and next step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from linkdesk.protocol.errors import info
from linkdesk.services.linking_flow import Step
from tests.fixtures import scenarios as S
from tests.gui.korean_typing import commit
from tests.gui.wizard_driver import (
    check_student,
    choose_school,
    click,
    focused,
    go_next,
    settle,
    verify,
)


def to_student(qtbot, wizard, school: str, name: str = "김민준", rrn: str = S.RRN_STUDENT) -> None:
    verify(qtbot, wizard, name, rrn)
    go_next(qtbot, wizard)
    choose_school(qtbot, wizard, school)
    go_next(qtbot, wizard)
    assert wizard.current_step() is Step.STUDENT


def test_the_school_popup_by_keyboard(qtbot, wizard):
    verify(qtbot, wizard, "김민준", S.RRN_STUDENT)
    go_next(qtbot, wizard)
    page = wizard.school
    assert focused() is page.field
    commit(page.field, "ㅂㅁㅈ")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)  # Enter: 학교검색 with what was typed
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=5000)
    dialog = page.dialog
    assert dialog.query.text() == "ㅂㅁㅈ"
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 1, timeout=5000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    picked = dialog.current_school()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)
    assert wizard.session.state.school.code == picked.code
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=5000)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a school is chosen: Enter goes on
    assert wizard.current_step() is Step.STUDENT


def test_a_student_mismatch_sends_staff_back_to_the_school(qtbot, wizard):
    to_student(qtbot, wizard, "서울고")
    check_student(qtbot, wizard)
    page = wizard.student
    assert wizard.session.state.student is None and not wizard.next_button.isEnabled()
    assert page.failure_title.isVisible() and page.school_again.isVisible() and page.verify_again.isHidden()
    text = page.strip.text()
    assert info("student_mismatch").ko in text or info("student_mismatch").en in text
    click(qtbot, page.school_again)
    assert wizard.current_step() is Step.SCHOOL
    choose_school(qtbot, wizard, "보문중")
    go_next(qtbot, wizard)
    assert page.failure_title.isHidden() and page.strip.state == ""  # a new attempt starts clean
    check_student(qtbot, wizard)
    assert wizard.session.state.student.grade == 3 and wizard.next_button.isEnabled()


def test_neis_unavailable_says_try_later_and_retry_works(qtbot, wizard, sandbox):
    to_student(qtbot, wizard, "ㅂㅁㅈ")
    sandbox.set_faults([{"partner": "neis", "operation": "verify_student", "kind": "http_503", "times": 0,
                         "retry_after": 1}])
    check_student(qtbot, wizard)
    page = wizard.student
    assert wizard.session.state.student is None and not wizard.next_button.isEnabled()
    assert page.failure_title.isVisible() and page.school_again.isHidden() and page.verify_again.isHidden()
    assert page.strip.state == "error" and page.strip.retry_button.isVisible()
    sandbox.set_faults([])
    click(qtbot, page.strip.retry_button)
    settle(qtbot, wizard)
    assert wizard.session.state.student is not None and page.result.isVisible()
    assert page.failure_title.isHidden() and wizard.next_button.isEnabled()


def test_an_expired_identity_check_asks_for_the_number_again(qtbot, wizard, sandbox, core):
    to_student(qtbot, wizard, "ㅂㅁㅈ")
    sandbox.advance(31)  # the token lives 30 minutes
    core.sync_clock()
    check_student(qtbot, wizard)
    page = wizard.student
    assert page.verify_again.isVisible() and page.school_again.isHidden()
    click(qtbot, page.verify_again)
    settle(qtbot, wizard)
    identity = wizard.identity
    assert wizard.current_step() is Step.IDENTITY and identity.rrn.isVisible()
    assert identity.name.text() == "김민준" and identity.reverify_note.isVisible()
    verify(qtbot, wizard, "김민준", S.RRN_STUDENT)
    assert identity.rrn.isHidden() and identity.reverify_note.isHidden() and wizard.next_button.isEnabled()
    go_next(qtbot, wizard)
    choose_school(qtbot, wizard, "ㅂㅁㅈ")
    go_next(qtbot, wizard)
    check_student(qtbot, wizard)
    assert wizard.session.state.student is not None
