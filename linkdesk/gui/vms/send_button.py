"""봉사실적 일괄전송 with a live countdown: inside VMS's send interval the button says when a send is
allowed again and counts down each second, instead of letting staff press into a refusal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from linkdesk.clock import KST

translate = QCoreApplication.translate


def countdown_text(left_seconds: int) -> str:
    """``3599`` → ``59:59``; ``3600`` and more → ``1:00:00``."""
    h, rest = divmod(max(0, left_seconds), 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class SendButton(QPushButton):
    """Enabled only when ``ready`` (an overview is loaded and the 1365 consent exists) and the
    interval has passed; ``now`` is the core's clock (the partners' time in training)."""

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VmsSendButton")
        # The theme greys a disabled button's text almost away; the countdown must stay readable.
        self.setStyleSheet("#VmsSendButton:disabled { color: #5f6368; }")
        self._now = now
        self._ready = False
        self._allowed_at: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    @property
    def allowed_at(self) -> datetime | None:
        return self._allowed_at

    def set_state(self, ready: bool, allowed_at: datetime | None) -> None:
        self._ready = ready
        self._allowed_at = allowed_at
        self.refresh()

    def refresh(self) -> None:
        """Text and enabled state for this second; the timer runs only while counting down.

        Widgets are touched only when something changed: once a second is the only steady cost.
        """
        base = translate("SendButton", "Send all records to 1365")
        waiting = self._allowed_at is not None and self._allowed_at > self._now()
        if waiting:
            assert self._allowed_at is not None
            left = int((self._allowed_at - self._now()).total_seconds()) + 1
            at = self._allowed_at.astimezone(KST).strftime("%H:%M")
            text = (translate("SendButton", "%1 — allowed after %2 (%3)")
                    .replace("%1", base).replace("%2", at).replace("%3", countdown_text(left)))
            tip = (translate("SendButton", "VMS allows one bulk send per interval. Next send: %1")
                   .replace("%1", self._allowed_at.astimezone(KST).strftime("%Y-%m-%d %H:%M")))
            if not self.timer.isActive():
                self.timer.start()
        else:
            self._allowed_at = None
            text, tip = base, ""
            self.timer.stop()
        if text != self.text():
            self.setText(text)
        if tip != self.toolTip():
            self.setToolTip(tip)
        enabled = self._ready and not waiting
        if enabled != self.isEnabled():
            self.setEnabled(enabled)
