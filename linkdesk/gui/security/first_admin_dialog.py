"""The first run: no account exists yet, so the centre's administrator creates theirs.

Shown instead of the sign-in dialog when :func:`linkdesk.services.staff.needs_first_admin` is true.
The new administrator is signed in at once (``signed_in(account)``); they then add one account per
staff member from the staff-management dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from linkdesk.gui.security.sign_in_dialog import password_field
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.services.staff import accounts, create_first_admin, set_actor
from linkdesk.services.staff_model import StaffAccount

translate = QCoreApplication.translate


def _create_and_check(core, username: str, name: str, password: str) -> StaffAccount:
    create_first_admin(core, username, name, password)
    return accounts(core).authenticate(username, password)


class FirstAdminDialog(QDialog):
    signed_in = Signal(object)  # StaffAccount

    def __init__(self, core, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstAdminDialog")
        self.setWindowTitle(translate("FirstAdminDialog", "LinkDesk — create the administrator"))
        self.core, self.runner = core, runner
        intro = QLabel(translate(
            "FirstAdminDialog",
            "This is the first start of LinkDesk here. Create the account of the centre's administrator; "
            "the administrator then adds one account for each staff member."))
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("AdminUsername")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("AdminName")
        self.password = password_field("AdminPassword", translate("FirstAdminDialog", "Password"))
        self.again = password_field("AdminPasswordAgain", translate("FirstAdminDialog", "Password again"))
        rule = QLabel(translate("FirstAdminDialog", "At least 10 characters of two kinds, or 8 characters of "
                                                    "three kinds (letters, digits, symbols)."))
        rule.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("FirstAdminDialog", "&Username"), self.username)
        form.addRow(translate("FirstAdminDialog", "&Name"), self.display_name)
        form.addRow(translate("FirstAdminDialog", "&Password"), self.password)
        form.addRow(translate("FirstAdminDialog", "Password &again"), self.again)
        form.addRow("", rule)
        self.status = StatusStrip()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("FirstAdminDialog", "&Create and sign in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.status)
        column.addWidget(self.buttons)

    def submit(self) -> None:
        username, name, password = self.username.text().strip(), self.display_name.text().strip(), self.password.text()
        if not username or not name or not password:
            self.status.show_error(translate("FirstAdminDialog", "Fill in every field."))
            return
        if password != self.again.text():
            self.status.show_error(translate("FirstAdminDialog", "The two passwords differ."))
            return
        self.ok.setEnabled(False)
        self.status.show_busy(translate("FirstAdminDialog", "Creating the account…"))
        self.runner.run(lambda: _create_and_check(self.core, username, name, password),
                        on_success=self._created, on_error=self._failed, name="first-admin")

    def _created(self, account: StaffAccount) -> None:
        self.password.clear()
        self.again.clear()
        set_actor(self.core, account)
        self.signed_in.emit(account)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.status.show_exception(exc)
