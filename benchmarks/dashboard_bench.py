"""현황: opening the dashboard on a big cache, against the plain count query over the same month.

    .venv/bin/python benchmarks/dashboard_bench.py [--volunteers 100000] [--records 2000000]

The default is CI-sized (20,000 volunteers, 200,000 records); the issue's figure is for 100,000
volunteers and 2,000,000 records (~2 minutes to build on this machine). Records are spread over
four years; about one in four is linked to a partner. The baseline is the plainest useful query:
``SELECT count(*) FROM links WHERE sent_at in the month``. Prints the median of repeated opens and
the ratio to the baseline; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select  # noqa: E402

from benchmarks._timing import median_ms  # noqa: E402
from linkdesk.clock import KST  # noqa: E402
from linkdesk.services import dashboard as D  # noqa: E402
from linkdesk.store import Store  # noqa: E402
from linkdesk.store.models import Link, OutboxItem, Record, Volunteer  # noqa: E402
from linkdesk.store.paths import sqlite_url  # noqa: E402

START = date(2023, 3, 1)
DAYS = 4 * 365


def build(store: Store, volunteers: int, records: int, batch: int = 50_000) -> None:
    with store.unit_of_work() as uow:
        uow.session.execute(insert(Volunteer), [{"volunteer_id": f"V{i}", "name": "봉사자"} for i in range(volunteers)])
    for lo in range(0, records, batch):
        ids = range(lo, min(records, lo + batch))
        with store.unit_of_work() as uow:
            s = uow.session
            s.execute(insert(Record), [{"id": f"R{i}", "volunteer_id": f"V{i % volunteers}", "source": "1365",
                                        "date": START + timedelta(days=i % DAYS), "minutes": 60 + 30 * (i % 5)}
                                       for i in ids])
            linked = [i for i in ids if i % 4 == 0]
            s.execute(insert(Link), [{"record_id": f"R{i}", "partner": ("neis", "vms", "redcross")[i % 3],
                                      "status": "rejected" if i % 97 == 0 else "sent",
                                      "sent_at": datetime.combine(START + timedelta(days=i % DAYS + 3), time(11), KST),
                                      "result": "반려 사유" if i % 97 == 0 else None} for i in linked])
            s.execute(insert(OutboxItem), [{"kind": "neis_submit", "partner": "neis", "payload": {"hours": 2},
                                            "idempotency_key": uuid.uuid4().hex, "record_id": f"R{i}", "status": "sent",
                                            "next_attempt_at": datetime.now(KST)} for i in linked if i % 3 == 0])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--volunteers", type=int, default=20_000)
    ap.add_argument("--records", type=int, default=200_000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(url=sqlite_url(Path(tmp) / "bench.db"))
        build(store, args.volunteers, args.records)
        period = D.Period.month(2025, 11)
        lo, hi = period.utc_bounds()
        now = datetime(2025, 12, 1, tzinfo=KST)

        def plain():
            with store.unit_of_work(read_only=True) as uow:
                return uow.session.scalar(select(func.count()).select_from(Link)
                                          .where(Link.sent_at >= lo, Link.sent_at < hi))

        def dashboard():
            with store.unit_of_work(read_only=True) as uow:
                return D.compute(uow.session, period, now)

        n = plain()
        base = median_ms(plain)
        full = median_ms(dashboard)
        board = dashboard()
        store.close()
    print(f"cache: {args.volunteers:,} volunteers, {args.records:,} records; {n:,} links in {period.label()}")
    print(f"{'plain count of the month (baseline)':<44} {base:8.2f} ms")
    print(f"{'dashboard, every figure':<44} {full:8.2f} ms   ×{full / base:.1f} the baseline")
    print(f"  ({board.total_records:,} records, {board.students:,} students, {board.rejected} rejected)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
