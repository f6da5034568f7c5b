"""Issue 14, point 3, through the real window on the training sandbox: at 1366×768 and at 125 % /
150 % scaling (logical screen sizes) every area fits with nothing clipped -- the status bar inside
the window, the window inside the screen -- and each staff member finds the window as they left it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from linkdesk.gui.preferences import JsonPreferences
from linkdesk.gui.window_layout import TITLE_BAR, fitted_rect
from tests.gui.desk_driver import WAIT, bugs, counters, start_training  # noqa: F401 - bugs and counters are fixtures

TASKBAR = 40
# (physical screen, scale factor) -> the logical area Qt offers the window
SCREENS = {"1366x768": (1366, 768, 1.0), "1366x768@125%": (1366, 768, 1.25), "1920x1080@150%": (1920, 1080, 1.5),
           "1920x1080": (1920, 1080, 1.0)}


def available(width: int, height: int, scale: float) -> QRect:
    return QRect(0, 0, int(width / scale), int(height / scale) - TASKBAR)


@pytest.fixture
def counter(qtbot, counters, tmp_path):
    return start_training(qtbot, counters, tmp_path / "data")


@pytest.mark.parametrize("screen", ["1366x768", "1920x1080@150%", "1920x1080"])
def test_every_area_fits_the_screen_with_the_status_bar_visible(qtbot, counter, screen):
    window = counter.window
    area = available(*SCREENS[screen])
    rect = fitted_rect(area)
    assert rect.top() - TITLE_BAR >= area.top() and rect.bottom() <= area.bottom() and area.contains(rect)
    window.setGeometry(rect)
    for key in window.area_keys():
        window.show_area(key)
        qtbot.waitUntil(lambda: window.size() == rect.size(), timeout=WAIT)  # no area forces it larger
        bar = window.statusBar()
        assert bar.isVisible() and window.rect().contains(bar.geometry()), key
        assert window.partner_status.isVisible(), key


def test_the_smallest_window_still_fits_125_percent_on_1366x768(qtbot, counter):
    """1366×768 at 125 % leaves 1092×574 logical pixels: the window's minimum size must fit in it."""
    window = counter.window
    area = available(*SCREENS["1366x768@125%"])
    for key in window.area_keys():
        window.show_area(key)
        hint = window.minimumSizeHint()
        assert hint.width() <= area.width() and hint.height() <= area.height() - TITLE_BAR, (key, hint)


def test_each_staff_member_finds_the_window_as_they_left_it(qtbot, counter, tmp_path):
    """(Sizes inside the offscreen platform's 800×600 screen: a stored frame is restored only where it fits.)"""
    window = counter.window
    prefs = JsonPreferences(tmp_path / "ui.json")
    window._preferences = prefs  # the file-backed preferences, as linkdesk gui has them
    assert not window.use_layout_of("clerk1")  # nothing stored yet: the fitted size stays
    window.setGeometry(QRect(40, 60, 700, 480))
    assert not window.use_layout_of("clerk2")  # clerk1's layout is saved as clerk2 signs in
    window.setGeometry(QRect(10, 40, 760, 520))
    window.close()  # saves clerk2's
    again = JsonPreferences(tmp_path / "ui.json")  # the next start reads the file
    assert again.window_layout("clerk1") and again.window_layout("clerk2")
    window._preferences = again
    window.show()
    assert window.use_layout_of("clerk1")
    assert window.size().width() == 700 and window.size().height() == 480
    assert window.use_layout_of("clerk2")
    assert window.size().width() == 760 and window.size().height() == 520
