"""Drawing pieces of the certificate page: millimetre geometry, text, the QR code and the seal.

Everything is laid out in millimetres and converted to the device's pixels here, so one layout
serves a 300 dpi PDF, a 1200 dpi printer and the print preview alike. Fonts are the bundled Nanum
Gothic (embedded in the PDF as a subset by Qt).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from pathlib import Path

import segno
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPaintDevice,
    QPen,
)

from linkdesk.gui.fonts import FAMILY, register_fonts

log = logging.getLogger(__name__)

INK = QColor("#111111")
GRID = QColor("#4a4a4a")
SHADE = QColor("#eef1f5")
SEAL_RED = QColor("#c8102e")
MM_PER_INCH = 25.4
IDEOGRAPHIC_SPACE = "\u3000"


def pdf_text(text: str) -> str:
    """``text`` with its spaces as U+3000. Nanum Gothic maps the space and the control characters
    U+0000/U+0001 to one glyph, so Qt's PDF maps that glyph back to U+0001 and copied or extracted
    text reads "자원봉사\x01실적"; the ideographic space has a glyph of its own and extracts as a space."""
    return text.replace(" ", IDEOGRAPHIC_SPACE)
_family: str | None = None


def font_family() -> str:
    """The bundled family, registered once per process (needs a QGuiApplication)."""
    global _family
    if _family is None:
        families = register_fonts()
        _family = FAMILY if FAMILY in families else families[0]
    return _family


class Sheet:
    """Millimetre geometry and text measuring for one paint device."""

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self.k = device.logicalDpiY() / MM_PER_INCH  # device pixels per millimetre
        self.width = device.width() / self.k
        self.height = device.height() / self.k
        self.family = font_family()

    def font(self, points: float, bold: bool = False) -> QFont:
        f = QFont(self.family)
        f.setPointSizeF(points)
        f.setBold(bold)
        f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        # Spaces are drawn as U+3000 (see :func:`pdf_text`), narrowed back by negative word spacing
        # to 1.3 times a normal space: a clear gap that PDF readers extract as a space.
        metrics = QFontMetricsF(f, self.device)
        f.setWordSpacing(1.3 * metrics.horizontalAdvance(" ") - metrics.horizontalAdvance(IDEOGRAPHIC_SPACE))
        return f

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.k, y * self.k, w * self.k, h * self.k)

    def text_height(self, text: str, font: QFont, width: float, flags: int) -> float:
        metrics = QFontMetricsF(font, self.device)
        box = metrics.boundingRect(QRectF(0, 0, width * self.k, 1e7), int(flags) | int(Qt.TextFlag.TextWordWrap),
                                   pdf_text(text))
        return box.height() / self.k

    def text_width(self, text: str, font: QFont) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(pdf_text(text)) / self.k

    def line_height(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).height() / self.k

    def draw_text(self, p: QPainter, box: tuple[float, float, float, float], text: str, font: QFont,
                  flags: int, color: QColor = INK) -> None:
        p.setFont(font)
        p.setPen(color)
        p.drawText(self.rect(*box), int(flags) | int(Qt.TextFlag.TextWordWrap), pdf_text(text))

    def draw_box(self, p: QPainter, box: tuple[float, float, float, float], *, fill: QColor | None = None,
                 pen_mm: float = 0.2, color: QColor = GRID) -> None:
        p.setPen(QPen(color, pen_mm * self.k) if pen_mm else Qt.PenStyle.NoPen)
        p.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        p.drawRect(self.rect(*box))

    def draw_line(self, p: QPainter, x1: float, y1: float, x2: float, y2: float, pen_mm: float = 0.2) -> None:
        p.setPen(QPen(GRID, pen_mm * self.k))
        p.drawLine(QPointF(x1 * self.k, y1 * self.k), QPointF(x2 * self.k, y2 * self.k))


def draw_qr(sheet: Sheet, p: QPainter, data: str, x: float, y: float, size: float) -> None:
    """The QR code as vector squares (sharp at any resolution), quiet zone included in ``size``."""
    qr = segno.make(data, error="m")
    rows = [list(r) for r in qr.matrix_iter(scale=1, border=2)]
    cell = size / len(rows)
    path = QPainterPath()
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):  # one rectangle per run of dark modules: fewer seams, smaller PDF
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            path.addRect(sheet.rect(x + start * cell, y + r * cell, (c - start) * cell, cell))
    p.fillRect(sheet.rect(x, y, size, size), QColor("white"))
    p.fillPath(path, QColor("black"))


def load_seal(source: str | bytes | None) -> QImage | None:
    """The centre's 직인 image (PNG bytes from the centre setup, or a file path from the
    configuration), or None (missing or unreadable: the placeholder is drawn)."""
    if not source:
        return None
    image = QImage.fromData(source) if isinstance(source, bytes) else QImage(str(Path(source).expanduser()))
    if image.isNull():
        log.warning("centre.seal_image could not be read; drawing the placeholder seal")
        return None
    return image


def draw_seal(sheet: Sheet, p: QPainter, seal: QImage | None, centre: str, x: float, y: float, size: float) -> None:
    """The 직인: the configured image, else a red square seal carrying the centre's name."""
    box = sheet.rect(x, y, size, size)
    if seal is not None:
        scaled = seal.size().scaled(box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(0, 0, scaled.width(), scaled.height())
        target.moveCenter(box.center())
        p.drawImage(target, seal)
        return
    p.save()
    p.setOpacity(0.88)
    sheet.draw_box(p, (x, y, size, size), pen_mm=0.9, color=SEAL_RED)
    sheet.draw_box(p, (x + 1.2, y + 1.2, size - 2.4, size - 2.4), pen_mm=0.3, color=SEAL_RED)
    # Like a carved seal: the name's syllables and 인 in a square grid, read in columns from the right.
    hangul = [ch for ch in centre if "\uac00" <= ch <= "\ud7a3"]
    chars = (hangul if len(hangul) >= 2 else [ch for ch in centre if not ch.isspace()]) + ["인"]
    rows = math.ceil(math.sqrt(len(chars)))
    cols = math.ceil(len(chars) / rows)
    inner = size - 5.0
    cell_w, cell_h = inner / cols, inner / rows
    font = sheet.font(min(cell_w, cell_h) * 2.835 * 0.78, bold=True)  # mm → pt, with some air
    for i, ch in enumerate(chars):
        col, row = divmod(i, rows)
        in_col = min(rows, len(chars) - col * rows)  # a short last column spreads over the height
        h = inner / in_col
        cx = x + 2.5 + inner - (col + 1) * cell_w
        sheet.draw_text(p, (cx, y + 2.5 + row * h, cell_w, h), ch, font, Qt.AlignmentFlag.AlignCenter, SEAL_RED)
    p.restore()


WATERMARK = QColor(200, 16, 46, 60)


def draw_watermark(sheet: Sheet, p: QPainter, lines: list[str]) -> None:
    """Large diagonal marks across the page (견본, 발급 전 미리보기), under nothing and over all.

    Drawn as filled outlines, not text: the mark cannot be selected or copied out of the PDF, and
    it does not get in the way of reading the certificate's own text back.
    """
    if not lines:
        return
    p.save()
    p.translate(sheet.rect(sheet.width / 2, sheet.height / 2, 0, 0).topLeft())
    p.rotate(-35)
    path = QPainterPath()
    y = 0.0
    for i, line in enumerate(lines):
        font = QFont(sheet.family)
        font.setPixelSize(int((48 if i == 0 else 20) * sheet.k))  # millimetres high
        font.setBold(True)
        metrics = QFontMetricsF(font)
        path.addText(-metrics.horizontalAdvance(line) / 2, y, font, line)
        y += metrics.height()
    p.translate(0, -path.boundingRect().center().y())
    p.fillPath(path, WATERMARK)
    p.restore()


def paint_pages(device: QPagedPaintDevice, pages: Sequence[Sequence[Callable[[QPainter], None]]],
                after_page: Callable[[QPainter, int, int], None] | None = None) -> int:
    """Paint laid-out pages on ``device`` (one list of drawing operations per page), calling
    ``after_page(painter, number, total)`` on each (watermark, footer); returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("could not start painting (printer or file not ready)")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, ops in enumerate(pages, 1):
            if number > 1:
                device.newPage()
            for op in ops:
                op(painter)
            if after_page is not None:
                after_page(painter, number, len(pages))
    finally:
        painter.end()
    return len(pages)
