"""The counter at run time: the core opened without freezing the window, then the linking wizard,
the areas and the status poller wired to it; a clean shutdown.

The window is shown first with "준비 중…" in its status bar; the core (the training sandbox, the
store and its migrations) opens on a worker through the task runner. When it is open, ``ready`` is
emitted: the composition root then announces "LinkDesk ready". Each time staff start a linking, a
fresh :class:`LinkingWizard` (and with it a fresh ``LinkingSession``) is placed in the window; when
it closes, the window shows the welcome panel again and the wizard is deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from linkdesk.config import Config
from linkdesk.errors import KnownError
from linkdesk.gui.main_window import MainWindow
from linkdesk.gui.status_poller import StatusPoller
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.tones import message_text
from linkdesk.gui.wizard import LinkingWizard
from linkdesk.errors import known_message
from linkdesk.services.core import Core, open_core
from linkdesk.store.errors import StoreError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

SHUTDOWN_WAIT_MS = 5000  # at quit, how long running partner calls may take to settle


class Desk(QObject):
    """``ready()`` once the core is open and wired; ``failed(str)`` when it cannot be opened."""

    ready = Signal()
    failed = Signal(str)

    def __init__(self, window: MainWindow, runner: TaskRunner, config: Config, data_dir: Path, *,
                 scenario: dict | None = None, on_core: Callable[[Core], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.runner = runner
        self.config = config
        self.data_dir = data_dir
        self.scenario = scenario
        self.on_core = on_core  # the composition root adds the areas here
        self.core: Core | None = None
        self.poller: StatusPoller | None = None
        self._opened: Core | None = None  # set by the worker: closed at shutdown even if never delivered
        self._wizard: LinkingWizard | None = None
        window.start_linking_requested.connect(self.start_linking)

    # -- opening ---------------------------------------------------------------------------------

    def open(self) -> None:
        """Open the core off the GUI thread; the window says 준비 중 meanwhile."""
        self.window.statusBar().showMessage(translate("Desk", "Preparing…"))
        self.runner.run(self._open_core, on_success=self._core_opened, on_error=self._open_failed, name="core.open")

    def _open_core(self) -> Core:
        try:
            core = open_core(self.config, self.data_dir, scenario=self.scenario)
        except StoreError as exc:
            raise KnownError(exc.ko, exc.en, code="store_open") from exc
        self._opened = core
        return core

    def _core_opened(self, core: Core) -> None:
        self.core = core
        self.window.statusBar().clearMessage()
        self.poller = StatusPoller(core, self.runner, self.window.partner_status, parent=self)
        self.poller.start()
        if self.on_core is not None:
            self.on_core(core)
        log.info("core open (training=%s)", core.training)
        self.ready.emit()

    def _open_failed(self, exc: BaseException) -> None:
        message = known_message(exc)
        text = message_text(message) if message is not None else str(exc)
        log.error("the core could not be opened: %s", text)
        self.window.statusBar().showMessage(translate("Desk", "LinkDesk could not start: %1").replace("%1", text))
        self.failed.emit(text)

    # -- the linking wizard ----------------------------------------------------------------------

    def start_linking(self) -> None:
        """A new linking: a fresh wizard and session (the one on screen, if any, forgets its visitor)."""
        if self.core is None:
            self.window.statusBar().showMessage(translate("Desk", "Still preparing; try again in a moment."), 5000)
            return
        self.drop_personal_data()
        wizard = LinkingWizard(self.core, self.runner, staff=self.core.actor.staff)
        wizard.closed.connect(lambda: self._wizard_closed(wizard))
        self._wizard = wizard
        self.window.set_linking_widget(wizard)

    def wizard(self) -> LinkingWizard | None:
        wizard = self._wizard
        return wizard if wizard is not None and shiboken6.isValid(wizard) else None

    def _wizard_closed(self, wizard: LinkingWizard) -> None:
        if self._wizard is wizard:
            self._wizard = None
            self.window.set_linking_widget(None)  # deletes the wizard

    def drop_personal_data(self) -> None:
        """The idle lock and a new linking: the wizard on screen forgets its visitor."""
        wizard = self.wizard()
        if wizard is not None:
            wizard.drop_personal_data()

    # -- shutdown --------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop polling, drop the visitor, let running calls settle, close the core."""
        if self.poller is not None:
            self.poller.stop()
        self.drop_personal_data()
        self.runner.cancel_all()
        if not self.runner.wait_for_done(SHUTDOWN_WAIT_MS):
            log.warning("partner calls still running at shutdown")
        core, self._opened, self.core = self._opened, None, None
        if core is not None:
            core.close()
