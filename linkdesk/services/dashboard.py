"""현황 (the centre's dashboard): what was linked, for how many students, what waits, fails or came back.

Every figure is an aggregate over the local cache — no partner call, no personal data — so the
dashboard opens offline and fast: the linked hours are one ``GROUP BY`` over the period's links
(index ``ix_links_sent_at``, migration 0012), folded into days, weeks or months in Korean time;
what waits and fails comes from the outbox's partial index of unfinished rows; rejections, issued
certificates and expiring consents are small range queries. Opening it is a 조회 of "현황" in the
access log; the month's report (:mod:`linkdesk.services.dashboard_report`) is a 다운로드/출력 with
its purpose.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import Date, and_, case, cast, distinct, func, literal_column, select

from linkdesk.clock import KST
from linkdesk.errors import KnownError
from linkdesk.store.models import ConsentSeen, Link, OutboxItem, Record
from linkdesk.store.models_certificates import Certificate

VIEW_TARGET = "현황"
GRANULARITIES = ("day", "week", "month")
PARTNERS = ("neis", "vms", "redcross")
PARTNER_LABELS = {"neis": "나이스(학생부)", "vms": "VMS → 1365", "redcross": "대한적십자사 → 1365"}
LINKED = ("sent", "approved", "rejected")  # a send the partner accepted; the school may reject it later
NEIS_KIND = "neis_submit"
EXPIRY_DAYS = 30


class DashboardError(KnownError):
    """A period staff asked for that makes no sense."""

    def __init__(self, message_ko: str) -> None:
        super().__init__(message_ko, code="dashboard_period")


@dataclass(frozen=True)
class Period:
    """Days ``start`` (inclusive) to ``end`` (exclusive), in Korean dates, and how to group them."""

    start: date
    end: date
    granularity: str = "day"

    def __post_init__(self) -> None:
        if self.granularity not in GRANULARITIES:
            raise DashboardError(f"묶는 단위는 {', '.join(GRANULARITIES)} 중 하나여야 합니다.")
        if self.end <= self.start:
            raise DashboardError("기간의 끝은 시작보다 뒤여야 합니다.")
        if (self.end - self.start).days > 3 * 366:
            raise DashboardError("현황은 3년 이내의 기간만 볼 수 있습니다.")

    @classmethod
    def month(cls, year: int, month: int, granularity: str = "day") -> Period:
        if not (2000 <= year <= 2100 and 1 <= month <= 12):
            raise DashboardError(f"없는 달입니다: {year}-{month:02d}")
        start = date(year, month, 1)
        end = date(year + (month == 12), month % 12 + 1, 1)
        return cls(start, end, granularity)

    @classmethod
    def parse_month(cls, text: str, granularity: str = "day") -> Period:
        """``2026-11`` → that month."""
        try:
            year, month = (int(p) for p in text.strip().split("-"))
        except ValueError:
            raise DashboardError(f"달은 YYYY-MM 형식으로 적으세요: {text!r}") from None
        return cls.month(year, month, granularity)

    def utc_bounds(self) -> tuple[datetime, datetime]:
        return (datetime.combine(self.start, time(), KST), datetime.combine(self.end, time(), KST))

    def bucket_of(self, day: date) -> date:
        if self.granularity == "week":
            return day - timedelta(days=day.weekday())  # Monday
        if self.granularity == "month":
            return day.replace(day=1)
        return day

    def label(self) -> str:
        last = self.end - timedelta(days=1)
        return f"{self.start.isoformat()} ~ {last.isoformat()}"


@dataclass(frozen=True)
class Linked:
    """Records linked to one partner in one bucket (or the whole period)."""

    bucket: date
    partner: str
    records: int
    minutes: int
    hours: int  # hours NEIS recognises (NEIS only; 0 for the 1365-bound partners)

    @property
    def label(self) -> str:
        return PARTNER_LABELS.get(self.partner, self.partner)


@dataclass(frozen=True)
class ReasonCount:
    partner: str
    code: str
    message: str
    count: int


@dataclass(frozen=True)
class Dashboard:
    period: Period
    as_of: datetime
    buckets: tuple[Linked, ...]  # per bucket and partner, in bucket order
    totals: tuple[Linked, ...]  # per partner over the whole period
    students: int  # distinct volunteers with a record linked in the period
    waiting: int
    failed: int
    ambiguous: int
    failures: tuple[ReasonCount, ...]  # unfinished sends by error, most frequent first
    rejected: int
    rejections: tuple[ReasonCount, ...]  # the schools' reasons in the period
    certificates_issued: int
    certificates_void: int
    consents_expiring: dict[str, int] = field(default_factory=dict)  # partner → count within 30 days

    @property
    def total_records(self) -> int:
        return sum(t.records for t in self.totals)

    @property
    def total_minutes(self) -> int:
        return sum(t.minutes for t in self.totals)

    @property
    def total_hours(self) -> int:
        return sum(t.hours for t in self.totals)


def _day_expr(column, dialect: str):
    """The Korean calendar day of a UTC timestamp column, computed by the database."""
    if dialect == "postgresql":
        return cast(func.timezone("Asia/Seoul", column), Date)
    return func.date(column, "+9 hours")  # SQLite stores UTC text; date() shifts and truncates


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def linked(session, period: Period) -> tuple[list[Linked], int]:
    """(rows per Korean day and partner, distinct students) for records linked in the period."""
    lo, hi = period.utc_bounds()
    day = _day_expr(Link.sent_at, session.get_bind().dialect.name).label("day")
    hours = case((Link.partner == "neis", func.coalesce(OutboxItem.payload["hours"].as_integer(), 0)), else_=0)
    in_period = and_(Link.sent_at >= lo, Link.sent_at < hi, Link.status.in_(LINKED))
    stmt = (
        select(day, Link.partner, func.count(), func.coalesce(func.sum(Record.minutes), 0),
               func.coalesce(func.sum(hours), 0))
        .select_from(Link)
        .join(Record, Record.id == Link.record_id)
        .outerjoin(OutboxItem, and_(OutboxItem.kind == NEIS_KIND, OutboxItem.record_id == Link.record_id))
        .where(in_period)
        .group_by(day, Link.partner)
    )
    rows = [Linked(_as_date(d), p, int(n), int(m), int(h)) for d, p, n, m, h in session.execute(stmt)]
    students = session.scalar(
        select(func.count(distinct(Record.volunteer_id))).select_from(Link)
        .join(Record, Record.id == Link.record_id).where(in_period)) or 0
    return rows, int(students)


def fold(rows: list[Linked], period: Period) -> tuple[tuple[Linked, ...], tuple[Linked, ...]]:
    """Days → the period's buckets, and the totals per partner."""
    buckets: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    totals: dict[str, list[int]] = {p: [0, 0, 0] for p in PARTNERS}
    for r in rows:
        for acc in (buckets[(period.bucket_of(r.bucket), r.partner)], totals.setdefault(r.partner, [0, 0, 0])):
            acc[0] += r.records
            acc[1] += r.minutes
            acc[2] += r.hours
    by_bucket = tuple(Linked(b, p, *v) for (b, p), v in sorted(buckets.items()))
    by_partner = tuple(Linked(period.start, p, *v) for p, v in totals.items())
    return by_bucket, by_partner


