"""A volunteer's records as the local cache holds them, with each partner's link state.

Read from the cache only, so it works with every partner unreachable: it shows what was last
synced (``fetched_at``) and what this centre queued or sent since. Looking at a person's records
is an access to personal data, so it is written to the access log in the same unit of work.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from linkdesk.errors import KnownError
from linkdesk.services.audit import record_access
from linkdesk.services.core import Core

LINK_PARTNERS = ("neis", "1365", "vms", "redcross")


@dataclass(frozen=True)
class LinkView:
    partner: str
    status: str  # pending | queued | sent | approved | rejected | failed | ambiguous | cancelled
    sent_at: dt.datetime | None
    result: str | None  # 연계결과 or the partner's reason
    receipt: str | None


@dataclass(frozen=True)
class CachedRecord:
    id: str
    source: str
    source_id: str | None
    date: dt.date
    seq: int
    organization: str
    category: str | None
    activity: str
    start: str | None
    end: str | None
    minutes: int
    nature: str
    fetched_at: dt.datetime
    links: tuple[LinkView, ...]


@dataclass(frozen=True)
class VolunteerRecords:
    volunteer_id: str
    name: str
    records: tuple[CachedRecord, ...]


class UnknownVolunteer(KnownError):
    """Nobody with this id in the cache: the person was never looked up at this centre."""


def cached_records(core: Core, volunteer_id: str) -> VolunteerRecords:
    """The volunteer's cached records, oldest first, each with its links (one access-log entry)."""
    with core.store.unit_of_work() as uow:
        volunteer = uow.volunteers.get(volunteer_id)
        if volunteer is None:
            raise UnknownVolunteer(
                f"저장된 봉사자 정보가 없습니다({volunteer_id}). 먼저 실명인증으로 조회하세요.",
                f"No cached volunteer {volunteer_id}; look the person up first.", code="volunteer_not_cached")
        links = {p: uow.links.for_volunteer(volunteer_id, p) for p in LINK_PARTNERS}
        records = tuple(
            CachedRecord(
                r.id, r.source, r.source_id, r.date, r.seq, r.organization, r.category, r.activity, r.start,
                r.end, r.minutes, r.nature, r.fetched_at,
                tuple(LinkView(p, link.status, link.sent_at, link.result, link.receipt)
                      for p in LINK_PARTNERS if (link := links[p].get(r.id)) is not None),
            )
            for r in uow.records.for_volunteer(volunteer_id)
        )
        record_access(uow, core.actor, "view", "봉사실적 (저장된 실적 · 연계 상태)", at=core.clock.now(),
                      volunteer_id=volunteer_id)
        return VolunteerRecords(volunteer_id, volunteer.name, records)
