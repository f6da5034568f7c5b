"""The 학교검색 popup over 12,200 schools: results as staff type (초성 too, even the syllable an IME
is still composing), filters, arrows that move in the list while typing goes on, Enter, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from linkdesk.gui.widgets.school_results import school_choice
from linkdesk.gui.widgets.school_search import DEFAULT_LIMIT, SchoolSearchDialog
from linkdesk.services.linking_flow import SchoolChoice
from tests.gui.fake_schools import COUNT, FakeSearch, fake_directory
from tests.gui.korean_typing import commit, compose


@pytest.fixture(scope="module")
def directory():
    schools = fake_directory()
    assert len(schools) == COUNT == 12_200
    return schools


@pytest.fixture
def search(directory):
    return FakeSearch(directory)


@pytest.fixture
def dialog(qtbot, search):
    d = SchoolSearchDialog(search, search.offices())
    qtbot.addWidget(d)
    with qtbot.waitExposed(d):
        d.show()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    qtbot.waitUntil(lambda: not d.searching)  # the first list comes from a worker thread
    return d


def names(d: SchoolSearchDialog) -> list[str]:
    return [d.model.school(i).name for i in range(d.model.rowCount())]


def test_opens_with_a_capped_list_and_the_focus_in_the_search_field(dialog, search):
    assert search.calls == [("", None, None, None, DEFAULT_LIMIT)]
    assert dialog.model.rowCount() == DEFAULT_LIMIT and dialog.query.hasFocus()
    assert str(DEFAULT_LIMIT) in dialog.count.text()


def test_choseong_typing_searches_once_after_the_pause(qtbot, dialog, search):
    with qtbot.waitSignal(dialog.results_updated, timeout=2000):
        commit(dialog.query, "ㅂㅁㅈ")
    assert len(search.calls) == 2  # typed in one go: one search after the debounce, not one per key
    assert search.calls[-1][0] == "ㅂㅁㅈ"
    assert names(dialog)[0] == "보문중학교"
    assert "포항보문중학교" in names(dialog)
    assert all(n for n in names(dialog))


def test_the_syllable_being_composed_already_searches(qtbot, dialog, search):
    commit(dialog.query, "포항보문")
    with qtbot.waitSignal(dialog.results_updated, timeout=2000):
        compose(dialog.query, "중")  # not committed yet: not in text()
    assert dialog.query.text() == "포항보문" and search.calls[-1][0] == "포항보문중"
    assert names(dialog) == ["포항보문중학교"]


def test_arrows_move_in_the_results_and_enter_picks(qtbot, dialog):
    with qtbot.waitSignal(dialog.results_updated, timeout=2000):
        commit(dialog.query, "ㅂㅁㅈ")
    listed = names(dialog)
    assert dialog.table.currentIndex().row() == 0
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Up)
    assert dialog.table.currentIndex().row() == 1
    assert dialog.query.hasFocus() and dialog.query.text() == "ㅂㅁㅈ"
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    picked = dialog.selected_school()
    assert picked is not None and picked.name == listed[1]
    assert school_choice(picked) == SchoolChoice(picked.code, picked.name, picked.office, picked.kind, picked.region)


def test_enter_right_after_typing_picks_from_the_new_results(qtbot, dialog):
    commit(dialog.query, "포항보문중")  # no pause: the debounced search has not run yet
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.selected_school().code == "8000114"


def test_filters_search_at_once(qtbot, dialog, search):
    with qtbot.waitSignal(dialog.results_updated, timeout=1000):
        dialog.kind.setCurrentIndex(dialog.kind.findData("high"))
    assert {dialog.model.school(i).kind for i in range(dialog.model.rowCount())} == {"high"}
    with qtbot.waitSignal(dialog.results_updated, timeout=1000):
        dialog.office.setCurrentIndex(dialog.office.findData("경상북도교육청"))
    schools = [dialog.model.school(i) for i in range(dialog.model.rowCount())]
    assert schools and all(s.office == "경상북도교육청" and s.kind == "high" for s in schools)
    assert search.calls[-1][1:4] == ("경상북도교육청", "high", None)


def test_nothing_found_says_so_and_enter_picks_nothing(qtbot, dialog):
    with qtbot.waitSignal(dialog.results_updated, timeout=2000):
        qtbot.keyClicks(dialog.query, "zzz")
    assert dialog.model.rowCount() == 0 and not dialog.pick_button.isEnabled()
    assert "No school found" in dialog.count.text()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.selected_school() is None


def test_escape_cancels(qtbot, dialog):
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.selected_school() is None


def test_a_newer_keystroke_supersedes_an_older_search(qtbot, dialog, search):
    dialog.query.setText("ㅎㅇㄷ")
    dialog.search_now()
    dialog.query.setText("포항보문중")
    dialog.search_now()  # before the first one's results came back
    qtbot.waitUntil(lambda: not dialog.searching)
    assert names(dialog) == ["포항보문중학교"]
    shown = []
    dialog.results_updated.connect(shown.append)
    qtbot.waitUntil(lambda: dialog._runner.busy is False)
    assert shown == []  # the older search's outcome was dropped, never shown over the newer one


def test_searching_does_not_hold_the_gui_thread(qtbot, directory):
    import threading

    threads = []

    def slow(*args):
        threads.append(threading.current_thread())
        return FakeSearch(directory)(*args)

    d = SchoolSearchDialog(slow, [])
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: not d.searching)
    assert threads and threading.main_thread() not in threads
