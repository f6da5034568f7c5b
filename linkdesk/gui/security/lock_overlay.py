"""The lock screen: covers the whole main window and asks the signed-in staff member's password.

It is a child of the main window stretched over all of it (menus included), so nothing behind it can
be seen or clicked; the idle lock also swallows keyboard shortcuts while it is up. The password
field is wiped whenever the overlay hides.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from linkdesk.gui.widgets.busy_error import StatusStrip

translate = QCoreApplication.translate


class LockOverlay(QWidget):
    """``unlock_requested(password)``: staff pressed 잠금 해제; ``switch_user_requested()``: 다른 담당자."""

    unlock_requested = Signal(str)
    switch_user_requested = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("LockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#LockOverlay { background-color: palette(window); }")
        self.title = QLabel(translate("LockOverlay", "The counter is locked"))
        self.title.setObjectName("LockTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.who = QLabel()
        self.who.setObjectName("LockWho")
        self.who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("LockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("LockOverlay", "Password"))
        self.password.setAccessibleName(translate("LockOverlay", "Password"))
        self.password.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(translate("LockOverlay", "&Unlock"))
        self.unlock_button.setObjectName("LockUnlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.switch_button = QPushButton(translate("LockOverlay", "Sign in as another staff member"))
        self.switch_button.setObjectName("LockSwitch")
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.switch_user_requested)
        self.status = StatusStrip()

        card = QFrame()
        card.setObjectName("LockCard")
        card.setFixedWidth(420)
        column = QVBoxLayout(card)
        column.setSpacing(10)
        for w in (self.title, self.who, self.password, self.unlock_button, self.status, self.switch_button):
            column.addWidget(w)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setFocusProxy(self.password)
        window.installEventFilter(self)
        self.hide()

    def show_for(self, display: str) -> None:
        self.who.setText(translate("LockOverlay", "Locked after a period without input. %1, enter your "
                                                  "password to continue.").replace("%1", display))
        self.status.clear()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.status.show_busy(translate("LockOverlay", "Checking the password…"))
        else:
            self.status.clear()

    def show_error(self, exc: BaseException) -> None:
        self.status.show_exception(exc)
        self.password.selectAll()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def wipe(self) -> None:
        self.password.setText("")
        self.password.clear()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.wipe()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
        return False

    def _submit(self) -> None:
        if self.password.text():
            self.unlock_requested.emit(self.password.text())
