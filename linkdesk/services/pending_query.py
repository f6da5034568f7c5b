"""The SQL behind the pending-review screen: one query over the outbox and the local cache.

Each unfinished outbox row is joined with its record, the record's volunteer and the volunteer's
school (outer joins: a row without a record, e.g. a VMS transfer, is still listed; its volunteer is
then taken from ``payload["volunteer_id"]`` when the payload names one). Filters, counts, sort and
paging all come from :func:`filtered`, so a count always matches the rows the list would show.

Statuses as staff read them (``review_status``), from the outbox's own:

======== ==================================== ==========================================
review   outbox row                           meaning
======== ==================================== ==========================================
waiting  ``queued``, no error yet             not sent yet (offline, or not due)
failed   ``queued`` with ``last_error_code``  an attempt failed; retried after a backoff
sending  ``in_flight``                        a dispatcher is sending it right now
ambiguous ``ambiguous``                       the partner may have it: checked by key next
refused  ``failed``                           the partner refused it (reason stored)
======== ==================================== ==========================================
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal_column, or_, select, union_all
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from linkdesk.clock import KST
from linkdesk.errors import KnownError
from linkdesk.store.models import OutboxItem, Record, School, Volunteer, volunteer_school
from linkdesk.store.text_search import MIN_TRIGRAM, contains, count_matches_sql, fts_phrase, matching, unindexed

REVIEW_STATUSES = ("waiting", "failed", "sending", "ambiguous", "refused")
# Written as "not finished" rather than "IN (open statuses)": the same rows (the CHECK constraint
# allows no other status), and the very predicate of the partial index ``ix_outbox_open_created``
# (migration 0004), so SQLite walks that index in list order instead of sorting 100,000 rows.
# The values are literals, not bound parameters: SQLite decides whether a partial index applies when
# it prepares the statement, and cannot prove "NOT IN (?, ?)" implies the index's predicate.
is_open = OutboxItem.status.not_in([literal_column("'sent'"), literal_column("'cancelled'")])
PARTNERS = ("neis", "vms", "redcross", "1365")
PARTNER_NAMES = {"neis": "나이스", "vms": "VMS", "redcross": "대한적십자사", "1365": "1365"}
DATE_FIELDS = ("queued", "activity")

_CONDITIONS: dict[str, ColumnElement[bool]] = {
    "waiting": and_(OutboxItem.status == "queued", OutboxItem.last_error_code.is_(None)),
    "failed": and_(OutboxItem.status == "queued", OutboxItem.last_error_code.is_not(None)),
    "sending": OutboxItem.status == "in_flight",
    "ambiguous": OutboxItem.status == "ambiguous",
    "refused": OutboxItem.status == "failed",
}

review_status = case(
    (_CONDITIONS["waiting"], "waiting"),
    (OutboxItem.status == "queued", "failed"),
    (OutboxItem.status == "in_flight", "sending"),
    (OutboxItem.status == "ambiguous", "ambiguous"),
    else_="refused",
)

# The volunteer of a row: its record's, else the one its payload names (VMS / Red Cross rows).
payload_volunteer = OutboxItem.payload["volunteer_id"].as_string()
volunteer_of = func.coalesce(Record.volunteer_id, payload_volunteer)

SORT_KEYS: dict[str, ColumnElement] = {
    "queued_at": OutboxItem.created_at,
    "item": OutboxItem.id,
    "partner": OutboxItem.partner,
    "status": OutboxItem.status,
    "attempts": OutboxItem.attempts,
    "next_attempt_at": OutboxItem.next_attempt_at,
    "error": OutboxItem.last_error_code,
    "record": OutboxItem.record_id,
    "activity_date": Record.date,
    "organization": Record.organization,
    "activity": Record.activity,
    "minutes": Record.minutes,
    "volunteer": Volunteer.name,
    "volunteer_id": volunteer_of,
    "school": School.name,
}

_OUTBOX_SORTS = {"queued_at", "item", "partner", "status", "attempts", "next_attempt_at", "error", "record"}
# Orders an index gives on SQLite (``ix_outbox_open_created``, the rowid): a page in such an order
# can be read in list order, stopping after the page, when a filter matches many rows.
_INDEXED_SORTS = {"queued_at", "item"}
# A text reaching this many records is "broad": its first page is read in list order (see
# :func:`in_list_order`); below it, the page starts from the matches and sorts them.
BROAD_TEXT = 5_000


class PendingError(KnownError):
    """Something staff must fix before a pending-review action can run (e.g. a cancel's reason)."""


@dataclass(frozen=True)
class PendingFilter:
    """What staff narrowed the list to; empty values mean "any".

    ``date_from`` / ``date_to`` are Korean calendar days, both included, on ``date_field``:
    ``queued`` (the day the send was queued) or ``activity`` (봉사일). ``text`` matches a part of
    the volunteer's name, the organization (수요처) or the activity, ignoring case.
    """

    partners: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    date_field: str = "queued"
    school_code: str | None = None
    volunteer_id: str | None = None
    text: str = ""

    def __post_init__(self) -> None:
        unknown = set(self.statuses) - set(REVIEW_STATUSES)
        if unknown:
            raise ValueError(f"unknown review statuses {sorted(unknown)}")
        if self.date_field not in DATE_FIELDS:
            raise ValueError(f"date_field must be one of {DATE_FIELDS}")

    @property
    def needs_joins(self) -> bool:
        """Only a filter on the activity date or a text too short for the trigram index reads the
        joined tables; the school, volunteer and longer text filters start from their matching
        records and volunteers (through indexes) and name the outbox rows they reach."""
        return bool((self.date_field == "activity" and (self.date_from or self.date_to))
                    or 0 < len(self.text.strip()) < MIN_TRIGRAM)

    def describe(self) -> str:
        """The filters in one line, for the access log (what was looked at)."""
        parts = [f"{k}={v}" for k, v in (
            ("partner", ",".join(self.partners)), ("status", ",".join(self.statuses)),
            ("from", self.date_from), ("to", self.date_to), ("school", self.school_code),
            ("volunteer", self.volunteer_id), ("text", self.text.strip()),
        ) if v]
        if self.date_from or self.date_to:
            parts.append(f"date_field={self.date_field}")
        return "; ".join(parts) or "all"


@dataclass(frozen=True)
class PendingQuery:
    """Filters plus the order: ``sort`` is a key of :data:`SORT_KEYS`; ties go by outbox id."""

    filters: PendingFilter = field(default_factory=PendingFilter)
    sort: str = "queued_at"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {self.sort!r}")


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(), KST)


