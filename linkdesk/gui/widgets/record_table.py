"""실적선택's table: the record view, 전체 선택 / 선택 해제, and the running totals of the selection.

The model (:mod:`linkdesk.gui.widgets.record_model`) does the work; this view keeps rows a fixed
height, so nothing is measured per row and 10,000 records show at once. Columns take the width of
their contents, measured on at most ``CONTENTS_PRECISION`` rows; the last one (why a record cannot be
linked, or what came back) takes the rest, so the table fits the wizard without scrolling sideways.
Keyboard: arrows move, Space checks or unchecks the current record, Alt+A / Alt+O (전체 선택 /
선택 해제). The same widget with ``linked=True`` is the 연계완료 실적 tab (no checks, no buttons).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
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

from linkdesk.gui.widgets.marks import MarkDelegate
from linkdesk.gui.widgets.record_model import CELL_BY_CELL_ROWS, RecordTableModel, Totals
from linkdesk.gui.widgets.tones import minutes_text
from linkdesk.services.linking_flow import RecordRow

__all__ = ["RecordTable", "RecordTableModel", "RecordTableView", "Totals"]

translate = QCoreApplication.translate

CONTENTS_PRECISION = 300  # rows measured for a column's width (Qt's default, 1,000, is slower on 10,000)
# The theme's generous cell padding would make content-sized columns crowd out the reason column.
STYLE = ("#RecordTable::indicator { width: 20px; height: 20px; }"
         " QHeaderView::section { padding-left: 6px; padding-right: 6px; }"
         " QTableView::item { padding-left: 6px; padding-right: 6px; }")


class RecordTable(QTableView):
    """The record grid. Space toggles the current row's check; ``restyled()`` after a new font or style."""

    restyled = Signal()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.restyled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        model = self.model()
        if (
            event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(model, RecordTableModel)
            and self.currentIndex().isValid()
        ):
            model.toggle(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


class TotalsLabel(QLabel):
    """The totals under the table, at a fixed size: right-aligned, as wide as the widest text since
    the rows were set.

    A label whose text changes asks its layout for room again; in a tab of a ``QTabWidget`` that
    lays the whole tab widget out again and repaints all of it (Qt's ``QTabWidget::setUpLayout``),
    the table's visible rows included -- at every click. At a fixed size a new text repaints the
    label only. The size grows with a wider text, and is fitted to the text again when the rows are
    set (``refit``) and when the font or the style changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def show_text(self, text: str, *, refit: bool = False) -> None:
        if text != self.text():
            self.setText(text)
        self._fit(shrink=refit)

    def _fit(self, *, shrink: bool) -> None:
        self.ensurePolished()
        need = self.sizeHint()
        size = QSize(need.width() if shrink else max(need.width(), self.minimumWidth()), need.height())
        if self.minimumSize() != size or self.maximumSize() != size:
            self.setFixedSize(size)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit(shrink=True)


class RecordTableView(QWidget):
    """Records with checks, 전체 선택 / 선택 해제 and "선택 N건 · X시간 Y분 · 인정 Z시간".

    ``selection_changed(frozenset)``: the checked record ids, whenever staff change them.
    """

    selection_changed = Signal(frozenset)

    def __init__(self, parent: QWidget | None = None, *, linked: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("RecordTableView")
        self.linked = linked
        self.model = RecordTableModel(self, linked=linked)
        self.table = RecordTable()
        self.table.setObjectName("RecordTable")
        self.table.setStyleSheet(STYLE)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(CONTENTS_PRECISION)
        # Fixed, measured by _fit_columns: Qt's ResizeToContents measures every column again at every
        # change of the data (300 rows × 8 columns through data() for a click, seconds for a click
        # that re-evaluates many rows, one cell at a time).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(len(self.model.columns) - 1, QHeaderView.ResizeMode.Stretch)
        if not linked:
            self._marks = MarkDelegate(self.table)
            self.table.setItemDelegateForColumn(self.model.column_of("eligibility"), self._marks)
        header.setSortIndicator(self.model.column_of("day"), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.select_all_button = QPushButton(translate("RecordTable", "Select &all"), self)
        self.select_all_button.setObjectName("SelectAll")
        self.select_all_button.setToolTip(translate("RecordTable", "Check every record that can be linked"))
        self.select_none_button = QPushButton(translate("RecordTable", "Select n&one"), self)
        self.select_none_button.setObjectName("SelectNone")
        for button in (self.select_all_button, self.select_none_button):
            button.setAutoDefault(False)
            button.setVisible(not linked)
        self.select_all_button.clicked.connect(self.model.select_all)
        self.select_none_button.clicked.connect(self.model.select_none)
        self.totals_label = TotalsLabel()
        self.totals_label.setObjectName("RecordTotals")
        self.totals_label.setStyleSheet("#RecordTotals { font-weight: bold; }")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.select_all_button)
        bar.addWidget(self.select_none_button)
        bar.addStretch(1)
        bar.addWidget(self.totals_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.table, 1)
        column.addLayout(bar)
        QWidget.setTabOrder(self.table, self.select_all_button)
        QWidget.setTabOrder(self.select_all_button, self.select_none_button)
        self.setFocusProxy(self.table)

        self.model.selection_changed.connect(self._selection_changed)
        self.model.modelReset.connect(self._fit_columns)
        self.model.layoutChanged.connect(self._fit_columns)
        self.model.dataChanged.connect(self._widen_columns)
        self.table.restyled.connect(self._restyled)
        self.model.modelReset.connect(self._rows_reset)
        self._show_totals(refit=True)

    def set_rows(self, rows: Iterable[RecordRow], selected: Iterable[str] = ()) -> None:
        """Show ``rows`` with ``selected`` checked (no ``selection_changed``: the caller knows it)."""
        self.model.set_rows(rows, selected)
        first = self.model.first_checkable_row() if not self.linked else (0 if self.model.rowCount() else -1)
        if first >= 0:
            self.table.setCurrentIndex(self.model.index(first, 0))

    def update_rows(self, rows: Iterable[RecordRow], selected: Iterable[str] = ()) -> None:
        """The same records re-evaluated: repaint what changed, keep the current row and scroll."""
        if self.model.update_rows(rows, selected):
            self._show_totals()
        else:
            self.set_rows(rows, selected)

    def _fit_columns(self) -> None:
        """Every column but the last as wide as its contents (at most ``CONTENTS_PRECISION`` rows
        measured, the visible ones first) or its header, as ResizeToContents would."""
        for column in range(len(self.model.columns) - 1):
            self.table.resizeColumnToContents(column)

    def _widen_columns(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int] = ()) -> None:
        """Rows whose text changed (a re-evaluation): a column widens when a new text needs it."""
        if roles and Qt.ItemDataRole.DisplayRole not in roles:
            return  # a check, nothing wider
        rows = range(top_left.row(), bottom_right.row() + 1)
        if len(rows) > CELL_BY_CELL_ROWS:
            self._fit_columns()
            return
        header = self.table.horizontalHeader()
        grid = 1 if self.table.showGrid() else 0
        for column in range(top_left.column(), min(bottom_right.column(), len(self.model.columns) - 2) + 1):
            need = max(self.table.sizeHintForIndex(self.model.index(row, column)).width() for row in rows) + grid
            if need > header.sectionSize(column):
                header.resizeSection(column, need)

    def _restyled(self) -> None:
        if self.isVisible():  # a hidden table is measured when shown
            self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_columns()  # measured again with the style the window gives it (and the rows in view)

    def replace_rows(self, changed: Iterable[RecordRow], selected: Iterable[str] = ()) -> bool:
        """:meth:`update_rows` when the caller knows the rows that changed; False when one of them
        is not shown here (nothing done: use set_rows)."""
        if not self.model.replace_rows(changed, selected):
            return False
        self._show_totals()
        return True

    def selected(self) -> frozenset[str]:
        return self.model.selected()

    def totals(self) -> Totals:
        return self.model.totals()

    def totals_text(self) -> str:
        """선택 N건 · X시간 Y분 · 인정 Z시간 (연계완료 실적: the number of records)."""
        if self.linked:
            return translate("RecordTable", "%1 records").replace("%1", str(self.model.rowCount()))
        totals = self.model.totals()
        return (
            translate("RecordTable", "Selected %1 · %2 · recognised %3 h")
            .replace("%1", str(totals.count))
            .replace("%2", minutes_text(totals.minutes))
            .replace("%3", str(totals.hours))
        )

    def _selection_changed(self, selected: frozenset) -> None:
        self._show_totals()
        self.selection_changed.emit(selected)

    def _rows_reset(self) -> None:
        self._show_totals(refit=True)

    def _show_totals(self, *, refit: bool = False) -> None:
        self.totals_label.show_text(self.totals_text(), refit=refit)
        has_rows = self.model.rowCount() > 0
        self.select_all_button.setEnabled(has_rows)
        self.select_none_button.setEnabled(has_rows)
