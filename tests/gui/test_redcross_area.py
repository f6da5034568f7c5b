"""The Red Cross area against the sandbox over HTTP: 나의 봉사, 연결하기, 1365 연계 동의, renewal of an
expired consent (V-3001), each failure case in place with its route, the expiring list (V-3004), RCY."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from linkdesk.gui.redcross import RedCrossArea, build_area
from linkdesk.services.redcross import PROBLEMS
from tests.test_services_redcross import redcross_scenario

WAIT = 10_000  # ms; a guard against a hung test, not a speed assumption


@pytest.fixture
def scenario():
    return redcross_scenario()


@pytest.fixture
def area(qtbot, core, runner):
    widget = build_area(core, runner)
    assert isinstance(widget, RedCrossArea)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    return widget


def look_up(qtbot, area, text, mode="volunteer_id", birth=""):
    tab = area.member
    tab.page = None
    tab.search.search(mode, text, birth)
    qtbot.waitUntil(lambda: tab.status.state != "busy" and tab.search.isEnabled(), timeout=WAIT)
    return tab


def test_my_volunteering_summary_and_the_expired_consent_is_renewed(qtbot, area, sandbox):
    tab = look_up(qtbot, area, "V-3001")
    assert tab.page is not None and tab.problem.isHidden()
    assert tab.affiliation.text() == "서울지사"
    assert tab.activity.text() == "총 6년 10개월 / 2회 / 9시간"
    assert tab.joined.text() == "2019-07-02"
    box = tab.consent
    assert box.given.text() == "You consented to the 1365 link on 2024-03-10 15:04."
    assert box.expiry.text().startswith("Expired on 2026-03-10 15:04")
    assert box.renew.isVisibleTo(box) and box.renew.isEnabled()
    assert tab.model.rowCount() == 2 and not tab.model.ticked()  # already linked: nothing to tick
    assert not tab.link_button.isEnabled()
    box.renew.click()  # 재동의 shows the consent text and asks who confirms it
    assert box.text.isVisibleTo(box) and "목적" in box.text.text() and "제공받는 자" in box.text.text()
    assert "보유·이용 기간" in box.text.text() and not box.save.isEnabled()
    box.agree.setChecked(True)
    box.save.click()
    qtbot.waitUntil(lambda: tab.status.state == "success", timeout=WAIT)
    assert tab.status.text() == "2026-05-15 10:00에 1365 연계에 동의하셨습니다."
    assert box.given.text() == "You consented to the 1365 link on 2026-05-15 10:00."
    assert box.expiry.text() == "Valid until 2028-05-15 10:00." and not box.renew.isVisibleTo(box)
    assert [c["volunteer_id"] for c in sandbox.state()["consents"] if c["partner"] == "redcross"] == ["V-3001"]


def test_tick_activities_link_them_then_consent(qtbot, area, sandbox):
    tab = look_up(qtbot, area, "V-3005")
    assert tab.model.ticked() == ["RCA-3005-01", "RCA-3005-02"]  # every unlinked one starts ticked
    first = tab.model.index(0, 0)
    assert tab.model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert tab.model.ticked() == ["RCA-3005-02"]
    tab.link_button.click()
    qtbot.waitUntil(lambda: tab.status.state == "success", timeout=WAIT)
    assert tab.status.text() == "1건의 적십자 활동이 연결되었습니다."
    assert tab.model.index(1, 6).data() == "Linked" and tab.model.index(0, 6).data() == "Not linked"
    assert [x["activity_ids"] for x in sandbox.state()["redcross_links"]] == [["RCA-3005-02"]]
    # No consent yet: the portal's check box and 저장.
    box = tab.consent
    assert box.agree.isVisibleTo(box) and not box.save.isEnabled()
    box.agree.setChecked(True)
    box.save.click()
    qtbot.waitUntil(lambda: tab.status.state == "success" and tab.page.consent is not None, timeout=WAIT)
    assert box.given.text() == "You consented to the 1365 link on 2026-05-15 10:00."
    assert not box.agree.isVisibleTo(box)


@pytest.mark.parametrize(("how", "code"), [
    (("V-3002",), "redcross_two_affiliations"),
    (("윤서준", "name_birth", "1978-09-10"), "redcross_info_mismatch"),
    (("V-1001",), "member_not_found"),
])
def test_lookup_failures_show_the_message_and_the_route(qtbot, area, how, code):
    tab = look_up(qtbot, area, *how)
    problem = PROBLEMS[code]
    assert tab.page is None and not tab.summary.isVisibleTo(tab)
    assert tab.problem.isVisibleTo(tab)
    assert tab.problem.message.text() == problem.message
    assert tab.problem.route.text() == f"How to resolve: {problem.route}"


def test_an_activity_that_cannot_be_linked_shows_the_information_check_route(qtbot, area, sandbox):
    tab = look_up(qtbot, area, "V-3003")
    assert tab.model.ticked() == ["RCA-3003-01"]
    tab.link_button.click()
    qtbot.waitUntil(lambda: tab.problem.isVisibleTo(tab), timeout=WAIT)
    assert tab.problem.message.text() == "기존 내역 연결을 위한 정보 확인이 필요합니다."
    assert "문의하기(비공개) 게시판" in tab.problem.route.text() and "구호복지팀" in tab.problem.route.text()
    assert sandbox.state()["redcross_links"] == []


def test_expiring_tab_lists_v3004_and_opens_the_member(qtbot, area):
    area.tabs.setCurrentWidget(area.expiring)  # loads on first show
    tab = area.expiring
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert [tab.proxy.index(0, c).data() for c in range(5)] == ["오세훈", "V-3004", "RC-3004", "2026-06-01 11:00", "17"]
    tab.table.selectRow(0)
    tab.open_button.click()
    member = area.member
    qtbot.waitUntil(lambda: member.page is not None and member.status.state == "", timeout=WAIT)
    assert area.tabs.currentWidget() is member
    assert member.page.detail.member_id == "RC-3004"
    assert member.consent.expiry.text() == "Expires on 2026-06-01 11:00 (in 17 days): renew it now."
    assert member.consent.renew.isVisibleTo(member.consent)


def test_rcy_tab_lists_name_region_school_year(qtbot, area):
    area.tabs.setCurrentWidget(area.rcy)
    tab = area.rcy
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT)
    assert [tab.model.index(0, c).data() for c in range(4)] == ["김하린", "서울", "보문중학교", "2025"]
    tab.region.setText("부산")
    tab.search_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert tab.model.index(0, 0).data() == "이준서"


def test_korean_consent_line_as_the_portal_writes_it(qtbot, korean, core, runner):
    area = RedCrossArea(core, runner)
    qtbot.addWidget(area)
    tab = look_up(qtbot, area, "V-3001")
    assert tab.consent.given.text() == "2024-03-10 15:04에 1365 연계에 동의하셨습니다."
    assert tab.consent.renew.text() == "재동의"
    assert tab.link_button.text() == "연결하기"
    assert area.tabs.tabText(1) == "30일 내 동의 만료 예정"


def test_a_guardian_confirms_the_red_cross_consent_with_relationship_and_id(qtbot, area, sandbox):
    tab = look_up(qtbot, area, "V-3005")
    box = tab.consent
    assert box.capture.isVisibleTo(box) and box.by_member.isChecked() and not box.guardian_box.isVisibleTo(box)
    box.by_guardian.setChecked(True)
    box.agree.setChecked(True)
    assert box.guardian_box.isVisibleTo(box) and not box.save.isEnabled()
    box.guardian_name.setText("김보호")
    box.relationship.setCurrentIndex(1)
    assert not box.save.isEnabled()  # the ID check is required
    box.guardian_id.setChecked(True)
    assert box.save.isEnabled()
    box.save.click()
    qtbot.waitUntil(lambda: tab.status.state in ("success", "error"), timeout=WAIT)
    assert tab.status.state == "success", tab.status.text()
    with tab.core.store.unit_of_work(read_only=True) as uow:
        seen = uow.consents.get("V-3005", "redcross")
    assert (seen.guardian_name, seen.guardian_relationship) == ("김보호", "모")
