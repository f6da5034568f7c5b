"""Who is at the counter: the sign-in at start, and "sign in as another staff member" from the lock.

Real mode (a partner endpoint configured): once the core is open, the gate asks the store whether
any account exists. A new installation gets :class:`FirstAdminDialog` (the centre's administrator
creates theirs); otherwise :class:`SignInDialog`. Both check the password on a worker under the
lockout rules and make the person the core's actor, so every access-log entry names them.
Cancelling the first sign-in ends LinkDesk: nothing with personal data is reachable before it.

Training mode (nothing configured, ``./run.sh``): no dialog. The gate signs in as the built-in
training account (:mod:`linkdesk.services.training_staff`), which exists only in the training
database.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from linkdesk.errors import known_message
from linkdesk.gui.security import FirstAdminDialog, SignInDialog
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.tones import message_text
from linkdesk.services.staff import needs_first_admin, set_actor
from linkdesk.services.staff_model import StaffAccount
from linkdesk.services.training_staff import training_account

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

DIALOG_WIDTH = 460  # the dialogs' own minimum squeezes the intro into a narrow column


class SessionGate(QObject):
    """``signed_in(account)`` at start and after each switch; ``cancelled()`` when staff close the
    first sign-in; ``failed(str)`` when the accounts cannot be read (the store is unreachable)."""

    signed_in = Signal(object)  # StaffAccount
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, core, runner: TaskRunner, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner, self.window = core, runner, window
        self.dialog: QDialog | None = None  # the dialog on screen, if any (tests fill it in)

    # -- at start ----------------------------------------------------------------------------------

    def begin(self) -> None:
        """Sign the first staff member in (a worker asks the store; then a dialog, or none)."""
        core = self.core
        if core.training:
            self.runner.run(lambda: training_account(core), on_success=self._training_signed_in,
                            on_error=self._failed, name="sign-in.training")
        else:
            self.runner.run(lambda: needs_first_admin(core.store), on_success=self._ask,
                            on_error=self._failed, name="sign-in.accounts")

    def _training_signed_in(self, account: StaffAccount) -> None:
        set_actor(self.core, account)
        log.info("training mode: signed in as the training account")
        self.signed_in.emit(account)

    def _ask(self, first_run: bool) -> None:
        if first_run:
            dialog: QDialog = FirstAdminDialog(self.core, self.runner, self.window)
        else:
            dialog = SignInDialog(self.core, self.runner, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.rejected.connect(self.cancelled)
        self._show(dialog)

    def _failed(self, exc: BaseException) -> None:
        message = known_message(exc)
        self.failed.emit(message_text(message) if message is not None else str(exc))

    # -- from the lock screen ----------------------------------------------------------------------

    def switch_user(self) -> None:
        """"Sign in as another staff member": a sign-in dialog above the locked window.

        The dialog has no parent -- the lock swallows input to the window and to everything opened
        from it -- and is application-modal, so the lock's own password field waits meanwhile.
        Cancelling leaves the counter locked.
        """
        if self.core.training or (self.dialog is not None and self.dialog.isVisible()):
            return
        dialog = SignInDialog(self.core, self.runner)
        dialog.setWindowTitle(translate("SessionGate", "LinkDesk — sign in as another staff member"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._show(dialog)

    # -- shared ------------------------------------------------------------------------------------

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setMinimumWidth(DIALOG_WIDTH)
        dialog.signed_in.connect(self.signed_in)  # the dialog made the person the core's actor
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if self.window.isVisible():
            self.window.activateWindow()  # the focus where the sign-in put it (연계 시작)
