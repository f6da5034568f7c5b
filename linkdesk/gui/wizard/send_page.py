"""Step 5, 실적전송: a confirmation first, then the send, then one result per record and 재전송.

The confirmation says what 1365 says: a sent record cannot be edited or deleted from 1365; only the
school can correct it. The send goes through the outbox (the session queues every record in one
transaction, then sends), so a record whose partner is down is 대기 (sent automatically later),
not lost. After sending, the school still has to approve the records in NEIS.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from linkdesk.gui.widgets.send_results import SendResultsView
from linkdesk.gui.widgets.slip_bar import SlipBar
from linkdesk.gui.widgets.tones import minutes_text
from linkdesk.gui.wizard.page_base import PageHost, WizardPage, note_label, set_note
from linkdesk.services.linking_flow import FlowState

translate = QCoreApplication.translate


class SendPage(WizardPage):
    """``send_started()`` once staff confirmed; ``send_settled(bool)`` when the send answered (ok?)."""

    send_started = Signal()
    send_settled = Signal(bool)

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, translate("SendPage", "Send records"), "", parent)
        self.setObjectName("SendPage")
        self.confirm_box: QMessageBox | None = None
        self._shown_results: tuple | None = None
        self.results = SendResultsView()
        self.results.retry_requested.connect(self.retry)
        self.results.note.hide()  # the page's own approval note below says it, with what 반려 means
        self.approval_note = note_label("ApprovalNote", "info", self)
        set_note(self.approval_note, translate(
            "SendPage", "The school still has to approve the sent records in NEIS before the hours enter the "
                        "school record. A rejected record (for example outside the school's volunteer plan) "
                        "shows as rejected under Linked records."))
        self.queued_note = note_label("QueuedNote", "warning", self)
        self.column.addWidget(self.strip)
        self.column.addWidget(self.results, 1)
        self.column.addWidget(self.queued_note)
        self.column.addWidget(self.approval_note)
        self.slip_bar = SlipBar(host.core, host, self)  # 연계 결과 안내 for the student
        self.column.addWidget(self.slip_bar)

    # -- confirmation and the send ---------------------------------------------------------------

    def confirm(self, state: FlowState) -> None:
        """Ask before sending (not blocking: the box is opened, its answer arrives later)."""
        if self.host.busy or not state.selected or (self.confirm_box is not None and self.confirm_box.isVisible()):
            return
        text = (translate("SendPage", "Send %1 records (%2, recognised %3 h) to NEIS?")
                .replace("%1", str(len(state.selected)))
                .replace("%2", minutes_text(state.selected_minutes))
                .replace("%3", str(state.selected_hours)))
        box = QMessageBox(QMessageBox.Icon.Question, translate("SendPage", "Send records"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("SendConfirm")
        box.setInformativeText(translate(
            "SendPage", "A sent record cannot be edited or deleted from 1365. Only the school can correct it."))
        send = box.addButton(translate("SendPage", "&Send"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(send)
        box.accepted.connect(self.send)
        box.finished.connect(lambda _r: self._confirm_closed(box))
        self.confirm_box = box
        box.open()

    def _confirm_closed(self, box: QMessageBox) -> None:
        if self.confirm_box is box:
            self.confirm_box = None
        box.deleteLater()
        self.host.refocus()  # back where staff work: the records, or the results being sent

    def send(self) -> None:
        if self.host.busy:
            return
        session = self.host.session
        self._shown_results = None
        self.results.set_results(())
        self.slip_bar.clear()
        set_note(self.queued_note, "")
        self.send_started.emit()
        self.start(session.send, busy=translate("SendPage", "Sending to NEIS…"), name="neis.send",
                   on_success=self._sent, on_error=self._send_failed, stopped=self._stopped_text())

    def retry(self, record_ids: list[str]) -> None:
        """재전송 of the failed or waiting records."""
        if self.host.busy:
            return
        session = self.host.session
        self.start(lambda: session.retry(record_ids), busy=translate("SendPage", "Sending again…"),
                   name="neis.resend", on_success=self._sent, retry=lambda: self.retry(record_ids),
                   stopped=self._stopped_text())

    @staticmethod
    def _stopped_text() -> str:
        return translate(
            "SendPage", "Stopped waiting for NEIS. The records were already handed to the outbox, so none is "
                        "lost or sent twice: those NEIS accepted show here as sent when it answers, the others "
                        "are sent automatically (see Waiting to send).")

    def _sent(self, _state: FlowState) -> None:
        self.send_settled.emit(True)
        self.changed.emit()

    def _send_failed(self, exc: BaseException) -> bool:
        self.show_error(exc, self.send)
        self.send_settled.emit(False)
        return True

    # -- showing ---------------------------------------------------------------------------------

    def render(self, state: FlowState) -> None:
        self.results.set_busy(self.host.busy)
        self.slip_bar.set_state(None if self.host.busy else state)
        if state.results is self._shown_results:
            return
        self._shown_results = state.results
        self.results.set_results(state.results, state.records)
        waiting = sum(1 for r in state.results if r.status == "queued")
        set_note(self.queued_note, translate(
            "SendPage", "%1 records are waiting: NEIS could not be reached. They are sent automatically when "
                        "it is back (see the waiting count in the status bar), or press Resend.")
                 .replace("%1", str(waiting)) if waiting else "")

    def main_action(self) -> bool:
        if self.results.retry_button.isEnabled():
            self.results.retry_button.click()
        return True  # finishing takes an explicit Finish (Alt+N), never a stray Enter

    def focus_first(self) -> None:
        self.results.setFocus()

    def clear(self) -> None:
        super().clear()
        if self.confirm_box is not None:
            self.confirm_box.reject()  # its ``finished`` forgets it
        self._shown_results = None
        self.results.set_results(())
        self.slip_bar.clear()
        set_note(self.queued_note, "")
