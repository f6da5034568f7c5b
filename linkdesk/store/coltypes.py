"""Column types shared by the models: timezone-aware UTC datetimes and JSON documents.

SQLite has no timezone-aware timestamp; without help it hands back naive datetimes and code then
compares naive and aware values. :class:`UtcDateTime` refuses naive input, normalises to UTC and
always returns aware UTC values, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

UTC = timezone.utc


class _JsonDocument(TypeDecorator[Any]):
    """JSON on SQLite (stored as text), JSONB on PostgreSQL (indexable, compact). Python None is SQL
    NULL (not the JSON text "null"), so "IS NULL" queries mean what they say.

    Not ``JSON().with_variant(JSONB(), "postgresql")``: that needs the PostgreSQL dialect's types
    when the models are imported, so every start on SQLite loaded the whole PostgreSQL dialect.
    Here JSONB is looked up when a PostgreSQL dialect compiles or binds the column."""

    impl = JSON
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(none_as_null=True)

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import JSONB

            return dialect.type_descriptor(JSONB(none_as_null=True))
        return dialect.type_descriptor(JSON(none_as_null=True))


JsonDocument = _JsonDocument()


def utcnow() -> datetime:
    """The current time, aware and in UTC: the only "now" the store writes."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """``value`` converted to UTC; a naive datetime is a programming error, not local time."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetime given to the store; pass a timezone-aware value")
    return value.astimezone(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and read back as an aware UTC datetime."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        value = as_utc(value)
        if dialect.name == "sqlite":
            # One text format for every row, so string comparison is time order.
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
