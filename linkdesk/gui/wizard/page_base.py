"""What every page of the NEIS linking wizard shares: its host, its status strip, its task helper.

A page only shows the session's :class:`~linkdesk.services.linking_flow.FlowState` and starts
session methods. It never calls a session method that does I/O on the GUI thread: :meth:`start`
hands the call to the wizard's host, which runs it through the ONE :class:`TaskRunner`, counts it
as the wizard's busy state and drops its outcome when staff cancel. The page's
:class:`StatusStrip` shows what is going on (busy) or what went wrong (a known error, in place).

The life of a page: ``enter(state)`` when its step becomes current (start loading), ``render(state)``
whenever the state or the busy flag changes (idempotent: called often), ``main_action()`` on Enter,
``clear()`` when the linking is cancelled or finished (drop every personal detail on screen).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from linkdesk.errors import known_message
from linkdesk.gui.tasks import TaskHandle
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.gui.widgets.tones import box_style, message_text
from linkdesk.services.core import Core
from linkdesk.services.linking import LinkingSession
from linkdesk.services.linking_flow import FlowState

translate = QCoreApplication.translate

_TITLE_STYLE = "font-size: 20px; font-weight: bold;"


class PageHost(Protocol):
    """What the wizard gives its pages (the wizard itself implements it)."""

    core: Core

    @property
    def session(self) -> LinkingSession: ...

    @property
    def busy(self) -> bool: ...

    def run(self, func: Callable[[], Any], *, on_success: Callable[[Any], None],
            on_error: Callable[[BaseException], None], name: str) -> TaskHandle: ...

    def focus_next(self) -> None: ...

    def stop_waiting(self, handle: TaskHandle) -> None: ...

    def refocus(self) -> None: ...


def error_code(exc: BaseException) -> str:
    """The code of a known error (``PartnerError.code``, ``KnownError.code``, a domain message's)."""
    message = known_message(exc)
    return str(getattr(exc, "code", None) or (message.code if message is not None else ""))


def error_text(exc: BaseException) -> str:
    """The staff-facing text of a known error, in the GUI's language."""
    message = known_message(exc)
    return message_text(message) if message is not None else str(exc)


class WizardPage(QWidget):
    """The base of the five pages. ``changed()`` after the page applied an event to the session."""

    changed = Signal()

    def __init__(self, host: PageHost, title: str, lead: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._retry: Callable[[], None] | None = None
        # Every child is parented at construction: a parentless widget made visible before it is
        # placed in a layout flashes up as a window of its own.
        self.title = QLabel(title, self)
        self.title.setObjectName("PageTitle")
        self.title.setStyleSheet(_TITLE_STYLE)
        self.lead = QLabel(lead, self)
        self.lead.setObjectName("PageLead")
        self.lead.setWordWrap(True)
        self.lead.setVisible(bool(lead))
        self.strip = StatusStrip(self)
        self.strip.retry_requested.connect(self._retry_pressed)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(24, 16, 24, 12)
        self.column.setSpacing(12)
        self.column.addWidget(self.title)
        self.column.addWidget(self.lead)

    # -- hooks the pages implement ---------------------------------------------------------------

    def enter(self, state: FlowState) -> None:
        """The page's step just became current (after Next, Back or a restart)."""

    def render(self, state: FlowState) -> None:
        """Show ``state``; called on every change, so it must not restart anything."""

    def main_action(self) -> bool:
        """Enter: do the page's main action and return True, or False to let the wizard go Next."""
        return False

    def clear(self) -> None:
        """Forget everything personal the page shows or holds."""
        self.strip.clear()
        self._retry = None

    def focus_first(self) -> None:
        """Put the keyboard focus where staff start on this page."""
        self.setFocus()

    # -- helpers ---------------------------------------------------------------------------------

    def start(self, func: Callable[[], Any], *, busy: str, name: str, on_success: Callable[[Any], None],
              on_error: Callable[[BaseException], bool] | None = None,
              retry: Callable[[], None] | None = None, stopped: str = "") -> TaskHandle:
        """Run ``func`` off the GUI thread with the strip busy; success clears the strip.

        ``on_error`` may handle an error itself (return True); otherwise the strip shows it, with
        다시 시도 when ``retry`` is given. A wait over a second offers 취소: the outcome is dropped
        and the strip says ``stopped`` (default: nothing was changed here), with 다시 시도.
        """
        handle: TaskHandle | None = None

        def stop() -> None:
            self.host.stop_waiting(handle)
            self._retry = retry
            self.strip.show_info(stopped or translate(
                "WizardPage", "Stopped waiting. Nothing was changed on this screen; try again when the "
                              "partner answers."))
            if retry is not None:
                self.strip.retry_button.show()
            self.focus_first()

        self.strip.show_busy(busy, cancel=stop)

        def succeeded(result: Any) -> None:
            self.strip.clear()
            on_success(result)

        def failed(exc: BaseException) -> None:
            if on_error is not None and on_error(exc):
                return
            self.show_error(exc, retry)

        handle = self.host.run(func, on_success=succeeded, on_error=failed, name=name)
        return handle

    def show_error(self, exc: BaseException, retry: Callable[[], None] | None = None) -> None:
        self._retry = retry
        self.strip.show_error(error_text(exc), retry=retry is not None)

    def _retry_pressed(self) -> None:
        retry, self._retry = self._retry, None
        if retry is not None and not self.host.busy:
            self.strip.clear()
            retry()


def note_label(object_name: str, tone: str = "info", parent: QWidget | None = None) -> QLabel:
    """A hidden, word-wrapped message box of ``tone`` (info / warning / success / error).

    Give the ``parent`` when the label may be shown before it is placed in a layout."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(box_style(f"#{object_name}", tone))
    label.hide()
    return label


def set_note(label: QLabel, text: str, tone: str | None = None) -> None:
    """Show ``text`` in ``label`` (hidden when empty), optionally switching its tone."""
    if tone is not None:
        label.setStyleSheet(box_style(f"#{label.objectName()}", tone))
    label.setText(text)
    label.setVisible(bool(text))
