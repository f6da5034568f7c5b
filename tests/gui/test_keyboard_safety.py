"""Nothing is lost by a key press (issue 14, point 1), through the real window on the training sandbox.

Staff drive the whole NEIS linking with the keyboard alone, pressing Enter twice at every step (the
second press lands while the step's partner call still runs, or on whatever has the focus after it):
the visitor's data is intact at every step. Esc, 처음으로 and Ctrl+N ask before discarding, and Enter
in that box keeps the visitor. A wrong password followed by Enter keeps LinkDesk open and says how
many tries are left.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from linkdesk.services.linking_flow import Step
from tests.fixtures import scenarios as S
from tests.gui.desk_driver import (  # noqa: F401 - bugs and counters are fixtures
    start_training,
    WAIT,
    bugs,
    counters,
    real_config,
    seed_staff,
    settled,
    sign_in_dialog,
)
from tests.gui.korean_typing import commit
from tests.gui.wizard_driver import settle
from tests.helpers.security import CLERK, CLERK_PW

DESTRUCTIVE = ("WizardRestart", "WizardCancel")


@pytest.fixture
def counter(qtbot, counters, tmp_path):
    return start_training(qtbot, counters, tmp_path / "data", active=True)


def focused():
    return QApplication.focusWidget()


def press(qtbot, key=Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on whatever has the focus, as the keyboard delivers it."""
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def enter_twice(qtbot, wizard) -> None:
    """Enter, Enter -- the second before the first one's partner call answered -- then wait."""
    press(qtbot)
    qtbot.waitUntil(lambda: focused() is not None, timeout=WAIT)  # a closing box hands the window back
    assert focused().objectName() not in DESTRUCTIVE
    press(qtbot)
    settle(qtbot, wizard)
    assert focused() is not None and focused().objectName() not in DESTRUCTIVE


def test_every_step_by_keyboard_with_enter_pressed_twice_keeps_the_data(qtbot, counter):
    window, desk = counter.window, counter.desk
    assert focused() is window.welcome.start_button  # a sensible widget has the focus at start
    press(qtbot)
    wizard = desk.wizard()
    assert wizard is not None
    settle(qtbot, wizard)
    page = wizard.identity
    assert focused() is page.name
    commit(page.name, "김민준")
    press(qtbot, Qt.Key.Key_Tab)
    front, back = S.RRN_STUDENT.split("-")
    qtbot.keyClicks(focused(), front)  # the front field moves on to the back field by itself
    qtbot.keyClicks(focused(), back)
    assert page.rrn.is_complete()

    enter_twice(qtbot, wizard)  # 실명인증; the second Enter waits for it
    state = wizard.session.state
    assert state.step is Step.IDENTITY and state.person.name == "김민준" and state.consent_at is not None
    assert focused() is wizard.next_button

    enter_twice(qtbot, wizard)  # Next; the second Enter waits while the school directory is prepared
    assert wizard.current_step() is Step.SCHOOL and wizard.session.state.person.name == "김민준"
    assert focused() is wizard.school.field and wizard.school.dialog is None
    press(qtbot)  # Enter in the empty school field opens 학교검색
    qtbot.waitUntil(lambda: wizard.school.dialog is not None and wizard.school.dialog.isVisible(), timeout=WAIT)
    dialog = wizard.school.dialog
    qtbot.waitUntil(lambda: focused() is dialog.query, timeout=WAIT)
    commit(dialog.query, "ㅂㅁㅈ")
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=WAIT)
    press(qtbot)  # picks the highlighted school and closes the popup
    qtbot.waitUntil(lambda: wizard.school.dialog is None, timeout=WAIT)
    assert wizard.session.state.school.name == "보문중학교"
    qtbot.waitUntil(lambda: focused() is wizard.school.field, timeout=WAIT)  # focus back after the popup
    press(qtbot)  # the field shows the chosen school: Enter goes on
    settle(qtbot, wizard)
    assert wizard.current_step() is Step.STUDENT
    assert focused() is wizard.student.check_button

    enter_twice(qtbot, wizard)  # 학생정보 확인; the buttons disable meanwhile, the focus never falls to 처음으로
    state = wizard.session.state
    assert state.student is not None and state.school.name == "보문중학교" and state.person.name == "김민준"
    assert focused() is wizard.next_button

    enter_twice(qtbot, wizard)  # Next: the records load; the second Enter waits, then asks to send
    assert wizard.current_step() is Step.SELECT
    state = wizard.session.state
    assert state.selected and state.student is not None
    assert wizard.send_page.confirm_box is None  # the second Enter came while the records loaded
    assert focused() is wizard.select.targets.table
    selected = state.selected
    press(qtbot)  # 전송…: asks first
    box = wizard.send_page.confirm_box
    qtbot.waitUntil(lambda: box.isVisible() and focused() is not None and focused().window() is box, timeout=WAIT)
    press(qtbot, Qt.Key.Key_Escape)  # the box says no: nothing sent, the focus back on the records
    qtbot.waitUntil(lambda: wizard.send_page.confirm_box is None, timeout=WAIT)
    assert wizard.session.state.selected == selected and not wizard.session.state.results
    qtbot.waitUntil(lambda: focused() is wizard.select.targets.table, timeout=WAIT)

    press(qtbot)  # asks again; Enter twice: the first is 전송, the second lands on the busy wizard
    box = wizard.send_page.confirm_box
    qtbot.waitUntil(lambda: box.isVisible() and focused() is not None and focused().window() is box, timeout=WAIT)
    enter_twice(qtbot, wizard)
    assert wizard.current_step() is Step.SEND
    results = {r.record_id: r.status for r in wizard.session.state.results}
    assert results == {rid: "sent" for rid in selected}

    enter_twice(qtbot, wizard)  # on the results Enter never finishes: 마침 takes Alt+N
    assert wizard.current_step() is Step.SEND and desk.wizard() is wizard
    with qtbot.waitSignal(wizard.closed, timeout=WAIT):
        press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: focused() is window.welcome.start_button, timeout=WAIT)


