"""Keeps the status bar current and the outbox moving: two timers, both through the task runner.

* every :data:`POLL_SECONDS`, ``GET /v1/status`` (which partner answers) and the outbox's waiting
  count, shown by :class:`~linkdesk.gui.status_bar.PartnerStatusBar`;
* every ``outbox.flush_interval_seconds`` (configuration), ``Dispatcher(core).flush()``: what staff
  queued while a partner was down is sent when it is back, exactly once (the outbox's leases and
  idempotency keys see to that, also with several counters on one database).

A poll or a flush still running is never started twice. Nothing here touches a widget off the GUI
thread: the workers return plain data.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from linkdesk.errors import KnownError
from linkdesk.gui.status_bar import PARTNER_KEYS, PartnerStatusBar
from linkdesk.gui.tasks import TaskHandle, TaskRunner
from linkdesk.partners import PartnerError
from linkdesk.services.core import Core
from linkdesk.services.dispatcher import Dispatcher
from linkdesk.services.pending import waiting_total
from linkdesk.store.errors import StoreError

log = logging.getLogger(__name__)

POLL_SECONDS = 20


def probe(core: Core) -> tuple[dict[str, bool | None], int]:
    """(partner → up, records waiting in the outbox); runs in a worker."""
    try:
        status = core.gateway().status()
        partners: dict[str, bool | None] = {key: status.partners.get(key) for key in PARTNER_KEYS}
    except PartnerError as exc:  # the gateway itself cannot be reached: every partner is out of reach
        log.info("partner status not available (%s)", exc.code)
        partners = {key: False for key in PARTNER_KEYS}
    try:
        waiting = waiting_total(core)  # the very count the 전송 대기 list shows as "전체"
    except StoreError as exc:
        raise KnownError(exc.ko, exc.en, code="store") from exc
    return partners, waiting


def flush(core: Core) -> int:
    """Send what is due in the outbox; the number of items settled (sent, queued again, failed)."""
    try:
        return len(Dispatcher(core).flush())
    except StoreError as exc:
        raise KnownError(exc.ko, exc.en, code="store") from exc


class StatusPoller(QObject):
    """``polled()`` after the status bar was updated; ``flushed(int)`` after a flush settled."""

    polled = Signal()
    flushed = Signal(int)

    def __init__(self, core: Core, runner: TaskRunner, status_bar: PartnerStatusBar, *,
                 poll_seconds: float = POLL_SECONDS, flush_seconds: float | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._runner = runner
        self._bar = status_bar
        self._poll: TaskHandle | None = None
        self._flush: TaskHandle | None = None
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(int(poll_seconds * 1000))
        self._poll_timer.timeout.connect(self.poll_now)
        seconds = flush_seconds if flush_seconds is not None else core.config.outbox.flush_interval_seconds
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(int(seconds * 1000))
        self._flush_timer.timeout.connect(self.flush_now)

    def start(self) -> None:
        self.poll_now()
        self._poll_timer.start()
        self._flush_timer.start()

    def stop(self) -> None:
        """Stop the timers and drop the outcome of a poll or flush still running (shutdown)."""
        self._poll_timer.stop()
        self._flush_timer.stop()
        for handle in (self._poll, self._flush):
            if handle is not None:
                handle.cancel()
        self._poll = self._flush = None

    def poll_now(self) -> None:
        if self._poll is not None:
            return
        core = self._core
        self._poll = self._runner.run(lambda: probe(core), on_success=self._show, on_error=self._poll_failed,
                                      name="status.poll")

    def flush_now(self) -> None:
        if self._flush is not None:
            return
        core = self._core
        self._flush = self._runner.run(lambda: flush(core), on_success=self._flushed, on_error=self._flush_failed,
                                       name="outbox.flush")

    def _show(self, result: tuple[dict[str, bool | None], int]) -> None:
        self._poll = None
        partners, waiting = result
        self._bar.update_status(partners, waiting)
        self.polled.emit()

    def _poll_failed(self, exc: BaseException) -> None:
        self._poll = None
        log.warning("status poll failed: %s", exc)

    def _flushed(self, settled: int) -> None:
        self._flush = None
        if settled:
            log.info("outbox flush settled %d items", settled)
        self.flushed.emit(settled)
        self.poll_now()  # the waiting count has changed

    def _flush_failed(self, exc: BaseException) -> None:
        self._flush = None
        log.warning("outbox flush interrupted: %s", getattr(exc, "code", exc))
