"""The access log (접속기록, 개인정보의 안전성 확보조치 기준 제8조): who did what to whose data.

Every view, entry, change, deletion, print and download of a person's data is written by
:func:`record_access` **in the same unit of work** as the action itself, so an action without its
log entry cannot be committed. Entries form a hash chain: each row's ``hash`` covers its own fields
and the previous row's hash, so :func:`verify_chain` finds the first row that was altered, inserted
or deleted behind LinkDesk's back. Writers are serialised (SQLite's write lock; an advisory lock on
PostgreSQL) so the chain stays linear with several counters.

Two more fixed points make the check stronger than "each row follows the previous one":

* a retention purge (:mod:`linkdesk.services.audit_retention`) leaves an *anchor* row holding the
  hash of the last purged entry; the remaining chain must start from it, and the purge itself is an
  entry of the chain naming that hash, so a forged anchor does not match;
* a monthly review (:mod:`linkdesk.services.audit_review`) notes the newest entry's id and hash, so
  entries deleted from the end of the log after a review are found too.

Querying, the monthly review and the CSV export live in :mod:`linkdesk.services.audit_review`.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import socket
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text

from linkdesk.domain.rrn import redact
from linkdesk.store.coltypes import as_utc
from linkdesk.store.models_security import ACCESS_ACTIONS, AccessLogAnchor, AccessLogEntry, AccessReview

ACTION_LABELS = {"view": "조회", "entry": "입력", "change": "변경", "delete": "삭제", "print": "출력", "download": "다운로드"}
GENESIS = "0" * 64
_PG_LOCK_KEY = 1365_0008  # pg_advisory_xact_lock key of the access-log chain
PURGE_TARGET = "접속기록 파기 (보존기간 경과)"  # the chain entry each retention purge writes


@dataclass(frozen=True)
class Actor:
    """Who is at the counter: the signed-in staff account and the counter's host and address."""

    staff: str
    host: str
    addr: str

    @classmethod
    def local(cls, staff: str | None = None) -> Actor:
        host = socket.gethostname()
        try:
            addr = socket.gethostbyname(host)
        except OSError:
            addr = "127.0.0.1"
        return cls(staff or getpass.getuser(), host, addr)


def _digest(prev_hash: str, at: datetime, actor: tuple[str, str, str], volunteer_id: str | None,
            action: str, target: str, reason: str | None, detail: str | None) -> str:
    doc = {
        "prev": prev_hash, "at": as_utc(at).isoformat(), "staff": actor[0], "host": actor[1], "addr": actor[2],
        "volunteer": volunteer_id, "action": action, "target": target, "reason": reason, "detail": detail,
    }
    canonical = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def entry_hash(e: AccessLogEntry, prev_hash: str) -> str:
    return _digest(prev_hash, e.at, (e.staff, e.counter_host, e.counter_addr), e.volunteer_id,
                   e.action, e.target, e.reason, e.detail)


