"""1365 연계 동의 of a Red Cross member: the date ("2019-07-03 15:04에 1365 연계에 동의하셨습니다."),
the expiry, and 재동의 when it has expired or expires within 30 days; without a consent, the
portal's check box and 저장. The consent must be renewed every 2 years (DOMAIN.md §4).

Before 저장 (or after 재동의) the box shows the consent text — purpose, recipients, items, period —
and who confirms it: the member, or a legal guardian (name, relationship, ID checked by staff),
as the 1365 consent does (gui/widgets/consent_panel.py). :meth:`ConsentBox.confirmation` gives the
service what was confirmed and by whom (:mod:`linkdesk.services.redcross_consent`)."""

from __future__ import annotations

from datetime import datetime

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QFrame, QRadioButton, QScrollArea, QVBoxLayout, QWidget,
)

from linkdesk.clock import KST
from linkdesk.gui.widgets.consent_panel import GUARDIAN_NAME_MAX, RELATIONSHIPS
from linkdesk.gui.widgets.tones import box_style
from linkdesk.services.redcross import ConsentState
from linkdesk.services.redcross_consent import TEXT_VERSION, ConsentConfirmation, consent_text

translate = QCoreApplication.translate


def _at(moment: datetime) -> str:
    return moment.astimezone(KST).strftime("%Y-%m-%d %H:%M")


