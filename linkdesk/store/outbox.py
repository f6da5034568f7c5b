"""The outbox: every partner submission is first a row here, then a dispatcher sends it.

Why: the counter must never lose a record and never send one twice, even when a partner is down,
the network drops after the partner committed, or LinkDesk is killed mid-send.

- ``enqueue`` writes the row inside the caller's unit of work, i.e. in the same transaction as
  the staff selection behind it, with a fresh idempotency key that every (re)send reuses.
- ``claim`` leases due rows to one dispatcher in its own short transaction. PostgreSQL uses
  ``SELECT … FOR UPDATE SKIP LOCKED``; SQLite has one writer at a time, and the claim runs in a
  ``BEGIN IMMEDIATE`` transaction. Either way two claimers never get the same row. A row whose
  lease expired (its dispatcher crashed) is due again: crash recovery.
- ``complete`` / ``retry_later`` / ``mark_ambiguous`` / ``fail_permanently`` finish a claim only
  while the caller still holds the lease (else :class:`LeaseLost`: the other owner wins), and
  update the record's link in the same transaction (they live in ``outbox_settle``; the read
  side, ``pending`` / ``counts`` / ``get``, in ``outbox_queries``; all are re-exported here, so
  callers write ``outbox.complete(...)``).
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from collections.abc import Collection
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError

from linkdesk.domain.rrn import RRN_PATTERN
from linkdesk.store.coltypes import as_utc, utcnow
from linkdesk.store.database import Store
from linkdesk.store.errors import OutboxStateError, StoreError
from linkdesk.store.models import OutboxItem
from linkdesk.store.outbox_leases import host_id, take_over_dead
from linkdesk.store.outbox_queries import OPEN_STATUSES, OutboxView, counts, get, pending
from linkdesk.store.outbox_settle import (
    DEFAULT_BACKOFF,
    REOPENABLE,
    Backoff,
    Settlement,
    cancel,
    cancel_in,
    complete,
    fail_permanently,
    mark_ambiguous,
    reopen,
    retry,
    retry_in,
    retry_later,
    settle_many,
)
from linkdesk.store.uow import UnitOfWork

__all__ = [
    "DEFAULT_BACKOFF", "OPEN_STATUSES", "Backoff", "ClaimedItem", "OutboxView", "cancel", "cancel_in", "claim",
    "complete", "counts", "enqueue", "fail_permanently", "get", "mark_ambiguous", "new_owner_id",
    "pending", "retry", "retry_in", "retry_later", "Settlement", "settle_many", "take_over_dead",
]

DUE_STATUSES = ("queued", "ambiguous")


@dataclass(frozen=True)
class ClaimedItem:
    """A leased outbox row as plain data, safe to hand to a worker thread.

    ``previous_status`` is ``queued`` for a first or retried send; ``ambiguous`` or ``in_flight``
    (a lease that expired: its dispatcher died mid-send) mean the partner may already have it:
    look the idempotency key up first (or resend with the same key; the partner replays).
    """

    id: int
    kind: str
    partner: str
    payload: dict[str, Any]
    idempotency_key: str
    record_id: str | None
    attempts: int
    lease_owner: str
    lease_until: datetime
    previous_status: str
    last_error_code: str | None

    @property
    def may_have_reached_partner(self) -> bool:
        return self.previous_status != "queued"


def new_owner_id() -> str:
    """A lease owner name unique to this dispatcher run: host, process, random suffix (the host and
    process let a later dispatcher on this PC see that the owner died: ``outbox_leases``)."""
    return f"{host_id()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _check_payload(payload: dict[str, Any]) -> None:
    if RRN_PATTERN.search(json.dumps(payload, ensure_ascii=False)):
        raise StoreError(
            "전송 대기열에 주민등록번호 형태의 값을 저장할 수 없습니다.",
            "Refused: the outbox payload contains a number shaped like a resident registration number.",
        )


def _queued_for(uow: UnitOfWork, kind: str, record_id: str) -> OutboxItem | None:
    where = (OutboxItem.kind == kind, OutboxItem.record_id == record_id)
    return uow.session.scalar(select(OutboxItem).where(*where))


def enqueue(
    uow: UnitOfWork,
    kind: str,
    partner: str,
    payload: dict[str, Any],
    record_id: str | None = None,
    *,
    created_by: str | None = None,
    counter: str | None = None,
    now: datetime | None = None,
) -> OutboxItem:
    """Queue a submission in the caller's transaction and return its row.

    A record already queued for ``kind`` returns the existing row unchanged (whatever its status:
    a ``sent`` one is never queued again); a ``failed`` or ``cancelled`` one is reopened with a
    new key (the partner refused or never got the old one). A record whose link to ``partner``
    is already sent / approved / rejected is refused with :class:`OutboxStateError`.
    """
    _check_payload(payload)
    at = as_utc(now) if now else utcnow()
    if record_id is not None:
        existing = _queued_for(uow, kind, record_id)
        if existing is not None:
            if existing.status in REOPENABLE:
                reopen(uow, existing, at, payload)
            return existing
        link = uow.links.get(record_id, partner)
        if link is not None and link.status in ("sent", "approved", "rejected"):
            raise OutboxStateError(
                f"이미 전송된 실적입니다({record_id}). 다시 전송하지 않습니다.",
                f"Record {record_id} was already sent to {partner}; not queued again.",
            )
    item = OutboxItem(
        kind=kind, partner=partner, payload=payload, idempotency_key=str(uuid.uuid4()),
        record_id=record_id, status="queued", attempts=0, next_attempt_at=at,
        created_at=at, updated_at=at, created_by=created_by,
        counter=counter if counter is not None else socket.gethostname(),
    )
    try:
        with uow.session.begin_nested():  # another counter may queue the same record right now
            uow.session.add(item)
    except IntegrityError:
        if record_id is None:
            raise
        existing = _queued_for(uow, kind, record_id)
        if existing is None:
            raise
        return existing
    if record_id is not None:
        uow.links.set_status(record_id, partner, "queued",
                             idempotency_key=item.idempotency_key, result=None)
    return item


def claim(
    store: Store,
    owner: str,
    now: datetime | None = None,
    limit: int = 10,
    lease_seconds: float = 120.0,
    *,
    kinds: tuple[str, ...] | None = None,
    due_by: datetime | None = None,
    ids: Collection[int] | None = None,
) -> list[ClaimedItem]:
    """Lease up to ``limit`` due rows to ``owner`` until now + ``lease_seconds``.

    Due: queued or ambiguous rows whose ``next_attempt_at`` has come, and in-flight rows whose
    lease has run out. Each claim counts as an attempt. ``due_by`` (default: now) lets a flush
    take only rows that were due when it started, so a row it put back is not taken again; ``ids``
    limits the claim to those rows.
    """
    at = as_utc(now) if now else utcnow()
    until = at + timedelta(seconds=lease_seconds)
    due_at = as_utc(due_by) if due_by else at
    due = or_(
        and_(OutboxItem.status.in_(DUE_STATUSES), OutboxItem.next_attempt_at <= due_at),
        and_(OutboxItem.status == "in_flight", OutboxItem.lease_until <= at),
    )
    stmt = select(OutboxItem).where(due)
    if kinds:
        stmt = stmt.where(OutboxItem.kind.in_(kinds))
    if ids is not None:  # only these rows (e.g. the ones staff just queued or picked)
        stmt = stmt.where(OutboxItem.id.in_(list(ids)))
    stmt = stmt.order_by(OutboxItem.next_attempt_at, OutboxItem.id).limit(limit)
    claimed: list[ClaimedItem] = []
    with store.unit_of_work() as uow:
        for item in uow.session.scalars(stmt.with_for_update(skip_locked=True)):
            previous = item.status
            item.status = "in_flight"
            item.lease_owner = owner
            item.lease_until = until
            item.attempts += 1
            item.updated_at = at
            claimed.append(ClaimedItem(
                item.id, item.kind, item.partner, dict(item.payload), item.idempotency_key,
                item.record_id, item.attempts, owner, until, previous, item.last_error_code,
            ))
    return claimed

