"""The composition root builds the window staff see; preferences keep declared keys only; the CLI's
``gui`` command stays Qt-free until it runs."""

from __future__ import annotations

import json
import logging
import subprocess
import sys

import pytest

from linkdesk.gui.app import create_gui
from linkdesk.gui.crash import CrashHandler
from linkdesk.gui.i18n import remove_translators
from linkdesk.gui.preferences import JsonPreferences


def test_create_gui_builds_the_training_window_in_korean(qtbot, clean_app, tmp_path, korean_qm_dir):
    reports: list[str] = []
    crash = CrashHandler(show_dialog=reports.append, exit_app=lambda code: None)
    prefs = JsonPreferences(tmp_path / "ui.json", defaults={"theme": "dark"})
    gui = create_gui(
        clean_app, preferences=prefs, icon_dir=tmp_path / "icons", crash=crash, language="ko", i18n_dir=korean_qm_dir
    )
    try:
        qtbot.addWidget(gui.window)
        with qtbot.waitExposed(gui.window):
            gui.window.show()
        assert gui.language == "ko" and gui.theme.current == "dark"
        assert gui.window.training_banner.isVisible()
        assert gui.window.windowTitle() == "LinkDesk — 자원봉사 실적연계 — 연습 모드"
        with qtbot.waitSignal(gui.theme.theme_changed, timeout=5000) as changed:
            gui.window.theme_actions["light"].trigger()  # the menu reaches the theme manager
        assert changed.args == ["light"] and prefs.get("theme") == "light"

        def buggy():
            raise AssertionError("a bug in a page")

        with qtbot.waitSignal(gui.runner.task_settled, timeout=10_000):
            gui.runner.run(buggy, on_success=print, on_error=print)
        assert len(reports) == 1 and "a bug in a page" in reports[0]  # the runner feeds the crash handler
    finally:
        gui.runner.wait_for_done(10_000)
        remove_translators(clean_app, gui.translators)


def test_preferences_have_declared_keys_and_survive_a_restart(tmp_path, caplog):
    path = tmp_path / "ui.json"
    prefs = JsonPreferences(path)
    assert prefs.get("language") == "" and prefs.get("theme") == "light"
    prefs.set("language", "en")
    assert JsonPreferences(path).get("language") == "en"
    with pytest.raises(KeyError, match="colour"):
        prefs.set("colour", "red")
    with pytest.raises(ValueError):
        prefs.set("theme", "sepia")
    path.write_text(json.dumps({"theme": "dark", "zoom": "2"}), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert JsonPreferences(path).get("theme") == "dark"  # an unknown stored key is ignored, logged
    assert "zoom" in caplog.text
    path.write_text("{not json", encoding="utf-8")
    assert JsonPreferences(path).get("theme") == "light"


def test_the_gui_command_is_registered_without_loading_qt():
    code = (
        "import sys\n"
        "from linkdesk.cli import build_parser\n"
        "args = build_parser().parse_args(['gui', '--lang', 'ko', '--theme', 'dark'])\n"
        "assert args.func.__module__ == 'linkdesk.cli.gui_cmd', args.func\n"
        "assert (args.lang, args.theme) == ('ko', 'dark')\n"
        "assert 'PySide6' not in sys.modules, 'the CLI loaded Qt'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
