"""The student at the counter in a class visit: name, 주민등록번호, 보안문자, the records found and the
buttons. Only widgets and how a turn looks; :class:`~linkdesk.gui.class_visit.visit_panel.VisitPanel`
drives it. Built once per visit screen and emptied for every student."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from linkdesk.clock import today
from linkdesk.gui.widgets.captcha import CaptchaWidget
from linkdesk.gui.widgets.rrn_input import RrnInput
from linkdesk.gui.widgets.tones import box_style, message_text
from linkdesk.services.class_visit import StudentTurn

translate = QCoreApplication.translate


def push_button(name: str, text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


class StudentBox(QWidget):
    def __init__(self, core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.student = QLabel()
        self.student.setObjectName("ClassVisitStudent")
        self.student.setStyleSheet("font-weight: bold;")
        self.name = QLineEdit()
        self.name.setObjectName("ClassVisitName")
        self.name.setPlaceholderText(translate("ClassVisitPanel", "Name (as on the ID card)"))
        self.rrn = RrnInput(today=lambda: today(core.clock))
        self.captcha = CaptchaWidget()
        self.message = QLabel()
        self.message.setObjectName("ClassVisitMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.records = QListWidget()
        self.records.setObjectName("ClassVisitRecords")
        self.records.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.records.setMaximumHeight(150)
        self.summary = QLabel()
        self.summary.setObjectName("ClassVisitSummary")
        self.summary.setWordWrap(True)
        self.verify_button = push_button("ClassVisitVerify", translate("ClassVisitPanel", "&Check"))
        self.send_button = push_button("ClassVisitSend", translate("ClassVisitPanel", "Send and next student"))
        self.consent_button = push_button("ClassVisitConsent", translate("ClassVisitPanel", "The student c&onsents now (F6)"))
        self.consent_button.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.consent_button.hide()
        self.skip_button = push_button("ClassVisitSkip", translate("ClassVisitPanel", "S&kip this student"))

        form = QFormLayout()
        for text, buddy, field in ((translate("ClassVisitPanel", "&Name"), self.name, self.name),
                                   (translate("ClassVisitPanel", "&Resident registration number"), self.rrn.front, self.rrn),
                                   (translate("ClassVisitPanel", "Securit&y code"), self.captcha.input, self.captcha)):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        self.captcha_label = label  # the last row's: hidden when the partner asks for no 보안문자
        actions = QHBoxLayout()
        for button in (self.verify_button, self.send_button, self.consent_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.skip_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 0, 0, 0)
        column.addWidget(self.student)
        column.addLayout(form)
        for widget in (self.message, self.summary, self.records):
            column.addWidget(widget)
        column.addLayout(actions)
        column.addStretch(1)
        for a, b in ((self.rrn.back, self.captcha.input), (self.captcha.input, self.verify_button),
                     (self.verify_button, self.send_button), (self.send_button, self.skip_button),
                     (self.skip_button, self.name)):
            QWidget.setTabOrder(a, b)

    def show_message(self, text: str, tone: str = "error") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(box_style("#ClassVisitMessage", tone))
        self.message.setVisible(bool(text))

    def show_turn(self, turn: StudentTurn, needs_consent: bool) -> None:
        """The records found for this student (eligible ones pre-selected) or why none can go."""
        state = turn.state
        self.records.clear()
        self.show_message("")
        if turn.refusal is not None:
            self.show_message(message_text(turn.refusal), "error")
            self.summary.setText(translate("ClassVisitPanel", "Nothing can be sent for this student. Enter records the reason and moves on.")
                                 + (" " + translate("ClassVisitPanel", "If the student (14 or over) agrees to share the records now, press F6.")
                                    if needs_consent else ""))
            return
        for row in state.records:
            mark = "☑" if row.record_id in state.selected else ("✓" if row.linked else "☐")
            why = " · ".join(m.ko for m in (*row.reasons, *row.notes))
            self.records.addItem(f"{mark} {row.day} {row.organization} {row.time_range} → "
                                 f"{row.recognized_hours}시간" + (f" ({why})" if why else ""))
        if state.selected:
            self.summary.setText(translate("ClassVisitPanel", "%1 records selected, %2 h NEIS will recognise. Enter sends them.")
                                 .replace("%1", str(len(state.selected))).replace("%2", str(state.selected_hours)))
        else:
            self.summary.setText(translate("ClassVisitPanel", "Nothing to send. Enter records that and moves on."))
        if turn.note:
            self.show_message(turn.note, "warning")

    def clear_student(self) -> None:
        """Empty every field for the next student (the widgets stay)."""
        self.rrn.clear()
        self.captcha.clear()
        self.records.clear()
        self.summary.clear()
        self.name.clear()
        self.student.clear()
