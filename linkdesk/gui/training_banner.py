"""The 연습 모드 banner: impossible to miss, so nobody mistakes training for real sending.

Training mode runs on the bundled sandbox (교육용 가상 서버); nothing reaches the real institutions.
The banner keeps its own fixed colours (amber, dark text) on every theme, and the fallback style.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

translate = QCoreApplication.translate

_STYLE = """
#TrainingBanner { background-color: #ffc107; border-bottom: 2px solid #ff8f00; }
#TrainingBanner QLabel { color: #212121; font-weight: bold; font-size: 15px; background: transparent; }
"""


class TrainingBanner(QFrame):
    """A full-width amber strip: "연습 모드 — 실제 기관에 전송되지 않습니다 (교육용 가상 서버)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrainingBanner")
        self.setStyleSheet(_STYLE)
        self.label = QLabel(self.text(), self)
        self.label.setObjectName("TrainingBannerText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.setAccessibleName(self.label.text())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label)

    @staticmethod
    def text() -> str:
        return translate(
            "TrainingBanner", "Training mode — nothing is sent to the real institutions (training sandbox)"
        )
