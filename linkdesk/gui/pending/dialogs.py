"""The two questions of 전송 대기 목록: why a send is cancelled, and what an export is for.

Both are opened with ``open()`` (window-modal, never a nested event loop) and say in place what is
still missing; their OK button stays disabled until the answer is complete, so an export without
its purpose (개인정보 안전성 확보조치 기준 제12조) or a cancel without its reason cannot be made.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from linkdesk.gui.pending.labels import column_word
from linkdesk.gui.widgets.tones import box_style
from linkdesk.services.export import DEFAULT_COLUMNS, EXPORT_COLUMNS

translate = QCoreApplication.translate
PERSONAL = {"birth_date", "volunteer_id"}  # marked, never checked by default


class CancelDialog(QDialog):
    """전송 취소: the reason is required (it goes to the outbox row, the link and the access log)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PendingCancelDialog", "Cancel sending"))
        text = translate("PendingCancelDialog", "Cancel %1 selected send(s)? Sends that may already have reached the "
                                         "partner (being sent or being confirmed) are left as they are.")
        intro = QLabel(text.replace("%1", f"{count:,}"))
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("PendingCancelDialog", "Reason (required), e.g. entered twice"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("PendingCancelDialog", "Cancel sending"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("PendingCancelDialog", "Keep"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.reason)
        column.addWidget(self.buttons)
        self.reason.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))

    def reason_text(self) -> str:
        return self.reason.text().strip()


@dataclass(frozen=True)
class ExportRequest:
    path: Path
    purpose: str
    columns: tuple[str, ...]
    format: str  # csv | xlsx


class ExportDialog(QDialog):
    """내보내기: purpose, the columns needed, CSV or Excel, and the file."""

    def __init__(self, rows: int, default_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PendingExportDialog", "Export the list"))
        self.setMinimumWidth(560)
        intro = QLabel(translate("PendingExportDialog", "%1 row(s) of the current list. Only the columns you tick are "
                                                 "written; the export is recorded in the access log.")
                       .replace("%1", f"{rows:,}"))
        intro.setWordWrap(True)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(translate("PendingExportDialog", "Purpose (required), e.g. check with the school"))
        self.checks: dict[str, QCheckBox] = {}
        boxes = QGroupBox(translate("PendingExportDialog", "Columns"))
        grid = QGridLayout(boxes)
        for n, col in enumerate(EXPORT_COLUMNS):
            label = column_word(col.key)
            if col.key in PERSONAL:
                label += " " + translate("PendingExportDialog", "(personal data)")
            check = QCheckBox(label)
            check.setObjectName(f"ExportColumn_{col.key}")
            check.setChecked(col.key in DEFAULT_COLUMNS)
            check.toggled.connect(self._validate)
            self.checks[col.key] = check
            grid.addWidget(check, n // 3, n % 3)
        self.csv = QRadioButton(translate("PendingExportDialog", "CSV (Excel opens it)"))
        self.xlsx = QRadioButton(translate("PendingExportDialog", "Excel (.xlsx)"))
        self.csv.setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.csv)
        formats.addButton(self.xlsx)
        self.path = QLineEdit(str(default_dir / "pending.csv"))
        browse = QPushButton(translate("PendingExportDialog", "Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        self.problem = QLabel()
        self.problem.setObjectName("ExportProblem")
        self.problem.setStyleSheet(box_style("#ExportProblem", "warning"))
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("PendingExportDialog", "Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("PendingExportDialog", "Close"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(QLabel(translate("PendingExportDialog", "Purpose")))
        column.addWidget(self.purpose)
        column.addWidget(boxes)
        kinds = QHBoxLayout()
        kinds.addWidget(self.csv)
        kinds.addWidget(self.xlsx)
        kinds.addStretch(1)
        column.addLayout(kinds)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        column.addLayout(where)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        self.purpose.textChanged.connect(self._validate)
        self.path.textChanged.connect(self._validate)
        self.xlsx.toggled.connect(self._format_changed)
        self._validate()

    @property
    def format(self) -> str:
        return "xlsx" if self.xlsx.isChecked() else "csv"

    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix("." + self.format)))

    def _browse(self) -> None:
        pattern = "Excel (*.xlsx)" if self.format == "xlsx" else "CSV (*.csv)"
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), pattern)
        if chosen:
            self.path.setText(str(Path(chosen).with_suffix("." + self.format)))

    def problems(self) -> list[str]:
        found = []
        if not self.purpose.text().strip():
            found.append(translate("PendingExportDialog", "Enter the purpose of the export."))
        if not self.columns():
            found.append(translate("PendingExportDialog", "Tick at least one column."))
        if not self.path.text().strip():
            found.append(translate("PendingExportDialog", "Choose the file to write."))
        return found

    def _validate(self) -> None:
        found = self.problems()
        self.problem.setText("\n".join(found))
        self.problem.setVisible(bool(found))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not found)

    def columns(self) -> tuple[str, ...]:
        return tuple(key for key, check in self.checks.items() if check.isChecked())

    def request(self) -> ExportRequest:
        path = Path(self.path.text().strip())
        if path.suffix.lower() != "." + self.format:
            path = path.with_suffix("." + self.format)
        return ExportRequest(path, self.purpose.text().strip(), self.columns(), self.format)
