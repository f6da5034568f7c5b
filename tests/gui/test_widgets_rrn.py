"""The 주민등록번호 field: digits only, focus moves on after 6 digits and back on Backspace, the back
part hidden and kept off the clipboard, checks on 13 digits, and a clear that leaves nothing behind."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from linkdesk.domain.rrn import ERR_DATE, ERR_FUTURE, WARN_CHECKSUM
from linkdesk.gui.widgets.rrn_input import RrnInput
from tests.fixtures.scenarios import RRN_POST2020, RRN_STUDENT

TODAY = date(2026, 5, 15)


@pytest.fixture
def rrn(qtbot):
    widget = RrnInput(today=lambda: TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.setFocus()
    return widget


def type_rrn(qtbot, widget: RrnInput, number: str) -> None:
    front, back = number.split("-")
    qtbot.keyClicks(widget.front, front)
    qtbot.keyClicks(widget.back, back)


def test_focus_moves_to_the_back_after_six_digits_and_returns_on_backspace(qtbot, rrn):
    assert rrn.front.hasFocus()
    qtbot.keyClicks(rrn.front, "12031")
    assert rrn.front.hasFocus()
    qtbot.keyClicks(rrn.front, "5")
    qtbot.waitUntil(rrn.back.hasFocus)
    qtbot.keyClicks(rrn.back, "3")
    qtbot.keyClick(rrn.back, Qt.Key.Key_Backspace)  # deletes the digit, stays
    assert rrn.back.text() == "" and rrn.back.hasFocus()
    qtbot.keyClick(rrn.back, Qt.Key.Key_Backspace)  # empty: back to the front, nothing deleted there
    qtbot.waitUntil(rrn.front.hasFocus)
    assert rrn.front.text() == "120315" and rrn.front.cursorPosition() == 6


def test_only_digits_are_accepted_and_completion_is_signalled_once(qtbot, rrn):
    qtbot.keyClicks(rrn.front, "12a-03 15")
    assert rrn.front.text() == "120315"
    assert not rrn.is_complete()
    front, back = RRN_STUDENT.split("-")
    with qtbot.waitSignal(rrn.completed, timeout=1000):
        qtbot.keyClicks(rrn.back, back + "99")  # the extra digits do not fit
    assert rrn.back.text() == back and rrn.value() == front + back
    assert rrn.is_complete() and rrn.is_valid() and rrn.check_tone == ""
    with qtbot.assertNotEmitted(rrn.completed):
        qtbot.keyClick(rrn.front, Qt.Key.Key_End)  # moving around is no edit


def test_the_back_part_is_hidden_and_never_reaches_the_clipboard(qtbot, rrn):
    assert rrn.back.echoMode() == QLineEdit.EchoMode.Password
    assert rrn.back.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert not rrn.back.dragEnabled()
    clipboard = QApplication.clipboard()
    clipboard.setText("sentinel")
    type_rrn(qtbot, rrn, RRN_STUDENT)
    rrn.back.setFocus()
    rrn.back.selectAll()
    qtbot.keyClick(rrn.back, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(rrn.back, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "sentinel"
    assert rrn.back.text() == RRN_STUDENT.split("-")[1]  # cut did not remove it either
    rrn.front.selectAll()
    qtbot.keyClick(rrn.front, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == RRN_STUDENT.split("-")[0]  # the clipboard works: only the back is kept off
    rrn.back.wipe()
    clipboard.setText("1234567")
    qtbot.keyClick(rrn.back, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert rrn.back.text() == ""  # nor does anything come in from it
    clipboard.clear()


def test_clear_empties_both_fields_and_their_undo_history(qtbot, rrn):
    type_rrn(qtbot, rrn, RRN_POST2020)
    assert rrn.check_tone == "warning"
    rrn.clear()
    assert rrn.value() == "" and not rrn.is_complete() and rrn.check_tone == "" and rrn.message.isHidden()
    for field in (rrn.front, rrn.back):
        assert not field.isUndoAvailable()
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert field.text() == ""


def test_the_checksum_warning_is_amber_and_shows_no_digit_of_the_back_part(qtbot, rrn):
    type_rrn(qtbot, rrn, RRN_POST2020)
    assert rrn.check_tone == "warning" and rrn.is_valid()  # a warning does not block
    assert rrn.message.text() == WARN_CHECKSUM.en
    back = RRN_POST2020.split("-")[1]
    assert back not in rrn.message.text() and back[1:] not in rrn.message.text()


@pytest.mark.parametrize(("number", "message"), [("121315-3102345", ERR_DATE), ("270101-3102345", ERR_FUTURE)])
def test_hard_errors_are_red_and_make_the_number_invalid(qtbot, rrn, number, message):
    type_rrn(qtbot, rrn, number)
    assert rrn.check_tone == "error" and not rrn.is_valid()
    assert rrn.message.text() == message.en and rrn.message.isVisible()
    qtbot.keyClick(rrn.back, Qt.Key.Key_Backspace)  # incomplete again: the message goes
    assert rrn.check_tone == "" and rrn.message.isHidden()


def test_the_page_can_show_its_own_check_message(qtbot, rrn):
    rrn.show_check("identity mismatch")
    assert rrn.check_tone == "error" and rrn.message.text() == "identity mismatch"
    with pytest.raises(ValueError):
        rrn.show_check("x", "shouting")
