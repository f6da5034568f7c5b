"""Small typed checks for scenario validation; each failure names the field path and the problem.

Values are echoed in messages only where they are codes or keys (never names or numbers a person
typed), and every message goes through :func:`linkdesk.domain.rrn.redact` as a last guard.
"""

from __future__ import annotations

from datetime import date, datetime

from linkdesk.domain.rrn import redact
from linkdesk.sandbox.clock import parse_iso


class ScenarioError(ValueError):
    """A scenario that cannot be loaded. ``str(e)`` is ``<field path>: <problem>``."""

    def __init__(self, path: str, problem: str):
        problem = redact(problem)
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


def at(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _type_name(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def obj(value: object, path: str, allowed: set[str], required: tuple[str, ...] = ()) -> dict:
    """An object with only ``allowed`` keys (keys starting with ``_`` are comments) and ``required`` ones."""
    if not isinstance(value, dict):
        raise ScenarioError(path, f"expected an object, got {_type_name(value)}")
    for key in value:
        if not isinstance(key, str) or (key not in allowed and not key.startswith("_")):
            raise ScenarioError(at(path, str(key)), "unknown key")
    for key in required:
        if key not in value:
            raise ScenarioError(at(path, key), "missing")
    return value


def lst(value: object, path: str) -> list:
    if not isinstance(value, list):
        raise ScenarioError(path, f"expected a list, got {_type_name(value)}")
    return value


def text(value: object, path: str, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise ScenarioError(path, f"expected a string, got {_type_name(value)}")
    if not allow_empty and not value.strip():
        raise ScenarioError(path, "must not be empty")
    return value


def integer(value: object, path: str, lo: int | None = None, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ScenarioError(path, f"expected a whole number, got {_type_name(value)}")
    if lo is not None and value < lo:
        raise ScenarioError(path, f"must be at least {lo}")
    if hi is not None and value > hi:
        raise ScenarioError(path, f"must be at most {hi}")
    return value


def boolean(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise ScenarioError(path, f"expected true or false, got {_type_name(value)}")
    return value


# Dates and times a scenario may hold: far enough either way for any story, near enough that the
# sandbox's date arithmetic (years of consent, days of approval delay) never leaves Python's range.
YEARS = (1900, 2100)


def _in_years(value: date, path: str) -> None:
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise ScenarioError(path, f"the year must be between {YEARS[0]} and {YEARS[1]}")


def day(value: object, path: str) -> date:
    text(value, path)
    try:
        if len(value) != 10:
            raise ValueError
        found = date.fromisoformat(value)
    except ValueError:
        raise ScenarioError(path, "not a date (YYYY-MM-DD)") from None
    _in_years(found, path)
    return found


def moment(value: object, path: str) -> datetime:
    text(value, path)
    try:
        found = parse_iso(value)
    except (ValueError, OverflowError) as exc:  # 0001-01-01T00:00+09:00 overflows on the way to KST
        problem = str(exc) if "offset" in str(exc) else "not an ISO time (e.g. 2026-05-04T10:30:00+09:00)"
        raise ScenarioError(path, problem) from None
    _in_years(found, path)
    return found


def optional_moment(value: object, path: str) -> datetime | None:
    return None if value is None else moment(value, path)


def unique(seen: dict[str, str], value: str, path: str, what: str) -> None:
    """Remember ``value``; a second use names the first place it appeared."""
    if value in seen:
        raise ScenarioError(path, f"duplicate {what} {value!r} (first used at {seen[value]})")
    seen[value] = path
