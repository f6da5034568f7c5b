"""Reading partner JSON safely: every field checked for presence and type before it is used.

A partner answer is data from outside; a missing field or a wrong type must become a clear
``malformed_response`` error, never a ``KeyError`` deep inside a screen. :class:`Fields` wraps one
JSON object and raises :class:`SchemaError` naming the JSON path of the first problem; the
transport turns that into :class:`~linkdesk.partners.errors.PartnerError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date, datetime
from typing import Any, TypeVar

T = TypeVar("T")
_HHMM = re.compile(r"^([01]\d|2[0-4]):[0-5]\d$")


class SchemaError(ValueError):
    """A partner answer that does not have the documented shape. ``path`` is e.g. ``$.items[3].date``."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class Breach(Exception):
    """An answer outside the protocol's bounds or about something else than what was asked
    (too big, too deep, another person or record): ``partner_protocol``."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


class Fields:
    """One JSON object, read field by field with type checks."""

    def __init__(self, data: Any, path: str = "$") -> None:
        if not isinstance(data, dict):
            raise SchemaError(path, "expected an object")
        self._data = data
        self.path = path

    def _at(self, key: str) -> str:
        return f"{self.path}.{key}"

    def _get(self, key: str, kinds: tuple[type, ...], optional: bool) -> Any:
        if key not in self._data:
            if optional:
                return None
            raise SchemaError(self._at(key), "missing")
        value = self._data[key]
        if value is None and optional:
            return None
        # bool is an int in Python; JSON true is never a count.
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            raise SchemaError(self._at(key), f"expected {'/'.join(k.__name__ for k in kinds)}")
        return value

    def has(self, key: str) -> bool:
        return self._data.get(key) is not None

    def text(self, key: str, choices: Collection[str] | None = None) -> str:
        value = self._get(key, (str,), False)
        if choices is not None and value not in choices:
            raise SchemaError(self._at(key), f"unexpected value {value!r}")
        return value

    def opt_text(self, key: str, choices: Collection[str] | None = None) -> str | None:
        return self.text(key, choices) if self.has(key) else None

    def integer(self, key: str, minimum: int | None = None) -> int:
        value = self._get(key, (int,), False)
        if minimum is not None and value < minimum:
            raise SchemaError(self._at(key), f"below {minimum}")
        return value

    def opt_integer(self, key: str) -> int | None:
        return self.integer(key) if self.has(key) else None

    def flag(self, key: str) -> bool:
        return self._get(key, (bool,), False)

    def opt_flag(self, key: str, default: bool = False) -> bool:
        return self.flag(key) if self.has(key) else default

    def day(self, key: str) -> date:
        value = self.text(key)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise SchemaError(self._at(key), "expected a date YYYY-MM-DD") from None

    def opt_day(self, key: str) -> date | None:
        return self.day(key) if self.has(key) else None

    def moment(self, key: str) -> datetime:
        """An ISO 8601 time *with* its offset; a naive time is refused (it would be guessed)."""
        value = self.text(key)
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise SchemaError(self._at(key), "expected an ISO 8601 time") from None
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            raise SchemaError(self._at(key), "time without an offset")
        return parsed

    def opt_moment(self, key: str) -> datetime | None:
        return self.moment(key) if self.has(key) else None

    def hhmm(self, key: str) -> str:
        value = self.text(key)
        if not _HHMM.match(value):
            raise SchemaError(self._at(key), "expected HH:MM")
        return value

    def obj(self, key: str) -> Fields:
        return Fields(self._get(key, (dict,), False), self._at(key))

    def opt_obj(self, key: str) -> Fields | None:
        return self.obj(key) if self.has(key) else None

    def raw_list(self, key: str) -> list[Any]:
        return self._get(key, (list,), False)

    def objs(self, key: str, parse: Callable[[Fields], T]) -> tuple[T, ...]:
        """A list of objects, each parsed with ``parse``."""
        return tuple(parse(Fields(item, f"{self._at(key)}[{i}]")) for i, item in enumerate(self.raw_list(key)))

    def texts(self, key: str) -> tuple[str, ...]:
        items = self.raw_list(key)
        for i, item in enumerate(items):
            if not isinstance(item, str):
                raise SchemaError(f"{self._at(key)}[{i}]", "expected str")
        return tuple(items)

    def mapping(self, key: str) -> dict[str, Any]:
        return dict(self._get(key, (dict,), False))


def parser(from_fields: Callable[[Fields], T]) -> Callable[[Any], T]:
    """Turn a ``Fields -> T`` constructor into a parser of raw JSON, as the transport expects."""
    return lambda data: from_fields(Fields(data))
