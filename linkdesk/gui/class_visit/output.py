"""Print preview, printing and PDF of the teacher's sheet and the visitor's slip, with the access log.

Painting happens on the GUI thread through :mod:`linkdesk.gui.paper`; the access-log entry (출력,
or 다운로드 with its purpose) and the file write run on the task runner. A PDF path is checked
against LinkDesk's own data folder first and written owner-only, atomically. The file chooser is
injectable so tests save without a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from linkdesk.errors import KnownError
from linkdesk.files import OutputPathError, check_output_path
from linkdesk.gui.class_visit.documents import slip_layout
from linkdesk.gui.paper import Layout, pdf_bytes, preview_dialog, protected_paths, save_pdf
from linkdesk.services.core import Core
from linkdesk.services.visit_slip import TITLE as SLIP_TITLE, SlipDoc, record_slip_output

translate = QCoreApplication.translate
Record = Callable[[str], None]  # action ("print" | "download") -> writes the access-log entry


def ask_pdf_path(parent: QWidget | None, suggested: str) -> str | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(parent, translate("ClassVisitOutput", "Save as PDF"),
                                          str(Path(folder) / suggested),
                                          translate("ClassVisitOutput", "PDF files (*.pdf)"))
    return path or None


class DocumentOutput(QObject):
    """``done(str)`` after a print or a PDF; ``failed(str)`` with a Korean message to show in place."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, core: Core, runner, parent: QWidget) -> None:
        super().__init__(parent)
        self.core, self.runner, self.widget = core, runner, parent
        self.choose_pdf_path: Callable[[QWidget | None, str], str | None] = ask_pdf_path
        self.preview: QPrintPreviewDialog | None = None

    def _protected(self) -> list[Path]:
        return protected_paths(self.core.data_dir, self.core.store.sqlite_path)

    def show_preview(self, layout: Layout, title: str, record: Record) -> QPrintPreviewDialog:
        def printed() -> None:
            self.runner.run(lambda: record("print"), name="class visit print",
                            on_success=lambda _: self.done.emit(translate("ClassVisitOutput", "Sent to the printer.")),
                            on_error=lambda exc: self.failed.emit(str(exc)))

        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        self.preview = preview_dialog(layout, title, self.widget, on_printed=printed)
        self.preview.resize(900, 1000)
        self.preview.open()
        return self.preview

    def deliver(self, how: str, layout: Layout, title: str, suggested: str, record: Record) -> None:
        """``how``: "pdf" (save as) or "preview" (print preview, printing from it)."""
        if how == "pdf":
            self.save_pdf(layout, title, suggested, record)
        else:
            self.show_preview(layout, title, record)

    def deliver_slip(self, slip: SlipDoc, how: str) -> None:
        """The visitor's slip, with its access-log entry (출력 / 다운로드)."""
        self.deliver(how, slip_layout(slip), SLIP_TITLE, f"연계결과안내_{slip.name}.pdf",
                     lambda action: record_slip_output(self.core, slip, action))

    def save_pdf(self, layout: Layout, title: str, suggested: str, record: Record) -> None:
        path = self.choose_pdf_path(self.widget, suggested)
        if not path:
            return
        try:
            target = check_output_path(path, self._protected())
        except OutputPathError as exc:
            self.failed.emit(str(exc))
            return
        data, pages = pdf_bytes(layout, title)
        protected = self._protected()

        def work() -> Path:
            record("download")
            try:
                return save_pdf(target, data, protected)
            except OSError as exc:
                raise KnownError(f"PDF를 저장하지 못했습니다: {exc.strerror or exc}", "The PDF could not be saved.",
                                 code="pdf_write") from exc

        self.runner.run(work, name="class visit pdf",
                        on_success=lambda saved: self.done.emit(
                            translate("ClassVisitOutput", "Saved as PDF (%1 pages): %2")
                            .replace("%1", str(pages)).replace("%2", str(saved))),
                        on_error=lambda exc: self.failed.emit(getattr(exc, "message_ko", str(exc))))
