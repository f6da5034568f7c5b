"""The actions of the pending-review screen: 재전송 (retry) and 전송 취소 (cancel).

Retry goes through the outbox only: ``outbox.retry`` makes a row due now (same idempotency key; a
refused or cancelled row is reopened under a new key), then the :class:`Dispatcher` sends what is
due. A sent row is never queued again, and a partner answers a key (or a record) it already holds
with the first outcome / ``already_sent``, so however often staff press 재전송 each record reaches
the partner once. When a partner is down, one probe finds it out and its rows stay queued.

``outbox.retry_in`` / ``outbox.cancel_in`` run in one unit of work with the 변경 entries of the
access log (one per volunteer concerned), so a change never commits without its entry. Callers use them
through :mod:`linkdesk.services.pending`, which re-exports them (this module never imports it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select

from linkdesk.domain.free_text import check_free_text
from linkdesk.partners import PartnerError
from linkdesk.services import pending_query as Q
from linkdesk.services.audit import record_access
from linkdesk.services.core import Core
from linkdesk.services.dispatcher import HANDLERS, Dispatcher, Outcome
from linkdesk.services.pending_query import PARTNER_NAMES, PendingError, PendingFilter
from linkdesk.store import OutboxStateError
from linkdesk.store import outbox
from linkdesk.store.models import OutboxItem, Record

_TEMPORARY = ("queued", "ambiguous")  # a flush outcome that leaves the row waiting


@dataclass(frozen=True)
class RetryReport:
    """What became of each requested row: ``sent`` (or already there), ``waiting`` (still queued:
    not reached, e.g. the partner is down), ``ambiguous``, ``refused``, or ``skipped`` (sent or
    being sent: never sent again). ``messages`` holds the reason of every row not sent."""

    results: dict[int, str]
    messages: dict[int, str] = field(default_factory=dict)
    partners_down: tuple[str, ...] = ()
    others_sent: int = 0  # rows that were due anyway and went out in the same pass

    def ids(self, outcome: str) -> list[int]:
        return sorted(i for i, r in self.results.items() if r == outcome)

    def tally(self) -> dict[str, int]:
        found: dict[str, int] = defaultdict(int)
        for r in self.results.values():
            found[r] += 1
        return {k: found.get(k, 0) for k in ("sent", "waiting", "ambiguous", "refused", "skipped")}


@dataclass(frozen=True)
class CancelReport:
    cancelled: list[int]
    skipped: dict[int, str]  # id -> why it cannot be cancelled (in flight, ambiguous, sent)


_OUTCOME = {"sent": "sent", "already_sent": "sent", "queued": "waiting", "ambiguous": "ambiguous",
            "failed": "refused", "lost": "waiting"}


def retry(core: Core, ids: Iterable[int], *, batch: int = 10) -> RetryReport:
    """선택 재전송: make each row due now (``outbox.retry``), then send what is due."""
    wanted = list(dict.fromkeys(ids))
    now = core.clock.now()
    retried: list[int] = []
    results: dict[int, str] = {}
    messages: dict[int, str] = {}
    with core.store.unit_of_work() as uow:  # the rows and their 변경 entries commit together
        for item_id in wanted:
            try:
                outbox.retry_in(uow, item_id, now=now)
                retried.append(item_id)
            except OutboxStateError as exc:
                results[item_id], messages[item_id] = "skipped", exc.ko
        _log_change(uow, core, retried, "전송 재시도")
    outcomes, down = _flush(core, batch, retried)
    partners = _partners(core, [i for i in retried if i not in outcomes])
    for item_id in retried:
        o = outcomes.get(item_id)
        if o is None:  # not claimed: its partner was found down first, or another counter has it
            results[item_id] = "waiting"
            partner = partners.get(item_id, "")
            messages[item_id] = (f"{PARTNER_NAMES.get(partner, partner)}에 연결되지 않아 대기 중입니다."
                                 if partner in down else "전송 대기 중입니다.")
            continue
        results[item_id] = _OUTCOME.get(o.status, "waiting")
        if results[item_id] != "sent":
            messages[item_id] = o.message or o.code
    others = sum(1 for i, o in outcomes.items() if i not in results and o.status in ("sent", "already_sent"))
    return RetryReport(results, messages, tuple(sorted(down)), others)


def retry_all(core: Core, filters: PendingFilter = PendingFilter(), *, batch: int = 10) -> RetryReport:
    """전체 재전송: :func:`retry` of every row ``filters`` select (sending ones are skipped)."""
    with core.store.unit_of_work(read_only=True) as uow:
        ids = list(uow.session.scalars(Q.ids_statement(filters)))
    return retry(core, ids, batch=batch)


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    """``IN (...)`` lists of a bounded size (SQLite limits the parameters of one statement)."""
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _partners(core: Core, ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    with core.store.unit_of_work(read_only=True) as uow:
        for chunk in _chunks(ids):
            stmt = select(OutboxItem.id, OutboxItem.partner).where(OutboxItem.id.in_(chunk))
            found.update({i: p for i, p in uow.session.execute(stmt)})
    return found


def _flush(core: Core, batch: int, ids: list[int]) -> tuple[dict[int, Outcome], set[str]]:
    """Send what is due, one kind at a time: first a single row (a probe), then ``batch`` rows at a
    time. A round in which nothing got through (all still waiting) means the partner is down: its
    other rows are left queued at once instead of each waiting for its own timeout."""
    dispatcher = Dispatcher(core)
    outcomes: dict[int, Outcome] = {}
    partner_of: dict[int, str] = {}
    down: set[str] = set()

    def seen(_n: int, item) -> None:
        partner_of[item.id] = item.partner

    for kind in sorted(HANDLERS):
        size = 1
        while True:
            try:
                got = dispatcher.flush(kinds=(kind,), limit=size, batch=size, progress=seen, ids=ids)
            except PartnerError:  # the store is fine; the rows stay queued
                break
            if not got or all(o.item_id in outcomes for o in got):
                break
            outcomes.update((o.item_id, o) for o in got)
            if all(o.status in _TEMPORARY for o in got):
                down.update(partner_of[o.item_id] for o in got)
                break
            size = batch
    return outcomes, down


def cancel(core: Core, ids: Iterable[int], reason: str) -> CancelReport:
    """전송 취소 with staff's reason: only queued or refused rows (the partner does not have them)."""
    reason = (reason or "").strip()
    if not reason:
        raise PendingError("취소 사유를 입력하세요.", "Enter the reason for cancelling.", code="reason_required")
    check_free_text(reason, "취소 사유", "reason for cancelling")
    cancelled: list[int] = []
    skipped: dict[int, str] = {}
    now = core.clock.now()
    with core.store.unit_of_work() as uow:  # the rows and their 변경 entries commit together
        for item_id in dict.fromkeys(ids):
            try:
                outbox.cancel_in(uow, item_id, reason, now=now)
                cancelled.append(item_id)
            except OutboxStateError as exc:
                skipped[item_id] = exc.ko
        _log_change(uow, core, cancelled, "전송 취소", reason=reason)
    return CancelReport(cancelled, skipped)


