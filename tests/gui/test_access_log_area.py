"""The administrator's screens against a real store: the access-log review area (filters, integrity,
monthly review, export with its reason, dropping its data at the lock) and the staff dialog."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import text

from linkdesk.gui.security import AccessLogArea, StaffDialog, build_area
from linkdesk.services.audit import record_access
from linkdesk.services.staff import accounts, set_actor
from tests.helpers.security import ADMIN, ADMIN_PW, CLERK, CLERK_PW, actor, with_staff

WAIT = 10_000


@pytest.fixture
def admin(core):
    account = with_staff(accounts(core)).authenticate(ADMIN, ADMIN_PW)
    set_actor(core, account)
    now = core.clock.now()
    with core.store.unit_of_work() as uow:
        for i in range(6):
            record_access(uow, actor(CLERK), ("view", "entry", "print")[i % 3], f"records {i}",
                          at=now - timedelta(hours=6 - i), volunteer_id=f"V-100{i % 2 + 1}")
    return account


@pytest.fixture
def area(qtbot, core, runner, admin):
    widget = build_area(core, runner)
    assert isinstance(widget, AccessLogArea)
    qtbot.addWidget(widget)
    return widget


def done(area) -> bool:
    return area.status.state not in ("busy",)


def test_filters_fill_the_table_and_the_lock_empties_it(qtbot, area):
    area.search()
    qtbot.waitUntil(lambda: done(area), timeout=WAIT)
    assert area.model.rowCount() == 6
    area.volunteer.setText("V-1002")
    area.action.setCurrentIndex(area.action.findData("entry"))
    area.search()
    qtbot.waitUntil(lambda: done(area), timeout=WAIT)
    rows = area.model.rows
    assert rows and {(r.volunteer_id, r.action) for r in rows} == {("V-1002", "entry")}
    assert area.model.data(area.model.index(0, 6)) == "Entry"
    area.drop_personal_data()
    assert area.model.rowCount() == 0 and area.volunteer.text() == ""


def test_a_period_without_entries_shows_none(qtbot, area):
    area.first.setDate(QDate(2020, 1, 1))
    area.last.setDate(QDate(2020, 1, 31))
    area.search()
    qtbot.waitUntil(lambda: done(area), timeout=WAIT)
    assert area.model.rowCount() == 0 and area.status.text() == "0 entries"


def test_integrity_review_and_export(qtbot, area, core, tmp_path):
    area.verify()
    qtbot.waitUntil(lambda: done(area), timeout=WAIT)
    assert area.status.state == "success" and "6 entries" in area.status.text()
    area.period.setText(core.clock.now().strftime("%Y-%m"))
    area.show_summary()
    qtbot.waitUntil(lambda: done(area), timeout=WAIT)
    assert "6 entries" in area.summary.text()
    area.note.setText("이상 없음")
    area.mark_reviewed()
    qtbot.waitUntil(lambda: done(area), timeout=WAIT)
    assert area.status.state == "success"
    target = tmp_path / "log.csv"
    area.export_to(str(target))  # no reason typed
    qtbot.waitUntil(lambda: done(area), timeout=WAIT)
    assert area.status.state == "error" and not target.exists()
    area.reason.setText("정기 점검")
    area.export_to(str(target))
    qtbot.waitUntil(lambda: done(area), timeout=WAIT)
    assert area.status.state == "success" and target.exists()
    area.action.setCurrentIndex(area.action.findData("download"))
    area.search()
    qtbot.waitUntil(lambda: done(area), timeout=WAIT)
    assert [(r.reason, r.staff) for r in area.model.rows] == [("정기 점검", ADMIN)]
    with core.store.unit_of_work() as uow:
        uow.session.execute(text("UPDATE access_log SET target = 'x' WHERE id = 2"))
    area.verify()
    qtbot.waitUntil(lambda: done(area), timeout=WAIT)
    assert area.status.state == "error" and "#2" in area.status.text()


def test_counter_staff_cannot_read_the_log(qtbot, area, core):
    set_actor(core, accounts(core).authenticate(CLERK, CLERK_PW))
    area.search()
    qtbot.waitUntil(lambda: done(area), timeout=WAIT)
    assert area.status.state == "error" and "administrator" in area.status.text()
    assert area.model.rowCount() == 0


def test_the_staff_dialog_adds_unlocks_and_changes_roles(qtbot, core, runner, admin):
    core.config.security.lockout_attempts = 1
    dialog = StaffDialog(core, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    dialog.new_username.setText("clerk2")
    dialog.new_name.setText("이창구")
    dialog.new_password.setText("Second!2026pw")
    dialog._add()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WAIT)
    assert dialog.new_password.text() == "" and dialog.status.state == "success"
    with pytest.raises(Exception):
        accounts(core).authenticate("clerk2", "Wrong!2026pw")  # one wrong password locks (attempts = 1)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.table.item(2, 3).text() == "Locked", timeout=WAIT)  # rows by username
    dialog.select("clerk2")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.table.item(2, 3).text() == "Active", timeout=WAIT)
    dialog.select("clerk2")
    dialog.role_button.click()
    qtbot.waitUntil(lambda: dialog.table.item(2, 2).text() == "Centre administrator", timeout=WAIT)
    changes = [dialog.changes.item(i, 2).text() for i in range(dialog.changes.rowCount())]
    assert changes[:3] == ["Role changed", "Unlocked", "Created"]
