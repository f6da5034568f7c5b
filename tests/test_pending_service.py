"""Pending review over the local cache (SQLite and PostgreSQL), and retry through the outbox against
the sandbox: every row once at the partner, however often staff press 재전송."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from linkdesk.services import pending as P
from linkdesk.services.audit import verify_chain
from linkdesk.services.linking import LinkingSession
from linkdesk.services.pending import PendingFilter, PendingQuery
from linkdesk.services.pending_query import SORT_KEYS
from linkdesk.store import outbox
from linkdesk.store.models import Link, OutboxItem
from linkdesk.store.models_security import AccessLogEntry
from tests.fixtures import scenarios as S
from tests.fixtures.pending_rows import T0, fill, offline_core

NEIS_DOWN = [{"partner": "neis", "operation": "submit", "kind": "http_503", "times": 0, "retry_after": 1}]
_FIELD = {"item": "item_id", "status": "outbox_status", "error": "error_code", "record": "record_id",
          "volunteer": "volunteer_name", "school": "school_name"}
LISTED = {"refused", "failed", "ambiguous", "sending", "R-1-3", "R-1-4", "R-2-3", "vms", "redcross"}


@pytest.fixture
def ids(store) -> dict[str, int]:
    """The varied pending list of ``tests.fixtures.pending_rows`` in ``store``: outbox ids by name."""
    return fill(store)


@pytest.fixture
def offline(store, ids, tmp_path):
    """A real Core on ``store`` whose partners refuse every connection; clock 3 days after T0."""
    core = offline_core(store, tmp_path, T0 + timedelta(days=3))
    yield core
    core.close()


def listed(core, f: PendingFilter = PendingFilter(), **q) -> list[int]:
    return [r.item_id for r in P.page(core, PendingQuery(f, **q), limit=None)]


def names(ids: dict[str, int], found) -> set[str]:
    by_id = {v: k for k, v in ids.items()}
    return {by_id[i] for i in found}


def access_log(core) -> list[AccessLogEntry]:
    with core.store.unit_of_work(read_only=True) as uow:
        return list(uow.session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)))


def test_lists_every_unfinished_row_with_its_status_and_reason(offline, ids):
    rows = {r.item_id: r for r in P.page(offline, limit=None)}
    assert names(ids, rows) == LISTED  # not the sent one, not the cancelled one
    by = {name: rows[i] for name, i in ids.items() if i in rows}
    assert {n: r.status for n, r in by.items() if n in ("refused", "failed", "ambiguous", "sending")} == {
        "refused": "refused", "failed": "failed", "ambiguous": "ambiguous", "sending": "sending"}
    assert {by[n].status for n in ("R-1-3", "R-1-4", "R-2-3", "vms", "redcross")} == {"waiting"}
    assert by["refused"].error_code == "record_ineligible" and "인정 대상" in by["refused"].error_message
    assert by["failed"].error_code == "partner_unavailable"
    r = by["R-1-3"]
    assert (r.volunteer_name, r.school_name, r.grade, r.organization) == ("김민준", "보문중학교", 3, "학산종합사회복지관")
    assert r.activity_date == date(2026, 4, 15) and r.minutes == 120
    # A row without a record (a VMS transfer) still shows whose it is, from its payload.
    assert (by["vms"].record_id, by["vms"].volunteer_id, by["vms"].volunteer_name) == (None, "V-3", "박지호")
    assert P.count(offline) == len(LISTED)


@pytest.mark.parametrize(("f", "expected"), [
    (PendingFilter(partners=("neis",)), LISTED - {"vms", "redcross"}),
    (PendingFilter(partners=("vms", "redcross")), {"vms", "redcross"}),
    (PendingFilter(statuses=("waiting",)), {"R-1-3", "R-1-4", "R-2-3", "vms", "redcross"}),
    (PendingFilter(statuses=("refused", "ambiguous")), {"refused", "ambiguous"}),
    (PendingFilter(school_code="T000002"), {"ambiguous", "sending", "R-2-3"}),
    (PendingFilter(volunteer_id="V-3"), {"vms", "redcross"}),
    (PendingFilter(text="김민"), {"refused", "failed", "R-1-3", "R-1-4"}),
    (PendingFilter(text="성북구자원"), {"refused", "R-1-4", "sending"}),
    (PendingFilter(text="급식"), {"redcross"}),
    (PendingFilter(text="100%"), set()),  # the wildcard is text, not "anything"
    # Korean days: "ambiguous" was queued 2026-05-10 20:00 UTC, i.e. 05:00 on the 11th in Korea.
    (PendingFilter(date_from=date(2026, 5, 11), date_to=date(2026, 5, 11)),
     {"ambiguous", "sending", "R-1-3", "R-1-4", "R-2-3"}),
    (PendingFilter(date_from=date(2026, 5, 12)), {"vms", "redcross"}),
    (PendingFilter(date_to=date(2026, 5, 10)), {"refused", "failed"}),
    (PendingFilter(date_field="activity", date_from=date(2026, 4, 1), date_to=date(2026, 4, 10)),
     {"refused", "failed", "R-2-3", "redcross"}),
    (PendingFilter(partners=("neis",), statuses=("waiting",), school_code="T000001", text="캠페인"), {"R-1-4"}),
])
def test_filters_select_the_rows_and_count_agrees(offline, ids, f, expected):
    found = listed(offline, f)
    assert names(ids, found) == expected
    assert P.count(offline, f) == len(found) == len(P.item_ids(offline, f))


def test_counts_per_status_keep_the_other_filters_but_not_the_status_one(offline):
    assert P.status_counts(offline) == {"waiting": 5, "failed": 1, "sending": 1, "ambiguous": 1, "refused": 1}
    f = PendingFilter(volunteer_id="V-1", statuses=("waiting",))
    assert P.status_counts(offline, f) == {"waiting": 2, "failed": 1, "sending": 0, "ambiguous": 0, "refused": 1}


@pytest.mark.parametrize("key", sorted(SORT_KEYS))
def test_every_sort_key_orders_rows_and_pages_cover_them_once(offline, key):
    full = P.page(offline, PendingQuery(sort=key), limit=None)
    values = [getattr(r, _FIELD.get(key, key)) for r in full]
    present = [v for v in values if v is not None]
    assert present == sorted(present)
    desc = [r.item_id for r in P.page(offline, PendingQuery(sort=key, descending=True), limit=None)]
    assert sorted(desc) == sorted(r.item_id for r in full)
    pages = [P.page(offline, PendingQuery(sort=key), offset=o, limit=4) for o in (0, 4, 8, 12)]
    assert [r.item_id for p in pages for r in p] == [r.item_id for r in full]



def test_opening_the_list_is_logged_as_a_view_of_the_list(offline):
    first = P.overview(offline, PendingQuery(PendingFilter(partners=("neis",))), limit=3)
    assert len(first.rows) == 3 and first.total == 7 and first.counts["waiting"] == 3
    (entry,) = access_log(offline)
    assert (entry.action, entry.target, entry.volunteer_id) == ("view", "전송 대기 목록", None)
    assert "partner=neis" in entry.detail and "rows=7" in entry.detail
    P.page(offline, offset=3)  # the next pages of the same view are not new views
    assert len(access_log(offline)) == 1


def test_cancel_needs_a_reason_and_only_withdraws_what_the_partner_cannot_have(offline, ids):
    with pytest.raises(P.PendingError) as e:
        P.cancel(offline, [ids["R-1-3"]], "  ")
    assert e.value.code == "reason_required"
    report = P.cancel(offline, [ids["R-1-3"], ids["refused"], ids["ambiguous"], ids["sending"]], "보호자 요청으로 취소")
    assert sorted(report.cancelled) == sorted([ids["R-1-3"], ids["refused"]])
    assert set(report.skipped) == {ids["ambiguous"], ids["sending"]}  # the partner may have them
    assert names(ids, listed(offline)) == LISTED - {"R-1-3", "refused"}
    with offline.store.unit_of_work(read_only=True) as uow:
        link = uow.session.get(Link, ("R-1-3", "neis"))
        assert (link.status, link.result) == ("cancelled", "보호자 요청으로 취소")
    (entry,) = access_log(offline)  # both rows are 김민준's: one entry for that volunteer
    assert (entry.action, entry.volunteer_id, entry.reason) == ("change", "V-1", "보호자 요청으로 취소")
    assert entry.target == "전송 취소 2건" and "R-1-3" in entry.detail and "R-1-1" in entry.detail


def test_retry_with_the_partner_unreachable_keeps_rows_queued_and_says_so(offline, ids):
    key_before = outbox.get(offline.store, ids["refused"]).idempotency_key
    report = P.retry(offline, [ids["refused"], ids["R-1-3"], ids["sending"]])
    assert report.results[ids["refused"]] == "waiting" and report.results[ids["R-1-3"]] == "waiting"
    assert report.results[ids["sending"]] == "skipped"  # in flight: never sent twice
    assert "neis" in report.partners_down
    after = outbox.get(offline.store, ids["refused"])
    assert after.status == "queued" and after.idempotency_key != key_before  # reopened: refused before
    assert P.count(offline) == len(LISTED)
    entries = access_log(offline)
    assert [(e.action, e.volunteer_id, e.target) for e in entries] == [("change", "V-1", "전송 재시도 2건")]
    assert verify_chain(offline.store).ok


# -- against the sandbox: retry through the outbox, never a second send -------------------------

def queue_while_neis_is_down(core, sandbox) -> list[int]:
    s = LinkingSession(core, staff="staff1")
    s.verify("김민준", S.RRN_STUDENT)
    s.next()
    s.prepare_schools()
    s.choose_school(s.search_schools("ㅂㅁㅈ")[0])
    s.next()
    s.check_student()
    s.load_records()
    s.next()
    sandbox.set_faults(NEIS_DOWN)
    s.send()
    s.reset()
    return P.item_ids(core)


def submitted(sandbox) -> list[str]:
    return sorted(x["record_id"] for x in sandbox.state()["neis_submissions"])


def test_retry_sends_each_record_once_however_often_it_is_pressed(core, sandbox):
    ids = queue_while_neis_is_down(core, sandbox)
    rows = P.page(core, limit=None)
    assert len(rows) >= 3 and {r.status for r in rows} == {"failed"}
    assert {r.error_code for r in rows} == {"partner_unavailable"} and all(r.error_message for r in rows)
    assert submitted(sandbox) == []
    records = sorted(r.record_id for r in rows)
    # Still down: the rows stay queued and the report says NEIS could not be reached.
    down = P.retry_all(core)
    assert set(down.results.values()) == {"waiting"} and down.partners_down == ("neis",)
    assert P.count(core) == len(ids) and submitted(sandbox) == []
    sandbox.set_faults([])
    report = P.retry(core, ids)
    assert report.ids("sent") == sorted(ids) and report.partners_down == ()
    assert submitted(sandbox) == records
    assert P.count(core) == 0
    again = P.retry(core, ids)
    assert again.ids("skipped") == sorted(ids)
    assert P.retry_all(core).results == {}
    assert submitted(sandbox) == records  # each record once at NEIS
    with core.store.unit_of_work(read_only=True) as uow:
        links = uow.session.scalars(select(Link).where(Link.record_id.in_(records))).all()
    assert {link.status for link in links} == {"sent"}
    changes = [e for e in access_log(core) if e.action == "change"]
    assert {e.volunteer_id for e in changes} == {"V-1001"} and changes[-1].target == f"전송 재시도 {len(ids)}건"


def test_a_send_the_partner_got_without_answering_is_settled_by_its_key(core, sandbox):
    ids = queue_while_neis_is_down(core, sandbox)
    first = ids[0]
    records = sorted(_records_of(core, ids))
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "timeout_after_commit", "times": 1}])
    P.retry(core, [first])  # NEIS stored the first one sent, but its answer was lost
    assert len(submitted(sandbox)) == len(set(submitted(sandbox))) >= 1
    sandbox.set_faults([])
    report = P.retry(core, ids)  # whatever is still open is settled by its key, not sent again
    assert set(report.results.values()) <= {"sent", "skipped"}
    assert P.count(core) == 0
    assert submitted(sandbox) == records  # each exactly once


def _records_of(core, ids) -> list[str]:
    with core.store.unit_of_work(read_only=True) as uow:
        return list(uow.session.scalars(select(OutboxItem.record_id).where(OutboxItem.id.in_(ids))))


def test_listing_needs_no_partner(offline):
    # ``offline``'s partners refuse every connection: listing, counting and filtering still work.
    assert P.overview(offline).total == len(LISTED)
    assert P.schools(offline) == [("T000001", "보문중학교"), ("T000002", "성북고등학교")]

