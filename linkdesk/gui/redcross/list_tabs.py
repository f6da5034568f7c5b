"""Two list tabs of the Red Cross area: consents expiring in the next 30 days (staff call these
members in to renew) and RCY (청소년적십자) members by 이름, 지역, 학교, 가입년도."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from linkdesk.clock import KST
from linkdesk.gui.redcross.rows_model import RowsModel, rows_table
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.services import redcross as rc
from linkdesk.services.core import Core

translate = QCoreApplication.translate

EXPIRING_HEADERS = (
    ("ExpiringTab", QT_TRANSLATE_NOOP("ExpiringTab", "Name")),
    ("ExpiringTab", QT_TRANSLATE_NOOP("ExpiringTab", "1365 ID")),
    ("ExpiringTab", QT_TRANSLATE_NOOP("ExpiringTab", "Member no.")),
    ("ExpiringTab", QT_TRANSLATE_NOOP("ExpiringTab", "Expires at")),
    ("ExpiringTab", QT_TRANSLATE_NOOP("ExpiringTab", "Days left")),
)
RCY_HEADERS = (
    ("RcyTab", QT_TRANSLATE_NOOP("RcyTab", "Name")),
    ("RcyTab", QT_TRANSLATE_NOOP("RcyTab", "Region")),
    ("RcyTab", QT_TRANSLATE_NOOP("RcyTab", "School")),
    ("RcyTab", QT_TRANSLATE_NOOP("RcyTab", "Joined (year)")),
)


class ExpiringTab(QWidget):
    """``open_requested(volunteer_id)`` when staff open a listed member (double-click or 회원 열기)."""

    open_requested = Signal(str)

    def __init__(self, core: Core, runner: TaskRunner, days: int = 30, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner, self.days = core, runner, days
        self.loaded = False
        hint = QLabel(translate("ExpiringTab", "Members whose 1365 link consent expires within %1 days. "
                                               "Call them in to renew it.").replace("%1", str(days)))
        hint.setWordWrap(True)
        self.status = StatusStrip()
        self.status.retry_requested.connect(self.refresh)
        self.model = RowsModel(EXPIRING_HEADERS, centered=(1, 2, 3, 4), parent=self)
        self.table, self.proxy = rows_table(self.model, "RcExpiringTable", self, (140, 150, 150, 170, 100))
        self.refresh_button = QPushButton(translate("ExpiringTab", "Refresh"))
        self.open_button = QPushButton(translate("ExpiringTab", "Open member"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self._open_selected)
        self.table.doubleClicked.connect(lambda _i: self._open_selected())

    def refresh(self) -> None:
        self.loaded = True
        self.refresh_button.setEnabled(False)
        self.status.show_busy(translate("ExpiringTab", "Reading expiring consents…"))
        core, days = self.core, self.days
        handle = self.runner.run(lambda: rc.expiring(core, days), on_success=self._show,
                                 on_error=self.status.show_exception,
                                 on_finally=lambda: self.refresh_button.setEnabled(True), name="redcross.expiring")
        self.status.offer_stop_read(handle, on_stopped=lambda: self.refresh_button.setEnabled(True))

    def _show(self, listed: rc.ExpiringList) -> None:
        now = self.core.clock.now()
        rows = []
        for e in listed.items:
            left = max(0, (e.expires_at - now).days)
            at = e.expires_at.astimezone(KST).strftime("%Y-%m-%d %H:%M")
            rows.append(((e.name, e.volunteer_id or "-", e.member_id, at, str(left)),
                         (e.name, e.volunteer_id or "", e.member_id, e.expires_at.isoformat(), left), e))
        self.model.set_rows(rows)
        if listed.stale:
            self.status.show_info(translate("ExpiringTab", "The Red Cross could not be reached: the consents this counter "
                                                           "saw last are shown."))
        elif not rows:
            self.status.show_info(translate("ExpiringTab", "No consent expires in this period."))
        else:
            self.status.clear()

    def drop_personal_data(self) -> None:
        """The idle lock: the list goes; it loads again when the tab is shown next."""
        self.model.set_rows([])
        self.status.clear()
        self.loaded = False

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            e = self.model.payload(self.proxy.mapToSource(rows[0]).row())
            if e.volunteer_id:
                self.open_requested.emit(e.volunteer_id)


class RcyTab(QWidget):
    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner = core, runner
        self.loaded = False
        self.name, self.region, self.school = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setPlaceholderText(translate("RcyTab", "Name (initial consonants work)"))
        self.region.setPlaceholderText(translate("RcyTab", "Region"))
        self.school.setPlaceholderText(translate("RcyTab", "School"))
        self.search_button = QPushButton(translate("RcyTab", "Search"))
        self.status = StatusStrip()
        self.model = RowsModel(RCY_HEADERS, centered=(1, 3), parent=self)
        self.table, _ = rows_table(self.model, "RcyTable", self, (140, 120, 260, 100))
        row = QHBoxLayout()
        for w in (self.name, self.region, self.school):
            row.addWidget(w, 1)
            w.returnPressed.connect(self.refresh)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("RcyTab", "RCY (youth Red Cross) members: for them use My RCY on the Red "
                                                    "Cross site.")))
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.search_button.clicked.connect(self.refresh)

    def refresh(self) -> None:
        self.loaded = True
        self.search_button.setEnabled(False)
        self.status.show_busy(translate("RcyTab", "Reading RCY members…"))
        core, q, region, school = self.core, self.name.text().strip(), self.region.text().strip(), self.school.text().strip()
        handle = self.runner.run(lambda: rc.rcy_members(core, q, region=region, school=school), on_success=self._show,
                                 on_error=self.status.show_exception,
                                 on_finally=lambda: self.search_button.setEnabled(True), name="redcross.rcy")
        self.status.offer_stop_read(handle, on_stopped=lambda: self.search_button.setEnabled(True))

    def drop_personal_data(self) -> None:
        """The idle lock: the search and the members found go."""
        for field in (self.name, self.region, self.school):
            field.setText("")  # not clear(): that is undoable, Ctrl+Z would bring the name back
        self.model.set_rows([])
        self.status.clear()
        self.loaded = False

    def _show(self, members: list) -> None:
        if members:
            self.status.clear()
        else:
            self.status.show_info(translate("RcyTab", "No RCY member found."))
        self.model.set_rows([((m.name, m.region, m.school, str(m.joined_year)),
                              (m.name, m.region, m.school, m.joined_year), m) for m in members])
