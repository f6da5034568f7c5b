"""현황 (the centre's dashboard): linked hours per partner as a chart and as tables, what waits, fails
and came back, certificates and expiring consents — and the month's report as CSV or PDF.

Every figure is computed on a worker (:func:`linkdesk.services.dashboard.open_dashboard`, no partner
call); the screen only shows it. Every chart has its table (the 표 tab) for screen readers. The area
holds aggregates only — no name, no volunteer id — so the idle lock has nothing to take from it.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from linkdesk.clock import today
from linkdesk.domain.hours import format_minutes_ko
from linkdesk.gui.dashboard.chart import Bar, BarChart
from linkdesk.gui.dashboard.report_pdf import save_pdf
from linkdesk.gui.widgets.area_title import area_title
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.services import dashboard as D
from linkdesk.services import dashboard_report as R

translate = QCoreApplication.translate

VIEWS = (  # (key, granularity, label)
    ("month_day", "day", QT_TRANSLATE_NOOP("DashboardArea", "Month, by day")),
    ("month_week", "week", QT_TRANSLATE_NOOP("DashboardArea", "Month, by week")),
    ("year_month", "month", QT_TRANSLATE_NOOP("DashboardArea", "Year, by month")),
)


def period_for(view: str, picked: date) -> D.Period:
    if view == "year_month":
        return D.Period(date(picked.year, 1, 1), date(picked.year + 1, 1, 1), "month")
    granularity = "week" if view == "month_week" else "day"
    return D.Period.month(picked.year, picked.month, granularity)


def bars(board: D.Dashboard) -> list[Bar]:
    """One bar per bucket of the period, empty buckets included (a gap is information too)."""
    p = board.period
    values: dict[date, dict[str, int]] = {}
    for b in board.buckets:
        values.setdefault(b.bucket, {})[b.partner] = b.records
    out, day = [], p.bucket_of(p.start)
    while day < p.end:
        label = {"day": f"{day.month:02d}-{day.day:02d}", "week": f"{day.month:02d}-{day.day:02d}~",
                 "month": f"{day.year}-{day.month:02d}"}[p.granularity]
        out.append(Bar(label, values.get(day, {})))
        if p.granularity == "day":
            day += timedelta(days=1)
        elif p.granularity == "week":
            day += timedelta(days=7)
        else:
            day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return out


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # no column cut off
    return t


def _fill(table: QTableWidget, rows: list[list]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))


class DashboardArea(QWidget):
    def __init__(self, core, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardArea")
        self.core, self.runner = core, runner
        self.board: D.Dashboard | None = None
        now = today(core.clock)

        title = area_title(translate("DashboardArea", "Dashboard"), self)
        self.month = QDateEdit(QDate(now.year, now.month, 1), self)
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.setAccessibleName(translate("DashboardArea", "Month"))
        self.view = QComboBox(self)
        for key, _g, label in VIEWS:
            self.view.addItem(translate("DashboardArea", label), key)
        self.refresh_button = QPushButton(translate("DashboardArea", "&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.month.dateChanged.connect(lambda *_: self.refresh())
        self.view.currentIndexChanged.connect(lambda *_: self.refresh())
        controls = QHBoxLayout()
        for w in (QLabel(translate("DashboardArea", "Period"), self), self.month, self.view, self.refresh_button):
            controls.addWidget(w)
        controls.addStretch(1)

        self.summary = QLabel(self)
        self.summary.setObjectName("DashboardSummary")
        self.summary.setWordWrap(True)
        self.chart = BarChart(self)
        self.chart.setAccessibleName(translate("DashboardArea", "Records linked per period"))
        self.chart.set_names({"neis": translate("DashboardArea", "NEIS"), "vms": "VMS → 1365",
                              "redcross": translate("DashboardArea", "Red Cross → 1365")})
        self.series = _table([translate("DashboardArea", "Period"), translate("DashboardArea", "NEIS"),
                              "VMS → 1365", translate("DashboardArea", "Red Cross → 1365"),
                              translate("DashboardArea", "Total")], "DashboardSeriesTable")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.chart, translate("DashboardArea", "Chart"))
        self.tabs.addTab(self.series, translate("DashboardArea", "Table"))
        self.totals = _table([translate("DashboardArea", "Linked to"), translate("DashboardArea", "Records"),
                              translate("DashboardArea", "Volunteer time"),
                              translate("DashboardArea", "Hours NEIS recognises")], "DashboardTotalsTable")
        self.failures = _table([translate("DashboardArea", "Partner"), translate("DashboardArea", "Reason"),
                                translate("DashboardArea", "Count")], "DashboardFailuresTable")
        self.rejections = _table([translate("DashboardArea", "School's reason"), translate("DashboardArea", "Count")],
                                 "DashboardRejectionsTable")
        lists = QHBoxLayout()
        for caption, table in ((translate("DashboardArea", "Linked per partner"), self.totals),
                               (translate("DashboardArea", "Failed or unclear sends (now)"), self.failures),
                               (translate("DashboardArea", "Rejected by schools"), self.rejections)):
            box = QGroupBox(caption, self)
            QVBoxLayout(box).addWidget(table)
            lists.addWidget(box)

        self.purpose = QLineEdit(self)
        self.purpose.setPlaceholderText(translate("DashboardArea", "Purpose of the report (required)"))
        self.purpose.setAccessibleName(translate("DashboardArea", "Purpose of the report"))
        self.csv_button = QPushButton(translate("DashboardArea", "Save as &CSV…"), self)
        self.pdf_button = QPushButton(translate("DashboardArea", "Save as &PDF…"), self)
        self.csv_button.clicked.connect(lambda: self._choose_file("csv"))
        self.pdf_button.clicked.connect(lambda: self._choose_file("pdf"))
        report_box = QGroupBox(translate("DashboardArea", "Monthly report (실적 보고)"), self)
        report = QHBoxLayout(report_box)
        report.addWidget(self.purpose, 1)
        report.addWidget(self.csv_button)
        report.addWidget(self.pdf_button)

        self.status = StatusStrip(self)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addLayout(controls)
        column.addWidget(self.summary)
        column.addWidget(self.tabs, 2)
        column.addLayout(lists, 1)
        column.addWidget(report_box)
        column.addWidget(self.status)
        self.setFocusProxy(self.month)

    # -- the idle lock: aggregates only, nothing personal to drop ---------------------------------
    def drop_personal_data(self) -> None:
        self.purpose.setText("")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.board is None and not self.runner.busy:
            self.refresh()

    # -- loading ---------------------------------------------------------------------------------
    def current_period(self) -> D.Period:
        return period_for(self.view.currentData(), self.month.date().toPython())

    def refresh(self) -> None:
        try:
            period = self.current_period()
        except D.DashboardError as exc:
            self.status.show_exception(exc)
            return
        self.status.show_busy(translate("DashboardArea", "Counting…"))
        self.refresh_button.setEnabled(False)
        self.runner.run(lambda: D.open_dashboard(self.core, period), on_success=self.show_board,
                        on_error=self.status.show_exception, on_finally=lambda: self.refresh_button.setEnabled(True),
                        name="dashboard")

    def show_board(self, board: D.Dashboard) -> None:
        self.board = board
        self.status.clear()
        expiring = sum(board.consents_expiring.values())
        self.summary.setText(
            translate("DashboardArea", "%1: %2 records linked for %3 students (%4). Now waiting %5, failed %6, "
                      "unclear %7. Rejected by schools %8. Certificates issued %9, consents expiring within 30 days %10.")
            .replace("%10", str(expiring)).replace("%1", board.period.label()).replace("%2", str(board.total_records))
            .replace("%3", str(board.students)).replace("%4", format_minutes_ko(board.total_minutes))
            .replace("%5", str(board.waiting)).replace("%6", str(board.failed)).replace("%7", str(board.ambiguous))
            .replace("%8", str(board.rejected)).replace("%9", str(board.certificates_issued)))
        chart_bars = bars(board)
        self.chart.set_bars(chart_bars)
        _fill(self.series, [[b.label, b.values.get("neis", 0), b.values.get("vms", 0), b.values.get("redcross", 0),
                             b.total] for b in chart_bars])
        _fill(self.totals, [[t.label, t.records, format_minutes_ko(t.minutes), t.hours if t.partner == "neis" else "-"]
                            for t in board.totals])
        _fill(self.failures, [[D.PARTNER_LABELS.get(r.partner, r.partner), r.message or r.code, r.count]
                              for r in board.failures])
        _fill(self.rejections, [[r.message or "-", r.count] for r in board.rejections])

    # -- the report ------------------------------------------------------------------------------
    def _choose_file(self, fmt: str) -> None:
        if self.board is None:
            return
        name = f"실적보고_{self.board.period.start:%Y-%m}.{fmt}"
        caption = translate("DashboardArea", "Save the report")
        filters = "CSV (*.csv)" if fmt == "csv" else "PDF (*.pdf)"
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / name), filters)
        if path:
            self.save_report(path, fmt)

    def save_report(self, path: str, fmt: str) -> None:
        """Write the shown figures to ``path`` on a worker; refusals (no purpose, a bad place) in place."""
        board, purpose = self.board, self.purpose.text()
        if board is None:
            return
        core = self.core

        def work() -> Path:
            if fmt == "csv":
                return R.write_csv(core, board, path, purpose=purpose).path
            return save_pdf(core, board, path, purpose=purpose)

        self.status.show_busy(translate("DashboardArea", "Saving the report…"))
        self.runner.run(work, on_success=lambda p: self.status.show_success(
            translate("DashboardArea", "Saved: %1").replace("%1", str(p))),
            on_error=self.status.show_exception, name="dashboard-report")


def build_area(core, runner) -> DashboardArea:
    return DashboardArea(core, runner)
