"""대한적십자사 → 1365 (회원 조회, 나의 봉사, 연결하기, 1365 연계 동의, 재동의, 만료 예정, RCY) over real HTTP."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from linkdesk.services import redcross as rc
from linkdesk.services.audit import verify_chain
from linkdesk.store import outbox
from linkdesk.services.redcross_consent import TEXT_VERSION, ConsentConfirmation
from linkdesk.store.models_security import AccessLogEntry
from tests.fixtures.scenarios import made_up_rrn, small_scenario

MEMBER = ConsentConfirmation.member()

# A member whose activities are not linked yet (the showcase's V-3005), added to the shared scenario.
LINKABLE = {
    "id": "V-3005", "name": "문가영", "rrn": made_up_rrn("920715", "2", "27718"), "center": "서울특별시 마포구",
    "consents": {"1365": "2022-05-05T10:00:00+09:00", "vms": None, "redcross": None},
    "redcross": {"member_id": "RC-3005", "region": "서울", "joined": "2022-04-01", "affiliations": ["서울지사"]},
    "records": [
        {"source": "redcross", "id": "RCA-3005-01", "date": "2026-04-26", "seq": 1, "organization": "대한적십자사 서울지사",
         "category": "1000", "activity": "응급처치 교육 보조", "start": "13:00", "end": "17:00"},
        {"source": "redcross", "id": "RCA-3005-02", "date": "2026-05-02", "seq": 1, "organization": "대한적십자사 서울지사",
         "category": "0100", "activity": "사랑의 빵 나눔", "start": "10:00", "end": "12:30"},
    ],
}


def redcross_scenario() -> dict:
    sc = small_scenario()
    sc["volunteers"].append(LINKABLE)
    return sc


@pytest.fixture
def scenario():
    return redcross_scenario()


def test_lookup_by_1365_id_opens_my_volunteering(core):
    found = rc.look_up(core, volunteer_id="V-3001")
    assert found.problem is None and found.page is not None
    page = found.page
    d = page.detail
    assert (d.member_id, d.name, d.region, d.joined) == ("RC-3001", "윤서준", "서울", date(2019, 7, 2))
    assert page.activity_text == "총 6년 10개월 / 2회 / 9시간"
    assert page.volunteer_id == "V-3001"
    with core.store.unit_of_work(read_only=True) as uow:
        assert uow.volunteers.get("V-3001").redcross_member_id == "RC-3001"
        assert uow.consents.get("V-3001", "redcross").expires_at == page.consent.expires_at


def test_lookup_by_name_and_birth_date_and_the_mismatch(core):
    ok = rc.look_up(core, name="윤서준", birth_date=date(1978, 9, 9))
    assert ok.page is not None and ok.page.detail.member_id == "RC-3001"
    wrong = rc.look_up(core, name="윤서준", birth_date=date(1978, 9, 10))
    assert wrong.page is None and wrong.problem.code == "redcross_info_mismatch"
    assert "주민등록등본" in wrong.problem.message and "구호복지팀" in wrong.problem.route


def test_two_affiliations_is_shown_with_the_route(core):
    found = rc.look_up(core, volunteer_id="V-3002")
    assert found.page is None and found.problem.code == "redcross_two_affiliations"
    assert "소속이 2개" in found.problem.message
    assert "문의하기(비공개) 게시판" in found.problem.route and "구호복지팀" in found.problem.route


def test_unknown_member_says_how_to_join(core):
    found = rc.look_up(core, volunteer_id="V-1001")
    assert found.problem.code == "member_not_found" and "회원가입" in found.problem.route


def test_an_activity_not_linkable_needs_an_information_check(core, sandbox):
    page = rc.look_up(core, volunteer_id="V-3003").page
    assert page.unlinked_ids == ("RCA-3003-01",)
    result = rc.link_activities(core, "RC-3003", page.unlinked_ids, "V-3003")
    assert result.status == "problem"
    assert result.problem.message == "기존 내역 연결을 위한 정보 확인이 필요합니다."
    assert "문의하기(비공개) 게시판" in result.problem.route
    assert sandbox.state()["redcross_links"] == []


def test_link_then_consent_then_the_records_flow(core, sandbox):
    page = rc.look_up(core, volunteer_id="V-3005").page
    assert page.consent is None and page.unlinked_ids == ("RCA-3005-01", "RCA-3005-02")
    linked = rc.link_activities(core, "RC-3005", ["RCA-3005-01"], "V-3005")
    assert linked.status == "done" and linked.linked == ("RCA-3005-01",)
    assert linked.page.unlinked_ids == ("RCA-3005-02",)
    rest = rc.link_activities(core, "RC-3005", None, "V-3005")  # default: every one not linked yet
    assert rest.linked == ("RCA-3005-02",) and rest.page.unlinked_ids == ()
    assert rc.link_activities(core, "RC-3005", [], "V-3005").status == "nothing"

    consent = rc.give_consent(core, "RC-3005", "V-3005", MEMBER)
    assert consent.status == "done"
    now = core.clock.now()
    assert consent.message == f"{now:%Y-%m-%d %H:%M}에 1365 연계에 동의하셨습니다."
    assert consent.consent.message == consent.message
    assert consent.consent.expires_at.date() == date(2028, 5, 15)
    assert not consent.consent.needs_renewal
    assert [c["volunteer_id"] for c in sandbox.state()["consents"] if c["partner"] == "redcross"] == ["V-3005"]


def test_an_expired_consent_is_renewed(core, sandbox):
    page = rc.look_up(core, volunteer_id="V-3001").page
    assert page.consent.expired and page.consent.needs_renewal
    assert page.consent.message == "2024-03-10 15:04에 1365 연계에 동의하셨습니다."
    renewed = rc.give_consent(core, "RC-3001", "V-3001", MEMBER)
    assert renewed.status == "done"
    assert not renewed.consent.expired and not renewed.consent.needs_renewal
    assert renewed.consent.expires_at - renewed.consent.agreed_at > timedelta(days=700)
    with core.store.unit_of_work(read_only=True) as uow:
        entries = list(uow.session.scalars(select(AccessLogEntry).where(AccessLogEntry.volunteer_id == "V-3001")))
    assert "change" in [e.action for e in entries]  # a renewal changes an existing consent
    assert verify_chain(core.store).ok


def test_a_consent_expiring_within_30_days_asks_for_renewal_and_is_listed(core):
    page = rc.look_up(core, volunteer_id="V-3004").page
    assert not page.consent.expired and page.consent.expiring_soon and page.consent.needs_renewal
    listed = rc.expiring(core)
    assert not listed.stale
    assert [(e.volunteer_id, e.member_id, e.name) for e in listed.items] == [("V-3004", "RC-3004", "오세훈")]
    assert rc.expiring(core, within_days=5).items == ()


def test_the_expiring_list_falls_back_to_the_cache_when_the_red_cross_is_down(core, sandbox):
    rc.expiring(core)
    rc.look_up(core, volunteer_id="V-3004")
    sandbox.set_faults([{"partner": "redcross", "operation": "expiring", "kind": "http_503", "times": 0, "retry_after": 30}])
    listed = rc.expiring(core)
    assert listed.stale and [e.volunteer_id for e in listed.items] == ["V-3004"]


def test_consent_while_the_red_cross_is_down_stays_queued_then_goes_once(core, sandbox):
    sandbox.set_faults([{"partner": "redcross", "operation": "consent", "kind": "http_503", "times": 0, "retry_after": 30}])
    queued = rc.give_consent(core, "RC-3005", "V-3005", MEMBER)
    assert queued.status == "queued" and "대기열" in queued.message
    sandbox.set_faults([])
    done = rc.give_consent(core, "RC-3005", "V-3005", MEMBER)  # the waiting row, not a second one
    assert done.status == "done"
    assert len([c for c in sandbox.state()["consents"] if c["partner"] == "redcross"]) == 1
    assert len(outbox.pending(core.store, statuses=("sent",), kind=rc.CONSENT)) == 1


def test_rcy_members_by_name_region_school(core):
    assert [(m.name, m.region, m.school, m.joined_year) for m in rc.rcy_members(core)] == [
        ("김하린", "서울", "보문중학교", 2025), ("이준서", "부산", "해운대중학교", 2024)]
    assert [m.name for m in rc.rcy_members(core, "ㄱㅎ")] == ["김하린"]
    assert [m.name for m in rc.rcy_members(core, region="부산")] == ["이준서"]


def test_the_consent_records_who_confirmed_and_which_text_they_read(core):
    with pytest.raises(rc.ConsentConfirmationError):
        rc.give_consent(core, "RC-3005", "V-3005")  # nobody confirmed: nothing queued
    assert outbox.pending(core.store, kind=rc.CONSENT) == []
    done = rc.give_consent(core, "RC-3005", "V-3005", MEMBER)
    assert done.status == "done"
    with core.store.unit_of_work(read_only=True) as uow:
        details = [e.detail for e in uow.session.scalars(select(AccessLogEntry)) if e.target.startswith("적십자 1365 연계 동의")]
    assert details and details[-1].startswith("본인 확인") and TEXT_VERSION in details[-1]


def test_under_14_the_guardian_confirms_with_relationship_and_id_check(core):
    with core.store.unit_of_work() as uow:  # as if 실명인증 had cached a 13-year-old
        uow.volunteers.save("V-3005", name="어린이", birth_date=date(2013, 6, 1))
    with pytest.raises(rc.ConsentConfirmationError) as err:
        rc.give_consent(core, "RC-3005", "V-3005", MEMBER)
    assert err.value.code == "guardian_required"
    unchecked = ConsentConfirmation("guardian", True, "김보호", "모", False)
    with pytest.raises(rc.ConsentConfirmationError):
        rc.give_consent(core, "RC-3005", "V-3005", unchecked)
    done = rc.give_consent(core, "RC-3005", "V-3005", ConsentConfirmation("guardian", True, " 김보호 ", "모", True))
    assert done.status == "done"
    with core.store.unit_of_work(read_only=True) as uow:
        seen = uow.consents.get("V-3005", "redcross")
    assert (seen.guardian_name, seen.guardian_relationship) == ("김보호", "모")
    assert any("법정대리인 확인 (김보호, 모, 신분증 확인)" in d for d in _details(core))


def _details(core) -> list[str]:
    with core.store.unit_of_work(read_only=True) as uow:
        return [e.detail or "" for e in uow.session.scalars(select(AccessLogEntry))]
