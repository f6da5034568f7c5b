"""실적선택 and 실적전송 in the wizard: the selection, a partial failure and 재전송, NEIS down (대기,
then the outbox sends each record exactly once), and the confirmation that can be declined."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from linkdesk.services.dispatcher import Dispatcher
from linkdesk.services.linking_flow import Step
from linkdesk.store import outbox
from tests.fixtures import scenarios as S
from tests.gui.wizard_driver import click, confirm_send, make_wizard, settle, to_select


@pytest.fixture
def wizard(qtbot, core, pool, bugs):
    wiz, _runner = make_wizard(qtbot, core, pool, bugs)
    to_select(qtbot, wiz, "김민준", S.RRN_STUDENT, "ㅂㅁㅈ")
    yield wiz
    wiz.cancel()


def statuses(wizard) -> dict[str, str]:
    return {r.record_id: r.status for r in wizard.session.state.results}


def submitted(sandbox) -> list[str]:
    return sorted(s["record_id"] for s in sandbox.state()["neis_submissions"])


def test_the_selection_is_reevaluated_and_next_follows_it(qtbot, wizard):
    view = wizard.select.targets
    everything = wizard.session.state.selected
    click(qtbot, view.select_none_button)
    settle(qtbot, wizard)
    assert wizard.session.state.selected == frozenset() and not wizard.next_button.isEnabled()
    view.table.setFocus()
    row = view.model.first_checkable_row()
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # Space checks the current record
    settle(qtbot, wizard)
    one = wizard.session.state.selected
    assert len(one) == 1 and wizard.next_button.isEnabled()
    assert view.table.currentIndex().row() == row  # re-evaluating keeps the place
    click(qtbot, view.select_all_button)
    settle(qtbot, wizard)
    assert wizard.session.state.selected == everything
    assert wizard.select.tabs.tabText(0).endswith(f"({len(wizard.session.state.targets)})")


def test_declining_the_confirmation_sends_nothing(qtbot, wizard, sandbox):
    click(qtbot, wizard.next_button)
    box = wizard.send_page.confirm_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert "1365" in box.informativeText()
    box.reject()
    qtbot.waitUntil(lambda: wizard.send_page.confirm_box is None, timeout=5000)
    assert wizard.current_step() is Step.SELECT and submitted(sandbox) == []


def test_a_partial_failure_is_resent_with_retry(qtbot, wizard, sandbox):
    wanted = set(wizard.session.state.selected)
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "http_503", "times": 2, "retry_after": 1}])
    confirm_send(qtbot, wizard)
    assert wizard.current_step() is Step.SEND
    found = statuses(wizard)
    waiting = [rid for rid, status in found.items() if status != "sent"]
    assert len(waiting) == 1 and set(found) == wanted
    page = wizard.send_page
    assert page.results.retry_button.isEnabled() and page.queued_note.isVisible()
    click(qtbot, page.results.retry_button)  # 재전송
    settle(qtbot, wizard)
    assert set(statuses(wizard).values()) == {"sent"} and not page.results.retry_button.isEnabled()
    assert page.queued_note.isHidden()
    assert submitted(sandbox) == sorted(wanted)


def test_neis_down_queues_and_the_outbox_sends_each_record_once(qtbot, wizard, sandbox, core):
    wanted = set(wizard.session.state.selected)
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "http_503", "times": 0, "retry_after": 1}])
    confirm_send(qtbot, wizard)
    assert set(statuses(wizard).values()) == {"queued"}
    view = wizard.send_page.results
    assert all("Waiting" in view.model.index(i, 4).data() or "대기" in view.model.index(i, 4).data()
               for i in range(view.model.rowCount()))
    assert submitted(sandbox) == []
    assert {v.record_id for v in outbox.pending(core.store, kind="neis_submit")} == wanted
    # NEIS is back, the backoff has passed: the periodic flush sends them.
    sandbox.set_faults([])
    sandbox.advance(60)
    core.sync_clock()
    outcomes = Dispatcher(core).flush()
    assert {o.record_id for o in outcomes if o.status == "sent"} == wanted
    assert Dispatcher(core).flush() == []
    assert submitted(sandbox) == sorted(wanted)  # exactly once each


def test_finishing_after_the_send_clears_the_results(qtbot, wizard):
    confirm_send(qtbot, wizard)
    assert wizard.next_button.isEnabled() and not wizard.back_button.isEnabled()
    with qtbot.waitSignal(wizard.closed, timeout=5000):
        click(qtbot, wizard.next_button)
    assert wizard.send_page.results.model.rowCount() == 0
    assert wizard.select.targets.model.rowCount() == 0 and wizard.session.state.step is Step.IDENTITY
