"""1365 consent, VMS and the Red Cross through the clients, against the real sandbox over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from linkdesk.domain.rrn import parse_rrn
from linkdesk.partners import Gateway, PartnerError, PartnerSettings, new_idempotency_key
from linkdesk.partners.models import Guardian
from tests.fixtures.scenarios import RRN_CHILD, small_scenario


class Waits(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def scenario() -> dict:
    sc = small_scenario()
    v3001 = next(v for v in sc["volunteers"] if v["id"] == "V-3001")
    v3001["consents"]["redcross"] = None  # activities not yet linked, no Red Cross consent
    return sc


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture
def gateway(sandbox, waits) -> Iterator[Gateway]:
    settings = PartnerSettings(base_url=sandbox.url, api_key=sandbox.api_key, connect_timeout=2.0,
                               read_timeout=1.0, retries=2, backoff=0.25, max_retry_wait=5.0)
    with Gateway(settings, sleep=waits) as gw:
        yield gw


def test_status_reports_partners_and_the_partner_clock(sandbox, gateway):
    status = gateway.status()
    assert status.version == "v1" and isinstance(status.training, bool)
    assert all(status.up(p) for p in ("identity", "1365", "neis", "vms", "redcross"))
    assert status.time.isoformat().startswith("2026-05-15T10:00")
    sandbox.set_faults([{"partner": "vms", "operation": "*", "kind": "http_503", "times": 0}])
    assert not gateway.status().up("vms")


def test_1365_consent_under_14_needs_the_guardian(sandbox, gateway):
    who = gateway.identity.verify("박지호", parse_rrn(RRN_CHILD))  # captcha off in this scenario
    assert who.under_14
    with pytest.raises(PartnerError) as err:
        gateway.portal1365.consent(who.volunteer_id, who.token)
    assert err.value.code == "guardian_required" and "법정대리인" in str(err.value)
    guardian = Guardian(name="박영희", relationship="모")
    done = gateway.portal1365.consent(who.volunteer_id, who.token, guardian)
    assert done.guardian == guardian and done.consented_at.year == 2026
    assert gateway.portal1365.volunteer(who.volunteer_id).consents.portal1365 == done.consented_at
    consents = sandbox.state()["consents"]
    assert [(c["partner"], c["volunteer_id"]) for c in consents] == [("1365", "V-1003")]


# -- VMS -------------------------------------------------------------------------------------------

def test_vms_lookup_records_and_bulk_send(sandbox, gateway):
    assert [m.vms_id for m in gateway.vms.members(volunteer_id="V-2001")] == ["haneul85"]
    assert gateway.vms.members(name="정하늘", birth_date=date(1985, 2, 14))[0].volunteer_id == "V-2001"
    page = gateway.vms.records("haneul85")
    assert page.total == 7 and page.next_send_at is None and page.consent_1365 is not None
    assert page.items[0].time_range == "15:30~16:30" and page.items[0].minutes == 60 and page.items[0].link is None

    key = new_idempotency_key()
    sent = gateway.vms.transfer("haneul85", key)
    assert sent.sent_count == 7 and sent.message == "회원님의 7건의 실적이 나눔포털에 전송되었습니다"
    assert sent.visible_at - sent.sent_at == timedelta(hours=24)
    assert gateway.vms.transfer("haneul85", key).replayed  # same key → the first outcome
    assert gateway.vms.transfer_status(key).transfer_id == sent.transfer_id
    assert gateway.vms.transfer_status(new_idempotency_key()) is None
    last, items = gateway.vms.all_records("haneul85")
    assert all(r.link is not None and r.link.result == "전송성공" for r in items)
    assert last.next_send_at == sent.sent_at + timedelta(minutes=60)
    assert len(sandbox.state()["vms_transfers"]) == 1


def test_a_second_vms_send_inside_the_interval_is_rate_limited(sandbox, gateway, waits):
    first = gateway.vms.transfer("haneul85", new_idempotency_key())
    sandbox.advance(30)
    with pytest.raises(PartnerError) as err:
        gateway.vms.transfer("haneul85", new_idempotency_key())
    e = err.value
    assert (e.code, e.status, e.temporary) == ("rate_limited", 429, True)
    assert e.retry_at == first.sent_at + timedelta(minutes=60)
    assert "다시 시도 가능 시각: 2026-05-15 11:00" in str(e)
    assert waits == [] and len(sandbox.state()["vms_transfers"]) == 1
    sandbox.advance(31)
    assert gateway.vms.transfer("haneul85", new_idempotency_key()).sent_count == 0


def test_vms_send_needs_the_1365_consent(gateway):
    with pytest.raises(PartnerError) as err:
        gateway.vms.transfer("doyun90", new_idempotency_key())
    assert err.value.code == "consent_required" and err.value.details["partner"] == "1365"


def test_vms_transfer_after_commit_timeout_is_resolved(sandbox, gateway):
    sandbox.set_faults([{"partner": "vms", "operation": "transfer", "kind": "timeout_after_commit"}])
    key = new_idempotency_key()
    sent = gateway.vms.transfer("haneul85", key)
    assert sent.sent_count == 7
    assert len(sandbox.state()["vms_transfers"]) == 1


# -- Red Cross -------------------------------------------------------------------------------------

def test_red_cross_link_and_consent(sandbox, gateway):
    [member] = gateway.redcross.members(volunteer_id="V-3001")
    detail = gateway.redcross.member(member.member_id)
    assert detail.affiliations == ("서울지사",) and detail.consent_1365 is None
    assert [a.linked for a in detail.activities] == [False, False] and detail.summary.count == 2
    ids = [a.id for a in detail.activities]
    assert gateway.redcross.link(member.member_id, ids, new_idempotency_key()).linked == tuple(ids)
    consent = gateway.redcross.consent(member.member_id, new_idempotency_key())
    assert consent.message == "2026-05-15 10:00에 1365 연계에 동의하셨습니다."
    assert consent.expires_at.year == 2028
    after = gateway.redcross.member(member.member_id)
    assert all(a.linked for a in after.activities) and after.consent_1365.expired is False


def test_red_cross_outcomes_lost_on_the_wire_are_resolved_from_the_member(sandbox, gateway):
    sandbox.set_faults([{"partner": "redcross", "operation": "link", "kind": "timeout_after_commit"},
                        {"partner": "redcross", "operation": "consent", "kind": "timeout_after_commit"}])
    assert gateway.redcross.link("RC-3001", ["RCA-3001-01"], new_idempotency_key()).linked == ("RCA-3001-01",)
    consent = gateway.redcross.consent("RC-3001", new_idempotency_key())
    assert consent.agreed_at.isoformat().startswith("2026-05-15T10:00")
    state = sandbox.state()
    assert state["requests"]["redcross.link"] == 1 and state["requests"]["redcross.consent"] == 1
    assert len(state["redcross_links"]) == 1


def test_red_cross_renews_an_expired_consent_and_lists_expiring_ones(sandbox, gateway):
    before = gateway.redcross.member("RC-3004").consent_1365
    assert before is not None and not before.expired
    expiring = gateway.redcross.expiring(30)
    assert [e.member_id for e in expiring] == ["RC-3004"] and expiring[0].volunteer_id == "V-3004"
    sandbox.advance(60 * 24 * 20)
    assert gateway.redcross.member("RC-3004").consent_1365.expired
    renewed = gateway.redcross.consent("RC-3004", new_idempotency_key())
    assert renewed.expires_at > renewed.agreed_at and not gateway.redcross.member("RC-3004").consent_1365.expired


def test_red_cross_errors_tell_staff_where_to_go(gateway):
    with pytest.raises(PartnerError) as err:
        gateway.redcross.members(volunteer_id="V-3002")
    assert err.value.code == "redcross_two_affiliations" and "구호복지팀" in str(err.value)
    with pytest.raises(PartnerError) as err:
        gateway.redcross.members(name="윤서준", birth_date=date(1978, 9, 10))
    assert err.value.code == "redcross_info_mismatch"
    with pytest.raises(PartnerError) as err:
        gateway.redcross.link("RC-3003", ["RCA-3003-01"], new_idempotency_key())
    assert err.value.code == "redcross_not_linked" and "기존 내역 연결을 위한 정보 확인이 필요합니다" in str(err.value)
    with pytest.raises(PartnerError) as err:
        gateway.redcross.member("RC-0000")
    assert err.value.code == "member_not_found"


def test_rcy_listing(gateway):
    assert [(m.name, m.school, m.joined_year) for m in gateway.redcross.rcy(region="서울")] == [("김하린", "보문중학교", 2025)]
    assert len(gateway.redcross.rcy()) == 2


def test_paged_lists_are_followed_to_the_end(sandbox, gateway):
    records = list(gateway.portal1365.records("V-1001", per_page=4))
    assert len(records) == 9 and len({r.id for r in records}) == 9
    assert sandbox.state()["requests"]["1365.records"] == 3
    assert [r.id for r in gateway.portal1365.records("V-2001", source="vms")] == []  # not visible yet
    middle = list(gateway.neis.iter_schools(kind="middle"))
    assert sorted(s.name for s in middle) == ["보문중학교", "의왕중학교", "포항보문중학교", "해운대중학교"]
