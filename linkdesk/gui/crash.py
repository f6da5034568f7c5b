"""The one crash handler: every bug ends here, is reported without personal data, and ends the app.

After qutebrowser's ``crashsignal``: ``sys.excepthook`` (exceptions in Qt slots and at top level),
``threading.excepthook`` (stray threads; handed to the GUI thread) and the Qt message handler (Qt's
own warnings go to the log, redacted) all lead here. A bug shows one dialog with a report staff can
copy, then the application exits -- it does not run on in an undefined state, where it might send
or store a record wrongly.

The report holds the traceback *without local variable values* (only code lines and the exception
text) and the last Qt messages, and the whole text goes through
:func:`linkdesk.domain.rrn.redact`, so no 주민등록번호 reaches the clipboard or the log.

Tests install it with ``CrashHandler(show_dialog=reports.append, exit_app=codes.append)`` so no
dialog blocks and the test process stays alive.
"""

from __future__ import annotations

import collections
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, QMessageLogContext, QObject, QtMsgType, Qt, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from linkdesk import __version__
from linkdesk.domain.rrn import redact

log = logging.getLogger(__name__)
qt_log = logging.getLogger("linkdesk.qt")

EXIT_CRASH = 70  # EX_SOFTWARE: an internal software error

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def build_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, qt_messages: list[str] | None = None
) -> str:
    """The crash report: versions, time, traceback (no locals), recent Qt messages -- all redacted."""
    lines = [
        f"LinkDesk {__version__}",
        f"Python {platform.python_version()} / PySide6 {PySide6.__version__} / {platform.platform()}",
        f"Time: {datetime.now().isoformat(timespec='seconds')}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    if qt_messages:
        lines += ["", "Recent Qt messages:", *qt_messages]
    return redact("\n".join(lines)) + "\n"


def _show_dialog(report: str) -> None:
    """The default: hide every window (no more input), then the modal crash dialog."""
    from linkdesk.gui.crash_dialog import CrashDialog

    if QApplication.instance() is None:
        print(report, file=sys.stderr)
        return
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    CrashDialog(report).exec()


def _exit_application(code: int) -> None:
    """End the event loop with ``code``; ``main`` returns it (qutebrowser exits the same way)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.exit(code)


class CrashHandler(QObject):
    """Installs the hooks; ``handle(exc)`` is the entry point for bugs found elsewhere (TaskRunner)."""

    crashed = Signal(str)  # the redacted report, before the dialog
    _from_thread = Signal(object)  # an exception of another thread, re-handled on the GUI thread

    def __init__(
        self,
        *,
        show_dialog: Callable[[str], None] | None = None,
        exit_app: Callable[[int], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._show_dialog = show_dialog or _show_dialog
        self._exit_app = exit_app or _exit_application
        self._qt_messages: collections.deque[str] = collections.deque(maxlen=20)
        self._handling = False
        self._installed = False
        self._previous: tuple = ()
        self.exit_code: int | None = None  # set once a crash was handled
        self.last_report: str | None = None
        self._from_thread.connect(self.handle, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become ``sys.excepthook``, ``threading.excepthook`` and Qt's message handler."""
        if self._installed:
            return
        previous_qt = qInstallMessageHandler(self._qt_message)
        self._previous = (sys.excepthook, threading.excepthook, previous_qt)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook
        self._installed = True

    def uninstall(self) -> None:
        """Put back what was there before :meth:`install` (tests; orderly shutdown)."""
        if not self._installed:
            return
        sys.excepthook, threading.excepthook, previous_qt = self._previous
        qInstallMessageHandler(previous_qt)
        self._installed = False

    def handle(self, exc: BaseException) -> None:
        """Report a bug caught elsewhere (e.g. by the task runner) exactly like an uncaught one."""
        self.excepthook(type(exc), exc, exc.__traceback__)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._exit_app(130)
            return
        report = build_report(exc_type, exc, tb, list(self._qt_messages))
        log.critical("unhandled error:\n%s", report)
        if self._handling:  # a second error while the dialog is up: logged, the exit is coming
            return
        self._handling = True
        self.last_report = report
        self.exit_code = EXIT_CRASH
        try:
            self.crashed.emit(report)
            self._show_dialog(report)
        finally:
            self._exit_app(EXIT_CRASH)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        log.error("error in thread %s; handing it to the GUI thread", getattr(args.thread, "name", "?"))
        self._from_thread.emit(args.exc_value)

    def _qt_message(self, msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
        text = redact(message)
        level = _QT_LEVELS.get(msg_type, logging.WARNING)
        if level >= logging.WARNING:
            self._qt_messages.append(f"{logging.getLevelName(level)}: {text}")
        qt_log.log(level, "%s", text)
