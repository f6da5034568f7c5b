"""The dialog shown once when LinkDesk meets a bug: a redacted report to copy, then the app ends."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

translate = QCoreApplication.translate


class CrashDialog(QDialog):
    """Shows the (already redacted) report; staff copy it for the administrator and close."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setWindowTitle(translate("CrashDialog", "LinkDesk error"))
        self.resize(720, 480)
        self._report = report

        intro = QLabel(
            translate(
                "CrashDialog",
                "LinkDesk met an unexpected error and will close so that no record is sent in an "
                "undefined state. Copy the report below and send it to your administrator. "
                "Resident registration numbers in it are masked.",
            )
        )
        intro.setWordWrap(True)

        text = QPlainTextEdit(report)
        text.setObjectName("CrashReport")
        text.setReadOnly(True)
        text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(translate("CrashDialog", "Copy report"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        quit_button = buttons.addButton(translate("CrashDialog", "Quit LinkDesk"), QDialogButtonBox.ButtonRole.AcceptRole)
        quit_button.setDefault(True)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        """Put the redacted report on the clipboard (it holds no 주민등록번호: see crash.build_report)."""
        QGuiApplication.clipboard().setText(self._report)
        self.copy_button.setText(translate("CrashDialog", "Copied"))
