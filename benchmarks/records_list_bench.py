"""``linkdesk records list`` / the records of one volunteer, with millions of records in the cache.

The query is the repository's (``RecordRepository.for_volunteer`` and ``LinkRepository.
for_volunteer`` for each partner, as ``services/records_query.py`` runs them). Baseline, measured in
the same run on the same database: the schema without the indexes of migration 0006 (dropped for
the baseline, created again for the figure). The cache is filled with made-up rows through raw
``sqlite3`` (fast); 100 records per volunteer, most of them with a NEIS link.

    .venv/bin/python benchmarks/records_list_bench.py                    # 200,000 records (CI size)
    .venv/bin/python benchmarks/records_list_bench.py --records 2000000  # the issue's size (~1-2 min)
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _timing import median_ms, row  # noqa: E402

from linkdesk.store import Store  # noqa: E402
from linkdesk.store.paths import sqlite_url  # noqa: E402

PER_VOLUNTEER = 100
PARTNERS = ("neis", "1365", "vms", "redcross")
# the indexes migration 0006 adds for this query: (name, table, columns)
INDEXES = (("ix_records_volunteer_order", "records", "volunteer_id, date, seq, id"),)


def fill(path: Path, n: int) -> None:
    con = sqlite3.connect(path)
    vols = n // PER_VOLUNTEER
    con.executemany("INSERT INTO volunteers (volunteer_id, name, updated_at) VALUES (?, ?, '2026-05-01 00:00:00')",
                    ((f"V-{v:07d}", "홍길동") for v in range(vols)))
    start = date(2026, 3, 2)

    def records():
        for i in range(n):
            v = i % vols  # a volunteer's records are spread over the table, as years of syncs leave them
            yield (f"R{i:08d}", f"V-{v:07d}", "1365", (start + timedelta(days=i % 250)).isoformat(), 1 + i % 3,
                   "성북구자원봉사센터", "0800", "환경정화", "09:00", "11:00", 120, "regular", "2026-05-01 00:00:00")

    con.executemany("INSERT INTO records (id, volunteer_id, source, date, seq, organization, category, activity,"
                    " start, \"end\", minutes, nature, fetched_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", records())
    con.executemany("INSERT INTO links (record_id, partner, status, updated_at) VALUES (?, ?, 'sent', "
                    "'2026-05-01 00:00:00')",
                    ((f"R{i:08d}", PARTNERS[i % 7 % 4]) for i in range(n) if i % 5))
    con.commit()
    con.execute("ANALYZE")
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        with Store(sqlite_url(path)) as store:
            store.upgrade()
        fill(path, args.records)
        vols = args.records // PER_VOLUNTEER
        print(f"{args.records:,} records of {vols:,} volunteers")
        with Store(sqlite_url(path)) as store:
            targets = iter(range(10**9))

            def listing() -> int:
                vid = f"V-{next(targets) * 7919 % vols:07d}"
                with store.unit_of_work(read_only=True) as uow:
                    records = uow.records.for_volunteer(vid)
                    links = [uow.links.for_volunteer(vid, p) for p in PARTNERS]
                return len(records) + sum(map(len, links))

            def indexes(create: bool) -> None:
                con = sqlite3.connect(path)
                for name, table, columns in INDEXES:
                    con.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})" if create
                                else f"DROP INDEX IF EXISTS {name}")
                con.execute("ANALYZE")
                con.close()

            indexes(create=False)
            store.engine.dispose()
            base = median_ms(listing, repeat=9)
            print(row("baseline: without the indexes of 0006", base))
            indexes(create=True)
            store.engine.dispose()
            print(row("records list (records + links of 4 partners)", median_ms(listing, repeat=9), base))


if __name__ == "__main__":
    main()
