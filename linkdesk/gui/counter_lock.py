"""The counter's idle lock as the running application uses it: :class:`IdleLock` plus two things.

* :meth:`CounterLock.unlock_as` -- "sign in as another staff member" on the lock screen: once the
  other person signed in (the sign-in dialog checked the password), the counter opens for them.
* Training mode: the lock still comes after idle time, drops what the screens hold and covers the
  window -- trainees see what a real counter does -- but the training account has no password
  (:mod:`linkdesk.services.training_staff`), so a click on 잠금 해제 opens it again. A password
  field a trainee cannot fill would only teach them to look for a shared password.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget

from linkdesk.gui.security import IdleLock
from linkdesk.gui.tasks import TaskRunner
from linkdesk.services.staff import set_actor
from linkdesk.services.staff_model import StaffAccount

translate = QCoreApplication.translate

TITLE_STYLE = "#LockTitle { font-size: 22px; font-weight: bold; }"


class CounterLock(IdleLock):
    """One per main window; ``training`` follows ``core.training``."""

    def __init__(self, core, runner: TaskRunner, window: QWidget, *, timeout_ms: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(core, runner, window, timeout_ms=timeout_ms, parent=parent)
        self.training = bool(core.training)
        self._by_hand = False
        overlay = self.overlay
        overlay.title.setStyleSheet(TITLE_STYLE)  # the theme's style sheet wins over QFont: size it here
        if self.training:
            overlay.password.hide()  # empty and hidden: the overlay's own submit does nothing
            overlay.switch_button.hide()  # one training account: nobody to switch to
            overlay.unlock_button.clicked.connect(self._unlock_training)
        self.locked.connect(self._explain)

    @property
    def account(self) -> StaffAccount | None:
        """Who the counter is signed in for (None before sign-in)."""
        return self._account

    def unlock_as(self, account: StaffAccount) -> None:
        """Another staff member signed in from the lock screen: open the counter for them."""
        if self.is_locked:
            self._unlocked(account)  # sets the actor, hides the overlay, restarts the timer
        else:
            set_actor(self.core, account)
            self.start(account)

    def lock_now(self) -> None:
        """지금 잠금 (Ctrl+L): what the idle time does, but the screen says staff locked it."""
        self._by_hand = True
        try:
            self.lock()
        finally:
            self._by_hand = False

    def _explain(self) -> None:
        """The lock screen's words: locked by hand or by idle time, and how training unlocks."""
        who, account = self.overlay.who, self._account
        if self.training:
            who.setText(translate("CounterLock", "Locked, as a real counter locks: what was on the screen is gone. "
                                                 "In training mode, Unlock opens it again without a password."))
            self.overlay.unlock_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self._by_hand and account is not None:
            who.setText(translate("CounterLock", "Locked with Lock now. %1, enter your password to continue.")
                        .replace("%1", f"{account.display_name} ({account.username})"))
        # A word-wrapped label in a centred card gets the height of one line per line it had:
        # give it the height its text needs at the card's width.
        who.setMinimumHeight(who.heightForWidth(max(who.width(), who.parentWidget().width() - 24)))

    def _unlock_training(self) -> None:
        if self.is_locked and self._account is not None:
            self._unlocked(self._account)
