"""1365 연계 동의 of a Red Cross member: the date ("2019-07-03 15:04에 1365 연계에 동의하셨습니다."),
the expiry, and 재동의 when it has expired or expires within 30 days; without a consent, the
portal's check box and 저장. The consent must be renewed every 2 years (DOMAIN.md §4)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from linkdesk.clock import KST
from linkdesk.gui.widgets.tones import box_style
from linkdesk.services.redcross import ConsentState

translate = QCoreApplication.translate


def _at(moment: datetime) -> str:
    return moment.astimezone(KST).strftime("%Y-%m-%d %H:%M")


class ConsentBox(QWidget):
    """``consent_requested()`` when staff press 저장 (first consent) or 재동의 (renewal)."""

    consent_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RcConsentBox")
        self.agree = QCheckBox(translate("ConsentBox", "Consent to the 1365 link"))
        self.agree.setObjectName("RcConsentAgree")
        self.save = QPushButton(translate("ConsentBox", "Save"))
        self.save.setObjectName("RcConsentSave")
        self.save.setEnabled(False)
        self.agree.toggled.connect(self.save.setEnabled)
        self.save.clicked.connect(self.consent_requested)
        self.given = QLabel()
        self.given.setObjectName("RcConsentGiven")
        self.given.setWordWrap(True)
        self.expiry = QLabel()
        self.expiry.setObjectName("RcConsentExpiry")
        self.expiry.setWordWrap(True)
        self.renew = QPushButton(translate("ConsentBox", "Renew consent"))
        self.renew.setObjectName("RcConsentRenew")
        self.renew.clicked.connect(self.consent_requested)
        note = QLabel(translate("ConsentBox", "After the first consent, Red Cross records flow to the 1365 portal "
                                              "automatically. The consent must be renewed every 2 years."))
        note.setObjectName("RcConsentNote")
        note.setWordWrap(True)
        ask = QHBoxLayout()
        ask.addWidget(self.agree)
        ask.addStretch(1)
        ask.addWidget(self.save)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expiry, 1)
        expiry_row.addWidget(self.renew)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.given)
        layout.addLayout(expiry_row)
        layout.addLayout(ask)
        layout.addWidget(note)
        self.show_consent(None)

    def show_consent(self, consent: ConsentState | None, now: datetime | None = None) -> None:
        """The member's consent, or the check box to give it."""
        has = consent is not None
        self.given.setVisible(has)
        self.expiry.setVisible(has)
        self.agree.setVisible(not has)
        self.save.setVisible(not has)
        self.agree.setChecked(False)
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

    def set_busy(self, busy: bool) -> None:
        self.save.setEnabled(not busy and self.agree.isChecked())
        self.renew.setEnabled(not busy)
