"""Staff management for the centre's administrator: one account per person, roles, locks, resets.

Every action is the account service's (:mod:`linkdesk.services.staff`), run on a worker; the service
re-checks that the signed-in person is still an administrator and records each change of rights in
``permission_changes``, which the second tab lists.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from linkdesk.clock import KST
from linkdesk.gui.security.sign_in_dialog import password_field
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.services.staff import accounts
from linkdesk.services.staff_model import StaffAccount

translate = QCoreApplication.translate

CHANGES = {  # permission_changes.change, as the administrator reads it
    "created": QT_TRANSLATE_NOOP("StaffDialog", "Created"),
    "role": QT_TRANSLATE_NOOP("StaffDialog", "Role changed"),
    "activated": QT_TRANSLATE_NOOP("StaffDialog", "Activated"),
    "deactivated": QT_TRANSLATE_NOOP("StaffDialog", "Deactivated"),
    "unlocked": QT_TRANSLATE_NOOP("StaffDialog", "Unlocked"),
    "password_reset": QT_TRANSLATE_NOOP("StaffDialog", "Password reset"),
}


def _when(value) -> str:
    return value.astimezone(KST).strftime("%Y-%m-%d %H:%M") if value else ""


class StaffDialog(QDialog):
    def __init__(self, core, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffDialog")
        self.setWindowTitle(translate("StaffDialog", "Staff accounts"))
        self.resize(820, 560)
        self.core, self.runner = core, runner
        self.rows: list[StaffAccount] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("StaffTable")
        self.table.setHorizontalHeaderLabels([
            translate("StaffDialog", "Username"), translate("StaffDialog", "Name"), translate("StaffDialog", "Role"),
            translate("StaffDialog", "State"), translate("StaffDialog", "Last sign-in")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes = QTableWidget(0, 5)
        self.changes.setObjectName("PermissionChanges")
        self.changes.setHorizontalHeaderLabels([
            translate("StaffDialog", "When"), translate("StaffDialog", "Account"), translate("StaffDialog", "Change"),
            translate("StaffDialog", "From → to"), translate("StaffDialog", "By")])
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tabs = QTabWidget()
        tabs.addTab(self.table, translate("StaffDialog", "Accounts"))
        tabs.addTab(self.changes, translate("StaffDialog", "Permission changes"))

        self.unlock_button = QPushButton(translate("StaffDialog", "&Unlock"))
        self.role_button = QPushButton(translate("StaffDialog", "Make &administrator / counter staff"))
        self.active_button = QPushButton(translate("StaffDialog", "&Deactivate / activate"))
        self.temporary = password_field("TemporaryPassword", translate("StaffDialog", "Temporary password"))
        self.temporary.setPlaceholderText(translate("StaffDialog", "Temporary password"))
        self.reset_button = QPushButton(translate("StaffDialog", "&Reset password"))
        selected = QHBoxLayout()
        for w in (self.unlock_button, self.role_button, self.active_button, self.temporary, self.reset_button):
            selected.addWidget(w)
        self.unlock_button.clicked.connect(lambda: self._on_selected(lambda s, a, u: s.unlock(a, u)))
        self.role_button.clicked.connect(lambda: self._on_selected(
            lambda s, a, u: s.set_role(a, u, "counter" if self._selected().role == "admin" else "admin")))
        self.active_button.clicked.connect(lambda: self._on_selected(
            lambda s, a, u: s.set_active(a, u, not self._selected().active)))
        self.reset_button.clicked.connect(self._reset)

        self.new_username = QLineEdit()
        self.new_username.setObjectName("NewUsername")
        self.new_name = QLineEdit()
        self.new_name.setObjectName("NewName")
        self.new_role = QComboBox()
        self.new_role.addItem(translate("StaffDialog", "Counter staff"), "counter")
        self.new_role.addItem(translate("StaffDialog", "Centre administrator"), "admin")
        self.new_password = password_field("NewPassword", translate("StaffDialog", "Password"))
        self.add_button = QPushButton(translate("StaffDialog", "&Add account"))
        self.add_button.clicked.connect(self._add)
        add_box = QGroupBox(translate("StaffDialog", "New account (one per staff member)"))
        form = QFormLayout(add_box)
        form.addRow(translate("StaffDialog", "Username"), self.new_username)
        form.addRow(translate("StaffDialog", "Name"), self.new_name)
        form.addRow(translate("StaffDialog", "Role"), self.new_role)
        form.addRow(translate("StaffDialog", "Password"), self.new_password)
        form.addRow("", self.add_button)
        self.status = StatusStrip()
        column = QVBoxLayout(self)
        column.addWidget(tabs, 1)
        column.addLayout(selected)
        column.addWidget(add_box)
        column.addWidget(self.status)
        self.refresh()

    @property
    def admin(self) -> str:
        return self.core.actor.staff

    def refresh(self) -> None:
        admin = self.admin

        def load():
            service = accounts(self.core)
            return service.list(admin), service.permission_changes(admin)

        self._run(load, self._loaded, busy=False)

    def _loaded(self, result) -> None:
        rows, changes = result
        self.rows = rows
        now = self.core.clock.now()
        labels = {"counter": translate("StaffDialog", "Counter staff"), "admin": translate("StaffDialog", "Centre administrator")}
        self.table.setRowCount(len(rows))
        for i, a in enumerate(rows):
            state = (translate("StaffDialog", "Locked") if a.locked(now) else
                     translate("StaffDialog", "Active") if a.active else translate("StaffDialog", "Deactivated"))
            for j, text in enumerate((a.username, a.display_name, labels[a.role], state, _when(a.last_login_at))):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.changes.setRowCount(len(changes))
        for i, c in enumerate(reversed(changes)):
            change = translate("StaffDialog", CHANGES[c.change]) if c.change in CHANGES else c.change
            values = (_when(c.at), c.username, change, f"{c.old_value or ''} → {c.new_value or ''}", c.changed_by)
            for j, text in enumerate(values):
                self.changes.setItem(i, j, QTableWidgetItem(text))

    def select(self, username: str) -> None:
        for i, a in enumerate(self.rows):
            if a.username == username:
                self.table.selectRow(i)

    def _selected(self) -> StaffAccount | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _on_selected(self, action: Callable) -> None:
        account = self._selected()
        if account is None:
            self.status.show_error(translate("StaffDialog", "Select an account first."))
            return
        admin, username = self.admin, account.username
        self._run(lambda: action(accounts(self.core), admin, username), self._done)

    def _reset(self) -> None:
        password = self.temporary.text()
        self.temporary.clear()
        self._on_selected(lambda s, a, u: s.reset_password(a, u, password))

    def _add(self) -> None:
        admin, password = self.admin, self.new_password.text()
        username, name, role = self.new_username.text(), self.new_name.text(), self.new_role.currentData()
        self.new_password.clear()
        self._run(lambda: accounts(self.core).add(admin, username, name, password, role), self._added)

    def _added(self, account: StaffAccount) -> None:
        self.new_username.clear()
        self.new_name.clear()
        self._done(account)

    def _done(self, account: StaffAccount) -> None:
        self.status.show_success(translate("StaffDialog", "Saved: %1").replace("%1", account.username))
        self.refresh()

    def _run(self, func: Callable, on_success: Callable, *, busy: bool = True) -> None:
        if busy:
            self.status.show_busy(translate("StaffDialog", "Working…"))

        def success(result) -> None:
            if self.status.state == "busy":
                self.status.clear()
            on_success(result)

        self.runner.run(func, on_success=success, on_error=self.status.show_exception, name="staff")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter in a field must not close the dialog
            return
        super().keyPressEvent(event)
