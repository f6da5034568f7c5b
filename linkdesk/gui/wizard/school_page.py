"""Step 2, 내 소속학교: a field and 학교검색, which opens the school search popup.

The NEIS directory is prepared once (downloaded into the local cache, or the cache is used when
NEIS cannot be reached) through the task runner; the popup then searches the local cache as staff
type, offline and instantly. Staff may type a name or its 초성 into the field and press Enter: the
popup opens with it. After a pick, Enter goes on to 학생정보 확인.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from linkdesk.gui.widgets.school_results import kind_name
from linkdesk.gui.widgets.school_search import SchoolSearchDialog
from linkdesk.gui.wizard.page_base import PageHost, WizardPage
from linkdesk.services.directory import offices
from linkdesk.services.linking_flow import FlowState, SchoolChoice, Step

translate = QCoreApplication.translate


def school_text(school: SchoolChoice) -> str:
    """보문중학교 (서울특별시교육청 · 중학교 · 서울특별시 성북구)."""
    details = " · ".join(x for x in (school.office, kind_name(school.kind) if school.kind else "", school.region) if x)
    return f"{school.name} ({details})" if details else school.name


class SchoolPage(WizardPage):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            translate("SchoolPage", "My school"),
            translate("SchoolPage", "Search for the school the student attends and choose it. A name or its "
                                    "initial consonants work (e.g. ㅂㅁㅈ)."),
            parent,
        )
        self.setObjectName("SchoolPage")
        self._offices: list[str] | None = None  # the directory is ready once this is set
        self._open_when_ready = False
        self._shown: SchoolChoice | None = None
        self.dialog: SchoolSearchDialog | None = None

        self.field = QLineEdit()
        self.field.setObjectName("SchoolField")
        self.field.setPlaceholderText(translate("SchoolPage", "School name, then Enter"))
        self.search_button = QPushButton(translate("SchoolPage", "&Search schools…"))
        self.search_button.setObjectName("SchoolSearchButton")
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.open_search)
        label = QLabel(translate("SchoolPage", "Schoo&l"))
        label.setBuddy(self.field)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(label)
        row.addWidget(self.field, 1)
        row.addWidget(self.search_button)
        self.column.addLayout(row)
        self.column.addWidget(self.strip)
        self.column.addStretch(1)
        QWidget.setTabOrder(self.field, self.search_button)

    def enter(self, state: FlowState) -> None:
        if self._offices is None:
            self.prepare()

    def render(self, state: FlowState) -> None:
        self.search_button.setEnabled(not self.host.busy)
        if state.school != self._shown:
            self._shown = state.school
            self.field.setText(school_text(state.school) if state.school else "")

    def main_action(self) -> bool:
        school = self.host.session.state.school
        if school is not None and self.field.text() == school_text(school):
            return False  # a school is chosen and the field shows it: go on
        self.open_search()
        return True

    def focus_first(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def clear(self) -> None:
        super().clear()
        self._shown = None
        self._open_when_ready = False
        self.field.clear()
        if self.dialog is not None:
            self.dialog.reject()

    # -- the directory and the popup --------------------------------------------------------------

    def prepare(self) -> None:
        """The directory cache, then the 시도교육청 for the popup's filter (both off the GUI thread)."""
        session, core = self.host.session, self.host.core

        def work() -> list[str]:
            session.prepare_schools()
            return offices(core)

        self.start(work, busy=translate("SchoolPage", "Preparing the school directory…"), name="neis.directory",
                   on_success=self._prepared, retry=self.prepare)

    def _prepared(self, found: list[str]) -> None:
        self._offices = found
        if self._open_when_ready:
            self._open_when_ready = False
            self.open_search()

    def open_search(self) -> None:
        """The 학교검색 popup, with what staff typed in the field (not blocking: ``open()``)."""
        if self._offices is None:
            self._open_when_ready = True
            if not self.host.busy:
                self.prepare()
            return
        if self.host.busy or (self.dialog is not None and self.dialog.isVisible()):
            return
        school = self.host.session.state.school
        typed = self.field.text().strip()
        initial = school.name if school is not None and typed == school_text(school) else typed
        session = self.host.session
        self.dialog = SchoolSearchDialog(
            lambda text, office, kind, region, limit: session.search_schools(text, office, kind, region, limit),
            self._offices, parent=self, initial_text=initial,
        )
        dialog = self.dialog
        dialog.accepted.connect(lambda: self._picked(dialog))
        dialog.finished.connect(self._closed)
        dialog.open()

    def _picked(self, dialog: SchoolSearchDialog) -> None:
        school = dialog.selected_school()
        if school is None or self.host.session.state.step is not Step.SCHOOL:
            return
        self.host.session.choose_school(school)  # pure: no I/O
        self.strip.clear()
        self.changed.emit()

    def _closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.host.refocus()
