"""The wizard's own tasks on the application's one :class:`TaskRunner`.

The runner is shared (the status poller uses it too), so its ``busy`` is not the wizard's. This
tracker counts only the tasks the wizard's pages started: a task stops counting the moment its
callback starts (so the callback sees the wizard idle and may start the next step), or when it is
cancelled or settles otherwise. Cancelling (취소, 마침, the idle lock) drops every outcome; a task
whose worker is still running keeps using the abandoned session, which is reset once more when that
worker returns, so nothing the partner answers late stays in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from linkdesk.errors import KnownError
from linkdesk.gui.tasks import TaskHandle, TaskRunner
from linkdesk.services.linking import LinkingSession
from linkdesk.services.linking_flow import FlowError


def _cancel_all(handles: dict[int, TaskHandle]) -> None:
    for handle in list(handles.values()):
        handle.cancel()
    handles.clear()


class WizardTasks(QObject):
    """``busy_changed()`` when the wizard becomes busy or idle (read :attr:`busy`)."""

    busy_changed = Signal()
    late_settled = Signal()  # a task staff stopped waiting for has returned (the session may have moved)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._handles: dict[int, TaskHandle] = {}
        self._orphans: dict[int, LinkingSession] = {}  # task id -> the abandoned session it still uses
        self._detached: dict[int, TaskHandle] = {}  # tasks staff stopped waiting for (the visitor is kept)
        self._abandoned: set[int] = set()  # id() of sessions abandoned while a worker may still use them
        runner.task_settled.connect(self._settled)
        handles = self._handles  # not ``self``: its C++ side is gone when this runs
        self.destroyed.connect(lambda *_: _cancel_all(handles))

    @property
    def busy(self) -> bool:
        return bool(self._handles)

    def run(self, func: Callable[[], Any], *, on_success: Callable[[Any], None],
            on_error: Callable[[BaseException], None], name: str,
            session: LinkingSession | None = None) -> TaskHandle:
        """Run ``func`` through the runner; it counts as busy until its callback starts.

        ``session``: the one ``func`` works on. When it is abandoned while ``func`` runs, the flow
        step ``func`` ends on is gone (reset): that :class:`FlowError` is the expected end of a
        dropped task, not a bug, and is dropped with it.
        """
        handle: TaskHandle | None = None
        abandoned = self._abandoned

        def guarded() -> Any:
            try:
                return func()
            except FlowError:
                if session is not None and id(session) in abandoned:
                    raise KnownError("취소된 연계입니다.", "The linking was abandoned.", code="abandoned") from None
                raise

        def succeeded(result: Any) -> None:
            self._done(handle)
            on_success(result)

        def failed(exc: BaseException) -> None:
            self._done(handle)
            on_error(exc)

        handle = self.runner.run(guarded, on_success=succeeded, on_error=failed, name=name)
        self._handles[handle.id] = handle
        if len(self._handles) == 1:
            self.busy_changed.emit()
        return handle

    def abandon(self, session: LinkingSession) -> None:
        """Drop the outcome of every running task; ``session`` is reset again as each one returns."""
        still_on_it = [h for h in self._detached if h not in self._orphans]  # stopped waiting for, still running
        if self._handles or still_on_it:
            self._abandoned.add(id(session))
        for handle_id in still_on_it:
            self._orphans[handle_id] = session
        for handle in list(self._handles.values()):
            self._orphans[handle.id] = session
            handle.cancel()
        was_busy = self.busy
        self._handles.clear()
        if was_busy:
            self.busy_changed.emit()

    def stop_waiting(self, handle: TaskHandle) -> None:
        """Staff pressed 취소 on a long wait: drop the outcome, stop counting it as busy.

        The partner call itself cannot be taken back; when its worker returns, ``late_settled``
        lets the wizard show what the session holds then (a check that succeeded, a send made).
        """
        if handle.id not in self._handles:
            return
        self._detached[handle.id] = handle
        handle.cancel()
        self._done(handle)

    def _done(self, handle: TaskHandle | None) -> None:
        if handle is not None and self._handles.pop(handle.id, None) is not None and not self._handles:
            self.busy_changed.emit()

    def _settled(self, handle: TaskHandle) -> None:
        """Every task ends here (delivered, dropped, or a bug): forget it, reset an abandoned session."""
        orphan = self._orphans.pop(handle.id, None)
        if orphan is not None:
            orphan.reset()
            if id(orphan) not in (id(s) for s in self._orphans.values()):
                self._abandoned.discard(id(orphan))
        self._done(handle)
        if self._detached.pop(handle.id, None) is not None and orphan is None:
            self.late_settled.emit()
