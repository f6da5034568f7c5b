"""Pending review (전송 대기 목록): every send that is waiting, failed, ambiguous or refused.

Reads, counts and paging read the local cache only and work with no network at all; they are
plain functions over :mod:`linkdesk.services.pending_query`, so the GUI's lazy table asks for one
page at a time (every call runs on a worker, never the GUI thread). Opening a list
(:func:`overview`) is a 조회 of "전송 대기 목록" in the access log (제8조).

The actions -- :func:`retry`, :func:`retry_all` (through the outbox: never a second send) and
:func:`cancel` (with a reason) -- live in :mod:`linkdesk.services.pending_actions` and are
re-exported here, so callers write ``pending.retry(core, ids)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from linkdesk.services import pending_query as Q
from linkdesk.services.audit import record_access
from linkdesk.services.core import Core
from linkdesk.services.pending_query import (
    PARTNER_NAMES,
    REVIEW_STATUSES,
    PendingError,
    PendingFilter,
    PendingQuery,
)

__all__ = [
    "PARTNER_NAMES", "REVIEW_STATUSES", "CancelReport", "Overview", "PendingError", "PendingFilter", "PendingQuery",
    "PendingRow", "RetryReport", "cancel", "count", "item_ids", "overview", "page", "retry",
    "retry_all", "schools", "status_counts",
]

VIEW_TARGET = "전송 대기 목록"
PAGE_SIZE = 200


@dataclass(frozen=True)
class PendingRow:
    """One line of the list, as plain data (safe to hand from a worker to the GUI)."""

    item_id: int
    kind: str
    partner: str
    outbox_status: str
    status: str  # one of REVIEW_STATUSES
    record_id: str | None
    volunteer_id: str | None
    volunteer_name: str | None
    birth_date: date | None
    school_code: str | None
    school_name: str | None
    grade: int | None
    class_no: int | None
    activity_date: date | None
    organization: str | None
    activity: str | None
    minutes: int | None
    attempts: int
    queued_at: datetime
    next_attempt_at: datetime
    updated_at: datetime
    error_code: str | None
    error_message: str | None
    created_by: str | None
    counter: str | None
    hours_rule: str | None = None  # a NEIS send: "2026-10-09 한글날(공휴일) — 최대 8시간 · 6시간 인정"

    @classmethod
    def of(cls, row) -> PendingRow:
        return cls(*row)


@dataclass(frozen=True)
class Overview:
    """The first page of a query with its total and the counts per status (one round trip)."""

    rows: list[PendingRow]
    total: int
    counts: dict[str, int]


def page(core: Core, query: PendingQuery = PendingQuery(), *, offset: int = 0,
         limit: int | None = PAGE_SIZE) -> list[PendingRow]:
    """Rows ``[offset, offset + limit)`` of ``query`` (``limit=None``: all of them)."""
    with core.store.unit_of_work(read_only=True) as uow:
        return _page(uow.session, query, offset, limit)


def _page(session, query: PendingQuery, offset: int, limit: int | None) -> list[PendingRow]:
    list_order = limit is not None and Q.in_list_order(session, query)
    return [PendingRow.of(r) for r in session.execute(Q.rows_statement(query, offset, limit, list_order=list_order))]


def count(core: Core, filters: PendingFilter = PendingFilter()) -> int:
    """How many rows ``filters`` select (the same rows :func:`page` pages through)."""
    with core.store.unit_of_work(read_only=True) as uow:
        return int(uow.session.scalar(Q.count_statement(filters)) or 0)


def _counts(session, filters: PendingFilter) -> dict[str, int]:
    found = dict(session.execute(Q.counts_statement(filters)).all())
    return {s: int(found.get(s, 0)) for s in REVIEW_STATUSES}


def status_counts(core: Core, filters: PendingFilter = PendingFilter()) -> dict[str, int]:
    """Rows per review status under every filter except the status one (each status present)."""
    with core.store.unit_of_work(read_only=True) as uow:
        return _counts(uow.session, filters)


def waiting_total(core: Core) -> int:
    """THE pending count: every row of the unfiltered 전송 대기 list (its "전체" chip) -- the status
    bar shows this number, so the two never disagree. One grouped count, no access-log entry (a
    number is no personal data)."""
    return sum(status_counts(core).values())


def overview(core: Core, query: PendingQuery = PendingQuery(), *, limit: int = PAGE_SIZE) -> Overview:
    """Open (or re-filter) the list: the first page, the total and the counts, logged as a 조회."""
    with core.store.unit_of_work() as uow:
        s = uow.session
        rows = _page(s, query, 0, limit)
        counts = _counts(s, query.filters)
        # The review statuses split the unfinished rows (each row has exactly one), so the total is
        # the counts of the chosen statuses: the same number as count(), without a second pass.
        total = sum(counts[status] for status in (query.filters.statuses or REVIEW_STATUSES))
        record_access(uow, core.actor, "view", VIEW_TARGET, at=core.clock.now(),
                      detail=f"{query.filters.describe()}; rows={total}")
    return Overview(rows, total, counts)


def item_ids(core: Core, filters: PendingFilter = PendingFilter()) -> list[int]:
    """The outbox ids ``filters`` select (for 전체 재전송 and an export of the whole list)."""
    with core.store.unit_of_work(read_only=True) as uow:
        return list(uow.session.scalars(Q.ids_statement(filters)))


def schools(core: Core) -> list[tuple[str, str]]:
    """(code, name) of the schools that have a pending row, for the school filter."""
    with core.store.unit_of_work(read_only=True) as uow:
        return [(code, name) for code, name in uow.session.execute(Q.schools_statement())]


# The actions live in their own module; importing them here keeps one API: ``pending.retry(...)``.
from linkdesk.services.pending_actions import (  # noqa: E402
    CancelReport,
    RetryReport,
    cancel,
    retry,
    retry_all,
)
