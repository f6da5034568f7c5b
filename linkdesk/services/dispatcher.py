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
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from linkdesk.partners import PartnerError
from linkdesk.services.core import Core
from linkdesk.services.neis_disagreement import disagreement_message
from linkdesk.store import LeaseLost
from linkdesk.store import outbox
from linkdesk.store.outbox import ClaimedItem
from linkdesk.store.outbox_settle import Backoff

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


class Dispatcher:
    def __init__(self, core: Core, owner: str | None = None) -> None:
        self.core = core
        self.owner = owner or outbox.new_owner_id()
        cfg = core.config.outbox
        self.backoff = Backoff(base_seconds=cfg.backoff_base_seconds, cap_seconds=cfg.backoff_cap_seconds)
        self.lease_seconds = cfg.lease_seconds

    def flush(self, *, kinds: tuple[str, ...] | None = None, limit: int = 1000, batch: int = 10,
              progress: Callable[[int, ClaimedItem], None] | None = None,
              ids: Collection[int] | None = None) -> list[Outcome]:
        """Send every due row (up to ``limit``), ``batch`` claimed at a time; with ``ids`` only
        those rows (a visitor's send at the counter does not wait for everyone else's backlog)."""
        outcomes: list[Outcome] = []
        started = self.core.clock.now()  # rows this flush puts back are due later: one pass only
        while len(outcomes) < limit:
            claimed = outbox.claim(self.core.store, self.owner, self.core.clock.now(),
                                   min(batch, limit - len(outcomes)), self.lease_seconds, kinds=kinds,
                                   due_by=started, ids=ids)
            if not claimed:
                break
            for item in claimed:
                outcomes.append(self.send_one(item))
                if progress:
                    progress(len(outcomes), item)
        return outcomes

    def send_one(self, item: ClaimedItem) -> Outcome:
        store, now = self.core.store, self.core.clock.now
        handler = HANDLERS.get(item.kind)
        try:
            if handler is None:
                raise PartnerError("invalid_request", operation=item.kind, details={"kind": item.kind})
            try:
                result, receipt = handler(self.core, item)
            except PartnerError as exc:
                if exc.code != "already_sent":
                    raise
                outbox.complete(store, item.id, self.owner, {"already_sent": True, **exc.details},
                                link_result="이미 전송됨", now=now())
                return Outcome(item.id, item.kind, item.record_id, "already_sent", exc.code, exc.message_ko())
            outbox.complete(store, item.id, self.owner, result, receipt=receipt, now=now())
            return Outcome(item.id, item.kind, item.record_id, "sent", result=result)
        except PartnerError as exc:
            return self._settle_error(item, exc)
        except LeaseLost as exc:
            log.warning("outbox item %s: lease lost (%s)", item.id, exc)
            return Outcome(item.id, item.kind, item.record_id, "lost", "lease_lost", str(exc))
        except Exception as exc:  # a bug: the row must not be lost nor sent blind again
            log.exception("outbox item %s failed unexpectedly", item.id)
            outbox.mark_ambiguous(store, item.id, self.owner, f"{type(exc).__name__}", now(), backoff=self.backoff)
            return Outcome(item.id, item.kind, item.record_id, "ambiguous", "internal", type(exc).__name__)

    def _settle_error(self, item: ClaimedItem, exc: PartnerError) -> Outcome:
        store, now = self.core.store, self.core.clock.now()
        message = (disagreement_message(exc) if item.kind == "neis_submit" else None) or exc.message_ko()
        try:
            if exc.code == "ambiguous":
                outbox.mark_ambiguous(store, item.id, self.owner, message, now, backoff=self.backoff)
                status = "ambiguous"
            elif exc.code in PERMANENT:
                outbox.fail_permanently(store, item.id, self.owner, exc.code, message, now)
                status = "failed"
            else:
                # A partner's retry_at in the past (clock skew) must not make the row due at once.
                retry_at = exc.retry_at if exc.retry_at and exc.retry_at > now else None
                outbox.retry_later(store, item.id, self.owner, exc.code, message, now,
                                   retry_at=retry_at, backoff=self.backoff)
                status = "queued"
        except LeaseLost as lost:
            return Outcome(item.id, item.kind, item.record_id, "lost", "lease_lost", str(lost))
        return Outcome(item.id, item.kind, item.record_id, status, exc.code, message)
