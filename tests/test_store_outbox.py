"""The outbox: same-transaction enqueue, leases, backoff, ambiguity, permanent failure, crash
recovery, and two claimers that never get the same row."""

from __future__ import annotations

import datetime as dt

import pytest

from linkdesk.store import LeaseLost, OutboxStateError, Store, StoreError
from linkdesk.store import outbox
from linkdesk.store.outbox import Backoff
from tests.fixtures.scenarios import RRN_STUDENT

T0 = dt.datetime(2026, 5, 15, 1, 0, tzinfo=dt.timezone.utc)
S = dt.timedelta(seconds=1)


def _seed(store: Store, n: int = 3) -> list[str]:
    ids = [f"R-{i:04d}" for i in range(n)]
    with store.unit_of_work() as uow:
        uow.volunteers.save("V-1", name="김민준")
        uow.records.upsert_many("V-1", [{"id": r, "date": "2026-04-01", "minutes": 60} for r in ids])
    return ids


def _queue(store: Store, record_id: str, at: dt.datetime = T0) -> int:
    with store.unit_of_work() as uow:
        return outbox.enqueue(uow, "neis_submit", "neis", {"record_id": record_id, "hours": 1},
                              record_id=record_id, now=at).id


def _link(store: Store, record_id: str):
    with store.unit_of_work(read_only=True) as uow:
        return uow.links.get(record_id, "neis")


def test_enqueue_is_part_of_the_callers_transaction(store: Store) -> None:
    (rid,) = _seed(store, 1)
    with pytest.raises(RuntimeError):
        with store.unit_of_work() as uow:
            outbox.enqueue(uow, "neis_submit", "neis", {"record_id": rid}, record_id=rid, now=T0)
            raise RuntimeError("the selection failed after queueing")
    assert outbox.counts(store)["queued"] == 0 and _link(store, rid) is None
    item_id = _queue(store, rid)
    view = outbox.get(store, item_id)
    assert (view.status, view.attempts, view.next_attempt_at) == ("queued", 0, T0)
    assert len(view.idempotency_key) == 36 and view.counter  # the host that queued it
    link = _link(store, rid)
    assert (link.status, link.idempotency_key) == ("queued", view.idempotency_key)


def test_a_record_is_queued_once_per_kind(store: Store) -> None:
    rid, other = _seed(store, 2)
    first = _queue(store, rid)
    assert _queue(store, rid) == first  # the existing row comes back, no second row
    with store.unit_of_work() as uow:  # same record, another partner: a separate row
        vms = outbox.enqueue(uow, "redcross_link", "redcross", {"r": rid}, record_id=rid, now=T0).id
        bulk1 = outbox.enqueue(uow, "vms_transfer", "vms", {"vms_id": "X"}, now=T0).id
        bulk2 = outbox.enqueue(uow, "vms_transfer", "vms", {"vms_id": "X"}, now=T0).id
    assert len({first, vms, bulk1, bulk2}) == 4  # rows without a record are never merged
    with store.unit_of_work() as uow:
        uow.links.set_status(other, "neis", "sent")  # sent some other way (e.g. seen in 1365)
        with pytest.raises(OutboxStateError):
            outbox.enqueue(uow, "neis_submit", "neis", {"record_id": other}, record_id=other, now=T0)


def test_payload_with_a_resident_number_is_refused(store: Store) -> None:
    (rid,) = _seed(store, 1)
    with pytest.raises(StoreError) as err:
        with store.unit_of_work() as uow:
            outbox.enqueue(uow, "neis_submit", "neis", {"note": RRN_STUDENT}, record_id=rid)
    assert RRN_STUDENT[-7:] not in str(err.value)
    assert outbox.counts(store)["queued"] == 0


