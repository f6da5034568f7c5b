"""The sandbox clock: scenario start time + real elapsed time + admin adjustments.

Partner rules that depend on time (the VMS send interval, visibility after a delay, the school's
decision after ``approval_delay_hours``, Red Cross consent expiry) read this clock, so training and
tests can jump hours or years ahead with ``POST /_sandbox/clock`` instead of waiting. Real time keeps
running in between, so a captcha or a token still expires for a trainee who walks away.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

KST = timezone(timedelta(hours=9), "KST")


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 in KST with seconds and the offset (``2026-05-04T10:30:00+09:00``)."""
    if moment is None:
        return None
    return moment.astimezone(KST).isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    """An ISO time that must carry an offset; raises ValueError otherwise."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("needs a UTC offset, e.g. +09:00")
    return moment.astimezone(KST)


class SandboxClock:
    """Thread-safe clock; ``now()`` is truncated to whole seconds so stored times compare exactly."""

    def __init__(self, start: datetime | None = None, monotonic: Callable[[], float] = time.monotonic):
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._base = (start or datetime.now(KST)).astimezone(KST)
        self._base_mono = monotonic()

    def now(self) -> datetime:
        with self._lock:
            elapsed = self._monotonic() - self._base_mono
            moment = self._base + timedelta(seconds=elapsed)
        return moment.replace(microsecond=0)

    def set(self, moment: datetime) -> datetime:
        """Jump to ``moment`` (backwards too: a trainer may replay a day)."""
        if moment.tzinfo is None:
            raise ValueError("needs a UTC offset, e.g. +09:00")
        with self._lock:
            self._base = moment.astimezone(KST)
            self._base_mono = self._monotonic()
        return self.now()

    def advance(self, minutes: float) -> datetime:
        with self._lock:
            self._base += timedelta(minutes=minutes)
        return self.now()
