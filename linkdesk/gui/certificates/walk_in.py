"""A walk-in who only wants a 확인서: 실명인증 and the 1365 records, right from the certificate screen.

The same widgets and the same identity service as the wizard's first step (name, 주민등록번호 with
:class:`RrnInput`, 보안문자 with :class:`CaptchaWidget`, :class:`LinkingSession.verify`), then the
volunteer's 1365 records are brought into the local cache (:func:`sync_volunteer`) and the issue
form chooses them. No NEIS step: nothing is linked. The number is wiped as soon as it was used,
when the dialog closes and when the counter locks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from linkdesk.clock import today
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.gui.widgets.captcha import CaptchaWidget
from linkdesk.gui.widgets.rrn_input import RrnInput
from linkdesk.partners.models import Captcha
from linkdesk.services.core import Core

translate = QCoreApplication.translate


@dataclass(frozen=True)
class WalkIn:
    volunteer_id: str
    name: str
    records: int
    stale: bool  # 1365 could not be reached for the records: the cache is what was last seen


def look_up(core: Core, session, name: str, number: str, answer: str) -> WalkIn:
    """실명인증 with the wizard's session, then the records from 1365 (runs on a worker)."""
    from linkdesk.services.sync import sync_volunteer

    state = session.verify(name, number, answer)
    person = state.person
    synced = sync_volunteer(core, person.volunteer_id)
    return WalkIn(person.volunteer_id, person.name, synced.records, synced.stale)


class WalkInDialog(QDialog):
    """``found(volunteer_id)`` once the person is verified and their records are in the cache.

    ``lookup`` (run on a worker after 실명인증's input is complete) and ``_found`` are what a
    subclass changes: the VMS area's 1365 consent dialog verifies and then records the consent.
    """

    found = Signal(str)
    lookup = staticmethod(look_up)

    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from linkdesk.services.linking import LinkingSession

        self.setObjectName("CertificateWalkInDialog")
        self.setWindowTitle(translate("CertificateWalkIn", "Look a volunteer up in 1365"))
        self.core, self.runner = core, runner
        self.session = LinkingSession(core)
        self.captcha_id: str | None = None
        self.captcha_ready = False  # a 보안문자 is shown (or the partner asks for none)
        self.result: WalkIn | None = None
        self.name = QLineEdit()
        self.name.setObjectName("WalkInName")
        self.rrn = RrnInput(today=lambda: today(core.clock))
        self.captcha = CaptchaWidget()
        self.verify_button = QPushButton(translate("CertificateWalkIn", "&Verify identity (실명인증)"))
        self.verify_button.setObjectName("WalkInVerify")
        self.verify_button.setDefault(True)
        self.status = StatusStrip()
        self.lead = lead = QLabel(translate(
            "CertificateWalkIn", "The volunteer types the resident registration number. It is not stored: it is used "
                                 "once for 실명인증, then the volunteer's 1365 records are loaded for the certificate."))
        lead.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("CertificateWalkIn", "&Name"), self.name)
        form.addRow(translate("CertificateWalkIn", "Resident registration n&umber"), self.rrn)
        self.captcha_label = QLabel(translate("CertificateWalkIn", "Securit&y code"))
        self.captcha_label.setBuddy(self.captcha.input)
        form.addRow(self.captcha_label, self.captcha)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addLayout(form)
        layout.addWidget(self.verify_button)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.verify_button.clicked.connect(self.verify)
        self.captcha.refresh_requested.connect(self.refresh_captcha)
        self.captcha.submitted.connect(self.verify)
        self.finished.connect(lambda _: self.wipe())
        self.resize(520, 360)

    def open(self) -> None:
        self.wipe()
        self.refresh_captcha()
        super().open()
        self.name.setFocus()

    def wipe(self) -> None:
        """Forget the number, the answer and the person (closing, locking)."""
        self.rrn.clear()
        self.captcha.clear()
        self.name.setText("")
        self.status.clear()

    def refresh_captcha(self) -> None:
        self.captcha_ready = False
        self.captcha.set_busy(True)
        self.runner.run(self.session.new_captcha, on_success=self._captcha_loaded, on_error=self._captcha_failed,
                        name="certificate walk-in captcha")

    def _captcha_loaded(self, captcha: Captcha) -> None:
        self.captcha.set_busy(False)
        self.captcha_id, self.captcha_ready = captcha.captcha_id, True
        self.captcha.set_image(captcha.png if captcha.required else None)
        self.captcha_label.setVisible(self.captcha.required)
        self.captcha.setVisible(self.captcha.required)

    def _captcha_failed(self, exc: BaseException) -> None:
        self.captcha.set_busy(False)
        self.status.show_exception(exc)

    def verify(self) -> None:
        if not self.verify_button.isEnabled():
            return
        if not self.name.text().strip():
            self.status.show_error(translate("CertificateWalkIn", "Enter the name."))
            self.name.setFocus()
            return
        if not self.rrn.is_complete():
            self.status.show_error(translate("CertificateWalkIn", "Enter all 13 digits of the resident registration number."))
            self.rrn.setFocus()
            return
        name, number, answer = self.name.text(), self.rrn.value(), self.captcha.answer()
        self.rrn.clear()  # the number lives in the job only, then it is gone
        self.verify_button.setEnabled(False)
        self.status.show_busy(translate("CertificateWalkIn", "Verifying identity and loading 1365 records…"))
        core, session = self.core, self.session
        handle = self.runner.run(lambda: self.lookup(core, session, name, number, answer), on_success=self._found,
                                 on_error=self._failed, on_finally=lambda: self.verify_button.setEnabled(True),
                                 name="certificate walk-in lookup")
        self.status.offer_stop(handle, on_stopped=self._stopped, stopped=translate(
            "CertificateWalkIn", "Stopped waiting. Nothing was issued; verify again with a new captcha when the "
                                 "partner answers."))

    def _stopped(self) -> None:
        self.verify_button.setEnabled(True)
        self.captcha.clear()
        self.refresh_captcha()  # the stopped attempt may have used the 보안문자 up

    def _failed(self, exc: BaseException) -> None:
        self.status.show_exception(exc)
        self.captcha.clear()
        self.refresh_captcha()  # any attempt uses the 보안문자 up

    def _found(self, found: WalkIn) -> None:
        self.result = found
        self.found.emit(found.volunteer_id)
        self.accept()