def retry_everything_now(core: Core) -> list[int]:
    """``linkdesk outbox flush --now``: every queued, ambiguous or failed row due at once (a failed
    one reopened under a new key, as 재전송 does), with its 변경 entries, in one unit of work.
    Returns the rows; the caller then flushes. Rows in flight, sent or cancelled are left alone."""
    now = core.clock.now()
    with core.store.unit_of_work() as uow:
        ids = list(uow.session.scalars(select(OutboxItem.id).where(
            OutboxItem.status.in_(("queued", "ambiguous", "failed"))).order_by(OutboxItem.id)))
        for item_id in ids:
            outbox.retry_in(uow, item_id, now=now)
        _log_change(uow, core, ids, "즉시 재전송")
    return ids


def _log_change(uow, core: Core, ids: list[int], target: str, *, reason: str | None = None) -> None:
    """One 변경 entry per volunteer concerned (rows without a volunteer share one entry)."""
    if not ids:
        return
    groups: dict[str | None, list[str]] = defaultdict(list)
    for chunk in _chunks(ids):
        stmt = (select(OutboxItem.id, OutboxItem.record_id, Q.volunteer_of)
                .select_from(OutboxItem).outerjoin(Record, Record.id == OutboxItem.record_id)
                .where(OutboxItem.id.in_(chunk)))
        for item_id, record_id, volunteer_id in uow.session.execute(stmt):
            groups[volunteer_id].append(f"{item_id}:{record_id or '-'}")
    at = core.clock.now()
    for volunteer_id, items in sorted(groups.items(), key=lambda kv: kv[0] or ""):
        record_access(uow, core.actor, "change", f"{target} {len(items)}건", at=at,
                      volunteer_id=volunteer_id, reason=reason, detail="outbox " + ",".join(items))

