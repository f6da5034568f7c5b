"""진위확인: type the short code (or the 발급번호 alone), paste or scan the QR's code, and see the result.

The answer tells apart a typing error (the check character caught it: type again), a number not in
the ledger, an altered entry or code, a voided or replaced certificate, and an expired one.

The check runs on the task runner against the local ledger and the centre's public key (no
network). A genuine code shows what the ledger holds (name, period, totals, issue date, purpose)
so the paper in hand can be compared with it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.gui.widgets.tones import box_style, ui_language
from linkdesk.services import certificates
from linkdesk.services.core import Core

translate = QCoreApplication.translate
TONES = {"valid": "success", "expired": "warning", "mistyped": "warning", "not_found": "error", "void": "error",
         "replaced": "error", "altered": "error"}


def result_title(status: str) -> str:
    return {
        "valid": translate("CertificateVerifyDialog", "Genuine"),
        "mistyped": translate("CertificateVerifyDialog", "Typing error"),
        "not_found": translate("CertificateVerifyDialog", "Not found"),
        "altered": translate("CertificateVerifyDialog", "Altered"),
        "void": translate("CertificateVerifyDialog", "Voided"),
        "replaced": translate("CertificateVerifyDialog", "Replaced by a reissue"),
        "expired": translate("CertificateVerifyDialog", "Verification period over"),
    }[status]


class VerifyDialog(QDialog):
    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CertificateVerifyDialog")
        self.setWindowTitle(translate("CertificateVerifyDialog", "Verify a certificate"))
        self.core, self.runner = core, runner
        self.result: certificates.Verification | None = None
        self.code = QPlainTextEdit()
        self.code.setObjectName("CertificateCode")
        self.code.setPlaceholderText(
            translate("CertificateVerifyDialog",
                      "Type the code printed next to the QR code (e.g. 2026-0000123-K7QM-X3PA9), or the number alone"))
        self.code.setMaximumHeight(90)
        self.check_button = QPushButton(translate("CertificateVerifyDialog", "&Check"))
        self.check_button.setObjectName("CertificateCheck")
        self.check_button.setDefault(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("CertificateVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.details = QFormLayout()
        self.status = StatusStrip()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("CertificateVerifyDialog", "Verification code")))
        layout.addWidget(self.code)
        layout.addWidget(self.check_button)
        layout.addWidget(self.verdict)
        layout.addLayout(self.details)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.check_button.clicked.connect(self.check)
        self.resize(560, 420)

    def check(self) -> None:
        self.status.show_busy(translate("CertificateVerifyDialog", "Checking…"))
        self.check_button.setEnabled(False)
        self.runner.run(partial(certificates.verify, self.core, self.code.toPlainText()), on_success=self._show,
                        on_error=self.status.show_exception, on_finally=lambda: self.check_button.setEnabled(True),
                        name="certificate verify")

    def _show(self, result: certificates.Verification) -> None:
        self.status.clear()
        self.result = result
        self.verdict.setText(f"<b>{result_title(result.status)}</b><br>{result.reason(ui_language())}")
        self.verdict.setStyleSheet(box_style("#CertificateVerdict", TONES[result.status]))
        self.verdict.show()
        while self.details.rowCount():
            self.details.removeRow(0)
        s = result.summary or {}
        labels = [
            ("number", translate("CertificateVerifyDialog", "Number")),
            ("name", translate("CertificateVerifyDialog", "Name")),
            ("period", translate("CertificateVerifyDialog", "Period")),
            ("count", translate("CertificateVerifyDialog", "Activities")),
            ("total", translate("CertificateVerifyDialog", "Total time")),
            ("issued_on", translate("CertificateVerifyDialog", "Issued on")),
            ("purpose", translate("CertificateVerifyDialog", "Purpose")),
            ("centre", translate("CertificateVerifyDialog", "Issued by")),
        ]
        for key, label in labels:
            if key in s:
                self.details.addRow(label, QLabel(str(s[key])))
