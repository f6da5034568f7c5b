"""The access-log entries as a read-only table model (the administrator's review screen)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from linkdesk.clock import KST
from linkdesk.services.audit_review import AccessRow

translate = QCoreApplication.translate

ACTIONS = {  # the law's own words (조회 입력 변경 삭제 출력 다운로드)
    "view": QT_TRANSLATE_NOOP("AccessLogModel", "View"),
    "entry": QT_TRANSLATE_NOOP("AccessLogModel", "Entry"),
    "change": QT_TRANSLATE_NOOP("AccessLogModel", "Change"),
    "delete": QT_TRANSLATE_NOOP("AccessLogModel", "Deletion"),
    "print": QT_TRANSLATE_NOOP("AccessLogModel", "Print"),
    "download": QT_TRANSLATE_NOOP("AccessLogModel", "Download"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("AccessLogModel", "No."), QT_TRANSLATE_NOOP("AccessLogModel", "Time"),
    QT_TRANSLATE_NOOP("AccessLogModel", "Staff"), QT_TRANSLATE_NOOP("AccessLogModel", "Counter"),
    QT_TRANSLATE_NOOP("AccessLogModel", "Address"), QT_TRANSLATE_NOOP("AccessLogModel", "Volunteer"),
    QT_TRANSLATE_NOOP("AccessLogModel", "Action"), QT_TRANSLATE_NOOP("AccessLogModel", "What"),
    QT_TRANSLATE_NOOP("AccessLogModel", "Reason"),
)


# Targets some services store in English (the stored text is part of the hash chain and stays as
# written): shown in the UI's language. Every other target is stored in Korean, the portals' words.
TARGETS = {
    "records": QT_TRANSLATE_NOOP("AccessLogModel", "Volunteer records"),
    "certificate ledger": QT_TRANSLATE_NOOP("AccessLogModel", "Certificate ledger"),
}
TARGET_PREFIXES = {"certificate ": QT_TRANSLATE_NOOP("AccessLogModel", "Certificate %1")}


def action_text(action: str) -> str:
    return translate("AccessLogModel", ACTIONS[action])


def target_text(target: str) -> str:
    """What an entry concerns, in the UI's language where the stored words are English."""
    if target in TARGETS:
        return translate("AccessLogModel", TARGETS[target])
    for prefix, text in TARGET_PREFIXES.items():
        if target.startswith(prefix):
            return translate("AccessLogModel", text).replace("%1", target[len(prefix):])
    return target


class AccessLogModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[AccessRow] = []

    def set_rows(self, rows: list[AccessRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("AccessLogModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        values = (str(r.id), r.at.astimezone(KST).strftime("%Y-%m-%d %H:%M:%S"), r.staff, r.host, r.addr,
                  r.volunteer_id or "", action_text(r.action), target_text(r.target), r.reason or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.detail or None
        return values[index.column()]

