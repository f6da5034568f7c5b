"""The 학교검색 popup: results as staff type (name or 초성), 시도교육청 and 학교급 filters, keyboard only.

On 1365 this is a popup window; here it is a modal dialog over the wizard. It reads the local
directory cache through the ``search`` callable it is given, off the GUI thread: through a task
runner over a pool of one thread, so searches run one after another and a newer keystroke
supersedes an older search (a search not started yet is skipped, the outcome of one still running
is dropped) and the window never waits for one. Typing is debounced (:data:`DEBOUNCE_MS`), a filter
change searches at once, results are capped at ``limit``.

Keys: typing searches (the syllable a Korean input method is still composing included);
Up/Down/PageUp/PageDown move in the results while the focus stays in the search field; Enter picks
the highlighted school; Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linkdesk.gui.tasks import TaskHandle, TaskRunner
from linkdesk.gui.widgets.school_results import KIND_NAMES, SchoolLike, SchoolResultsModel, kind_name

translate = QCoreApplication.translate

DEBOUNCE_MS = 120
DEFAULT_LIMIT = 200
# (query, office, kind, region, limit) -> schools, best first
SchoolSearch = Callable[[str, str | None, str | None, str | None, int], Sequence[SchoolLike]]
_MOVE_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class SchoolSearchDialog(QDialog):
    """Pick one school. ``exec()`` / ``open()``, then :meth:`selected_school` after ``accepted``.

    ``offices``: the 시도교육청 for the filter (e.g. ``SchoolRepository.offices()``); ``kinds``: the
    school kinds offered (protocol values). ``results_updated(int)`` after every search whose
    results are shown. ``runner``: where searches run (default: the dialog's own runner over a pool
    of one thread).
    """

    results_updated = Signal(int)

    def __init__(
        self,
        search: SchoolSearch,
        offices: Sequence[str],
        kinds: Sequence[str] = tuple(KIND_NAMES),
        parent: QWidget | None = None,
        *,
        limit: int = DEFAULT_LIMIT,
        initial_text: str = "",
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SchoolSearchDialog")
        self.setWindowTitle(translate("SchoolSearch", "School search"))
        self.setModal(True)
        self.resize(820, 540)
        self._search = search
        self._limit = limit
        self._selected: SchoolLike | None = None
        self._preedit = ""  # the syllable a Korean input method is composing
        if runner is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)  # one search at a time, in the order typed
            runner = TaskRunner(self, pool=pool)
        self._runner = runner
        self._pending: TaskHandle | None = None  # the search whose results will be shown
        self._accept_when_found = False  # Enter came before the results of what was typed

        self.query = QLineEdit(initial_text)
        self.query.setObjectName("SchoolQuery")
        self.query.setPlaceholderText(translate("SchoolSearch", "School name or initial consonants (e.g. ㅂㅁㅈ)"))
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.office = QComboBox()
        self.office.setObjectName("SchoolOffice")
        self.office.addItem(translate("SchoolSearch", "All offices"), None)
        for office in offices:
            self.office.addItem(office, office)
        self.kind = QComboBox()
        self.kind.setObjectName("SchoolKind")
        self.kind.addItem(translate("SchoolSearch", "All kinds"), None)
        for kind in kinds:
            self.kind.addItem(kind_name(kind), kind)

        self.model = SchoolResultsModel(self)
        self.table = QTableView()
        self.table.setObjectName("SchoolResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus stays in the search field
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for column, width in enumerate((230, 90, 190)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.count = QLabel()
        self.count.setObjectName("SchoolCount")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.pick_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.pick_button.setText(translate("SchoolSearch", "Select"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        for column, (text, field) in enumerate(
            (
                (translate("SchoolSearch", "School &name"), self.query),
                (translate("SchoolSearch", "&Office of education"), self.office),
                (translate("SchoolSearch", "School &kind"), self.kind),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            filters.addWidget(label, 0, column)
            filters.addWidget(field, 1, column)
        filters.setColumnStretch(0, 3)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.query, self.office)
        QWidget.setTabOrder(self.office, self.kind)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.query.textEdited.connect(lambda _text: self._debounce.start())
        self.office.currentIndexChanged.connect(lambda _i: self.search_now())
        self.kind.currentIndexChanged.connect(lambda _i: self.search_now())
        self.query.setFocus()
        self.search_now()

    # -- searching ---------------------------------------------------------------------------------

    def search_now(self) -> None:
        """Search with the current text and filters off the GUI thread (the debounce timer calls this).

        A search still pending is superseded: only the newest one's results are shown.
        """
        self._debounce.stop()
        if self._pending is not None:
            self._pending.cancel()
        args = (self.query_text(), self.office.currentData(), self.kind.currentData(), None, self._limit)
        search = self._search
        self._pending = self._runner.run(
            lambda: list(search(*args)), on_success=self._show, on_error=self._failed, name="school.search"
        )

    @property
    def searching(self) -> bool:
        """True while a search (or a typed text waiting for its search) has not been shown yet."""
        return self._pending is not None or self._debounce.isActive()

    def _show(self, results: list[SchoolLike]) -> None:
        self._pending = None
        self.model.set_results(results)
        if results:
            self.table.selectRow(0)
        self.pick_button.setEnabled(bool(results))
        self.count.setText(self._count_text(len(results)))
        self.results_updated.emit(len(results))
        if self._accept_when_found and not self.searching:
            self._accept_when_found = False
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._pending = None
        self._accept_when_found = False
        self.model.set_results([])
        self.pick_button.setEnabled(False)
        self.count.setText(str(exc))
        self.results_updated.emit(0)

    def _count_text(self, found: int) -> str:
        if not found:
            return translate(
                "SchoolSearch", "No school found. Check the name, or try its initial consonants (e.g. ㅂㅁㅈ)."
            )
        if found >= self._limit:
            capped = translate("SchoolSearch", "The first %1 schools are shown; type more of the name to narrow the list.")
            return capped.replace("%1", str(self._limit))
        return translate("SchoolSearch", "%1 schools found").replace("%1", str(found))

    # -- keys and the result -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            if isinstance(event, QKeyEvent) and event.key() in _MOVE_KEYS and self.model.rowCount():
                QApplication.sendEvent(self.table, event)
                return True
        if watched is self.query and isinstance(event, QInputMethodEvent):
            # A Korean IME keeps the last syllable open (preedit) until the next one starts; it is
            # not in text() yet, but staff expect 보문중 to search as soon as they see it.
            if event.preeditString() != self._preedit:
                self._preedit = event.preeditString()
                self._debounce.start()
        return super().eventFilter(watched, event)

    def query_text(self) -> str:
        """What the search uses: the typed text with the syllable still being composed."""
        text, cursor = self.query.text(), self.query.cursorPosition()
        return (text[:cursor] + self._preedit + text[cursor:]).strip()

    def current_school(self) -> SchoolLike | None:
        """The highlighted result, if any."""
        index = self.table.currentIndex()
        return self.model.school(index.row()) if index.isValid() else None

    def accept(self) -> None:
        """Enter, double-click or 선택: pick the highlighted school (a pending search is waited for:
        the pick happens when its results are shown)."""
        if self._debounce.isActive():
            self.search_now()
        if self._pending is not None:
            self._accept_when_found = True
            return
        school = self.current_school()
        if school is None:
            return
        self._selected = school
        super().accept()

    def selected_school(self) -> SchoolLike | None:
        """The school picked, once the dialog was accepted; ``None`` when cancelled."""
        return self._selected

    def reject(self) -> None:
        self._selected = None
        super().reject()

    def done(self, result: int) -> None:
        """Closing drops any search still pending: its results have nowhere to go."""
        self._debounce.stop()
        self._accept_when_found = False
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        super().done(result)
