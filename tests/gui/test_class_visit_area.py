"""The class-visit area: a bad class list row by row, consent at the counter (F6), the slip's access-log
entry, the lock, and resuming after the window closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from linkdesk.config import Config
from linkdesk.sandbox.default_showcase import made_up_rrn
from linkdesk.services.linking_flow import SchoolChoice
from linkdesk.store.models_security import AccessLogEntry
from tests.fixtures import class_scenario as C
from tests.gui.desk_driver import WAIT, bugs, counters  # noqa: F401 - bugs and counters are fixtures

SIZE = 10
SCHOOL = SchoolChoice(C.SCHOOL_CODE, C.SCHOOL_NAME, "서울특별시교육청", "middle", "서울특별시 성북구")


def _start(qtbot, counters, data):
    counter = counters(Config(), data, scenario=C.class_scenario(SIZE))
    with qtbot.waitSignal(counter.desk.ready, timeout=WAIT):
        pass
    counter.window.activateWindow()
    qtbot.waitUntil(counter.window.isActiveWindow, timeout=WAIT)
    area = counter.window.show_area("class_visit")
    return counter, area


def _student(qtbot, panel, i: int) -> None:
    qtbot.waitUntil(lambda: panel.phase == "ready", timeout=WAIT)
    assert panel.visit.entry(panel.entry_id).number == i
    front, back = C.student_rrn(i).split("-")
    qtbot.keyClicks(panel.rrn.front, front)
    qtbot.keyClicks(panel.rrn.back, back)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.phase == "turn", timeout=WAIT)


def _log(core, **where):
    with core.store.unit_of_work(read_only=True) as uow:
        query = select(AccessLogEntry)
        for key, value in where.items():
            query = query.where(getattr(AccessLogEntry, key) == value)
        return uow.session.scalars(query).all()


def test_a_class_list_with_bad_rows_and_an_rrn_is_shown_row_by_row_and_refused(qtbot, counters, tmp_path):
    _counter, area = _start(qtbot, counters, tmp_path / "data")
    setup = area.setup
    setup.set_school(SCHOOL)
    setup.roster.setPlainText("1,김민서\n박하은\n1,이서준\n")
    assert [setup.problems.item(i).text() for i in range(setup.problems.count())] == [
        "2행: 번호가 없습니다.", "3행: 번호 1이(가) 1행과 겹칩니다."]
    assert setup.start_button.isEnabled()  # the good rows can be used
    rrn = made_up_rrn("110315", "3", "12345")
    setup.roster.setPlainText(f"1,김민서\n2,이서준,{rrn}\n")
    assert not setup.start_button.isEnabled() and setup.check.refused
    assert rrn.split("-")[1] not in setup.problems.item(0).text()


def test_consent_slip_lock_and_resume(qtbot, counters, tmp_path):
    data = tmp_path / "data"
    counter, area = _start(qtbot, counters, data)
    core, panel = counter.desk.core, area.panel
    area.setup.set_school(SCHOOL)
    area.setup.grade.setValue(C.GRADE)
    area.setup.class_no.setValue(C.CLASS)
    area.setup.roster.setPlainText(C.roster_text(SIZE))
    area.setup.start_button.click()
    qtbot.waitUntil(lambda: panel.visit is not None, timeout=WAIT)

    for i in range(1, C.NO_CONSENT - 1):
        _student(qtbot, panel, i)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(panel.timings) == i, timeout=WAIT)
    panel.skip_button.click()  # 6 is absent: skipped
    qtbot.waitUntil(lambda: panel.phase == "ready" and panel.visit.entry(panel.entry_id).number == C.NO_CONSENT,
                    timeout=WAIT)
    _student(qtbot, panel, C.NO_CONSENT)
    assert panel.consent_button.isVisible() and panel.turn.refusal.code == "consent_required"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: panel.phase == "turn" and panel.turn.refusal is None, timeout=WAIT)
    assert len(panel.turn.state.selected) == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.phase == "ready" and panel.visit.entry(panel.entry_id).number == 8, timeout=WAIT)
    statuses = {e.number: e.status for e in panel.visit.entries}
    assert (statuses[5], statuses[6], statuses[C.NO_CONSENT]) == ("nothing", "skipped", "done")

    slip = panel.last_slip
    pdf = tmp_path / "slip.pdf"
    area.output.choose_pdf_path = lambda _parent, _name: str(pdf)
    panel.slip_pdf_button.click()
    qtbot.waitUntil(pdf.exists, timeout=WAIT)
    entries = _log(core, volunteer_id=slip.volunteer_id, action="download")
    assert [(e.target, e.reason) for e in entries] == [("봉사실적 연계 결과 안내", "학생 본인에게 나이스 연계 결과 안내")]

    inside = core.data_dir / "slip.pdf"  # never into LinkDesk's own folder
    area.output.choose_pdf_path = lambda _parent, _name: str(inside)
    panel.slip_pdf_button.click()
    qtbot.waitUntil(area.notice.isVisible, timeout=WAIT)
    assert "저장할 수 없습니다" in area.notice.text() and not inside.exists()

    qtbot.waitUntil(lambda: panel.phase == "ready", timeout=WAIT)
    front, back = C.student_rrn(8).split("-")
    qtbot.keyClicks(panel.rrn.front, front)
    qtbot.keyClicks(panel.rrn.back, back)
    session = panel.session
    panel.verify()  # 실명인증 is under way on a worker when the counter locks
    counter.window.lock_requested.emit()  # the idle lock: the names and the student at the counter go
    qtbot.waitUntil(lambda: panel.visit is None and panel._orphan is None, timeout=WAIT)
    assert panel.roster.rowCount() == 0 and panel.rrn.value() == "" and panel.turn is None
    assert session.linking.state.person is None  # reset once its task settled, not under the worker
    counter.desk.shutdown()
    counter.window.close()

    again, area = _start(qtbot, counters, data)
    setup = area.setup
    qtbot.waitUntil(lambda: setup.resume_list.count() == 1, timeout=WAIT)
    setup.resume_list.setFocus()
    qtbot.keyClick(setup.resume_list, Qt.Key.Key_Return)
    panel = area.panel
    qtbot.waitUntil(lambda: panel.visit is not None and panel.phase == "ready", timeout=WAIT)
    assert panel.visit.entry(panel.entry_id).number == 8  # where it stopped
    assert panel.roster.rowCount() == SIZE
    assert [e.target for e in _log(again.desk.core, action="view")][-1] == f"학급 연계 명단 {C.SCHOOL_NAME} 3학년 2반"
