"""How the pending-review queries behave with 100,000 waiting rows in a SQLite file.

    .venv/bin/python benchmarks/pending_bench.py [--rows 100000] [--db NEW_FILE] [--repeat 3]
                                                 [--without-indexes]

Fills a fresh SQLite database (bulk inserts: schools, volunteers, records, outbox rows in every
review status, plus already-sent rows that must not be listed), then times each query the screen
makes -- first page, count, counts per status, a filtered page, a sorted page, a deep page -- and
the same queries as one full, unpaged fetch (what a non-lazy table would have to do), with the ratio.
Prints figures only; no assertions (speed depends on the machine).

Then the review filters (texts of 3+ and of 1-2 letters, a school, a volunteer) as the screen runs
them on a filter change (first page and count), against two baselines measured in the same run:
the statements of the first pass of issue 13 (``previous``: FTS / indexes, but every waiting row
walked in list order and tested against the matches) and the filters as they were before migration
0006 (``baseline``: every waiting row joined to its record and volunteer, ``ILIKE`` on each). The
three must give the same rows in the same order (checked before timing). ``--rows 1000000`` gives
the issue's large case (filling takes a few minutes).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from functools import partial

from sqlalchemy import and_, func, insert, or_, select

from linkdesk.clock import SystemClock
from linkdesk.config import Config
from linkdesk.services import pending as P
from linkdesk.services import pending_query as Q
from linkdesk.services.core import Core, partner_settings
from linkdesk.services.pending import PendingFilter, PendingQuery
from linkdesk.store import Store
from linkdesk.store.models import OutboxItem, Record, School, Volunteer
from linkdesk.store.text_search import MIN_TRIGRAM, like_pattern, matching

FAMILY = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ["민준", "서연", "지호", "하은", "도윤", "서준", "지우", "예린", "유나", "하늘", "시우", "수아"]
ORGS = ["성북구자원봉사센터", "보문동주민센터", "학산종합사회복지관", "성북노인종합복지관", "가람가정봉사원지원센터",
        "대한적십자사 서울지사", "한빛도서관", "새봄어린이집"]
ACTS = ["환경정화(쓰레기 줍기)", "교육지원(학습지도)", "생활지원(식사 배달)", "말벗", "캠페인", "급식 봉사", "재가방문"]
# review status of the pending rows: (outbox status, error code), share out of 100
MIX = [("queued", None)] * 70 + [("queued", "partner_unavailable")] * 15 + [("ambiguous", "ambiguous")] * 5 \
    + [("failed", "record_ineligible")] * 8 + [("in_flight", None)] * 2
PARTNERS = [("neis", "neis_submit")] * 6 + [("vms", "vms_transfer")] * 2 + [("redcross", "redcross_link")] * 2
T0 = datetime(2026, 3, 2, tzinfo=timezone.utc)
PARTIAL_INDEXES = ("ix_outbox_open_created", "ix_outbox_open_status")


def fill(store: Store, rows: int, sent: int) -> None:
    n_volunteers = max(rows // 5, 1)
    n_schools = 500
    with store.unit_of_work() as uow:
        s = uow.session
        s.execute(insert(School), [
            {"code": f"B{i:06d}", "office": "서울특별시교육청", "name": f"{ORGS[i % 8][:2]}{i}학교", "kind": "middle",
             "region": "서울특별시", "address": "", "choseong": ""} for i in range(n_schools)])
        s.execute(insert(Volunteer), [
            {"volunteer_id": f"V-{i}", "name": FAMILY[i % len(FAMILY)] + GIVEN[(i // 7) % len(GIVEN)],
             "birth_date": date(2008 + i % 6, 1 + i % 12, 1 + i % 28), "school_code": f"B{i % n_schools:06d}",
             "grade": 1 + i % 3, "class_no": 1 + i % 9, "updated_at": T0} for i in range(n_volunteers)])
        total = rows + sent
        for start in range(0, total, 20_000):
            chunk = range(start, min(total, start + 20_000))
            s.execute(insert(Record), [
                {"id": f"R-{i}", "volunteer_id": f"V-{i % n_volunteers}", "source": "1365", "date": date(2026, 3, 2)
                 + timedelta(days=i % 200), "seq": 1, "organization": ORGS[i % len(ORGS)],
                 "activity": ACTS[(i // 3) % len(ACTS)], "minutes": 60 + 30 * (i % 5), "nature": "regular",
                 "fetched_at": T0} for i in chunk])
            s.execute(insert(OutboxItem), [_item(i, i >= rows) for i in chunk])


def _item(i: int, sent: bool) -> dict:
    status, code = ("sent", None) if sent else MIX[i % len(MIX)]
    partner, kind = PARTNERS[(i // 3) % len(PARTNERS)]
    at = T0 + timedelta(minutes=i)
    return {"kind": kind, "partner": partner, "payload": {"volunteer_id": f"V-{i}", "hours": 2},
            "idempotency_key": str(uuid.uuid4()), "record_id": f"R-{i}", "status": status, "attempts": 1 if code else 0,
            "next_attempt_at": at + timedelta(minutes=30), "created_at": at, "updated_at": at,
            "last_error_code": code, "last_error_message": "나이스 점검 중입니다." if code else None,
            "lease_owner": "bench" if status == "in_flight" else None,
            "lease_until": at + timedelta(minutes=2) if status == "in_flight" else None}


def timed(func: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``func`` in milliseconds."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--sent", type=int, default=20_000, help="already sent rows (never listed)")
    parser.add_argument("--db", type=Path, help="SQLite file (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true",
                        help="--db was filled by an earlier run with the same --rows and --sent: measure it again")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--filters-only", action="store_true",
                        help="only the review filters against their baseline (skips the slow full fetches)")
    parser.add_argument("--without-indexes", action="store_true",
                        help="drop the partial indexes of migration 0004 first (to see what they bring)")
    args = parser.parse_args(argv)
    if args.reuse and not (args.db and args.db.exists()):
        parser.error("--reuse needs an existing --db")
    if args.db and args.db.exists() and not args.reuse:
        parser.error(f"{args.db} exists; give a new file (or --reuse it)")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        store = Store.open(url=f"sqlite:///{path}")
        if args.without_indexes:
            with store.engine.begin() as conn:
                for name in PARTIAL_INDEXES:
                    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        started = time.perf_counter()
        if not args.reuse:
            fill(store, args.rows, args.sent)
            store.engine.dispose()  # the bulk fill's WAL into the file, as a day's use leaves it: outside
            raw = sqlite3.connect(path)  # any transaction (the store's connections begin one at once)
            try:
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
        print(f"{'reused' if args.reuse else 'filled'} {args.rows:,} pending + {args.sent:,} sent rows "
              f"in {time.perf_counter() - started:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")
        cfg = Config()
        core = Core(config=cfg, data_dir=Path(tmp), store=store, clock=SystemClock(), training=False,
                    settings=partner_settings(cfg, base_url="http://127.0.0.1:9", api_key="bench"))
        try:
            if args.filters_only:
                filters(core, args.repeat)
            else:
                report(core, args.repeat, args.rows)
        finally:
            core.close()
    return 0


def report(core: Core, repeat: int, rows: int) -> None:
    everything = PendingQuery()
    filtered = PendingQuery(PendingFilter(partners=("neis",), text="환경"))
    school = PendingQuery(PendingFilter(school_code="B000042"))
    by_name = PendingQuery(sort="volunteer", descending=True)
    deep = max(rows - P.PAGE_SIZE, 0)
    cases = [
        ("first page", lambda: P.page(core, everything), lambda: P.page(core, everything, limit=None)),
        ("count", lambda: P.count(core), lambda: len(P.page(core, everything, limit=None))),
        ("counts per status", lambda: P.status_counts(core),
         lambda: {r.status for r in P.page(core, everything, limit=None)}),
        ("filtered page (neis + text)", lambda: P.page(core, filtered), lambda: P.page(core, filtered, limit=None)),
        ("filtered page (school)", lambda: P.page(core, school), lambda: P.page(core, school, limit=None)),
        ("sorted page (name desc)", lambda: P.page(core, by_name), lambda: P.page(core, by_name, limit=None)),
        (f"deep page (offset {deep:,})", lambda: P.page(core, everything, offset=deep),
         lambda: P.page(core, everything, limit=None)),
        ("overview (page+count+counts+log)", lambda: P.overview(core, everything),
         lambda: P.page(core, everything, limit=None)),
    ]
    print(f"{'query':36} {'paged ms':>10} {'full fetch ms':>14} {'ratio':>8}")
    for name, paged, full in cases:
        a, b = timed(paged, repeat), timed(full, repeat)
        print(f"{name:36} {a:10.1f} {b:14.1f} {b / a if a else float('inf'):7.1f}x")
    filters(core, repeat)


def legacy(f: PendingFilter, counting: bool):
    """A filter as it was written before migration 0006: joined rows, ILIKE on each (the baseline)."""
    what = select(func.count(OutboxItem.id)) if counting else select(*Q.ROW_COLUMNS)
    stmt = Q._joined(what.select_from(OutboxItem)).where(Q.is_open)
    if f.school_code:
        stmt = stmt.where(Volunteer.school_code == f.school_code)
    if f.volunteer_id:
        stmt = stmt.where(Q.volunteer_of == f.volunteer_id)
    if f.text:
        pattern = f"%{f.text}%"
        stmt = stmt.where(or_(Volunteer.name.ilike(pattern), Record.organization.ilike(pattern),
                              Record.activity.ilike(pattern)))
    return stmt if counting else stmt.order_by(OutboxItem.created_at, OutboxItem.id).limit(P.PAGE_SIZE)


class _old_matching(matching):  # noqa: N801
    """``matching`` as the first pass compiled it: ``(… IN (…)) = 1`` on SQLite, which no index serves."""

    _is_implicitly_boolean = False
    inherit_cache = False


def previous(f: PendingFilter, counting: bool):
    """A filter change as the first pass of issue 13 wrote it (migration 0006, before this change):
    an OR of the record and payload conditions, short texts on every joined row."""
    def of_volunteers(is_theirs):
        records = select(Record.id).where(is_theirs(Record.volunteer_id)).correlate(None)
        return or_(OutboxItem.record_id.in_(records),
                   and_(OutboxItem.record_id.is_(None), is_theirs(Q.payload_volunteer)))

    text = f.text.strip()
    short = 0 < len(text) < MIN_TRIGRAM
    where = [Q.is_open]
    if f.school_code:
        school = select(Volunteer.volunteer_id).where(Volunteer.school_code == f.school_code).correlate(None)
        where.append(of_volunteers(lambda v: v.in_(school)))
    if f.volunteer_id:
        where.append(of_volunteers(lambda v: v == f.volunteer_id))
    if short:
        pattern = like_pattern(text)
        where.append(or_(*(c.ilike(pattern, escape="\\") for c in (Volunteer.name, Record.organization,
                                                                    Record.activity))))
    elif text:
        named = partial(_old_matching, table="volunteers", key="volunteer_id", text=text)
        where.append(or_(_old_matching(OutboxItem.record_id, "records", "id", text), of_volunteers(named)))
    order = (OutboxItem.created_at, OutboxItem.id)
    if counting:
        stmt = select(func.count(OutboxItem.id)).select_from(OutboxItem)
        return (Q._joined(stmt) if short else stmt).where(*where)
    if short:  # the page read from the joined rows
        stmt = Q._joined(select(*Q.ROW_COLUMNS).select_from(OutboxItem)).where(*where)
        return stmt.order_by(*order).limit(P.PAGE_SIZE)
    ids = select(OutboxItem.id).where(*where).order_by(*order).limit(P.PAGE_SIZE)  # ids first, then joined
    return Q._joined(select(*Q.ROW_COLUMNS).select_from(OutboxItem)).where(OutboxItem.id.in_(ids)).order_by(*order)


FILTER_CASES = [
    ("text, 3+ letters (FTS / pg_trgm)", PendingFilter(text="도서관")),
    ("text, 3+ letters, a quarter of rows", PendingFilter(text="복지관")),
    ("text, a name", PendingFilter(text="김민준")),
    ("text, 2 letters (no trigram: LIKE)", PendingFilter(text="말벗")),
    ("text, 2 letters of a name", PendingFilter(text="민준")),
    ("text, 1 letter", PendingFilter(text="빛")),
    ("school", PendingFilter(school_code="B000042")),
    ("a volunteer", PendingFilter(volunteer_id="V-42")),
    ("none (every waiting row)", PendingFilter()),
]


def filters(core: Core, repeat: int) -> None:
    """A filter change: the first page and the count, now against the previous and the old statements;
    then what the screen runs on a filter change (:func:`pending.overview`: page, counts, access log)."""
    print(f"\n{'filter change (page + count)':38} {'now ms':>8} {'previous':>9} {'ratio':>7} {'baseline':>9} {'ratio':>7}"
          f" {'rows':>8} {'overview':>9}")
    results = []
    for name, f in FILTER_CASES:
        def now(f=f):
            return [r.item_id for r in P.page(core, PendingQuery(f))], P.count(core, f)

        def run(make, f=f):
            with core.store.unit_of_work(read_only=True) as uow:
                return [r.id for r in uow.session.execute(make(f, False))], uow.session.scalar(make(f, True))

        def before(f=f):
            return run(previous)

        def oldest(f=f):
            return run(legacy)

        found = now()
        assert found == before() == oldest(), name
        a, b, c = timed(now, repeat), timed(before, repeat), timed(oldest, repeat)
        screen = timed(lambda f=f: P.overview(core, PendingQuery(f)), repeat)
        print(f"{name:38} {a:8.1f} {b:9.1f} {b / a:6.1f}x {c:9.1f} {c / a:6.1f}x {found[1]:8,} {screen:9.1f}")
        results.append((name, a, b, c))
    for name, a, b, c in results:
        print(f"RESULT pending filter change, {name}: {a:.0f} ms, previous {b:.0f} ms ({b / a:.1f}x), "
              f"before 0006 {c:.0f} ms ({c / a:.1f}x)   (goal <= 100 ms at 100,000 rows, <= 1 s at 1,000,000)")


if __name__ == "__main__":
    raise SystemExit(main())
