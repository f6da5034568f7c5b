"""The page status strip: busy with a moving bar, known errors in place with 다시 시도, info and
success, and nothing at all once cleared."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from linkdesk.domain.rrn import ERR_DATE, RrnError
from linkdesk.errors import KnownError
from linkdesk.gui.widgets.busy_error import StatusStrip


@pytest.fixture
def strip(qtbot):
    widget = StatusStrip()
    qtbot.addWidget(widget)
    return widget


def test_cleared_takes_no_room(strip):
    assert strip.state == "" and strip.isHidden()


def test_busy_shows_a_moving_bar_and_a_default_text(strip):
    strip.show_busy()
    assert strip.state == "busy" and not strip.isHidden()
    assert not strip.spinner.isHidden() and strip.spinner.maximum() == 0  # indeterminate
    assert strip.text() == "Please wait…" and strip.retry_button.isHidden()


def test_an_error_offers_try_again(qtbot, strip):
    strip.show_error("NEIS is down", retry=True)
    assert strip.state == "error" and strip.spinner.isHidden() and not strip.retry_button.isHidden()
    with qtbot.waitSignal(strip.retry_requested, timeout=1000):
        qtbot.mouseClick(strip.retry_button, Qt.MouseButton.LeftButton)
    strip.show_error("no retry here")
    assert strip.retry_button.isHidden()


def test_known_errors_show_their_message(strip):
    strip.show_exception(RrnError(ERR_DATE))
    assert strip.text() == ERR_DATE.en
    strip.show_exception(KnownError("나이스 점검 중", "NEIS maintenance"), retry=True)
    assert strip.text() == "NEIS maintenance" and not strip.retry_button.isHidden()


def test_info_success_and_clear(strip):
    strip.show_info("directory of 2026-05-01")
    assert strip.state == "info" and strip.spinner.isHidden()
    strip.show_success("student checked")
    assert strip.state == "success" and strip.text() == "student checked"
    strip.clear()
    assert strip.state == "" and strip.text() == "" and strip.isHidden()
