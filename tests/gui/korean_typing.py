"""Type Korean into a widget the way a Korean input method does (QTest's key clicks are ASCII only).

An IME first shows the syllable being composed (preedit), then commits it; Qt delivers both as
``QInputMethodEvent``s. ``commit`` types finished text, ``compose`` shows a syllable still open.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def compose(widget: QWidget, preedit: str) -> None:
    """The syllable being composed (not yet part of the text)."""
    QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))


def commit(widget: QWidget, text: str) -> None:
    """Commit ``text`` character by character, each composed first, as typing does."""
    for ch in text:
        compose(widget, ch)
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
