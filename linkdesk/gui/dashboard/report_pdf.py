"""The month's report on A4: the report's HTML laid out by Qt with the bundled Korean font.

Used by the dashboard screen and by ``linkdesk dashboard report --pdf`` (which starts a
QGuiApplication for Qt's font machinery, as the certificate command does).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from linkdesk.files import atomic_write_bytes
from linkdesk.gui.fonts import FAMILY, register_fonts
from linkdesk.services import dashboard_report as R

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


def save_pdf(core, board, path: str | Path, *, purpose: str) -> Path:
    """The report as PDF, logged as a 출력 with its purpose; the file appears whole or not at all."""
    R.check_purpose(purpose)
    target = R.guard_output(core, path)
    html = R.report_html(board, centre=core.config.centre.name, staff=core.actor.staff, purpose=purpose)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = os.path.join(tmp, "report.pdf")
        write_pdf(html, scratch, title=f"{R.REPORT_TITLE} {board.period.label()}")
        R.record_print(core, board, purpose=purpose, what="pdf")
        with open(scratch, "rb") as fh:
            atomic_write_bytes(target, fh.read())
    return target
