"""센터 정보: the centre's name, address, phone, 확인자 and 직인 image, as certificates print them.

Opened by itself the first time the certificate screen is shown on a real installation that still
has the training centre's details (a real installation refuses to print them), and at any time
from the screen's 센터 정보 button. Loading and saving run on the task runner; the checks (phone
format, PNG size and dimensions, no training details) are the service's, shown in Korean in place.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.services.certificate_centre import SEAL_MAX_BYTES, CentreDetails, centre_details, save_centre
from linkdesk.services.certificate_content import CertificateError
from linkdesk.services.core import Core

translate = QCoreApplication.translate
SEAL_PREVIEW_PX = 96


def ask_seal_path(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("CentreSetup", "Choose the seal image"), "",
                                          translate("CentreSetup", "PNG images (*.png)"))
    return path or None


def read_seal(path: str) -> bytes:
    """The file's bytes (a worker reads it); a file far too big is not read whole."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(SEAL_MAX_BYTES + 1)
    except OSError as exc:
        raise CertificateError("centre_seal", f"직인 이미지를 읽을 수 없습니다: {path} ({exc.strerror})",
                               f"The seal image cannot be read: {path}") from None


class CentreSetupDialog(QDialog):
    """``saved(object)``: the :class:`CentreDetails` now printed."""

    saved = Signal(object)

    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget | None = None, *, first_start: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("CentreSetupDialog")
        self.setWindowTitle(translate("CentreSetup", "Centre details for certificates"))
        self.core, self.runner = core, runner
        self.choose_seal = ask_seal_path  # injectable: tests choose a file without a modal dialog
        self.seal_path: str | None = None
        self.current: CentreDetails | None = None
        self.name, self.address, self.phone, self.confirmer = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        for field, key in ((self.name, "Name"), (self.address, "Address"), (self.phone, "Phone"),
                           (self.confirmer, "Confirmer")):
            field.setObjectName(f"Centre{key}")
        self.phone.setPlaceholderText("02-920-1234")
        self.confirmer.setPlaceholderText(translate("CentreSetup", "Empty: the signed-in staff member"))
        self.seal_view = QLabel()
        self.seal_view.setFixedSize(SEAL_PREVIEW_PX, SEAL_PREVIEW_PX)
        self.seal_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal_view.setStyleSheet("border: 1px solid #b0b0b0;")
        self.seal_button = QPushButton(translate("CentreSetup", "Choose the &seal image (PNG)…"))
        self.status = StatusStrip()
        lead = QLabel(translate(
            "CentreSetup", "Certificates print these details. A real installation does not print the training "
                           "centre's name, phone or seal: enter your centre's before the first certificate.")
                      if first_start else translate(
            "CentreSetup", "Certificates print these details; they apply to certificates issued from now on."))
        lead.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("CentreSetup", "Centre &name"), self.name)
        form.addRow(translate("CentreSetup", "&Address"), self.address)
        form.addRow(translate("CentreSetup", "&Phone"), self.phone)
        form.addRow(translate("CentreSetup", "&Confirmer (확인자)"), self.confirmer)
        seal = QHBoxLayout()
        seal.addWidget(self.seal_view)
        seal.addWidget(self.seal_button)
        seal.addStretch(1)
        form.addRow(translate("CentreSetup", "Seal (직인)"), seal)
        hint = QLabel(translate("CentreSetup", "PNG, up to 1 MB, 64 to 2048 pixels, about square."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.seal_button.clicked.connect(self._pick_seal)
        self.resize(560, 420)

    def load(self) -> None:
        self.status.show_busy(translate("CentreSetup", "Loading…"))
        self.runner.run(partial(centre_details, self.core), on_success=self._loaded, on_error=self.status.show_exception,
                        name="centre details")

    def _loaded(self, d: CentreDetails) -> None:
        self.status.clear()
        self.current = d
        if d.saved:  # the configuration's training defaults are not offered as values
            self.name.setText(d.name)
            self.phone.setText(d.phone)
        self.address.setText(d.address)
        self.confirmer.setText(d.confirmer)
        self._show_seal(d.seal_png)
        self.name.setFocus()

    def _show_seal(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.seal_view.setPixmap(pixmap.scaled(SEAL_PREVIEW_PX - 4, SEAL_PREVIEW_PX - 4,
                                                   Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        else:
            self.seal_view.setText(translate("CentreSetup", "(drawn)"))

    def _pick_seal(self) -> None:
        path = self.choose_seal(self)
        if path:
            self.seal_path = path
            self.seal_view.setText(Path(path).name)

    def save(self) -> None:
        name, address, phone, confirmer = (w.text() for w in (self.name, self.address, self.phone, self.confirmer))
        path, core = self.seal_path, self.core

        def job() -> CentreDetails:
            seal = read_seal(path) if path else None
            return save_centre(core, CentreDetails(name, address, phone, confirmer, seal))

        self.buttons.setEnabled(False)
        self.status.show_busy(translate("CentreSetup", "Saving…"))
        self.runner.run(job, on_success=self._saved, on_error=self.status.show_exception,
                        on_finally=lambda: self.buttons.setEnabled(True), name="centre save")

    def _saved(self, d: CentreDetails) -> None:
        self.current = d
        self.saved.emit(d)
        self.accept()
