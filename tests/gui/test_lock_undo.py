"""The idle lock's ``drop_personal_data()`` cannot be undone: Ctrl+Z in an emptied field after unlocking
does not bring back the name, 1365 아이디, birth date or 주민등록번호 digits typed before the lock.

``QLineEdit.clear()`` is an undoable edit; ``setText("")`` also empties the undo history. Each case
types into one field of a real area (built as its own tests build it), drops, then presses Ctrl+Z.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from linkdesk.gui import certificates, redcross, security, vms
from linkdesk.services.sync import sync_volunteer
from tests.gui.korean_typing import commit

WAIT = 10_000  # ms; a guard against a hung test, not a speed assumption
MASKED_PURPOSE = "취업 제출용"  # a purpose whose receiver needs the masked 주민등록번호


def keys(qtbot, field: QLineEdit, text: str) -> None:
    qtbot.keyClicks(field, text)


def ime(qtbot, field: QLineEdit, text: str) -> None:
    commit(field, text)  # Korean arrives through the input method, not as key clicks


def _by_name(area) -> QWidget:
    area.search.set_mode("name_birth")
    return area.search


def _member(area) -> QWidget:
    return _by_name(area.member)


def _front7(area) -> QLineEdit:
    area.form.purpose.setCurrentText(MASKED_PURPOSE)
    area.form.masked.setChecked(True)
    return area.form.front7


def _tick_masked_again(area) -> None:
    """After unlocking, staff tick the option again: only then is the field enabled for Ctrl+Z."""
    area.form.masked.setChecked(True)


@dataclass(frozen=True)
class Case:
    build: Callable[..., QWidget]
    field: Callable[[QWidget], QLineEdit]
    type: Callable[..., None]
    text: str
    shown: str = ""  # what the field shows once typed, when it differs from ``text`` (an input mask)
    after_unlock: Callable[[QWidget], None] = lambda area: None


CASES = {
    "vms-name": Case(vms.build_area, lambda a: _by_name(a).text, ime, "정하늘"),
    "vms-birth": Case(vms.build_area, lambda a: _by_name(a).birth, keys, "19850214"),
    "vms-1365-id": Case(vms.build_area, lambda a: a.search.text, keys, "V-2001"),
    "redcross-member-name": Case(redcross.build_area, lambda a: _member(a).text, ime, "정하늘"),
    "redcross-member-birth": Case(redcross.build_area, lambda a: _member(a).birth, keys, "19850214"),
    "redcross-rcy-name": Case(redcross.build_area, lambda a: a.rcy.name, ime, "김민준"),
    "redcross-rcy-region": Case(redcross.build_area, lambda a: a.rcy.region, ime, "서울"),
    "redcross-rcy-school": Case(redcross.build_area, lambda a: a.rcy.school, ime, "한빛고등학교"),
    "access-log-volunteer": Case(security.build_area, lambda a: a.volunteer, keys, "V-1002"),
    "certificate-ledger-search": Case(certificates.build_area, lambda a: a.ledger.search, ime, "김민준"),
    "certificate-form-search": Case(certificates.build_area, lambda a: a.form.search, ime, "김민준"),
    "certificate-form-front7": Case(certificates.build_area, _front7, keys, "1203153", shown="120315-3",
                                    after_unlock=_tick_masked_again),
}


def empty_text(field: QLineEdit) -> str:
    return "-" if field.inputMask() else ""  # a masked field shows its separator when empty


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_ctrl_z_after_the_lock_does_not_bring_the_text_back(qtbot, core, runner, case):
    area = case.build(core, runner)
    qtbot.addWidget(area)
    field = case.field(area)
    case.type(qtbot, field, case.text)
    assert field.text() == (case.shown or case.text) and field.isUndoAvailable()  # typed, and undoable
    area.drop_personal_data()
    assert field.text() == empty_text(field)
    case.after_unlock(area)
    assert field.isEnabled()  # else the key press below would be dropped and prove nothing
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == empty_text(field)
    assert not field.isUndoAvailable()


def test_the_masked_number_digits_are_not_undoable_once_used(qtbot, core, runner):
    """Issuing empties the 7 digits (YYMMDD-G) at once; Ctrl+Z must not bring them back either."""
    core.config.centre.name, core.config.centre.confirmer = "성북구자원봉사센터", "홍길동"  # a real centre prints
    core.config.centre.phone = "02-920-0000"
    sync_volunteer(core, "V-1001")
    area = certificates.build_area(core, runner)
    qtbot.addWidget(area)
    form = area.form
    form.search.setText("김민")
    qtbot.waitUntil(lambda: form.results.count() == 1, timeout=WAIT)
    form.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: "김민준" in form.summary.text(), timeout=WAIT)  # the draft is there
    field = _front7(area)
    qtbot.keyClicks(field, "1203153")
    assert field.text() == "120315-3" and form.look_button.isEnabled()
    form.look_button.click()  # 발급 전 미리보기 first
    qtbot.waitUntil(lambda: form.output.preview is not None and form.issue_button.isEnabled(), timeout=WAIT)
    form.output.preview.close()
    form.issue_button.click()
    qtbot.waitUntil(lambda: form.number is not None, timeout=WAIT)
    assert field.text() == "-" and field.isEnabled()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "-" and not field.isUndoAvailable()
