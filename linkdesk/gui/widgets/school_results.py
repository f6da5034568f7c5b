"""The result list of the 학교검색 popup: a table model over at most a few hundred schools.

A school is any object with ``code``, ``name``, ``office``, ``kind``, ``region`` and ``address``
(``SchoolHit`` of the local directory cache, or ``School`` of the NEIS partner).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from linkdesk.services.linking_flow import SchoolChoice

translate = QCoreApplication.translate

# NEIS school kinds (the protocol's values) -> their name on screen
KIND_NAMES: dict[str, str] = {
    "elementary": QT_TRANSLATE_NOOP("SchoolSearch", "Elementary"),
    "middle": QT_TRANSLATE_NOOP("SchoolSearch", "Middle"),
    "high": QT_TRANSLATE_NOOP("SchoolSearch", "High"),
    "special": QT_TRANSLATE_NOOP("SchoolSearch", "Special"),
    "other": QT_TRANSLATE_NOOP("SchoolSearch", "Other"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("SchoolSearch", "School"),
    QT_TRANSLATE_NOOP("SchoolSearch", "Kind"),
    QT_TRANSLATE_NOOP("SchoolSearch", "Region"),
    QT_TRANSLATE_NOOP("SchoolSearch", "Address"),
)
_Index = QModelIndex | QPersistentModelIndex


class SchoolLike(Protocol):
    code: str
    name: str
    office: str
    kind: str
    region: str
    address: str


def kind_name(kind: str) -> str:
    """``"middle"`` → 중학교 (in the GUI's language); an unknown kind shows as it is."""
    return translate("SchoolSearch", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def school_choice(school: SchoolLike) -> SchoolChoice:
    """What the linking flow keeps of a picked school."""
    return SchoolChoice(school.code, school.name, school.office, school.kind, school.region,
                        getattr(school, "office_code", ""))


class SchoolResultsModel(QAbstractTableModel):
    """학교명, 학교급, 지역, 주소 of the current results; replaced whole on every search."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._schools: list[SchoolLike] = []

    def set_results(self, schools: Sequence[SchoolLike]) -> None:
        self.beginResetModel()
        self._schools = list(schools)
        self.endResetModel()

    def school(self, row: int) -> SchoolLike:
        return self._schools[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._schools)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("SchoolSearch", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        school = self._schools[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (school.name, kind_name(school.kind), school.region or school.office, school.address)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{school.name} ({school.office})\n{school.address}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
