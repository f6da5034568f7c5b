"""The outbox's send pool: volunteers in parallel, each volunteer's records one after another.

A flush claims a chunk of rows; :class:`SendPool` sends them on at most ``per_partner`` threads per
partner (``[outbox] partner_concurrency``). Rows are grouped into *lanes*, one per volunteer (NEIS
volunteer, VMS member, Red Cross member) and partner. A lane is handed to a worker only while none of
its rows is in flight, and goes back to the end of the queue after each row, so one volunteer's
records are sent in their queued order while the others' go out in between (round robin: a
volunteer with many records does not hold a thread for long).

Workers only talk to the partner (each thread with its own gateway, closed when it ends); they put
``(item, attempt)`` on :attr:`results`, and the caller settles them in the database.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class SendPool(Generic[Item, Result]):
    def __init__(self, items: Iterable[Item], *, partner: Callable[[Item], str], lane: Callable[[Item], Hashable],
                 attempt: Callable[[Item], Result], per_partner: int,
                 on_thread_end: Callable[[], None] | None = None) -> None:
        self.results: queue.Queue[tuple[Item, Result]] = queue.Queue()
        self._attempt = attempt
        self._on_thread_end = on_thread_end
        self._lock = threading.Lock()
        self._stop = threading.Event()
        lanes: dict[tuple[str, Hashable], deque[Item]] = {}
        for item in items:
            lanes.setdefault((partner(item), lane(item)), deque()).append(item)
        self._ready: dict[str, deque[deque[Item]]] = {}
        for (name, _), items_of_lane in lanes.items():
            self._ready.setdefault(name, deque()).append(items_of_lane)
        self.size = sum(len(q) for q in lanes.values())
        self._threads = [
            threading.Thread(target=self._work, args=(name,), name=f"linkdesk-outbox-{name}-{n}", daemon=True)
            for name, ready in self._ready.items() for n in range(min(per_partner, len(ready)))
        ]

    def start(self) -> SendPool[Item, Result]:
        for thread in self._threads:
            thread.start()
        return self

    def alive(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def stop(self, timeout: float | None = None) -> None:
        """No new row is started; rows in flight finish (their answer still lands on ``results``)."""
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout)

    def _work(self, partner: str) -> None:
        ready = self._ready[partner]
        try:
            while not self._stop.is_set():
                with self._lock:
                    if not ready:
                        return  # every lane left is held by a worker that will finish it
                    lane = ready.popleft()
                item = lane.popleft()
                self.results.put((item, self._attempt(item)))
                if lane:
                    with self._lock:
                        ready.append(lane)
        finally:
            if self._on_thread_end is not None:
                self._on_thread_end()
