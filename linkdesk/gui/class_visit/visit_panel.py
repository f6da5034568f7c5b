"""One class visit on screen: the roster beside the one student at the counter.

The student types the 주민등록번호 and the 보안문자; Enter runs 실명인증, 학생정보확인 at the kept
school and loads the records with the eligible ones pre-selected; Enter again sends them (or
records why nothing was sent) and the same fields are emptied for the next student — nothing is
rebuilt. Every service call runs on the task runner. The 주민등록번호 lives in the input fields
until the attempt starts and is wiped right after.
"""

from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from linkdesk.errors import known_message
from linkdesk.gui.class_visit.roster_table import RosterTable
from linkdesk.gui.class_visit.student_box import StudentBox, push_button
from linkdesk.gui.widgets.tones import message_text
from linkdesk.services import class_visit_store as visits
from linkdesk.services.class_visit import ClassVisitSession, StudentTurn, TurnResult
from linkdesk.services.class_visit_store import VisitView
from linkdesk.services.visit_slip import SlipDoc

translate = QCoreApplication.translate
CAPTCHA_ERRORS = {"captcha_wrong", "captcha_expired"}


class VisitPanel(QWidget):
    """``finished()`` when staff end the visit; ``slip_ready`` / ``sheet_requested`` for the outputs."""

    finished = Signal()
    slip_requested = Signal(object, str)  # SlipDoc, "preview" | "pdf"
    sheet_requested = Signal(str)  # "preview" | "pdf"

    def __init__(self, core, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClassVisitPanel")
        self.core, self.runner = core, runner
        self.visit: VisitView | None = None
        self.session: ClassVisitSession | None = None
        self.entry_id: int | None = None  # the student at the counter (a roster row), if on the list
        self.turn: StudentTurn | None = None
        self.last_slip: SlipDoc | None = None
        self.captcha_id: str | None = None
        self.phase = "idle"  # idle | captcha | ready | busy | turn
        self.timings: list[tuple[float, float]] = []  # (send round trip, result → next student's field) s
        self._sent_at = 0.0
        self._orphan: ClassVisitSession | None = None  # dropped while a task used it: reset when it settles

        self.title = QLabel()
        self.title.setObjectName("ClassVisitTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.counts = QLabel()
        self.counts.setObjectName("ClassVisitCounts")
        self.roster = RosterTable()
        self.roster.activated.connect(lambda index: self.choose_row(index.row()))
        self.box = StudentBox(core)
        b = self.box
        self.student, self.name, self.rrn, self.captcha, self.message = b.student, b.name, b.rrn, b.captcha, b.message
        self.records, self.summary, self.captcha_label = b.records, b.summary, b.captcha_label
        self.verify_button, self.send_button, self.consent_button, self.skip_button = (
            b.verify_button, b.send_button, b.consent_button, b.skip_button)
        for button, slot in ((b.verify_button, self.verify), (b.send_button, self.send), (b.consent_button, self.consent),
                             (b.skip_button, self.skip)):
            button.clicked.connect(slot)
        self.captcha.refresh_requested.connect(self.refresh_captcha)
        self.rrn.completed.connect(self._rrn_complete)
        self.slip_button = self._button("ClassVisitSlip", translate("ClassVisitPanel", "Print the last &slip…"),
                                        lambda: self.last_slip and self.slip_requested.emit(self.last_slip, "preview"))
        self.slip_pdf_button = self._button("ClassVisitSlipPdf", translate("ClassVisitPanel", "Slip as P&DF…"),
                                            lambda: self.last_slip and self.slip_requested.emit(self.last_slip, "pdf"))
        self.sheet_button = self._button("ClassVisitSheet", translate("ClassVisitPanel", "&Teacher's sheet…"),
                                         lambda: self.sheet_requested.emit("preview"))
        self.sheet_pdf_button = self._button("ClassVisitSheetPdf", translate("ClassVisitPanel", "Teacher's sheet as PD&F…"),
                                             lambda: self.sheet_requested.emit("pdf"))
        self.finish_button = self._button("ClassVisitFinish", translate("ClassVisitPanel", "&End the visit"), self.finish)
        for key, slot in (("Ctrl+P", self.slip_button.click), ("Ctrl+Shift+P", self.sheet_button.click),
                          ("Ctrl+K", self.skip), ("Ctrl+R", self.roster.setFocus)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        split = QSplitter()
        split.addWidget(self.roster)
        split.addWidget(self.box)
        split.setSizes([470, 560])
        outputs = QHBoxLayout()
        for b in (self.slip_button, self.slip_pdf_button, self.sheet_button, self.sheet_pdf_button):
            outputs.addWidget(b)
        outputs.addStretch(1)
        outputs.addWidget(self.finish_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(self.title)
        column.addWidget(self.counts)
        column.addWidget(split, 1)
        column.addLayout(outputs)
        QWidget.setTabOrder(self.name, self.roster)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._enter)
        self._update()

    @staticmethod
    def _button(name: str, text: str, slot) -> QPushButton:
        button = push_button(name, text)
        button.clicked.connect(slot)
        return button

    # -- the visit -----------------------------------------------------------------------------------
    def open(self, visit: VisitView) -> None:
        if self.session is not None:
            self.session.abandon()
        self.visit = visit
        self.session = ClassVisitSession(self.core, visit.id, staff=self.core.actor.staff)
        self.title.setText(translate("ClassVisitPanel", "Class visit: %1").replace("%1", visit.class_label))
        self.roster.set_entries(visit.entries)
        self.last_slip = None
        self.timings.clear()
        self.next_student()

    def _set_visit(self, visit: VisitView) -> None:
        self.visit = visit
        c = visit.counts()
        self.counts.setText(translate("ClassVisitPanel", "Done %1 · nothing to send %2 · failed %3 · not yet come %4 · skipped %5 · %6 h sent")
                            .replace("%1", str(c["done"])).replace("%2", str(c["nothing"])).replace("%3", str(c["failed"]))
                            .replace("%4", str(c["waiting"])).replace("%5", str(c["skipped"]))
                            .replace("%6", str(visit.hours_sent)))

    def next_student(self, entry_id: int | None = None) -> None:
        """Empty the fields for the next student (the next one not yet come, or ``entry_id``)."""
        assert self.visit is not None
        self._set_visit(self.visit)
        if entry_id is None:
            waiting = self.visit.next_waiting
            entry_id = waiting.id if waiting is not None else None
        self.entry_id = entry_id
        entry = self.visit.entry(entry_id) if entry_id is not None else None
        self.turn = None
        self.rrn.clear()
        self.captcha.clear()
        self.records.clear()
        self.summary.clear()
        self.name.setText(entry.name if entry else "")
        self.student.setText(translate("ClassVisitPanel", "At the counter: no. %1 %2").replace("%1", str(entry.number or ""))
                             .replace("%2", entry.name) if entry else
                             translate("ClassVisitPanel", "At the counter: a student not on the list (type the name)"))
        row = self.roster.row_of(entry_id)
        if row >= 0:
            self.roster.selectRow(row)
        self.phase = "captcha"
        self._update()
        (self.rrn.front if entry else self.name).setFocus()
        self.refresh_captcha()

    def choose_row(self, row: int) -> None:
        """Enter on a roster row: that student comes now."""
        if self.phase in ("busy", "turn") or self.visit is None:
            return
        entry_id = self.roster.entry_id(row)
        if entry_id is not None and self.visit.entry(entry_id).status != "done":
            self.show_message("")
            self.next_student(entry_id)

    # -- one student ---------------------------------------------------------------------------------
    def refresh_captcha(self) -> None:
        if self.session is None or self.phase in ("busy", "turn"):
            return
        self.phase = "captcha"
        self.captcha.set_busy(True)
        self.runner.run(self.session.new_captcha, name="class visit captcha", on_success=self._captcha_loaded,
                        on_error=self._captcha_failed)

    def _captcha_loaded(self, captcha) -> None:
        self.captcha.set_busy(False)
        self.captcha_id = captcha.captcha_id
        self.captcha.set_image(captcha.png if captcha.required else None)
        self.captcha_label.setVisible(captcha.required)
        if self.phase == "captcha":
            self.phase = "ready"
        self._update()

    def _captcha_failed(self, exc: BaseException) -> None:
        self.captcha.set_busy(False)
        self.phase = "ready"
        self.show_message(_text(exc))
        self._update()

    def _rrn_complete(self) -> None:
        if self.captcha.required and self.captcha.isVisible():
            self.captcha.input.setFocus()

    def verify(self) -> None:
        if self.phase != "ready" or self.session is None or self.visit is None:
            return
        name = self.name.text().strip()
        if not self.rrn.is_complete() or not name or (self.captcha.required and not self.captcha.answer()):
            self.show_message(translate("ClassVisitPanel", "Type the name, the 13 digits and the security code."))
            return
        rrn, answer = self.rrn.value(), self.captcha.answer()
        self.phase = "busy"
        self.show_message("")
        self._update()
        work = partial(self.session.identify, self.visit, self.entry_id, name, rrn, answer)
        del rrn
        self.runner.run(work, name="class visit identify", on_success=self._identified, on_error=self._not_identified,
                        on_finally=self._settled)
        del work

    def _identified(self, turn: StudentTurn) -> None:
        self.rrn.clear()
        self.captcha.clear()
        self.turn = turn
        self.phase = "turn"
        state = turn.state
        self.box.show_turn(turn, self._needs_consent())
        self._update()
        self.send_button.setFocus()

    def _not_identified(self, exc: BaseException) -> None:
        message = known_message(exc)
        code = message.code if message is not None else ""
        self.phase = "captcha"
        self.show_message(_text(exc))
        self.captcha.clear()
        if code in CAPTCHA_ERRORS:
            self.captcha.input.setFocus()
        else:
            self.rrn.clear()
            self.rrn.front.setFocus()
        self.refresh_captcha()

    def consent(self) -> None:
        """봉사실적 연계를 위한 정보제공 동의, given by the student (14 or over) at the counter."""
        if self.phase != "turn" or self.session is None or self.visit is None or not self._needs_consent():
            return
        self.phase = "busy"
        self._update()
        self.runner.run(partial(self.session.consent, self.visit), name="class visit consent",
                        on_success=self._identified, on_error=self._send_failed, on_finally=self._settled)

    def _needs_consent(self) -> bool:
        return self.turn is not None and self.turn.refusal is not None and self.turn.refusal.code == "consent_required"

    def send(self) -> None:
        if self.phase != "turn" or self.session is None or self.visit is None:
            return
        self.phase = "busy"
        self._update()
        self._sent_at = time.perf_counter()
        self.runner.run(partial(self.session.send, self.visit), name="class visit send", on_success=self._sent,
                        on_error=self._send_failed, on_finally=self._settled)

    def _settled(self) -> None:
        """A task of a session dropped meanwhile (the idle lock) has returned: now it can be reset."""
        orphan, self._orphan = self._orphan, None
        if orphan is not None:
            orphan.abandon()

    def _sent(self, result: TurnResult) -> None:
        arrived = time.perf_counter()
        self.visit = result.visit
        self.roster.update_entry(result.entry)
        if result.slip is not None:
            self.last_slip = result.slip
        e = result.entry
        self.next_student()
        self.show_message(translate("ClassVisitPanel", "No. %1 %2: %3. Ctrl+P prints the student's slip.")
                          .replace("%1", str(e.number or "")).replace("%2", e.name)
                          .replace("%3", e.reason or e.status), "info")
        self.timings.append((arrived - self._sent_at, time.perf_counter() - arrived))

    def _send_failed(self, exc: BaseException) -> None:
        self.phase = "turn"
        self.show_message(_text(exc))
        self._update()
        self.send_button.setFocus()

    def skip(self) -> None:
        if self.phase in ("busy",) or self.visit is None or self.entry_id is None:
            return
        if self.session is not None:
            self.session.abandon()
        visit_id, entry_id = self.visit.id, self.entry_id
        self.phase = "busy"
        self.runner.run(lambda: visits.set_skipped(self.core, visit_id, entry_id), name="class visit skip",
                        on_success=self._skipped, on_error=self._send_failed)

    def _skipped(self, visit: VisitView) -> None:
        self.visit = visit
        self.roster.set_entries(visit.entries)
        self.next_student()

    def finish(self) -> None:
        if self.visit is None or self.phase == "busy":
            return
        visit_id = self.visit.id
        self.runner.run(lambda: visits.finish_visit(self.core, visit_id), name="class visit finish",
                        on_success=self._finished, on_error=lambda exc: self.show_message(_text(exc)))

    def _finished(self, visit: VisitView) -> None:
        self.drop_personal_data()
        self.finished.emit()

    # -- showing -------------------------------------------------------------------------------------
    def show_message(self, text: str, tone: str = "error") -> None:
        self.box.show_message(text, tone)

    def _update(self) -> None:
        typing = self.phase in ("captcha", "ready")
        for w in (self.name, self.rrn, self.captcha.input):
            w.setEnabled(typing)
        self.verify_button.setEnabled(self.phase == "ready")
        self.send_button.setEnabled(self.phase == "turn")
        if self.turn is not None and (self.turn.refusal is not None or not self.turn.state.selected):
            self.send_button.setText(translate("ClassVisitPanel", "Record and next student"))
        else:
            self.send_button.setText(translate("ClassVisitPanel", "Send and next student"))
        self.skip_button.setEnabled(self.phase != "busy" and self.entry_id is not None)
        self.consent_button.setVisible(self.phase == "turn" and self._needs_consent())
        self.slip_button.setEnabled(self.last_slip is not None)
        self.slip_pdf_button.setEnabled(self.last_slip is not None)
        for b in (self.sheet_button, self.sheet_pdf_button, self.finish_button):
            b.setEnabled(self.visit is not None and self.phase != "busy")

    def _enter(self) -> None:
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            if focused.isEnabled():
                focused.click()
            return
        if focused is self.roster:
            self.choose_row(self.roster.currentRow())
        elif self.phase == "ready":
            self.verify()
        elif self.phase == "turn":
            self.send()

    def drop_personal_data(self) -> None:
        """The idle lock or the end of the visit: the student at the counter and the names go.
        The visit stays in the database and is resumed from the list."""
        if self.session is not None:
            if self.phase == "busy":  # a worker still uses it: reset when its task settles
                self._orphan = self.session
            else:
                self.session.abandon()
        self.session = None
        self.visit = None
        self.turn = None
        self.last_slip = None
        self.entry_id = None
        self.phase = "idle"
        self.box.clear_student()
        self.counts.clear()
        self.title.clear()
        self.roster.clear_entries()
        self.show_message("")
        self._update()


def _text(exc: BaseException) -> str:
    message = known_message(exc)
    return message_text(message) if message is not None else str(exc)
