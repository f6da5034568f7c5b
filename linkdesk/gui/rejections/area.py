"""Records a school rejected (반려), to follow up: filter by school, date and reason; each row shows the
school's reason and the route to resolve it; 처리 완료 marks it handled (with a short note).

The list is read on the task runner (a 조회 in the access log); nothing loads until staff press
조회, and the idle lock empties it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkdesk.clock import today
from linkdesk.errors import known_message
from linkdesk.gui.widgets.tones import box_style, message_text
from linkdesk.services import rejections as R
from linkdesk.services.core import Core

translate = QCoreApplication.translate
COLUMNS = 7


class RejectionsArea(QWidget):
    def __init__(self, core: Core, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RejectionsArea")
        self.core, self.runner = core, runner
        self.rows: list[R.Rejection] = []
        self.school = QLineEdit()
        self.school.setObjectName("RejectionsSchool")
        self.school.setPlaceholderText(translate("Rejections", "School name or code"))
        self.since = QDateEdit()
        self.since.setObjectName("RejectionsSince")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        now = today(core.clock)
        self.since.setDate(QDate(now.year, now.month, now.day).addMonths(-3))
        self.until = QDateEdit(QDate(now.year, now.month, now.day))
        self.until.setObjectName("RejectionsUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.dated = QCheckBox(translate("Rejections", "Rejected &between"))
        self.dated.setObjectName("RejectionsDated")
        self.dated.toggled.connect(self.since.setEnabled)
        self.dated.toggled.connect(self.until.setEnabled)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.reason = QLineEdit()
        self.reason.setObjectName("RejectionsReason")
        self.reason.setPlaceholderText(translate("Rejections", "Words in the reason"))
        self.handled = QCheckBox(translate("Rejections", "Show &handled"))
        self.search_button = QPushButton(translate("Rejections", "&Look up"))
        self.search_button.setObjectName("RejectionsSearch")
        self.search_button.setAutoDefault(True)
        self.search_button.clicked.connect(self.refresh)
        for edit in (self.school, self.reason):
            edit.returnPressed.connect(self.refresh)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("RejectionsTable")
        self.table.setHorizontalHeaderLabels([
            translate("Rejections", "Rejected on"), translate("Rejections", "Name"), translate("Rejections", "School"),
            translate("Rejections", "Activity"), translate("Rejections", "School's reason"),
            translate("Rejections", "What to do"), translate("Rejections", "Handled")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate((96, 70, 110, 170, 200)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.note = QLineEdit()
        self.note.setObjectName("RejectionsNote")
        self.note.setPlaceholderText(translate("Rejections", "Note (what was done, e.g. the teacher was told)"))
        self.handle_button = QPushButton(translate("Rejections", "&Mark handled"))
        self.handle_button.setObjectName("RejectionsHandle")
        self.handle_button.clicked.connect(lambda: self.mark(True))
        self.reopen_button = QPushButton(translate("Rejections", "&Reopen"))
        self.reopen_button.setObjectName("RejectionsReopen")
        self.reopen_button.clicked.connect(lambda: self.mark(False))
        self.message = QLabel()
        self.message.setObjectName("RejectionsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.table.itemSelectionChanged.connect(self._update)

        filters = QHBoxLayout()
        for label, widget in ((translate("Rejections", "&School"), self.school), (None, self.since),
                              (translate("Rejections", "to"), self.until), (translate("Rejections", "R&eason"), self.reason)):
            if widget is self.since:
                filters.addWidget(self.dated)
            else:
                caption = QLabel(label)
                caption.setBuddy(widget)
                filters.addWidget(caption)
            filters.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
        filters.addWidget(self.handled)
        filters.addWidget(self.search_button)
        actions = QHBoxLayout()
        actions.addWidget(self.note, 1)
        actions.addWidget(self.handle_button)
        actions.addWidget(self.reopen_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        title = QLabel(translate("Rejections", "Records a school rejected: the school's reason and what the student can do."))
        title.setWordWrap(True)
        column.addWidget(title)
        column.addLayout(filters)
        column.addWidget(self.message)
        column.addWidget(self.table, 1)
        column.addLayout(actions)
        self.setFocusProxy(self.school)
        self._update()

    def refresh(self) -> None:
        dated = self.dated.isChecked()
        since = self.since.date().toPython() if dated else None
        until = self.until.date().toPython() if dated else None
        school, reason, handled = self.school.text(), self.reason.text(), self.handled.isChecked()
        self.search_button.setEnabled(False)
        self.runner.run(lambda: R.list_rejections(self.core, school=school, since=since, until=until, reason=reason,
                                                  include_handled=handled),
                        name="rejections list", on_success=self._show, on_error=self._failed,
                        on_finally=lambda: self.search_button.setEnabled(True))

    def _show(self, rows: list[R.Rejection]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            done = (translate("Rejections", "%1 by %2").replace("%1", f"{r.handled_at:%Y-%m-%d}").replace("%2", r.handled_by or "")
                    + (f" — {r.note}" if r.note else "")) if r.handled_at else ""
            texts = (r.rejected_on.isoformat(), r.name, r.school_name or r.school_code,
                     f"{r.day} {r.organization} · {r.activity}", r.reason, r.route, done)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, c, item)
        self.table.resizeRowsToContents()
        self.say(translate("Rejections", "%1 rejected records.").replace("%1", str(len(rows))), "info")
        self._update()

    def _failed(self, exc: BaseException) -> None:
        message = known_message(exc)
        self.say(message_text(message) if message is not None else str(exc), "error")

    def current(self) -> R.Rejection | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def mark(self, handled: bool) -> None:
        r = self.current()
        if r is None:
            return
        note = self.note.text()
        self.runner.run(lambda: R.mark_handled(self.core, r.record_id, note, handled=handled), name="rejection handled",
                        on_success=lambda _: (self.note.clear(), self.refresh()), on_error=self._failed)

    def say(self, text: str, tone: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(box_style("#RejectionsMessage", tone))
        self.message.setVisible(bool(text))

    def _update(self) -> None:
        r = self.current()
        self.handle_button.setEnabled(r is not None and r.handled_at is None)
        self.reopen_button.setEnabled(r is not None and r.handled_at is not None)

    def drop_personal_data(self) -> None:
        self.rows = []
        self.table.setRowCount(0)
        self.note.clear()
        self.say("", "info")
        self._update()


def build_area(core: Core, runner) -> RejectionsArea:
    return RejectionsArea(core, runner)
