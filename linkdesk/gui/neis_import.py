"""설정 › 나이스 Open API 자료 가져오기: the same import as ``linkdesk neis import``, from the window.

Staff pick the downloaded Open API answer files (JSON); the import runs on the task runner (one
transaction, off the GUI thread) and its summary or the Korean message naming file, row and field
is shown in a message box. Public data only: no person's data is read or written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from linkdesk.clock import today
from linkdesk.errors import known_message
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.tones import message_text
from linkdesk.services.core import Core
from linkdesk.services.neis_import import import_files

translate = QCoreApplication.translate


class NeisImport(QObject):
    """Choose files → import off-thread → tell staff what was taken (or why nothing was)."""

    finished = Signal(str)  # the text shown: the summary or the error

    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.core, self.runner, self.window = core, runner, parent
        self.dialog: QFileDialog | None = None
        self.box: QMessageBox | None = None

    def choose(self) -> QFileDialog:
        dialog = QFileDialog(self.window, translate("NeisImport", "Import NEIS Open API data"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([translate("NeisImport", "NEIS Open API answers (*.json)"),
                               translate("NeisImport", "All files (*)")])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.filesSelected.connect(self.run)
        dialog.open()
        self.dialog = dialog
        return dialog

    def run(self, paths: list[str]) -> None:
        if not paths:
            return
        core = self.core
        self.runner.run(lambda: import_files(core, list(paths), today=today(core.clock)),
                        on_success=lambda report: self._show(message_text(report.summary()), ok=True),
                        on_error=self._failed, name="neis.import")

    def _failed(self, exc: BaseException) -> None:
        message = known_message(exc)
        self._show(message_text(message) if message is not None else str(exc), ok=False)

    def _show(self, text: str, ok: bool) -> None:
        title = translate("NeisImport", "Import finished") if ok else translate("NeisImport", "Nothing was imported")
        icon = QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.open()
        self.box = box
        self.finished.emit(text)
