"""연계 점검 (the drift check) screen: ask the partners, list the differences, apply only what staff tick.

The check runs on a worker (:func:`linkdesk.services.drift.check`); nothing changes until staff tick
differences that have a safe fix and press 선택 반영. The list names volunteers and records, so the
idle lock empties it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkdesk.gui.widgets.area_title import area_title
from linkdesk.gui.widgets.busy_error import StatusStrip
from linkdesk.services import drift
from linkdesk.services.dashboard import PARTNER_LABELS

translate = QCoreApplication.translate
STATUS_KO = {None: "없음", "queued": "전송대기", "sent": "전송성공", "approved": "학교승인", "rejected": "반려",
             "failed": "전송실패", "linked": "연결됨", "cancelled": "취소"}


class DriftArea(QWidget):
    def __init__(self, core, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DriftArea")
        self.core, self.runner = core, runner
        self.report: drift.DriftReport | None = None
        title = area_title(translate("DriftArea", "Drift check"), self)
        lead = QLabel(translate("DriftArea", "Compares what this PC recorded as sent with what each partner holds "
                                "now. Nothing changes until you tick differences and apply them."), self)
        lead.setWordWrap(True)
        self.partner_boxes: dict[str, QCheckBox] = {}
        controls = QHBoxLayout()
        for key in drift.CHECKS:
            box = QCheckBox(PARTNER_LABELS.get(key, key), self)
            box.setChecked(True)
            self.partner_boxes[key] = box
            controls.addWidget(box)
        self.days = QSpinBox(self)
        self.days.setRange(1, 3 * 366)
        self.days.setValue(90)
        self.days.setSuffix(translate("DriftArea", " days"))
        self.days.setAccessibleName(translate("DriftArea", "Days to check"))
        self.check_button = QPushButton(translate("DriftArea", "&Check now"), self)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.run_check)
        controls.addWidget(QLabel(translate("DriftArea", "Last"), self))
        controls.addWidget(self.days)
        controls.addWidget(self.check_button)
        controls.addStretch(1)

        headers = [translate("DriftArea", "Apply"), translate("DriftArea", "Partner"),
                   translate("DriftArea", "Volunteer"), translate("DriftArea", "Record"),
                   translate("DriftArea", "Difference"), translate("DriftArea", "This PC"),
                   translate("DriftArea", "Partner now"), translate("DriftArea", "Detail")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("DriftTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.apply_button = QPushButton(translate("DriftArea", "&Apply the ticked differences"), self)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_ticked)
        self.status = StatusStrip(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.apply_button)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(lead)
        column.addLayout(controls)
        column.addWidget(self.table, 1)
        column.addLayout(bottom)
        column.addWidget(self.status)
        self.setFocusProxy(self.check_button)

    def drop_personal_data(self) -> None:
        self.report = None
        self.table.setRowCount(0)
        self.summary.clear()
        self.status.clear()
        self.apply_button.setEnabled(False)

    def chosen_partners(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.partner_boxes.items() if box.isChecked())

    def run_check(self) -> None:
        partners, days, core = self.chosen_partners(), self.days.value(), self.core
        if not partners:
            self.status.show_error(translate("DriftArea", "Tick at least one partner."))
            return
        self.status.show_busy(translate("DriftArea", "Asking the partners…"))
        self.check_button.setEnabled(False)
        handle = self.runner.run(lambda: drift.check(core, partners=partners, days=days), on_success=self.show_report,
                                 on_error=self.status.show_exception,
                                 on_finally=lambda: self.check_button.setEnabled(True), name="drift-check")
        self.status.offer_stop_read(handle, on_stopped=lambda: self.check_button.setEnabled(True))

    def show_report(self, report: drift.DriftReport) -> None:
        self.report = report
        self.table.setRowCount(len(report.differences))
        for row, d in enumerate(report.differences):
            tick = QTableWidgetItem()
            if d.fix:
                tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                tick.setCheckState(Qt.CheckState.Unchecked)
                tick.setToolTip(translate("DriftArea", "Applying sets: %1").replace("%1", STATUS_KO.get(d.fix, d.fix)))
            else:
                tick.setFlags(Qt.ItemFlag.ItemIsEnabled)
                tick.setText(translate("DriftArea", "check by hand"))
            self.table.setItem(row, 0, tick)
            for col, value in enumerate((PARTNER_LABELS.get(d.partner, d.partner), d.volunteer_id or "-",
                                         d.record_id or "-", d.text, STATUS_KO.get(d.ours, d.ours),
                                         STATUS_KO.get(d.theirs, d.theirs), d.detail), start=1):
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
        parts = [translate("DriftArea", "%1 differences, %2 with a safe fix.")
                 .replace("%1", str(len(report.differences))).replace("%2", str(len(report.fixable)))]
        for partner, message in report.unreachable.items():
            parts.append(translate("DriftArea", "%1 could not be reached: %2")
                         .replace("%1", PARTNER_LABELS.get(partner, partner)).replace("%2", message))
        self.summary.setText(" ".join(parts))
        self.apply_button.setEnabled(bool(report.fixable))
        if report.unreachable:
            self.status.show_error(translate("DriftArea", "Some partners could not be checked."), retry=False)
        elif not report.differences:
            self.status.show_success(translate("DriftArea", "No differences: the cache matches the partners."))
        else:
            self.status.clear()

    def ticked(self) -> list[drift.Difference]:
        if self.report is None:
            return []
        return [d for row, d in enumerate(self.report.differences)
                if d.fix and self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def apply_ticked(self) -> None:
        chosen, core = self.ticked(), self.core
        if not chosen:
            self.status.show_error(translate("DriftArea", "Tick the differences to apply first."))
            return
        self.apply_button.setEnabled(False)
        self.status.show_busy(translate("DriftArea", "Applying…"))
        self.runner.run(lambda: drift.apply(core, chosen), on_success=self._applied,
                        on_error=self.status.show_exception, name="drift-apply")

    def _applied(self, count: int) -> None:
        self.status.show_success(translate("DriftArea", "%1 records now show the partner's state.").replace("%1", str(count)))
        self.run_check()


def build_area(core, runner) -> DriftArea:
    return DriftArea(core, runner)
