"""The filter bar of 전송 대기 목록 and its status chips (counts per status, one click to filter).

Typing in 검색 or 봉사자 waits for a pause (``DEBOUNCE_MS``) before asking the database, so a name
typed syllable by syllable (한글 composes letter by letter) makes one query, not ten. Combo boxes,
dates and chips apply at once. The bar only describes the filter; the area runs the query.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from linkdesk.gui.pending.labels import PARTNER_WORDS, partner_word, status_word
from linkdesk.services.pending import REVIEW_STATUSES, PendingFilter

translate = QCoreApplication.translate
DEBOUNCE_MS = 300


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class PendingFilterBar(QWidget):
    """연계기관, 학교, 봉사자, 검색 and an optional period; ``changed()`` when the filter changed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partner = QComboBox()
        self.partner.addItem(translate("PendingFilterBar", "All partners"), None)
        for key in PARTNER_WORDS:
            if key != "1365":
                self.partner.addItem(partner_word(key), key)
        self.school = QComboBox()
        self.school.setMinimumContentsLength(12)
        self.school.addItem(translate("PendingFilterBar", "All schools"), None)
        self.volunteer = QLineEdit()
        self.volunteer.setPlaceholderText(translate("PendingFilterBar", "Volunteer ID"))
        self.volunteer.setClearButtonEnabled(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("PendingFilterBar", "Search name, organization, activity"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.use_period = QCheckBox(translate("PendingFilterBar", "Period"))
        self.date_field = QComboBox()
        self.date_field.addItem(translate("PendingFilterBar", "Queued on"), "queued")
        self.date_field.addItem(translate("PendingFilterBar", "Activity date"), "activity")
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.set_today(date.today())
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((translate("PendingFilterBar", "&Partner"), self.partner),
                              (translate("PendingFilterBar", "Sc&hool"), self.school)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        row.addWidget(self.volunteer)
        row.addWidget(self.search, 1)
        row.addSpacing(8)
        for widget in (self.use_period, self.date_field, self.date_from, QLabel("~"), self.date_to):
            row.addWidget(widget)

        self.partner.currentIndexChanged.connect(self.changed)
        self.school.currentIndexChanged.connect(self.changed)
        self.volunteer.textChanged.connect(self._debounce.start)
        self.search.textChanged.connect(self._debounce.start)
        self.use_period.toggled.connect(self._enable_period)
        self.use_period.toggled.connect(self.changed)
        self.date_field.currentIndexChanged.connect(self._period_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._period_changed)
        self._enable_period(False)

    def set_today(self, today: date) -> None:
        """The period offered when staff tick 기간: the last 30 days."""
        self.date_from.setDate(_qdate(today - timedelta(days=30)))
        self.date_to.setDate(_qdate(today))

    def set_schools(self, schools: list[tuple[str, str]]) -> None:
        """The schools that have pending rows (code, name); keeps the choice when still there."""
        current = self.school.currentData()
        self.school.blockSignals(True)
        self.school.clear()
        self.school.addItem(translate("PendingFilterBar", "All schools"), None)
        for code, name in schools:
            self.school.addItem(name, code)
        found = self.school.findData(current) if current else 0
        self.school.setCurrentIndex(max(found, 0))
        self.school.blockSignals(False)
        if current and found < 0:
            self.changed.emit()

    def _enable_period(self, on: bool) -> None:
        for widget in (self.date_field, self.date_from, self.date_to):
            widget.setEnabled(on)

    def _period_changed(self) -> None:
        if self.use_period.isChecked():
            self.changed.emit()

    def reset(self) -> None:
        """No filter at all, without ``changed()`` (the idle lock: 검색 and 봉사자 may hold a person).

        The fields are emptied with ``setText("")``, which also empties their undo history
        (``clear()`` is undoable: Ctrl+Z would bring the name back).
        """
        self.blockSignals(True)  # no query behind the lock; the children still update each other
        try:
            for field in (self.search, self.volunteer):
                field.setText("")
            for combo in (self.partner, self.school, self.date_field):
                combo.setCurrentIndex(0)
            self.use_period.setChecked(False)
        finally:
            self._debounce.stop()  # typing that was waiting for its pause
            self.blockSignals(False)

    def flush(self) -> None:
        """Apply typed text now (Enter, or a test) instead of after the pause."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.changed.emit()

    def filters(self, statuses: tuple[str, ...] = ()) -> PendingFilter:
        partner = self.partner.currentData()
        period = self.use_period.isChecked()
        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        return PendingFilter(
            partners=(partner,) if partner else (), statuses=statuses,
            date_from=min(start, end) if period else None, date_to=max(start, end) if period else None,
            date_field=self.date_field.currentData(), school_code=self.school.currentData(),
            volunteer_id=self.volunteer.text().strip() or None, text=self.search.text().strip(),
        )


class StatusChips(QWidget):
    """전체 N · 대기 N · 실패 N · …: the counts per status; clicking one shows only that status."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for key in ("", *REVIEW_STATUSES):
            button = QPushButton()
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setObjectName(f"PendingChip_{key or 'all'}")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(button)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons[""].setChecked(True)
        self.set_counts({s: 0 for s in REVIEW_STATUSES})
        self.group.buttonClicked.connect(lambda _b: self.changed.emit())

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        total = sum(counts.values())
        self.buttons[""].setText(translate("PendingStatusChips", "All %1").replace("%1", f"{total:,}"))
        for key in REVIEW_STATUSES:
            self.buttons[key].setText(f"{status_word(key)} {counts.get(key, 0):,}")

    def statuses(self) -> tuple[str, ...]:
        chosen = next(k for k, b in self.buttons.items() if b.isChecked())
        return (chosen,) if chosen else ()

    def reset(self) -> None:
        """전체 chosen and no counts, without ``changed()`` (the idle lock emptied the list)."""
        self.buttons[""].setChecked(True)
        self.set_counts({s: 0 for s in REVIEW_STATUSES})

    def choose(self, status: str) -> None:
        self.buttons[status].setChecked(True)
        self.changed.emit()
