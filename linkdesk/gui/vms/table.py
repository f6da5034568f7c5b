"""The 1365연계 결과조회 table view: ten columns as on the portal, grouped header, sortable, compact.

The theme's generous cell padding would push ten columns off a counter's screen, so this table
uses a tighter padding; 활동내역 takes the width left over.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from linkdesk.gui.vms.record_model import GROUPS, GroupedHeader, SortProxy, VmsRecordModel
from linkdesk.gui.widgets.marks import MarkDelegate, fit_header

WIDTHS = (96, 44, 170, 200, 112, 70, 150, 76, 60, 190)
STRETCH = 3  # 활동내역
COMPACT = ("QHeaderView::section { padding-left: 4px; padding-right: 4px; }"
           " QTableView::item { padding-left: 4px; padding-right: 4px; }")


def vms_table(model: VmsRecordModel, parent: QWidget) -> tuple[QTableView, SortProxy]:
    """A read-only view of ``model`` through a sort proxy, oldest 봉사일 first."""
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)
    table = QTableView(parent)
    table.setObjectName("VmsRecordTable")
    table.setHorizontalHeader(GroupedHeader(GROUPS, "VmsRecordModel", table))
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setItemDelegate(MarkDelegate(table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setStyleSheet(COMPACT)
    fit_header(table, WIDTHS)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(STRETCH, QHeaderView.ResizeMode.Stretch)
    return table, proxy
