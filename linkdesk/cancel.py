"""대기 취소 reaching the work itself: a cancel event for the calls made on this thread.

The GUI's task runner (:mod:`linkdesk.gui.tasks`) runs each task inside :func:`cancellable` with the
task's own cancel event. The partner transport asks :func:`requested` before each retry and waits
out a back-off with :func:`pause`, so a task staff stopped makes no further attempts: a read gives up
with the error it already has, a lost submission stays in the outbox (the same key is sent later).
A request already on the wire is never cut: its answer settles as usual. Qt-free, no imports.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

_local = threading.local()


@contextmanager
def cancellable(event: threading.Event) -> Iterator[None]:
    """Calls on this thread, while inside, stop retrying once ``event`` is set."""
    previous = getattr(_local, "event", None)
    _local.event = event
    try:
        yield
    finally:
        _local.event = previous


def requested() -> bool:
    """True when the work running on this thread was cancelled."""
    event = getattr(_local, "event", None)
    return event is not None and event.is_set()


def pause(seconds: float, sleep=time.sleep) -> bool:
    """Wait ``seconds`` (with ``sleep``, unless a cancel event can be waited on instead); True when
    cancelled before or during the wait."""
    event = getattr(_local, "event", None)
    if event is None:
        sleep(seconds)
        return False
    if sleep is not time.sleep:  # an injected sleep (tests): keep it, then look at the event
        sleep(seconds)
        return event.is_set()
    return event.wait(seconds)
