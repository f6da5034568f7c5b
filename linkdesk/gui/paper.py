"""Paper for any A4 document beside the certificate: print preview, printer and PDF, one path.

The class visit's teacher's sheet and the visitor's slip are laid out with the certificate's
drawing pieces (:class:`~linkdesk.gui.certificates.render_parts.Sheet`: millimetres, the bundled
font embedded, text that extracts cleanly) and go out through the certificate's printer set-up
(:func:`~linkdesk.gui.certificates.output.prepare_printer`, A4 full page). A layout is a function
``Sheet -> pages of drawing steps``, measured on the target device, so the preview, the paper
and the PDF are the same. A PDF is written owner-only and atomically, and never into LinkDesk's
own data folder (:mod:`linkdesk.files`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPagedPaintDevice, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from linkdesk.files import atomic_write_bytes, check_output_path
from linkdesk.gui.certificates.output import A4, PDF_DPI, is_preview, prepare_printer
from linkdesk.gui.certificates.render_parts import Sheet, paint_pages
from linkdesk.keys import key_dir

Op = Callable[[QPainter], None]
Layout = Callable[[Sheet], list[list[Op]]]


def paint(device: QPagedPaintDevice, layout: Layout) -> int:
    """Lay out on ``device`` and paint every page; returns the page count."""
    return paint_pages(device, layout(Sheet(device)))


def pdf_bytes(layout: Layout, title: str) -> tuple[bytes, int]:
    """The document as an A4 PDF in memory (fonts embedded) and its page count."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(A4, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("LinkDesk")
    pages = paint(writer, layout)
    del writer
    buffer.close()
    return bytes(data.data()), pages


def protected_paths(data_dir: Path, database: Path | None) -> list[Path]:
    """What an output may never overwrite: the data folder, the key folder, the database file."""
    return [data_dir, key_dir(data_dir), *([database] if database is not None else [])]


def save_pdf(path: str | Path, data: bytes, protected: Iterable[Path]) -> Path:
    """Check the chosen path (:func:`check_output_path`), then write the PDF owner-only, atomically."""
    target = check_output_path(path, protected)
    return atomic_write_bytes(target, data)


def print_to(printer: QPrinter, layout: Layout, title: str) -> int:
    prepare_printer(printer)
    printer.setDocName(title)
    return paint(printer, layout)


def preview_dialog(layout: Layout, title: str, parent: QWidget | None, *,
                   on_printed: Callable[[], None] | None = None) -> QPrintPreviewDialog:
    """Print preview; ``on_printed`` runs when staff print from it (the 출력 is recorded), never for
    the pages drawn on screen."""
    printer = prepare_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.linkdesk_printer = printer  # the dialog does not own its printer
    dialog.setWindowTitle(title)

    def paint_request(target: QPrinter) -> None:
        if on_printed is not None and not is_preview(target):
            on_printed()
        print_to(target, layout, title)

    dialog.paintRequested.connect(paint_request)
    return dialog
