"""The composition root starts the counter: training mode when nothing is configured, the window
first and the core off the GUI thread, the status bar fed, the wizard placed; and ``linkdesk gui``
in a subprocess reaches "LinkDesk ready" and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from PySide6.QtWidgets import QLabel

from linkdesk.config import Config
from linkdesk.gui.app import AREAS, READY_LINE, add_areas, create_gui
from linkdesk.gui.crash import CrashHandler
from linkdesk.gui.desk import Desk
from linkdesk.gui.i18n import remove_translators
from linkdesk.gui.preferences import JsonPreferences
from linkdesk.gui.status_bar import PARTNER_KEYS
from linkdesk.gui.wizard import LinkingWizard
from linkdesk.services.linking_flow import Step
from tests.fixtures.scenarios import small_scenario

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def started(qtbot, clean_app, tmp_path, pool):
    reports: list[str] = []
    crash = CrashHandler(show_dialog=reports.append, exit_app=lambda code: None)
    prefs = JsonPreferences(tmp_path / "ui.json")
    config = Config()
    gui = create_gui(clean_app, preferences=prefs, icon_dir=tmp_path / "icons", crash=crash,
                     training=config.training, language="en", pool=pool)
    qtbot.addWidget(gui.window)
    desk = Desk(gui.window, gui.runner, config, tmp_path / "data", scenario=small_scenario())
    with qtbot.waitExposed(gui.window):
        gui.window.show()
    with qtbot.waitSignal(desk.ready, timeout=30_000):
        desk.open()
        assert gui.window.isVisible()  # the window is there before the core is open
    yield gui, desk
    desk.shutdown()
    remove_translators(clean_app, gui.translators)
    assert not reports, reports


def test_training_mode_window_with_a_fed_status_bar(qtbot, started, tmp_path):
    gui, desk = started
    assert desk.core.training and gui.window.training and gui.window.training_banner.isVisible()
    assert (tmp_path / "data" / "linkdesk-training.db").exists()
    bar = gui.window.partner_status
    qtbot.waitUntil(lambda: all(bar.state(key) is True for key in PARTNER_KEYS), timeout=20_000)
    assert bar.outbox_waiting == 0
    # NEIS down in the sandbox: the next poll says so.
    with requests.Session() as admin:
        admin.post(desk.core.sandbox.url + "/_sandbox/faults", timeout=30, json={
            "faults": [{"partner": "neis", "operation": "*", "kind": "http_503", "times": 0}]}).raise_for_status()
    with qtbot.waitSignal(desk.poller.polled, timeout=20_000):
        desk.poller.poll_now()
    assert bar.state("neis") is False and bar.state("1365") is True


def test_a_linking_places_a_fresh_wizard_and_closing_it_shows_the_welcome(qtbot, started):
    gui, desk = started
    gui.window.action_new_linking.trigger()
    first = desk.wizard()
    assert isinstance(first, LinkingWizard) and gui.window.linking_widget() is first
    qtbot.waitUntil(lambda: not first.busy, timeout=20_000)
    assert first.current_step() is Step.IDENTITY
    session = first.session
    gui.window.action_new_linking.trigger()  # Ctrl+N again: a new visitor, a new session
    second = desk.wizard()
    assert second is not first and second.session is not session
    qtbot.waitUntil(lambda: not second.busy, timeout=20_000)
    with qtbot.waitSignal(second.closed, timeout=5000):
        second.cancel_button.click()
    assert gui.window.linking_widget() is None and desk.wizard() is None


def test_areas_that_do_not_exist_yet_are_skipped(started):
    gui, desk = started
    before = gui.window.area_keys()
    missing = [("nowhere", "linkdesk.gui.no_such_area", "Nowhere")]
    assert add_areas(gui.window, desk.core, gui.runner, missing) == []
    assert gui.window.area_keys() == before
    assert {key for key, _, _ in AREAS} == {"vms", "redcross", "pending", "certificates", "security", "class_visit",
                                           "rejections", "dashboard", "drift"}


def test_an_area_module_gets_core_and_runner(started, tmp_path, monkeypatch):
    gui, desk = started
    package = tmp_path / "areas_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "sample_area.py").write_text(
        "from PySide6.QtWidgets import QLabel\n"
        "def build_area(core, runner):\n"
        "    label = QLabel('sample')\n"
        "    label.setObjectName('SampleArea')\n"
        "    label.core, label.runner = core, runner\n"
        "    return label\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert add_areas(gui.window, desk.core, gui.runner, [("sample", "areas_pkg.sample_area", "Sample")]) == ["sample"]
    area = gui.window.show_area("sample")
    assert isinstance(area, QLabel) and area.core is desk.core and area.runner is gui.runner


def test_the_gui_command_starts_and_quits_when_ready(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("LINKDESK_CONFIG", "LINKDESK_API_KEY")}
    env.update(QT_QPA_PLATFORM="offscreen", LINKDESK_EXIT_WHEN_READY="1", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    result = subprocess.run(
        [sys.executable, "-m", "linkdesk", "--data-dir", str(tmp_path / "data"), "gui", "--lang", "ko"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert READY_LINE in result.stderr.splitlines()
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    assert (tmp_path / "data" / "linkdesk-training.db").exists()


def test_a_bad_configuration_file_is_reported_before_any_window(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[partners]\ncolour = 'red'\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "LINKDESK_CONFIG"}
    env.update(QT_QPA_PLATFORM="offscreen", LINKDESK_EXIT_WHEN_READY="1")
    result = subprocess.run(
        [sys.executable, "-m", "linkdesk", "--config", str(bad), "--data-dir", str(tmp_path / "data"), "gui"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2 and "partners.colour" in result.stderr
    assert "Traceback" not in result.stderr
