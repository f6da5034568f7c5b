"""THE way the GUI runs background work: a function in a worker thread, its outcome on the GUI thread.

Every partner call and every database action of a page goes through :meth:`TaskRunner.run`
(after Picard's ``run_task`` and Anki's ``QueryOp``):

* ``func`` runs on a ``QThreadPool`` worker. It takes no arguments (bind them with a lambda or
  ``functools.partial``), returns plain data and never touches a widget;
* ``on_success(result)`` or ``on_error(exc)``, then ``on_finally()``, run on the GUI thread,
  delivered through a queued signal;
* only *known* errors (:func:`linkdesk.errors.is_known`: partner errors, input errors) go to
  ``on_error``; any other exception is a bug and goes to ``on_bug`` (the crash handler), even when
  the task was cancelled, so no bug is ever swallowed;
* :meth:`TaskHandle.cancel` drops the outcome (no callback runs) -- e.g. when staff leave a page
  while a slow partner is still answering, or presses 대기 취소, which the busy strip
  (:class:`~linkdesk.gui.widgets.busy_error.StatusStrip`) offers on every wait over a second;
  the function is not interrupted, but the partner calls it makes stop retrying (a request already
  on the wire settles; a lost submission stays in the outbox): :mod:`linkdesk.cancel`;
* ``busy_changed`` tells pages to show or hide their spinner.

A runner is cheap: a page may own one (its ``busy`` is then the page's), sharing the application's
pool. Database work that must be serialised gets a runner over a pool with one thread.
Callbacks and :meth:`TaskHandle.cancel` belong to the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from linkdesk.cancel import cancellable
from linkdesk.errors import is_known

log = logging.getLogger(__name__)

_ids = itertools.count(1)
_Callbacks = tuple[Callable[[Any], None], Callable[[BaseException], None], Callable[[], None] | None]


def _default_bug_handler(exc: BaseException) -> None:
    """Hand a bug to ``sys.excepthook``: the crash handler once installed."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


class TaskHandle:
    """One submitted task. ``cancel()`` drops its outcome; ``finished`` once it settled."""

    def __init__(self, runner: TaskRunner, name: str) -> None:
        self.id = next(_ids)
        self.name = name  # for logs: never personal data
        self._runner = runner
        self._cancelled = threading.Event()  # read by the worker before it starts ``func``
        self._finished = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def finished(self) -> bool:
        """True once the outcome reached the GUI thread (delivered or dropped)."""
        return self._finished

    def cancel(self) -> None:
        """Drop the outcome: neither ``on_success``, ``on_error`` nor ``on_finally`` will run."""
        self._runner._cancel(self)

    def __repr__(self) -> str:
        state = "cancelled" if self.cancelled else "finished" if self._finished else "pending"
        return f"TaskHandle({self.id}, {self.name!r}, {state})"


class _Job(QRunnable):
    """The worker side: run ``func`` unless already cancelled, then emit the outcome."""

    def __init__(self, runner: TaskRunner, handle: TaskHandle, func: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._handle = handle
        self._func = func

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        if not self._handle.cancelled:
            try:
                with cancellable(self._handle._cancelled):  # partner retries stop at 대기 취소 (linkdesk.cancel)
                    result = self._func()
            except BaseException as exc:  # noqa: BLE001 - every outcome goes back to the GUI thread
                error = exc
        self._func = None  # type: ignore[assignment]  # release what the lambda captured
        try:
            self._runner._done.emit(self._handle, result, error)
        except RuntimeError:  # the runner's C++ object is gone (its page was closed at shutdown)
            log.error("task %s finished after its runner was deleted; outcome dropped", self._handle.name)


class TaskRunner(QObject):
    """Runs functions on a thread pool and delivers their outcome on the GUI thread."""

    busy_changed = Signal(bool)
    task_settled = Signal(object)  # TaskHandle, after its callbacks ran or its outcome was dropped
    _done = Signal(object, object, object)  # handle, result, error: emitted by the worker

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
        on_bug: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._on_bug = on_bug or _default_bug_handler
        self._callbacks: dict[int, _Callbacks] = {}
        self._active: dict[int, TaskHandle] = {}
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """True while a task that was not cancelled has not settled yet."""
        return bool(self._active)

    def run(
        self,
        func: Callable[[], Any],
        *,
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_finally: Callable[[], None] | None = None,
        name: str = "",
    ) -> TaskHandle:
        """Start ``func`` on a worker; see the module docstring for where its outcome goes."""
        handle = TaskHandle(self, name or getattr(func, "__name__", "task"))
        self._callbacks[handle.id] = (on_success, on_error, on_finally)
        was_busy = self.busy
        self._active[handle.id] = handle
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self, handle, func))
        return handle

    def cancel_all(self) -> None:
        """Cancel every task still pending (a page is left, the wizard is cancelled, the app quits)."""
        for handle in list(self._active.values()):
            handle.cancel()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for shutdown only, never while staff wait)."""
        return self._pool.waitForDone(msecs)

    # -- internals ---------------------------------------------------------------------------

    def _cancel(self, handle: TaskHandle) -> None:
        handle._cancelled.set()
        self._callbacks.pop(handle.id, None)
        if self._active.pop(handle.id, None) is not None and not self._active:
            self.busy_changed.emit(False)

    @Slot(object, object, object)
    def _deliver(self, handle: TaskHandle, result: Any, error: BaseException | None) -> None:
        handle._finished = True
        callbacks = self._callbacks.pop(handle.id, None)
        if self._active.pop(handle.id, None) is not None and not self._active:
            self.busy_changed.emit(False)  # before the callbacks: one may start the next task
        try:
            if error is not None and not is_known(error):
                self._on_bug(error)
            elif callbacks is not None and not handle.cancelled:
                on_success, on_error, on_finally = callbacks
                if error is None:
                    on_success(result)
                else:
                    on_error(error)
                if on_finally is not None:
                    on_finally()
        finally:
            self.task_settled.emit(handle)
