"""A class of 30 through the real window, keyboard only, on the sandbox (training mode, 보안문자 on).

Every key goes to the widget that has the focus, as a person's would; the test counts them and
prints, per student, the keys and the times (figures, not assertions on time — see the issue:
the goal is 13 digits + the 보안문자 + at most 3 staff keys, and ≤ 0.2 s from one student's send
to the next student's first field).
"""

from __future__ import annotations

import subprocess
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from linkdesk.config import Config
from tests.fixtures import class_scenario as C
from tests.fixtures.sandbox import SandboxHandle
from tests.gui.desk_driver import WAIT, bugs, counters  # noqa: F401 - bugs and counters are fixtures
from tests.gui.korean_typing import commit

SIZE = 30


class Keys:
    """Keys typed at whatever has the focus; counted."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.count = qtbot, 0

    def focus(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for ch in text:
            self.qtbot.keyClick(self.focus(), ch)
            self.count += 1

    def hangul(self, text: str) -> None:  # an input method commits each syllable (one key for 초성)
        commit(self.focus(), text)
        self.count += len(text)

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)
        self.count += 1


@pytest.fixture
def counter(qtbot, counters, tmp_path):
    started = counters(Config(), tmp_path / "data", scenario=C.class_scenario(SIZE, captcha=True))
    with qtbot.waitSignal(started.desk.ready, timeout=WAIT):
        pass
    return started


def test_a_class_of_30_by_keyboard_alone(qtbot, counter, tmp_path):
    window, core = counter.window, counter.desk.core
    sandbox = SandboxHandle(core.sandbox)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    keys = Keys(qtbot)
    area = window.area("class_visit")
    setup, panel = area.setup, area.panel

    # -- once per class: the school, grade / class, the pasted class list -------------------------
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.search_button, timeout=WAIT)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(setup, "dialog", None) is not None and setup.dialog.isVisible(), timeout=WAIT)
    dialog = setup.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.query, timeout=WAIT)
    keys.hangul("ㅂㅁㅈ")
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=WAIT)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: setup.school is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.grade, timeout=WAIT)
    assert setup.school.code == C.SCHOOL_CODE
    keys.type(str(C.GRADE))
    keys.press(Qt.Key.Key_Tab)
    keys.type(str(C.CLASS))
    keys.press(Qt.Key.Key_Tab)
    QApplication.clipboard().setText(C.roster_text(SIZE))  # the teacher's list, copied from their file
    keys.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(setup.check.rows) == SIZE and not setup.check.problems
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is setup.start_button
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.visit is not None and panel.phase == "ready", timeout=WAIT)
    setup_keys = keys.count
    QApplication.clipboard().clear()

    # -- the students, one after another ----------------------------------------------------------
    rows = []
    for i in range(1, SIZE + 1):
        qtbot.waitUntil(lambda: panel.phase == "ready", timeout=WAIT)
        assert panel.visit.entry(panel.entry_id).number == i
        assert QApplication.focusWidget() is panel.rrn.front
        before = keys.count
        front, back = C.student_rrn(i).split("-")
        keys.type(front + back)  # the student: 13 digits (the field moves on by itself)
        answer = sandbox.captcha_answer(panel.captcha_id)
        assert QApplication.focusWidget() is panel.captcha.input
        keys.type(answer)  # the student: the 보안문자
        student_keys = keys.count - before
        t0 = time.perf_counter()
        keys.press(Qt.Key.Key_Return)  # staff: 실명인증 + 학생정보확인 + records
        qtbot.waitUntil(lambda: panel.phase == "turn" or panel.message.isVisible(), timeout=WAIT)
        assert panel.phase == "turn", panel.message.text()
        t1 = time.perf_counter()
        assert QApplication.focusWidget() is panel.send_button
        keys.press(Qt.Key.Key_Return)  # staff: send (or record why not) and the next student
        qtbot.waitUntil(lambda: len(panel.timings) == i, timeout=WAIT)
        rows.append((i, student_keys, keys.count - before - student_keys, t1 - t0, *panel.timings[-1]))

    visit = panel.visit
    by_number = {e.number: e for e in visit.entries}
    assert [by_number[i].status for i in (1, C.NO_RECORDS, C.NO_CONSENT, C.OTHER_SCHOOL)] == [
        "done", "nothing", "failed", "failed"]
    assert sum(e.status == "done" for e in visit.entries) == SIZE - 3
    assert visit.hours_sent == 3 * (SIZE - 3)

    print(f"\nclass visit, {SIZE} students, keyboard only: setup {setup_keys} keys once")
    print(" no. | student keys | staff keys | check s | send s | send→next field s")
    for i, sk, st, check_s, send_s, reset_s in rows:
        print(f" {i:3d} | {sk:12d} | {st:10d} | {check_s:7.3f} | {send_s:6.3f} | {reset_s:.4f}")
    per = [sk + st for _, sk, st, *_ in rows]
    resets = sorted(r[5] for r in rows)
    print(f"keys per student: max {max(per)}, total {keys.count} (setup included); "
          f"send→next field: median {resets[len(resets) // 2]:.4f} s, max {resets[-1]:.4f} s")
    assert max(st for _, _, st, *_ in rows) <= 3

    # -- the teacher's sheet and the last student's slip, as PDF ----------------------------------
    sheet_pdf, slip_pdf = tmp_path / "sheet.pdf", tmp_path / "slip.pdf"
    area.output.choose_pdf_path = lambda _parent, _name: str(sheet_pdf)
    panel.sheet_pdf_button.click()
    qtbot.waitUntil(sheet_pdf.exists, timeout=WAIT)
    area.output.choose_pdf_path = lambda _parent, _name: str(slip_pdf)
    panel.slip_pdf_button.click()
    qtbot.waitUntil(slip_pdf.exists, timeout=WAIT)
    sheet_text = subprocess.run(["pdftotext", "-layout", str(sheet_pdf), "-"], capture_output=True, text=True,
                                check=True).stdout
    for i in (1, C.NO_CONSENT, SIZE):
        assert C.student_name(i) in sheet_text
    slip_text = subprocess.run(["pdftotext", "-layout", str(slip_pdf), "-"], capture_output=True, text=True,
                               check=True).stdout
    assert C.student_name(SIZE) in slip_text and "학교" in slip_text
    for i in range(1, SIZE + 1):
        front, back = C.student_rrn(i).split("-")
        assert back not in sheet_text and back not in slip_text
    assert (sheet_pdf.stat().st_mode & 0o077) == 0  # owner-only
