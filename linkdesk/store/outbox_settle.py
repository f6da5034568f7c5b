"""Finishing a claimed outbox row: sent, retry later, ambiguous, failed; and staff's cancel / retry.

Every function here runs in its own short transaction, checks that the caller still holds the
lease (``_held``: a lost lease raises :class:`LeaseLost` and changes nothing), and updates the
record's link in that same transaction. Messages are redacted before they are stored.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from linkdesk.domain.rrn import redact
from linkdesk.store.coltypes import as_utc, utcnow
from linkdesk.store.errors import LeaseLost, OutboxStateError
from linkdesk.store.models import OutboxItem
from linkdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from linkdesk.store.database import Store

REOPENABLE = ("failed", "cancelled")


@dataclass(frozen=True)
class Backoff:
    """Delay before attempt n+1 after n failed attempts: base × factor^(n-1), at most cap. No jitter
    (deterministic for tests); dispatchers on several counters are spread by their leases anyway."""

    base_seconds: float = 30.0
    factor: float = 2.0
    cap_seconds: float = 30 * 60.0

    def delay(self, attempts: int) -> timedelta:
        n = max(attempts, 1) - 1
        return timedelta(seconds=min(self.cap_seconds, self.base_seconds * self.factor**n))


DEFAULT_BACKOFF = Backoff()


def _redacted(doc: dict[str, Any]) -> dict[str, Any]:
    """A partner's answer with any RRN-shaped number masked (it is stored, so it must not hold one)."""
    return json.loads(redact(json.dumps(doc, ensure_ascii=False)))


def reopen(
    uow: UnitOfWork, item: OutboxItem, at: datetime, payload: dict[str, Any] | None = None
) -> None:
    """Queue a failed or cancelled row again under a NEW key: the partner refused the old one or
    never received it, so a new key cannot cause a second send (a record the partner already
    holds is answered ``already_sent``)."""
    if payload is not None:
        item.payload = payload
    item.status = "queued"
    item.idempotency_key = str(uuid.uuid4())
    item.attempts = 0
    item.next_attempt_at = at
    item.lease_owner = item.lease_until = None
    item.last_error_code = item.last_error_message = None
    item.result = None
    item.updated_at = at
    if item.record_id is not None:
        uow.links.set_status(item.record_id, item.partner, "queued",
                             idempotency_key=item.idempotency_key, result=None)


def _held(uow: UnitOfWork, item_id: int, owner: str) -> OutboxItem:
    """The row, locked, if ``owner`` still holds its lease; else :class:`LeaseLost`."""
    item = uow.session.scalar(select(OutboxItem).where(OutboxItem.id == item_id).with_for_update())
    if item is None:
        raise OutboxStateError(f"전송 대기열 항목 {item_id}이(가) 없습니다.", f"No outbox item {item_id}.")
    if item.status != "in_flight" or item.lease_owner != owner:
        raise LeaseLost(item_id, owner, item.lease_owner, item.status)
    return item


def _settle(item: OutboxItem, status: str, at: datetime) -> None:
    item.status = status
    item.lease_owner = None
    item.lease_until = None
    item.updated_at = at


def complete(
    store: Store,
    item_id: int,
    owner: str,
    result: dict[str, Any],
    *,
    receipt: str | None = None,
    link_status: str = "sent",
    link_result: str = "전송성공",
    now: datetime | None = None,
) -> None:
    """The partner accepted: mark the row sent and its record's link ``link_status``."""
    at = as_utc(now) if now else utcnow()
    with store.unit_of_work() as uow:
        _complete(uow, _held(uow, item_id, owner), result, receipt, link_status, link_result, at)


def _complete(uow: UnitOfWork, item: OutboxItem, result: dict[str, Any], receipt: str | None,
              link_status: str, link_result: str, at: datetime) -> None:
    _settle(item, "sent", at)
    item.result = _redacted(result)
    item.last_error_code = item.last_error_message = None
    if item.record_id is not None:
        uow.links.set_status(
            item.record_id, item.partner, link_status, sent_at=at, result=link_result,
            receipt=receipt, idempotency_key=item.idempotency_key,
        )


def retry_later(
    store: Store,
    item_id: int,
    owner: str,
    error_code: str,
    message: str,
    now: datetime | None = None,
    *,
    retry_at: datetime | None = None,
    backoff: Backoff = DEFAULT_BACKOFF,
) -> datetime:
    """A temporary failure: back to ``queued`` until the backoff (or the partner's ``retry_at``,
    e.g. VMS's next allowed send) has passed. Returns the next attempt time."""
    return _requeue(store, item_id, owner, "queued", error_code, message, now, retry_at, backoff)


def mark_ambiguous(
    store: Store,
    item_id: int,
    owner: str,
    message: str,
    now: datetime | None = None,
    *,
    backoff: Backoff = DEFAULT_BACKOFF,
) -> datetime:
    """The outcome is unknown (connection lost after sending): ``ambiguous`` until resolved by key
    with the partner on a later claim. Returns the next attempt time."""
    return _requeue(store, item_id, owner, "ambiguous", "ambiguous", message, now, None, backoff)


def _requeue(store: Store, item_id: int, owner: str, status: str, code: str, message: str,
             now: datetime | None, retry_at: datetime | None, backoff: Backoff) -> datetime:
    at = as_utc(now) if now else utcnow()
    with store.unit_of_work() as uow:
        return _requeue_item(_held(uow, item_id, owner), status, code, message, at, retry_at, backoff)


