"""The sign-in dialog: username and password, checked on a worker under the lockout rules.

On success the core's actor becomes this staff member (every access-log entry names them) and
``signed_in(account)`` fires. An account whose password an administrator reset must choose a new one
first: the dialog then shows the new-password fields before it accepts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.services.staff import accounts, set_actor
from linkdesk.services.staff_model import StaffAccount

translate = QCoreApplication.translate


def password_field(name: str, label: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(label)
    return edit


class SignInDialog(QDialog):
    signed_in = Signal(object)  # StaffAccount

    def __init__(self, core, runner: TaskRunner, parent: QWidget | None = None, *, username: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.setWindowTitle(translate("SignInDialog", "LinkDesk — sign in"))
        self.core, self.runner = core, runner
        self.account: StaffAccount | None = None
        self._current = ""
        intro = QLabel(translate("SignInDialog", "Sign in with your own staff account. Accounts are never shared."))
        intro.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setObjectName("SignInUsername")
        self.password = password_field("SignInPassword", translate("SignInDialog", "Password"))
        self.new_password = password_field("SignInNewPassword", translate("SignInDialog", "New password"))
        self.new_again = password_field("SignInNewAgain", translate("SignInDialog", "New password again"))
        self.form = QFormLayout()
        self.form.addRow(translate("SignInDialog", "&Username"), self.username)
        self.form.addRow(translate("SignInDialog", "&Password"), self.password)
        self.form.addRow(translate("SignInDialog", "&New password"), self.new_password)
        self.form.addRow(translate("SignInDialog", "New password &again"), self.new_again)
        self._show_new(False)
        self.status = StatusStrip()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("SignInDialog", "Sign &in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(self.form)
        column.addWidget(self.status)
        column.addWidget(self.buttons)
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_new(self, visible: bool) -> None:
        for field in (self.new_password, self.new_again):
            self.form.setRowVisible(field, visible)

    def _busy(self, busy: bool) -> None:
        """While the password is checked nothing can be pressed, and the focus stays in its field.

        Disabling the focused field would hand the focus to 취소, and the next Enter would close
        LinkDesk: the fields go read-only instead, and both buttons wait.
        """
        for field in (self.username, self.password, self.new_password, self.new_again):
            field.setReadOnly(busy)
        for button in self.buttons.buttons():
            button.setEnabled(not busy)
        if busy:
            self.status.show_busy(translate("SignInDialog", "Checking…"))
        else:
            self.status.clear()

    def submit(self) -> None:
        """Sign in, or -- after a reset -- change the temporary password, then sign in."""
        if self.password.isReadOnly():
            return  # a check is running: Enter waits for it
        if self.account is not None and self.account.must_change_password:
            self._change_password()
            return
        name, password = self.username.text().strip(), self.password.text()
        if not name or not password:
            self.status.show_error(translate("SignInDialog", "Enter your username and password."))
            return
        self._busy(True)
        handle = self.runner.run(lambda: accounts(self.core).authenticate(name, password),
                                 on_success=self._checked, on_error=self._failed, name="sign-in")
        self.status.offer_stop(handle, on_stopped=self._stopped, stopped=translate(
            "SignInDialog", "Stopped waiting (the database did not answer). Sign in again."))

    def _stopped(self) -> None:
        self._busy(False)
        self.password.setFocus()

    def _change_password(self) -> None:
        new, again = self.new_password.text(), self.new_again.text()
        if new != again:
            self.status.show_error(translate("SignInDialog", "The two new passwords differ."))
            return
        name, current = self.account.username, self._current
        self._busy(True)
        self.runner.run(lambda: accounts(self.core).change_password(name, current, new),
                        on_success=self._checked, on_error=self._failed, name="change-password")

    def _checked(self, account: StaffAccount) -> None:
        self._busy(False)
        self.account = account
        if account.must_change_password:
            self._current = self.password.text()
            self.password.setEnabled(False)
            self.username.setEnabled(False)
            self._show_new(True)
            self.status.show_info(translate("SignInDialog", "Your password was reset. Choose a new password."))
            self.new_password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._current = ""
        for field in (self.password, self.new_password, self.new_again):
            field.clear()
        set_actor(self.core, account)
        self.signed_in.emit(account)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if self.account is not None and self.account.must_change_password:
            self.password.setEnabled(False)
            self.username.setEnabled(False)
        self.status.show_exception(exc)  # says how many tries are left before the lockout
        if self.password.isEnabled():
            self.password.clear()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.new_password.selectAll()
            self.new_password.setFocus(Qt.FocusReason.OtherFocusReason)
