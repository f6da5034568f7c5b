"""The running counter's security: sign-in before anything (first-run administrator, then sign-in),
lockout, the signed-in staff member named in the access log, training mode signed in at once, the
idle lock emptying the wizard and the areas, unlock and switching the staff member."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from linkdesk.config import Config
from linkdesk.gui.security import FirstAdminDialog, SignInDialog
from linkdesk.services.core import open_core
from linkdesk.services.staff import accounts, needs_first_admin
from linkdesk.services.staff_model import SignInFailed
from linkdesk.services.training_staff import TRAINING_USERNAME, NotTrainingMode, training_account
from linkdesk.store.models_security import AccessLogEntry
from tests.fixtures import scenarios as S
from tests.fixtures.scenarios import small_scenario
from tests.gui.desk_driver import (  # noqa: F401 - bugs and counters are fixtures
    WAIT,
    bugs,
    counters,
    real_config,
    seed_staff,
    settled,
    sign_in,
    sign_in_dialog,
)
from tests.gui.wizard_driver import settle, verify
from tests.helpers.security import ADMIN, ADMIN_PW, CLERK, CLERK_PW


@pytest.fixture
def config(sandbox, monkeypatch):
    monkeypatch.delenv("LINKDESK_API_KEY", raising=False)
    return real_config(sandbox)


def test_the_first_start_creates_the_administrator_and_the_next_one_asks_to_sign_in(qtbot, counters, config,
                                                                                     tmp_path):
    data = tmp_path / "data"
    counter = counters(config, data)
    dialog = sign_in_dialog(qtbot, counter)
    assert isinstance(dialog, FirstAdminDialog) and dialog.isVisible()
    # Nothing with personal data before the sign-in: no area, no linking.
    assert counter.window.area_keys() == ["linking"]
    counter.window.action_new_linking.trigger()
    assert counter.desk.wizard() is None
    dialog.username.setText(ADMIN)
    dialog.display_name.setText("센터 관리자")
    dialog.password.setText(ADMIN_PW)
    dialog.again.setText(ADMIN_PW)
    with qtbot.waitSignal(counter.desk.ready, timeout=WAIT):
        dialog.submit()
    assert counter.desk.core.actor.staff == ADMIN
    assert "센터 관리자 (admin)" in counter.window.staff_label.text()
    assert counter.window.area_visible("security") and counter.window.action_staff.isVisible()
    counter.desk.shutdown()
    counter.window.close()

    again = counters(config, data)
    dialog = sign_in_dialog(qtbot, again)
    assert isinstance(dialog, SignInDialog)
    assert again.window.area_keys() == ["linking"]
    dialog.username.setText(ADMIN)
    dialog.password.setText(ADMIN_PW)
    with qtbot.waitSignal(again.desk.ready, timeout=WAIT):
        dialog.submit()
    assert again.desk.account.username == ADMIN and len(again.window.area_keys()) > 1


def test_cancelling_the_sign_in_closes_the_counter(qtbot, counters, config, tmp_path):
    seed_staff(config, tmp_path / "data")
    counter = counters(config, tmp_path / "data")
    dialog = sign_in_dialog(qtbot, counter)
    with qtbot.assertNotEmitted(counter.desk.ready):
        dialog.reject()
        qtbot.waitUntil(lambda: not counter.window.isVisible(), timeout=WAIT)
    assert counter.desk.account is None


def test_wrong_passwords_are_refused_and_five_lock_the_account(qtbot, counters, config, tmp_path):
    seed_staff(config, tmp_path / "data")
    counter = counters(config, tmp_path / "data")
    dialog = sign_in_dialog(qtbot, counter)
    dialog.username.setText(CLERK)
    with qtbot.assertNotEmitted(counter.desk.ready):
        for attempt in range(5):
            dialog.password.setText("Wrong!2026pw")
            dialog.submit()
            qtbot.waitUntil(lambda: settled(dialog), timeout=WAIT)
            if attempt == 0:
                assert "Wrong username or password" in dialog.status.text()
        assert "locked until" in dialog.status.text()
        dialog.password.setText(CLERK_PW)  # the right password no longer helps
        dialog.submit()
        qtbot.waitUntil(lambda: settled(dialog), timeout=WAIT)
    assert "locked until" in dialog.status.text() and counter.desk.account is None
    assert counter.window.area_keys() == ["linking"]


def test_the_signed_in_clerk_is_named_in_the_access_log_of_a_wizard_step(qtbot, counters, config, tmp_path):
    seed_staff(config, tmp_path / "data")
    counter = counters(config, tmp_path / "data")
    sign_in(qtbot, counter, CLERK, CLERK_PW)
    assert "김창구 (clerk1)" in counter.window.staff_label.text()
    counter.window.action_new_linking.trigger()
    wizard = counter.desk.wizard()
    assert wizard.session.staff == CLERK
    settle(qtbot, wizard)
    verify(qtbot, wizard, "김민준", S.RRN_STUDENT)
    assert wizard.session.state.person.volunteer_id == "V-1001"
    with counter.desk.core.store.unit_of_work(read_only=True) as uow:
        entries = uow.session.scalars(select(AccessLogEntry).where(AccessLogEntry.volunteer_id == "V-1001")).all()
    assert entries and {e.staff for e in entries} == {CLERK}


def test_a_counter_clerk_sees_no_access_log_and_no_staff_management(qtbot, counters, config, tmp_path):
    seed_staff(config, tmp_path / "data")
    counter = counters(config, tmp_path / "data")
    sign_in(qtbot, counter, CLERK, CLERK_PW)
    window = counter.window
    assert "security" in window.area_keys() and not window.area_visible("security")
    assert not window.action_staff.isVisible() and counter.desk.open_staff_dialog() is None
    assert window.area_visible("vms") and window.area_visible("certificates")


def test_the_administrator_manages_staff_from_the_menu(qtbot, counters, config, tmp_path):
    seed_staff(config, tmp_path / "data")
    counter = counters(config, tmp_path / "data")
    sign_in(qtbot, counter, ADMIN, ADMIN_PW)
    counter.window.action_staff.trigger()
    dialog = counter.desk.staff_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    dialog.close()


def test_ctrl_l_locks_empties_the_wizard_and_the_areas_and_the_password_unlocks(qtbot, counters, config, tmp_path):
    seed_staff(config, tmp_path / "data")
    counter = counters(config, tmp_path / "data")
    sign_in(qtbot, counter, CLERK, CLERK_PW)
    window, desk = counter.window, counter.desk
    # A VMS member on screen.
    vms = window.show_area("vms")
    vms.search.search("volunteer_id", "V-2001")
    qtbot.waitUntil(lambda: vms.view is not None and vms._tasks == 0, timeout=WAIT)
    assert vms.model.rowCount() > 0
    # A visitor typing the resident registration number in a new linking.
    window.action_new_linking.trigger()
    wizard = desk.wizard()
    settle(qtbot, wizard)
    front, back = S.RRN_STUDENT.split("-")
    qtbot.keyClicks(wizard.identity.rrn.front, front)
    qtbot.keyClicks(wizard.identity.rrn.back, back)
    assert wizard.identity.rrn.value()
    at_lock: list[str] = []
    desk.lock.locked.connect(lambda: at_lock.append(wizard.identity.rrn.value()))
    # A VMS lookup still on its way when the counter locks: its answer must not refill the screen.
    window.show_area("vms")
    vms.search.search("volunteer_id", "V-2001")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    with qtbot.waitSignal(desk.lock.locked, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert at_lock == [""]  # the number was wiped before the lock reported itself
    qtbot.waitUntil(lambda: desk.wizard() is None and window.linking_widget() is None, timeout=WAIT)
    qtbot.waitUntil(lambda: vms._tasks == 0, timeout=WAIT)
    assert vms.view is None and vms.member is None and vms.model.rowCount() == 0
    assert vms.search.text.text() == "" and desk.lock.overlay.isVisible()

    desk.lock.overlay.password.setText("Wrong!2026pw")
    qtbot.mouseClick(desk.lock.overlay.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.lock.overlay.status.state == "error", timeout=WAIT)
    assert desk.lock.is_locked
    desk.lock.overlay.password.setText(CLERK_PW)
    with qtbot.waitSignal(desk.lock.unlocked, timeout=WAIT):
        qtbot.mouseClick(desk.lock.overlay.unlock_button, Qt.MouseButton.LeftButton)
    assert not desk.lock.overlay.isVisible() and desk.core.actor.staff == CLERK


def test_another_staff_member_signs_in_from_the_lock_screen(qtbot, counters, config, tmp_path):
    seed_staff(config, tmp_path / "data")
    counter = counters(config, tmp_path / "data")
    sign_in(qtbot, counter, CLERK, CLERK_PW)
    window, desk = counter.window, counter.desk
    assert not window.area_visible("security")
    with qtbot.waitSignal(desk.lock.locked, timeout=WAIT):
        window.action_lock.trigger()
    qtbot.mouseClick(desk.lock.overlay.switch_button, Qt.MouseButton.LeftButton)
    dialog = desk.gate.dialog
    assert isinstance(dialog, SignInDialog) and dialog.parent() is None and dialog.isVisible()
    dialog.username.setText(ADMIN)
    dialog.password.setText(ADMIN_PW)
    with qtbot.waitSignal(desk.lock.unlocked, timeout=WAIT):
        dialog.submit()
    assert desk.core.actor.staff == ADMIN and desk.account.username == ADMIN
    assert window.area_visible("security") and "관리자 (admin)" in window.staff_label.text()
    window.action_new_linking.trigger()
    assert desk.wizard().session.staff == ADMIN


def test_training_mode_signs_in_as_the_training_account_and_a_click_unlocks(qtbot, counters, tmp_path):
    counter = counters(Config(), tmp_path / "data", scenario=small_scenario(), lock_timeout_ms=50)
    desk = counter.desk
    with qtbot.waitSignal(desk.ready, timeout=WAIT):
        pass
    assert desk.core.training and desk.gate.dialog is None  # no dialog at all
    assert desk.core.actor.staff == TRAINING_USERNAME and desk.account.is_admin
    assert "연습 사용자 (training)" in counter.window.staff_label.text()
    assert counter.window.area_visible("security")
    # The tiny idle timeout locks; no password field, a click opens it again.
    qtbot.waitUntil(lambda: desk.lock.is_locked, timeout=WAIT)
    overlay = desk.lock.overlay
    assert overlay.isVisible() and not overlay.password.isVisible() and not overlay.switch_button.isVisible()
    with qtbot.waitSignal(desk.lock.unlocked, timeout=WAIT):
        qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    # No password ever signs the training account in.
    with pytest.raises(SignInFailed):
        accounts(desk.core).authenticate(TRAINING_USERNAME, "Training!2026")


def test_the_training_account_cannot_exist_in_a_real_database(config, tmp_path):
    with open_core(config, tmp_path / "data") as core:
        with pytest.raises(NotTrainingMode):
            training_account(core)
        assert needs_first_admin(core.store)  # nothing was created
        core.training = True  # even a core claiming training mode is refused off the training file
        with pytest.raises(NotTrainingMode):
            training_account(core)


def test_the_lock_waits_the_configured_idle_minutes(qtbot, counters, tmp_path):
    config = Config()
    config.security.idle_lock_minutes = 3
    counter = counters(config, tmp_path / "data", scenario=small_scenario(), lock_timeout_ms=None)
    with qtbot.waitSignal(counter.desk.ready, timeout=WAIT):
        pass
    assert counter.desk.lock.timeout_ms == 3 * 60_000
