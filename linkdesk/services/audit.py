"""The access log (접속기록, 개인정보의 안전성 확보조치 기준 제8조): who did what to whose data.

Every view, entry, change, deletion, print and download of a person's data is written by
:func:`record_access` **in the same unit of work** as the action itself, so an action without its
log entry cannot be committed. Entries form a hash chain: each row's ``hash`` covers its own fields
and the previous row's hash, so :func:`verify_chain` finds the first row that was altered, inserted
or deleted behind LinkDesk's back. Writers are serialised (SQLite's write lock; an advisory lock on
PostgreSQL) so the chain stays linear with several counters.
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
from linkdesk.store.models_security import ACCESS_ACTIONS, AccessLogEntry

ACTION_LABELS = {"view": "조회", "entry": "입력", "change": "변경", "delete": "삭제", "print": "출력", "download": "다운로드"}
GENESIS = "0" * 64
_PG_LOCK_KEY = 1365_0008  # pg_advisory_xact_lock key of the access-log chain


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


def record_access(uow, actor: Actor, action: str, target: str, *, at: datetime,
                  volunteer_id: str | None = None, reason: str | None = None,
                  detail: str | None = None) -> AccessLogEntry:
    """Append one entry to the chain inside the caller's unit of work."""
    if action not in ACCESS_ACTIONS:
        raise ValueError(f"unknown access action {action!r}")
    if action == "download" and not (reason and reason.strip()):
        raise ValueError("a download needs its reason (제8조, 제12조)")
    s = uow.session
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
    last = s.scalar(select(AccessLogEntry.hash).order_by(AccessLogEntry.id.desc()).limit(1))
    prev = last or GENESIS
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
    problem: str = ""  # altered | inserted or deleted | …


def verify_chain(store, batch: int = 5000) -> ChainCheck:
    """Walk the chain in id order; report the first entry that does not follow from the previous."""
    prev = GENESIS
    checked = 0
    last_id = 0
    with store.unit_of_work(read_only=True) as uow:
        while True:
            rows = list(uow.session.scalars(
                select(AccessLogEntry).where(AccessLogEntry.id > last_id).order_by(AccessLogEntry.id).limit(batch)))
            if not rows:
                break
            for e in rows:
                if e.prev_hash != prev:
                    return ChainCheck(False, checked, e.id, "inserted or deleted before this entry")
                if entry_hash(e, prev) != e.hash:
                    return ChainCheck(False, checked, e.id, "altered")
                prev = e.hash
                checked += 1
                last_id = e.id
    return ChainCheck(True, checked)
