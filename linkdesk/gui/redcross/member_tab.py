"""회원 조회 · 나의 봉사: find the member, read 소속 / 활동 / 가입일자, tick activities and 연결하기,
then 1365 연계 동의 (or 재동의). A failure case appears in place with its route to resolve it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linkdesk.gui.redcross.activity_model import ActivityModel
from linkdesk.gui.redcross.consent_box import ConsentBox
from linkdesk.gui.redcross.problem_box import ProblemBox
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.vms.record_model import SortProxy
from linkdesk.gui.vms.search_bar import MemberSearchBar
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.gui.widgets.marks import MarkDelegate, fit_header
from linkdesk.services import redcross as rc
from linkdesk.services.core import Core

translate = QCoreApplication.translate


class MemberTab(QWidget):
    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RcMemberTab")
        self.core, self.runner = core, runner
        self.page: rc.MemberPage | None = None
        self._tasks = 0

        self.search = MemberSearchBar(("volunteer_id", "name_birth"))
        self.status = StatusStrip()
        self.problem = ProblemBox()
        self.chooser = QComboBox()
        self.chooser.setObjectName("RcMemberChooser")
        self.chooser.hide()

        self.summary = QGroupBox(translate("MemberTab", "My volunteering"))
        self.summary.setObjectName("RcSummary")
        form = QFormLayout(self.summary)
        self.name_label, self.affiliation, self.activity, self.joined = (QLabel() for _ in range(4))
        for label in (self.name_label, self.affiliation, self.activity, self.joined):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(translate("MemberTab", "Member"), self.name_label)
        form.addRow(translate("MemberTab", "Affiliation"), self.affiliation)
        form.addRow(translate("MemberTab", "Activity"), self.activity)
        form.addRow(translate("MemberTab", "Joined"), self.joined)

        self.links = QGroupBox(translate("MemberTab", "Link Red Cross activities"))
        self.model = ActivityModel(self)
        proxy = SortProxy(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("RcActivityTable")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegate(MarkDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        fit_header(self.table, (56, 100, 220, 200, 110, 80, 90))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(translate("MemberTab", "Check the Red Cross activities below, then press Link to connect them."))
        hint.setWordWrap(True)
        self.link_button = QPushButton(translate("MemberTab", "Link"))
        self.link_button.setObjectName("RcLinkButton")
        self.all_button = QPushButton(translate("MemberTab", "Select all"))
        self.none_button = QPushButton(translate("MemberTab", "Select none"))
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.link_button)
        links = QVBoxLayout(self.links)
        links.addWidget(hint)
        links.addWidget(self.table, 1)
        links.addLayout(row)

        self.consent_group = QGroupBox(translate("MemberTab", "1365 link consent"))
        self.consent = ConsentBox()
        QVBoxLayout(self.consent_group).addWidget(self.consent)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addWidget(self.chooser)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.consent_group, 1)
        layout.addLayout(top)
        layout.addWidget(self.links, 1)

        self.search.search_requested.connect(self.find)
        self.search.invalid.connect(self.status.show_error)
        self.chooser.activated.connect(lambda i: self.open_member(self.chooser.itemData(i)))
        self.model.ticked_changed.connect(self._update_buttons)
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.link_button.clicked.connect(self.link)
        self.consent.consent_requested.connect(self.give_consent)
        self._show_page(None)

    # -- actions -------------------------------------------------------------------------------------
    def find(self, query: dict) -> None:
        self.problem.show_problem(None)
        self.status.show_busy(translate("MemberTab", "Looking up the Red Cross member…"))
        core = self.core
        self._run(lambda: rc.look_up(core, **query), self._found, "redcross.look_up")

    def open_member(self, member_id: str) -> None:
        self.status.show_busy(translate("MemberTab", "Reading My volunteering…"))
        core = self.core
        self._run(lambda: rc.load_page(core, member_id), self._show_loaded, "redcross.load_page")

    def link(self) -> None:
        if self.page is None:
            return
        ids, member_id, vid, core = self.model.ticked(), self.page.detail.member_id, self.page.volunteer_id, self.core
        self.status.show_busy(translate("MemberTab", "Linking the activities…"))
        self._run(lambda: rc.link_activities(core, member_id, ids, vid), self._acted, "redcross.link")

    def give_consent(self) -> None:
        if self.page is None:
            return
        member_id, vid, core = self.page.detail.member_id, self.page.volunteer_id, self.core
        confirmation = self.consent.confirmation()
        self.status.show_busy(translate("MemberTab", "Saving the 1365 link consent…"))
        self._run(lambda: rc.give_consent(core, member_id, vid, confirmation), self._acted, "redcross.consent")

    def drop_personal_data(self) -> None:
        """The idle lock: forget the member -- search fields, chooser, summary, activities, consent."""
        self.search.drop_personal_data()
        self.chooser.clear()
        self.chooser.hide()
        self.problem.show_problem(None)
        self._show_page(None)
        self.status.clear()

    # -- outcomes --------------------------------------------------------------------------------------
    def _found(self, found: rc.Lookup) -> None:
        self.status.clear()
        self.problem.show_problem(found.problem)
        self.chooser.clear()
        for m in found.members:
            self.chooser.addItem(f"{m.name} · {m.member_id} · {m.region} · {m.joined.isoformat()}", m.member_id)
        self.chooser.setVisible(len(found.members) > 1)
        self._show_page(found.page)
        if found.page is None and len(found.members) > 1:
            self.status.show_info(translate("MemberTab", "Several members found: choose one."))

    def _show_loaded(self, page: rc.MemberPage) -> None:
        self.status.clear()
        self._show_page(page)

    def _acted(self, result: rc.ActionResult) -> None:
        self.problem.show_problem(result.problem)
        if result.page is not None:
            self._show_page(result.page)
        if result.status == "done":
            self.status.show_success(result.message)
        elif result.status == "problem":
            self.status.clear()
        elif result.status == "queued":
            self.status.show_info(result.message)
        else:
            self.status.show_error(result.message)

    def _show_page(self, page: rc.MemberPage | None) -> None:
        self.page = page
        for w in (self.summary, self.links, self.consent_group):
            w.setVisible(page is not None)
        self.model.set_activities(page.detail.activities if page else ())
        if page is None:
            return
        d = page.detail
        self.name_label.setText(translate("MemberTab", "%1 (member no. %2 · 1365 ID %3)")
                                .replace("%1", d.name).replace("%2", d.member_id).replace("%3", page.volunteer_id or "-"))
        self.affiliation.setText(", ".join(d.affiliations) or d.region)
        self.activity.setText(page.activity_text)
        self.joined.setText(d.joined.isoformat())
        self.consent.show_consent(page.consent, self.core.clock.now())

    def _update_buttons(self) -> None:
        idle = self._tasks == 0
        self.link_button.setEnabled(idle and bool(self.model.ticked()))
        self.consent.set_busy(not idle)

    # -- plumbing --------------------------------------------------------------------------------------
    def _run(self, func, on_success, name: str) -> None:
        self._tasks += 1
        self.search.setEnabled(False)
        self._update_buttons()
        handle = self.runner.run(func, on_success=on_success, on_error=self.status.show_exception,
                                 on_finally=self._settled, name=name)
        self.status.offer_stop(handle, on_stopped=self._settled)

    def _settled(self) -> None:
        self._tasks -= 1
        if self._tasks == 0:
            self.search.setEnabled(True)
        self._update_buttons()