def lock_chain(session) -> None:
    """Serialise writers of the chain: PostgreSQL's advisory lock (SQLite's write lock is already held)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})


def head(session) -> AccessLogEntry | None:
    """The newest entry of the chain."""
    return session.scalar(select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(1))


def chain_tip(session) -> str:
    """The hash the next entry chains to: the newest entry's, else the newest purge anchor's."""
    last = session.scalar(select(AccessLogEntry.hash).order_by(AccessLogEntry.id.desc()).limit(1))
    if last:
        return last
    anchor = session.scalar(select(AccessLogAnchor.through_hash).order_by(AccessLogAnchor.through_id.desc()).limit(1))
    return anchor or GENESIS


def fingerprint(hash_hex: str) -> str:
    """A hash as written into an entry's text: in groups of 8, so the RRN redaction (13 digits in a
    row) can never touch it."""
    return ":".join(hash_hex[i:i + 8] for i in range(0, len(hash_hex), 8))


def record_access(uow, actor: Actor, action: str, target: str, *, at: datetime,
                  volunteer_id: str | None = None, reason: str | None = None,
                  detail: str | None = None) -> AccessLogEntry:
    """Append one entry to the chain inside the caller's unit of work."""
    if action not in ACCESS_ACTIONS:
        raise ValueError(f"unknown access action {action!r}")
    if action == "download" and not (reason and reason.strip()):
        raise ValueError("a download needs its reason (제8조, 제12조)")
    s = uow.session
    lock_chain(s)
    prev = chain_tip(s)
    target, reason, detail = redact(target), redact(reason) if reason else None, redact(detail) if detail else None
    entry = AccessLogEntry(
        at=as_utc(at), staff=actor.staff, counter_host=actor.host, counter_addr=actor.addr,
        volunteer_id=volunteer_id, action=action, target=target, reason=reason, detail=detail, prev_hash=prev,
    )
    entry.hash = entry_hash(entry, prev)
    s.add(entry)
    s.flush()
    return entry


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    problem: str = ""  # altered | inserted or deleted before this entry | deleted after the review …
    anchored_at: int | None = None  # the last purged entry the chain starts after, if any


def verify_chain(store, batch: int = 5000) -> ChainCheck:
    """Walk the chain in id order; report the first entry that does not follow from the previous.

    The walk starts at the newest purge anchor (or the genesis hash), checks that the purge entry
    naming the anchor is in the chain, and that every entry a monthly review saw is still there
    unchanged.
    """
    with store.unit_of_work(read_only=True) as uow:
        anchor = uow.session.scalar(select(AccessLogAnchor).order_by(AccessLogAnchor.through_id.desc()).limit(1))
        seen_by_review = {r.through_id: (r.period, r.through_hash) for r in uow.session.scalars(
            select(AccessReview).where(AccessReview.through_id.is_not(None)))}
        start = anchor.through_hash if anchor else GENESIS
        floor = anchor.through_id if anchor else 0
        prev, checked, last_id, anchor_confirmed = start, 0, 0, anchor is None
        before_prev: str | None = None  # the hash before ``prev``: tells an inserted entry apart
        while True:
            rows = list(uow.session.scalars(
                select(AccessLogEntry).where(AccessLogEntry.id > last_id).order_by(AccessLogEntry.id).limit(batch)))
            if not rows:
                break
            for e in rows:
                if e.prev_hash != prev or e.id <= floor:
                    if before_prev is not None and e.prev_hash == before_prev:  # it skips the one before
                        return ChainCheck(False, checked - 1, last_id, "inserted", floor or None)
                    return ChainCheck(False, checked, e.id, "inserted or deleted before this entry", floor or None)
                if entry_hash(e, prev) != e.hash:
                    following = uow.session.scalar(select(AccessLogEntry.prev_hash).where(
                        AccessLogEntry.id > e.id).order_by(AccessLogEntry.id).limit(1))
                    problem = "inserted" if following is not None and following == prev else "altered"
                    return ChainCheck(False, checked, e.id, problem, floor or None)
                expected = seen_by_review.get(e.id)
                if expected is not None and expected[1] != e.hash:
                    return ChainCheck(False, checked, e.id, f"replaced after the review of {expected[0]}", floor or None)
                if anchor is not None and e.target == PURGE_TARGET and fingerprint(anchor.through_hash) in (e.detail or ""):
                    anchor_confirmed = True
                before_prev, prev, last_id = prev, e.hash, e.id
                checked += 1
    if not anchor_confirmed:
        return ChainCheck(False, checked, floor + 1, "purge anchor not confirmed by a purge entry", floor)
    missing = sorted(i for i in seen_by_review if i > max(last_id, floor))
    if missing:
        period = seen_by_review[missing[0]][0]
        return ChainCheck(False, checked, last_id + 1,
                          f"deleted: the review of {period} saw entries up to #{missing[-1]}", floor or None)
    return ChainCheck(True, checked, anchored_at=floor or None)