def _joined(stmt: Select) -> Select:
    return (stmt.outerjoin(Record, Record.id == OutboxItem.record_id)
            .outerjoin(Volunteer, Volunteer.volunteer_id == volunteer_of)
            .outerjoin(School, volunteer_school()))


def filtered(stmt: Select, f: PendingFilter, *, joins: bool, with_status: bool = True,
             list_order: bool = False) -> Select:
    """``stmt`` (selecting from the outbox) joined when ``joins`` and narrowed to ``f``.

    ``with_status=False`` leaves the status filter out: the counts per status show every status
    under the other filters, so a chip tells what clicking it would show.

    The school, volunteer and text filters are each ``outbox.id IN (the rows their matches reach)``
    (:func:`_reached`): the database starts from the matching records and volunteers, finds their
    unfinished rows through ``ix_outbox_open_record`` and only then reads, orders and counts those
    rows -- instead of walking every waiting row in list order and testing it against the matches
    (SQLite, having no table statistics, cannot tell a selective filter from a broad one, and an
    ``OR`` of conditions on different columns kept it from starting from the matches at all).

    ``list_order`` (a page in an indexed order, a broad text: :func:`in_list_order`) writes the text
    filter the other way round: the rows are read in list order and each is tested against the
    matching records (``+record_id IN (…)``, which SQLite cannot use to start from), so the page
    is full after a few hundred rows instead of after sorting every match. Same rows either way.
    """
    stmt = stmt.select_from(OutboxItem)
    if joins:
        stmt = _joined(stmt)
    elif f.needs_joins:  # the filters read the record only (its date, its text, its volunteer's id)
        stmt = stmt.outerjoin(Record, Record.id == OutboxItem.record_id)
    stmt = stmt.where(is_open)
    if f.partners:
        stmt = stmt.where(OutboxItem.partner.in_(f.partners))
    if with_status and f.statuses:
        stmt = stmt.where(or_(*(_CONDITIONS[s] for s in f.statuses)))
    if f.date_field == "queued":
        if f.date_from:
            stmt = stmt.where(OutboxItem.created_at >= _day_start(f.date_from))
        if f.date_to:
            stmt = stmt.where(OutboxItem.created_at < _day_start(f.date_to + timedelta(days=1)))
    else:
        if f.date_from:
            stmt = stmt.where(Record.date >= f.date_from)
        if f.date_to:
            stmt = stmt.where(Record.date <= f.date_to)
    if f.school_code:
        school = select(Volunteer.volunteer_id).where(Volunteer.school_code == f.school_code).correlate(None)
        stmt = stmt.where(_reached(*_of_volunteers(lambda volunteer: volunteer.in_(school))))
    if f.volunteer_id:
        wanted = f.volunteer_id.strip()
        stmt = stmt.where(_reached(*_of_volunteers(lambda volunteer: volunteer == wanted)))
    text = f.text.strip()
    if text:
        if len(text) < MIN_TRIGRAM:
            # Too short for a trigram index: each row's own record is tested (the rows are read in
            # list order, so a broad text fills the first page at once), and the few volunteers
            # whose name holds the text are found first (one pass over the volunteers).
            named = select(Volunteer.volunteer_id).where(contains(Volunteer.name, text)).correlate(None)
            stmt = stmt.where(or_(contains(Record.organization, text), contains(Record.activity, text),
                                  volunteer_of.in_(named)))
        else:
            named = partial(matching, table="volunteers", key="volunteer_id", text=text)
            if list_order:
                record = unindexed(OutboxItem.record_id)
                theirs = select(Record.id).where(named(Record.volunteer_id)).correlate(None)
                stmt = stmt.where(or_(matching(record, "records", "id", text), record.in_(theirs),
                                      unindexed(OutboxItem.id).in_(_of_volunteers(named)[1])))
            else:
                stmt = stmt.where(_reached(_open_rows(matching(OutboxItem.record_id, "records", "id", text)),
                                           *_of_volunteers(named)))
    return stmt


