"""Drive the NEIS linking wizard the way staff do: type, press buttons, wait for the task runner.

Used by tests/gui/test_wizard_*.py and docs/screenshots/make_wizard.py. Waiting is always on a
condition (``qtbot.waitUntil``), never on time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.wizard import LinkingWizard
from linkdesk.services.linking_flow import Step
from tests.gui.korean_typing import commit

WAIT = 20_000  # ms; a guard against a hung test, never a speed assumption


class Bugs(list):
    """What the runner would hand to the crash handler; a test fails if anything lands here."""

    def __call__(self, exc: BaseException) -> None:
        self.append(exc)


def make_wizard(qtbot, core, pool, bugs: list) -> tuple[LinkingWizard, TaskRunner]:
    runner = TaskRunner(pool=pool, on_bug=bugs.append)
    wizard = LinkingWizard(core, runner, staff="staff1")
    qtbot.addWidget(wizard)
    wizard.resize(1150, 720)
    with qtbot.waitExposed(wizard, timeout=WAIT):
        wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=WAIT)
    settle(qtbot, wizard)
    return wizard, runner


def settle(qtbot, wizard: LinkingWizard) -> None:
    """Wait until no task of the wizard runs."""
    qtbot.waitUntil(lambda: not wizard.busy, timeout=WAIT)


def type_identity(qtbot, wizard: LinkingWizard, name: str, rrn: str, captcha: str = "") -> None:
    page = wizard.identity
    page.name.clear()
    commit(page.name, name)
    front, back = rrn.split("-")
    page.rrn.clear()
    qtbot.keyClicks(page.rrn.front, front)
    qtbot.keyClicks(page.rrn.back, back)
    if captcha:
        page.captcha.input.clear()
        qtbot.keyClicks(page.captcha.input, captcha)


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def verify(qtbot, wizard: LinkingWizard, name: str, rrn: str, captcha: str = "") -> None:
    type_identity(qtbot, wizard, name, rrn, captcha)
    click(qtbot, wizard.identity.verify_button)
    settle(qtbot, wizard)


def go_next(qtbot, wizard: LinkingWizard) -> None:
    click(qtbot, wizard.next_button)
    settle(qtbot, wizard)


def choose_school(qtbot, wizard: LinkingWizard, typed: str) -> None:
    """Type into the school field, open 학교검색, pick the first result with Enter."""
    page = wizard.school
    settle(qtbot, wizard)
    page.field.clear()
    commit(page.field, typed)
    click(qtbot, page.search_button)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=WAIT)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)
    assert wizard.session.state.school is not None


def check_student(qtbot, wizard: LinkingWizard) -> None:
    click(qtbot, wizard.student.check_button)
    settle(qtbot, wizard)


def to_select(qtbot, wizard: LinkingWizard, name: str, rrn: str, school: str, captcha: str = "") -> None:
    """본인 확인 → 소속학교 → 학생정보 확인 → 실적선택, each by its button."""
    verify(qtbot, wizard, name, rrn, captcha)
    go_next(qtbot, wizard)
    choose_school(qtbot, wizard, school)
    go_next(qtbot, wizard)
    check_student(qtbot, wizard)
    go_next(qtbot, wizard)
    assert wizard.current_step() is Step.SELECT


def confirm_send(qtbot, wizard: LinkingWizard) -> None:
    """실적전송 → the confirmation → 전송; waits for the results."""
    click(qtbot, wizard.next_button)
    box = wizard.send_page.confirm_box
    qtbot.waitUntil(lambda: box.isVisible(), timeout=WAIT)
    send = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
    click(qtbot, send)
    settle(qtbot, wizard)


def focused():
    return QApplication.focusWidget()


def leave_box_button(wizard: LinkingWizard, name: str):
    """A button of the open "discard the entered data?" box: LeaveConfirmDiscard / LeaveConfirmKeep."""
    from PySide6.QtWidgets import QPushButton

    box = wizard.leave_box
    assert box is not None and box.isVisible(), "no leave confirmation is open"
    return box.findChild(QPushButton, name)


def confirm_leave(qtbot, wizard: LinkingWizard) -> None:
    """Answer the open "discard the entered data?" box with its discard button."""
    click(qtbot, leave_box_button(wizard, "LeaveConfirmDiscard"))
