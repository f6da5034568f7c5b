"""실적선택's table over 10,000 records: checks bound to the selection, ineligible records disabled,
Space and the 전체 선택 / 선택 해제 buttons, running totals, sorting by date, the 연계완료 layout."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from linkdesk.domain import eligibility as E
from linkdesk.gui.widgets.record_model import LINKED_COLUMNS, TARGET_COLUMNS, RecordTableModel, Totals
from linkdesk.gui.widgets.record_table import RecordTableView
from linkdesk.services.linking_flow import RecordRow

N = 10_000
START = date(2026, 3, 2)


def record(i: int, *, minutes: int = 90, eligible: bool = True, status: str | None = None) -> RecordRow:
    reasons = () if eligible else (E.OVERSEAS_MSG,)
    notes = (E.truncated(minutes),) if minutes % 60 else ()
    return RecordRow(
        f"R{i:05d}", "1365", f"S{i}", START + timedelta(days=i % 300), 1 + i % 3, "성북구자원봉사센터", "0800",
        "환경정화", "09:00", "10:30", minutes, minutes // 60 if eligible else 0, eligible, reasons, notes, status,
        datetime(2026, 4, 1, 1, 2, tzinfo=timezone.utc) if status == "sent" else None,
    )


@pytest.fixture(scope="module")
def many():
    rows = [record(i, eligible=i % 10 != 3) for i in range(N)]
    random.Random(4).shuffle(rows)
    return rows


@pytest.fixture
def view(qtbot):
    v = RecordTableView()
    qtbot.addWidget(v)
    v.resize(1200, 500)
    return v


def check_cell(model: RecordTableModel, row: int):
    return model.index(row, model.column_of("check"))


def test_ten_thousand_rows_load_with_the_eligible_ones_checkable(qtbot, view, many):
    eligible = {r.record_id for r in many if r.eligible}
    view.set_rows(many, eligible)
    with qtbot.waitExposed(view):
        view.show()
    model = view.model
    assert model.rowCount() == N and model.columnCount() == len(TARGET_COLUMNS)
    assert view.selected() == eligible and len(eligible) == 9_000
    assert view.totals() == Totals(9_000, 9_000 * 90, 9_000)
    assert view.totals_label.text() == "Selected 9000 · 13500 h · recognised 9000 h"
    checkable = [model.is_checkable(i) for i in range(N)]
    assert sum(checkable) == 9_000
    assert view.table.currentIndex().row() == checkable.index(True)  # the first record that can be checked


def test_rows_are_sorted_by_date_and_can_be_reversed(qtbot, view, many):
    view.set_rows(many)
    days = [view.model.row(i).day for i in range(N)]
    assert days == sorted(days)
    row = next(i for i in range(17, N) if view.model.is_checkable(i))  # disabled rows cannot be current
    view.table.setCurrentIndex(view.model.index(row, 1))
    current = view.model.row(row).record_id
    assert view.model.row(view.table.currentIndex().row()).record_id == current
    view.table.sortByColumn(view.model.column_of("day"), Qt.SortOrder.DescendingOrder)
    days = [view.model.row(i).day for i in range(N)]
    assert days == sorted(days, reverse=True)
    assert view.model.row(view.table.currentIndex().row()).record_id == current  # the cursor stays on its record


def test_ineligible_records_cannot_be_checked_and_show_why(qtbot, view):
    rows = [record(0), record(1, eligible=False), record(2, minutes=60, status="failed"),
            RecordRow(**{**record(3).__dict__, "eligible": False, "link_status": "queued"})]  # as the session marks it
    view.set_rows(rows, {"R00001"})  # an ineligible id in the selection is dropped
    model = view.model
    assert view.selected() == frozenset()
    bad = next(i for i in range(4) if model.row(i).record_id == "R00001")
    assert not model.flags(check_cell(model, bad)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(check_cell(model, bad)) & Qt.ItemFlag.ItemIsEnabled  # greyed
    assert model.data(check_cell(model, bad), Qt.ItemDataRole.CheckStateRole) is None
    assert not model.setData(check_cell(model, bad), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert not model.toggle(bad) and view.selected() == frozenset()
    reason = model.index(bad, model.column_of("eligibility"))
    assert model.data(reason) == f"Not eligible: {E.OVERSEAS_MSG.en}"
    assert model.data(model.index(bad, model.column_of("hours"))) == "–"
    good = next(i for i in range(4) if model.row(i).record_id == "R00000")
    assert model.data(model.index(good, model.column_of("eligibility"))) == "Eligible ⓘ"
    assert "90 min → 1 h recognised" in model.data(model.index(good, model.column_of("eligibility")), Qt.ItemDataRole.ToolTipRole)
    failed = next(i for i in range(4) if model.row(i).record_id == "R00002")
    assert model.data(model.index(failed, model.column_of("eligibility"))) == "Last send failed · Eligible"
    queued = next(i for i in range(4) if model.row(i).record_id == "R00003")
    assert model.data(model.index(queued, model.column_of("eligibility"))) == "Waiting to send"
    assert not model.is_checkable(queued)
    assert model.data(model.index(good, model.column_of("time"))) == "09:00~10:30"


def test_checking_a_box_changes_the_selection_and_the_totals(qtbot, view):
    view.set_rows([record(0), record(1, minutes=150), record(2, eligible=False)])
    model = view.model
    row = next(i for i in range(4) if model.row(i).record_id == "R00001")
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as signal:
        assert model.setData(check_cell(model, row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert signal.args == [frozenset({"R00001"})]
    assert model.data(check_cell(model, row), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert view.totals_label.text() == "Selected 1 · 2 h 30 min · recognised 2 h"


def test_space_toggles_the_current_record(qtbot, view):
    view.set_rows([record(0), record(1), record(2)])
    with qtbot.waitExposed(view):
        view.show()
    view.table.setCurrentIndex(view.model.index(1, 2))
    target = view.model.row(1).record_id
    with qtbot.waitSignal(view.selection_changed, timeout=1000):
        qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert view.selected() == {target}
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert view.selected() == frozenset()


def test_select_all_and_none_buttons(qtbot, view, many):
    view.set_rows(many[:500])
    eligible = {r.record_id for r in many[:500] if r.eligible}
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as signal:
        qtbot.mouseClick(view.select_all_button, Qt.MouseButton.LeftButton)
    assert signal.args == [eligible] and view.totals().count == len(eligible)
    with qtbot.assertNotEmitted(view.selection_changed):
        view.model.select_all()  # no change, no signal
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as signal:
        qtbot.mouseClick(view.select_none_button, Qt.MouseButton.LeftButton)
    assert signal.args == [frozenset()] and view.totals_label.text() == "Selected 0 · 0 min · recognised 0 h"


def test_set_rows_does_not_echo_the_selection(qtbot, view):
    with qtbot.assertNotEmitted(view.selection_changed):
        view.set_rows([record(0)], {"R00000"})
    assert view.selected() == {"R00000"}


def test_the_linked_tab_shows_when_and_what_came_back(qtbot):
    view = RecordTableView(linked=True)
    qtbot.addWidget(view)
    rows = [record(0, status="sent"), record(1, status="rejected")]
    rows[1] = RecordRow(**{**rows[1].__dict__, "link_result": "봉사활동 계획 외"})
    view.set_rows(rows)
    model = view.model
    assert model.columns == LINKED_COLUMNS and "check" not in model.columns
    assert view.select_all_button.isHidden() and view.totals_label.text() == "2 records"
    assert model.data(model.index(0, model.column_of("sent_at"))) == "2026-04-01 10:02"  # Korean time
    assert model.data(model.index(0, model.column_of("result"))) == "Sent"
    assert model.data(model.index(1, model.column_of("result"))) == "Rejected by the school (봉사활동 계획 외)"
    assert all(model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsEnabled for r in range(2))
    assert not model.toggle(0)


def test_the_rule_behind_the_hours_is_shown_next_to_eligible(qtbot, view):
    from dataclasses import replace

    from linkdesk.domain.school_days import CapPolicy, SchoolDays

    row = record(0, minutes=480)
    rule = CapPolicy().rule(date(2026, 10, 9), SchoolDays()).note
    view.set_rows([replace(row, day=date(2026, 10, 9), notes=(rule,))])
    model = view.model
    text = model.data(model.index(0, model.column_of("eligibility")))
    assert text == "Eligible ⓘ · 한글날 (public holiday) — at most 8 h"


def test_a_reevaluation_repaints_the_changed_rows_without_a_reset(qtbot, view, many):
    view.set_rows(many, {r.record_id for r in many})
    model = view.model
    view.table.setCurrentIndex(model.index(500, 1))
    resets, painted = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, roles=(): painted.append((a.row(), b.row())))
    target = model.row(20)
    capped = RecordRow(**{**target.__dict__, "eligible": False, "recognized_hours": 0,
                          "reasons": (E.daily_cap(2, 2, target.day),)})
    fresh = [capped if r.record_id == target.record_id else r for r in many]
    selected = {r.record_id for r in many} - {target.record_id}
    view.update_rows(fresh, selected)
    assert resets == [] and (20, 20) in painted
    assert model.row(20) is capped and not model.is_checkable(20)
    assert target.record_id not in model.selected()
    assert view.table.currentIndex().row() == 500  # staff stay where they were
    assert model.totals().count == len(model.selected())
    assert model.update_rows(fresh[:-1], selected) is False  # other records: set_rows is needed