def in_list_order(session: Session, q: PendingQuery) -> bool:
    """Whether the page of ``q`` is better read in list order than started from its matches: on
    SQLite, for a text of 3+ letters reaching at least :data:`BROAD_TEXT` records, in an order an
    index gives. Counting stops at that number, so asking costs little however broad the text.
    (SQLite keeps no statistics to tell by itself; other databases do, and always get ``False``.)"""
    text = q.filters.text.strip()
    if (len(text) < MIN_TRIGRAM or q.sort not in _INDEXED_SORTS or q.filters.needs_joins
            or session.get_bind().dialect.name != "sqlite"):
        return False
    reached = 0
    by_name = "CROSS JOIN records ON records.volunteer_id = volunteers.volunteer_id"  # a name reaches their records
    for query in (count_matches_sql("records"), count_matches_sql("volunteers", then=by_name)):
        reached += int(session.execute(sql(query), {"phrase": fts_phrase(text), "cap": BROAD_TEXT}).scalar_one())
        if reached >= BROAD_TEXT:
            return True
    return False


def _open_rows(*where: ColumnElement[bool]) -> Select:
    """The ids of the unfinished outbox rows meeting ``where`` (a subquery of its own)."""
    return select(OutboxItem.id).where(is_open, *where).correlate(None)


