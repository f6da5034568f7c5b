"""The 보안문자 widget: shows the partner's PNG, hides when no captcha is needed, drops spaces,
refreshes by button or F5, and is inert while a new image is fetched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from linkdesk.gui.widgets.captcha import IMAGE_SIZE, CaptchaWidget
from linkdesk.sandbox.captcha import render_png


@pytest.fixture
def captcha(qtbot):
    widget = CaptchaWidget()
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_an_image_is_shown_at_its_size_and_the_answer_has_no_spaces(qtbot, captcha):
    captcha.set_image(render_png("893358", seed=1))
    pixmap = captcha.image.pixmap()
    assert not pixmap.isNull() and pixmap.deviceIndependentSize().toSize() == IMAGE_SIZE
    assert captcha.required and captcha.isVisible()
    qtbot.keyClicks(captcha.input, "89 33 58")
    assert captcha.input.text() == "893358" and captcha.answer() == "893358"
    qtbot.keyClicks(captcha.input, "x")
    assert captcha.answer() == "893358"  # digits only


def test_no_captcha_required_hides_the_widget_and_answers_nothing(qtbot, captcha):
    captcha.set_image(render_png("123456", seed=2))
    qtbot.keyClicks(captcha.input, "123456")
    captcha.set_image(None)
    assert captcha.isHidden() and not captcha.required and captcha.answer() == ""
    captcha.set_image(render_png("654321", seed=3))
    assert captcha.isVisible() and captcha.answer() == ""  # a new image starts with an empty answer


def test_refresh_by_button_and_f5(qtbot, captcha):
    with qtbot.waitSignal(captcha.refresh_requested, timeout=1000):
        qtbot.mouseClick(captcha.refresh_button, Qt.MouseButton.LeftButton)
    assert captcha.refresh_button.shortcut().toString() == "F5"
    assert "F5" in captcha.refresh_button.toolTip()
    captcha.activateWindow()
    qtbot.waitUntil(captcha.isActiveWindow)
    captcha.input.setFocus()
    with qtbot.waitSignal(captcha.refresh_requested, timeout=1000):
        qtbot.keyClick(captcha.input, Qt.Key.Key_F5)


def test_busy_disables_refresh_and_typing(qtbot, captcha):
    captcha.set_busy(True)
    assert captcha.busy and not captcha.refresh_button.isEnabled() and not captcha.input.isEnabled()
    captcha.set_image(render_png("111111", seed=4))
    captcha.set_busy(False)
    assert captcha.refresh_button.isEnabled() and captcha.input.isEnabled()


def test_a_broken_image_says_so_instead_of_showing_nothing(qtbot, captcha):
    captcha.set_image(b"not a png")
    assert captcha.isVisible() and captcha.image.pixmap().isNull() and "F5" in captcha.image.text()


def test_enter_submits(qtbot, captcha):
    with qtbot.waitSignal(captcha.submitted, timeout=1000):
        qtbot.keyClick(captcha.input, Qt.Key.Key_Return)
