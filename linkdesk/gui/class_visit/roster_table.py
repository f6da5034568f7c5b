"""The class roster on screen: number, name, result, hours sent, and the reason / what is left to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from linkdesk.services.class_visit_store import RosterEntry

translate = QCoreApplication.translate
TONES = {"done": "#2e7d32", "failed": "#c62828", "nothing": "#6d6d6d", "skipped": "#8d6e00", "waiting": ""}


def status_text(entry: RosterEntry) -> str:
    return {
        "waiting": translate("ClassRoster", "Not yet come"),
        "done": translate("ClassRoster", "Done, %1 h").replace("%1", str(entry.hours_sent)),
        "nothing": translate("ClassRoster", "Nothing to send"),
        "failed": translate("ClassRoster", "Failed"),
        "skipped": translate("ClassRoster", "Skipped"),
    }[entry.status]


class RosterTable(QTableWidget):
    """One row per student; ``entry_id(row)`` and ``row_of(entry_id)`` map rows to roster ids."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("ClassRoster")
        self.setHorizontalHeaderLabels([translate("ClassRoster", "No."), translate("ClassRoster", "Name"),
                                        translate("ClassRoster", "Result"),
                                        translate("ClassRoster", "Reason / what is left to do")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column, width in enumerate((76, 84, 104)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(translate("ClassRoster", "Class roster"))
        self._ids: list[int] = []

    def set_entries(self, entries: tuple[RosterEntry, ...]) -> None:
        self.setRowCount(len(entries))
        self._ids = [e.id for e in entries]
        for row, entry in enumerate(entries):
            self._fill(row, entry)

    def update_entry(self, entry: RosterEntry) -> None:
        """Change one row in place (a new student not on the list is appended)."""
        if entry.id not in self._ids:
            self._ids.append(entry.id)
            self.setRowCount(len(self._ids))
        self._fill(self._ids.index(entry.id), entry)

    def _fill(self, row: int, entry: RosterEntry) -> None:
        detail = " — ".join(t for t in (entry.reason if entry.status != "done" else "", entry.todo or "") if t)
        texts = (str(entry.number) if entry.number is not None else "", entry.name, status_text(entry), detail)
        tone = TONES[entry.status]
        for column, text in enumerate(texts):
            item = self.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.setItem(row, column, item)
            item.setText(text)
            item.setToolTip(text if column == 3 else "")
            if column in (0, 2):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if column == 2:
                item.setForeground(QBrush(QColor(tone)) if tone else QBrush())

    def entry_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, entry_id: int | None) -> int:
        return self._ids.index(entry_id) if entry_id in self._ids else -1

    def clear_entries(self) -> None:
        self.setRowCount(0)
        self._ids = []
