"""A small lazy table of plain rows (the expiring-consent list, RCY members), sortable by value.

Each row is a tuple of display texts plus a tuple of sort keys; the model holds them and answers
only what the view asks, sorting through :class:`linkdesk.gui.vms.record_model.SortProxy`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from linkdesk.gui.vms.record_model import SORT_ROLE, SortProxy
from linkdesk.gui.widgets.marks import fit_header

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """``headers`` are (context, English) pairs translated when shown; rows come with their keys."""

    def __init__(self, headers: Sequence[tuple[str, str]], centered: Sequence[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._centered = set(centered)
        self._rows: tuple[tuple[tuple[str, ...], tuple[Any, ...], Any], ...] = ()

    def set_rows(self, rows: Sequence[tuple[Sequence[str], Sequence[Any], Any]]) -> None:
        """Rows as (texts, sort keys, payload); the payload is what :meth:`payload` gives back."""
        self.beginResetModel()
        self._rows = tuple((tuple(t), tuple(k), p) for t, k, p in rows)
        self.endResetModel()

    def payload(self, row: int) -> Any:
        return self._rows[row][2]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            context, text = self._headers[section]
            return translate(context, text)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        texts, keys, _ = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()]
        if role == SORT_ROLE:
            return keys[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._centered:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def rows_table(model: RowsModel, name: str, parent: QWidget, widths: Sequence[int] = ()) -> tuple[QTableView, SortProxy]:
    """A read-only, sortable, row-selecting table over ``model``; columns at least ``widths`` wide."""
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    fit_header(table, widths)  # also stretches the last column
    return table, proxy
