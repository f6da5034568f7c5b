"""The member search of the VMS and Red Cross screens: by VMS 아이디, by 1365 아이디, or by 이름 + 생년월일.

Staff type fast: the birth date takes ``1985-02-14`` or ``19850214``; Enter searches. The bar only
collects and checks the input; the screen runs the lookup through its task runner.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

translate = QCoreApplication.translate

MODES: dict[str, str] = {
    "vms_id": QT_TRANSLATE_NOOP("MemberSearchBar", "VMS ID"),
    "volunteer_id": QT_TRANSLATE_NOOP("MemberSearchBar", "1365 ID"),
    "name_birth": QT_TRANSLATE_NOOP("MemberSearchBar", "Name + birth date"),
}
_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")


def parse_birth_date(text: str) -> date | None:
    """``1985-02-14`` or ``19850214`` → a date; anything else (or an impossible date) → None."""
    m = _DATE.match(text.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


class MemberSearchBar(QWidget):
    """``search_requested(dict)`` with ``vms_id``, ``volunteer_id`` or ``name`` + ``birth_date``;
    ``invalid(str)`` with the reason when the input cannot be searched."""

    search_requested = Signal(dict)
    invalid = Signal(str)

    def __init__(self, modes: Sequence[str] = ("vms_id", "volunteer_id", "name_birth"),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MemberSearchBar")
        self.mode = QComboBox()
        self.mode.setObjectName("SearchMode")
        for key in modes:
            self.mode.addItem(translate("MemberSearchBar", MODES[key]), key)
        self.text = QLineEdit()
        self.text.setObjectName("SearchText")
        self.text.setClearButtonEnabled(True)
        self.birth_label = QLabel(translate("MemberSearchBar", "Birth date"))
        self.birth = QLineEdit()
        self.birth.setObjectName("SearchBirth")
        self.birth.setPlaceholderText("YYYY-MM-DD")
        self.birth.setMaxLength(10)
        self.birth.setFixedWidth(120)
        self.button = QPushButton(translate("MemberSearchBar", "Search"))
        self.button.setObjectName("SearchButton")
        self.button.setDefault(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("MemberSearchBar", "Search by")))
        row.addWidget(self.mode)
        row.addWidget(self.text, 1)
        row.addWidget(self.birth_label)
        row.addWidget(self.birth)
        row.addWidget(self.button)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.text.returnPressed.connect(self.submit)
        self.birth.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self._mode_changed()

    def current_mode(self) -> str:
        return self.mode.currentData()

    def set_mode(self, key: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(key))

    def search(self, key: str, text: str, birth: str = "") -> None:
        """Fill the bar and search, as if staff typed it (the expiring list opens a member so)."""
        self.set_mode(key)
        self.text.setText(text)
        self.birth.setText(birth)
        self.submit()

    def drop_personal_data(self) -> None:
        """The idle lock: empty the fields with ``setText("")``, which also empties their undo history
        (``clear()`` is undoable: Ctrl+Z after unlocking would bring the name back)."""
        for field in (self.text, self.birth):
            field.setText("")

    def submit(self) -> None:
        key, text = self.current_mode(), " ".join(self.text.text().split())
        if not text:
            self.invalid.emit(translate("MemberSearchBar", "Enter what to search for."))
            return
        if key != "name_birth":
            self.search_requested.emit({key: text})
            return
        born = parse_birth_date(self.birth.text())
        if born is None:
            self.invalid.emit(translate("MemberSearchBar", "Enter the birth date as YYYY-MM-DD (as in the resident register)."))
            return
        self.search_requested.emit({"name": text, "birth_date": born})

    def _mode_changed(self) -> None:
        by_name = self.current_mode() == "name_birth"
        self.birth_label.setVisible(by_name)
        self.birth.setVisible(by_name)
        placeholders = {"vms_id": translate("MemberSearchBar", "e.g. haneul85"),
                        "volunteer_id": translate("MemberSearchBar", "e.g. V-2001"),
                        "name_birth": translate("MemberSearchBar", "Name")}
        self.text.setPlaceholderText(placeholders[self.current_mode()])
