"""The 1365연계 결과조회 table: 봉사활동정보 (봉사일, 순번, 수요처, 활동내역, 봉사시간) and 연계정보
(연계구분, 전송일시, 연계결과, 재전송) plus when 1365 shows each sent record.

Lazy: the model keeps the records tuple and makes a cell's text only when the view asks (visible
rows only), so a member with thousands of VMS records opens at once; sorting goes through a
``QSortFilterProxyModel`` on :data:`SORT_ROLE` (dates and numbers, not their text). The header
draws the portal's two column groups above the column names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QHeaderView, QWidget

from linkdesk.clock import KST
from linkdesk.gui.widgets.tones import MARKS
from linkdesk.partners.models import VmsRecord

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS: tuple[tuple[str, str], ...] = (
    ("day", QT_TRANSLATE_NOOP("VmsRecordModel", "Date")),
    ("seq", QT_TRANSLATE_NOOP("VmsRecordModel", "No.")),
    ("organization", QT_TRANSLATE_NOOP("VmsRecordModel", "Organization")),
    ("activity", QT_TRANSLATE_NOOP("VmsRecordModel", "Activity")),
    ("time", QT_TRANSLATE_NOOP("VmsRecordModel", "Time")),
    ("kind", QT_TRANSLATE_NOOP("VmsRecordModel", "Link type")),
    ("sent_at", QT_TRANSLATE_NOOP("VmsRecordModel", "Sent at")),
    ("result", QT_TRANSLATE_NOOP("VmsRecordModel", "Result")),
    ("resend", QT_TRANSLATE_NOOP("VmsRecordModel", "Resend")),
    ("visible", QT_TRANSLATE_NOOP("VmsRecordModel", "In 1365")),
)
GROUPS: tuple[tuple[int, int, str], ...] = (  # first column, last column, caption
    (0, 4, QT_TRANSLATE_NOOP("VmsRecordModel", "Volunteer activity")),
    (5, 9, QT_TRANSLATE_NOOP("VmsRecordModel", "Link information")),
)
_CENTERED = {"day", "seq", "time", "kind", "sent_at", "result", "resend", "visible"}
_UNSENT = QBrush(QColor(MARKS["warning"]))
_FAILED = QBrush(QColor(MARKS["error"]))


def moment_text(moment: datetime | None) -> str:
    return moment.astimezone(KST).strftime("%Y-%m-%d %H:%M") if moment else ""


class VmsRecordModel(QAbstractTableModel):
    """VMS records of one member; ``now`` decides whether a sent record is visible in 1365 yet."""

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._rows: tuple[VmsRecord, ...] = ()

    def set_records(self, records: Sequence[VmsRecord]) -> None:
        self.beginResetModel()
        self._rows = tuple(records)
        self.endResetModel()

    def record(self, row: int) -> VmsRecord:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("VmsRecordModel", COLUMNS[section][1])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, key)
        if role == SORT_ROLE:
            return self._sort_key(r, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _CENTERED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "result":
            if r.link is None:
                return _UNSENT
            return _FAILED if r.link.result != "전송성공" else None
        if role == Qt.ItemDataRole.ToolTipRole and key in ("organization", "activity"):
            return self._text(r, key)
        return None

    def _text(self, r: VmsRecord, key: str) -> str:
        link = r.link
        if key == "day":
            return r.date.isoformat()
        if key == "seq":
            return str(r.seq)
        if key in ("organization", "activity"):
            return getattr(r, key)
        if key == "time":
            return r.time_range
        if link is None:
            return translate("VmsRecordModel", "Not sent") if key == "result" else ("-" if key == "resend" else "")
        if key == "kind":
            return link.kind
        if key == "sent_at":
            return moment_text(link.sent_at)
        if key == "result":
            return link.result
        if key == "resend":
            return translate("VmsRecordModel", "Resend") if link.result != "전송성공" else "-"
        if link.visible_at is None or link.visible_at <= self._now():
            return translate("VmsRecordModel", "Visible")
        return translate("VmsRecordModel", "after %1").replace("%1", moment_text(link.visible_at))

    def _sort_key(self, r: VmsRecord, key: str) -> Any:
        link = r.link
        if key in ("day", "seq"):
            return (r.date.isoformat(), r.seq) if key == "day" else r.seq
        if key == "sent_at":
            return link.sent_at.isoformat() if link else ""
        if key == "visible":
            return link.visible_at.isoformat() if link and link.visible_at else ""
        return self._text(r, key)


class SortProxy(QSortFilterProxyModel):
    """Sorts on :data:`SORT_ROLE`; keys of one column always have one type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802 - Qt's name
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        return a < b


class GroupedHeader(QHeaderView):
    """A horizontal header with the portal's column groups (봉사활동정보 | 연계정보) above the names."""

    def __init__(self, groups: Sequence[tuple[int, int, str]], context: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._groups = tuple(groups)
        self._context = context
        self.setSectionsClickable(True)
        self.setSortIndicatorShown(True)
        self.setHighlightSections(False)

    def _band(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(hint.width(), hint.height() + self._band())

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802
        band = self._band()
        super().paintSection(painter, rect.adjusted(0, band, 0, 0), logical)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        band = self._band()
        background = self.palette().window().color().darker(104)
        line = self.palette().mid().color()
        for first, last, caption in self._groups:
            x1 = self.sectionViewportPosition(first)
            x2 = self.sectionViewportPosition(last) + self.sectionSize(last)
            rect = QRect(x1, 0, x2 - x1 - 1, band - 1)
            painter.fillRect(rect, background)
            painter.setPen(line)
            painter.drawRect(rect)
            painter.setPen(self.palette().windowText().color())
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), translate(self._context, caption))
        painter.end()
