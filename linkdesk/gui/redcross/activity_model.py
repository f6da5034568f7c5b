"""나의 봉사 activities with a check column: staff tick the ones to link (적십자 활동 연결 → 연결하기).

Activities already linked show 연결됨 and cannot be ticked. Lazy like every LinkDesk table: the
model holds the activities and a set of ticked ids and makes text only on request.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from linkdesk.gui.vms.record_model import SORT_ROLE
from linkdesk.gui.widgets.tones import MARKS, minutes_text
from linkdesk.partners.models import RedCrossActivity

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("check", QT_TRANSLATE_NOOP("ActivityModel", "Select")),
    ("day", QT_TRANSLATE_NOOP("ActivityModel", "Date")),
    ("organization", QT_TRANSLATE_NOOP("ActivityModel", "Organization")),
    ("activity", QT_TRANSLATE_NOOP("ActivityModel", "Activity")),
    ("time", QT_TRANSLATE_NOOP("ActivityModel", "Time")),
    ("minutes", QT_TRANSLATE_NOOP("ActivityModel", "Hours")),
    ("state", QT_TRANSLATE_NOOP("ActivityModel", "Link")),
)
_LINKED = QBrush(QColor(MARKS["success"]))
_UNLINKED = QBrush(QColor(MARKS["warning"]))


class ActivityModel(QAbstractTableModel):
    """``ticked_changed()`` whenever the set of ticked activities changes."""

    ticked_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[RedCrossActivity, ...] = ()
        self._ticked: set[str] = set()

    def set_activities(self, activities: Sequence[RedCrossActivity]) -> None:
        """Show ``activities``; every one not linked yet starts ticked (as staff usually link all)."""
        self.beginResetModel()
        self._rows = tuple(activities)
        self._ticked = {a.id for a in self._rows if not a.linked}
        self.endResetModel()
        self.ticked_changed.emit()

    def ticked(self) -> list[str]:
        return [a.id for a in self._rows if a.id in self._ticked]

    def set_all(self, on: bool) -> None:
        self._ticked = {a.id for a in self._rows if not a.linked} if on else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.ticked_changed.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ActivityModel", COLUMNS[section][1])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == 0 and not self._rows[index.row()].linked:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.CheckStateRole and key == "check" and not a.linked:
            return Qt.CheckState.Checked if a.id in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(a, key)
        if role == SORT_ROLE:
            return {"day": a.date.isoformat(), "minutes": a.minutes, "check": int(a.id in self._ticked)}.get(key, self._text(a, key))
        if role == Qt.ItemDataRole.ForegroundRole and key == "state":
            return _LINKED if a.linked else _UNLINKED
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("organization", "activity"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        a = self._rows[index.row()]
        if a.linked:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(a.id)
        else:
            self._ticked.discard(a.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit()
        return True

    @staticmethod
    def _text(a: RedCrossActivity, key: str) -> str:
        if key == "day":
            return a.date.isoformat()
        if key in ("organization", "activity"):
            return getattr(a, key)
        if key == "time":
            return f"{a.start}~{a.end}"
        if key == "minutes":
            return minutes_text(a.minutes)
        if key == "state":
            return translate("ActivityModel", "Linked") if a.linked else translate("ActivityModel", "Not linked")
        return ""
