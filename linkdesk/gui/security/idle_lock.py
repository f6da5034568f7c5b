"""The idle lock (개인정보의 안전성 확보조치 기준 제6조): no input for a while → the counter locks.

:class:`IdleLock` watches every keyboard, mouse, wheel and touch event of the application (one
application-wide event filter) and restarts its timer on each. When the timer runs out --
``security.idle_lock_minutes``, default 10 -- it

1. calls ``drop_personal_data()`` on every registered widget (the protocol of
   :mod:`linkdesk.gui.security.personal_data`: the wizard forgets the 주민등록번호, the person and
   the records; the access-log screen empties its table …),
2. closes open dialogs, covers the main window with :class:`LockOverlay` and swallows input and
   shortcuts aimed anywhere else,
3. emits ``locked()``.

Only the same staff member's password unlocks it; the check runs on a worker through the task
runner and follows the lockout rules (five wrong passwords lock the account). ``unlocked()`` then
fires and the timer starts again. "Sign in as another staff member" emits ``switch_user_requested``
for the composition root (the screen is already empty by then).
"""

from __future__ import annotations

import logging
import sys

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from linkdesk.gui.security.lock_overlay import LockOverlay
from linkdesk.gui.security.personal_data import HoldsPersonalData
from linkdesk.gui.tasks import TaskHandle, TaskRunner
from linkdesk.services.staff import accounts, set_actor
from linkdesk.services.staff_model import StaffAccount

log = logging.getLogger(__name__)

T = QEvent.Type
ACTIVITY = frozenset({
    T.KeyPress, T.KeyRelease, T.MouseButtonPress, T.MouseButtonRelease, T.MouseButtonDblClick, T.MouseMove,
    T.Wheel, T.TouchBegin, T.TouchUpdate, T.TabletPress, T.InputMethod,
})
SHORTCUTS = frozenset({T.Shortcut, T.ShortcutOverride})
BLOCKED = ACTIVITY | SHORTCUTS | frozenset({T.ContextMenu, T.DragEnter, T.Drop})


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, core, runner: TaskRunner, window: QWidget, *, timeout_ms: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.core, self.runner = core, runner
        if timeout_ms is None:
            timeout_ms = max(1, core.config.security.idle_lock_minutes) * 60_000
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.lock)
        self.overlay = LockOverlay(window)
        self.overlay.unlock_requested.connect(self._try_unlock)
        self.overlay.switch_user_requested.connect(self.switch_user_requested)
        self._registered: list[HoldsPersonalData] = []
        self._account: StaffAccount | None = None
        self._locked = False
        self._task: TaskHandle | None = None
        QCoreApplication.instance().installEventFilter(self)

    # -- the protocol ------------------------------------------------------------------------------
    def register(self, holder: HoldsPersonalData) -> None:
        """``holder.drop_personal_data()`` runs whenever the counter locks (until it is destroyed)."""
        if not isinstance(holder, HoldsPersonalData):
            raise TypeError(f"{type(holder).__name__} has no drop_personal_data()")
        if holder not in self._registered:
            self._registered.append(holder)
            if isinstance(holder, QObject):
                holder.destroyed.connect(lambda *_a, h=holder: self.unregister(h))

    def unregister(self, holder: HoldsPersonalData) -> None:
        if holder in self._registered:
            self._registered.remove(holder)

    # -- state -------------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def start(self, account: StaffAccount) -> None:
        """Watch for idleness on behalf of ``account`` (after sign-in)."""
        self._account = account
        self._timer.start()

    def stop(self) -> None:
        """Sign-out: no staff member, nothing to lock for."""
        self._account = None
        self._timer.stop()

    def lock(self) -> None:
        """Lock now (the timer, or 'lock the counter' from a menu)."""
        if self._locked or self._account is None:
            return
        self._locked = True
        self._timer.stop()
        errors = self._drop_all()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and self._covers(widget):
                widget.reject()
        self.overlay.show_for(f"{self._account.display_name} ({self._account.username})")
        log.info("counter locked after %d ms without input", self._timer.interval())
        self.locked.emit()
        for exc in errors[:1]:  # a screen that could not drop its data is a bug: report it
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _drop_all(self) -> list[BaseException]:
        errors: list[BaseException] = []
        for holder in list(self._registered):
            if isinstance(holder, QObject) and not shiboken6.isValid(holder):
                self.unregister(holder)
                continue
            try:
                holder.drop_personal_data()
            except Exception as exc:  # the others must still drop theirs
                errors.append(exc)
        return errors

    # -- unlocking ---------------------------------------------------------------------------------
    def _try_unlock(self, password: str) -> None:
        if not self._locked or self._account is None or (self._task is not None and not self._task.finished):
            return
        username = self._account.username
        self.overlay.set_busy(True)
        self._task = self.runner.run(lambda: accounts(self.core).authenticate(username, password),
                                     on_success=self._unlocked, on_error=self._refused, name="unlock")

    def _unlocked(self, account: StaffAccount) -> None:
        self.overlay.set_busy(False)
        set_actor(self.core, account)
        self._account = account
        self._locked = False
        self.overlay.hide()
        self._timer.start()
        self.unlocked.emit()

    def _refused(self, exc: BaseException) -> None:
        self.overlay.set_busy(False)
        self.overlay.show_error(exc)

    # -- the application-wide filter ---------------------------------------------------------------
    def _covers(self, widget: QWidget) -> bool:
        """True for the locked window and every window opened from it (dialogs, message boxes)."""
        window, main = widget.window(), self.overlay.parentWidget()
        while window is not None:
            if window is main:
                return True
            parent = window.parentWidget()
            window = parent.window() if parent is not None else None
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in BLOCKED:
            return False
        if self._locked:
            if isinstance(watched, QWidget):
                inside = watched is self.overlay or self.overlay.isAncestorOf(watched)
                return not inside and self._covers(watched)
            if kind != T.Shortcut:
                return False  # window-level events: Qt hands them on to the widgets filtered above
            owner = watched.parent()  # a QAction's or QShortcut's widget
            while owner is not None and not isinstance(owner, QWidget):
                owner = owner.parent()
            return owner is None or self._covers(owner)
        if kind in ACTIVITY and self._account is not None:
            self._timer.start()
        return False
