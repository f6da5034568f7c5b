"""연계 점검 through the real widgets on the sandbox: differences listed, applied only when ticked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from linkdesk.gui.drift import DriftArea
from linkdesk.gui.tasks import TaskRunner
from tests.test_services_linking import to_select

WAIT = 20_000


@pytest.fixture
def bugs():
    return []


@pytest.fixture
def area(qtbot, pool, core, bugs):
    runner = TaskRunner(pool=pool, on_bug=bugs.append)
    a = DriftArea(core, runner)
    qtbot.addWidget(a)
    a.resize(1200, 700)
    a.show()
    yield a
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    runner.cancel_all()
    assert bugs == []


def test_check_tick_apply(qtbot, area, core, sandbox):
    s = to_select(core)
    s.send()
    s.reset()
    sandbox.advance(60 * 24 * 30)  # the schools decide
    core.sync_clock()
    area.run_check()
    qtbot.waitUntil(lambda: area.report is not None and not area.runner.busy, timeout=WAIT)
    n = area.table.rowCount()
    assert n == len(area.report.differences) > 0 and area.apply_button.isEnabled()
    assert area.ticked() == []  # nothing is ticked for staff
    area.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    chosen = area.ticked()
    assert len(chosen) == 1
    area.apply_ticked()
    qtbot.waitUntil(lambda: area.report is not None and area.table.rowCount() == n - 1 and not area.runner.busy,
                    timeout=WAIT)
    area.drop_personal_data()  # the idle lock
    assert area.table.rowCount() == 0 and area.report is None


def test_no_partner_ticked_is_refused_in_place(qtbot, area):
    for box in area.partner_boxes.values():
        box.setChecked(False)
    area.run_check()
    assert area.status.state == "error" and area.report is None


def test_a_slow_check_can_be_stopped(qtbot, area, core, sandbox):
    """대기 취소 on 연계 점검: reading only, so nothing changed; the button works again."""
    s = to_select(core)
    s.send()
    s.reset()
    sandbox.set_faults([{"partner": "neis", "operation": "*", "kind": "latency", "ms": 2500, "times": 1}])
    area.run_check()
    assert not area.check_button.isEnabled()
    qtbot.waitUntil(area.status.cancel_button.isVisible, timeout=WAIT)
    area.status.cancel_button.click()
    assert area.status.state == "info" and "nothing was changed" in area.status.text()
    assert area.check_button.isEnabled() and area.report is None
    qtbot.waitUntil(lambda: not area.runner.busy, timeout=WAIT)
    assert area.report is None  # the late answer was dropped
