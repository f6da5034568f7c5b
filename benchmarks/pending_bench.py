"""How the pending-review queries behave with 100,000 waiting rows in a SQLite file.

    .venv/bin/python benchmarks/pending_bench.py [--rows 100000] [--db NEW_FILE] [--repeat 3]
                                                 [--without-indexes]

Fills a fresh SQLite database (bulk inserts: schools, volunteers, records, outbox rows in every
review status, plus already-sent rows that must not be listed), then times each query the screen
makes -- first page, count, counts per status, a filtered page, a sorted page, a deep page -- and
the same queries as one full, unpaged fetch (what a non-lazy table would have to do), with the ratio.
Prints figures only; no assertions (speed depends on the machine).

Then the review filters (a text, a school) as the screen runs them on a filter change (first page
and count), against the baseline measured in the same run: the same filters written as they were
before migration 0006 (every waiting row joined to its record and volunteer, ``ILIKE`` on each).
``--rows 1000000`` gives the issue's large case (filling takes a few minutes).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, insert, or_, select

from linkdesk.clock import SystemClock
from linkdesk.config import Config
from linkdesk.services import pending as P
from linkdesk.services import pending_query as Q
from linkdesk.services.core import Core, partner_settings
from linkdesk.services.pending import PendingFilter, PendingQuery
from linkdesk.store import Store
from linkdesk.store.models import OutboxItem, Record, School, Volunteer

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
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--filters-only", action="store_true",
                        help="only the review filters against their baseline (skips the slow full fetches)")
    parser.add_argument("--without-indexes", action="store_true",
                        help="drop the partial indexes of migration 0004 first (to see what they bring)")
    args = parser.parse_args(argv)
    if args.db and args.db.exists():
        parser.error(f"{args.db} exists; give a new file")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        store = Store.open(url=f"sqlite:///{path}")
        if args.without_indexes:
            with store.engine.begin() as conn:
                for name in PARTIAL_INDEXES:
                    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        started = time.perf_counter()
        fill(store, args.rows, args.sent)
        print(f"filled {args.rows:,} pending + {args.sent:,} sent rows in {time.perf_counter() - started:.1f} s "
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
    if f.text:
        pattern = f"%{f.text}%"
        stmt = stmt.where(or_(Volunteer.name.ilike(pattern), Record.organization.ilike(pattern),
                              Record.activity.ilike(pattern)))
    return stmt if counting else stmt.order_by(OutboxItem.created_at, OutboxItem.id).limit(P.PAGE_SIZE)


def filters(core: Core, repeat: int) -> None:
    """A filter change: the first page and the count, indexed now against the old statements."""
    cases = [("text, 3+ letters (FTS / pg_trgm)", PendingFilter(text="도서관")),
             ("text, a name", PendingFilter(text="김민준")),
             ("text, 2 letters (no trigram: LIKE)", PendingFilter(text="말벗")),
             ("school", PendingFilter(school_code="B000042"))]
    print(f"\n{'filter change (page + count)':36} {'now ms':>10} {'baseline ms':>14} {'ratio':>8}")
    for name, f in cases:
        def now(f=f):
            return P.page(core, PendingQuery(f)), P.count(core, f)

        def before(f=f):
            with core.store.unit_of_work(read_only=True) as uow:
                return list(uow.session.execute(legacy(f, False))), uow.session.scalar(legacy(f, True))

        assert [r.item_id for r in now()[0]] == [r.id for r in before()[0]] and now()[1] == before()[1], name
        a, b = timed(now, repeat), timed(before, repeat)
        print(f"{name:36} {a:10.1f} {b:14.1f} {b / a if a else float('inf'):7.1f}x")


if __name__ == "__main__":
    raise SystemExit(main())
