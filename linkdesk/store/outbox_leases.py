"""Leases of a crashed process on this PC are taken over at once, not after ``lease_seconds``.

A lease owner is ``<host>:<pid>:<random>`` (:func:`linkdesk.store.outbox.new_owner_id`), the host
part being the computer's name and its network card's number (two PCs cloned from one image share a
name, not a card). A dispatcher starting on this host looks at the rows in flight under leases of
this host: when the process that holds one is no longer running, nobody can finish that send, so the
lease ends now and the row is claimed again at once — as a row whose send may have reached the
partner, i.e. resent with its idempotency key (the partner replays its first answer: never twice).
A running process, or one on another host, keeps its lease.
"""

from __future__ import annotations

import os
import socket
import sys
import uuid
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import select

from linkdesk.store.coltypes import as_utc, utcnow
from linkdesk.store.models import OutboxItem
from linkdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from linkdesk.store.database import Store


@lru_cache(maxsize=1)
def host_id() -> str:
    """This computer in a lease owner's name (no ':' in it); looked up once per process."""
    return f"{socket.gethostname().replace(':', '-')}~{uuid.getnode():012x}"


def owner_pid(owner: str | None, host: str) -> int | None:
    """The process id in ``owner`` if the lease is of ``host``, else None."""
    parts = (owner or "").rsplit(":", 2)
    if len(parts) != 3 or parts[0] != host or not parts[1].isdigit():
        return None
    return int(parts[1])


def process_running(pid: int) -> bool:
    """Whether a process with this id runs on this computer (our own process always does)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate it on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it runs
        return True
    return True


def take_over_dead(store: Store, now: datetime | None = None, *, host: str | None = None,
                   running: Callable[[int], bool] = process_running) -> list[int]:
    """End now the leases held by processes of this host that no longer run; returns those rows."""
    at = as_utc(now) if now else utcnow()
    host = host or host_id()
    taken: list[int] = []
    with store.unit_of_work() as uow:
        taken = _take_over(uow, at, host, running)
    return taken


def _take_over(uow: UnitOfWork, at: datetime, host: str, running: Callable[[int], bool]) -> list[int]:
    stmt = (select(OutboxItem)
            .where(OutboxItem.status == "in_flight", OutboxItem.lease_until > at,
                   OutboxItem.lease_owner.startswith(host + ":", autoescape=True))
            .with_for_update(skip_locked=True))
    taken = []
    for item in uow.session.scalars(stmt):
        pid = owner_pid(item.lease_owner, host)
        if pid is not None and not running(pid):
            item.lease_until = at
            taken.append(item.id)
    return taken
