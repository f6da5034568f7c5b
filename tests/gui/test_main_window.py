"""The main window: training banner, welcome panel instead of an empty screen, the wizard slot,
shortcuts and menus that store preferences; the status bar's indicators and outbox count."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from linkdesk.gui.main_window import MainWindow
from linkdesk.gui.preferences import JsonPreferences
from linkdesk.gui.status_bar import PARTNER_KEYS, PartnerStatusBar


@pytest.fixture
def prefs(tmp_path):
    return JsonPreferences(tmp_path / "ui.json")


@pytest.fixture
def window(qtbot, prefs):
    w = MainWindow(preferences=prefs, training=True)
    qtbot.addWidget(w)
    with qtbot.waitExposed(w):
        w.show()
    return w


def test_training_mode_shows_the_banner_and_marks_the_title(window):
    assert window.training_banner is not None and window.training_banner.isVisible()
    assert "nothing is sent to the real institutions" in window.training_banner.label.text()
    assert "Training mode" in window.windowTitle()


def test_without_training_there_is_no_banner(qtbot, prefs):
    w = MainWindow(preferences=prefs, training=False)
    qtbot.addWidget(w)
    assert w.training_banner is None and "Training" not in w.windowTitle()


def test_the_neis_area_starts_with_the_welcome_panel_not_an_empty_screen(qtbot, window):
    assert window.navigation.count() == 1 and window.navigation.item(0).text() == "NEIS record linking"
    assert window.welcome.isVisible() and window.linking_widget() is None
    with qtbot.waitSignal(window.start_linking_requested, timeout=5000):
        qtbot.mouseClick(window.welcome.start_button, Qt.MouseButton.LeftButton)


def test_ctrl_n_requests_a_new_linking(qtbot, window):
    with qtbot.waitActive(window):  # a window shortcut fires in the active window only
        window.activateWindow()
    with qtbot.waitSignal(window.start_linking_requested, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def test_shortcuts_are_f1_ctrl_n_ctrl_q(window):
    assert window.action_help.shortcut().toString() == "F1"
    assert window.action_new_linking.shortcut().toString() == "Ctrl+N"
    assert window.action_quit.shortcut().toString() == "Ctrl+Q"


def test_set_linking_widget_places_the_wizard_and_deletes_it_when_replaced(qtbot, window):
    wizard = QLabel("wizard")
    window.set_linking_widget(wizard)
    assert window.linking_widget() is wizard and wizard.isVisible() and not window.welcome.isVisible()
    with qtbot.waitSignal(wizard.destroyed, timeout=5000):
        window.set_linking_widget(None)  # cancel or finish: back to the welcome panel
    assert window.linking_widget() is None and window.welcome.isVisible()


def test_theme_menu_stores_the_choice_and_asks_for_it(qtbot, window, prefs, tmp_path):
    with qtbot.waitSignal(window.theme_requested, timeout=5000) as asked:
        window.theme_actions["dark"].trigger()
    assert asked.args == ["dark"] and prefs.get("theme") == "dark"
    assert JsonPreferences(tmp_path / "ui.json").get("theme") == "dark"  # saved to the file


def test_language_menu_stores_the_choice_for_the_next_start(window, prefs):
    assert window.language_actions[""].isChecked()
    window.language_actions["en"].trigger()
    assert prefs.get("language") == "en" and window.language_actions["en"].isChecked()
    assert "next time" in window.statusBar().currentMessage()


def test_help_opens_without_blocking(qtbot, window):
    window.action_help.trigger()  # returns at once: the box is opened, not exec()'d
    box = window.message_box
    assert box.isVisible()
    with qtbot.waitExposed(box):
        pass  # the action showed it: wait until it is on screen
    assert "Ctrl+N" in box.text()
    box.close()


def test_status_bar_shows_each_partner_and_the_outbox_count(qtbot):
    bar = PartnerStatusBar()
    qtbot.addWidget(bar)
    assert all(bar.state(key) is None for key in PARTNER_KEYS)
    assert bar.label("outbox").text() == "Waiting to send: 0"
    bar.update_status({"identity": True, "1365": True, "neis": False, "vms": None}, 3)
    assert [bar.state(k) for k in PARTNER_KEYS] == [True, True, False, None, None]  # redcross left out
    assert bar.label("outbox").text() == "Waiting to send: 3" and bar.outbox_waiting == 3
    assert bar.label("neis").toolTip() == "NEIS: not reachable"
    assert bar.label("1365").toolTip() == "1365: connected"
    assert bar.label("redcross").toolTip() == "Red Cross: not checked yet"
    assert "×" in bar.label("neis").text() and "●" in bar.label("1365").text()


def test_status_bar_refuses_unknown_partners_and_negative_counts(qtbot):
    bar = PartnerStatusBar()
    qtbot.addWidget(bar)
    with pytest.raises(ValueError, match="nies"):
        bar.update_status({"nies": True}, 0)
    with pytest.raises(ValueError):
        bar.update_status({}, -1)


def test_the_window_has_the_status_bar(window):
    window.partner_status.update_status({"neis": True}, 1)
    assert window.partner_status.isVisible() and window.partner_status.state("neis") is True
