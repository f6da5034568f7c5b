"""The rejection follow-up screen: look up, the school's reason and the route, mark handled, the lock."""

from __future__ import annotations

from linkdesk.gui.rejections import RejectionsArea
from tests.test_rejections import _rejected

WAIT = 20_000


def test_look_up_and_mark_handled(qtbot, sandbox, core, runner):
    _rejected(sandbox, core)
    area = RejectionsArea(core, runner)
    qtbot.addWidget(area)
    area.show()
    assert area.table.rowCount() == 0  # nothing before 조회
    area.school.setText("보문")
    area.search_button.click()
    qtbot.waitUntil(lambda: area.table.rowCount() == 1, timeout=WAIT)
    assert area.table.item(0, 4).text() == "학교 봉사활동 계획에 없는 활동입니다."
    assert "학교(담임 선생님)에 문의" in area.table.item(0, 5).text()
    area.table.selectRow(0)
    assert area.handle_button.isEnabled() and not area.reopen_button.isEnabled()
    area.note.setText("담임 선생님께 안내함")
    area.handle_button.click()
    qtbot.waitUntil(lambda: area.table.rowCount() == 0 and area.search_button.isEnabled(), timeout=WAIT)
    area.handled.setChecked(True)
    area.search_button.click()
    qtbot.waitUntil(lambda: area.table.rowCount() == 1 and area.table.item(0, 6).text() != "", timeout=WAIT)
    assert "담임 선생님께 안내함" in area.table.item(0, 6).text()
    area.drop_personal_data()
    assert area.table.rowCount() == 0 and area.rows == []
