"""Before a class visit: the school (and grade / class) picked once, the teacher's class list pasted or
loaded from a file and checked row by row, or an unfinished visit resumed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from linkdesk.clock import KST
from linkdesk.errors import known_message
from linkdesk.gui.widgets.school_search import SchoolSearchDialog
from linkdesk.gui.widgets.tones import box_style
from linkdesk.services.class_roster import RosterCheck, parse_roster, read_roster_file
from linkdesk.services.linking_flow import SchoolChoice

translate = QCoreApplication.translate


def ask_roster_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("ClassVisitSetup", "Load the class list"), "",
                                          translate("ClassVisitSetup", "Class lists (*.csv *.txt)"))
    return path or None


class SetupPanel(QWidget):
    """``start_requested(school, grade, class_no, rows)``; ``resume_requested(visit_id)``;
    ``search_requested()`` (the area opens the school popup once the directory is ready)."""

    start_requested = Signal(object, object, object, object)
    resume_requested = Signal(int)
    search_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClassVisitSetup")
        self.school: SchoolChoice | None = None
        self.check = RosterCheck((), ())
        self.choose_file: Callable[[QWidget | None], str | None] = ask_roster_file

        title = QLabel(translate("ClassVisitSetup", "Class visit: pick the school once, then the students come one after another."))
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        self.school_field = QLineEdit()
        self.school_field.setObjectName("ClassVisitSchool")
        self.school_field.setReadOnly(True)
        self.school_field.setPlaceholderText(translate("ClassVisitSetup", "No school chosen"))
        self.search_button = QPushButton(translate("ClassVisitSetup", "&Search schools…"))
        self.search_button.setObjectName("ClassVisitSearch")
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search_requested)
        self.grade = QSpinBox()
        self.grade.setObjectName("ClassVisitGrade")
        self.grade.setRange(0, 6)
        self.grade.setSpecialValueText(translate("ClassVisitSetup", "any"))
        self.class_no = QSpinBox()
        self.class_no.setObjectName("ClassVisitClass")
        self.class_no.setRange(0, 30)
        self.class_no.setSpecialValueText(translate("ClassVisitSetup", "any"))
        self.roster = QPlainTextEdit()
        self.roster.setObjectName("ClassVisitRoster")
        self.roster.setPlaceholderText(translate("ClassVisitSetup", "Optional: the teacher's class list, one student a line: number, name (e.g. 1,김민서). Never resident registration numbers."))
        self.roster.setTabChangesFocus(True)
        self.roster.textChanged.connect(self._recheck)
        self.file_button = QPushButton(translate("ClassVisitSetup", "Load from &file…"))
        self.file_button.setObjectName("ClassVisitRosterFile")
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self.load_file)
        self.problems = QListWidget()
        self.problems.setObjectName("ClassVisitRosterProblems")
        self.problems.setMaximumHeight(110)
        self.problems.hide()
        self.summary = QLabel()
        self.summary.setObjectName("ClassVisitRosterSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("ClassVisitSetupMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(box_style("#ClassVisitSetupMessage", "error"))
        self.message.hide()
        self.start_button = QPushButton(translate("ClassVisitSetup", "S&tart the class visit"))
        self.start_button.setObjectName("ClassVisitStart")
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(self.start)
        self.resume_list = QListWidget()
        self.resume_list.setObjectName("ClassVisitResumeList")
        self.resume_list.setMaximumHeight(120)
        self.resume_list.itemActivated.connect(lambda item: self.resume_requested.emit(int(item.data(Qt.ItemDataRole.UserRole))))
        self.resume_label = QLabel(translate("ClassVisitSetup", "&Unfinished visits (Enter resumes where it stopped):"))
        self.resume_label.setBuddy(self.resume_list)

        school_row = QHBoxLayout()
        school_row.addWidget(self.school_field, 1)
        school_row.addWidget(self.search_button)
        klass = QHBoxLayout()
        klass.addWidget(self.grade)
        klass.addWidget(QLabel(translate("ClassVisitSetup", "grade")))
        klass.addWidget(self.class_no)
        klass.addWidget(QLabel(translate("ClassVisitSetup", "class")))
        klass.addStretch(1)
        roster_buttons = QHBoxLayout()
        roster_buttons.addWidget(self.file_button)
        roster_buttons.addWidget(self.summary, 1)
        form = QFormLayout()
        school_label = QLabel(translate("ClassVisitSetup", "School"))
        school_label.setBuddy(self.search_button)
        form.addRow(school_label, school_row)
        class_label = QLabel(translate("ClassVisitSetup", "&Grade / class"))
        class_label.setBuddy(self.grade)
        form.addRow(class_label, klass)
        roster_label = QLabel(translate("ClassVisitSetup", "C&lass list"))
        roster_label.setBuddy(self.roster)
        form.addRow(roster_label, self.roster)
        form.addRow("", roster_buttons)
        form.addRow("", self.problems)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 18)
        column.addWidget(title)
        column.addLayout(form, 1)
        column.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.start_button)
        column.addLayout(bottom)
        column.addWidget(self.resume_label)
        column.addWidget(self.resume_list)
        for a, b in ((self.search_button, self.grade), (self.grade, self.class_no), (self.class_no, self.roster),
                     (self.roster, self.file_button), (self.file_button, self.start_button),
                     (self.start_button, self.resume_list)):
            QWidget.setTabOrder(a, b)
        self._recheck()

    # -- school ------------------------------------------------------------------------------------
    def set_school(self, school: SchoolChoice) -> None:
        self.school = school
        self.school_field.setText(f"{school.name} · {school.region or school.office} ({school.code})")
        self._update()

    def open_search(self, search, offices: list[str]) -> SchoolSearchDialog:
        dialog = SchoolSearchDialog(search, offices, parent=self)
        dialog.accepted.connect(lambda: self._picked(dialog))
        dialog.finished.connect(lambda _r: self._search_closed(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _search_closed(self, dialog: SchoolSearchDialog) -> None:
        dialog.deleteLater()
        self.window().activateWindow()
        (self.grade if self.school is not None else self.search_button).setFocus()

    def _picked(self, dialog: SchoolSearchDialog) -> None:
        hit = dialog.selected_school()
        if hit is not None:
            self.set_school(SchoolChoice(hit.code, hit.name, hit.office, hit.kind, hit.region))

    # -- the class list -----------------------------------------------------------------------------
    def load_file(self) -> None:
        path = self.choose_file(self)
        if not path:
            return
        try:
            text = read_roster_file(path)
        except Exception as exc:  # noqa: BLE001 - only known errors are shown; a bug goes on
            message = known_message(exc)
            if message is None:
                raise
            self.show_error(message.ko)
            return
        self.roster.setPlainText(text)

    def _recheck(self) -> None:
        self.check = parse_roster(self.roster.toPlainText())
        self.problems.clear()
        for problem in self.check.problems:
            QListWidgetItem(problem.ko, self.problems)
        self.problems.setVisible(bool(self.check.problems))
        if self.check.refused:
            self.summary.setText(translate("ClassVisitSetup", "This list is refused: it holds a resident registration number. Remove it; nothing of this list is kept."))
        elif self.check.rows or self.check.problems:
            self.summary.setText(translate("ClassVisitSetup", "%1 students read; %2 lines need a look (they are left out).")
                                 .replace("%1", str(len(self.check.rows))).replace("%2", str(len(self.check.problems))))
        else:
            self.summary.setText(translate("ClassVisitSetup", "No list: students are added as they come."))
        self._update()

    def _update(self) -> None:
        self.start_button.setEnabled(self.school is not None and not self.check.refused)

    # -- actions ------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.school is None or self.check.refused:
            return
        self.message.hide()
        self.start_requested.emit(self.school, self.grade.value() or None, self.class_no.value() or None,
                                  self.check.usable)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_open_visits(self, visits: list[tuple[int, str, object, int, int]]) -> None:
        self.resume_list.clear()
        for visit_id, label, started, size, waiting in visits:
            text = translate("ClassVisitSetup", "%1 · started %2 · %3 students, %4 not yet come") \
                .replace("%1", label).replace("%2", f"{started.astimezone(KST):%m-%d %H:%M}") \
                .replace("%3", str(size)).replace("%4", str(waiting))
            item = QListWidgetItem(text, self.resume_list)
            item.setData(Qt.ItemDataRole.UserRole, visit_id)
        if visits:
            self.resume_list.setCurrentRow(0)
        self.resume_label.setVisible(bool(visits))
        self.resume_list.setVisible(bool(visits))

    def clear(self) -> None:
        """A new visit: the class list (names) goes; the school stays for the next class."""
        self.roster.clear()
        self.message.hide()
