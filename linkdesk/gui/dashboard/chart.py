"""A stacked bar chart of linked records per day, week or month, painted with QPainter.

QtCharts ships only in PySide6-Addons (a much larger download and bundle for one chart), so the
dashboard draws its bars itself: one bar per bucket, one colour per partner, the count on top. The
same numbers are always in the table view beside it (screen readers read the table), and the chart
describes itself through ``accessibleDescription``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

translate = QCoreApplication.translate

# Colour-blind-safe (Okabe–Ito) and readable on the light and the dark theme.
PARTNER_COLOURS = {"neis": QColor("#0072B2"), "vms": QColor("#E69F00"), "redcross": QColor("#D55E00")}


@dataclass(frozen=True)
class Bar:
    label: str  # "05-12", "5월 2주", "2026-05"
    values: dict[str, int]  # partner → value

    @property
    def total(self) -> int:
        return sum(self.values.values())


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardChart")
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._bars: tuple[Bar, ...] = ()
        self._order: tuple[str, ...] = tuple(PARTNER_COLOURS)
        self._names: dict[str, str] = {}

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(600, 220)

    def set_names(self, names: dict[str, str]) -> None:
        """How the legend names each partner (in the UI language)."""
        self._names = dict(names)
        self.update()

    def set_bars(self, bars: Sequence[Bar], order: Sequence[str] | None = None) -> None:
        self._bars = tuple(bars)
        if order:
            self._order = tuple(order)
        busiest = max(self._bars, key=lambda b: b.total, default=None)
        self.setAccessibleDescription(
            translate("DashboardChart", "%1 bars; the busiest is %2 with %3 records.")
            .replace("%1", str(len(self._bars))).replace("%2", busiest.label if busiest else "-")
            .replace("%3", str(busiest.total if busiest else 0)))
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        metrics = painter.fontMetrics()
        legend_h = metrics.height() + 6
        area = QRectF(self.rect()).adjusted(8, legend_h + metrics.height() + 4, -8, -22)
        if not self._bars or area.width() <= 0:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("DashboardChart", "Nothing was linked in this period."))
            return
        self._legend(painter, metrics.height())
        peak = max(1, max(b.total for b in self._bars))
        slot = area.width() / len(self._bars)
        width = max(2.0, slot * 0.7)
        every = max(1, int((metrics.horizontalAdvance(self._bars[0].label) + 8) / slot) + 1)  # labels never overlap
        for i, bar in enumerate(self._bars):
            x = area.left() + i * slot + (slot - width) / 2
            y = area.bottom()
            for partner in self._order:
                value = bar.values.get(partner, 0)
                if not value:
                    continue
                h = area.height() * value / peak
                painter.fillRect(QRectF(x, y - h, width, h), PARTNER_COLOURS.get(partner, text))
                y -= h
            painter.setPen(text)
            if bar.total and width >= metrics.horizontalAdvance(str(bar.total)):
                painter.drawText(QRectF(x - 10, y - metrics.height(), width + 20, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(bar.total))
            if i % every == 0:
                painter.drawText(QRectF(x - slot, area.bottom() + 2, width + 2 * slot, 18),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, bar.label)
        painter.end()

    def _legend(self, painter: QPainter, height: int) -> None:
        """One coloured square and name per partner, right-aligned at the top."""
        x = self.width() - 8
        for partner in reversed(self._order):
            name = self._names.get(partner, partner)
            w = painter.fontMetrics().horizontalAdvance(name)
            x -= w
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(x, 2, w, height + 4), Qt.AlignmentFlag.AlignVCenter, name)
            x -= height + 4
            painter.fillRect(QRectF(x, 4, height - 2, height - 2), PARTNER_COLOURS.get(partner, QColor("gray")))
            x -= 16
