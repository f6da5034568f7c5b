"""발급: choose a volunteer, a period and a purpose, look at the preview, then issue and print.

**Preview before a number**: 미리보기 paints exactly what would be printed, marked 발급 전 미리보기,
without taking a 발급번호; 발급 is enabled only once the preview of the current choices was shown.
**One click, one certificate**: the button disables itself at once, a second click while the
request runs does nothing, and the request carries an idempotency key (one per previewed choice),
so even a retried request returns the certificate already issued.

The masked-number option appears only for purposes whose receiver asks for the 주민등록번호; since
LinkDesk never stores the number, the volunteer types its front 7 digits (YYMMDD-G), which are
checked against the cached birth date and printed as ``YYMMDD-G******``; the field is cleared as
soon as the certificate is issued. All database work runs on the task runner.
"""

from __future__ import annotations

import datetime as dt
import uuid
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from linkdesk.clock import today
from linkdesk.domain.schoolyear import school_year_bounds, school_year_of
from linkdesk.gui.certificates.actions import CertificateOutput
from linkdesk.gui.certificates.walk_in import WalkIn, WalkInDialog
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.gui.widgets.tones import minutes_text
from linkdesk.services import certificates
from linkdesk.services.certificate_content import PURPOSES, needs_masked_number
from linkdesk.services.core import Core