def unfinished(session) -> tuple[int, int, int, tuple[ReasonCount, ...]]:
    """(waiting, failed, ambiguous, failures by reason) over the outbox's unfinished rows."""
    is_open = OutboxItem.status.not_in([literal_column("'sent'"), literal_column("'cancelled'")])
    stmt = (select(OutboxItem.partner, OutboxItem.status, OutboxItem.last_error_code, func.count(),
                   func.max(OutboxItem.last_error_message))
            .where(is_open).group_by(OutboxItem.partner, OutboxItem.status, OutboxItem.last_error_code))
    waiting = failed = ambiguous = 0
    reasons: dict[tuple[str, str], list] = {}
    for partner, status, code, n, message in session.execute(stmt):
        if status == "ambiguous":
            ambiguous += n
        elif status == "failed" or code:
            failed += n
        else:
            waiting += n
        if code or status in ("failed", "ambiguous"):
            key = (partner, code or status)
            acc = reasons.setdefault(key, [0, message or ""])
            acc[0] += n
    ranked = sorted((ReasonCount(p, c, m, n) for (p, c), (n, m) in reasons.items()), key=lambda r: (-r.count, r.code))
    return waiting, failed, ambiguous, tuple(ranked)


def rejections(session, period: Period) -> tuple[int, tuple[ReasonCount, ...]]:
    lo, hi = period.utc_bounds()
    stmt = (select(Link.partner, Link.result, func.count())
            .where(Link.status == "rejected", Link.sent_at >= lo, Link.sent_at < hi)
            .group_by(Link.partner, Link.result))
    rows = [ReasonCount(p, "rejected", r or "", int(n)) for p, r, n in session.execute(stmt)]
    rows.sort(key=lambda r: (-r.count, r.message))
    return sum(r.count for r in rows), tuple(rows)


def certificates(session, period: Period) -> tuple[int, int]:
    lo, hi = period.utc_bounds()
    stmt = (select(Certificate.status, func.count())
            .where(Certificate.issued_at >= lo, Certificate.issued_at < hi).group_by(Certificate.status))
    counts = dict(session.execute(stmt).all())
    return sum(counts.values()), int(counts.get("void", 0))


def expiring(session, now: datetime, days: int = EXPIRY_DAYS) -> dict[str, int]:
    stmt = (select(ConsentSeen.partner, func.count())
            .where(ConsentSeen.expires_at >= now, ConsentSeen.expires_at < now + timedelta(days=days))
            .group_by(ConsentSeen.partner))
    return {p: int(n) for p, n in session.execute(stmt)}


def compute(session, period: Period, now: datetime) -> Dashboard:
    """Every figure of the dashboard in one read-only session (no access-log entry: see :func:`open_dashboard`)."""
    rows, students = linked(session, period)
    by_bucket, totals = fold(rows, period)
    waiting, failed, ambiguous, failures = unfinished(session)
    rejected, reasons = rejections(session, period)
    issued, void = certificates(session, period)
    return Dashboard(period, now, by_bucket, totals, students, waiting, failed, ambiguous, failures,
                     rejected, reasons, issued, void, expiring(session, now))


def open_dashboard(core, period: Period) -> Dashboard:
    """The dashboard for ``period``, recorded as a 조회 of 현황 in the same unit of work."""
    from linkdesk.services.audit import record_access

    now = core.clock.now()
    with core.store.unit_of_work() as uow:
        board = compute(uow.session, period, now)
        record_access(uow, core.actor, "view", VIEW_TARGET, at=now, detail=period.label())
    return board
