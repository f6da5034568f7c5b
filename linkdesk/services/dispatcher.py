"""The outbox dispatcher: sends what staff queued, exactly once, whatever happens in between.

Rows are claimed with a lease (``FOR UPDATE SKIP LOCKED`` on PostgreSQL), so two counters flushing
at once never send the same row, and a dispatcher that dies mid-send leaves rows that are claimed
again when the lease runs out. Each row carries its idempotency key: a second send of the same row
is answered by the partner with the first outcome, never a second record. How each partner answer
settles a row:

* accepted → ``sent`` (the record's link ledger too);
* a temporary failure (partner down, timeout, rate limit) → ``queued`` again after a backoff or the
  partner's ``retry_at``;
* the outcome unknown and not resolvable by key now → ``ambiguous``: resolved by key next time;
* a refusal (not eligible, student mismatch, …) → ``failed`` with the partner's reason;
* already sent under another key (another counter, the web portal) → ``sent``, 이미 전송됨.

Different volunteers' rows go out at once, one volunteer's in order (:mod:`send_pool`); answers are
settled in batches, one transaction each (``outbox.settle_many``), with the same lease check as one
row at a time. Killed between a send and its settle, a row stays in flight and is resolved by its
key after the lease, exactly as before.
"""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from linkdesk.partners import PartnerError
from linkdesk.services.core import Core
from linkdesk.services.send_pool import SendPool
from linkdesk.services.neis_disagreement import disagreement_message
from linkdesk.store import outbox
from linkdesk.store.outbox import ClaimedItem
from linkdesk.store.outbox_settle import Backoff, Settlement

log = logging.getLogger(__name__)

# Refusals that a later attempt cannot change; anything else temporary or unknown is retried.
PERMANENT = {"record_ineligible", "student_mismatch", "consent_required", "idempotency_conflict",
             "invalid_request", "record_not_found", "school_not_found", "member_not_found",
             "redcross_two_affiliations", "redcross_info_mismatch", "redcross_not_linked", "not_member",
             "guardian_required", "hours_differ"}


@dataclass(frozen=True)
class Outcome:
    item_id: int
    kind: str
    record_id: str | None
    status: str  # sent | already_sent | queued | ambiguous | failed | lost
    code: str = ""
    message: str = ""
    result: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[Core, ClaimedItem], tuple[dict[str, Any], str | None]]


def _neis_submit(core: Core, item: ClaimedItem) -> tuple[dict[str, Any], str | None]:
    p = item.payload
    sub = core.gateway().neis.submit(
        p["volunteer_id"], p["student_ref"], p["school_code"], item.record_id, p["hours"], item.idempotency_key
    )
    result = {"submission_id": sub.submission_id, "status": sub.status, "sent_at": sub.sent_at.isoformat(),
              "hours": sub.hours, "replayed": sub.replayed}
    return result, sub.submission_id


def _vms_transfer(core: Core, item: ClaimedItem) -> tuple[dict[str, Any], str | None]:
    t = core.gateway().vms.transfer(item.payload["vms_id"], item.idempotency_key)
    result = {"transfer_id": t.transfer_id, "sent_count": t.sent_count, "record_ids": list(t.record_ids),
              "sent_at": t.sent_at.isoformat(), "visible_at": t.visible_at.isoformat() if t.visible_at else None,
              "message": t.message}
    return result, t.transfer_id


def _redcross_link(core: Core, item: ClaimedItem) -> tuple[dict[str, Any], str | None]:
    r = core.gateway().redcross.link(item.payload["member_id"], list(item.payload["activity_ids"]), item.idempotency_key)
    return {"linked": list(r.linked)}, None


def _redcross_consent(core: Core, item: ClaimedItem) -> tuple[dict[str, Any], str | None]:
    r = core.gateway().redcross.consent(item.payload["member_id"], item.idempotency_key)
    return {"agreed_at": r.agreed_at.isoformat(), "expires_at": r.expires_at.isoformat() if r.expires_at else None,
            "message": r.message}, None


HANDLERS: dict[str, Handler] = {
    "neis_submit": _neis_submit,
    "vms_transfer": _vms_transfer,
    "redcross_link": _redcross_link,
    "redcross_consent": _redcross_consent,
}


SETTLE_BATCH = 50  # answers settled in one transaction at most
SETTLE_GATHER_SECONDS = 0.1  # how long a settle waits for more answers to join its batch


def lane_of(item: ClaimedItem) -> str:
    """Whose row this is: one volunteer's rows go out in order, different volunteers' at once."""
    p = item.payload
    who = p.get("volunteer_id") or p.get("vms_id") or p.get("member_id")
    return str(who) if who else f"#{item.id}"


