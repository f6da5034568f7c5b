"""Two counters flushing at once never claim the same row, on SQLite and on PostgreSQL.

Each claimer has its own Store (its own engine and connections), as two counter PCs would; a
Barrier starts them together. No sleeps: they race for real, as fast as they can.
"""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from linkdesk.store import Store
from linkdesk.store import outbox
from linkdesk.store.models import OutboxItem

T0 = dt.datetime(2026, 5, 15, 1, 0, tzinfo=dt.timezone.utc)
ROWS = 400


def _queue_many(store: Store, n: int) -> set[int]:
    with store.unit_of_work() as uow:
        uow.volunteers.save("V-1", name="김민준")
        rows = [{"id": f"R-{i}", "date": "2026-04-01", "minutes": 60} for i in range(n)]
        uow.records.upsert_many("V-1", rows)
        return {
            outbox.enqueue(uow, "neis_submit", "neis", {"record_id": f"R-{i}"}, record_id=f"R-{i}", now=T0).id
            for i in range(n)
        }


def _drain(url: str, owner: str, start: threading.Barrier) -> list[int]:
    """Claim until nothing is due, like ``linkdesk outbox flush`` on one counter."""
    with Store(url) as store:
        start.wait()
        got: list[int] = []
        while batch := outbox.claim(store, owner, now=T0, limit=5, lease_seconds=300):
            got.extend(item.id for item in batch)
        return got


def test_two_concurrent_claimers_get_disjoint_rows(store: Store, db_url: str) -> None:
    queued = _queue_many(store, ROWS)
    start = threading.Barrier(2, timeout=60)
    with ThreadPoolExecutor(max_workers=2) as pool:
        fa = pool.submit(_drain, db_url, "counter-a", start)
        fb = pool.submit(_drain, db_url, "counter-b", start)
        a, b = fa.result(timeout=240), fb.result(timeout=240)
    assert len(a) == len(set(a)) and len(b) == len(set(b))
    assert set(a).isdisjoint(b), f"{len(set(a) & set(b))} rows claimed twice"
    assert set(a) | set(b) == queued
    with store.unit_of_work(read_only=True) as uow:
        owners = dict(uow.session.execute(
            select(OutboxItem.lease_owner, func.count()).group_by(OutboxItem.lease_owner)).all())
        assert owners == {k: v for k, v in {"counter-a": len(a), "counter-b": len(b)}.items() if v}
        assert uow.session.scalar(select(func.max(OutboxItem.attempts))) == 1  # each claimed once


def _enqueue_same(url: str, start: threading.Barrier) -> int:
    with Store(url) as store:
        start.wait()
        with store.unit_of_work() as uow:
            return outbox.enqueue(uow, "neis_submit", "neis", {"record_id": "R-0"}, record_id="R-0", now=T0).id


def test_two_counters_queueing_the_same_record_get_one_row(store: Store, db_url: str) -> None:
    with store.unit_of_work() as uow:
        uow.volunteers.save("V-1", name="김민준")
        uow.records.upsert_many("V-1", [{"id": "R-0", "date": "2026-04-01", "minutes": 60}])
    start = threading.Barrier(2, timeout=60)
    with ThreadPoolExecutor(max_workers=2) as pool:
        ids = [f.result(timeout=120) for f in [pool.submit(_enqueue_same, db_url, start) for _ in range(2)]]
    assert ids[0] == ids[1]
    assert outbox.counts(store)["queued"] == 1
