"""발급대장: every certificate issued, newest first, with reprint, 재발급 and 무효 처리 (reason required)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from linkdesk.clock import KST
from linkdesk.gui.certificates.actions import CertificateOutput
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.gui.widgets.tones import minutes_text
from linkdesk.services import certificates
from linkdesk.services.core import Core

translate = QCoreApplication.translate


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


class LedgerView(QWidget):
    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CertificateLedger")
        self.core, self.runner = core, runner
        self.rows: list[certificates.LedgerEntry] = []
        self.loaded = False
        self.output = CertificateOutput(core, runner, self)
        self.ask_reason: Callable[[QWidget, str, str], str | None] = ask_reason
        self.search = QLineEdit(placeholderText=translate("CertificateLedger", "Search by number, name or 1365 ID"))
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("CertificateLedgerTable")
        self.table.setHorizontalHeaderLabels([
            translate("CertificateLedger", "Number"),
            translate("CertificateLedger", "Name"),
            translate("CertificateLedger", "Period"),
            translate("CertificateLedger", "Purpose"),
            translate("CertificateLedger", "Activities"),
            translate("CertificateLedger", "Issued by"),
            translate("CertificateLedger", "Issued at"),
            translate("CertificateLedger", "Status"),
            translate("CertificateLedger", "Printed"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = {
            "preview": QPushButton(translate("CertificateLedger", "Pre&view")),
            "print": QPushButton(translate("CertificateLedger", "&Print…")),
            "pdf": QPushButton(translate("CertificateLedger", "Save as P&DF…")),
            "reissue": QPushButton(translate("CertificateLedger", "&Reissue…")),
            "void": QPushButton(translate("CertificateLedger", "&Void…")),
        }
        refresh = QPushButton(translate("CertificateLedger", "Refresh"))
        self.status = StatusStrip()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(refresh)
        actions = QHBoxLayout()
        for b in self.buttons.values():
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        refresh.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update)
        self.buttons["preview"].clicked.connect(lambda: self.output.show_preview(self.selected().number))
        self.buttons["print"].clicked.connect(lambda: self.output.send_to_printer(self.selected().number))
        self.buttons["pdf"].clicked.connect(lambda: self.output.save_pdf(self.selected().number))
        self.buttons["reissue"].clicked.connect(self.reissue)
        self.buttons["void"].clicked.connect(self.void)
        self.output.done.connect(self._output_done)
        self.output.failed.connect(self.status.show_exception)
        self._update()

    def selected(self) -> certificates.LedgerEntry | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _update(self) -> None:
        entry = self.selected()
        usable = entry is not None and entry.status == "issued"
        for b in self.buttons.values():
            b.setEnabled(usable)

    def refresh(self) -> None:
        job = partial(certificates.ledger, self.core, search=self.search.text() or None)
        self.runner.run(job, on_success=self._show, on_error=self.status.show_exception, name="certificate ledger")

    def _show(self, rows: list[certificates.LedgerEntry]) -> None:
        self.loaded = True
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, e in enumerate(rows):
            status = e.status_label
            if e.replaced_by:
                status += f" → {e.replaced_by}"
            elif e.void_reason:
                status += f" ({e.void_reason})"
            values = [
                e.number, e.volunteer_name, f"{e.period_from} ~ {e.period_to}", e.purpose,
                f"{e.activity_count} · {minutes_text(e.total_minutes)}", e.issued_by,
                e.issued_at.astimezone(KST).strftime("%Y-%m-%d %H:%M"), status, str(e.outputs),
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self._update()

    def drop_personal_data(self) -> None:
        """The idle lock: the listed certificates and the search go; the tab reloads when shown."""
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.setText("")  # not clear(): that is undoable, Ctrl+Z would bring the name back
        self.search.blockSignals(False)
        self.rows = []
        self.table.setRowCount(0)
        self.loaded = False
        self.status.clear()
        self._update()

    def _output_done(self, message: str) -> None:
        self.status.show_success(message)
        self.refresh()  # the 출력 count changed

    def _reason(self, title: str) -> str | None:
        label = translate("CertificateLedger", "Reason (required, recorded in the ledger):")
        reason = self.ask_reason(self, title, label)
        if reason is not None and not reason.strip():
            self.status.show_error(translate("CertificateLedger", "A reason is required."))
            return None
        return reason

    def reissue(self) -> None:
        entry = self.selected()
        reason = self._reason(translate("CertificateLedger", "Reissue certificate")) if entry else None
        if entry and reason:
            self.runner.run(partial(certificates.reissue, self.core, entry.number, reason),
                            on_success=lambda doc: self._changed(
                                translate("CertificateLedger", "Reissued as %1.").replace("%1", doc.number)),
                            on_error=self.status.show_exception, name="certificate reissue")

    def void(self) -> None:
        entry = self.selected()
        reason = self._reason(translate("CertificateLedger", "Void certificate")) if entry else None
        if entry and reason:
            self.runner.run(partial(certificates.void, self.core, entry.number, reason),
                            on_success=lambda e: self._changed(
                                translate("CertificateLedger", "Certificate %1 voided.").replace("%1", e.number)),
                            on_error=self.status.show_exception, name="certificate void")

    def _changed(self, message: str) -> None:
        self.status.show_success(message)
        self.refresh()