def _reached(*branches: Select) -> ColumnElement[bool]:
    """The outbox row is one of the rows ``branches`` (subqueries of outbox ids) select.

    One ``IN`` on the primary key, so the database starts from the branches' (few) rows; the
    branches may overlap (a record found by its text and by its volunteer's name): ``IN`` keeps
    each row once."""
    return OutboxItem.id.in_(union_all(*branches) if len(branches) > 1 else branches[0])


def _of_volunteers(is_theirs: Callable[[ColumnElement[Any]], ColumnElement[bool]]) -> tuple[Select, Select]:
    """The rows of the volunteers ``is_theirs(volunteer id)`` accepts, as two branches for
    :func:`_reached`: through their records (``ix_records_volunteer_order``, then
    ``ix_outbox_open_record``), and the rows without a record (``ix_outbox_open_record`` on NULL)
    whose payload names such a volunteer. The same rows as ``is_theirs(volunteer_of)``."""
    records = select(Record.id).where(is_theirs(Record.volunteer_id)).correlate(None)
    return (_open_rows(OutboxItem.record_id.in_(records)),
            _open_rows(OutboxItem.record_id.is_(None), is_theirs(payload_volunteer)))


ROW_COLUMNS = (
    OutboxItem.id, OutboxItem.kind, OutboxItem.partner, OutboxItem.status, review_status.label("review"),
    OutboxItem.record_id, volunteer_of.label("volunteer_id"), Volunteer.name, Volunteer.birth_date,
    Volunteer.school_code, School.name.label("school_name"), Volunteer.grade, Volunteer.class_no,
    Record.date, Record.organization, Record.activity, Record.minutes, OutboxItem.attempts,
    OutboxItem.created_at, OutboxItem.next_attempt_at, OutboxItem.updated_at,
    OutboxItem.last_error_code, OutboxItem.last_error_message, OutboxItem.created_by, OutboxItem.counter,
    OutboxItem.payload["hours_rule"].as_string().label("hours_rule"),  # how NEIS hours were counted (neis_submit)
)


def rows_statement(q: PendingQuery, offset: int, limit: int | None, *, list_order: bool = False) -> Select:
    """The page ``[offset, offset + limit)`` of ``q`` (``limit=None``: every row); ``list_order``
    from :func:`in_list_order` (the same rows in the same order, read another way).

    When neither the order nor the filters need the joined tables, the page's ids are chosen on the
    outbox alone and only those rows are joined: a deep page then skips index entries, not joins.
    """
    key = SORT_KEYS[q.sort]
    order = [key.desc() if q.descending else key.asc(),
             OutboxItem.id.desc() if q.descending else OutboxItem.id.asc()]
    if limit is not None and q.sort in _OUTBOX_SORTS and not q.filters.needs_joins:
        ids = filtered(select(OutboxItem.id), q.filters, joins=False, list_order=list_order)
        ids = ids.order_by(*order).offset(offset).limit(limit)
        return _joined(select(*ROW_COLUMNS).select_from(OutboxItem)).where(OutboxItem.id.in_(ids)).order_by(*order)
    stmt = filtered(select(*ROW_COLUMNS), q.filters, joins=True).order_by(*order).offset(offset)
    return stmt.limit(limit) if limit is not None else stmt


def ids_statement(f: PendingFilter) -> Select:
    return filtered(select(OutboxItem.id), f, joins=False).order_by(OutboxItem.id)


def count_statement(f: PendingFilter) -> Select:
    return filtered(select(func.count(OutboxItem.id)), f, joins=False)


def counts_statement(f: PendingFilter) -> Select:
    return filtered(select(review_status, func.count(OutboxItem.id)), f, joins=False,
                    with_status=False).group_by(review_status)


def schools_statement() -> Select:
    """The schools of volunteers who have a pending row (for the school filter), by name."""
    stmt = (select(School.code, School.name).distinct()
            .select_from(OutboxItem)
            .join(Record, Record.id == OutboxItem.record_id)
            .join(Volunteer, Volunteer.volunteer_id == Record.volunteer_id)
            .join(School, volunteer_school())
            .where(is_open))
    return stmt.order_by(School.name, School.code)
