"""The 주민등록번호 in the GUI: the clipboard never receives it from the RRN field; the idle lock drops it
from the real wizard; after a GUI linking run with the 보안문자, no file -- the Qt settings store, the
data folder, the temporary folder -- holds it."""

from __future__ import annotations

import logging
import tempfile

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from linkdesk.gui.security import IdleLock
from linkdesk.gui.widgets.rrn_input import RrnInput
from linkdesk.logs import setup_logging
from linkdesk.services.linking_flow import Step
from linkdesk.services.staff import accounts, set_actor
from tests.fixtures import scenarios as S
from tests.gui.wizard_driver import Bugs, confirm_send, make_wizard, to_select, type_identity, verify
from tests.helpers.privacy import files_holding
from tests.helpers.security import CLERK, CLERK_PW

WAIT = 20_000
FRONT, BACK = S.RRN_STUDENT.split("-")


@pytest.fixture
def clipboard(qapp):
    board = QGuiApplication.clipboard()
    board.setText("before")
    yield board
    board.clear()


def test_the_clipboard_never_receives_the_number(qtbot, clipboard):
    field = RrnInput()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.front, FRONT)
    qtbot.keyClicks(field.back, BACK)
    assert field.value() == FRONT + BACK
    for key in (Qt.Key.Key_C, Qt.Key.Key_X):
        qtbot.keyClick(field.back, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field.back, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.back, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)  # the other copy key
    assert clipboard.text() == "before" and field.back.text() == BACK
    field.back.selectAll()
    field.back.copy()  # even the slots: a password-mode field never copies
    field.back.cut()
    assert clipboard.text() == "before"
    assert field.back.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu and not field.back.dragEnabled()
    clipboard.setText(BACK)  # pasting into the hidden part is refused too
    field.clear()
    qtbot.keyClick(field.back, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.back.text() == ""


@pytest.fixture
def bugs():
    found = Bugs()
    yield found
    assert not found, f"a bug reached the crash handler: {found!r}"


@pytest.fixture
def clerk(core):
    service = accounts(core)
    service.create_first_admin("admin", "관리자", "Centre!2026pw")
    service.add("admin", CLERK, "김창구", CLERK_PW)
    account = service.authenticate(CLERK, CLERK_PW)
    set_actor(core, account)
    return account


def test_the_idle_lock_drops_what_the_wizard_holds(qtbot, core, pool, bugs, clerk):
    wizard, runner = make_wizard(qtbot, core, pool, bugs)
    lock = IdleLock(core, runner, wizard, timeout_ms=600_000)
    lock.register(wizard)
    lock.start(clerk)
    type_identity(qtbot, wizard, "이서연", S.RRN_NO_CONSENT)  # typed, not yet verified
    assert wizard.identity.rrn.value() != ""
    with qtbot.waitSignal(lock.locked, timeout=WAIT):
        lock.lock()
    assert wizard.identity.rrn.value() == "" and wizard.identity.name.text() == ""
    lock.overlay.password.setText(CLERK_PW)
    with qtbot.waitSignal(lock.unlocked, timeout=WAIT):
        lock.overlay.unlock_button.click()
    verify(qtbot, wizard, "김민준", S.RRN_STUDENT)  # a verified person on screen …
    assert wizard.session.state.person is not None
    with qtbot.waitSignal(lock.locked, timeout=WAIT):
        lock.lock()
    assert wizard.session.state.person is None and wizard.current_step() is Step.IDENTITY  # … gone
    wizard.cancel()


@pytest.fixture
def qt_settings(tmp_path):
    """The Qt settings store (both formats) inside tmp_path, put back afterwards."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "unused"))


@pytest.mark.parametrize("scenario", [S.small_scenario(identity={"captcha": True})], indirect=True)
def test_a_gui_linking_run_leaves_no_number_in_any_file(qtbot, core, pool, bugs, sandbox, tmp_path, monkeypatch,
                                                        qt_settings, clerk):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    log_file = setup_logging(tmp_path / "data" / "logs", level=logging.DEBUG)
    try:
        wizard, _runner = make_wizard(qtbot, core, pool, bugs)
        page = wizard.identity
        qtbot.waitUntil(lambda: page.captcha_id is not None, timeout=WAIT)
        to_select(qtbot, wizard, "김민준", S.RRN_STUDENT, "ㅂㅁㅈ", captcha=sandbox.captcha_answer(page.captcha_id))
        confirm_send(qtbot, wizard)
        assert {r.status for r in wizard.session.state.results} == {"sent"}
        settings = QSettings("LinkDesk", "LinkDesk")
        settings.sync()
        wizard.cancel()
        assert log_file.exists()
        assert files_holding(S.RRN_STUDENT, tmp_path) == []
    finally:
        setup_logging(None)
