"""The idle lock: after the (tiny) timeout the window is covered, registered screens drop their personal
data, input and shortcuts are swallowed, and only the same staff member's password unlocks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from linkdesk.gui.main_window import MainWindow
from linkdesk.gui.preferences import JsonPreferences
from linkdesk.gui.security import HoldsPersonalData, IdleLock
from linkdesk.services.staff import accounts
from tests.fixtures import scenarios as S
from tests.helpers.security import ADMIN_PW, CLERK, CLERK_PW, with_staff

WAIT = 10_000  # ms; a guard against a hung test, never a speed assumption


class PersonForm(QLineEdit):
    """A screen holding a visitor's data (here: a made-up 주민등록번호 and a name)."""

    def __init__(self) -> None:
        super().__init__()
        self.name = "김민준"
        self.setText(S.RRN_STUDENT)
        self.dropped = 0

    def drop_personal_data(self) -> None:
        self.setText("")
        self.name = ""
        self.dropped += 1


@pytest.fixture
def staff(core):
    return with_staff(accounts(core)).authenticate(CLERK, CLERK_PW)


@pytest.fixture
def window(qtbot):
    w = MainWindow(preferences=JsonPreferences(None), training=True)
    qtbot.addWidget(w)
    with qtbot.waitExposed(w, timeout=WAIT):
        w.show()
    yield w
    w.deleteLater()  # its lock (a child) and the lock's application-wide filter go with it


@pytest.fixture
def locked(qtbot, core, runner, window, staff):
    """A lock with a 30 ms timeout, a registered form full of personal data, and the lock having fired."""
    form = PersonForm()
    window.set_linking_widget(form)
    lock = IdleLock(core, runner, window, timeout_ms=30)
    lock.register(form)
    with qtbot.waitSignal(lock.locked, timeout=WAIT):
        lock.start(staff)
    return lock, form


def unlock_with(qtbot, lock: IdleLock, password: str) -> None:
    lock.overlay.password.setText(password)
    qtbot.mouseClick(lock.overlay.unlock_button, Qt.MouseButton.LeftButton)


def test_idle_time_locks_and_drops_the_personal_data(locked, window):
    lock, form = locked
    assert isinstance(form, HoldsPersonalData)
    assert lock.is_locked and form.dropped == 1
    assert form.text() == "" and form.name == ""
    assert lock.overlay.isVisible() and lock.overlay.geometry() == window.rect()
    assert "김창구 (clerk1)" in lock.overlay.who.text()


def test_while_locked_input_and_shortcuts_do_not_reach_the_window(qtbot, core, runner, window, staff):
    form = PersonForm()
    window.set_linking_widget(form)
    lock = IdleLock(core, runner, window, timeout_ms=600_000)  # locked by hand below
    lock.register(form)
    lock.start(staff)
    with qtbot.waitActive(window, timeout=WAIT):  # a window shortcut fires in the active window only
        window.activateWindow()
    with qtbot.waitSignal(window.start_linking_requested, timeout=WAIT):  # Ctrl+N works unlocked
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(lock.locked, timeout=WAIT):
        lock.lock()
    qtbot.keyClicks(form, "123456")
    assert form.text() == ""
    with qtbot.assertNotEmitted(window.start_linking_requested):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(lock.overlay.password, "abc")  # the overlay's own field does take input
    assert lock.overlay.password.text() == "abc"


def test_the_wrong_password_keeps_it_locked_the_right_one_unlocks(qtbot, locked, core):
    lock, form = locked
    unlock_with(qtbot, lock, "Wrong!2026pw")
    qtbot.waitUntil(lambda: lock.overlay.status.state == "error", timeout=WAIT)
    assert lock.is_locked and "Wrong username or password" in lock.overlay.status.text()
    # Another staff member's password does not open this counter.
    unlock_with(qtbot, lock, ADMIN_PW)
    qtbot.waitUntil(lambda: lock.overlay.status.state == "error" and lock.overlay.password.isEnabled(), timeout=WAIT)
    assert lock.is_locked
    with qtbot.waitSignal(lock.unlocked, timeout=WAIT):
        unlock_with(qtbot, lock, CLERK_PW)
    assert not lock.is_locked and not lock.overlay.isVisible()
    assert lock.overlay.password.text() == ""  # wiped
    assert core.actor.staff == CLERK
    # Input reaches the screen again, and the lock fires again after the next idle period.
    qtbot.keyClicks(form, "12")
    assert form.text() == "12"
    with qtbot.waitSignal(lock.locked, timeout=WAIT):
        pass
    assert form.dropped == 2


def test_the_lockout_rules_apply_to_the_unlock(qtbot, locked, core):
    lock, _form = locked
    core.config.security.lockout_attempts = 2
    for _ in range(2):
        unlock_with(qtbot, lock, "Wrong!2026pw")
        qtbot.waitUntil(lambda: lock.overlay.status.state == "error" and lock.overlay.password.isEnabled(), timeout=WAIT)
    assert "locked until" in lock.overlay.status.text()
    unlock_with(qtbot, lock, CLERK_PW)
    qtbot.waitUntil(lambda: lock.overlay.status.state == "error" and lock.overlay.password.isEnabled(), timeout=WAIT)
    assert lock.is_locked and "locked until" in lock.overlay.status.text()


def test_open_dialogs_close_when_the_counter_locks(qtbot, core, runner, window, staff):
    dialog = QDialog(window)
    dialog.show()
    lock = IdleLock(core, runner, window, timeout_ms=30)
    with qtbot.waitSignal(lock.locked, timeout=WAIT):
        lock.start(staff)
    assert not dialog.isVisible()


def test_only_holders_of_personal_data_register_and_nothing_locks_without_a_staff_member(core, runner, window):
    lock = IdleLock(core, runner, window, timeout_ms=30)
    with pytest.raises(TypeError):
        lock.register(QLineEdit())
    lock.lock()
    assert not lock.is_locked
    assert IdleLock(core, runner, window).timeout_ms == 10 * 60_000  # security.idle_lock_minutes
