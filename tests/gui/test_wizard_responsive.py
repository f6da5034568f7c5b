"""A slow partner never freezes the window: with 3 s of latency on 실명인증 the GUI thread keeps
running (a timer ticks, the busy strip shows), Cancel works at once and the late answer is dropped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from tests.fixtures import scenarios as S
from tests.gui.wizard_driver import Bugs, click, confirm_leave, make_wizard, type_identity

LATENCY = [{"partner": "identity", "operation": "verify", "kind": "latency", "ms": 3000, "times": 0}]


@pytest.fixture
def bugs():
    found = Bugs()
    yield found
    assert not found, f"a bug reached the crash handler: {found!r}"


def test_the_window_stays_responsive_and_cancel_drops_the_late_answer(qtbot, core, pool, sandbox, bugs):
    wizard, runner = make_wizard(qtbot, core, pool, bugs)
    sandbox.set_faults(LATENCY)
    type_identity(qtbot, wizard, "김민준", S.RRN_STUDENT)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    click(qtbot, wizard.identity.verify_button)
    page = wizard.identity
    assert wizard.busy and page.strip.state == "busy" and page.strip.isVisible()
    assert page.strip.spinner.isVisible()
    assert not wizard.next_button.isEnabled() and not page.verify_button.isEnabled()
    assert wizard.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=10_000)  # the GUI thread runs while the partner waits
    assert wizard.busy  # ... and the answer is not there yet
    session = wizard.session
    with qtbot.waitSignal(runner.task_settled, timeout=15_000) as settled:
        click(qtbot, wizard.cancel_button)  # the number is typed: asks first
        with qtbot.waitSignal(wizard.closed, timeout=1000):
            confirm_leave(qtbot, wizard)
        assert not wizard.busy and page.strip.state == "" and page.rrn.value() == ""
        assert wizard.session is not session and wizard.session.state.person is None
    timer.stop()
    assert settled.args[0].cancelled
    assert session.state.person is None  # the late answer was dropped; the old session reset again
    assert page.verified_note.isHidden()
    wizard.cancel()