class ConsentBox(QWidget):
    """``consent_requested()`` when staff press 저장 (first consent) or 재동의 (renewal)."""

    consent_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RcConsentBox")
        self.text = QLabel(self._text_html())
        self.text.setObjectName("RcConsentText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setStyleSheet(box_style("#RcConsentText", "info"))
        self.by_member = QRadioButton(translate("ConsentBox", "The member confirms"))
        self.by_guardian = QRadioButton(translate("ConsentBox", "The legal guardian confirms (under 14)"))
        self.by_member.setObjectName("RcConsentByMember")
        self.by_guardian.setObjectName("RcConsentByGuardian")
        self.by = QButtonGroup(self)
        for b in (self.by_member, self.by_guardian):
            self.by.addButton(b)
        self.guardian_name = QLineEdit()
        self.guardian_name.setObjectName("RcGuardianName")
        self.guardian_name.setMaxLength(GUARDIAN_NAME_MAX)
        self.relationship = QComboBox()
        self.relationship.setObjectName("RcGuardianRelationship")
        for value, text in RELATIONSHIPS:
            self.relationship.addItem(translate("ConsentPanel", text), value)
        self.relationship.setPlaceholderText(translate("ConsentPanel", "Choose"))
        self.relationship.setCurrentIndex(-1)
        self.guardian_id = QCheckBox(translate("ConsentBox", "I have checked the legal guardian's ID card"))
        self.guardian_id.setObjectName("RcGuardianIdChecked")
        self.guardian_box = QGroupBox(translate("ConsentPanel", "Legal guardian (under 14)"))
        guardian = QFormLayout(self.guardian_box)
        guardian.addRow(translate("ConsentBox", "Guardian's name"), self.guardian_name)
        guardian.addRow(translate("ConsentBox", "Relationship"), self.relationship)
        guardian.addRow(self.guardian_id)
        self.agree = QCheckBox(translate("ConsentBox", "Consent to the 1365 link"))
        self.agree.setObjectName("RcConsentAgree")
        self.save = QPushButton(translate("ConsentBox", "Save"))
        self.save.setObjectName("RcConsentSave")
        self.save.setEnabled(False)
        self._busy = False
        for signal in (self.agree.toggled, self.by_member.toggled, self.guardian_id.toggled,
                       self.guardian_name.textChanged, self.relationship.currentIndexChanged):
            signal.connect(self._edited)
        self.save.clicked.connect(self.consent_requested)
        self.given = QLabel()
        self.given.setObjectName("RcConsentGiven")
        self.given.setWordWrap(True)
        self.expiry = QLabel()
        self.expiry.setObjectName("RcConsentExpiry")
        self.expiry.setWordWrap(True)
        self.renew = QPushButton(translate("ConsentBox", "Renew consent"))
        self.renew.setObjectName("RcConsentRenew")
        self.renew.clicked.connect(self.ask)
        note = QLabel(translate("ConsentBox", "After the first consent, Red Cross records flow to the 1365 portal "
                                              "automatically. The consent must be renewed every 2 years."))
        note.setObjectName("RcConsentNote")
        note.setWordWrap(True)
        ask = QHBoxLayout()
        ask.addWidget(self.agree)
        ask.addStretch(1)
        ask.addWidget(self.save)
        who = QHBoxLayout()
        who.addWidget(self.by_member)
        who.addWidget(self.by_guardian)
        who.addStretch(1)
        self.capture = QWidget()
        self.capture.setObjectName("RcConsentCapture")
        capture = QVBoxLayout(self.capture)
        capture.setContentsMargins(0, 0, 0, 0)
        capture.addWidget(self.text)
        capture.addLayout(who)
        capture.addWidget(self.guardian_box)
        capture.addLayout(ask)
        self.capture_area = QScrollArea()  # the text and the guardian's fields scroll, never clip
        self.capture_area.setObjectName("RcConsentCaptureArea")
        self.capture_area.setWidget(self.capture)
        self.capture_area.setWidgetResizable(True)
        self.capture_area.setFrameShape(QFrame.Shape.NoFrame)
        self.capture_area.setMinimumHeight(220)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expiry, 1)
        expiry_row.addWidget(self.renew)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.given)
        layout.addLayout(expiry_row)
        layout.addWidget(self.capture_area, 1)
        layout.addWidget(note)
        self.show_consent(None)

    def show_consent(self, consent: ConsentState | None, now: datetime | None = None) -> None:
        """The member's consent, or the check box to give it."""
        has = consent is not None
        self.given.setVisible(has)
        self.expiry.setVisible(has)
        self._reset_capture()
        self.capture_area.setVisible(not has)
        self.renew.setVisible(has and consent.needs_renewal)
        if consent is None:
            return
        self.given.setText(translate("ConsentBox", "You consented to the 1365 link on %1.").replace("%1", _at(consent.agreed_at)))
        if consent.expired:
            text, tone = translate("ConsentBox", "Expired on %1: renew the consent, or Red Cross records stop flowing "
                                                 "to 1365."), "error"
        elif consent.expiring_soon:
            days = max(0, (consent.expires_at - now).days) if now else 0
            text = translate("ConsentBox", "Expires on %1 (in %2 days): renew it now.").replace("%2", str(days))
            tone = "warning"
        else:
            text, tone = translate("ConsentBox", "Valid until %1."), "success"
        self.given.setStyleSheet(box_style("#RcConsentGiven", "error" if consent.expired else "success"))
        self.expiry.setText(text.replace("%1", _at(consent.expires_at)))
        self.expiry.setStyleSheet(box_style("#RcConsentExpiry", tone))

    def ask(self) -> None:
        """재동의: show the text and who confirms it, as for a first consent."""
        self._reset_capture()
        self.capture_area.show()
        self.renew.hide()
        self.agree.setFocus()

    def _reset_capture(self) -> None:
        self.agree.setChecked(False)
        self.by_member.setChecked(True)
        self.guardian_name.setText("")  # the guardian's name is personal data: not kept
        self.relationship.setCurrentIndex(-1)
        self.guardian_id.setChecked(False)
        self._edited()

    def _edited(self, *_args) -> None:
        self.guardian_box.setVisible(self.by_guardian.isChecked())
        self.save.setEnabled(not self._busy and self.is_complete())

    def is_complete(self) -> bool:
        if not self.agree.isChecked():
            return False
        if self.by_member.isChecked():
            return True
        return bool(self.guardian_name.text().strip()) and self.relationship.currentIndex() >= 0 and \
            self.guardian_id.isChecked()

    def confirmation(self) -> ConsentConfirmation:
        """Who confirmed after the text was shown (only when :meth:`is_complete`)."""
        if self.by_member.isChecked():
            return ConsentConfirmation.member()
        return ConsentConfirmation("guardian", True, self.guardian_name.text().strip(),
                                   self.relationship.currentData() or "", self.guardian_id.isChecked())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save.setEnabled(not busy and self.is_complete())
        self.renew.setEnabled(not busy)

    @staticmethod
    def _text_html() -> str:
        """The consent text in the Red Cross's words (Korean: it is what the member signs up to)."""
        rows = "".join(f"<br>· <b>{escape(k)}</b>: {escape(v)}" for k, v in consent_text())
        return f"<b>1365 연계 동의 (대한적십자사)</b>{rows}<br><small>{TEXT_VERSION}</small>"