def test_claim_leases_due_rows_and_counts_attempts(store: Store) -> None:
    a, b, c = _seed(store, 3)
    ia, ib = _queue(store, a, T0), _queue(store, b, T0 + 10 * S)
    assert outbox.claim(store, "later", now=T0 - S) == []  # nothing due yet
    got = outbox.claim(store, "d1", now=T0 + 5 * S, limit=10, lease_seconds=60)
    assert [x.id for x in got] == [ia]
    item = got[0]
    assert (item.lease_owner, item.attempts, item.previous_status) == ("d1", 1, "queued")
    assert item.lease_until == T0 + 65 * S and not item.may_have_reached_partner
    assert item.payload == {"record_id": a, "hours": 1} and item.record_id == a
    got2 = outbox.claim(store, "d2", now=T0 + 30 * S)
    assert [x.id for x in got2] == [ib]  # ib is due now; ia stays leased to d1
    assert outbox.claim(store, "d3", now=T0 + 40 * S) == []
    assert outbox.claim(store, "d3", now=T0 + 20 * S, kinds=("vms_transfer",)) == []
    assert outbox.counts(store)["in_flight"] == 2


def test_complete_marks_sent_and_updates_the_link(store: Store) -> None:
    (rid,) = _seed(store, 1)
    item_id = _queue(store, rid)
    (item,) = outbox.claim(store, "d1", now=T0)
    outbox.complete(store, item.id, "d1", {"submission_id": "S-1", "echo": "120315-3102341"},
                    receipt="S-1", now=T0 + S)
    view = outbox.get(store, item_id)
    assert (view.status, view.lease_owner, view.lease_until) == ("sent", None, None)
    assert view.result["submission_id"] == "S-1" and "3102341" not in str(view.result)
    link = _link(store, rid)
    assert (link.status, link.receipt, link.sent_at, link.result) == ("sent", "S-1", T0 + S, "전송성공")
    assert outbox.claim(store, "d2", now=T0 + dt.timedelta(days=1)) == []  # never again
    assert _queue(store, rid) == item_id and outbox.get(store, item_id).status == "sent"
    with pytest.raises(OutboxStateError):
        outbox.cancel(store, item_id, "too late")
    with pytest.raises(OutboxStateError):
        outbox.retry(store, item_id)


def test_temporary_failures_back_off_exponentially(store: Store) -> None:
    (rid,) = _seed(store, 1)
    _queue(store, rid)
    now, delays = T0, []
    for _ in range(9):
        (item,) = outbox.claim(store, "d1", now=now)
        nxt = outbox.retry_later(store, item.id, "d1", "partner_unavailable", "503", now=now)
        delays.append(int((nxt - now).total_seconds()))
        assert outbox.claim(store, "d1", now=nxt - S) == []  # not before its time
        now = nxt
    assert delays == [30, 60, 120, 240, 480, 960, 1800, 1800, 1800]
    view = outbox.get(store, item.id)
    assert (view.status, view.attempts, view.last_error_code) == ("queued", 9, "partner_unavailable")
    assert _link(store, rid).status == "queued"
    # A partner's "allowed again at" (VMS rate limit) wins over the backoff; the backoff is configurable.
    (item,) = outbox.claim(store, "d1", now=now)
    assert outbox.retry_later(store, item.id, "d1", "rate_limited", "wait", now=now,
                              retry_at=now + dt.timedelta(minutes=42)) == now + dt.timedelta(minutes=42)
    assert Backoff(base_seconds=5, factor=3, cap_seconds=100).delay(1).total_seconds() == 5
    assert Backoff(base_seconds=5, factor=3, cap_seconds=100).delay(4).total_seconds() == 100


def test_ambiguous_outcome_is_claimed_again_for_resolution(store: Store) -> None:
    (rid,) = _seed(store, 1)
    _queue(store, rid)
    (item,) = outbox.claim(store, "d1", now=T0)
    nxt = outbox.mark_ambiguous(store, item.id, "d1", "connection dropped after sending", now=T0)
    assert nxt == T0 + 30 * S
    view = outbox.get(store, item.id)
    assert (view.status, view.last_error_code) == ("ambiguous", "ambiguous")
    with pytest.raises(OutboxStateError):  # the partner may have it: only its answer settles it
        outbox.cancel(store, item.id, "staff gave up")
    (again,) = outbox.claim(store, "d2", now=nxt)
    assert again.previous_status == "ambiguous" and again.may_have_reached_partner
    assert again.idempotency_key == item.idempotency_key  # resolved / resent under the same key


