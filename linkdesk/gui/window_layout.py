"""The window on the screen it opens on: fitted to 1366×768 and up, and remembered per staff member.

The first start (and a staff member seen for the first time) gets the preferred size shrunk to the
screen's available area -- the taskbar and the title bar excluded -- so the status bar is never off
screen, at 100 %, 125 % or 150 % scaling (Qt works in logical pixels, so the scale factor is already
in the available geometry). Size, position and maximised state are stored per staff member in the
preferences file when the window closes or another staff member signs in, and restored at their next
sign-in -- but only where the stored frame still fits a screen (a laptop taken off its dock).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

PREFERRED = (1366, 820)  # a 1366-wide screen used in full (the records table needs the width)
TITLE_BAR = 32  # what the window manager adds above the client area (not known before showing)


def fitted_rect(available: QRect, preferred: tuple[int, int] = PREFERRED) -> QRect:
    """The client rectangle: ``preferred`` shrunk to ``available`` (title bar kept on screen), centred."""
    width = min(preferred[0], available.width())
    height = min(preferred[1], available.height() - TITLE_BAR)
    left = available.x() + (available.width() - width) // 2
    top = available.y() + TITLE_BAR + max(0, (available.height() - TITLE_BAR - height) // 2)
    return QRect(left, top, width, height)


def fit_to_screen(window: QMainWindow) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(*PREFERRED)
        return
    window.setGeometry(fitted_rect(screen.availableGeometry()))


def save_layout(window: QMainWindow) -> str:
    """Size, position and maximised state as one printable string for the preferences file."""
    return bytes(window.saveGeometry().toBase64()).decode("ascii")


def restore_layout(window: QMainWindow, stored: str) -> bool:
    """Put the window back as ``stored`` says, if that still fits a screen. True if restored.

    Without a stored layout the window keeps the fitted size it was created with."""
    if not stored:
        return False
    before = window.geometry()
    if window.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii"))) and _on_a_screen(window):
        return True
    window.setGeometry(before)
    return False


def _on_a_screen(window: QMainWindow) -> bool:
    frame = window.frameGeometry()
    return any(screen.availableGeometry().contains(frame.center()) for screen in QGuiApplication.screens())
