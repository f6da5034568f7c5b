"""The lazy table model of 전송 대기 목록: pages of rows fetched from the service on a worker.

The model never holds more than what staff scrolled to: a query (filters and order) opens with its
first page, its total and the counts per status (one task, :func:`pending.overview`); the view then
asks ``canFetchMore`` / ``fetchMore`` as staff scroll, and each further page is one more task. So
100,000 waiting rows open in the time of one page, and no query ever runs on the GUI thread.

Sorting is the database's (a click on a header starts a new query with that ``ORDER BY``). A new
query makes every answer still on its way for an older one void (a generation number), so a slow
page can never land in a newer list.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from linkdesk.clock import KST
from linkdesk.gui.pending.labels import column_word, partner_word, status_colour, status_word
from linkdesk.gui.tasks import TaskHandle, TaskRunner
from linkdesk.services import pending
from linkdesk.services.core import Core
from linkdesk.services.pending import Overview, PendingFilter, PendingQuery, PendingRow

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex

# The attempts and the next attempt time are in the status / reason tooltip (and the export).
COLUMNS = ("status", "partner", "volunteer_name", "school", "activity_date", "organization", "activity",
           "minutes", "queued_at", "error_message")
SORT_KEYS = {"status": "status", "partner": "partner", "volunteer_name": "volunteer", "school": "school",
             "activity_date": "activity_date", "organization": "organization", "activity": "activity",
             "minutes": "minutes", "queued_at": "queued_at", "attempts": "attempts", "error_message": "error"}
_CENTERED = {"status", "partner", "activity_date", "minutes", "queued_at", "attempts"}


def when(moment: datetime | None) -> str:
    return moment.astimezone(KST).strftime("%Y-%m-%d %H:%M") if moment else ""


class PendingTableModel(QAbstractTableModel):
    """Rows of the current :class:`PendingQuery`, loaded a page at a time through ``runner``.

    ``loaded(Overview)`` after a (re)load (the total and counts per status for the chips);
    ``failed(exc)`` with a known error (e.g. the database cannot be read).
    """

    loaded = Signal(object)
    failed = Signal(object)
    loading_changed = Signal(bool)

    def __init__(self, core: Core, runner: TaskRunner, *, page_size: int = pending.PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self._core = core
        self._runner = runner
        self.page_size = page_size
        self.query = PendingQuery()
        self.total = 0
        self._rows: list[PendingRow] = []
        self._generation = 0
        self._opening: TaskHandle | None = None
        self._fetching: TaskHandle | None = None

    # -- queries ------------------------------------------------------------------------------
    def set_query(self, query: PendingQuery) -> None:
        """Show ``query``: its first page replaces the rows once it arrives."""
        self.query = query
        self._generation += 1
        generation = self._generation
        for handle in (self._opening, self._fetching):
            if handle is not None:
                handle.cancel()
        self._fetching = None
        core, size = self._core, self.page_size
        self.loading_changed.emit(True)
        self._opening = self._runner.run(
            lambda: pending.overview(core, query, limit=size),
            on_success=lambda ov: self._opened(generation, ov),
            on_error=lambda exc: self._failed(generation, exc),
            name="pending.overview",
        )

    def reload(self) -> None:
        self.set_query(self.query)

    def clear(self) -> None:
        """Forget every row and the filter (it may hold a name); answers still on their way are void.

        The idle lock calls this through the area; the order (the sort) is kept for the next query.
        """
        self._generation += 1
        for handle in (self._opening, self._fetching):
            if handle is not None:
                handle.cancel()
        self._opening = self._fetching = None
        self.query = dataclasses.replace(self.query, filters=PendingFilter())
        self.beginResetModel()
        self._rows = []
        self.total = 0
        self.endResetModel()
        self.loading_changed.emit(False)

    @property
    def loading(self) -> bool:
        return self._opening is not None or self._fetching is not None

    def _opened(self, generation: int, ov: Overview) -> None:
        if generation != self._generation:
            return
        self._opening = None
        self.beginResetModel()
        self._rows = list(ov.rows)
        self.total = ov.total
        self.endResetModel()
        self.loading_changed.emit(self.loading)
        self.loaded.emit(ov)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._opening = self._fetching = None
        self.loading_changed.emit(False)
        self.failed.emit(exc)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802 (Qt)
        return (not parent.isValid() and self._opening is None and self._fetching is None
                and len(self._rows) < self.total)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802 (Qt)
        if not self.canFetchMore(parent):
            return
        core, query, offset, size = self._core, self.query, len(self._rows), self.page_size
        generation = self._generation
        self.loading_changed.emit(True)
        self._fetching = self._runner.run(
            lambda: pending.page(core, query, offset=offset, limit=size),
            on_success=lambda rows: self._append(generation, offset, rows),
            on_error=lambda exc: self._failed(generation, exc),
            name="pending.page",
        )

    def _append(self, generation: int, offset: int, rows: list[PendingRow]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = None
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        else:  # the list shrank meanwhile (rows were sent): stop asking for more
            self.total = len(self._rows)
        self.loading_changed.emit(self.loading)

    # -- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> PendingRow:
        return self._rows[row]

    def column_of(self, key: str) -> int:
        return COLUMNS.index(key)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_word(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status" and r.status != "waiting":
            return QBrush(QColor(status_colour(r.status)))  # plain waiting rows keep the text colour
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignHCenter if key in _CENTERED else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return r
        return None

    @staticmethod
    def _text(r: PendingRow, key: str) -> str:
        if key == "status":
            return "● " + status_word(r.status)
        if key == "partner":
            return partner_word(r.partner)
        if key == "volunteer_name":
            return r.volunteer_name or r.volunteer_id or ""
        if key == "school":
            return r.school_name or ""
        if key == "activity_date":
            return r.activity_date.isoformat() if r.activity_date else ""
        if key == "minutes":
            return "" if r.minutes is None else str(r.minutes)
        if key == "queued_at":
            return when(r.queued_at)
        if key == "attempts":
            return str(r.attempts)
        if key == "error_message":
            return (r.error_message or "").splitlines()[0] if r.error_message else ""
        return str(getattr(r, key) or "")

    @staticmethod
    def _tooltip(r: PendingRow, key: str) -> str | None:
        if key == "minutes" and r.hours_rule:
            return r.hours_rule
        if key in ("error_message", "status"):
            lines = [status_word(r.status)]
            if r.error_message:
                lines.append(r.error_message)
            if r.error_code:
                lines.append(translate("PendingTable", "Code: %1").replace("%1", r.error_code))
            if r.outbox_status in ("queued", "ambiguous"):
                lines.append(translate("PendingTable", "Next attempt: %1").replace("%1", when(r.next_attempt_at)))
            lines.append(translate("PendingTable", "Attempts: %1").replace("%1", str(r.attempts)))
            return "\n".join(lines)
        if key in ("activity", "organization"):
            return getattr(r, key) or None
        if key == "volunteer_name" and r.volunteer_id:
            return r.volunteer_id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a header: the database orders the rows (a new query)."""
        key = SORT_KEYS[COLUMNS[column]]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.query.sort, self.query.descending):
            self.set_query(dataclasses.replace(self.query, sort=key, descending=descending))
