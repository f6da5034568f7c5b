"""Where a rendered certificate goes: a PDF file, a printer, or the print preview.

All three paint through :func:`linkdesk.gui.certificates.render.render` on A4 with the full page
(the layout keeps its own margins), so the preview, the paper and the PDF are the same.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPaintEngine, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from linkdesk.files import place_file, private_temp_beside
from linkdesk.gui.certificates.render import TITLE, render
from linkdesk.services.certificates import CertificateDoc

PDF_DPI = 300
A4 = QPageSize(QPageSize.PageSizeId.A4)


def write_pdf(doc: CertificateDoc, path: str | Path, *, seal_image: str = "") -> int:
    """Write the certificate as an A4 PDF with the Korean font embedded; returns the page count.

    Written owner-only to a temporary file beside ``path`` and renamed into place (:mod:`linkdesk.files`).
    """
    tmp = private_temp_beside(path)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(QPageLayout(A4, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        writer.setResolution(PDF_DPI)
        writer.setTitle(f"{TITLE} {doc.number}")
        writer.setCreator("LinkDesk")
        pages = render(doc, writer, seal_image=seal_image)
        del writer  # closes the file
        place_file(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return pages


def prepare_printer(printer: QPrinter) -> QPrinter:
    """A4, portrait, full page: the certificate's layout draws its own margins."""
    printer.setPageSize(A4)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return printer


def print_to(printer: QPrinter, doc: CertificateDoc, *, seal_image: str = "") -> int:
    prepare_printer(printer)
    printer.setDocName(f"{TITLE} {doc.number}")
    return render(doc, printer, seal_image=seal_image)


def is_preview(printer: QPrinter) -> bool:
    """True while QPrintPreviewDialog paints its on-screen pages (its engine records a picture);
    False when the same dialog sends the pages to a printer or a file."""
    return printer.paintEngine().type() == QPaintEngine.Type.Picture


def preview_dialog(doc: CertificateDoc, parent: QWidget | None, *, seal_image: str = "",
                   on_printed: Callable[[], None] | None = None) -> QPrintPreviewDialog:
    """The print preview of ``doc``. ``on_printed`` runs when staff print from the preview (so
    the 출력 is recorded), never for the pages drawn on screen."""
    printer = prepare_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setDocName(f"{TITLE} {doc.number}")
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.linkdesk_printer = printer  # the dialog does not own its printer: keep it alive with it
    dialog.setWindowTitle(f"{TITLE} {doc.number}")

    def paint(target: QPrinter) -> None:
        if on_printed is not None and not is_preview(target):
            on_printed()
        print_to(target, doc, seal_image=seal_image)

    dialog.paintRequested.connect(paint)
    return dialog
