"""The Korean school year: 1 March to the end of February (DOMAIN.md §5)."""

from __future__ import annotations

from datetime import date, timedelta


def school_year_of(day: date) -> int:
    """The school year a day belongs to, named by the calendar year it starts in."""
    return day.year if day.month >= 3 else day.year - 1


def school_year_bounds(year: int) -> tuple[date, date]:
    """(1 March ``year``, last day of February ``year + 1``), both inclusive."""
    return date(year, 3, 1), date(year + 1, 3, 1) - timedelta(days=1)


def in_current_school_year(day: date, today: date) -> bool:
    first, last = school_year_bounds(school_year_of(today))
    return first <= day <= last
