"""Hours arithmetic (DOMAIN.md §6): durations are whole minutes, never floats."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[~\-–]\s*(\d{1,2}):(\d{2})\s*$")


class TimeRangeError(ValueError):
    pass


@dataclass(frozen=True)
class TimeRange:
    start: str  # "HH:MM"
    end: str  # "HH:MM" ("24:00" allowed)

    @property
    def minutes(self) -> int:
        return minutes_between(self.start, self.end)

    def __str__(self) -> str:
        return f"{self.start}~{self.end}"


def _to_minutes(hh: int, mm: int) -> int:
    if not (0 <= mm < 60) or not (0 <= hh <= 24) or (hh == 24 and mm != 0):
        raise TimeRangeError(f"not a time of day: {hh:02d}:{mm:02d}")
    return hh * 60 + mm


def parse_hhmm(text: str) -> int:
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text or "")
    if not m:
        raise TimeRangeError(f"not HH:MM: {text!r}")
    return _to_minutes(int(m.group(1)), int(m.group(2)))


def minutes_between(start: str, end: str) -> int:
    """Minutes from ``start`` to ``end`` (HH:MM). An end before the start crosses midnight."""
    a, b = parse_hhmm(start), parse_hhmm(end)
    if a == b:
        raise TimeRangeError("start and end are the same time")
    return b - a if b > a else b + 24 * 60 - a


def parse_range(text: str) -> TimeRange:
    """``"15:30~16:30"`` → TimeRange("15:30", "16:30")."""
    m = _RANGE.match(text or "")
    if not m:
        raise TimeRangeError(f"not HH:MM~HH:MM: {text!r}")
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    rng = TimeRange(f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}")
    minutes_between(rng.start, rng.end)  # validates
    return rng


def range_minutes(text: str) -> int:
    return parse_range(text).minutes


def recognized_hours(minutes: int) -> int:
    """NEIS recognises whole hours; minutes are truncated per record."""
    return max(0, minutes) // 60


def format_minutes_ko(minutes: int) -> str:
    """``90`` → ``1시간 30분``; ``60`` → ``1시간``; ``30`` → ``30분``."""
    h, m = divmod(max(0, minutes), 60)
    if h and m:
        return f"{h}시간 {m}분"
    if h:
        return f"{h}시간"
    return f"{m}분"


def format_minutes_en(minutes: int) -> str:
    h, m = divmod(max(0, minutes), 60)
    if h and m:
        return f"{h} h {m} min"
    if h:
        return f"{h} h"
    return f"{m} min"


def as_time(hhmm: str) -> time:
    v = parse_hhmm(hhmm)
    return time(23, 59) if v == 24 * 60 else time(v // 60, v % 60)