def test_permanent_failure_records_the_reason(store: Store) -> None:
    (rid,) = _seed(store, 1)
    _queue(store, rid)
    (item,) = outbox.claim(store, "d1", now=T0)
    outbox.fail_permanently(store, item.id, "d1", "record_ineligible", "1시간 미만 실적", now=T0)
    view = outbox.get(store, item.id)
    assert (view.status, view.last_error_code) == ("failed", "record_ineligible")
    assert view.last_error_message == "1시간 미만 실적"
    link = _link(store, rid)
    assert (link.status, link.result) == ("failed", "1시간 미만 실적")
    assert outbox.claim(store, "d1", now=T0 + dt.timedelta(days=1)) == []
    # Staff retry after fixing the cause: reopened under a NEW key (the partner refused the old one).
    outbox.retry(store, item.id, now=T0 + 60 * S)
    (again,) = outbox.claim(store, "d1", now=T0 + 60 * S)
    assert again.id == item.id and again.idempotency_key != item.idempotency_key and again.attempts == 1
    assert _link(store, rid).idempotency_key == again.idempotency_key


def test_resume_after_a_crash_and_the_lost_lease(store: Store) -> None:
    (rid,) = _seed(store, 1)
    _queue(store, rid)
    (crashed,) = outbox.claim(store, "dead", now=T0, lease_seconds=60)
    assert outbox.claim(store, "alive", now=T0 + 59 * S) == []  # still leased
    (resumed,) = outbox.claim(store, "alive", now=T0 + 60 * S, lease_seconds=60)
    assert resumed.id == crashed.id and resumed.previous_status == "in_flight"
    assert resumed.attempts == 2 and resumed.idempotency_key == crashed.idempotency_key
    with pytest.raises(LeaseLost) as lost:  # the first owner wakes up: the other owner wins
        outbox.complete(store, crashed.id, "dead", {"submission_id": "S-dead"}, now=T0 + 61 * S)
    assert lost.value.holder == "alive" and "alive" in lost.value.en
    for finish in (
        lambda: outbox.retry_later(store, crashed.id, "dead", "timeout", "t", now=T0),
        lambda: outbox.mark_ambiguous(store, crashed.id, "dead", "t", now=T0),
        lambda: outbox.fail_permanently(store, crashed.id, "dead", "x", "y", now=T0),
    ):
        with pytest.raises(LeaseLost):
            finish()
    outbox.complete(store, resumed.id, "alive", {"submission_id": "S-1"}, receipt="S-1", now=T0 + 62 * S)
    assert _link(store, rid).receipt == "S-1"
    with pytest.raises(LeaseLost):  # finishing twice is refused too
        outbox.complete(store, resumed.id, "alive", {"submission_id": "S-1"}, now=T0 + 63 * S)


def test_cancel_retry_pending_and_counts(store: Store) -> None:
    a, b, c = _seed(store, 3)
    ia, ib, ic = _queue(store, a), _queue(store, b), _queue(store, c)
    outbox.cancel(store, ia, "보호자 요청으로 취소", now=T0)
    assert (_link(store, a).status, _link(store, a).result) == ("cancelled", "보호자 요청으로 취소")
    (claimed,) = outbox.claim(store, "d1", now=T0, limit=1)
    assert claimed.id == ib
    with pytest.raises(OutboxStateError):
        outbox.cancel(store, ib, "in flight")
    outbox.retry_later(store, ib, "d1", "timeout", "slow", now=T0)
    outbox.retry(store, ib, now=T0 + S)  # staff: try now, same key
    assert outbox.get(store, ib).next_attempt_at == T0 + S
    assert outbox.counts(store) == {
        "queued": 2, "in_flight": 0, "sent": 0, "failed": 0, "ambiguous": 0, "cancelled": 1,
    }
    assert [v.id for v in outbox.pending(store)] == [ib, ic]
    assert [v.id for v in outbox.pending(store, statuses=("cancelled",))] == [ia]
    assert [v.id for v in outbox.pending(store, record_id=c)] == [ic]
    assert outbox.pending(store, partner="vms") == [] and outbox.pending(store, kind="vms_transfer") == []
    assert [v.id for v in outbox.pending(store, limit=1, offset=1)] == [ic]
    with store.unit_of_work() as uow:  # queueing a cancelled record again reopens it
        item = outbox.enqueue(uow, "neis_submit", "neis", {"record_id": a}, record_id=a, now=T0)
        assert (item.id, item.status) == (ia, "queued")
