"""The certificates area (자원봉사 실적 확인서): 발급, 발급대장 and 진위확인.

Works with no network at all: certificates come from the local cache and verification checks the
centre's signature and the ledger in the local database. The idle lock empties every tab
(``drop_personal_data``); another area opens a volunteer with :meth:`CertificatesArea.open_volunteer`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from linkdesk.gui.certificates.issue_form import IssueForm
from linkdesk.gui.certificates.ledger_view import LedgerView
from linkdesk.gui.certificates.verify_dialog import VerifyDialog
from linkdesk.gui.tasks import TaskRunner
from linkdesk.services.core import Core

translate = QCoreApplication.translate
TITLE_STYLE = "font-size: 20px; font-weight: bold; padding: 2px 0 6px 0;"


class CertificatesArea(QWidget):
    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CertificatesArea")
        self.core, self.runner = core, runner
        title = QLabel(translate("CertificatesArea", "Volunteer activity certificates"))
        title.setObjectName("AreaTitle")
        title.setStyleSheet(TITLE_STYLE)
        self.verify_button = QPushButton(translate("CertificatesArea", "Verify a certificate…"))
        self.verify_button.setObjectName("CertificateVerifyOpen")
        self.form = IssueForm(core, runner)
        self.ledger = LedgerView(core, runner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("CertificateTabs")
        self.tabs.addTab(self.form, translate("CertificatesArea", "Issue"))
        self.tabs.addTab(self.ledger, translate("CertificatesArea", "Issuance ledger"))
        self.verify_dialog: VerifyDialog | None = None
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.verify_button.clicked.connect(self.open_verify)
        self.form.issued.connect(lambda _: self.ledger.loaded and self.ledger.refresh())
        self.tabs.currentChanged.connect(self._tab_shown)

    def open_volunteer(self, volunteer_id: str) -> None:
        """Show this volunteer in the issue tab (the pending list's "show records")."""
        self.tabs.setCurrentWidget(self.form)
        self.form.find(volunteer_id)

    def drop_personal_data(self) -> None:
        """The idle lock: the issue form, the ledger and the verification forget what they showed."""
        self.form.drop_personal_data()
        self.ledger.drop_personal_data()
        if self.verify_dialog is not None:  # holds the last certificate checked
            self.verify_dialog.hide()
            self.verify_dialog.deleteLater()
            self.verify_dialog = None
        self.tabs.setCurrentWidget(self.form)

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.ledger:
            self.ledger.refresh()

    def open_verify(self) -> VerifyDialog:
        if self.verify_dialog is None:
            self.verify_dialog = VerifyDialog(self.core, self.runner, self)
        self.verify_dialog.open()
        return self.verify_dialog


def build_area(core: Core, runner: TaskRunner) -> QWidget:
    """The certificates area for the main window (``MainWindow.add_area("certificates", …)``)."""
    return CertificatesArea(core, runner)
