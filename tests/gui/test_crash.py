"""The crash handler: one redacted report, no dialog blocking in tests, the app told to exit."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QGuiApplication

from linkdesk.gui.crash import EXIT_CRASH, CrashHandler, build_report
from linkdesk.gui.crash_dialog import CrashDialog
from tests.fixtures.scenarios import RRN_CHILD, RRN_STUDENT


@pytest.fixture
def crash():
    reports: list[str] = []
    exits: list[int] = []
    handler = CrashHandler(show_dialog=reports.append, exit_app=exits.append)
    handler.reports, handler.exits = reports, exits
    yield handler
    handler.uninstall()


def _raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001
        return caught


def test_report_masks_every_rrn_and_holds_no_local_values():
    def failing():
        rrn_local = RRN_CHILD  # noqa: F841 - a local value that must not appear
        raise ValueError(f"bad record for {RRN_STUDENT.replace('-', '')} / {RRN_CHILD}")

    try:
        failing()
    except ValueError as exc:
        report = build_report(type(exc), exc, exc.__traceback__, [f"WARNING: {RRN_STUDENT}"])
    for rrn in (RRN_STUDENT, RRN_CHILD):
        assert rrn not in report and rrn.replace("-", "") not in report
        assert rrn[:8] + "******" in report
    assert "ValueError" in report and "failing" in report and "LinkDesk" in report


def test_install_routes_sys_excepthook_and_restores_it(crash):
    before = sys.excepthook
    crash.install()
    assert sys.excepthook == crash.excepthook
    exc = _raised(RuntimeError(f"state broken near {RRN_STUDENT}"))
    sys.excepthook(type(exc), exc, exc.__traceback__)
    assert crash.exits == [EXIT_CRASH] and len(crash.reports) == 1
    assert RRN_STUDENT not in crash.reports[0]
    crash.uninstall()
    assert sys.excepthook == before


def test_a_second_error_while_the_dialog_is_up_shows_no_second_dialog(crash):
    crash.handle(_raised(RuntimeError("first")))
    crash.handle(_raised(RuntimeError("second")))
    assert len(crash.reports) == 1 and "first" in crash.reports[0]


def test_an_error_in_another_thread_is_handled_on_the_gui_thread(qtbot, crash):
    crash.install()
    shown_on: list[int] = []
    crash.crashed.connect(lambda _report: shown_on.append(threading.get_ident()))

    def stray():
        raise OSError("stray thread failed")

    thread = threading.Thread(target=stray, name="stray")
    with qtbot.waitSignal(crash.crashed, timeout=10_000):
        thread.start()
    thread.join()
    assert shown_on == [threading.main_thread().ident]
    assert "OSError: stray thread failed" in crash.reports[0]


@pytest.mark.qt_log_level_fail("CRITICAL")  # this test emits a Qt warning on purpose
def test_qt_messages_are_logged_redacted_and_kept_for_the_report(crash, caplog):
    crash.install()
    with caplog.at_level(logging.WARNING, logger="linkdesk.qt"):
        qWarning(f"widget shows {RRN_STUDENT}")
    crash.uninstall()
    assert [r.getMessage() for r in caplog.records] == [f"widget shows {RRN_STUDENT[:8]}******"]
    crash.handle(_raised(RuntimeError("after a warning")))
    assert f"WARNING: widget shows {RRN_STUDENT[:8]}******" in crash.reports[0]


def test_keyboard_interrupt_quits_without_a_report(crash):
    crash.handle(_raised(KeyboardInterrupt()))
    assert crash.reports == [] and crash.exits == [130]


def test_the_dialog_copies_the_redacted_report(qtbot):
    report = build_report(RuntimeError, RuntimeError(f"x {RRN_STUDENT}"), None)
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == report and RRN_STUDENT not in copied
    QGuiApplication.clipboard().clear()