class Dispatcher:
    def __init__(self, core: Core, owner: str | None = None) -> None:
        self.core = core
        self.owner = owner or outbox.new_owner_id()
        cfg = core.config.outbox
        self.backoff = Backoff(base_seconds=cfg.backoff_base_seconds, cap_seconds=cfg.backoff_cap_seconds)
        self.lease_seconds = cfg.lease_seconds
        self.per_partner = cfg.partner_concurrency

    def flush(self, *, kinds: tuple[str, ...] | None = None, limit: int = 1000, batch: int | None = None,
              progress: Callable[[int, ClaimedItem], None] | None = None,
              ids: Collection[int] | None = None) -> list[Outcome]:
        """Send every due row (up to ``limit``), ``batch`` claimed at a time (default: 8 rows per
        partner thread); with ``ids`` only those rows (a visitor's send at the counter does not wait
        for everyone else's backlog). Outcomes come back in claim order."""
        outcomes: list[Outcome] = []
        chunk = batch or self.per_partner * 8
        taken = outbox.take_over_dead(self.core.store, self.core.clock.now())
        if taken:
            log.warning("outbox: took over %d rows of a process on this PC that is no longer running", len(taken))
        started = self.core.clock.now()  # rows this flush puts back are due later: one pass only
        while len(outcomes) < limit:
            claimed = outbox.claim(self.core.store, self.owner, self.core.clock.now(),
                                   min(chunk, limit - len(outcomes)), self.lease_seconds, kinds=kinds,
                                   due_by=started, ids=ids)
            if not claimed:
                break
            outcomes.extend(self._send_chunk(claimed, len(outcomes), progress))
        return outcomes

    def send_one(self, item: ClaimedItem) -> Outcome:
        """Send one claimed row and settle it (the pool's work for a single row)."""
        return self._settle([(item, self._attempt(item))])[0]

    def _send_chunk(self, claimed: list[ClaimedItem], done: int,
                    progress: Callable[[int, ClaimedItem], None] | None) -> list[Outcome]:
        """Send the claimed rows on the pool; settle their answers in batches as they come in."""
        pool = SendPool(claimed, partner=lambda i: i.partner, lane=lane_of, attempt=self._attempt,
                        per_partner=self.per_partner, on_thread_end=self.core.release_gateway).start()
        settled: dict[int, Outcome] = {}
        try:
            while len(settled) < pool.size:
                batch = self._gather(pool, pool.size - len(settled))
                if not batch:  # a worker died unexpectedly: its rows stay in flight until their lease ends
                    log.error("outbox: %d claimed rows got no answer", pool.size - len(settled))
                    break
                for item, outcome in zip((i for i, _ in batch), self._settle(batch), strict=True):
                    settled[item.id] = outcome
                    if progress:
                        progress(done + len(settled), item)
        finally:
            pool.stop()
        return [settled[i.id] for i in claimed if i.id in settled]

    def _gather(self, pool: SendPool, wanted: int) -> list[tuple[ClaimedItem, tuple[Settlement, Outcome]]]:
        """The next answers: wait for one, then up to ``SETTLE_GATHER_SECONDS`` for more."""
        batch = []
        deadline = None
        while len(batch) < min(wanted, SETTLE_BATCH):
            try:
                wait = 0.5 if deadline is None else max(0.0, deadline - time.monotonic())
                batch.append(pool.results.get(timeout=wait))
            except queue.Empty:
                if batch or (not pool.alive() and pool.results.empty()):
                    break
                continue
            if deadline is None:
                deadline = time.monotonic() + SETTLE_GATHER_SECONDS
        return batch

    def _settle(self, batch: list[tuple[ClaimedItem, tuple[Settlement, Outcome]]]) -> list[Outcome]:
        """Commit a batch of answers in one transaction; a row whose lease was lost is ``lost``."""
        lost = outbox.settle_many(self.core.store, self.owner, [s for _, (s, _) in batch],
                                  self.core.clock.now(), backoff=self.backoff)
        outcomes = []
        for item, (_, outcome) in batch:
            exc = lost.get(item.id)
            if exc is not None:
                log.warning("outbox item %s: lease lost (%s)", item.id, exc)
                outcome = Outcome(item.id, item.kind, item.record_id, "lost", "lease_lost", str(exc))
            outcomes.append(outcome)
        return outcomes

    def _attempt(self, item: ClaimedItem) -> tuple[Settlement, Outcome]:
        """Send one row to its partner (no database work: a worker thread runs this)."""
        handler = HANDLERS.get(item.kind)
        try:
            if handler is None:
                raise PartnerError("invalid_request", operation=item.kind, details={"kind": item.kind})
            try:
                result, receipt = handler(self.core, item)
            except PartnerError as exc:
                if exc.code != "already_sent":
                    raise
                return (Settlement(item.id, "sent", {"already_sent": True, **exc.details}, link_result="이미 전송됨"),
                        Outcome(item.id, item.kind, item.record_id, "already_sent", exc.code, exc.message_ko()))
            return (Settlement(item.id, "sent", result, receipt),
                    Outcome(item.id, item.kind, item.record_id, "sent", result=result))
        except PartnerError as exc:
            return self._refusal(item, exc)
        except Exception as exc:  # a bug: the row must not be lost nor sent blind again
            log.exception("outbox item %s failed unexpectedly", item.id)
            return (Settlement(item.id, "ambiguous", message=type(exc).__name__),
                    Outcome(item.id, item.kind, item.record_id, "ambiguous", "internal", type(exc).__name__))

    def _refusal(self, item: ClaimedItem, exc: PartnerError) -> tuple[Settlement, Outcome]:
        message = (disagreement_message(exc) if item.kind == "neis_submit" else None) or exc.message_ko()
        if exc.code == "ambiguous":
            settlement = Settlement(item.id, "ambiguous", message=message)
        elif exc.code in PERMANENT:
            settlement = Settlement(item.id, "failed", code=exc.code, message=message)
        else:
            # A partner's retry_at in the past (clock skew) must not make the row due at once.
            now = self.core.clock.now()
            retry_at = exc.retry_at if exc.retry_at and exc.retry_at > now else None
            settlement = Settlement(item.id, "queued", code=exc.code, message=message, retry_at=retry_at)
        return settlement, Outcome(item.id, item.kind, item.record_id, settlement.status, exc.code, message)
