"""The concurrent outbox: volunteers at once, each volunteer's records in order, each record once,
answers settled in batches with the lease still checked per row.

No timing: concurrency is proven by a barrier that only opens when several lanes are in flight
together (a serial sender breaks it), and by the order in which the sandbox received submissions.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter, defaultdict

import pytest

from linkdesk.clock import OffsetClock
from linkdesk.services.core import open_core
from linkdesk.services.dispatcher import Dispatcher
from linkdesk.services.send_pool import SendPool
from linkdesk.store import Store
from linkdesk.store import outbox
from linkdesk.store.outbox import Settlement
from tests.fixtures.classroom import classroom_scenario, queue_class, queue_rows
from tests.fixtures.core import core_config

STUDENTS = 6
LIMIT = 3
T0 = dt.datetime(2026, 5, 15, 1, 0, tzinfo=dt.timezone.utc)


def test_the_pool_runs_lanes_at_once_within_the_partner_limit_and_each_lane_in_order() -> None:
    items = [(partner, lane, n) for partner in ("neis", "vms") for lane in "abcde" for n in range(4)]
    barrier = {p: threading.Barrier(LIMIT, timeout=30) for p in ("neis", "vms")}
    guard = threading.Lock()
    in_flight: Counter[str] = Counter()
    most: Counter[str] = Counter()
    seen: dict[tuple[str, str], list[int]] = defaultdict(list)

    def attempt(item):
        partner, lane, n = item
        with guard:
            in_flight[partner] += 1
            most[partner] = max(most[partner], in_flight[partner])
            seen[partner, lane].append(n)
        if n == 0 and lane in "abc":  # the first round: LIMIT different lanes must be in flight together
            barrier[partner].wait()
        with guard:
            in_flight[partner] -= 1
        return n * 10

    pool = SendPool(items, partner=lambda i: i[0], lane=lambda i: i[1], attempt=attempt, per_partner=LIMIT).start()
    results = [pool.results.get(timeout=30) for _ in items]
    pool.stop()
    assert sorted(r for _, r in results) == sorted(n * 10 for *_, n in items)
    assert dict(most) == {"neis": LIMIT, "vms": LIMIT}  # never more than the limit per partner
    assert all(order == [0, 1, 2, 3] for order in seen.values()) and len(seen) == 10


@pytest.mark.parametrize("scenario", [classroom_scenario(STUDENTS)], indirect=True)
def test_a_flush_sends_volunteers_at_once_each_in_order_and_every_record_once(sandbox, tmp_path, monkeypatch):
    monkeypatch.delenv("LINKDESK_API_KEY", raising=False)
    cfg = core_config(sandbox)
    cfg.outbox.partner_concurrency = LIMIT
    core = open_core(cfg, tmp_path / "data", clock=OffsetClock())
    try:
        queued = queue_class(core, STUDENTS)
        assert sandbox.state()["neis_submissions"] == []
        # a little latency so the lanes overlap for sure
        sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "latency", "ms": 30, "times": 0}])
        seen: list[int] = []
        outcomes = Dispatcher(core).flush(progress=lambda n, item: seen.append(n))
        wanted = {rid for rids in queued.values() for rid in rids}
        assert {o.record_id for o in outcomes if o.status == "sent"} == wanted and len(outcomes) == len(wanted)
        assert seen == list(range(1, len(wanted) + 1))
        got = sandbox.state()["neis_submissions"]
        assert Counter(s["record_id"] for s in got) == Counter(wanted)  # each exactly once
        order: dict[str, list[str]] = defaultdict(list)
        for s in got:
            order[s["volunteer_id"]].append(s["record_id"])
        assert order == queued  # each volunteer's records in the order they were queued
        first = {s["volunteer_id"] for s in got[:LIMIT]}
        assert len(first) == LIMIT  # the first sends were of LIMIT different volunteers: concurrent
        assert outbox.counts(core.store)["sent"] == len(wanted)
        assert Dispatcher(core).flush() == []
    finally:
        core.close()


def _queue(store: Store, n: int) -> list[int]:
    return queue_rows(store, n, T0)


def test_a_batch_settles_in_one_go_and_leaves_a_row_whose_lease_was_lost(store: Store) -> None:
    a, b, c, d = _queue(store, 4)
    claimed = outbox.claim(store, "d1", now=T0, limit=4, lease_seconds=60)
    assert [i.id for i in claimed] == [a, b, c, d]
    later = T0 + dt.timedelta(seconds=61)
    (taken,) = outbox.claim(store, "d2", now=later, limit=1, lease_seconds=60, ids=[c])  # d1's lease ran out
    lost = outbox.settle_many(store, "d1", [
        Settlement(a, "sent", {"submission_id": "S-1"}, receipt="S-1"),
        Settlement(b, "queued", code="partner_unavailable", message="잠시 후"),
        Settlement(c, "sent", {"submission_id": "S-dead"}),
        Settlement(d, "failed", code="record_ineligible", message="인정 불가"),
    ], later)
    assert set(lost) == {c} and lost[c].holder == "d2"
    views = {v.id: v for v in outbox.pending(store, statuses=("sent", "queued", "failed", "in_flight"))}
    assert (views[a].status, views[b].status, views[c].status, views[d].status) == ("sent", "queued", "in_flight", "failed")
    assert views[c].lease_owner == "d2" and views[b].next_attempt_at > later
    with store.unit_of_work(read_only=True) as uow:
        assert uow.links.get("R-0", "neis").receipt == "S-1"
        assert uow.links.get("R-3", "neis").status == "failed"
        assert uow.links.get("R-2", "neis").status == "queued"  # untouched: d2 will report it
    assert taken.id == c
