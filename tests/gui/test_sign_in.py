"""Sign-in against a real store: the first run creates the administrator; wrong passwords are refused
and lock the account; a reset password must be changed before the dialog accepts; the actor follows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from linkdesk.gui.security import FirstAdminDialog, SignInDialog
from linkdesk.services.staff import accounts, needs_first_admin
from tests.helpers.security import ADMIN, ADMIN_PW, CLERK, CLERK_PW

WAIT = 10_000


def settled(dialog) -> bool:
    return dialog.status.state != "busy"


def test_the_first_run_creates_the_administrator_and_signs_in(qtbot, core, runner):
    assert needs_first_admin(core.store)
    dialog = FirstAdminDialog(core, runner)
    qtbot.addWidget(dialog)
    dialog.username.setText(ADMIN)
    dialog.display_name.setText("센터 관리자")
    dialog.password.setText(ADMIN_PW)
    dialog.again.setText("something else")
    dialog.submit()
    assert dialog.status.state == "error" and needs_first_admin(core.store)
    dialog.again.setText(ADMIN_PW)
    dialog.password.setText("short")
    dialog.again.setText("short")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.status.state == "error", timeout=WAIT)
    assert "password needs" in dialog.status.text()
    dialog.password.setText(ADMIN_PW)
    dialog.again.setText(ADMIN_PW)
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT) as signal:
        dialog.submit()
    account = signal.args[0]
    assert account.is_admin and account.display_name == "센터 관리자"
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.password.text() == ""
    assert core.actor.staff == ADMIN and not needs_first_admin(core.store)


@pytest.fixture
def staff(core):
    service = accounts(core)
    service.create_first_admin(ADMIN, "관리자", ADMIN_PW)
    service.add(ADMIN, CLERK, "김창구", CLERK_PW)
    return service


def test_a_wrong_password_is_refused_and_the_right_one_signs_in(qtbot, core, runner, staff):
    dialog = SignInDialog(core, runner)
    qtbot.addWidget(dialog)
    dialog.submit()
    assert dialog.status.state == "error"  # nothing typed: no task at all
    dialog.username.setText(CLERK)
    dialog.password.setText("Wrong!2026pw")
    dialog.submit()
    qtbot.waitUntil(lambda: settled(dialog), timeout=WAIT)
    assert dialog.status.state == "error" and "Wrong username or password" in dialog.status.text()
    assert dialog.password.text() == "" and core.actor.staff != CLERK
    dialog.password.setText(CLERK_PW)
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT):
        dialog.submit()
    assert core.actor.staff == CLERK and dialog.result() == QDialog.DialogCode.Accepted


def test_five_wrong_passwords_lock_the_account(qtbot, core, runner, staff):
    dialog = SignInDialog(core, runner, username=CLERK)
    qtbot.addWidget(dialog)
    for _ in range(5):
        dialog.password.setText("Wrong!2026pw")
        dialog.submit()
        qtbot.waitUntil(lambda: settled(dialog), timeout=WAIT)
    assert "locked until" in dialog.status.text()
    dialog.password.setText(CLERK_PW)
    dialog.submit()
    qtbot.waitUntil(lambda: settled(dialog), timeout=WAIT)
    assert "locked until" in dialog.status.text() and dialog.result() != QDialog.DialogCode.Accepted
    staff.unlock(ADMIN, CLERK)
    dialog.password.setText(CLERK_PW)
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT):
        dialog.submit()


def test_a_reset_password_must_be_changed_first(qtbot, core, runner, staff):
    staff.reset_password(ADMIN, CLERK, "Temp!2026reset")
    dialog = SignInDialog(core, runner, username=CLERK)
    qtbot.addWidget(dialog)
    dialog.password.setText("Temp!2026reset")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.status.state == "info", timeout=WAIT)
    assert dialog.new_password.isVisibleTo(dialog) and dialog.result() != QDialog.DialogCode.Accepted
    dialog.new_password.setText("Fresh!2026pass")
    dialog.new_again.setText("Fresh!2026pazz")
    dialog.submit()
    assert dialog.status.state == "error"
    dialog.new_again.setText("Fresh!2026pass")
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT) as signal:
        dialog.submit()
    assert not signal.args[0].must_change_password and core.actor.staff == CLERK
    assert staff.authenticate(CLERK, "Fresh!2026pass").username == CLERK
