"""현황: the dashboard's figures over a real store (SQLite and PostgreSQL), in Korean days."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from linkdesk.services import dashboard as D
from linkdesk.store.models import ConsentSeen
from linkdesk.store.models_security import AccessLogEntry
from tests.fixtures.pending_rows import T0, fill, offline_core

UTC = timezone.utc


def link(store, rid: str, partner: str, status: str, at: datetime, result: str | None = None) -> None:
    with store.unit_of_work() as uow:
        uow.links.set_status(rid, partner, status, sent_at=at, result=result)


@pytest.fixture
def filled(store):
    fill(store)
    # R-1-0 was sent at T0 - 3 days by the fixture (2 hours recognised, 120 minutes).
    # 2026-04-30 23:30 UTC is 2026-05-01 08:30 in Korea: it belongs to May.
    link(store, "R-2-3", "neis", "rejected", datetime(2026, 4, 30, 23, 30, tzinfo=UTC), "반려: 학교 계획에 없는 활동")
    link(store, "R-3-1", "redcross", "sent", datetime(2026, 5, 12, 2, 0, tzinfo=UTC))
    link(store, "R-1-4", "vms", "sent", datetime(2026, 4, 30, 14, 59, tzinfo=UTC))  # 23:59 KST: April
    with store.unit_of_work() as uow:
        uow.session.add(ConsentSeen(volunteer_id="V-3", partner="redcross", agreed_at=T0 - timedelta(days=700),
                                    expires_at=T0 + timedelta(days=10)))
        uow.session.add(ConsentSeen(volunteer_id="V-2", partner="redcross", agreed_at=T0,
                                    expires_at=T0 + timedelta(days=400)))
    return store


def board(store, period: D.Period):
    with store.unit_of_work(read_only=True) as uow:
        return D.compute(uow.session, period, T0)


def test_linked_hours_per_partner_in_korean_days(filled):
    b = board(filled, D.Period.month(2026, 5))
    totals = {t.partner: t for t in b.totals}
    # neis: R-1-0 (sent 05-08, 120 min, 2 h) and R-2-3 (rejected, linked 05-01 KST, 2 h sent)
    assert (totals["neis"].records, totals["neis"].minutes, totals["neis"].hours) == (2, 240, 4)
    assert (totals["redcross"].records, totals["redcross"].minutes, totals["redcross"].hours) == (1, 120, 0)
    assert totals["vms"].records == 0  # 23:59 KST on 04-30 is April
    assert b.students == 3  # V-1 and V-2 linked to NEIS, V-3 to the Red Cross
    days = {(x.bucket, x.partner): x.records for x in b.buckets}
    assert days[(date(2026, 5, 1), "neis")] == 1
    assert days[(date(2026, 5, 8), "neis")] == 1
    assert days[(date(2026, 5, 12), "redcross")] == 1


def test_april_sees_the_vms_transfer_and_weeks_fold(filled):
    april = board(filled, D.Period.month(2026, 4))
    assert {t.partner: t.records for t in april.totals} == {"neis": 0, "vms": 1, "redcross": 0}
    weeks = board(filled, D.Period(date(2026, 4, 27), date(2026, 5, 18), "week"))
    assert sorted({x.bucket for x in weeks.buckets}) == [date(2026, 4, 27), date(2026, 5, 4), date(2026, 5, 11)]
    assert sum(x.records for x in weeks.buckets) == 4


def test_waiting_failed_rejected_certificates_consents(filled):
    b = board(filled, D.Period.month(2026, 5))
    assert (b.waiting, b.failed, b.ambiguous) == (5 + 1, 2, 1)  # +1: the in-flight row counts as waiting
    codes = {r.code: r.count for r in b.failures}
    assert codes == {"record_ineligible": 1, "partner_unavailable": 1, "ambiguous": 1}
    assert b.rejected == 1 and b.rejections[0].message.endswith("학교 계획에 없는 활동")
    assert (b.certificates_issued, b.certificates_void) == (0, 0)
    assert b.consents_expiring == {"redcross": 1}


def test_period_validation():
    with pytest.raises(D.DashboardError):
        D.Period.parse_month("2026-13")
    with pytest.raises(D.DashboardError):
        D.Period.parse_month("지난달")
    with pytest.raises(D.DashboardError):
        D.Period(date(2026, 5, 2), date(2026, 5, 1))
    assert D.Period.parse_month("2026-12").end == date(2027, 1, 1)


def test_opening_the_dashboard_is_a_view_in_the_access_log(filled, tmp_path):
    core = offline_core(filled, tmp_path, T0)  # no partner is reachable: the dashboard needs none
    D.open_dashboard(core, D.Period.month(2026, 5))
    with filled.unit_of_work(read_only=True) as uow:
        entries = list(uow.session.scalars(select(AccessLogEntry)))
    assert [(e.action, e.target, e.volunteer_id) for e in entries] == [("view", D.VIEW_TARGET, None)]
