"""Table helpers shared by the widgets: coloured marks that survive qt-material, headers that fit.

qt-material's style sheet paints every item's text in one colour and ignores the model's
``ForegroundRole``; :class:`MarkDelegate` lets the style draw the cell without its text, then writes
the text in the model's colour. Colours come from :data:`linkdesk.gui.widgets.tones.MARKS` (read on
light and dark), and a symbol or a word always goes with them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView


class MarkDelegate(QStyledItemDelegate):
    """Draws a cell's text in its ``ForegroundRole`` colour.

    qt-material's style sheet repaints every item's text in one colour and ignores the model's;
    this delegate lets the style draw the cell without text, then writes the text itself.
    """

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if not isinstance(brush, QBrush):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        text = QFontMetrics(opt.font).elidedText(text, opt.textElideMode, rect.width())
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(brush.color())
        painter.drawText(rect, int(opt.displayAlignment), text)
        painter.restore()


def fit_header(table: QTableView, widths: Sequence[int]) -> None:
    """Give each column at least ``widths[i]`` pixels and never less than its header text needs
    (the style sheet's header padding included); the last column takes the rest."""
    header = table.horizontalHeader()
    header.ensurePolished()
    for column, width in enumerate(widths):
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))
    header.setStretchLastSection(True)
