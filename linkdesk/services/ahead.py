"""Partner reads started early and taken later, so what does not depend on each other overlaps.

The linking session knows what it will need before it needs it: once the school is chosen, the
person's 1365 records (they do not depend on NEIS's student check); once NEIS has checked the student,
the school's timetable. Each is started here on a worker thread (its own gateway, closed when done)
while the session goes on, and taken with :meth:`Future.result`, which re-raises what the call raised,
so errors reach the caller exactly as if the call had been made then.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from linkdesk.services.core import Core

T = TypeVar("T")


class Ahead:
    def __init__(self, core: Core, workers: int = 2) -> None:
        self.core = core
        self.workers = workers
        self._pool: ThreadPoolExecutor | None = None

    def start(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="linkdesk-ahead")

        def run() -> T:
            try:
                return fn(*args)
            finally:
                self.core.release_gateway()

        return self._pool.submit(run)

    def close(self) -> None:
        """Forget what is pending (a call already on the wire finishes; its answer is dropped)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
