"""What the NEIS area shows before a linking starts: the five steps, the privacy promise, a start button.

Staff never face an empty screen: until the wizard is placed in the window, this panel says what
the linking does, in the words of the 1365 screen, and starts it (button or Ctrl+N).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

translate = QCoreApplication.translate

_STYLE = """
#WelcomeTitle { font-size: 24px; font-weight: bold; }
#WelcomeLead { font-size: 15px; }
#WelcomeStep { font-size: 15px; }
#WelcomeNote { font-size: 13px; border-left: 4px solid #009688; padding: 6px 10px; }
#WelcomeStart { font-size: 16px; font-weight: bold; min-height: 40px; padding: 4px 24px; }
"""


class LinkingWelcome(QWidget):
    """The NEIS area's opening panel; ``start_requested`` when staff press the start button."""

    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LinkingWelcome")
        self.setStyleSheet(_STYLE)

        title = QLabel(translate("LinkingWelcome", "NEIS record linking"))
        title.setObjectName("WelcomeTitle")
        lead = QLabel(
            translate(
                "LinkingWelcome",
                "Send a student's volunteer records from 1365 to the school record (NEIS). "
                "The visitor types the resident registration number themselves.",
            )
        )
        lead.setObjectName("WelcomeLead")
        lead.setWordWrap(True)

        steps = [
            translate("LinkingWelcome", "Resident number (identity check)"),
            translate("LinkingWelcome", "Choose the school"),
            translate("LinkingWelcome", "Check the student information"),
            translate("LinkingWelcome", "Choose records"),
            translate("LinkingWelcome", "Send records"),
        ]
        step_box = QVBoxLayout()
        step_box.setSpacing(4)
        for number, text in enumerate(steps, start=1):
            step = QLabel(f"{number}.  {text}")
            step.setObjectName("WelcomeStep")
            step_box.addWidget(step)

        note = QLabel(
            translate(
                "LinkingWelcome",
                "The resident registration number you enter is not stored; it is used only for the "
                "identity check and record linking.",
            )
        )
        note.setObjectName("WelcomeNote")
        note.setWordWrap(True)

        self.start_button = QPushButton(translate("LinkingWelcome", "Start linking (Ctrl+N)"))
        self.start_button.setObjectName("WelcomeStart")
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.start_requested)
        button_row = QHBoxLayout()
        button_row.addWidget(self.start_button)
        button_row.addStretch(1)

        card = QFrame()
        card.setObjectName("WelcomeCard")
        card.setMinimumWidth(520)
        card.setMaximumWidth(680)
        column = QVBoxLayout(card)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(lead)
        column.addLayout(step_box)
        column.addWidget(note)
        column.addSpacing(6)
        column.addLayout(button_row)

        row = QHBoxLayout()
        row.addWidget(card, 1)
        row.addStretch(0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 32, 40, 32)
        outer.addLayout(row)
        outer.addStretch(1)
        self.setFocusProxy(self.start_button)
