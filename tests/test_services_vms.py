"""VMS → 1365 (1365연계 결과조회, 봉사실적 일괄전송) against the sandbox over real HTTP and a real SQLite cache."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from linkdesk.services import vms
from linkdesk.services.audit import verify_chain
from linkdesk.store import outbox
from linkdesk.store.models_security import AccessLogEntry


def member(core, **how):
    found = vms.find_members(core, **how)
    assert len(found) == 1
    return found[0]


def test_a_member_is_found_by_vms_id_by_1365_id_and_by_name_with_birth_date(core):
    by_vms = member(core, vms_id="haneul85")
    assert (by_vms.vms_id, by_vms.volunteer_id, by_vms.name) == ("haneul85", "V-2001", "정하늘")
    assert member(core, volunteer_id="V-2001") == by_vms
    assert member(core, name=" 정하늘 ", birth_date=date(1985, 2, 14)) == by_vms
    assert vms.find_members(core, name="정하늘", birth_date=date(1985, 2, 15)) == []
    with core.store.unit_of_work(read_only=True) as uow:
        assert uow.volunteers.get("V-2001").vms_id == "haneul85"


def test_the_overview_shows_consent_records_and_that_a_send_is_allowed(core):
    view = vms.overview(core, member(core, vms_id="haneul85"))
    assert view.volunteer_id == "V-2001"
    assert view.consent_1365.date() == date(2017, 6, 7)
    assert len(view.records) == 7 and len(view.unsent) == 7
    first = view.records[0]
    assert (first.date, first.organization, first.time_range, first.link) == (
        date(2010, 1, 26), "가람가정봉사원지원센터", "15:30~16:30", None)
    assert view.allowed_at is None and view.send_allowed(core.clock.now())
    with core.store.unit_of_work(read_only=True) as uow:
        assert uow.consents.get("V-2001", "1365").agreed_at == view.consent_1365


def test_bulk_send_then_a_refusal_with_the_time_then_allowed_after_the_interval(core, sandbox):
    m = member(core, vms_id="haneul85")
    sent = vms.send_all(core, m)
    assert sent.status == "sent", sent.message
    assert sent.message == "회원님의 7건의 실적이 나눔포털에 전송되었습니다"
    assert sent.sent_count == 7 and len(sent.record_ids) == 7
    assert sent.visible_at - sent.sent_at == timedelta(hours=24)
    assert sent.allowed_at - sent.sent_at == timedelta(minutes=60)
    # The 결과조회 read again: every record with its 연계정보, visible in 1365 only a day later.
    view = sent.overview
    assert not view.unsent
    assert {(r.link.kind, r.link.result) for r in view.records} == {("신규", "전송성공")}
    assert not any(vms.visible_now(r, core.clock.now()) for r in view.records)
    assert len(sandbox.state()["vms_transfers"]) == 1

    again = vms.send_all(core, m)
    assert again.status == "refused" and not again.ok
    assert again.allowed_at == sent.allowed_at
    assert f"{sent.allowed_at:%Y-%m-%d %H:%M} 이후" in again.message
    assert len(sandbox.state()["vms_transfers"]) == 1  # the refusal never reached VMS

    sandbox.advance(61)
    core.sync_clock()
    nothing = vms.send_all(core, m)
    assert nothing.ok and nothing.message == "회원님의 0건의 실적이 나눔포털에 전송되었습니다"  # as the portal answers
    sandbox.advance(60 * 24)
    core.sync_clock()
    assert all(vms.visible_now(r, core.clock.now()) for r in vms.overview(core, m).records)


def test_a_send_inside_the_interval_from_elsewhere_is_a_refusal_not_a_queued_row(core, sandbox, sandbox_api):
    m = member(core, vms_id="haneul85")
    before = vms.overview(core, m)
    # Another counter sends first, between our 결과조회 and our press.
    r = sandbox_api.post("/v1/vms/members/haneul85/transfers", json={}, headers={"Idempotency-Key": "other-counter"})
    assert r.status_code == 201
    item_id = vms._enqueue(core, before)
    outcome = [o for o in vms.Dispatcher(core).flush(kinds=(vms.KIND,)) if o.item_id == item_id][0]
    result = vms._settle(core, m, item_id, outcome)
    assert result.status == "refused" and result.allowed_at is not None
    assert outbox.get(core.store, item_id).status == "cancelled"  # not sent later behind staff's back


def test_without_the_1365_consent_nothing_is_sent_and_staff_are_told(core, sandbox):
    m = member(core, vms_id="doyun90")
    view = vms.overview(core, m)
    assert view.consent_missing and not view.send_allowed(core.clock.now())
    result = vms.send_all(core, m)
    assert result.status == "consent_required"
    assert "정보제공 동의" in result.message and "실명인증" in result.message
    assert sandbox.state()["vms_transfers"] == []
    assert outbox.pending(core.store, kind=vms.KIND) == []


def test_partner_down_keeps_the_send_queued_and_a_later_flush_sends_it_once(core, sandbox):
    m = member(core, vms_id="haneul85")
    sandbox.set_faults([{"partner": "vms", "operation": "transfer", "kind": "http_503", "times": 0, "retry_after": 30}])
    queued = vms.send_all(core, m)
    assert queued.status == "queued" and "대기열" in queued.message
    sandbox.set_faults([])
    sent = vms.send_all(core, m)  # the same row is sent, not a second one
    assert sent.status == "sent"
    assert len(sandbox.state()["vms_transfers"]) == 1
    assert [v.status for v in outbox.pending(core.store, statuses=("sent",), kind=vms.KIND)] == ["sent"]


def test_every_view_and_send_is_in_the_access_log(core):
    m = member(core, vms_id="haneul85")
    vms.send_all(core, m)
    with core.store.unit_of_work(read_only=True) as uow:
        rows = list(uow.session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)))
    actions = [(e.action, e.target.split(" ")[1]) for e in rows]
    assert ("view", "회원") in actions and ("view", "1365연계") in actions and ("entry", "봉사실적") in actions
    assert all(e.volunteer_id == "V-2001" for e in rows)
    assert verify_chain(core.store).ok


@pytest.mark.parametrize("how", [{}, {"name": "정하늘"}])
def test_a_lookup_needs_an_id_or_name_with_birth_date(core, how):
    with pytest.raises(ValueError):
        vms.find_members(core, **how)
