"""The table model of 실적선택: volunteer records with a check column bound to the selection.

Lazy by construction: the model keeps the ``RecordRow`` tuple and a set of selected ids, and turns a
cell into text only when the view asks for it (only the visible rows are ever asked), so a
volunteer with 10,000 records opens at once. No per-row widgets, no per-row caches.

Two layouts, as the two tabs of the 1365 screen: 연계 대상 (``linked=False``: a check column and
the eligibility with its reason) and 연계완료 실적 (``linked=True``: 전송일시 and 연계결과).
Only eligible records not yet with NEIS can be checked (the rule of ``linking_flow.select``); the
others are disabled (greyed), their reason in the last column and every note in its tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from linkdesk.clock import KST
from linkdesk.gui.widgets.tones import MARKS, message_text
from linkdesk.services.linking_flow import RecordRow

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex

HEADERS: dict[str, str] = {
    "check": QT_TRANSLATE_NOOP("RecordTable", "Select"),
    "day": QT_TRANSLATE_NOOP("RecordTable", "Date"),
    "seq": QT_TRANSLATE_NOOP("RecordTable", "No."),
    "organization": QT_TRANSLATE_NOOP("RecordTable", "Organization"),
    "activity": QT_TRANSLATE_NOOP("RecordTable", "Activity"),
    "time": QT_TRANSLATE_NOOP("RecordTable", "Time"),
    "minutes": QT_TRANSLATE_NOOP("RecordTable", "Min."),
    "hours": QT_TRANSLATE_NOOP("RecordTable", "Recognised"),
    "eligibility": QT_TRANSLATE_NOOP("RecordTable", "Eligibility / reason"),
    "sent_at": QT_TRANSLATE_NOOP("RecordTable", "Sent at"),
    "result": QT_TRANSLATE_NOOP("RecordTable", "Result"),
}
TARGET_COLUMNS = ("check", "day", "seq", "organization", "activity", "time", "minutes", "hours", "eligibility")
LINKED_COLUMNS = ("day", "seq", "organization", "activity", "time", "minutes", "hours", "sent_at", "result")
_CENTERED = {"check", "day", "seq", "time", "minutes", "hours", "sent_at"}
# link_status -> how it reads (연계 대상 shows the pending ones, 연계완료 실적 the decided ones)
STATUS_WORDS: dict[str, str] = {
    "queued": QT_TRANSLATE_NOOP("RecordTable", "Waiting to send"),
    "failed": QT_TRANSLATE_NOOP("RecordTable", "Last send failed"),
    "ambiguous": QT_TRANSLATE_NOOP("RecordTable", "Send being confirmed"),
    "sent": QT_TRANSLATE_NOOP("RecordTable", "Sent"),
    "approved": QT_TRANSLATE_NOOP("RecordTable", "Approved by the school"),
    "rejected": QT_TRANSLATE_NOOP("RecordTable", "Rejected by the school"),
}


CELL_BY_CELL_ROWS = 40  # rows changed at once up to which each cell is announced on its own

_NOT_ELIGIBLE = QBrush(QColor(MARKS["error"]))
_PENDING = QBrush(QColor(MARKS["warning"]))


class Totals(NamedTuple):
    count: int
    minutes: int
    hours: int


def sent_at_text(moment: datetime | None) -> str:
    """전송일시 in Korean time, ``2017-06-07 14:03``."""
    if moment is None:
        return ""
    local = moment.astimezone(KST) if moment.tzinfo else moment
    return local.strftime("%Y-%m-%d %H:%M")


def _sort_key(column: str, selected: frozenset[str] | set[str]) -> Any:
    by_day = lambda r: (r.day, r.seq, r.record_id)  # noqa: E731 - the tie-breaker of every key
    keys = {
        "check": lambda r: (r.record_id not in selected, by_day(r)),
        "seq": lambda r: (r.seq, by_day(r)),
        "organization": lambda r: (r.organization, by_day(r)),
        "activity": lambda r: (r.activity, by_day(r)),
        "time": lambda r: (r.start, by_day(r)),
        "minutes": lambda r: (r.minutes, by_day(r)),
        "hours": lambda r: (r.recognized_hours, by_day(r)),
        "eligibility": lambda r: (not r.eligible, by_day(r)),
        "sent_at": lambda r: (r.sent_at is None, r.sent_at.timestamp() if r.sent_at else 0.0, by_day(r)),
        "result": lambda r: (r.link_status or "", by_day(r)),
    }
    return keys.get(column, by_day)


class RecordTableModel(QAbstractTableModel):
    """Records over ``columns``; the check column edits the selection (``selection_changed``).

    ``selection_changed(frozenset)`` is emitted whenever the selection changes, except through
    :meth:`set_rows` (the page sets rows and selection from the flow state it already knows).
    """

    selection_changed = Signal(frozenset)

    def __init__(self, parent: Any = None, *, linked: bool = False) -> None:
        super().__init__(parent)
        self.linked = linked
        self.columns = LINKED_COLUMNS if linked else TARGET_COLUMNS
        self._rows: list[RecordRow] = []
        self._by_id: dict[str, RecordRow] = {}
        self._checkable: frozenset[str] = frozenset()
        self._selected: set[str] = set()
        self._sort: tuple[str, Qt.SortOrder] = ("day", Qt.SortOrder.AscendingOrder)
        self._position: dict[str, int] | None = None  # record id -> row, built when first needed

    # -- data in and out ---------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[RecordRow], selected: Iterable[str] = ()) -> None:
        """Show ``rows`` (in the current sort order); ``selected`` is kept where it can be checked."""
        self.beginResetModel()
        self._rows = list(rows)
        self._by_id = {r.record_id: r for r in self._rows}
        self._checkable = frozenset(r.record_id for r in self._rows if r.eligible and not r.linked)
        self._selected = set(selected) & self._checkable
        column, order = self._sort
        self._rows.sort(key=_sort_key(column, self._selected), reverse=order == Qt.SortOrder.DescendingOrder)
        self._position = None
        self.endResetModel()

    def _positions(self) -> dict[str, int]:
        if self._position is None:
            self._position = {r.record_id: i for i, r in enumerate(self._rows)}
        return self._position

    def update_rows(self, rows: Iterable[RecordRow], selected: Iterable[str] = ()) -> bool:
        """Like :meth:`set_rows` for the same records re-evaluated (a click in 실적선택): only the rows
        that changed are replaced and repainted, no reset, no re-sort unless the order depends on
        what changed. False (nothing done) when ``rows`` are not the same records: use set_rows."""
        fresh = rows if isinstance(rows, (list, tuple)) else list(rows)
        if len(fresh) != len(self._rows):
            return False
        by_id = self._by_id
        return self.replace_rows([r for r in fresh if by_id.get(r.record_id) is not r], selected)

    def replace_rows(self, changed: Iterable[RecordRow], selected: Iterable[str] = ()) -> bool:
        """:meth:`update_rows` when the caller knows which rows changed (no look at the others):
        each of ``changed`` replaces the shown row of its record. False (nothing done) when one of
        them is not shown here."""
        changed = list(changed)
        by_id = self._by_id
        if any(r.record_id not in by_id for r in changed):
            return False
        selected_now = set(selected)
        position = self._positions()
        if changed:
            checkable = set(self._checkable)
            for r in changed:
                self._rows[position[r.record_id]] = r
                by_id[r.record_id] = r
                if r.eligible and not r.linked:
                    checkable.add(r.record_id)
                else:
                    checkable.discard(r.record_id)
            self._checkable = frozenset(checkable)
        selected_now &= self._checkable
        moved = selected_now ^ self._selected
        self._selected = selected_now
        column, order = self._sort
        if (changed or moved) and column in ("check", "hours", "eligibility"):
            self.sort(self.columns.index(column) if column in self.columns else -1, order)
            return True
        if changed:
            self._repaint_rows(sorted(position[r.record_id] for r in changed))
        if moved and self._rows and not self.linked:
            self._repaint_checks(sorted(position[record_id] for record_id in moved))
        return True

    def _repaint_checks(self, rows: list[int]) -> None:
        """``dataChanged`` of the check of these rows (sorted): one by one when few (see below)."""
        check = self.column_of("check")
        if len(rows) > CELL_BY_CELL_ROWS:
            self.dataChanged.emit(self.index(rows[0], check), self.index(rows[-1], check),
                                  [Qt.ItemDataRole.CheckStateRole])
            return
        for row in rows:
            index = self.index(row, check)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def _repaint_rows(self, rows: list[int]) -> None:
        """``dataChanged`` for these rows (sorted). A view repaints its whole viewport for a change
        of more than one cell (``QAbstractItemView::dataChanged``): the visible rows, every cell
        through ``data()`` and the style sheet, most of a click's cost. So the cells of a few rows
        are announced one by one (only those on screen are repainted); many rows as one range."""
        last = self.columnCount() - 1
        if len(rows) > CELL_BY_CELL_ROWS:
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last))
            return
        for row in rows:
            for column in range(last + 1):
                index = self.index(row, column)
                self.dataChanged.emit(index, index)

    def row(self, row: int) -> RecordRow:
        return self._rows[row]

    def rows(self) -> tuple[RecordRow, ...]:
        """The rows in display order."""
        return tuple(self._rows)

    def column_of(self, key: str) -> int:
        """The column number of ``key`` (``"check"``, ``"day"``, …)."""
        return self.columns.index(key)

    # -- the selection -----------------------------------------------------------------------------

    def selected(self) -> frozenset[str]:
        return frozenset(self._selected)

    def is_checkable(self, row: int) -> bool:
        return self._rows[row].record_id in self._checkable

    def set_selected(self, record_ids: Iterable[str]) -> None:
        """Select exactly ``record_ids`` (those that can be checked)."""
        new = set(record_ids) & self._checkable
        if new == self._selected:
            return
        self._selected = new
        if self._rows and not self.linked:
            column = self.column_of("check")
            last = self.index(len(self._rows) - 1, column)
            self.dataChanged.emit(self.index(0, column), last, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit(frozenset(new))

    def select_all(self) -> None:
        """전체 선택: every record that can be checked."""
        self.set_selected(self._checkable)

    def select_none(self) -> None:
        self.set_selected(())

    def toggle(self, row: int) -> bool:
        """Check or uncheck one row; False when the row cannot be checked."""
        if not 0 <= row < len(self._rows) or not self.is_checkable(row) or self.linked:
            return False
        record_id = self._rows[row].record_id
        if record_id in self._selected:
            self._selected.discard(record_id)
        else:
            self._selected.add(record_id)
        index = self.index(row, self.column_of("check"))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit(frozenset(self._selected))
        return True

    def totals(self) -> Totals:
        """Selected records, their minutes and the hours NEIS will recognise."""
        chosen = [self._by_id[record_id] for record_id in self._selected]
        return Totals(len(chosen), sum(r.minutes for r in chosen), sum(r.recognized_hours for r in chosen))

    # -- Qt's model API ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("RecordTable", HEADERS[self.columns[section]])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """연계 대상 that cannot be checked are disabled: greyed by every style (qt-material's sheet
        overrides a model's text colour, not the disabled look), and skipped by the arrow keys."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.linked:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.is_checkable(index.row()):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()] == "check":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def first_checkable_row(self) -> int:
        """The first row that can be checked, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.record_id in self._checkable), -1)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.columns[index.column()] != "check":
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (self._rows[index.row()].record_id in self._selected):
            return True
        return self.toggle(index.row())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == "check" and record.record_id in self._checkable:
            return Qt.CheckState.Checked if record.record_id in self._selected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == "eligibility":
            return self._eligibility_mark(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignHCenter if column in _CENTERED else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return record.record_id
        return None

    def _display(self, record: RecordRow, column: str) -> str:
        if column == "day":
            return record.day.isoformat()
        if column == "seq":
            return str(record.seq)
        if column == "organization":
            return record.organization
        if column == "activity":
            return record.activity
        if column == "time":
            return record.time_range
        if column == "minutes":
            return str(record.minutes)
        if column == "hours":
            if not record.eligible and not record.linked:
                return "–"
            return translate("RecordTable", "%1 h").replace("%1", str(record.recognized_hours))
        if column == "eligibility":
            return self._eligibility(record)
        if column == "sent_at":
            return sent_at_text(record.sent_at)
        if column == "result":
            status = record.link_status or ""
            word = translate("RecordTable", STATUS_WORDS[status]) if status in STATUS_WORDS else status
            if record.link_result and record.link_result != word:
                return f"{word} ({record.link_result})" if word else record.link_result
            return word
        return ""

    def _eligibility(self, record: RecordRow) -> str:
        """연계 가능 (ⓘ: notes in the tooltip) or 연계 불가 with the reasons; a pending send first."""
        pending = record.link_status if record.link_status in ("queued", "failed", "ambiguous") else None
        parts = [translate("RecordTable", STATUS_WORDS[pending])] if pending else []
        if record.eligible:
            parts.append(translate("RecordTable", "Eligible") + (" ⓘ" if record.notes else ""))
            rule = next((m for m in record.notes if m.code == "day_rule"), None)
            if rule is not None:  # the rule behind the hours: "토요일 — 최대 8시간" (the date is in its column)
                parts.append(message_text(rule).removeprefix(record.day.isoformat()).strip())
        elif record.reasons:
            reasons = "; ".join(message_text(m) for m in record.reasons)
            parts.append(translate("RecordTable", "Not eligible: %1").replace("%1", reasons))
        elif not pending:
            parts.append(translate("RecordTable", "Not eligible"))
        return " · ".join(parts)

    @staticmethod
    def _eligibility_mark(record: RecordRow) -> QBrush | None:
        if not record.eligible:
            return _NOT_ELIGIBLE
        if record.link_status in ("queued", "failed", "ambiguous"):
            return _PENDING
        return None

    def _tooltip(self, record: RecordRow, column: str) -> str | None:
        if column in ("eligibility", "hours", "check"):
            lines = [message_text(m) for m in (*record.reasons, *record.notes)]
            return "\n".join(lines) or None
        if column in ("organization", "activity", "result"):
            return self._display(record, column) or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (by date, then 순번, within equal values); keeps the view's current row."""
        key = self.columns[column] if 0 <= column < len(self.columns) else "day"
        self._sort = (key, order)
        self.layoutAboutToBeChanged.emit()
        before = {id(r): i for i, r in enumerate(self._rows)}
        self._rows.sort(key=_sort_key(key, self._selected), reverse=order == Qt.SortOrder.DescendingOrder)
        moved = {before[id(r)]: i for i, r in enumerate(self._rows)}
        self._position = None
        old = self.persistentIndexList()
        new = [self.index(moved[i.row()], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
