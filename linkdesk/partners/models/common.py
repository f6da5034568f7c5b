"""Shapes shared by several partners: a page of a paged list, the gateway's status."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from linkdesk.partners.fields import Fields, SchemaError

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a *paged* list: ``{"items", "total", "page", "per_page"}``."""

    items: tuple[T, ...]
    total: int
    page: int
    per_page: int

    @property
    def last(self) -> bool:
        """No page after this one (also true for an empty page, so iteration always ends)."""
        return not self.items or self.page * self.per_page >= self.total

    @classmethod
    def from_fields(cls, f: Fields, item: Callable[[Fields], T]) -> Page[T]:
        return cls(items=f.objs("items", item), total=f.integer("total", 0), page=f.integer("page", 1),
                   per_page=f.integer("per_page", 1))


@dataclass(frozen=True)
class GatewayStatus:
    """``GET /v1/status``: which partners answer, and the partner clock (the sandbox's clock)."""

    version: str
    time: datetime
    training: bool
    partners: Mapping[str, bool]  # partner → up

    def up(self, partner: str) -> bool:
        return self.partners.get(partner, False)

    @classmethod
    def from_fields(cls, f: Fields) -> GatewayStatus:
        raw = f.mapping("partners")
        partners = {}
        for name, state in raw.items():
            if state not in ("up", "down"):
                raise SchemaError(f"{f.path}.partners.{name}", "expected 'up' or 'down'")
            partners[name] = state == "up"
        return cls(version=f.text("version"), time=f.moment("time"), training=f.flag("training"),
                   partners=partners)
