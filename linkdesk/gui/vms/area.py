"""The VMS area: 1365연계 결과조회 and 봉사실적 일괄전송, in VMS's own words (DOMAIN.md §4).

Staff find the member (VMS 아이디, 1365 아이디 or 이름 + 생년월일), read the consent line and the
linked ids, the records with their 연계정보 and when 1365 shows them, then press 봉사실적 일괄전송.
Inside the send interval the button counts down to the time a send is allowed again. Without the
1365 consent the screen says so and offers the consent step, which needs 실명인증: a dialog of its
own (:mod:`linkdesk.gui.vms.consent_dialog`: 실명인증, the consent text, 동의 — no school, so it
fits an adult), after which the screen is refreshed.
Every partner call runs through the task runner; busy and errors are shown in place. The idle lock
empties the screen (``drop_personal_data``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linkdesk.clock import KST
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.vms.record_model import VmsRecordModel, moment_text
from linkdesk.gui.vms.search_bar import MemberSearchBar
from linkdesk.gui.vms.send_button import SendButton
from linkdesk.gui.vms.table import vms_table
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.gui.widgets.tones import box_style
from linkdesk.partners.models import VmsMember
from linkdesk.services import vms
from linkdesk.services.core import Core

translate = QCoreApplication.translate
PORTAL_1365 = "https://www.1365.go.kr"
TITLE_STYLE = "font-size: 20px; font-weight: bold; padding: 2px 0 6px 0;"


class VmsArea(QWidget):
    """1365연계 결과조회. ``consent_requested`` is kept for links made elsewhere; the consent button opens
    :class:`~linkdesk.gui.vms.consent_dialog.Consent1365Dialog` itself."""

    consent_requested = Signal(str)

    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VmsArea")
        self.core, self.runner = core, runner
        self.member: VmsMember | None = None
        self.view: vms.VmsOverview | None = None
        self._tasks = 0

        title = QLabel(translate("VmsArea", "1365 link results (VMS)"))
        title.setObjectName("AreaTitle")
        title.setStyleSheet(TITLE_STYLE)  # the theme's style sheet wins over QFont: size it there
        self.search = MemberSearchBar()
        self.chooser = QComboBox()
        self.chooser.setObjectName("VmsMemberChooser")
        self.chooser.hide()
        self.status = StatusStrip()
        self.status.retry_requested.connect(self.refresh)

        self.consent_line = QLabel()
        self.consent_line.setObjectName("VmsConsentLine")
        self.consent_line.setWordWrap(True)
        self.consent_button = QPushButton(translate("VmsArea", "Record the 1365 consent (identity check)…"))
        self.consent_button.setObjectName("VmsConsentButton")
        self.consent_button.clicked.connect(self._ask_consent)
        self.consent_dialog = None  # Consent1365Dialog while open
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_line, 1)
        consent_row.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.ids_line = QLabel()
        self.ids_line.setObjectName("VmsIdsLine")
        self.ids_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel(self._notes())
        self.notes.setObjectName("VmsNotes")
        self.notes.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("VmsTotals")

        self.model = VmsRecordModel(core.clock.now, self)
        self.table, self.proxy = vms_table(self.model, self)

        self.refresh_button = QPushButton(translate("VmsArea", "Refresh"))
        self.refresh_button.setObjectName("VmsRefreshButton")
        self.send_button = SendButton(core.clock.now)
        self.portal_button = QPushButton(translate("VmsArea", "Go to 1365"))
        self.portal_button.setObjectName("VmsPortalButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.totals, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.portal_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.chooser)
        layout.addWidget(self.status)
        layout.addLayout(consent_row)
        layout.addWidget(self.ids_line)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search.search_requested.connect(self.find)
        self.search.invalid.connect(self.status.show_error)
        self.chooser.activated.connect(lambda i: self.load(self.chooser.itemData(i)))
        self.refresh_button.clicked.connect(self.refresh)
        self.send_button.clicked.connect(self.send)
        self.portal_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(PORTAL_1365)))
        self._show_overview(None)

    # -- actions -------------------------------------------------------------------------------------
    def find(self, query: dict) -> None:
        """Look the member up (a dict from the search bar), then open the first one found."""
        self.status.show_busy(translate("VmsArea", "Looking up the VMS member…"))
        core = self.core
        self._run(lambda: vms.find_members(core, **query), self._found, "vms.find_members")

    def load(self, member: VmsMember) -> None:
        self.member = member
        self.status.show_busy(translate("VmsArea", "Reading the 1365 link results from VMS…"))
        core = self.core
        self._run(lambda: vms.overview(core, member), self._loaded, "vms.overview")

    def refresh(self) -> None:
        """새로고침: read the member's 결과조회 again."""
        if self.member is not None:
            self.load(self.member)

    def send(self) -> None:
        """봉사실적 일괄전송 of every record not sent yet."""
        if self.member is None:
            return
        member, core = self.member, self.core
        self.send_button.setEnabled(False)
        self.status.show_busy(translate("VmsArea", "Sending the records to 1365…"))
        self._run(lambda: vms.send_all(core, member), self._sent, "vms.send_all")

    # -- outcomes --------------------------------------------------------------------------------------
    def _found(self, members: list[VmsMember]) -> None:
        self.chooser.clear()
        if not members:
            self._show_overview(None)
            self.status.show_error(translate("VmsArea", "No VMS member found. Check the ID, or the name and birth date."))
            return
        for m in members:
            self.chooser.addItem(f"{m.name} · {m.vms_id} ⇔ {m.volunteer_id or '-'} · {m.birth_date.isoformat()}", m)
        self.chooser.setVisible(len(members) > 1)
        self.load(members[0])

    def _loaded(self, view: vms.VmsOverview) -> None:
        self.status.clear()
        self._show_overview(view)

    def _sent(self, result: vms.SendResult) -> None:
        if result.overview is not None:
            self._show_overview(result.overview)
        if result.status == "sent":
            text = result.message.rstrip(".") + "."
            if result.visible_at:
                text += " " + translate("VmsArea", "1365 shows them after %1.").replace("%1", moment_text(result.visible_at))
            self.status.show_success(text)
        elif result.status == "refused":
            self.status.show_info(result.message)
        elif result.status == "queued":
            self.status.show_info(result.message)
        else:
            self.status.show_error(result.message)
        ready = self.view is not None and not self.view.consent_missing and result.status != "consent_required"
        self.send_button.set_state(ready, result.allowed_at)

    def _show_overview(self, view: vms.VmsOverview | None) -> None:
        self.view = view
        has = view is not None
        for w in (self.consent_line, self.ids_line, self.notes, self.totals):
            w.setVisible(has)
        self.consent_button.setVisible(has and view.consent_missing)
        self.refresh_button.setEnabled(has)
        self.model.set_records(view.records if view else ())
        if view is None:
            self.send_button.set_state(False, None)
            return
        m = view.member
        self.ids_line.setText(translate("VmsArea", "VMS ID: %1 ⇔ 1365 ID: %2")
                              .replace("%1", m.vms_id).replace("%2", view.volunteer_id or "-"))
        if view.consent_1365 is None:
            self.consent_line.setText(translate(
                "VmsArea", "No consent to share records for linking in the 1365 portal: records sent now would "
                "not arrive. Record the consent first; it needs the identity check."))
            self.consent_line.setStyleSheet(box_style("#VmsConsentLine", "warning"))
        else:
            local = view.consent_1365.astimezone(KST)
            day = QLocale().toString(QDate(local.year, local.month, local.day), translate("VmsArea", "yyyy-MM-dd"))
            self.consent_line.setText(translate(
                "VmsArea", "You consented on %1 to information sharing with the 1365 portal for record linking.")
                .replace("%1", day))
            self.consent_line.setStyleSheet(box_style("#VmsConsentLine", "success"))
        self.totals.setText(translate("VmsArea", "%1 records, %2 not sent")
                            .replace("%1", str(len(view.records))).replace("%2", str(len(view.unsent))))
        self.send_button.set_state(not view.consent_missing, view.allowed_at)

    def drop_personal_data(self) -> None:
        """The idle lock: forget the member -- search fields, chooser, records, messages."""
        if self.consent_dialog is not None:
            self.consent_dialog.reject()  # wipes the number typed and the guardian
        self.search.drop_personal_data()
        self.chooser.clear()
        self.chooser.hide()
        self.member = None
        self._show_overview(None)
        self.status.clear()

    def _ask_consent(self):
        """The 1365 consent for this member: 실명인증 and the consent text, no NEIS wizard."""
        if self.view is None or not self.view.volunteer_id:
            return None
        from linkdesk.gui.vms.consent_dialog import Consent1365Dialog

        if self.consent_dialog is not None:
            self.consent_dialog.deleteLater()
        self.consent_dialog = Consent1365Dialog(self.core, self.runner, self.view.volunteer_id, self)
        self.consent_dialog.consented.connect(lambda _vid: self.refresh())
        self.consent_dialog.open()
        return self.consent_dialog

    # -- plumbing --------------------------------------------------------------------------------------
    def _run(self, func, on_success, name: str) -> None:
        self._tasks += 1
        self.search.setEnabled(False)
        self.refresh_button.setEnabled(False)
        handle = self.runner.run(func, on_success=on_success, on_error=self._failed, on_finally=self._settled,
                                 name=name)
        self.status.offer_stop(handle, on_stopped=self._settled)  # a VMS that retries can take 28 s

    def _failed(self, exc: BaseException) -> None:
        self.status.show_exception(exc, retry=self.member is not None)
        if self.view is not None:
            self.send_button.set_state(not self.view.consent_missing, self.send_button.allowed_at)

    def _settled(self) -> None:
        self._tasks -= 1
        if self._tasks == 0:
            self.search.setEnabled(True)
            self.refresh_button.setEnabled(self.view is not None)

    @staticmethod
    def _notes() -> str:
        return "\n".join((
            translate("VmsArea", "※ Listed below are the VMS records and their link to 1365; press Send all records "
                                 "to send the ones not sent yet."),
            translate("VmsArea", "※ Without the VMS link consent in the 1365 portal, records are not transferred."),
            translate("VmsArea", "※ Records sent successfully appear in the 1365 portal 24 hours later."),
            translate("VmsArea", "※ A bulk send is possible once per hour."),
        ))


def build_area(core: Core, runner: TaskRunner) -> QWidget:
    """The VMS area for the main window (``MainWindow.add_area("vms", …)``)."""
    return VmsArea(core, runner)
