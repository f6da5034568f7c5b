"""The certificates area (자원봉사 실적 확인서): 발급, 발급대장 and 진위확인.

Works with no network at all: certificates come from the local cache and verification checks the
centre's signature and the ledger in the local database. A real installation whose centre details
are still the training centre's shows a notice and opens the centre setup the first time the screen
is shown (:mod:`linkdesk.gui.certificates.centre_dialog`); the 센터 정보 button opens it later. The idle lock empties every tab
(``drop_personal_data``); another area opens a volunteer with :meth:`CertificatesArea.open_volunteer`.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from linkdesk.gui.certificates.centre_dialog import CentreSetupDialog
from linkdesk.gui.certificates.issue_form import IssueForm
from linkdesk.gui.certificates.ledger_view import LedgerView
from linkdesk.gui.certificates.verify_dialog import VerifyDialog
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.tones import box_style
from linkdesk.services.certificate_centre import needs_setup
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
        self.centre_button = QPushButton(translate("CertificatesArea", "Centre details…"))
        self.centre_button.setObjectName("CentreSetupOpen")
        self.setup_notice = QLabel(translate(
            "CertificatesArea", "Set the centre's details (name, address, phone, 확인자, seal) before issuing: "
                                "this installation does not print the training centre's."))
        self.setup_notice.setObjectName("CentreSetupNotice")
        self.setup_notice.setWordWrap(True)
        self.setup_notice.setStyleSheet(box_style("#CentreSetupNotice", "warning"))
        self.setup_notice.hide()
        self.centre_dialog: CentreSetupDialog | None = None
        self.needs_setup: bool | None = None  # unknown until the store answered
        self._asked_setup = False
        self.form = IssueForm(core, runner)
        self.ledger = LedgerView(core, runner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("CertificateTabs")
        self.tabs.addTab(self.form, translate("CertificatesArea", "Issue"))
        self.tabs.addTab(self.ledger, translate("CertificatesArea", "Issuance ledger"))
        self.verify_dialog: VerifyDialog | None = None
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.centre_button)
        head.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.setup_notice)
        layout.addWidget(self.tabs, 1)
        self.verify_button.clicked.connect(self.open_verify)
        self.form.issued.connect(lambda _: self.ledger.loaded and self.ledger.refresh())
        self.tabs.currentChanged.connect(self._tab_shown)
        self.centre_button.clicked.connect(lambda: self.open_centre_setup())
        if not core.training:
            runner.run(partial(needs_setup, core), on_success=self._setup_known, on_error=lambda _e: None,
                       name="centre setup needed?")

    def _setup_known(self, needed: bool) -> None:
        self.needs_setup = needed
        self.setup_notice.setVisible(needed)
        if needed and self.isVisible():
            self._offer_setup()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.needs_setup:
            self._offer_setup()

    def _offer_setup(self) -> None:
        """The first start of a real installation: the setup opens by itself, once."""
        if not self._asked_setup:
            self._asked_setup = True
            self.open_centre_setup(first_start=True)

    def open_centre_setup(self, *, first_start: bool = False) -> CentreSetupDialog:
        if self.centre_dialog is None:
            self.centre_dialog = CentreSetupDialog(self.core, self.runner, self, first_start=first_start)
            self.centre_dialog.saved.connect(self._centre_saved)
        self.centre_dialog.load()
        self.centre_dialog.open()
        return self.centre_dialog

    def _centre_saved(self, _details) -> None:
        self.needs_setup = False
        self.setup_notice.hide()

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
