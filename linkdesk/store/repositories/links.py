"""The per-partner link ledger: one row per (record, partner), holding what the partner said.

The outbox keeps this ledger in step when it queues, completes, fails or cancels a send; services
also write it directly for news that does not come from a send (e.g. a school's approval).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from linkdesk.domain.rrn import redact
from linkdesk.store.coltypes import utcnow
from linkdesk.store.models import LINK_STATUSES, Link, Record

_UNSET: object = object()


class LinkRepository:
    def __init__(self, session: Session):
        self.session = session

    def get(self, record_id: str, partner: str) -> Link | None:
        return self.session.get(Link, (record_id, partner))

    def set_status(
        self,
        record_id: str,
        partner: str,
        status: str,
        *,
        sent_at: dt.datetime | None | object = _UNSET,
        result: str | None | object = _UNSET,
        receipt: str | None | object = _UNSET,
        idempotency_key: str | None | object = _UNSET,
    ) -> Link:
        """Create or update the link; fields not given keep their value."""
        if status not in LINK_STATUSES:
            raise ValueError(f"unknown link status {status!r}")
        link = self.get(record_id, partner)
        if link is None:
            link = Link(record_id=record_id, partner=partner)
            self.session.add(link)
        link.status = status
        if sent_at is not _UNSET:
            link.sent_at = sent_at  # type: ignore[assignment]
        if result is not _UNSET:
            link.result = redact(result) if isinstance(result, str) else None
        if receipt is not _UNSET:
            link.receipt = receipt  # type: ignore[assignment]
        if idempotency_key is not _UNSET:
            link.idempotency_key = idempotency_key  # type: ignore[assignment]
        link.updated_at = utcnow()
        self.session.flush()
        return link

    def for_volunteer(self, volunteer_id: str, partner: str) -> dict[str, Link]:
        """The volunteer's links to ``partner``, by record id."""
        stmt = (
            select(Link)
            .join(Record, Record.id == Link.record_id)
            .where(Record.volunteer_id == volunteer_id, Link.partner == partner)
        )
        return {link.record_id: link for link in self.session.scalars(stmt)}

    def by_status(
        self,
        statuses: Collection[str],
        *,
        partner: str | None = None,
        limit: int = 1000,
        offset: int = 0,
    ) -> list[Link]:
        """Links in the given statuses (e.g. ``sent`` ones awaiting the school's decision)."""
        stmt = select(Link).where(Link.status.in_(list(statuses)))
        if partner is not None:
            stmt = stmt.where(Link.partner == partner)
        stmt = stmt.order_by(Link.updated_at, Link.record_id).limit(limit).offset(offset)
        return list(self.session.scalars(stmt))
