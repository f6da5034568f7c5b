"""A page's status strip: busy (a moving bar and what is happening), an error, info or success.

Every wizard page shows its state in place (STYLE.md: busy / valid / error): while the task runner
works, ``show_busy``; a wait that lasts longer than :data:`CANCEL_AFTER_MS` shows the seconds waited
and, when the caller can stop waiting (``cancel=``), a 취소 button; a *known* error from the runner's ``on_error`` goes to ``show_error`` (or
``show_exception``), in Korean, with 다시 시도 when repeating makes sense. Bugs never come here:
they go to the crash handler. Cleared, the strip takes no room.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from linkdesk.errors import known_message
from linkdesk.gui.widgets.tones import BOXES, message_text

translate = QCoreApplication.translate

STATES = ("", "busy", "error", "info", "success")
CANCEL_AFTER_MS = 1000  # a wait longer than this shows its progress and, if it can be stopped, 취소
TICK_MS = 500


class StatusStrip(QFrame):
    """One line of state above or below a page's content.

    ``retry_requested()`` when staff press 다시 시도 (only offered with ``show_error(..., retry=True)``).
    """

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatusStrip")
        self._state = ""
        self.spinner = QProgressBar()
        self.spinner.setObjectName("StatusSpinner")
        self.spinner.setRange(0, 0)  # indeterminate: a moving bar
        self.spinner.setTextVisible(False)
        self.spinner.setFixedSize(72, 8)
        self.label = QLabel()
        self.label.setObjectName("StatusText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(translate("StatusStrip", "&Try again"))
        self.retry_button.setObjectName("StatusRetry")
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.retry_requested)
        self.cancel_button = QPushButton(translate("StatusStrip", "Stop &waiting"))
        self.cancel_button.setObjectName("StatusCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self._cancel_pressed)
        self._busy_text = ""
        self._on_cancel: Callable[[], None] | None = None
        self._waited = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._ticked)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.setSpacing(10)
        row.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.label, 1)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.clear()

    @property
    def state(self) -> str:
        """``""`` (cleared), ``"busy"``, ``"error"``, ``"info"`` or ``"success"``."""
        return self._state

    def text(self) -> str:
        return self.label.text()

    def show_busy(self, text: str = "", *, cancel: Callable[[], None] | None = None) -> None:
        """A moving bar and what is going on (default: "잠시 기다려 주세요…").

        After :data:`CANCEL_AFTER_MS` the seconds waited are shown, and with ``cancel`` a button that
        calls it (the caller drops the task's outcome and says what that means).
        """
        self._busy_text = text or translate("StatusStrip", "Please wait…")
        self._set("busy", self._busy_text)
        self._on_cancel = cancel
        self._waited.start()
        self._tick.start()

    def offer_stop_read(self, handle, *, on_stopped: Callable[[], None] | None = None) -> None:
        """:meth:`offer_stop` for a wait that only reads: stopping changes nothing."""
        self.offer_stop(handle, on_stopped=on_stopped, stopped=translate(
            "StatusStrip", "Stopped waiting; nothing was changed. Try again when the partner answers."))

    def offer_stop(self, handle, *, on_stopped: Callable[[], None] | None = None, stopped: str = "") -> None:
        """While busy: 대기 취소 (after a second) cancels ``handle`` -- a :class:`TaskHandle`, whose
        callbacks are then dropped -- runs ``on_stopped`` (what its ``on_finally`` would have done) and
        says ``stopped`` (default: what was already sent stays sent and is never sent twice)."""

        def stop() -> None:
            handle.cancel()
            if on_stopped is not None:
                on_stopped()
            self.show_info(stopped or translate(
                "StatusStrip", "Stopped waiting. What was already sent stays sent and is never sent twice "
                               "(the outbox guards it); look again to see the current state."))

        if self._state == "busy":
            self._on_cancel = stop

    def _ticked(self) -> None:
        waited = self._waited.elapsed()
        if self._state != "busy" or waited < CANCEL_AFTER_MS:
            return
        seconds = translate("StatusStrip", "%1 s").replace("%1", str(waited // 1000))
        self.label.setText(f"{self._busy_text} ({seconds})")
        self.cancel_button.setVisible(self._on_cancel is not None)

    def _cancel_pressed(self) -> None:
        cancel, self._on_cancel = self._on_cancel, None
        self._stop_ticking()
        if cancel is not None:
            cancel()

    def _stop_ticking(self) -> None:
        self._tick.stop()
        self.cancel_button.hide()
        self._on_cancel = None

    def show_error(self, text: str, *, retry: bool = False) -> None:
        """A message staff can act on, in red; ``retry`` offers 다시 시도."""
        self._set("error", text, retry=retry)

    def show_exception(self, exc: BaseException, *, retry: bool = False) -> None:
        """A known error (what the task runner hands to ``on_error``) in the GUI's language."""
        message = known_message(exc)
        text = message_text(message) if message is not None else translate("StatusStrip", "Something went wrong.")
        self.show_error(text, retry=retry)

    def show_info(self, text: str) -> None:
        self._set("info", text)

    def show_success(self, text: str) -> None:
        self._set("success", text)

    def clear(self) -> None:
        self._stop_ticking()
        self._state = ""
        self.label.clear()
        self.hide()

    def _set(self, state: str, text: str, *, retry: bool = False) -> None:
        self._stop_ticking()
        self._state = state
        background, foreground, border = BOXES[state]
        self.setStyleSheet(
            f"#StatusStrip {{ background-color: {background}; border: 1px solid {border}; border-radius: 4px; }}"
            f" #StatusText {{ color: {foreground}; background: transparent; }}"
        )
        self.label.setText(text)
        self.spinner.setVisible(state == "busy")
        self.retry_button.setVisible(retry)
        self.setAccessibleName(text)
        self.show()
