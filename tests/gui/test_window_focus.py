"""Issue 14, point 8, through the real window: ``LINKDESK_SANDBOX_SCENARIO`` is honoured by
``linkdesk gui``; a sensible widget has the focus at start and after every dialog closes; no widget
ever flashes up as a window of its own while a wizard is built and walked through."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from linkdesk.gui.app import READY_LINE
from linkdesk.services.linking_flow import Step
from tests.fixtures import scenarios as S
from tests.fixtures.scenarios import small_scenario
from tests.gui.desk_driver import WAIT, bugs, counters, start_training  # noqa: F401 - bugs and counters are fixtures
from tests.gui.wizard_driver import choose_school, click, go_next, settle, verify

ROOT = Path(__file__).resolve().parents[2]


class ShownWindows(QObject):
    """Every top-level widget shown while installed (an application-wide event filter)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            self.shown.append(f"{type(obj).__name__}:{obj.objectName()}")
        return False


@pytest.fixture
def counter(qtbot, counters, tmp_path):
    return start_training(qtbot, counters, tmp_path / "data", active=True)


def focused():
    return QApplication.focusWidget()


def test_no_widget_flashes_up_as_a_window_while_a_wizard_is_built_and_used(qtbot, counter):
    recorder = ShownWindows()
    app = QApplication.instance()
    app.installEventFilter(recorder)
    try:
        wizard = counter.desk.start_linking()
        settle(qtbot, wizard)
        verify(qtbot, wizard, "김민준", S.RRN_STUDENT)
        go_next(qtbot, wizard)
        choose_school(qtbot, wizard, "ㅂㅁㅈ")
        go_next(qtbot, wizard)
        click(qtbot, wizard.student.check_button)
        settle(qtbot, wizard)
        go_next(qtbot, wizard)
        assert wizard.current_step() is Step.SELECT
    finally:
        app.removeEventFilter(recorder)
    assert recorder.shown == ["SchoolSearchDialog:SchoolSearchDialog"]  # the popup, and nothing else


def test_no_widget_flashes_up_while_the_counter_starts_and_every_area_is_shown(qtbot, counters, tmp_path):
    recorder = ShownWindows()
    app = QApplication.instance()
    app.installEventFilter(recorder)
    try:
        counter = start_training(qtbot, counters, tmp_path / "data")
        for key in counter.window.area_keys():
            counter.window.show_area(key)
            qtbot.waitUntil(lambda k=key: counter.window.area(k).isVisible(), timeout=WAIT)
    finally:
        app.removeEventFilter(recorder)
    assert recorder.shown == ["MainWindow:MainWindow"]


def test_focus_at_start_and_after_every_dialog_closes(qtbot, counter):
    window, desk = counter.window, counter.desk
    assert focused() is window.welcome.start_button
    window.action_help.trigger()  # F1: the help box, closed with Esc
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is window.message_box, timeout=WAIT)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focused() is window.welcome.start_button, timeout=WAIT)
    wizard = desk.start_linking()
    settle(qtbot, wizard)
    assert focused() is wizard.identity.name
    verify(qtbot, wizard, "김민준", S.RRN_STUDENT)
    go_next(qtbot, wizard)
    page = wizard.school
    qtbot.waitUntil(lambda: focused() is page.field, timeout=WAIT)
    click(qtbot, page.search_button)
    qtbot.waitUntil(lambda: page.dialog is not None and focused() is page.dialog.query, timeout=WAIT)
    qtbot.keyClick(page.dialog.query, Qt.Key.Key_Escape)  # the popup closed without a pick
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)
    qtbot.waitUntil(lambda: focused() is page.field, timeout=WAIT)
    choose_school(qtbot, wizard, "ㅂㅁㅈ")
    qtbot.waitUntil(lambda: focused() is page.field, timeout=WAIT)  # and after a pick
    go_next(qtbot, wizard)
    click(qtbot, wizard.student.check_button)
    settle(qtbot, wizard)
    assert focused() is wizard.next_button
    go_next(qtbot, wizard)
    qtbot.waitUntil(lambda: focused() is wizard.select.targets.table, timeout=WAIT)
    click(qtbot, wizard.next_button)  # 전송…: the confirmation box
    box = wizard.send_page.confirm_box
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is box, timeout=WAIT)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focused() is wizard.select.targets.table, timeout=WAIT)
    wizard.cancel_button.click()  # the "discard?" box, kept
    box = wizard.leave_box
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is box, timeout=WAIT)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focused() is wizard.select.targets.table, timeout=WAIT)


def _gui(tmp_path: Path, **env_extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LINKDESK_CONFIG", "LINKDESK_API_KEY")}
    env.update(QT_QPA_PLATFORM="offscreen", LINKDESK_EXIT_WHEN_READY="1", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               **env_extra)
    return subprocess.run([sys.executable, "-m", "linkdesk", "--data-dir", str(tmp_path / "data"), "gui"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_the_window_runs_the_scenario_named_by_linkdesk_sandbox_scenario(tmp_path):
    scenario = tmp_path / "class-of-monday.json"
    scenario.write_text(json.dumps(small_scenario(), ensure_ascii=False), encoding="utf-8")
    result = _gui(tmp_path, LINKDESK_SANDBOX_SCENARIO=str(scenario))
    assert result.returncode == 0, result.stderr
    assert READY_LINE in result.stderr.splitlines()
    logs = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "data" / "logs").glob("*.log*"))
    assert "training scenario from LINKDESK_SANDBOX_SCENARIO: class-of-monday.json" in logs

    broken = small_scenario()
    broken["volunteers"][0]["rrn"] = "12"
    scenario.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    result = _gui(tmp_path, LINKDESK_SANDBOX_SCENARIO=str(scenario))
    assert result.returncode == 2 and "volunteers[0]" in result.stderr and READY_LINE not in result.stderr
    assert "Traceback" not in result.stderr
