"""The access log (접속기록, 개인정보의 안전성 확보조치 기준 제8조): who did what to whose data.

Every view, entry, change, deletion, print and download of a person's data is written by
:func:`record_access` **in the same unit of work** as the action itself, so an action without its
log entry cannot be committed. Entries form a **keyed** chain: each row's ``hash`` is an
HMAC-SHA256, with a key kept outside the database (:mod:`linkdesk.services.audit_keys`), over its
id, its own fields and the previous row's hash, so :func:`verify_chain` finds the first row that was
altered, inserted or deleted behind LinkDesk's back — and whoever holds only the database cannot
recompute the chain. Entries written before the key existed stay verifiable as "legacy, unkeyed"
(plain SHA-256) up to the switch point. Writers are serialised (SQLite's write lock; an advisory lock on
PostgreSQL) so the chain stays linear with several counters.

Two more fixed points make the check stronger than "each row follows the previous one":

* a retention purge (:mod:`linkdesk.services.audit_retention`) leaves an *anchor* row holding the
  hash of the last purged entry; the remaining chain must start from it, and the purge itself is an
  entry of the chain naming that hash, so a forged anchor does not match;
* a monthly review (:mod:`linkdesk.services.audit_review`) notes the newest entry's id and hash, so
  entries deleted from the end of the log after a review are found too;
* a signed checkpoint outside the database, rewritten after every commit, names the switch point
  and the newest entry committed: cutting the tail, rolling back to an older copy, swapping the
  database or emptying the table is found as well.

Querying, the monthly review and the CSV export live in :mod:`linkdesk.services.audit_review`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
import weakref
from datetime import datetime

from sqlalchemy import event, select, text

from linkdesk.domain.rrn import redact
from linkdesk.keys import KeyStoreError
from linkdesk.services.actor import Actor  # noqa: F401  (re-exported: older imports)
from linkdesk.services import audit_keys
from linkdesk.services.audit_keys import KEYED_FROM, Checkpoint, CheckpointError
from linkdesk.store.coltypes import as_utc
from linkdesk.store.models_security import ACCESS_ACTIONS, AccessLogAnchor, AccessLogEntry

log = logging.getLogger(__name__)
_SWITCH: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # store → its switch point, once committed
ACTION_LABELS = {"view": "조회", "entry": "입력", "change": "변경", "delete": "삭제", "print": "출력", "download": "다운로드"}
GENESIS = "0" * 64
_PG_LOCK_KEY = 1365_0008  # pg_advisory_xact_lock key of the access-log chain
PURGE_TARGET = "접속기록 파기 (보존기간 경과)"  # the chain entry each retention purge writes


def _doc(prev_hash: str, at: datetime, actor: tuple[str, str, str], volunteer_id: str | None,
         action: str, target: str, reason: str | None, detail: str | None) -> dict:
    return {
        "prev": prev_hash, "at": as_utc(at).isoformat(), "staff": actor[0], "host": actor[1], "addr": actor[2],
        "volunteer": volunteer_id, "action": action, "target": target, "reason": reason, "detail": detail,
    }


def _digest(prev_hash: str, at: datetime, actor: tuple[str, str, str], volunteer_id: str | None,
            action: str, target: str, reason: str | None, detail: str | None) -> str:
    """A legacy (unkeyed) entry's hash: plain SHA-256, which anyone can recompute."""
    canonical = json.dumps(_doc(prev_hash, at, actor, volunteer_id, action, target, reason, detail),
                           ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def entry_hash(e: AccessLogEntry, prev_hash: str) -> str:
    """The legacy hash of ``e`` (entries before the switch point)."""
    return _digest(prev_hash, e.at, (e.staff, e.counter_host, e.counter_addr), e.volunteer_id,
                   e.action, e.target, e.reason, e.detail)


def entry_mac(key: bytes, e: AccessLogEntry, prev_hash: str) -> str:
    """A keyed entry's HMAC-SHA256 over its id, its fields and the previous entry's hash."""
    doc = _doc(prev_hash, e.at, (e.staff, e.counter_host, e.counter_addr), e.volunteer_id,
               e.action, e.target, e.reason, e.detail)
    return audit_keys.mac(key, {**doc, "v": 2, "id": e.id})


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
    key = audit_keys.key_for_writing(uow.store)
    lock_chain(s)
    prev = chain_tip(s)
    target, reason, detail = redact(target), redact(reason) if reason else None, redact(detail) if detail else None
    entry = AccessLogEntry(
        at=as_utc(at), staff=actor.staff, counter_host=actor.host, counter_addr=actor.addr,
        volunteer_id=volunteer_id, action=action, target=target, reason=reason, detail=detail, prev_hash=prev,
        hash=f"pending-{uuid.uuid4().hex}",  # the MAC covers the id, known after the insert
    )
    s.add(entry)
    s.flush()
    entry.hash = entry_mac(key, entry, prev)
    s.flush()
    _checkpoint_after_commit(uow, key, entry)
    return entry


def _switch_point(uow, key: bytes, entry: AccessLogEntry) -> int:
    """The first keyed entry: the signed checkpoint's, else the database's note, else this one.
    It never moves once set, so it is remembered per store (the checkpoint is read once)."""
    known = _SWITCH.get(uow.store)
    if known is not None:
        return known
    try:
        cp = audit_keys.read_checkpoint(uow.store, key)
    except CheckpointError:
        cp = None
    noted = uow.meta.get(KEYED_FROM)
    if cp is not None:
        switch = cp.switch_id
    elif noted is None or not noted.isdigit():
        uow.meta.set(KEYED_FROM, str(entry.id))
        return entry.id  # remembered only once committed: see _write_checkpoint
    else:
        switch = int(noted)
    _SWITCH[uow.store] = switch
    return switch


def _checkpoint_after_commit(uow, key: bytes, entry: AccessLogEntry) -> None:
    s = uow.session
    s.info["audit_checkpoint"] = (uow.store, key, Checkpoint(_switch_point(uow, key, entry), entry.id, entry.hash,
                                                              as_utc(entry.at).isoformat()))
    if not s.info.get("audit_listening"):
        s.info["audit_listening"] = True
        event.listen(s, "after_commit", _write_checkpoint)


def _write_checkpoint(session) -> None:
    pending = session.info.pop("audit_checkpoint", None)
    if pending is None:
        return
    store, key, cp = pending
    _SWITCH.setdefault(store, cp.switch_id)
    try:
        audit_keys.write_checkpoint(store, key, cp)
    except (OSError, KeyStoreError) as exc:  # committed already: say so loudly, verify will notice
        log.error("access log checkpoint not written: %s", exc)


def verify_chain(store, batch: int = 5000):
    """Check the whole log: see :func:`linkdesk.services.audit_verify.verify_chain`."""
    from linkdesk.services.audit_verify import verify_chain as verify

    return verify(store, batch)
