"""Step 1, 본인 확인: 성명, 주민등록번호, 보안문자 and 실명인증; then the 1365 consent.

The visitor types the number; it stays inside :class:`RrnInput` until 실명인증 and is wiped the
moment the partner confirmed the person (the session keeps only the partner's token). Any failed
attempt uses the 보안문자 up, so a new one is fetched at once. After 실명인증 the page shows the
consent date from 1365, or captures the consent (the guardian's for a person under 14) with 동의.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from linkdesk.clock import today
from linkdesk.domain.rrn import RrnError
from linkdesk.gui.widgets.captcha import CaptchaWidget
from linkdesk.gui.widgets.consent_panel import ConsentPanel
from linkdesk.gui.widgets.rrn_input import RrnInput
from linkdesk.gui.wizard.page_base import PageHost, WizardPage, error_code, error_text, note_label, set_note
from linkdesk.partners.models import Captcha
from linkdesk.services.linking_flow import FlowState

translate = QCoreApplication.translate

NAME_MAX = 40
CAPTCHA_USED_UP = {"captcha_wrong", "captcha_expired"}


class IdentityPage(WizardPage):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            translate("IdentityPage", "Identity check"),
            translate("IdentityPage", "The visitor types the name and the resident registration number, "
                                      "then the security code, and presses Verify identity."),
            parent,
        )
        self.setObjectName("IdentityPage")
        self._reverify = False
        self._consent_shown: tuple | None = None
        self._after_captcha: tuple[str, QWidget | None] = ("", None)  # message and focus after a refresh
        self.captcha_id: str | None = None  # the 보안문자 shown (training mode and tests look up its answer)
        self.name = QLineEdit()
        self.name.setObjectName("IdentityName")
        self.name.setMaxLength(NAME_MAX)
        self.name.setAccessibleName(translate("IdentityPage", "Name"))
        self.name.setMaximumWidth(320)
        self.rrn = RrnInput(today=lambda: today(host.core.clock))
        self.captcha = CaptchaWidget()
        self.captcha.refresh_requested.connect(self.refresh_captcha)
        self.verify_button = QPushButton(translate("IdentityPage", "V&erify identity"))
        self.verify_button.setObjectName("VerifyButton")
        self.verify_button.setAutoDefault(False)
        self.verify_button.clicked.connect(self.verify)

        self.form = QFormLayout()
        self.form.setSpacing(10)
        self._name_label = QLabel(translate("IdentityPage", "Na&me"))
        self._name_label.setBuddy(self.name)
        self._rrn_label = QLabel(translate("IdentityPage", "Resident registration n&umber"))
        self._rrn_label.setBuddy(self.rrn.front)
        self._captcha_label = QLabel(translate("IdentityPage", "Securit&y code"))
        self._captcha_label.setBuddy(self.captcha.input)
        self.form.addRow(self._name_label, self.name)
        self.form.addRow(self._rrn_label, self.rrn)
        self.form.addRow(self._captcha_label, self.captcha)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        self.form.addRow("", buttons)
        self.column.addLayout(self.form)

        self.verified_note = note_label("VerifiedNote", "success", self)
        self.reverify_note = note_label("ReverifyNote", "warning", self)
        self.column.insertWidget(2, self.reverify_note)  # under the lead, above the form
        self.consent = ConsentPanel()
        self.consent.changed.connect(self._consent_edited)
        self.consent_button = QPushButton(translate("IdentityPage", "Recor&d the consent"))
        self.consent_button.setObjectName("ConsentButton")
        self.consent_button.setAutoDefault(False)
        self.consent_button.clicked.connect(self.give_consent)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_button)
        consent_row.addStretch(1)
        self.column.addWidget(self.verified_note)
        self.column.addWidget(self.consent)
        self.column.addLayout(consent_row)
        self.column.addWidget(self.strip)
        self.column.addStretch(1)
        QWidget.setTabOrder(self.name, self.rrn.front)
        QWidget.setTabOrder(self.rrn.back, self.captcha.input)
        QWidget.setTabOrder(self.captcha.input, self.captcha.refresh_button)
        QWidget.setTabOrder(self.captcha.refresh_button, self.verify_button)
        self.consent_button.hide()

    # -- the page's life -------------------------------------------------------------------------

    def enter(self, state: FlowState) -> None:
        if state.person is None or self._reverify:
            self.refresh_captcha()

    def render(self, state: FlowState) -> None:
        person = state.person
        asking = person is None or self._reverify
        for widget in (self._rrn_label, self.rrn):
            widget.setVisible(asking)
        for widget in (self._captcha_label, self.captcha):  # hidden when the partner asks for none
            widget.setVisible(asking and self.captcha.required)
        busy = self.host.busy  # fields stay editable while busy (the focus stays); actions wait
        self.name.setReadOnly(not asking)
        self.lead.setVisible(asking)  # how to type: not needed once the person is verified
        self.verify_button.setVisible(asking)
        self.verify_button.setEnabled(not busy)
        set_note(self.reverify_note, translate(
            "IdentityPage", "The identity check has expired. Type the resident registration number again "
                            "and verify.") if self._reverify else "")
        if asking:
            set_note(self.verified_note, "")
            self._show_consent(None)
            return
        self.name.setText(person.name)
        birth = person.birth_date
        born = QLocale().toString(QDate(birth.year, birth.month, birth.day), translate("IdentityPage", "MMMM d, yyyy"))
        text = translate("IdentityPage", "Identity verified: %1 (born %2)").replace("%1", person.name).replace("%2", born)
        if person.under_14:
            text += " · " + translate("IdentityPage", "under 14: the legal guardian consents")
        set_note(self.verified_note, text)
        self._show_consent(state)
        self.consent_button.setEnabled(not busy and self.consent.is_valid())

    def _show_consent(self, state: FlowState | None) -> None:
        """Consent date or capture; the panel is reset only when the person or the answer changes."""
        key = None if state is None else (state.person.volunteer_id, state.consent_at)
        if key == self._consent_shown:
            return
        self._consent_shown = key
        if state is None:
            self.consent.clear()
            self.consent.hide()
            self.consent_button.hide()
        elif state.consent_at is not None:
            self.consent.show_consented(state.consent_at)
            self.consent.show()
            self.consent_button.hide()
        else:
            self.consent.ask_consent(state.person.under_14)
            self.consent.show()
            self.consent_button.show()

    def main_action(self) -> bool:
        state = self.host.session.state
        if state.person is None or self._reverify:
            self.verify()
            return True
        if state.consent_at is None:
            self.give_consent()
            return True
        return False

    def focus_first(self) -> None:
        state = self.host.session.state
        if state.person is not None and not self._reverify and state.consent_at is None:
            self.consent.setFocus()
        elif state.person is None or self._reverify:
            (self.rrn if self.name.text() else self.name).setFocus()
        else:
            self.host.focus_next()  # verified and consented: Enter or Space goes on

    def clear(self) -> None:
        super().clear()
        self._reverify = False
        self._consent_shown = None
        self.name.clear()
        self.rrn.clear()
        self.captcha.clear()
        self.captcha_id = None
        self.consent.clear()
        self.consent.hide()
        self.consent_button.hide()
        set_note(self.verified_note, "")
        set_note(self.reverify_note, "")

    def require_reverify(self) -> None:
        """The partner's token expired: ask for the number again (the name stays)."""
        self._reverify = True

    # -- actions ---------------------------------------------------------------------------------

    def refresh_captcha(self, *, then_error: str = "", then_focus: QWidget | None = None) -> None:
        """A new 보안문자; ``then_error`` / ``then_focus``: why the last attempt failed, where to type."""
        if self.host.busy:
            return
        session = self.host.session
        self._after_captcha = (then_error, then_focus)
        self.captcha.set_busy(True)
        self.start(session.new_captcha, busy=translate("IdentityPage", "Loading the security code…"),
                   name="identity.captcha", on_success=self._captcha_loaded, on_error=self._captcha_failed,
                   retry=self.refresh_captcha)

    def _captcha_loaded(self, captcha: Captcha) -> None:
        self.captcha.set_busy(False)
        self.captcha_id = captcha.captcha_id
        self.captcha.set_image(captcha.png if captcha.required else None)
        (message, focus), self._after_captcha = self._after_captcha, ("", None)
        self.changed.emit()
        if message:
            self.strip.show_error(message)
        if focus is not None and focus.isVisible():
            focus.setFocus()

    def _captcha_failed(self, _exc: BaseException) -> bool:
        self.captcha.set_busy(False)
        self._after_captcha = ("", None)
        return False

    def verify(self) -> None:
        if self.host.busy:
            return
        if not self.name.text().strip():
            self.strip.show_error(translate("IdentityPage", "Enter the name."))
            self.name.setFocus()
            return
        if not self.rrn.is_complete():
            self.strip.show_error(translate("IdentityPage", "Enter all 13 digits of the resident registration number."))
            self.rrn.setFocus()
            return
        if self.captcha.required and not self.captcha.answer():
            self.strip.show_error(translate("IdentityPage", "Type the security code in the image."))
            self.captcha.setFocus()
            return
        session, name, number, answer = self.host.session, self.name.text(), self.rrn.value(), self.captcha.answer()
        self.start(lambda: session.verify(name, number, answer), busy=translate("IdentityPage", "Verifying identity…"),
                   name="identity.verify", on_success=self._verified, on_error=self._verify_failed)

    def _verified(self, _state: FlowState) -> None:
        self._reverify = False
        self.rrn.clear()  # the number is not needed any more: the partner's token stands for the person
        self.captcha.clear()
        self.changed.emit()
        self.focus_first()

    def _verify_failed(self, exc: BaseException) -> bool:
        code = error_code(exc)
        if isinstance(exc, RrnError):
            self.rrn.show_check(error_text(exc))
            self.strip.clear()
            self.rrn.setFocus()
            return True
        message = error_text(exc)
        self.strip.show_error(message)
        focus: QWidget = self.captcha.input if code in CAPTCHA_USED_UP else self.name
        focus.setFocus()
        if self.captcha.required and code != "name_required":  # the attempt used the code up
            self.refresh_captcha(then_error=message, then_focus=focus)
        return True

    def give_consent(self) -> None:
        if self.host.busy or not self.consent.is_valid():
            if not self.consent.is_valid():
                self.strip.show_error(translate("IdentityPage", "Tick the consent first (and, under 14, record the legal guardian)."))
            return
        session, guardian = self.host.session, self.consent.consent_request()
        self.start(lambda: session.give_consent(guardian), busy=translate("IdentityPage", "Recording the consent in 1365…"),
                   name="1365.consent", on_success=lambda _s: self.changed.emit(), retry=self.give_consent)

    def _consent_edited(self) -> None:
        self.consent_button.setEnabled(not self.host.busy and self.consent.is_valid())
