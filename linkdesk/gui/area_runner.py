"""An area's view of the task runner: answers to questions asked before the idle lock never arrive.

When the counter locks, each area forgets the person on screen (``drop_personal_data``). A partner
call the area started a moment earlier is still running, though, and its answer would fill the
emptied screen again behind the lock. Every area therefore gets an :class:`AreaRunner` over the one
application :class:`~linkdesk.gui.tasks.TaskRunner`: the idle lock calls its ``drop_personal_data``
too, and from then on the success and error callbacks of the tasks started earlier are skipped.
``on_finally`` still runs, so an area's busy count and disabled buttons settle as usual; the
work itself (and its access-log entry) is done either way.

Everything else -- ``busy``, ``busy_changed``, ``cancel_all`` … -- is the shared runner's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from linkdesk.gui.tasks import TaskHandle, TaskRunner


class AreaRunner:
    """A :class:`TaskRunner` for one area whose earlier answers the idle lock can void."""

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self._generation = 0

    def run(self, func: Callable[[], Any], *, on_success: Callable[[Any], None],
            on_error: Callable[[BaseException], None], on_finally: Callable[[], None] | None = None,
            name: str = "") -> TaskHandle:
        started = self._generation

        def success(result: Any) -> None:
            if started == self._generation:
                on_success(result)

        def error(exc: BaseException) -> None:
            if started == self._generation:
                on_error(exc)

        return self._runner.run(func, on_success=success, on_error=error, on_finally=on_finally, name=name)

    def drop_personal_data(self) -> None:
        """The counter locks: answers of the tasks started so far are dropped."""
        self._generation += 1

    def __getattr__(self, name: str) -> Any:  # busy, busy_changed, task_settled, cancel_all …
        return getattr(self._runner, name)
