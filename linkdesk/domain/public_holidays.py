"""Statutory days off in Korea (관공서의 공휴일에 관한 규정), from the PyPI ``holidays`` calendar.

Public holidays, 대체공휴일 and election days come from the library (country KR), not from a
hand-written list (DOMAIN.md §5). Two days whose status for schools has changed recently are kept
apart, because a school follows its own 학사일정 for them or else a setting decides:
근로자의 날 / 노동절 (1 May) and 제헌절 (17 July).

Lookups are one dict access: each year's holidays are computed once and kept.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

# Days the library may list that schools do not necessarily close for (DOMAIN.md §5).
LABOUR_DAY = "근로자의 날(노동절)"
CONSTITUTION_DAY = "제헌절"
SETTING_DAYS = {(5, 1): LABOUR_DAY, (7, 17): CONSTITUTION_DAY}


@lru_cache(maxsize=64)
def _year(year: int) -> dict[date, str]:
    import holidays  # imported on first use: start-up stays fast

    found = holidays.country_holidays("KR", years=year, language="ko")
    out: dict[date, str] = {}
    for day, name in found.items():
        if (day.month, day.day) in SETTING_DAYS and day.year == year:
            continue  # decided by the school's 학사일정 or the setting, never by the library
        out[day] = _tidy(name)
    return out


def _tidy(name: str) -> str:
    """The library joins two holidays on one day with "; " and names 대체공휴일 with the day it replaces."""
    return " · ".join(part.strip() for part in name.split(";"))


def public_holiday(day: date) -> str | None:
    """The holiday's Korean name if ``day`` is a statutory day off (대체공휴일, 선거일 included)."""
    return _year(day.year).get(day)


def setting_day(day: date) -> str | None:
    """근로자의 날 or 제헌절 when ``day`` is one of them (their closing is a school's or a setting's call)."""
    return SETTING_DAYS.get((day.month, day.day))
