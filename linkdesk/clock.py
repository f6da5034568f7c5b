"""Time, injectable. In training mode the app follows the sandbox's clock so that the scenario's
school year and rate limits are what staff see; with real partners it is the system clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Protocol

KST = timezone(timedelta(hours=9), "KST")


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(KST)


class OffsetClock:
    """The system clock shifted to match a partner's clock (set from ``/v1/status``)."""

    def __init__(self, offset: timedelta = timedelta()) -> None:
        self.offset = offset

    def now(self) -> datetime:
        return datetime.now(KST) + self.offset

    def follow(self, partner_time: datetime) -> None:
        self.offset = partner_time - datetime.now(KST)


def today(clock: Clock) -> date:
    return clock.now().astimezone(KST).date()
