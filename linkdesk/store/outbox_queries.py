"""Read-only views of the outbox for the pending-review screen and ``linkdesk outbox list``."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from linkdesk.store.models import OUTBOX_STATUSES, OutboxItem

if TYPE_CHECKING:
    from linkdesk.store.database import Store

OPEN_STATUSES = ("queued", "in_flight", "ambiguous", "failed")


@dataclass(frozen=True)
class OutboxView:
    """One outbox row as plain data."""

    id: int
    kind: str
    partner: str
    record_id: str | None
    status: str
    attempts: int
    next_attempt_at: datetime
    lease_owner: str | None
    lease_until: datetime | None
    last_error_code: str | None
    last_error_message: str | None
    idempotency_key: str
    payload: dict[str, Any]
    result: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime
    created_by: str | None
    counter: str | None

    @classmethod
    def of(cls, item: OutboxItem) -> OutboxView:
        return cls(**{f: getattr(item, f) for f in cls.__dataclass_fields__})


def pending(
    store: Store,
    *,
    statuses: Collection[str] = OPEN_STATUSES,
    kind: str | None = None,
    partner: str | None = None,
    record_id: str | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[OutboxView]:
    """Rows not finished yet (by default: queued, in flight, ambiguous, failed), oldest first."""
    stmt = select(OutboxItem).where(OutboxItem.status.in_(list(statuses)))
    if kind is not None:
        stmt = stmt.where(OutboxItem.kind == kind)
    if partner is not None:
        stmt = stmt.where(OutboxItem.partner == partner)
    if record_id is not None:
        stmt = stmt.where(OutboxItem.record_id == record_id)
    stmt = stmt.order_by(OutboxItem.created_at, OutboxItem.id).limit(limit).offset(offset)
    with store.unit_of_work(read_only=True) as uow:
        return [OutboxView.of(item) for item in uow.session.scalars(stmt)]


def get(store: Store, item_id: int) -> OutboxView | None:
    """One row by id."""
    with store.unit_of_work(read_only=True) as uow:
        item = uow.session.get(OutboxItem, item_id)
        return OutboxView.of(item) if item else None


def counts(store: Store) -> dict[str, int]:
    """Rows per status, every status present (0 when none)."""
    stmt = select(OutboxItem.status, func.count()).group_by(OutboxItem.status)
    with store.unit_of_work(read_only=True) as uow:
        found = {status: n for status, n in uow.session.execute(stmt)}
    return {s: found.get(s, 0) for s in OUTBOX_STATUSES}
