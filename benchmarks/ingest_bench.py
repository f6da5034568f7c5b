"""Cache ingest: volunteers' records written through the store against raw ``sqlite3.executemany``
of the same rows into the same table, in one transaction each.

    .venv/bin/python benchmarks/ingest_bench.py [--records 20000] [--repeat 3]

The store path is ``uow.records.upsert_many`` (what a 1365 / VMS / Red Cross sync uses: an
``INSERT … ON CONFLICT DO UPDATE`` executemany through SQLAlchemy Core, dates and times converted as
the columns declare). The baseline gets the rows already converted to SQLite's storage form. The
figure is rows per second and the store's share of the raw speed (goal, issue 13: ≥ 0.5×).
"""

from __future__ import annotations

import argparse
import os
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from linkdesk.store import Store  # noqa: E402

VOLUNTEERS = 200
T0 = dt.datetime(2026, 5, 15, 1, 0, tzinfo=dt.timezone.utc)


def records(n: int) -> dict[str, list[dict]]:
    by_volunteer: dict[str, list[dict]] = {}
    for i in range(n):
        vid = f"V-{i % VOLUNTEERS:04d}"
        day = dt.date(2025, 3, 1) + dt.timedelta(days=i % 400)
        by_volunteer.setdefault(vid, []).append({
            "id": f"R-{i:07d}", "source": "1365", "date": day.isoformat(), "seq": 1 + i % 3,
            "organization": "성북구자원봉사센터", "category": "0800", "activity": "하천 환경정화",
            "start": "09:00", "end": "12:00", "minutes": 180})
    return by_volunteer


def fresh(tmp: Path, name: str) -> Store:
    store = Store.open(url=f"sqlite:///{tmp / name}")
    with store.unit_of_work() as uow:
        for n in range(VOLUNTEERS):
            uow.volunteers.save(f"V-{n:04d}", name="김민준")
    return store


def through_store(tmp: Path, name: str, data: dict[str, list[dict]]) -> float:
    store = fresh(tmp, name)
    try:
        start = time.perf_counter()
        with store.unit_of_work() as uow:
            for vid, rows in data.items():
                uow.records.upsert_many(vid, rows, fetched_at=T0)
        return time.perf_counter() - start
    finally:
        store.close()


def raw(tmp: Path, name: str, data: dict[str, list[dict]]) -> float:
    fresh(tmp, name).close()
    at = T0.strftime("%Y-%m-%d %H:%M:%S.%f")
    rows = [(r["id"], vid, r["source"], None, r["date"], r["seq"], r["organization"], r["category"], r["activity"],
             r["start"], r["end"], r["minutes"], "regular", at) for vid, rs in data.items() for r in rs]
    conn = sqlite3.connect(tmp / name)
    try:
        start = time.perf_counter()
        with conn:
            conn.executemany(
                "INSERT INTO records (id, volunteer_id, source, source_id, date, seq, organization, category, "
                "activity, start, \"end\", minutes, nature, fetched_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        return time.perf_counter() - start
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=1 if os.environ.get("LINKDESK_BENCH_SIZE") == "ci" else 3)
    args = parser.parse_args()
    data = records(args.records)
    store_s, raw_s = [], []
    with tempfile.TemporaryDirectory(prefix="linkdesk-ingest-") as tmp:
        for i in range(args.repeat):
            raw_s.append(raw(Path(tmp), f"raw{i}.db", data))
            store_s.append(through_store(Path(tmp), f"store{i}.db", data))
    s, r = statistics.median(store_s), statistics.median(raw_s)
    print(f"raw sqlite3.executemany   {args.records / r:10.0f} rows/s  ({r * 1000:7.1f} ms)")
    print(f"store upsert_many         {args.records / s:10.0f} rows/s  ({s * 1000:7.1f} ms)")
    print(f"RESULT ingest ratio {r / s:5.2f}x of raw   (goal >= 0.5x)")


if __name__ == "__main__":
    main()