def _requeue_item(item: OutboxItem, status: str, code: str, message: str, at: datetime,
                  retry_at: datetime | None, backoff: Backoff) -> datetime:
    _settle(item, status, at)
    # The partner's retry_at is a minimum, never sooner than our own back-off: a "retry now" answer
    # (Retry-After: 0, or a time rounded to the partner's next second) must not make the row due at once.
    wait = at + backoff.delay(item.attempts)
    item.next_attempt_at = max(as_utc(retry_at), wait) if retry_at else wait
    item.last_error_code = code
    item.last_error_message = redact(message)
    return item.next_attempt_at


def fail_permanently(
    store: Store, item_id: int, owner: str, code: str, message: str, now: datetime | None = None
) -> None:
    """The partner refused for good (e.g. ``record_ineligible``): record the reason, stop."""
    at = as_utc(now) if now else utcnow()
    with store.unit_of_work() as uow:
        _fail(uow, _held(uow, item_id, owner), code, message, at)


def _fail(uow: UnitOfWork, item: OutboxItem, code: str, message: str, at: datetime) -> None:
    _settle(item, "failed", at)
    item.last_error_code = code
    item.last_error_message = redact(message)
    if item.record_id is not None:
        uow.links.set_status(item.record_id, item.partner, "failed", result=message)


@dataclass(frozen=True)
class Settlement:
    """How one claimed row ends, for :func:`settle_many`: ``sent`` (with ``result``, ``receipt``,
    ``link_result``), ``queued`` (``code``, ``message``, ``retry_at``), ``ambiguous`` (``message``) or
    ``failed`` (``code``, ``message``)."""

    item_id: int
    status: str
    result: dict[str, Any] = field(default_factory=dict)
    receipt: str | None = None
    link_result: str = "전송성공"
    code: str = ""
    message: str = ""
    retry_at: datetime | None = None


def settle_many(store: Store, owner: str, settlements: list[Settlement], now: datetime | None = None,
                *, backoff: Backoff = DEFAULT_BACKOFF) -> dict[int, LeaseLost]:
    """Settle a batch of claimed rows in ONE transaction (a concurrent flush commits per batch, not
    per record). Each row is settled only while ``owner`` still holds its lease, exactly as the
    one-row functions above; the rows whose lease was lost are left untouched and returned. If the
    transaction fails, every row of the batch stays in flight and is resolved by key after its
    lease, as after a crash."""
    at = as_utc(now) if now else utcnow()
    lost: dict[int, LeaseLost] = {}
    if not settlements:
        return lost
    with store.unit_of_work() as uow:
        ids = [s.item_id for s in settlements]
        rows = {item.id: item for item in uow.session.scalars(
            select(OutboxItem).where(OutboxItem.id.in_(ids)).order_by(OutboxItem.id).with_for_update())}
        for s in settlements:
            item = rows.get(s.item_id)
            if item is None:
                raise OutboxStateError(f"전송 대기열 항목 {s.item_id}이(가) 없습니다.", f"No outbox item {s.item_id}.")
            if item.status != "in_flight" or item.lease_owner != owner:
                lost[s.item_id] = LeaseLost(s.item_id, owner, item.lease_owner, item.status)
                continue
            if s.status == "sent":
                _complete(uow, item, s.result, s.receipt, "sent", s.link_result, at)
            elif s.status == "failed":
                _fail(uow, item, s.code, s.message, at)
            elif s.status == "ambiguous":
                _requeue_item(item, "ambiguous", "ambiguous", s.message, at, None, backoff)
            elif s.status == "queued":
                _requeue_item(item, "queued", s.code, s.message, at, s.retry_at, backoff)
            else:
                raise ValueError(f"unknown settlement {s.status!r}")
    return lost


def cancel(store: Store, item_id: int, reason: str, now: datetime | None = None) -> None:
    """Withdraw a queued (or failed) send. Refused while in flight, ambiguous or sent: the
    partner may have it, so only its answer can settle it."""
    with store.unit_of_work() as uow:
        cancel_in(uow, item_id, reason, now)


def cancel_in(uow: UnitOfWork, item_id: int, reason: str, now: datetime | None = None) -> None:
    """:func:`cancel` inside the caller's unit of work (e.g. with its access-log entry)."""
    at = as_utc(now) if now else utcnow()
    item = uow.session.scalar(select(OutboxItem).where(OutboxItem.id == item_id).with_for_update())
    if item is None or item.status not in ("queued", "failed"):
        status = item.status if item else "-"
        raise OutboxStateError(
            f"전송 대기열 항목 {item_id}은(는) 취소할 수 없는 상태입니다({status}).",
            f"Outbox item {item_id} cannot be cancelled in status {status}.",
        )
    _settle(item, "cancelled", at)
    item.last_error_code = "cancelled"
    item.last_error_message = redact(reason)
    if item.record_id is not None:
        uow.links.set_status(item.record_id, item.partner, "cancelled", result=reason)


def retry(store: Store, item_id: int, now: datetime | None = None) -> None:
    """Staff's "재전송": a waiting row becomes due now (same key); a failed or cancelled one is
    reopened with a new key. Sent and in-flight rows are left alone (never a second send)."""
    with store.unit_of_work() as uow:
        retry_in(uow, item_id, now)


def retry_in(uow: UnitOfWork, item_id: int, now: datetime | None = None) -> None:
    """:func:`retry` inside the caller's unit of work (e.g. with its access-log entry)."""
    at = as_utc(now) if now else utcnow()
    item = uow.session.scalar(select(OutboxItem).where(OutboxItem.id == item_id).with_for_update())
    if item is None or item.status in ("sent", "in_flight"):
        status = item.status if item else "-"
        raise OutboxStateError(
            f"전송 대기열 항목 {item_id}은(는) 다시 보낼 수 없는 상태입니다({status}).",
            f"Outbox item {item_id} cannot be retried in status {status}.",
        )
    if item.status in REOPENABLE:
        reopen(uow, item, at)
    else:
        item.next_attempt_at = at
        item.updated_at = at
