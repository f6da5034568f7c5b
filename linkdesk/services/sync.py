"""Bring a volunteer's 1365 view into the local cache: profile, consents, records, NEIS links.

The partner is the truth for what it has received: a record that 1365 shows as sent to NEIS is
marked so in the link ledger even if this counter never sent it (another counter, the web portal).
When the partner is unreachable the cache stays as it was and the caller is told (``stale``), so
staff keep working from what was last seen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from linkdesk.partners import PartnerError
from linkdesk.partners.models import Record, Volunteer
from linkdesk.services.core import Core

log = logging.getLogger(__name__)

NEIS_RESULT = {"sent": "전송성공", "approved": "학교승인", "rejected": "반려"}


@dataclass(frozen=True)
class SyncResult:
    volunteer_id: str
    records: int
    stale: bool  # the partner could not be reached: the cache was used as it was
    error: PartnerError | None = None
    synced_at: datetime | None = None


def record_row(r: Record) -> dict:
    return {
        "id": r.id, "source": r.source, "source_id": r.source_id, "date": r.date, "seq": r.seq,
        "organization": r.organization, "category": r.category, "activity": r.activity,
        "start": r.start, "end": r.end, "minutes": r.minutes, "nature": r.nature,
    }


def neis_result_text(status: str, reason: str | None) -> str:
    text = NEIS_RESULT.get(status, status)
    return f"{text}: {reason}" if reason else text


def save_volunteer(core: Core, v: Volunteer, uow=None, **extra) -> None:
    """The 1365 member and the consents it shows, in the caller's unit of work when there is one."""
    if uow is None:
        with core.store.unit_of_work() as own:
            save_volunteer(core, v, own, **extra)
        return
    uow.volunteers.save(
        v.volunteer_id, name=v.name, birth_date=v.birth_date, center=v.center,
        vms_id=v.vms_id, redcross_member_id=v.redcross_member_id, **extra,
    )
    for partner, at in (("1365", v.consents.portal1365), ("vms", v.consents.vms), ("redcross", v.consents.redcross)):
        uow.consents.record_seen(v.volunteer_id, partner, agreed_at=at)


def fetch_1365(core: Core, volunteer_id: str, volunteer: Volunteer | None = None) -> tuple[Volunteer, list[Record]]:
    """The volunteer (unless already fetched: ``volunteer``) and every record, from 1365."""
    gw = core.gateway()
    if volunteer is None:
        volunteer = gw.portal1365.volunteer(volunteer_id)
    return volunteer, list(gw.portal1365.all_records(volunteer_id))


def sync_volunteer(core: Core, volunteer_id: str, *, offline_ok: bool = True,
                   fetched: Callable[[], tuple[Volunteer, list[Record]]] | None = None) -> SyncResult:
    """Fetch the volunteer and every record from 1365 into the cache (one unit of work).
    ``fetched`` gives what was fetched already (e.g. started ahead); it raises as the fetch would."""
    try:
        volunteer, records = fetched() if fetched is not None else fetch_1365(core, volunteer_id)
    except PartnerError as exc:
        if not (offline_ok and exc.temporary):
            raise
        with core.store.unit_of_work(read_only=True) as uow:
            known = uow.volunteers.get(volunteer_id) is not None
            count = len(uow.records.for_volunteer(volunteer_id)) if known else 0
        if not known:
            raise
        log.warning("1365 unreachable (%s): using the cached records of %s", exc.code, volunteer_id)
        return SyncResult(volunteer_id, count, stale=True, error=exc)
    save_volunteer(core, volunteer)
    now = core.clock.now()
    with core.store.unit_of_work() as uow:
        uow.records.upsert_many(volunteer_id, [record_row(r) for r in records], fetched_at=now)
        for r in records:
            if r.neis is None:
                continue
            uow.links.set_status(
                r.id, "neis", r.neis.status, sent_at=r.neis.sent_at,
                result=neis_result_text(r.neis.status, r.neis.reason),
                idempotency_key=r.neis.idempotency_key,
            )
    return SyncResult(volunteer_id, len(records), stale=False, synced_at=now)
