"""One clock for a database used with a training gateway, in every command.

Online commands follow a training gateway's clock (its scenario date is "today"); offline
commands used to stamp with the system clock, so access-log entries of one database jumped
between two clocks. The offset learnt from the gateway is kept in the database's ``meta`` next to
the gateway's address; a command that cannot ask the gateway uses the offset kept for the same
address. A database used with a real gateway never holds one (real gateways are not followed).
"""

from __future__ import annotations

from datetime import timedelta

from linkdesk.clock import OffsetClock

_META = "training_clock"  # "<gateway base URL> <offset seconds>"


def remember(store, base_url: str, clock: OffsetClock) -> None:
    with store.unit_of_work() as uow:
        uow.meta.set(_META, f"{base_url} {clock.offset.total_seconds():.3f}")


def remembered(store, base_url: str) -> OffsetClock | None:
    """The clock last followed for ``base_url`` with this database, or None."""
    if not base_url:
        return None
    with store.unit_of_work(read_only=True) as uow:
        value = uow.meta.get(_META)
    url, _, seconds = (value or "").rpartition(" ")
    if url != base_url:
        return None
    try:
        return OffsetClock(timedelta(seconds=float(seconds)))
    except (ValueError, OverflowError):
        return None
