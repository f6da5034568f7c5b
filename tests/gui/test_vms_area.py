"""The VMS area (1365연계 결과조회) against the sandbox over HTTP: search, bulk send, the refused
second send with its live countdown, the interval passing, and the missing 1365 consent (V-2002)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from linkdesk.gui.vms import VmsArea, build_area

WAIT = 10_000  # ms; a guard against a hung test, not a speed assumption


@pytest.fixture
def area(qtbot, core, runner):
    widget = build_area(core, runner)
    assert isinstance(widget, VmsArea)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    return widget


def open_member(qtbot, area, mode="vms_id", text="haneul85", birth=""):
    area.search.search(mode, text, birth)
    qtbot.waitUntil(lambda: area.view is not None and area.status.state == "", timeout=WAIT)


def cell(area, row, column) -> str:
    return area.proxy.index(row, column).data()


def test_search_shows_consent_ids_and_the_records(qtbot, area):
    open_member(qtbot, area)
    assert area.ids_line.text() == "VMS ID: haneul85 ⇔ 1365 ID: V-2001"
    assert "2017-06-07" in area.consent_line.text()
    assert not area.consent_button.isVisible()
    assert area.proxy.rowCount() == 7
    assert [cell(area, 0, c) for c in range(10)] == [
        "2010-01-26", "1", "가람가정봉사원지원센터", "여가선용(각종 취미활동 등)", "15:30~16:30", "", "", "Not sent", "-", ""]
    assert area.totals.text() == "7 records, 7 not sent"
    assert area.send_button.isEnabled() and area.send_button.text() == "Send all records to 1365"
    # Sortable through the proxy: newest first.
    area.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert cell(area, 0, 0) == "2011-04-07"


def test_search_by_1365_id_and_by_name_with_birth_date(qtbot, area):
    open_member(qtbot, area, "volunteer_id", "V-2001")
    assert area.member.vms_id == "haneul85"
    area.view = None
    open_member(qtbot, area, "name_birth", "정하늘", "19850214")
    assert area.member.vms_id == "haneul85"
    area.search.search("name_birth", "정하늘", "1985-02-30")
    assert area.status.state == "error" and "YYYY-MM-DD" in area.status.text()


def test_bulk_send_refusal_with_a_live_countdown_then_allowed_again(qtbot, area, core, sandbox):
    open_member(qtbot, area)
    area.send_button.click()
    qtbot.waitUntil(lambda: area.status.state == "success", timeout=WAIT)
    assert area.status.text().startswith("회원님의 7건의 실적이 나눔포털에 전송되었습니다")
    assert "2026-05-16 10:00" in area.status.text()  # when 1365 shows them
    assert [cell(area, 0, c) for c in range(5, 10)] == ["신규", "2026-05-15 10:00", "전송성공", "-", "after 2026-05-16 10:00"]
    # The interval has not passed: the button says when, counts down, and cannot be pressed.
    button = area.send_button
    assert not button.isEnabled() and "allowed after 11:00" in button.text()
    assert button.timer.isActive()
    first = button.text()
    qtbot.waitUntil(lambda: button.text() != first, timeout=5000)  # the live countdown ticks
    assert "allowed after 11:00" in button.text()

    area.send()  # a press anyway (e.g. a stale screen): an answer with the time, not an error
    qtbot.waitUntil(lambda: area.status.state == "info", timeout=WAIT)
    assert "11:00 이후에 다시 전송하세요" in area.status.text()
    assert not button.isEnabled() and "allowed after 11:00" in button.text()
    assert len(sandbox.state()["vms_transfers"]) == 1

    sandbox.advance(61)
    core.sync_clock()
    area.refresh_button.click()
    qtbot.waitUntil(lambda: area.status.state == "" and button.isEnabled(), timeout=WAIT)
    assert button.text() == "Send all records to 1365" and not button.timer.isActive()
    area.send_button.click()
    qtbot.waitUntil(lambda: area.status.state == "success", timeout=WAIT)
    assert area.status.text().startswith("회원님의 0건의 실적이 나눔포털에 전송되었습니다")
    assert len(sandbox.state()["vms_transfers"]) == 2


def test_without_the_1365_consent_the_screen_offers_the_consent_step(qtbot, area, sandbox):
    open_member(qtbot, area, "vms_id", "doyun90")
    assert area.view.consent_missing
    assert area.consent_button.isVisibleTo(area) and "identity check" in area.consent_line.text()
    assert not area.send_button.isEnabled()
    area.consent_button.click()  # its own 실명인증 + consent dialog (tests/gui/test_app_areas.py drives it)
    assert area.consent_dialog is not None and area.consent_dialog.expected == "V-2002"
    area.consent_dialog.reject()
    area.send()  # even if pressed: said in place, nothing sent
    qtbot.waitUntil(lambda: area.status.state == "error", timeout=WAIT)
    assert "정보제공 동의" in area.status.text()
    assert sandbox.state()["vms_transfers"] == []


def test_unknown_member_and_partner_down_are_shown_in_place(qtbot, area, sandbox):
    area.search.search("vms_id", "nobody")
    qtbot.waitUntil(lambda: area.status.state == "error", timeout=WAIT)
    assert "No VMS member found" in area.status.text()
    sandbox.set_faults([{"partner": "vms", "operation": "members", "kind": "http_503", "times": 0, "retry_after": 30}])
    area.search.search("vms_id", "haneul85")
    qtbot.waitUntil(lambda: area.status.state == "error", timeout=WAIT)
    assert "[vms]" in area.status.text() and "unavailable" in area.status.text()


def test_korean_screen_uses_the_portal_words(qtbot, korean, core, runner):
    area = VmsArea(core, runner)
    qtbot.addWidget(area)
    open_member(qtbot, area)
    assert area.consent_line.text() == "회원님은 2017년 06월 07일에 1365자원봉사포털에 실적연계를 위한 정보제공 동의를 하였습니다."
    assert area.ids_line.text() == "VMS 아이디 : haneul85 ⇔ 1365 아이디 : V-2001"
    assert area.send_button.text() == "봉사실적 일괄전송"
    assert area.totals.text() == "총 7건 (미전송 7건)"
    headers = [area.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    assert headers == ["봉사일", "순번", "수요처", "활동내역", "봉사시간", "연계구분", "전송일시", "연계결과", "재전송"]