translate = QCoreApplication.translate


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class IssueForm(QWidget):
    """``issued(str)``: the 발급번호 of a certificate just issued (the ledger refreshes)."""

    issued = Signal(str)

    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CertificateIssueForm")
        self.core, self.runner = core, runner
        self.volunteer_id: str | None = None
        self.number: str | None = None
        self.short_code: str | None = None
        self._previewed: tuple | None = None  # the choices whose preview staff saw
        self._request_key: str | None = None  # one per previewed choice: the service issues once per key
        self._issuing = False
        self._pick: str | None = None  # the 1365 ID to choose when the search answers (find())
        self.output = CertificateOutput(core, runner, self)
        self.search = QLineEdit(placeholderText=translate(
            "CertificateIssueForm", "Name or 1365 ID, a birth date with it narrows (김민준 120315)"))
        self.search.setObjectName("CertificateSearch")
        self.walk_in_button = QPushButton(translate("CertificateIssueForm", "Look up in &1365 (실명인증)…"))
        self.walk_in_button.setObjectName("CertificateWalkIn")
        self.walk_in_button.setToolTip(translate(
            "CertificateIssueForm", "A visitor not yet on this PC: verify their identity and load their 1365 records"))
        self.walk_in: WalkInDialog | None = None
        self.results = QListWidget()
        self.results.setObjectName("CertificateVolunteers")
        self.results.setMaximumHeight(130)
        first, _ = school_year_bounds(school_year_of(today(core.clock)))
        self.date_from, self.date_to = QDateEdit(_qdate(first)), QDateEdit(_qdate(today(core.clock)))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.purpose = QComboBox()
        self.purpose.setObjectName("CertificatePurpose")
        self.purpose.setEditable(True)
        self.purpose.addItems([p.text for p in PURPOSES])
        self.purpose.setCurrentIndex(-1)
        self.purpose.lineEdit().setPlaceholderText(
            translate("CertificateIssueForm", "Required: choose or type the purpose"))
        self.masked = QCheckBox(
            translate("CertificateIssueForm", "Print the masked resident registration number (YYMMDD-G******)"))
        self.front7 = QLineEdit()
        self.front7.setObjectName("CertificateFront7")
        self.front7.setInputMask("999999-9;_")  # 9: a digit is required
        self.front7.setMaximumWidth(120)
        self.masked_help = QLabel(translate(
            "CertificateIssueForm",
            "LinkDesk never stores the resident registration number. The volunteer types only its first "
            "7 digits (YYMMDD-G); they are checked against the birth date on file and printed masked. "
            "Without this option the birth date is printed."))
        self.masked_help.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("CertificateDraft")
        self.look_button = QPushButton(translate("CertificateIssueForm", "Pre&view before issuing"))
        self.look_button.setObjectName("CertificateLook")
        self.issue_button = QPushButton(translate("CertificateIssueForm", "&Issue certificate"))
        self.issue_button.setObjectName("CertificateIssue")
        self.issue_button.setToolTip(translate("CertificateIssueForm", "Look at the preview first: it takes no number."))
        self.code_label = QLabel()
        self.code_label.setObjectName("CertificateShortCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_button = QPushButton(translate("CertificateIssueForm", "Pre&view"))
        self.print_button = QPushButton(translate("CertificateIssueForm", "&Print…"))
        self.pdf_button = QPushButton(translate("CertificateIssueForm", "Save as P&DF…"))
        self.status = StatusStrip()
        self._layout()
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.results.currentItemChanged.connect(self._volunteer_chosen)
        self.date_from.dateChanged.connect(lambda _: self.refresh_draft())
        self.date_to.dateChanged.connect(lambda _: self.refresh_draft())
        self.purpose.currentTextChanged.connect(lambda _: self._update())
        self.masked.toggled.connect(lambda _: self._update())
        self.front7.textChanged.connect(lambda _: self._update())
        self.issue_button.clicked.connect(self.issue)
        self.look_button.clicked.connect(self.look)
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.preview_button.clicked.connect(lambda: self.output.show_preview(self.number))
        self.print_button.clicked.connect(lambda: self.output.send_to_printer(self.number))
        self.pdf_button.clicked.connect(lambda: self.output.save_pdf(self.number))
        self.output.done.connect(self.status.show_success)
        self.output.failed.connect(self.status.show_exception)
        runner.busy_changed.connect(self._busy_changed)
        self._update()

    def _layout(self) -> None:
        form = QFormLayout()
        who = QHBoxLayout()
        who.addWidget(self.search, 1)
        who.addWidget(self.walk_in_button)
        form.addRow(translate("CertificateIssueForm", "Volunteer"), who)
        form.addRow("", self.results)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("~"))
        period.addWidget(self.date_to)
        period.addStretch(1)
        form.addRow(translate("CertificateIssueForm", "Activity period"), period)
        form.addRow(translate("CertificateIssueForm", "Purpose"), self.purpose)
        masked = QHBoxLayout()
        masked.addWidget(self.masked)
        masked.addWidget(self.front7)
        masked.addStretch(1)
        form.addRow("", masked)
        form.addRow("", self.masked_help)
        buttons = QHBoxLayout()
        for b in (self.look_button, self.issue_button, self.preview_button, self.print_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.code_label)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def _busy_changed(self, busy: bool) -> None:
        self._update()

    def _update(self) -> None:
        """Show the masked-number option only when the purpose needs it; enable what can be done."""
        needs = needs_masked_number(self.purpose.currentText())
        for w in (self.masked, self.front7, self.masked_help):
            w.setVisible(needs)
        self.front7.setEnabled(needs and self.masked.isChecked())
        front_ok = not (needs and self.masked.isChecked()) or self.front7.hasAcceptableInput()
        ready = bool(self.volunteer_id and self.purpose.currentText().strip() and front_ok)
        self.look_button.setEnabled(ready and not self._issuing)
        seen = ready and self._previewed is not None and self._previewed == self.choices()
        self.issue_button.setEnabled(seen and not self._issuing)  # not runner.busy: other areas share it
        for b in (self.preview_button, self.print_button, self.pdf_button):
            b.setEnabled(self.number is not None)

    def run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.results.clear()
            return
        self.runner.run(partial(certificates.search_volunteers, self.core, text), on_success=self._show_hits,
                        on_error=self.status.show_exception, name="certificate volunteer search")

    def find(self, volunteer_id: str) -> None:
        """Look a volunteer up by 1365 ID at once and choose them (another area opens them)."""
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.setText(volunteer_id)
        self.search.blockSignals(False)
        self._pick = volunteer_id
        self.run_search()

    def open_walk_in(self) -> WalkInDialog:
        """실명인증 and the 1365 records of a visitor not yet on this PC; then they are chosen here."""
        if self.walk_in is None:
            self.walk_in = WalkInDialog(self.core, self.runner, self)
            self.walk_in.found.connect(self._walked_in)
        self.walk_in.open()
        return self.walk_in

    def _walked_in(self, volunteer_id: str) -> None:
        found: WalkIn | None = self.walk_in.result if self.walk_in is not None else None
        self.find(volunteer_id)
        if found is not None:
            text = translate("CertificateIssueForm", "%1: identity verified, %2 records loaded from 1365.")
            if found.stale:
                text = translate("CertificateIssueForm", "%1: identity verified; 1365 could not be reached, the records "
                                                         "last seen on this PC are shown (%2).")
            self.status.show_info(text.replace("%1", found.name).replace("%2", str(found.records)))

    def drop_personal_data(self) -> None:
        """The idle lock: the volunteer, the digits typed, the draft and the issued number go."""
        if self.walk_in is not None:
            self.walk_in.reject()  # wipes the number, the answer and the name
        if self.output.preview is not None:  # the preview page shows the person too
            self.output.preview.close()
        self._debounce.stop()
        self._pick = None
        self.search.blockSignals(True)
        self.search.setText("")  # not clear(): that is undoable, Ctrl+Z would bring the name back
        self.search.blockSignals(False)
        self.results.clear()
        self.volunteer_id = None
        self.number = self.short_code = None
        self._previewed = self._request_key = None
        self.code_label.clear()
        self.front7.setText("")  # the digits typed (YYMMDD-G), not recoverable by Ctrl+Z either
        self.masked.setChecked(False)
        self.summary.clear()
        self.status.clear()
        self._update()

    def _show_hits(self, hits: list[certificates.VolunteerHit]) -> None:
        self.results.clear()
        pick, self._pick = self._pick, None
        for h in hits:
            born = h.birth_date.isoformat() if h.birth_date else "-"
            item = QListWidgetItem(f"{h.name} ({h.volunteer_id}) · {born}")
            item.setData(Qt.ItemDataRole.UserRole, h.volunteer_id)
            self.results.addItem(item)
            if h.volunteer_id == pick:
                self.results.setCurrentItem(item)
        if not hits:
            self.status.show_info(translate(
                "CertificateIssueForm", "No volunteer in the local data matches. Look them up in 1365 first."))

    def _volunteer_chosen(self, item: QListWidgetItem | None) -> None:
        self.volunteer_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.refresh_draft(log_view=True)
        self._update()

    def refresh_draft(self, log_view: bool = False) -> None:
        if not self.volunteer_id:
            self.summary.clear()
            return
        job = partial(certificates.draft, self.core, self.volunteer_id, self.period(), log_view=log_view)
        self.runner.run(job, on_success=self._show_draft, on_error=self.status.show_exception, name="certificate draft")

    def _show_draft(self, d: certificates.Draft) -> None:
        text = translate("CertificateIssueForm", "%1 · %2 · %3 activities in the period · %4 in total")
        self.summary.setText(text.replace("%1", d.name).replace("%2", d.affiliation or "-")
                             .replace("%3", str(d.count)).replace("%4", minutes_text(d.total_minutes)))

    def choices(self) -> tuple:
        """What the certificate is made of: any change needs a new preview (and a new request key)."""
        purpose = self.purpose.currentText()
        front = self.front7.text() if needs_masked_number(purpose) and self.masked.isChecked() else None
        return self.volunteer_id, self.period(), " ".join(purpose.split()), front

    def look(self) -> None:
        """발급 전 미리보기: the certificate as it would print, with no number taken."""
        choices = self.choices()
        volunteer_id, period, purpose, front = choices
        job = partial(certificates.preview, self.core, volunteer_id, period, purpose, front)
        self.status.show_busy(translate("CertificateIssueForm", "Preparing the preview…"))
        self.runner.run(job, on_success=lambda doc: self._looked(choices, doc), on_error=self.status.show_exception,
                        on_finally=self._update, name="certificate preview before issue")

    def _looked(self, choices: tuple, doc: certificates.CertificateDoc) -> None:
        if choices != self.choices():  # changed while the preview was being made: look again
            return
        if self._previewed != choices:
            self._previewed, self._request_key = choices, uuid.uuid4().hex
        self.status.show_info(translate(
            "CertificateIssueForm", "Preview shown (no number taken). Issue the certificate when it is right."))
        self.output.open_document(doc)
        self._update()

    def issue(self) -> None:
        if self._issuing or self._previewed != self.choices():  # a second click while the first runs
            return
        self._issuing = True
        volunteer_id, period, purpose, front = self.choices()
        job = partial(certificates.issue, self.core, volunteer_id, period, purpose, front,
                      request_key=self._request_key)
        self.status.show_busy(translate("CertificateIssueForm", "Issuing the certificate…"))
        self.issue_button.setEnabled(False)
        handle = self.runner.run(job, on_success=self._issued, on_error=self.status.show_exception,
                                 on_finally=self._issue_ended, name="certificate issue")
        # the request key stays: 발급 again shows the certificate a stopped issue made, never a second one
        self.status.offer_stop(handle, on_stopped=self._issue_ended, stopped=translate(
            "CertificateIssueForm", "Stopped waiting. If the certificate was issued meanwhile, 발급 shows that "
                                    "same number again, never a second certificate."))

    def _issue_ended(self) -> None:
        self._issuing = False
        self._update()

    def _issued(self, doc: certificates.CertificateDoc) -> None:
        self.front7.setText("")  # the digits are not kept once used (clear() is undoable)
        self._previewed = self._request_key = None  # the next certificate needs its own preview
        self.number, self.short_code = doc.number, doc.short_code
        self.code_label.setText(translate("CertificateIssueForm", "Verification code: %1").replace("%1", doc.short_code or ""))
        text = translate("CertificateIssueForm", "Certificate %1 issued. Preview, print or save it as PDF.")
        self.status.show_success(text.replace("%1", doc.number))
        self.issued.emit(doc.number)
