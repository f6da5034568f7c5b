"""Step 3, 학생정보 확인: NEIS checks that the verified person is enrolled at the chosen school.

Success shows "정보확인 성공" with grade and class. A failure says which kind it is and offers the
one next step that can help: 학교정보 불일치 → choose the school again; 교육부 시스템 오류 → try
again later (다시 시도); the identity token expired → 실명인증 again; no consent → back to 본인 확인.
In every failure no record can be sent, and Next stays disabled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from linkdesk.gui.wizard.page_base import PageHost, WizardPage, error_code, error_text, note_label, set_note
from linkdesk.gui.wizard.school_page import school_text
from linkdesk.services.linking_flow import FlowState

translate = QCoreApplication.translate

SCHOOL_AGAIN = {"student_mismatch", "school_not_found", "school_required"}
VERIFY_AGAIN = {"token_expired", "consent_required", "identity_required"}
PARTNER_DOWN = {"partner_unavailable", "internal_error", "timeout", "connection_failed", "malformed_response"}


class StudentPage(WizardPage):
    """``school_again_requested()`` / ``verify_again_requested()``: the failure's next step."""

    school_again_requested = Signal()
    verify_again_requested = Signal()

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            translate("StudentPage", "Check the student information"),
            translate("StudentPage", "NEIS confirms that the student attends the chosen school. "
                                     "Records can be sent only after this check succeeds."),
            parent,
        )
        self.setObjectName("StudentPage")
        self._failure = ""  # "" | "school" | "verify" | "down" | "other"
        self.person_label = QLabel()
        self.person_label.setObjectName("StudentPerson")
        self.school_label = QLabel()
        self.school_label.setObjectName("StudentSchool")
        self.school_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("StudentPage", "Name"), self.person_label)
        form.addRow(translate("StudentPage", "School"), self.school_label)
        self.check_button = QPushButton(translate("StudentPage", "Chec&k the student information"))
        self.check_button.setObjectName("StudentCheckButton")
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check)
        self.result = note_label("StudentResult", "success", self)
        self.failure_title = note_label("StudentFailure", "error", self)
        self.school_again = QPushButton(translate("StudentPage", "Choose the schoo&l again"))
        self.school_again.setObjectName("SchoolAgainButton")
        self.school_again.clicked.connect(self.school_again_requested)
        self.verify_again = QPushButton(translate("StudentPage", "V&erify identity again"))
        self.verify_again.setObjectName("VerifyAgainButton")
        self.verify_again.clicked.connect(self.verify_again_requested)
        row = QHBoxLayout()
        for button in (self.check_button, self.school_again, self.verify_again):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        self.column.addLayout(form)
        self.column.addLayout(row)
        self.column.addWidget(self.result)
        self.column.addWidget(self.failure_title)
        self.column.addWidget(self.strip)
        self.column.addStretch(1)
        self._show_failure("")

    def enter(self, state: FlowState) -> None:
        self._show_failure("")
        self.strip.clear()

    def render(self, state: FlowState) -> None:
        self.person_label.setText(state.person.name if state.person else "")
        self.school_label.setText(school_text(state.school) if state.school else "")
        busy = self.host.busy
        self.check_button.setEnabled(not busy and state.student is None)
        self.school_again.setEnabled(not busy)
        self.verify_again.setEnabled(not busy)
        student = state.student
        if student is None:
            set_note(self.result, "")
            return
        text = translate("StudentPage", "Information confirmed")
        if student.grade is not None and student.class_no is not None:
            text += " — " + translate("StudentPage", "grade %1, class %2").replace("%1", str(student.grade)).replace(
                "%2", str(student.class_no))
        set_note(self.result, text)

    def main_action(self) -> bool:
        if self.host.session.state.student is not None:
            return False
        if self._failure == "school":
            self.school_again_requested.emit()
        elif self._failure == "verify":
            self.verify_again_requested.emit()
        else:
            self.check()
        return True

    def focus_first(self) -> None:
        if self.host.session.state.student is not None:
            self.host.focus_next()  # confirmed: Enter goes on, never to a button that is now disabled
            return
        target = {"school": self.school_again, "verify": self.verify_again}.get(self._failure, self.check_button)
        target.setFocus()

    def clear(self) -> None:
        super().clear()
        self._show_failure("")
        self.person_label.clear()
        self.school_label.clear()
        set_note(self.result, "")

    def check(self) -> None:
        if self.host.busy:
            return
        session = self.host.session
        self._show_failure("")
        self.start(session.check_student, busy=translate("StudentPage", "Checking with NEIS…"),
                   name="neis.verify_student", on_success=self._checked, on_error=self._failed, retry=self.check)

    def _checked(self, _state: FlowState) -> None:
        self.changed.emit()

    def _failed(self, exc: BaseException) -> bool:
        code = error_code(exc)
        detail = error_text(exc)
        if code in SCHOOL_AGAIN:
            self._show_failure("school", translate("StudentPage", "School information does not match"))
            self.strip.show_error(detail)
        elif code in VERIFY_AGAIN:
            self._show_failure("verify", translate("StudentPage", "The identity check must be done again"))
            self.strip.show_error(detail)
        elif code in PARTNER_DOWN or getattr(exc, "temporary", False):
            self._show_failure("down", translate("StudentPage", "The Ministry of Education's system is not available"))
            self._retry = self.check
            self.strip.show_error(
                translate("StudentPage", "NEIS cannot check the student right now. Try again later; "
                                         "no record can be sent until the check succeeds.") + "\n" + detail,
                retry=True,
            )
        else:
            self._show_failure("other", "")
            self.show_error(exc, self.check)
        self.focus_first()
        return True

    def _show_failure(self, kind: str, title: str = "") -> None:
        self._failure = kind
        set_note(self.failure_title, title)
        self.school_again.setVisible(kind == "school")
        self.verify_again.setVisible(kind == "verify")
