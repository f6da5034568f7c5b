"""전송 대기 목록: every send that is waiting, failed, being confirmed or refused, for all volunteers.

The screen reads the local cache only, so it opens and filters with no network; 재전송 is the one
action that needs the partner, and when the partner is down the rows simply stay queued and the
strip says so. Every query and action runs through the :class:`TaskRunner` (the table pages in as
staff scroll, see :mod:`table_model`). Opening or re-filtering the list is a 조회 in the access log,
retry and cancel a 변경, an export a 다운로드 with its purpose (all written by the services).

When the counter locks (``drop_personal_data``) the list, the filters (a name typed into 검색),
the strip and an open dialog go; a query or an action still running finds the area changed (a
generation number) and its answer fills nothing. The list loads again when the area is shown next
or staff press 새로 고침.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linkdesk.clock import today
from linkdesk.gui.pending.dialogs import CancelDialog, ExportDialog, ExportRequest
from linkdesk.gui.pending.filter_bar import PendingFilterBar, StatusChips
from linkdesk.gui.pending.labels import partner_word
from linkdesk.gui.pending.table_model import COLUMNS, PendingTableModel
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.gui.widgets.marks import MarkDelegate, fit_header
from linkdesk.services import export, pending
from linkdesk.services.core import Core
from linkdesk.services.pending import CancelReport, Overview, PendingQuery, RetryReport

translate = QCoreApplication.translate

COLUMN_WIDTHS = {"status": 110, "partner": 80, "volunteer_name": 80, "school": 110, "activity_date": 100,
                 "organization": 150, "activity": 150, "minutes": 60, "queued_at": 140, "error_message": 120}


def _fill(text: str, *args: object) -> str:
    """A translated text with its %1, %2… filled in (numbers with thousands separators)."""
    out = text
    for n, value in enumerate(args, 1):
        out = out.replace(f"%{n}", f"{value:,}" if isinstance(value, int) else str(value))
    return out


class PendingArea(QWidget):
    """The area widget; ``open_volunteer(volunteer_id)`` asks the window to show that person's records."""

    open_volunteer = Signal(str)

    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget | None = None, *,
                 export_dir: Path | None = None, page_size: int = pending.PAGE_SIZE) -> None:
        super().__init__(parent)
        self.setObjectName("PendingArea")
        self.core = core
        self.runner = runner
        self.export_dir = export_dir or Path.home()
        self.dialog: CancelDialog | ExportDialog | None = None
        self._acting = False
        self._load_error = False
        self._generation = 0  # + 1 at each drop_personal_data: answers of earlier tasks are void

        title = QLabel(translate("PendingArea", "Pending sends"))
        title.setObjectName("AreaTitle")
        title.setStyleSheet("#AreaTitle { font-size: 18px; font-weight: bold; }")
        hint = QLabel(translate("PendingArea", "Sends that have not reached the partner yet, for every volunteer. "
                          "This list works without a network."))
        hint.setWordWrap(True)
        self.refresh_button = QPushButton(translate("PendingArea", "&Refresh"))
        self.filters = PendingFilterBar()
        self.filters.set_today(today(core.clock))
        self.chips = StatusChips()
        self.strip = StatusStrip()
        self.model = PendingTableModel(core, runner, page_size=page_size, parent=self)
        self.table = QTableView()
        self.table.setObjectName("PendingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setItemDelegateForColumn(COLUMNS.index("status"), MarkDelegate(self.table))  # coloured status
        header = self.table.horizontalHeader()
        fit_header(self.table, [COLUMN_WIDTHS[key] for key in COLUMNS])
        header.setSortIndicator(COLUMNS.index("queued_at"), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the model sorts in the database
        self.count_label = QLabel()
        self.retry_selected = QPushButton(translate("PendingArea", "Retry &selected"))
        self.retry_all = QPushButton(translate("PendingArea", "Retry &all"))
        self.cancel_button = QPushButton(translate("PendingArea", "&Cancel sending…"))
        self.records_button = QPushButton(translate("PendingArea", "Show recor&ds"))
        self.export_button = QPushButton(translate("PendingArea", "&Export…"))

        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        for button in (self.retry_selected, self.retry_all, self.cancel_button, self.records_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        actions.addWidget(self.export_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.addLayout(head)
        column.addWidget(hint)
        column.addWidget(self.filters)
        column.addWidget(self.chips)
        column.addWidget(self.strip)
        column.addWidget(self.table, 1)
        column.addLayout(actions)

        self.filters.changed.connect(self.apply_filters)
        self.chips.changed.connect(self.apply_filters)
        self.filters.search.returnPressed.connect(self.filters.flush)
        self.refresh_button.clicked.connect(self.refresh)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._load_failed)
        self.model.loading_changed.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.strip.retry_requested.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.show_records())
        self.retry_selected.clicked.connect(self.retry_chosen)
        self.retry_all.clicked.connect(self.retry_everything)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.records_button.clicked.connect(self.show_records)
        self.export_button.clicked.connect(self.ask_export)
        self._shown_once = False
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if not self._shown_once:  # a view is logged when staff look, not when the window is built
            self._shown_once = True
            fit_header(self.table, [COLUMN_WIDTHS[key] for key in COLUMNS])  # the theme's header padding
            self.refresh()

    def refresh(self) -> None:
        """Reload the school list and the rows under the current filters."""
        self.runner.run(lambda: pending.schools(self.core), on_success=self._current(self.filters.set_schools),
                        on_error=self._current(self.strip.show_exception), name="pending.schools")
        self.apply_filters()

    def query(self) -> PendingQuery:
        m = self.model.query
        return PendingQuery(self.filters.filters(self.chips.statuses()), m.sort, m.descending)

    def apply_filters(self) -> None:
        self.model.set_query(self.query())

    def _loaded(self, ov: Overview) -> None:
        self.chips.set_counts(ov.counts)
        if self._load_error:  # the outcome of an action stays until the next action
            self._load_error = False
            self.strip.clear()
        self._update_buttons()

    def _load_failed(self, exc: BaseException) -> None:
        self._load_error = True
        self.strip.show_exception(exc, retry=True)

    # -- the idle lock --------------------------------------------------------------------------
    def drop_personal_data(self) -> None:
        """Forget the list, the filters, the strip and an open dialog; void the answers on their way.

        Idempotent, no I/O. The next time the area is shown it loads again (a new 조회 in the log).
        """
        self._generation += 1
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.reject()  # its accepted() never fires now: no cancel or export with the old rows
            dialog.deleteLater()
        self.filters.reset()
        self.chips.reset()
        self.model.clear()
        self.table.clearSelection()
        self._load_error = False
        self.strip.clear()
        self._shown_once = False  # shown next: it loads again
        self._update_buttons()

    def _current(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """``callback``, unless the idle lock emptied the area after the task started."""
        generation = self._generation

        def call(value: Any) -> None:
            if generation == self._generation:
                callback(value)

        return call

    # -- selection ------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).item_id for r in rows]

    def _current_volunteer(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row()).volunteer_id

    def _update_buttons(self) -> None:
        idle = not self._acting
        chosen = len(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else 0
        for button in (self.retry_selected, self.cancel_button):
            button.setEnabled(idle and chosen > 0)
        self.retry_all.setEnabled(idle and self.model.total > 0)
        self.export_button.setEnabled(idle and self.model.total > 0)
        self.records_button.setEnabled(self._current_volunteer() is not None)
        text = _fill(translate("PendingArea", "%1 row(s)"), self.model.total)
        if chosen:
            text += " · " + _fill(translate("PendingArea", "%1 selected"), chosen)
        self.count_label.setText(text)

    # -- actions --------------------------------------------------------------------------------
    def _act(self, busy_text: str, func, on_success) -> None:
        self._acting = True
        self._update_buttons()
        self.strip.show_busy(busy_text)
        generation = self._generation
        handle = self.runner.run(func, on_success=self._current(on_success),
                                 on_error=self._current(self.strip.show_exception),
                                 on_finally=lambda: self._acted(generation), name="pending.action")
        self.strip.offer_stop(handle, on_stopped=lambda: self._acted(generation))

    def _acted(self, generation: int) -> None:
        self._acting = False
        if generation == self._generation:
            self.refresh()
        else:  # the lock emptied the list meanwhile: it stays empty
            self._update_buttons()

    def retry_chosen(self) -> None:
        ids, core = self.selected_ids(), self.core
        if ids:
            busy = _fill(translate("PendingArea", "Sending %1 row(s)…"), len(ids))
            self._act(busy, lambda: pending.retry(core, ids), self._retried)

    def retry_everything(self) -> None:
        f, core = self.query().filters, self.core
        busy = translate("PendingArea", "Sending every row of the list…")
        self._act(busy, lambda: pending.retry_all(core, f), self._retried)

    def _retried(self, report: RetryReport) -> None:
        tally = report.tally()
        parts = [_fill(translate("PendingArea", "Sent: %1"), tally["sent"] + report.others_sent)]
        if tally["waiting"] or tally["ambiguous"]:
            parts.append(_fill(translate("PendingArea", "Still waiting: %1"), tally["waiting"] + tally["ambiguous"]))
        if tally["refused"]:
            parts.append(_fill(translate("PendingArea", "Refused: %1"), tally["refused"]))
        if tally["skipped"]:
            parts.append(_fill(translate("PendingArea", "Left alone (sent or being sent): %1"), tally["skipped"]))
        text = " · ".join(parts)
        if report.partners_down:
            names = ", ".join(partner_word(p) for p in report.partners_down)
            down = translate("PendingArea", "Could not reach %1; the rows stay queued and are sent when it is back.")
            self.strip.show_error(text + "\n" + _fill(down, names))
        elif tally["refused"]:
            self.strip.show_error(text)
        else:
            self.strip.show_success(text)

    def ask_cancel(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = self.dialog = CancelDialog(len(ids), self)
        dialog.accepted.connect(lambda: self._cancel(ids, dialog.reason_text()))
        dialog.open()

    def _cancel(self, ids: list[int], reason: str) -> None:
        core = self.core
        self._act(translate("PendingArea", "Cancelling…"), lambda: pending.cancel(core, ids, reason), self._cancelled)

    def _cancelled(self, report: CancelReport) -> None:
        text = _fill(translate("PendingArea", "Cancelled: %1"), len(report.cancelled))
        if report.skipped:
            kept = translate("PendingArea", "Not cancelled (the partner may have them): %1")
            self.strip.show_info(text + " · " + _fill(kept, len(report.skipped)))
        else:
            self.strip.show_success(text)

    def show_records(self) -> None:
        volunteer = self._current_volunteer()
        if volunteer:
            self.open_volunteer.emit(volunteer)

    def ask_export(self) -> None:
        dialog = self.dialog = ExportDialog(self.model.total, self.export_dir, self)
        dialog.accepted.connect(lambda: self._export(dialog.request()))
        dialog.open()

    def _export(self, req: ExportRequest) -> None:
        query, core, default_dir = self.query(), self.core, self.export_dir

        def write() -> export.ExportReport:
            if req.path.parent == default_dir:
                default_dir.mkdir(parents=True, exist_ok=True)
            return export.export_pending(core, req.path, purpose=req.purpose, columns=req.columns,
                                         query=query, fmt=req.format)

        def written(rep: export.ExportReport) -> None:
            done = translate("PendingArea", "%1 row(s) written to %2")
            self.strip.show_success(_fill(done, rep.rows, rep.path))

        self._act(translate("PendingArea", "Writing the file…"), write, written)


def build_area(core: Core, runner: TaskRunner) -> PendingArea:
    """The 전송 대기 목록 area for :meth:`MainWindow.add_area` (exports go to the data folder's
    ``exports``; staff may choose another file in the dialog)."""
    return PendingArea(core, runner, export_dir=core.data_dir / "exports")