def test_esc_restart_and_ctrl_n_ask_first_and_enter_keeps_the_visitor(qtbot, counter):
    window, desk = counter.window, counter.desk
    window.action_new_linking.trigger()
    wizard = desk.wizard()
    settle(qtbot, wizard)
    qtbot.waitUntil(lambda: focused() is wizard.identity.name, timeout=WAIT)
    commit(wizard.identity.name, "김민준")
    for leave in (lambda: press(qtbot, Qt.Key.Key_Escape),
                  lambda: press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier),  # 처음으로
                  window.action_new_linking.trigger):  # Ctrl+N
        leave()
        qtbot.waitUntil(lambda: wizard.leave_box is not None, timeout=WAIT)  # a mnemonic clicks animated
        box = wizard.leave_box
        qtbot.waitUntil(lambda: focused() is not None and focused().window() is box, timeout=WAIT)
        press(qtbot)  # Enter is "keep working"
        assert wizard.leave_box is None and desk.wizard() is wizard
        qtbot.waitUntil(lambda: focused() is wizard.identity.rrn.front, timeout=WAIT)
        press(qtbot)  # a second Enter verifies (and says the number is missing); nothing is dropped
        settle(qtbot, wizard)
        assert wizard.identity.name.text() == "김민준"
    press(qtbot, Qt.Key.Key_Escape)
    box = wizard.leave_box
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is box, timeout=WAIT)
    with qtbot.waitSignal(wizard.closed, timeout=WAIT):
        press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # 버리고 닫기: the explicit choice
    assert desk.wizard() is None


def test_an_empty_wizard_leaves_without_asking(qtbot, counter):
    counter.window.action_new_linking.trigger()
    wizard = counter.desk.wizard()
    settle(qtbot, wizard)
    with qtbot.waitSignal(wizard.closed, timeout=WAIT):
        wizard.cancel_button.click()
    assert wizard.leave_box is None


def test_a_wrong_password_and_enter_keep_the_counter_open_and_count_the_tries(qtbot, counters, sandbox, tmp_path,
                                                                               monkeypatch):
    monkeypatch.delenv("LINKDESK_API_KEY", raising=False)
    config = real_config(sandbox)
    seed_staff(config, tmp_path / "data")
    counter = counters(config, tmp_path / "data")
    dialog = sign_in_dialog(qtbot, counter)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    qtbot.keyClicks(dialog.username, CLERK)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.password
    qtbot.keyClicks(dialog.password, "Wrong!2026pw")
    press(qtbot)
    press(qtbot)  # while the password is checked: nothing happens
    qtbot.waitUntil(lambda: settled(dialog), timeout=WAIT)
    assert "4 more wrong attempts lock the account" in dialog.status.text()
    assert focused() is dialog.password and dialog.password.text() == ""
    press(qtbot)  # Enter on the empty password: asks for it, still open
    assert dialog.isVisible() and counter.window.isVisible()
    assert "Enter your username and password" in dialog.status.text()
    qtbot.keyClicks(dialog.password, CLERK_PW)
    with qtbot.waitSignal(counter.desk.ready, timeout=WAIT):
        press(qtbot)
    assert counter.desk.account.username == CLERK
    qtbot.waitUntil(lambda: focused() is counter.window.welcome.start_button, timeout=WAIT)  # after the dialog
