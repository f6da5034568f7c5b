"""The month's report on A4: the report's HTML laid out by Qt with the bundled Korean font.

Used by the dashboard screen and by ``linkdesk dashboard report --pdf`` (which starts a
QGuiApplication for Qt's font machinery, as the certificate command does).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from linkdesk.gui.fonts import FAMILY, register_fonts

PDF_DPI = 150


def document(report_html: str) -> QTextDocument:
    register_fonts()
    doc = QTextDocument()
    doc.setDefaultFont(QFont(FAMILY, 9))
    doc.setHtml(report_html)
    return doc


def write_pdf(report_html: str, path: str | Path, *, title: str) -> int:
    """Write the report to ``path`` (the caller has checked the path); returns the page count."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("LinkDesk")
    doc = document(report_html)
    doc.print_(writer)
    return doc.pageCount()
