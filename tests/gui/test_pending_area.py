"""전송 대기 목록 driven like staff do: filters, chips, header sort, paging as the table scrolls,
재전송 through the outbox against the sandbox (each record once), 전송 취소 with its reason, and the
export dialog that will not export without a purpose or a column."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from linkdesk.gui.pending import PendingArea
from linkdesk.gui.pending.dialogs import CancelDialog, ExportDialog
from linkdesk.gui.pending.table_model import COLUMNS, PendingTableModel
from linkdesk.gui.tasks import TaskRunner
from linkdesk.services import pending as P
from linkdesk.services.linking import LinkingSession
from linkdesk.services.pending import PendingFilter, PendingQuery
from linkdesk.store.models_security import AccessLogEntry
from tests.fixtures import scenarios as S
from tests.fixtures.pending_rows import fill

WAIT = 20_000
NEIS_DOWN = [{"partner": "neis", "operation": "submit", "kind": "http_503", "times": 0, "retry_after": 1}]


@pytest.fixture
def bugs():
    return []


@pytest.fixture
def runner(qtbot, pool, bugs):
    r = TaskRunner(pool=pool, on_bug=bugs.append)
    yield r
    r.cancel_all()


@pytest.fixture
def make_area(qtbot, core, runner, bugs, tmp_path):
    made = []

    def make(page_size: int = 200) -> PendingArea:
        area = PendingArea(core, runner, export_dir=tmp_path / "exports", page_size=page_size)
        qtbot.addWidget(area)
        area.resize(1300, 700)
        area.show()
        qtbot.waitUntil(lambda: not area.model.loading and area._shown_once, timeout=WAIT)
        made.append(area)
        return area

    yield make
    for area in made:
        qtbot.waitUntil(lambda a=area: not a.model.loading and not a._acting, timeout=WAIT)
    assert bugs == []


def settle(qtbot, area: PendingArea) -> None:
    qtbot.waitUntil(lambda: not area.model.loading and not area._acting and area.runner.busy is False, timeout=WAIT)


def shown(area: PendingArea, key: str = "volunteer_name") -> list[str]:
    m = area.model
    return [m.data(m.index(r, COLUMNS.index(key))) for r in range(m.rowCount())]


def select_all(area: PendingArea) -> None:
    area.table.selectAll()


def test_the_model_loads_one_page_at_a_time(qtbot, core, runner):
    fill(core.store)
    model = PendingTableModel(core, runner, page_size=4)
    model.set_query(PendingQuery())
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
    assert (model.total, model.rowCount()) == (9, 4) and model.canFetchMore()
    model.fetchMore()
    assert model.loading and not model.canFetchMore()  # one page on its way at a time
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
    assert model.rowCount() == 8
    model.set_query(PendingQuery(PendingFilter(statuses=("refused",))))  # a page still due is dropped
    model.fetchMore()
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
    assert (model.total, model.rowCount()) == (1, 1) and not model.canFetchMore()


def test_the_list_opens_with_counts_and_fills_the_view_as_needed(qtbot, core, make_area):
    fill(core.store)
    area = make_area(page_size=4)
    qtbot.waitUntil(lambda: area.model.rowCount() == 9 and not area.model.loading, timeout=WAIT)  # the view asked
    assert area.model.total == 9 and not area.model.canFetchMore()
    assert area.chips.buttons[""].text() == "All 9" and area.chips.buttons["waiting"].text() == "Waiting 5"
    assert area.count_label.text() == "9 row(s)"
    refused = next(r for r in range(9) if area.model.row_at(r).status == "refused")
    tip = area.model.data(area.model.index(refused, COLUMNS.index("error_message")), Qt.ItemDataRole.ToolTipRole)
    assert "record_ineligible" in tip and "인정 대상" in tip


def test_filters_chips_and_search_as_you_type(qtbot, core, make_area):
    fill(core.store)
    area = make_area()
    area.filters.search.setText("김민")  # applied after the pause, one query
    qtbot.waitUntil(lambda: area.model.query.filters.text == "김민" and not area.model.loading, timeout=WAIT)
    assert set(shown(area)) == {"김민준"} and area.model.total == 4
    area.chips.buttons["refused"].click()
    settle(qtbot, area)
    assert area.model.total == 1 and area.model.row_at(0).record_id == "R-1-1"
    area.chips.buttons[""].click()
    area.filters.search.clear()
    area.filters.flush()
    area.filters.partner.setCurrentIndex(area.filters.partner.findData("vms"))
    settle(qtbot, area)
    assert [area.model.row_at(r).partner for r in range(area.model.rowCount())] == ["vms"]
    area.filters.partner.setCurrentIndex(0)
    area.filters.school.setCurrentIndex(area.filters.school.findData("T000002"))
    settle(qtbot, area)
    assert set(shown(area)) == {"이서연"} and area.model.total == 3


def test_a_header_click_sorts_in_the_database(qtbot, core, make_area):
    fill(core.store)
    area = make_area()
    area.table.horizontalHeader().setSortIndicator(COLUMNS.index("volunteer_name"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: area.model.query.sort == "volunteer" and not area.model.loading, timeout=WAIT)
    assert area.model.query.descending
    names = shown(area)
    assert names == sorted(names, reverse=True)


def queue_while_neis_is_down(core, sandbox) -> None:
    s = LinkingSession(core, staff="staff1")
    s.verify("김민준", S.RRN_STUDENT)
    s.next()
    s.prepare_schools()
    s.choose_school(s.search_schools("ㅂㅁㅈ")[0])
    s.next()
    s.check_student()
    s.load_records()
    s.next()
    sandbox.set_faults(NEIS_DOWN)
    s.send()
    s.reset()


def submitted(sandbox) -> list[str]:
    return sorted(x["record_id"] for x in sandbox.state()["neis_submissions"])


def test_retry_buttons_send_each_record_once(qtbot, core, sandbox, make_area):
    queue_while_neis_is_down(core, sandbox)
    area = make_area()
    n = area.model.total
    assert n >= 3 and not area.retry_selected.isEnabled()
    area.retry_all.click()  # NEIS still down: the rows stay, the strip says why
    settle(qtbot, area)
    assert area.strip.state == "error" and "Could not reach NEIS" in area.strip.text()
    assert area.model.total == n and submitted(sandbox) == []
    sandbox.set_faults([])
    select_all(area)
    assert area.retry_selected.isEnabled() and area.count_label.text() == f"{n} row(s) · {n} selected"
    area.retry_selected.click()
    settle(qtbot, area)
    assert area.strip.state == "success" and f"Sent: {n}" in area.strip.text()
    assert area.model.total == 0 and len(submitted(sandbox)) == n
    assert not area.retry_all.isEnabled()
    assert P.retry_all(core).results == {}
    assert len(submitted(sandbox)) == len(set(submitted(sandbox))) == n


def test_cancel_asks_for_the_reason(qtbot, core, make_area):
    ids = fill(core.store)
    area = make_area()
    row = next(r for r in range(area.model.rowCount()) if area.model.row_at(r).item_id == ids["R-1-3"])
    area.table.selectionModel().select(area.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    area.cancel_button.click()
    dialog = area.dialog
    assert isinstance(dialog, CancelDialog) and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setText("보호자 요청")
    assert ok.isEnabled()
    ok.click()
    settle(qtbot, area)
    assert area.strip.state == "success" and area.model.total == 8
    assert ids["R-1-3"] not in [area.model.row_at(r).item_id for r in range(area.model.rowCount())]


def test_export_dialog_needs_a_purpose_and_a_column(qtbot, core, make_area, tmp_path):
    fill(core.store)
    area = make_area()
    area.export_button.click()
    dialog = area.dialog
    assert isinstance(dialog, ExportDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "purpose" in dialog.problem.text()
    assert not dialog.checks["birth_date"].isChecked()  # personal data only when ticked
    dialog.purpose.setText("학교 확인 요청")
    assert ok.isEnabled()
    for check in dialog.checks.values():
        check.setChecked(False)
    assert not ok.isEnabled() and "column" in dialog.problem.text()
    dialog.checks["record_id"].setChecked(True)
    dialog.checks["error_message"].setChecked(True)
    dialog.xlsx.setChecked(True)
    assert dialog.path.text().endswith("pending.xlsx")
    ok.click()
    settle(qtbot, area)
    out = tmp_path / "exports" / "pending.xlsx"
    assert area.strip.state == "success" and out.is_file()
    with core.store.unit_of_work(read_only=True) as uow:
        entry = uow.session.query(AccessLogEntry).filter_by(action="download").one()
    assert entry.reason == "학교 확인 요청" and "columns=record_id,error_message" in entry.detail


def test_show_records_asks_for_the_volunteer(qtbot, core, make_area):
    fill(core.store)
    area = make_area()
    area.table.setCurrentIndex(area.model.index(0, 0))
    assert area.records_button.isEnabled()
    with qtbot.waitSignal(area.open_volunteer, timeout=WAIT) as signal:
        area.records_button.click()
    assert signal.args == [area.model.row_at(0).volunteer_id]


def test_opening_is_logged_as_one_view(qtbot, core, make_area):
    fill(core.store)
    make_area()
    with core.store.unit_of_work(read_only=True) as uow:
        views = uow.session.query(AccessLogEntry).filter_by(action="view").all()
    assert [(v.target, v.volunteer_id) for v in views] == [("전송 대기 목록", None)]


def test_the_idle_lock_empties_the_list_and_late_answers_stay_out(qtbot, core, make_area):
    fill(core.store)
    area = make_area()
    qtbot.keyClicks(area.filters.volunteer, "V-1")  # typed: the field's undo history holds it
    area.filters.search.setText("김민")
    area.filters.flush()
    settle(qtbot, area)
    assert area.model.total == 4 and set(shown(area)) == {"김민준"}
    select_all(area)
    area.cancel_button.click()
    dialog = area.dialog
    dialog.reason.setText("보호자 요청")
    area.refresh()  # a query on its way when the counter locks
    area.retry_chosen()  # and an action: its report and its reload must not fill the emptied screen

    area.drop_personal_data()
    assert area.model.rowCount() == 0 and area.model.total == 0 and area.model.query.filters.text == ""
    assert area.dialog is None and not dialog.isVisible()
    assert area.filters.search.text() == "" and area.filters.volunteer.text() == ""
    area.filters.volunteer.undo()
    assert area.filters.volunteer.text() == ""  # emptied, not undoable
    settle(qtbot, area)
    assert area.model.rowCount() == 0 and area.strip.state == ""
    assert area.chips.buttons[""].text() == "All 0" and area.count_label.text() == "0 row(s)"
    assert not area.retry_all.isEnabled() and not area.export_button.isEnabled()

    area.drop_personal_data()  # idempotent
    area.refresh()  # staff look again: the whole list, no filter left over
    settle(qtbot, area)
    assert area.model.total > 4 and area.filters.filters().text == ""
