"""Retention: the access log is kept at least 2 years (제8조), permission changes 3 years (제5조).

A purge never removes anything younger than its minimum: a cutoff later than "today minus the
minimum" is refused, whatever the caller asks. The access log is purged as a *prefix* of the chain
(entries in id order up to the first one at or after the cutoff), so what remains is still one
unbroken chain. Its starting point is kept in ``access_log_anchors`` (the last purged entry's id
and hash), and the purge writes its own chain entry naming that hash: :func:`verify_chain` then
checks the remaining chain from the anchor and that the anchor is the one the purge wrote.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select

from linkdesk.clock import KST
from linkdesk.errors import KnownError
from linkdesk.services.audit import PURGE_TARGET, Actor, fingerprint, lock_chain, record_access
from linkdesk.services.staff import Accounts
from linkdesk.store.models_security import AccessLogAnchor, AccessLogEntry, PermissionChange

log = logging.getLogger(__name__)

ACCESS_LOG_YEARS = 2
PERMISSION_CHANGES_YEARS = 3


class RetentionError(KnownError):
    """A purge that would remove entries younger than the legal minimum."""


@dataclass(frozen=True)
class PurgeResult:
    purged: int
    through_id: int | None  # the last purged access-log entry
    cutoff: datetime


def years_before(moment: datetime, years: int) -> datetime:
    """The same calendar moment ``years`` earlier (29 February becomes 28 February)."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


def _check_cutoff(cutoff: datetime, now: datetime, years: int, what_ko: str, what_en: str) -> None:
    oldest_allowed = years_before(now, years)
    if cutoff > oldest_allowed:
        day = oldest_allowed.astimezone(KST).date().isoformat()
        raise RetentionError(
            f"{what_ko}은(는) {years}년 이상 보관해야 합니다. {day} 이전 기록만 파기할 수 있습니다.",
            f"{what_en} must be kept at least {years} years; only entries before {day} may be purged.",
            code="retention_minimum",
        )


def purge_access_log(store, accounts: Accounts, actor: Actor, before: datetime) -> PurgeResult:
    """Delete the chain's oldest entries older than ``before`` (at least 2 years ago); admin only."""
    now = accounts.clock.now()
    _check_cutoff(before, now, ACCESS_LOG_YEARS, "접속기록", "The access log")
    with store.unit_of_work() as uow:
        admin = accounts.require_admin(uow, actor.staff)
        s = uow.session
        lock_chain(s)
        first_kept = s.scalar(select(func.min(AccessLogEntry.id)).where(AccessLogEntry.at >= before))
        q = select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(1)
        if first_kept is not None:
            q = q.where(AccessLogEntry.id < first_kept)
        last = s.scalar(q)
        if last is None:
            return PurgeResult(0, None, before)
        through_id, through_hash = last.id, last.hash
        purged = s.execute(delete(AccessLogEntry).where(AccessLogEntry.id <= through_id)).rowcount
        s.add(AccessLogAnchor(at=now, purged_by=admin.username, cutoff=before, through_id=through_id,
                              through_hash=through_hash, purged=purged))
        s.flush()
        record_access(uow, actor, "delete", PURGE_TARGET, at=now,
                      detail=f"{purged}건 파기 (#{through_id}까지, 기준 {before.astimezone(KST).date()}); "
                             f"anchor {fingerprint(through_hash)}")
    log.info("access log purged: %d entries through #%d", purged, through_id)
    return PurgeResult(purged, through_id, before)


def purge_permission_changes(store, accounts: Accounts, actor: Actor, before: datetime) -> int:
    """Delete permission changes older than ``before`` (at least 3 years ago); admin only."""
    now = accounts.clock.now()
    _check_cutoff(before, now, PERMISSION_CHANGES_YEARS, "권한 변경 기록", "Permission changes")
    with store.unit_of_work() as uow:
        accounts.require_admin(uow, actor.staff)
        purged = uow.session.execute(delete(PermissionChange).where(PermissionChange.at < before)).rowcount
    log.info("permission changes purged: %d", purged)
    return purged
