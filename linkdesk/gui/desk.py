"""The counter at run time: the core opened without freezing the window, staff signed in, then the
areas, the idle lock and the linking wizard wired to it; a clean shutdown.

1. The window is shown first with "준비 중…" in its status bar; the core (the training sandbox, the
   store and its migrations) opens on a worker through the task runner.
2. :class:`~linkdesk.gui.session_gate.SessionGate` signs the staff member in (first-run
   administrator, sign-in dialog, or the training account). Nothing with personal data exists
   before that: the areas are built only after the first sign-in, and a linking cannot start.
3. Then the areas of the registry are added (``on_core``; each is built when first shown), one
   :class:`CounterLock` covers the window, every screen that holds personal data is registered
   with it (an area when it is built), and ``ready`` is emitted: the composition root announces
   "LinkDesk ready".

Each time staff start a linking, a fresh :class:`LinkingWizard` (and with it a fresh
``LinkingSession``) is placed in the window and registered with the lock; when it closes, the
window shows the welcome panel again and the wizard is deleted. Links between the areas (VMS's
consent request, the pending list's "show records") are in :mod:`linkdesk.gui.area_links`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from linkdesk.config import Config
from linkdesk.errors import KnownError, known_message
from linkdesk.gui.area_links import AreaLinks
from linkdesk.gui.area_runner import AreaRunner
from linkdesk.gui.counter_lock import CounterLock
from linkdesk.gui.main_window import MainWindow
from linkdesk.gui.security import HoldsPersonalData, StaffDialog
from linkdesk.gui.session_gate import SessionGate
from linkdesk.gui.neis_import import NeisImport
from linkdesk.gui.status_poller import StatusPoller
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.tones import message_text
from linkdesk.gui.wizard import LinkingWizard
from linkdesk.services.core import Core, open_core
from linkdesk.services.staff_model import StaffAccount
from linkdesk.store.errors import database_error

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

SHUTDOWN_WAIT_MS = 5000  # at quit, how long running partner calls may take to settle


class Desk(QObject):
    """``ready()`` once the core is open, staff signed in and the areas wired; ``failed(str)`` when
    the core or the accounts cannot be read; ``signed_in(account)`` at start and after a switch."""

    ready = Signal()
    failed = Signal(str)
    signed_in = Signal(object)  # StaffAccount

    def __init__(self, window: MainWindow, runner: TaskRunner, config: Config, data_dir: Path, *,
                 scenario: dict | None = None, on_core: Callable[[Core], object] | None = None,
                 lock_timeout_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.runner = runner
        self.area_runner = AreaRunner(runner)  # give this to the areas: the lock voids their late answers
        self.config = config
        self.data_dir = data_dir
        self.scenario = scenario
        self.on_core = on_core  # the composition root adds the areas here, after the first sign-in
        self.lock_timeout_ms = lock_timeout_ms  # None: security.idle_lock_minutes
        self.core: Core | None = None
        self.account: StaffAccount | None = None
        self.gate: SessionGate | None = None
        self.lock: CounterLock | None = None
        self.links: AreaLinks | None = None
        self.poller: StatusPoller | None = None
        self.staff_dialog: StaffDialog | None = None
        self._opened: Core | None = None  # set by the worker: closed at shutdown even if never delivered
        self._wizard: LinkingWizard | None = None
        window.start_linking_requested.connect(self.start_linking)

    # -- opening ---------------------------------------------------------------------------------

    def open(self) -> None:
        """Open the core off the GUI thread; the window says 준비 중 meanwhile."""
        self.window.statusBar().showMessage(translate("Desk", "Preparing…"))
        self.window.set_ready(False)  # until a staff member signed in
        self.runner.run(self._open_core, on_success=self._core_opened, on_error=self._open_failed, name="core.open")

    def _open_core(self) -> Core:
        try:
            core = open_core(self.config, self.data_dir, scenario=self.scenario)
        except Exception as exc:  # the database file or server (StoreError, locked, disk I/O, permission)
            found = database_error(exc)
            if found is None:
                raise
            raise KnownError(found.ko, found.en, code="store_open") from exc
        self._opened = core
        return core

    def _core_opened(self, core: Core) -> None:
        self.core = core
        self.window.statusBar().clearMessage()
        self.poller = StatusPoller(core, self.runner, self.window.partner_status, parent=self)
        self.poller.start()
        log.info("core open (training=%s)", core.training)
        self.gate = SessionGate(core, self.runner, self.window, parent=self)
        self.gate.signed_in.connect(self._signed_in)
        self.gate.cancelled.connect(self.window.close)  # no sign-in, no counter
        self.gate.failed.connect(self._open_failed_text)
        self.gate.begin()

    def _open_failed(self, exc: BaseException) -> None:
        message = known_message(exc)
        self._open_failed_text(message_text(message) if message is not None else str(exc))

    def _open_failed_text(self, text: str) -> None:
        log.error("the counter could not be opened: %s", text)
        self.window.statusBar().showMessage(translate("Desk", "LinkDesk could not start: %1").replace("%1", text))
        self.failed.emit(text)

    # -- staff -----------------------------------------------------------------------------------

    def _signed_in(self, account: StaffAccount) -> None:
        first = self.account is None
        self.account = account
        if first:
            self._open_counter(account)
            self.window.set_ready(True)
        else:
            self.lock.unlock_as(account)  # "sign in as another staff member" from the lock screen
        self._show_account(account)
        self.window.use_layout_of(account.username)  # size and position as this staff member left them
        log.info("staff signed in (admin=%s)", account.is_admin)
        self.signed_in.emit(account)
        if first:
            self.ready.emit()

    def _open_counter(self, account: StaffAccount) -> None:
        """After the first sign-in: the areas, the lock over the window, the links between areas."""
        if self.on_core is not None:
            self.on_core(self.core)
        self.lock = CounterLock(self.core, self.runner, self.window, timeout_ms=self.lock_timeout_ms)
        self.lock.register(self.area_runner)
        for key in self.window.area_keys():  # the areas built so far; the others as they are built
            if self.window.built_area(key) is not None:
                self._area_built(key)
        self.window.area_built.connect(self._area_built)
        self.lock.switch_user_requested.connect(self.gate.switch_user)
        self.window.lock_requested.connect(self.lock.lock_now)
        self.window.staff_requested.connect(self.open_staff_dialog)
        self.neis_import = NeisImport(self.core, self.runner, self.window)
        self.window.neis_import_requested.connect(self.neis_import.choose)
        self.links = AreaLinks(self.window, self, parent=self)
        self.lock.start(account)

    def _area_built(self, key: str) -> None:
        """An area exists now (areas are built when first shown): the idle lock empties it too."""
        area = self.window.built_area(key)
        if isinstance(area, HoldsPersonalData):
            self.lock.register(area)
        elif key != "linking":
            log.warning("area %s holds no drop_personal_data(); the idle lock cannot empty it", key)

    def _show_account(self, account: StaffAccount) -> None:
        role = (translate("Desk", "Centre administrator") if account.is_admin
                else translate("Desk", "Counter staff"))
        self.window.set_signed_in(translate("Desk", "Signed in: %1 (%2) · %3").replace("%1", account.display_name)
                                  .replace("%2", account.username).replace("%3", role), admin=account.is_admin)
        if "security" in self.window.area_keys():  # the access-log review: administrators only
            self.window.set_area_visible("security", account.is_admin)

    def open_staff_dialog(self) -> StaffDialog | None:
        """직원 관리 (administrators; the service checks the role again)."""
        if self.core is None or self.account is None or not self.account.is_admin:
            return None
        if self.staff_dialog is not None and shiboken6.isValid(self.staff_dialog):
            self.staff_dialog.raise_()
            return self.staff_dialog
        dialog = StaffDialog(self.core, self.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.staff_dialog = dialog
        return dialog

    # -- the linking wizard ----------------------------------------------------------------------

    def start_linking(self) -> LinkingWizard | None:
        """A new linking: a fresh wizard and session (the one on screen, if any, forgets its visitor)."""
        if self.core is None or self.account is None:
            self.window.statusBar().showMessage(translate("Desk", "Still preparing; try again in a moment."), 5000)
            return None
        if self.lock is not None and self.lock.is_locked:
            return None
        current = self.wizard()
        if current is not None and current.has_entered_data():  # Ctrl+N asks as 처음으로 does
            self.window.navigation.setCurrentRow(0)
            current.request_restart()
            return current
        self.drop_personal_data()
        wizard = LinkingWizard(self.core, self.runner, staff=self.core.actor.staff)
        wizard.closed.connect(lambda: self._wizard_closed(wizard))
        self._wizard = wizard
        self.lock.register(wizard)  # unregistered when it is deleted
        self.window.set_linking_widget(wizard)
        return wizard

    def wizard(self) -> LinkingWizard | None:
        wizard = self._wizard
        return wizard if wizard is not None and shiboken6.isValid(wizard) else None

    def _wizard_closed(self, wizard: LinkingWizard) -> None:
        if self._wizard is wizard:
            self._wizard = None
            self.window.set_linking_widget(None)  # deletes the wizard

    def drop_personal_data(self) -> None:
        """A new linking and shutdown: the wizard on screen forgets its visitor."""
        wizard = self.wizard()
        if wizard is not None:
            wizard.drop_personal_data()

    # -- shutdown --------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop polling and the lock, drop the visitor, let running calls settle, close the core."""
        if self.poller is not None:
            self.poller.stop()
        if self.lock is not None and shiboken6.isValid(self.lock):
            self.lock.stop()
        self.drop_personal_data()
        self.runner.cancel_all()
        if not self.runner.wait_for_done(SHUTDOWN_WAIT_MS):
            log.warning("partner calls still running at shutdown")
        core, self._opened, self.core = self._opened, None, None
        if core is not None:
            core.close()
