"""The class-visit area: the set-up (school once, class list, or resume) and the visit itself.

Outputs — the visitor's slip after each student, the teacher's sheet at any time — go through
:class:`~linkdesk.gui.class_visit.output.DocumentOutput` with their access-log entries. The idle
lock empties the screen (:meth:`drop_personal_data`); the visit stays in the database and is
resumed from the set-up's list of unfinished visits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from linkdesk.gui.class_visit.documents import sheet_layout
from linkdesk.gui.class_visit.output import DocumentOutput
from linkdesk.gui.class_visit.setup_panel import SetupPanel
from linkdesk.gui.class_visit.visit_panel import VisitPanel, _text
from linkdesk.gui.widgets.tones import box_style
from linkdesk.services import class_visit_store as visits
from linkdesk.services.class_sheet import TITLE as SHEET_TITLE, build_sheet, record_sheet_output
from linkdesk.services.core import Core
from linkdesk.services.directory import ensure_directory, offices, search_schools
from linkdesk.services.visit_slip import SlipDoc

translate = QCoreApplication.translate


class ClassVisitArea(QWidget):
    def __init__(self, core: Core, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClassVisitArea")
        self.core, self.runner = core, runner
        self.setup = SetupPanel()
        self.panel = VisitPanel(core, runner)
        self.output = DocumentOutput(core, runner, self)
        self.notice = QLabel()
        self.notice.setObjectName("ClassVisitNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(box_style("#ClassVisitNotice", "info"))
        self.notice.hide()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.setup)
        self.stack.addWidget(self.panel)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notice)
        column.addWidget(self.stack, 1)
        self._offices: list[str] | None = None
        self.setup.search_requested.connect(self.search_school)
        self.setup.start_requested.connect(self.start)
        self.setup.resume_requested.connect(self.resume)
        self.panel.finished.connect(self.back_to_setup)
        self.panel.slip_requested.connect(self.slip)
        self.panel.sheet_requested.connect(self.sheet)
        self.output.done.connect(lambda text: self.say(text, "info"))
        self.output.failed.connect(lambda text: self.say(text, "error"))
        self.setFocusProxy(self.setup.search_button)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().showEvent(event)
        if self.stack.currentWidget() is self.setup:
            self.refresh_open_visits()

    def say(self, text: str, tone: str = "info") -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(box_style("#ClassVisitNotice", tone))
        self.notice.setVisible(bool(text))

    # -- set-up ----------------------------------------------------------------------------------------
    def refresh_open_visits(self) -> None:
        self.runner.run(lambda: visits.open_visits(self.core), name="class visits open",
                        on_success=self.setup.set_open_visits, on_error=lambda exc: self.setup.show_error(_text(exc)))

    def search_school(self) -> None:
        if self._offices is not None:
            self.setup.open_search(self._search, self._offices)
            return

        def work() -> list[str]:
            ensure_directory(self.core)
            return offices(self.core)

        self.runner.run(work, name="class visit directory", on_success=self._directory_ready,
                        on_error=lambda exc: self.setup.show_error(_text(exc)))

    def _directory_ready(self, found: list[str]) -> None:
        self._offices = found
        self.setup.open_search(self._search, found)

    def _search(self, text, office, kind, region, limit):
        return search_schools(self.core, text, office, kind, region, limit)

    def start(self, school, grade, class_no, rows) -> None:
        self.runner.run(lambda: visits.start_visit(self.core, school, grade, class_no, rows), name="class visit start",
                        on_success=self._opened, on_error=lambda exc: self.setup.show_error(_text(exc)))

    def resume(self, visit_id: int) -> None:
        self.runner.run(lambda: visits.load_visit(self.core, visit_id), name="class visit resume",
                        on_success=self._opened, on_error=lambda exc: self.setup.show_error(_text(exc)))

    def _opened(self, visit) -> None:
        self.setup.clear()
        self.say("")
        self.stack.setCurrentWidget(self.panel)
        self.setFocusProxy(self.panel.rrn)
        self.panel.open(visit)

    def back_to_setup(self) -> None:
        self.stack.setCurrentWidget(self.setup)
        self.setFocusProxy(self.setup.search_button)
        self.refresh_open_visits()
        self.setup.search_button.setFocus()

    # -- outputs -----------------------------------------------------------------------------------------
    def slip(self, slip: SlipDoc, how: str) -> None:
        self.output.deliver_slip(slip, how)

    def sheet(self, how: str) -> None:
        visit = self.panel.visit
        if visit is None:
            return
        name = f"학급연계결과_{visit.class_label.replace(' ', '_')}.pdf"
        self.output.deliver(how, sheet_layout(build_sheet(self.core, visit)), SHEET_TITLE, name,
                            lambda action: record_sheet_output(self.core, visit, action))

    def drop_personal_data(self) -> None:
        self.panel.drop_personal_data()
        self.setup.clear()
        self.say("")
        if self.output.preview is not None:
            self.output.preview.close()
        self.stack.setCurrentWidget(self.setup)
        self.setFocusProxy(self.setup.search_button)


def build_area(core: Core, runner) -> ClassVisitArea:
    return ClassVisitArea(core, runner)
