"""Preview, print and save-as-PDF of a ledger certificate, shared by the issue form and the ledger.

Each output first runs :func:`linkdesk.services.certificates.for_output` on the task runner (it
records the 출력 in the ledger and the access log, and refuses void or altered certificates), then
paints on the GUI thread through the one renderer. The printer and file choosers are injectable so
tests can print to a PDF file without a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from linkdesk.gui.certificates.output import prepare_printer, preview_dialog, print_to, write_pdf
from linkdesk.gui.tasks import TaskRunner
from linkdesk.services import certificates
from linkdesk.services.core import Core
from linkdesk.services.output_guard import OutputRefused, output_path

translate = QCoreApplication.translate


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    printer = prepare_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_pdf_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, translate("CertificateOutput", "Save certificate as PDF"),
                                          suggested, translate("CertificateOutput", "PDF files (*.pdf)"))
    return path or None


class CertificateOutput(QObject):
    """``done(str)``: a success message; ``failed(BaseException)``: a known error to show in place."""

    done = Signal(str)
    failed = Signal(object)

    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.core, self.runner, self.widget = core, runner, parent
        self.choose_printer: Callable[[QWidget | None], QPrinter | None] = ask_printer
        self.choose_pdf_path: Callable[[QWidget | None, str], str | None] = ask_pdf_path
        self.preview: QPrintPreviewDialog | None = None

    @property
    def seal_image(self) -> str:
        return self.core.config.centre.seal_image

    def _fetch(self, number: str, kind: str, then: Callable[[certificates.CertificateDoc], None]) -> None:
        self.runner.run(partial(certificates.for_output, self.core, number, kind), on_success=then,
                        on_error=self.failed.emit, name=f"certificate {kind}")

    def show_preview(self, number: str) -> None:
        self._fetch(number, "preview", self._open_preview)

    def open_document(self, doc: certificates.CertificateDoc) -> None:
        """Show a document already made (the preview before issue): nothing to record on print."""
        self._open_preview(doc)

    def _open_preview(self, doc: certificates.CertificateDoc) -> None:
        def printed() -> None:  # staff printed from the preview: record that 출력 too
            if doc.is_preview:  # the paper says 발급 전 미리보기 and carries no number
                return
            self.runner.run(partial(certificates.for_output, self.core, doc.number, "print"),
                            on_success=lambda _: self.done.emit(
                                translate("CertificateOutput", "Certificate %1 printed.").replace("%1", doc.number)),
                            on_error=self.failed.emit, name="certificate print (preview)")

        if self.preview is not None:  # one preview at a time
            self.preview.close()
            self.preview.deleteLater()
        self.preview = preview_dialog(doc, self.widget, seal_image=self.seal_image, on_printed=printed)
        self.preview.resize(900, 1000)
        self.preview.open()

    def send_to_printer(self, number: str) -> None:
        printer = self.choose_printer(self.widget)
        if printer is None:
            return
        self._fetch(number, "print", partial(self._print, printer))

    def _print(self, printer: QPrinter, doc: certificates.CertificateDoc) -> None:
        pages = print_to(printer, doc, seal_image=self.seal_image)
        self.done.emit(translate("CertificateOutput", "Certificate %1 sent to the printer (%2 pages).")
                       .replace("%1", doc.number).replace("%2", str(pages)))

    def save_pdf(self, number: str) -> None:
        path = self.choose_pdf_path(self.widget, f"확인서_{number}.pdf")
        if not path:
            return
        try:  # never onto LinkDesk's own files: refused before the 출력 is recorded
            output_path(self.core, path)
        except OutputRefused as exc:
            self.failed.emit(exc)
            return
        self._fetch(number, "pdf", partial(self._write, path))

    def _write(self, path: str, doc: certificates.CertificateDoc) -> None:
        pages = write_pdf(doc, path, seal_image=self.seal_image)
        self.done.emit(translate("CertificateOutput", "Certificate %1 saved as PDF (%2 pages): %3")
                       .replace("%1", doc.number).replace("%2", str(pages)).replace("%3", path))
