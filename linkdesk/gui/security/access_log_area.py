"""The access-log review screen (접속기록 점검) for the centre's administrator.

Filter by staff, volunteer, action and period; check the hash chain; see a month's summary and mark
its review done with a note; export the filtered entries to CSV with the reason for the download
(the export is itself logged). Everything runs through the task runner; the service refuses anyone
who is not an administrator, and the refusal is shown in place.

The screen holds personal data (volunteer ids and what was done with them), so it implements the
idle lock's ``drop_personal_data()``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linkdesk.clock import today
from linkdesk.gui.security.access_log_model import ACTIONS, AccessLogModel, action_text
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.services.audit import verify_chain
from linkdesk.services.audit_review import AccessFilter, AccessLog, PeriodSummary, period_bounds
from linkdesk.services.output_guard import output_path
from linkdesk.services.staff import accounts

translate = QCoreApplication.translate


def previous_month(day: date) -> str:
    return f"{day.year - 1}-12" if day.month == 1 else f"{day.year}-{day.month - 1:02d}"


class AccessLogArea(QWidget):
    def __init__(self, core, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AccessLogArea")
        self.core, self.runner = core, runner
        now = today(core.clock)
        title = QLabel(translate("AccessLogArea", "Access log"))
        title.setObjectName("AreaTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.staff = QLineEdit()
        self.staff.setPlaceholderText(translate("AccessLogArea", "Staff"))
        self.volunteer = QLineEdit()
        self.volunteer.setPlaceholderText(translate("AccessLogArea", "Volunteer ID"))
        self.action = QComboBox()
        self.action.addItem(translate("AccessLogArea", "All actions"), None)
        for key in ACTIONS:
            self.action.addItem(action_text(key), key)
        self.first = QDateEdit(QDate(now.year, now.month, 1))
        self.last = QDateEdit(QDate(now.year, now.month, now.day))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.search_button = QPushButton(translate("AccessLogArea", "&Search"))
        self.search_button.clicked.connect(self.search)
        self.verify_button = QPushButton(translate("AccessLogArea", "&Verify integrity"))
        self.verify_button.clicked.connect(self.verify)
        filters = QHBoxLayout()
        for w in (self.staff, self.volunteer, self.action, self.first, QLabel("~"), self.last, self.search_button):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)

        self.model = AccessLogModel(self)
        self.table = QTableView()
        self.table.setObjectName("AccessLogTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.period = QLineEdit(previous_month(now))
        self.period.setInputMask("9999-99")
        self.period.setFixedWidth(90)
        self.summary_button = QPushButton(translate("AccessLogArea", "S&ummary"))
        self.summary_button.clicked.connect(self.show_summary)
        self.summary = QLabel()
        self.summary.setObjectName("ReviewSummary")
        self.summary.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("AccessLogArea", "What the review found"))
        self.review_button = QPushButton(translate("AccessLogArea", "&Mark the review done"))
        self.review_button.clicked.connect(self.mark_reviewed)
        review_box = QGroupBox(translate("AccessLogArea", "Monthly review"))
        review = QHBoxLayout(review_box)
        for w in (self.period, self.summary_button, self.note, self.review_button):
            review.addWidget(w)

        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("AccessLogArea", "Reason for the download (required)"))
        self.export_button = QPushButton(translate("AccessLogArea", "&Export CSV…"))
        self.export_button.clicked.connect(self._choose_export_file)
        export_box = QGroupBox(translate("AccessLogArea", "Export"))
        export = QHBoxLayout(export_box)
        export.addWidget(self.reason, 1)
        export.addWidget(self.export_button)

        self.status = StatusStrip()
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.summary)
        column.addWidget(review_box)
        column.addWidget(export_box)
        column.addWidget(self.status)

    # -- the idle lock ---------------------------------------------------------------------------
    def drop_personal_data(self) -> None:
        self.model.set_rows([])
        self.volunteer.setText("")  # not clear(): that is undoable, Ctrl+Z would bring the ID back
        self.summary.clear()
        self.status.clear()

    # -- actions ---------------------------------------------------------------------------------
    def current_filter(self) -> AccessFilter:
        start, end = period_bounds(self.first.date().toPython(), self.last.date().toPython())
        return AccessFilter(self.staff.text().strip() or None, self.volunteer.text().strip() or None,
                            self.action.currentData(), start, end)

    def _log(self) -> AccessLog:
        return AccessLog(self.core.store, accounts(self.core), self.core.actor)

    def search(self) -> None:
        flt, log = self.current_filter(), self._log()
        self._run(lambda: log.search(flt), self._found)

    def _found(self, rows) -> None:
        self.model.set_rows(rows)
        self.status.show_info(translate("AccessLogArea", "%1 entries").replace("%1", str(len(rows))))

    def verify(self) -> None:
        store = self.core.store
        self._run(lambda: verify_chain(store), self._verified)

    def _verified(self, check) -> None:
        if check.ok:
            text = translate("AccessLogArea", "Intact: %1 entries checked.").replace("%1", str(check.checked))
            if check.anchor:  # the code to keep outside this PC (audit verify --anchor)
                text += " " + translate("AccessLogArea", "Anchor code %1: write it in the review book, outside this PC.") \
                    .replace("%1", check.anchor)
            self.status.show_success(text)
        else:
            self.status.show_error(translate("AccessLogArea", "The access log was tampered with at entry #%1 (%2).")
                                   .replace("%1", str(check.first_bad_id)).replace("%2", check.problem))

    def show_summary(self) -> None:
        period, log = self.period.text(), self._log()
        self._run(lambda: log.summary(period), self._summarised)

    def _summarised(self, s: PeriodSummary) -> None:
        counts = ", ".join(f"{action_text(k)} {v}" for k, v in sorted(s.by_action.items()))
        text = translate("AccessLogArea", "%1: %2 entries (%3); downloads: %4.").replace("%1", s.period) \
            .replace("%2", str(s.total)).replace("%3", counts or "-").replace("%4", str(s.downloads))
        if s.review is not None:
            text += " " + translate("AccessLogArea", "Reviewed by %1: %2").replace("%1", s.review.reviewed_by) \
                .replace("%2", s.review.note)
        self.summary.setText(text)
        self.status.clear()

    def mark_reviewed(self) -> None:
        period, note, log = self.period.text(), self.note.text(), self._log()
        self._run(lambda: log.mark_reviewed(period, note), self._reviewed)

    def _reviewed(self, review) -> None:
        self.note.clear()
        self.status.show_success(translate("AccessLogArea", "The review of %1 is recorded.").replace("%1", review.period))

    def _choose_export_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, translate("AccessLogArea", "Export the access log"),
                                                    "access-log.csv", "CSV (*.csv)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Export the current filter to ``path`` with the reason typed in (refused without one)."""
        flt, reason, log, core = self.current_filter(), self.reason.text(), self._log(), self.core

        def export() -> int:
            output_path(core, path)  # never onto LinkDesk's own files: refused, nothing recorded
            return log.export_csv(flt, reason, path)

        self._run(export, self._exported)

    def _exported(self, count: int) -> None:
        self.reason.clear()
        self.status.show_success(translate("AccessLogArea", "%1 entries exported; the download is recorded.")
                                 .replace("%1", str(count)))

    def _run(self, func: Callable, on_success: Callable) -> None:
        self.status.show_busy(translate("AccessLogArea", "Working…"))
        handle = self.runner.run(func, on_success=on_success, on_error=self.status.show_exception, name="access-log")
        self.status.offer_stop(handle, stopped=translate("AccessLogArea", "Stopped waiting; nothing was changed."))


def build_area(core, runner: TaskRunner) -> QWidget:
    """The access-log review screen, for :meth:`MainWindow.add_area` (administrators only)."""
    return AccessLogArea(core, runner)
