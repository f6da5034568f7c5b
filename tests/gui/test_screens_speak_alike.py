"""Issue 14, point 9, through the real window on the training sandbox: help covers every screen (the
one on screen first), the access log speaks the UI's language (Korean actions and targets in the
Korean UI), and the status bar's pending count is the 전송 대기 list's own total."""

from __future__ import annotations

import pytest

from linkdesk.gui.help_text import HELP_SECTIONS
from linkdesk.services import certificates
from tests.fixtures.pending_rows import fill
from tests.gui.desk_driver import WAIT, bugs, counters, start_training  # noqa: F401 - bugs and counters are fixtures


@pytest.fixture
def counter(qtbot, korean, counters, tmp_path):
    return start_training(qtbot, counters, tmp_path / "data")


def help_text(qtbot, window) -> str:
    window.action_help.trigger()
    box = window.message_box
    text = box.text()
    box.close()
    return text


def test_help_covers_every_screen_and_starts_with_the_one_on_screen(qtbot, counter):
    window = counter.window
    assert set(window.area_keys()) | {"staff"} <= set(HELP_SECTIONS)
    text = help_text(qtbot, window)
    for title in ("NEIS 실적연계", "VMS", "적십자", "전송 대기", "확인서", "직원 계정", "접속기록"):
        assert title in text, title
    assert "Ctrl+N" in text and "Esc" in text
    window.show_area("vms")
    assert help_text(qtbot, window).startswith("<p><b>VMS")
    window.show_area("security")
    assert help_text(qtbot, window).startswith("<p><b>접속기록")


def test_the_access_log_shows_korean_actions_and_targets_in_the_korean_ui(qtbot, counter):
    core = counter.desk.core
    certificates.ledger(core)  # stored as "view" / "certificate ledger"
    area = counter.window.show_area("security")
    area.search()
    qtbot.waitUntil(lambda: area.model.rowCount() > 0, timeout=WAIT)
    model = area.model
    action_col, target_col = 6, 7
    rows = [(model.index(r, action_col).data(), model.index(r, target_col).data()) for r in range(model.rowCount())]
    assert ("조회", "확인서 발급대장") in rows
    assert all(action in {"조회", "입력", "변경", "삭제", "출력", "다운로드"} for action, _ in rows)
    assert not any(target in {"records", "certificate ledger"} or target.startswith("certificate ")
                   for _, target in rows)


def test_the_status_bar_and_the_review_screen_count_the_same_rows(qtbot, counter):
    window, desk = counter.window, counter.desk
    fill(desk.core.store)  # a row in every review status, plus sent and cancelled ones (not pending)
    pending = window.show_area("pending")
    pending.refresh()
    qtbot.waitUntil(lambda: pending.model.total > 0 and not pending.model.loading, timeout=WAIT)
    desk.poller.poll_now()
    qtbot.waitUntil(lambda: window.partner_status.outbox_waiting == pending.model.total, timeout=WAIT)
    assert sum(pending.chips.counts.values()) == pending.model.total
    assert f"{pending.model.total}" in window.partner_status.label("outbox").text()
