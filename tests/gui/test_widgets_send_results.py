"""실적전송's results: each outcome in words (전송성공 / 전송실패 with its reason / 대기 / 이미 전송됨),
재전송 offered for what ``SendResult.retryable`` allows (failed, still queued) and handing over their ids."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from linkdesk.gui.widgets.send_results import SendResultsView
from linkdesk.services.linking_flow import RecordRow, SendResult


def record(rid: str, seq: int = 1) -> RecordRow:
    return RecordRow(rid, "1365", rid, date(2026, 4, 4), seq, "보문동주민센터", "0800", "환경정화", "09:00", "11:00",
                     120, 2, True)


RECORDS = [record("a"), record("b", 2), record("c", 3), record("d", 4)]
MIXED = (
    SendResult("a", "sent"),
    SendResult("b", "failed", "NEIS maintenance, try later", "partner_unavailable"),
    SendResult("c", "queued"),  # no message of its own: the widget says what happens next
    SendResult("d", "already_sent", "Already sent to NEIS."),
)


@pytest.fixture
def view(qtbot):
    v = SendResultsView()
    qtbot.addWidget(v)
    return v


def cell(view: SendResultsView, row: int, column: int) -> str:
    return view.model.data(view.model.index(row, column))


def test_each_outcome_reads_in_words_with_its_reason(view):
    view.set_results(MIXED, RECORDS)
    assert view.model.rowCount() == 4
    assert [cell(view, r, 4) for r in range(4)] == ["✔ Sent", "✖ Failed", "○ Waiting", "• Already sent"]
    assert cell(view, 1, 5) == "NEIS maintenance, try later"
    assert cell(view, 2, 5) == "Sent automatically when the network is back."
    assert [cell(view, 1, c) for c in range(4)] == ["2026-04-04", "2", "보문동주민센터", "환경정화"]
    assert view.summary.text() == "Sent: 1 records · Failed: 1 records · Waiting: 1 records · Already sent: 1 records"


def test_a_queued_send_with_its_own_message_shows_that(view):
    view.set_results((SendResult("c", "queued", "전송 대기 중입니다. 연결되면 자동으로 전송됩니다."),), RECORDS)
    assert cell(view, 0, 5) == "전송 대기 중입니다. 연결되면 자동으로 전송됩니다."


def test_resend_hands_over_the_retryable_ones(qtbot, view):
    view.set_results(MIXED, RECORDS)
    assert view.retry_button.isEnabled() and view.retry_ids() == ["b", "c"]
    with qtbot.waitSignal(view.retry_requested, timeout=1000) as signal:
        qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    assert signal.args == [["b", "c"]]


def test_resend_is_off_while_busy_and_when_nothing_failed(qtbot, view):
    view.set_results(MIXED, RECORDS)
    view.set_busy(True)
    assert not view.retry_button.isEnabled()
    with qtbot.assertNotEmitted(view.retry_requested):
        view.retry_button.click()
    view.set_busy(False)
    after = (MIXED[0], SendResult("b", "sent"), SendResult("c", "sent"), MIXED[3])  # after a successful 재전송
    view.set_results(after, RECORDS)
    assert not view.retry_button.isEnabled() and view.retry_ids() == []


def test_an_unknown_record_still_shows_its_id(view):
    view.set_results((SendResult("zz", "failed", "why"),))
    assert cell(view, 0, 2) == "zz" and cell(view, 0, 5) == "why" and view.retry_button.isEnabled()
