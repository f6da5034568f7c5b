"""The heading at the top of every area: bold, 1.4 times the application font, named ``AreaTitle``."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def area_title(text: str, parent: QWidget | None = None) -> QLabel:
    title = QLabel(text, parent)
    title.setObjectName("AreaTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    return title
