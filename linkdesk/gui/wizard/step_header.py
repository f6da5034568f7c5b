"""The wizard's step header, in the words of the 1365 screen:
주민번호입력(실명인증) ➤ 소속학교 선택 ➤ 학생정보확인 ➤ 실적선택 ➤ 실적전송, the current one highlighted.

Done steps carry a check mark and the current one a filled box, so the position reads without
colour too; the accessible name says "step 2 of 5: …".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from linkdesk.services.linking_flow import STEPS, Step

translate = QCoreApplication.translate

TITLES: dict[Step, str] = {
    Step.IDENTITY: QT_TRANSLATE_NOOP("StepHeader", "Resident number (identity check)"),
    Step.SCHOOL: QT_TRANSLATE_NOOP("StepHeader", "Choose the school"),
    Step.STUDENT: QT_TRANSLATE_NOOP("StepHeader", "Check student information"),
    Step.SELECT: QT_TRANSLATE_NOOP("StepHeader", "Choose records"),
    Step.SEND: QT_TRANSLATE_NOOP("StepHeader", "Send records"),
}
_CURRENT = "background-color: #00796b; color: white; font-weight: bold; border-radius: 4px; padding: 5px 10px;"
_DONE = "color: #2e7d32; padding: 5px 6px;"
_LATER = "color: #757575; padding: 5px 6px;"


class StepHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StepHeader")
        self.labels: dict[Step, QLabel] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 6)
        row.setSpacing(4)
        for index, step in enumerate(STEPS):
            if index:
                arrow = QLabel("➤")
                arrow.setStyleSheet(_LATER)
                row.addWidget(arrow)
            label = QLabel()
            label.setObjectName(f"Step_{step.value}")
            self.labels[step] = label
            row.addWidget(label)
        row.addStretch(1)
        self.current: Step | None = None
        self.show_step(Step.IDENTITY)

    def show_step(self, current: Step) -> None:
        self.current = current
        position = STEPS.index(current)
        for index, step in enumerate(STEPS):
            title = translate("StepHeader", TITLES[step])
            label = self.labels[step]
            if index < position:
                label.setText(f"✓ {title}")
                label.setStyleSheet(_DONE)
            elif index == position:
                label.setText(f"■ {title}")
                label.setStyleSheet(_CURRENT)
            else:
                label.setText(title)
                label.setStyleSheet(_LATER)
        self.setAccessibleName(
            translate("StepHeader", "Step %1 of %2: %3")
            .replace("%1", str(position + 1)).replace("%2", str(len(STEPS)))
            .replace("%3", translate("StepHeader", TITLES[current]))
        )
