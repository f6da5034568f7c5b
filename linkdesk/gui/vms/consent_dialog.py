"""The 1365 consent of a VMS member, for adults as for children: 실명인증, then the consent text.

A VMS send does not arrive in 1365 without the member's 1365 consent (DOMAIN.md §2, §4). This used
to open the NEIS student wizard, which makes an adult pick a school; here it is one dialog:
실명인증 with the wizard's widgets and identity service (:class:`WalkInDialog`), then the wizard's
consent panel (the text, 동의, and for a person under 14 the legal guardian with relationship and
ID check), recorded through the same :class:`LinkingSession.give_consent`. No school, no NEIS.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from linkdesk.gui.certificates.walk_in import WalkInDialog
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.consent_panel import ConsentPanel
from linkdesk.services.core import Core

translate = QCoreApplication.translate


def verify_only(core: Core, session, name: str, number: str, answer: str):
    return session.verify(name, number, answer)


class Consent1365Dialog(WalkInDialog):
    """``consented(volunteer_id)`` once 1365 holds the consent (given here, or already)."""

    consented = Signal(str)
    lookup = staticmethod(verify_only)

    def __init__(self, core: Core, runner: TaskRunner, volunteer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(core, runner, parent)
        self.setObjectName("Vms1365ConsentDialog")
        self.setWindowTitle(translate("Vms1365Consent", "1365 consent of %1").replace("%1", volunteer_id))
        self.expected = volunteer_id
        self.lead.setText(translate(
            "Vms1365Consent", "The member types the resident registration number for 실명인증 (it is not stored). "
                              "Then show the consent text: the member agrees, or for a person under 14 the legal "
                              "guardian. No school is needed."))
        self.consent = ConsentPanel()
        self.consent.hide()
        self.record_button = QPushButton(translate("Vms1365Consent", "Record the &consent"))
        self.record_button.setObjectName("Vms1365ConsentRecord")
        self.record_button.hide()
        self.record_button.setEnabled(False)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.status), self.consent)
        layout.insertWidget(layout.indexOf(self.status), self.record_button)
        self.consent.changed.connect(lambda: self.record_button.setEnabled(self.consent.is_valid()))
        self.record_button.clicked.connect(self.record)
        self.resize(620, 560)

    def wipe(self) -> None:
        super().wipe()
        if hasattr(self, "consent"):
            self.consent.clear()
            self.consent.hide()
            self.record_button.hide()

    def _found(self, state) -> None:
        person = state.person
        if person.volunteer_id != self.expected:
            self.status.show_error(translate("Vms1365Consent", "This person is 1365 ID %1, not %2: check the name "
                                                               "and number.").replace("%1", person.volunteer_id)
                                   .replace("%2", self.expected))
            self.session.reset()
            self.refresh_captcha()
            return
        if state.consent_at is not None:
            self.status.show_success(translate("Vms1365Consent", "1365 already holds the consent."))
            self.consented.emit(person.volunteer_id)
            self.accept()
            return
        self.captcha.clear()  # used up; the number was wiped when it was sent
        self.consent.ask_consent(person.under_14)
        self.consent.show()
        self.record_button.show()
        self.verify_button.setEnabled(False)
        self.status.show_info(translate("Vms1365Consent", "Identity verified: %1. Show the consent text and record "
                                                          "the consent.").replace("%1", person.name))
        self.consent.setFocus()

    def record(self) -> None:
        if not self.consent.is_valid():
            return
        guardian, session = self.consent.consent_request(), self.session
        self.record_button.setEnabled(False)
        self.status.show_busy(translate("Vms1365Consent", "Recording the 1365 consent…"))
        self.runner.run(lambda: session.give_consent(guardian), on_success=self._recorded,
                        on_error=self.status.show_exception,
                        on_finally=lambda: self.record_button.setEnabled(self.consent.is_valid()),
                        name="vms 1365 consent")

    def _recorded(self, state) -> None:
        self.consented.emit(state.person.volunteer_id)
        self.accept()
