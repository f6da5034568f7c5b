"""The Red Cross area (대한적십자사 → 1365): 회원 조회 · 나의 봉사, consents expiring soon, RCY.

Three tabs: the member tab (lookup, 나의 봉사 summary, activities to link, 1365 연계 동의 and
재동의, failure cases in place with their route), the list of consents expiring in the next 30
days (staff call those members in; opening one shows it in the member tab), and RCY members.
The lists load when their tab is first shown. Every partner call runs through the task runner.
The idle lock empties every tab (``drop_personal_data``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from linkdesk.gui.redcross.list_tabs import ExpiringTab, RcyTab
from linkdesk.gui.redcross.member_tab import MemberTab
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.vms.area import TITLE_STYLE
from linkdesk.services.core import Core
from linkdesk.services.redcross import RENEWAL_WINDOW

translate = QCoreApplication.translate


class RedCrossArea(QWidget):
    def __init__(self, core: Core, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RedCrossArea")
        title = QLabel(translate("RedCrossArea", "Korean Red Cross → 1365"))
        title.setObjectName("AreaTitle")
        title.setStyleSheet(TITLE_STYLE)
        self.member = MemberTab(core, runner)
        self.expiring = ExpiringTab(core, runner, RENEWAL_WINDOW.days)
        self.rcy = RcyTab(core, runner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("RedCrossTabs")
        self.tabs.addTab(self.member, translate("RedCrossArea", "Member · My volunteering"))
        self.tabs.addTab(self.expiring, translate("RedCrossArea", "Consents expiring in 30 days"))
        self.tabs.addTab(self.rcy, translate("RedCrossArea", "RCY"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.expiring.open_requested.connect(self.open_volunteer)

    def open_volunteer(self, volunteer_id: str) -> None:
        """Show the member with this 1365 아이디 in the member tab (from the expiring list)."""
        self.tabs.setCurrentWidget(self.member)
        self.member.search.search("volunteer_id", volunteer_id)

    def drop_personal_data(self) -> None:
        """The idle lock: every tab forgets its members; the member tab comes to the front."""
        for tab in (self.member, self.expiring, self.rcy):
            tab.drop_personal_data()
        self.tabs.setCurrentWidget(self.member)

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab in (self.expiring, self.rcy) and not tab.loaded:
            tab.refresh()


def build_area(core: Core, runner: TaskRunner) -> QWidget:
    """The Red Cross area for the main window (``MainWindow.add_area("redcross", …)``)."""
    return RedCrossArea(core, runner)
