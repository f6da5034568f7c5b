"""실적전송's outcome: one line per record (전송성공 / 전송실패 with its reason / 대기 / 이미 전송됨) and 재전송.

A record queued in the outbox (NEIS unreachable) is not a failure: it is sent automatically when
the network is back, and says so. 재전송 offers what ``SendResult.retryable`` allows (failures, and
sends still waiting) and hands their ids to the page (``retry_requested``), which sends them through
the task runner and calls :meth:`SendResultsView.set_results` with the merged outcome
(``linking_flow.sent`` merges by record).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
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

from linkdesk.gui.widgets.marks import MarkDelegate, fit_header
from linkdesk.gui.widgets.tones import MARKS
from linkdesk.services.linking_flow import RecordRow, SendResult

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex

# status -> (symbol, word, mark colour); the symbol and word carry it without colour vision
STATUSES: dict[str, tuple[str, str, str]] = {
    "sent": ("✔", QT_TRANSLATE_NOOP("SendResults", "Sent"), MARKS["success"]),
    "failed": ("✖", QT_TRANSLATE_NOOP("SendResults", "Failed"), MARKS["error"]),
    "queued": ("○", QT_TRANSLATE_NOOP("SendResults", "Waiting"), MARKS["warning"]),
    "already_sent": ("•", QT_TRANSLATE_NOOP("SendResults", "Already sent"), MARKS["muted"]),
    "skipped": ("–", QT_TRANSLATE_NOOP("SendResults", "Not sent"), MARKS["muted"]),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("SendResults", "Date"),
    QT_TRANSLATE_NOOP("SendResults", "No."),
    QT_TRANSLATE_NOOP("SendResults", "Organization"),
    QT_TRANSLATE_NOOP("SendResults", "Activity"),
    QT_TRANSLATE_NOOP("SendResults", "Result"),
    QT_TRANSLATE_NOOP("SendResults", "Reason / next step"),
)
_RESULT, _REASON = 4, 5


def status_word(status: str) -> str:
    """``"failed"`` → 전송실패 (in the GUI's language)."""
    return translate("SendResults", STATUSES[status][1]) if status in STATUSES else status


def _reason(result: SendResult) -> str:
    if result.status == "queued" and not result.message:
        return translate("SendResults", "Sent automatically when the network is back.")
    return result.message


class SendResultsModel(QAbstractTableModel):
    """One row per :class:`SendResult`, described by its record when the record is known."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: list[SendResult] = []
        self._records: dict[str, RecordRow] = {}

    def set_results(self, results: Sequence[SendResult], records: Iterable[RecordRow] = ()) -> None:
        self.beginResetModel()
        self._results = list(results)
        self._records = {r.record_id: r for r in records}
        self.endResetModel()

    def result(self, row: int) -> SendResult:
        return self._results[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("SendResults", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self._results[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(result, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == _RESULT and result.status in STATUSES:
            return QBrush(QColor(STATUSES[result.status][2]))
        if role == Qt.ItemDataRole.FontRole and column == _RESULT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 3, _REASON):
            return self._display(result, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 1, _RESULT):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return result.record_id
        return None

    def _display(self, result: SendResult, column: int) -> str:
        if column == _RESULT:
            symbol = STATUSES[result.status][0] if result.status in STATUSES else ""
            return f"{symbol} {status_word(result.status)}".strip()
        if column == _REASON:
            return _reason(result)
        record = self._records.get(result.record_id)
        if record is None:
            return result.record_id if column == 2 else ""
        return (record.day.isoformat(), str(record.seq), record.organization, record.activity)[column]


class SendResultsView(QWidget):
    """The results table, a summary line and 재전송 (enabled while a result is retryable).

    ``retry_requested(list)``: the record ids to send again (``SendResult.retryable``: failed or
    still queued), when staff press 재전송.
    """

    retry_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SendResultsView")
        self._busy = False
        self.summary = QLabel()
        self.summary.setObjectName("SendSummary")
        self.summary.setStyleSheet("#SendSummary { font-weight: bold; }")
        self.summary.setWordWrap(True)
        self.note = QLabel(
            translate(
                "SendResults",
                "Sent records reach the school record once the school approves them in NEIS.",
            )
        )
        self.note.setObjectName("SendNote")
        self.note.setWordWrap(True)
        self.model = SendResultsModel(self)
        self.table = QTableView()
        self.table.setObjectName("SendResultsTable")
        self.table.setModel(self.model)
        self._marks = MarkDelegate(self.table)
        self.table.setItemDelegateForColumn(_RESULT, self._marks)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        fit_header(self.table, (104, 60, 190, 220, 120, 200))
        self.retry_button = QPushButton(translate("SendResults", "&Resend failed records"))
        self.retry_button.setObjectName("RetryButton")
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self._retry)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.retry_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.note)
        QWidget.setTabOrder(self.table, self.retry_button)
        self.setFocusProxy(self.table)
        self.set_results(())

    def set_results(self, results: Sequence[SendResult], records: Iterable[RecordRow] = ()) -> None:
        """Show ``results``; ``records`` (e.g. the flow's rows) say which 봉사일 / 수요처 each is."""
        self.model.set_results(results, records)
        counts = Counter(r.status for r in results)
        count_text = translate("SendResults", "%1: %2 records")
        parts = [
            count_text.replace("%1", status_word(status)).replace("%2", str(counts[status]))
            for status in STATUSES
            if counts[status]
        ]
        self.summary.setText(" · ".join(parts))
        self._update_retry()

    def retry_ids(self) -> list[str]:
        """The record ids that 재전송 would send again (``SendResult.retryable``), in the order shown."""
        return [self.model.result(i).record_id for i in range(self.model.rowCount()) if self.model.result(i).retryable]

    def set_busy(self, busy: bool) -> None:
        """While a send or 재전송 runs, 재전송 is disabled."""
        self._busy = busy
        self._update_retry()

    def _update_retry(self) -> None:
        self.retry_button.setEnabled(not self._busy and bool(self.retry_ids()))

    def _retry(self) -> None:
        ids = self.retry_ids()
        if ids and not self._busy:
            self.retry_requested.emit(ids)
