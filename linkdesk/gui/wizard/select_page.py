"""Step 4, 실적선택: the two tabs of the 1365 screen, 연계 대상 and 연계완료 실적.

Entering the step loads the records (1365, or the local cache when 1365 is down) and the school's
timetable through the task runner. Every change of the selection is re-evaluated by the session
(the daily cap depends on what else is selected); changes made while one evaluation runs are
coalesced into the next. Notes say when the records come from the cache or the timetable was
missing (the default daily cap applies then).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from linkdesk.gui.widgets.record_table import RecordTableView
from linkdesk.gui.wizard.page_base import PageHost, WizardPage, note_label, set_note
from linkdesk.services.linking_flow import FlowState

translate = QCoreApplication.translate


BIG_LOAD = 2_000  # records: a volunteer with this many makes a heap worth collecting at once


def collect_after_load(records: int) -> None:
    """After loading a volunteer with thousands of records, run the full garbage collection now,
    while staff still watch the loading spinner (on the task's worker), not on some later click:
    the heap that loading made is then counted as long-lived, and Python's collector leaves it
    alone until it grows by a quarter (a full collection over 10,000 records' rows is ~0.2–0.3 s).
    Nothing is frozen, so a visitor's objects are freed as usual when the next one comes."""
    if records >= BIG_LOAD:
        gc.collect()


class SelectPage(WizardPage):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            translate("SelectPage", "Choose records"),
            translate("SelectPage", "Check the records to send to NEIS. Records that NEIS would not recognise "
                                    "cannot be checked; the last column says why."),
            parent,
        )
        self.setObjectName("SelectPage")
        self._shown_records: tuple | None = None
        self._wanted: frozenset[str] | None = None  # a selection waiting for the running evaluation
        self._selecting = False
        self.targets = RecordTableView()
        self.targets.setObjectName("TargetRecords")
        self.targets.selection_changed.connect(self._selection_edited)
        self.linked = RecordTableView(linked=True)
        self.linked.setObjectName("LinkedRecords")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("RecordTabs")
        self.tabs.addTab(self.targets, "")
        self.tabs.addTab(self.linked, "")
        self.stale_note = note_label("StaleNote", "warning", self)
        self.timetable_note = note_label("TimetableNote", "info", self)
        self.column.addWidget(self.stale_note)
        self.column.addWidget(self.timetable_note)
        self.column.addWidget(self.tabs, 1)
        self.column.addWidget(self.strip)
        self._tab_titles(0, 0)

    def enter(self, state: FlowState) -> None:
        self._wanted = None
        if not state.records:
            self.load()

    def load(self) -> None:
        if self.host.busy:
            return
        session = self.host.session

        def load_records() -> FlowState:
            state = session.load_records()
            collect_after_load(len(state.records))
            return state

        self.start(load_records, busy=translate("SelectPage", "Loading the records from 1365…"),
                   name="1365.records", on_success=self._loaded, retry=self.load)

    def _loaded(self, _state: FlowState) -> None:
        info = self.host.session.load_info
        set_note(self.stale_note, translate(
            "SelectPage", "1365 could not be reached: the records saved on this PC are shown. Records "
                          "added in 1365 since the last visit may be missing.") if info.stale else "")
        rules = self.host.core.config.rules
        set_note(self.timetable_note, "" if info.periods_known else translate(
            "SelectPage", "The school's timetable was not available: the daily limit uses the defaults "
                          "(school days %1 h, weekends and holidays %2 h).")
            .replace("%1", str(rules.weekday_hours)).replace("%2", str(rules.holiday_hours)))
        self.changed.emit()
        if not self.host.session.state.selected:  # nothing eligible (the default selects every one)
            self.strip.show_info(translate("SelectPage", "There is no record to send to NEIS."))

    def render(self, state: FlowState) -> None:
        if state.records is self._shown_records:
            return
        shown, self._shown_records = self._shown_records, state.records
        if shown is not None and len(state.records) == len(shown) and self._replace(shown, state):
            return
        same_records = shown is not None and len(state.records) == len(shown)
        targets, linked = state.targets, state.linked
        if same_records:  # re-evaluated after a click: repaint the rows that changed, nothing else
            self.targets.update_rows(targets, state.selected)
            self.linked.update_rows(linked)
        else:
            current = self.targets.table.currentIndex()
            self.targets.set_rows(targets, state.selected)
            if current.isValid() and current.row() < self.targets.model.rowCount():
                self.targets.table.setCurrentIndex(self.targets.model.index(current.row(), current.column()))
            self.linked.set_rows(linked)
        self._tab_titles(len(targets), len(linked))

    def _replace(self, shown: tuple, state: FlowState) -> bool:
        """Re-evaluated after a click (the same records in the same places, a few of them new rows):
        repaint those rows only, without splitting 10,000 rows into the two tabs again. False when
        the records are not the same ones, or one moved between the tabs."""
        pairs = [(old, new) for old, new in zip(shown, state.records, strict=True) if old is not new]
        if any(old.record_id != new.record_id or old.linked != new.linked for old, new in pairs):
            return False
        return (self.targets.replace_rows([new for _, new in pairs if not new.linked], state.selected)
                and self.linked.replace_rows([new for _, new in pairs if new.linked]))

    def _tab_titles(self, targets: int, linked: int) -> None:
        # Only when they change: a tab's text set (even to the same) lays the tab widget out again
        # and repaints all of it, the table's 20 rows included -- once per click, that was most of it.
        for tab, text in ((0, translate("SelectPage", "To link (%1)").replace("%1", str(targets))),
                          (1, translate("SelectPage", "Linked records (%1)").replace("%1", str(linked)))):
            if self.tabs.tabText(tab) != text:
                self.tabs.setTabText(tab, text)

    def focus_first(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.targets.setFocus()

    def clear(self) -> None:
        super().clear()
        self._shown_records = None
        self._wanted = None
        self.targets.set_rows(())
        self.linked.set_rows(())
        self._tab_titles(0, 0)
        set_note(self.stale_note, "")
        set_note(self.timetable_note, "")

    # -- the selection ---------------------------------------------------------------------------

    def _selection_edited(self, selected: frozenset) -> None:
        """Staff checked or unchecked: evaluate this selection (or the latest one, after the current)."""
        self._wanted = frozenset(selected)
        if not self._selecting:
            self._evaluate()

    def _evaluate(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is None:
            return
        session = self.host.session
        self._selecting = True
        self.host.run(lambda: session.select(wanted), on_success=self._evaluated, on_error=self._evaluate_failed,
                      name="select.evaluate")

    def _evaluated(self, _state: FlowState) -> None:
        self._selecting = False
        if self._wanted is not None:  # staff changed it again meanwhile: that one counts
            self._evaluate()
            return
        self.changed.emit()

    def _evaluate_failed(self, exc: BaseException) -> None:
        self._selecting = False
        self._wanted = None
        self.show_error(exc)
