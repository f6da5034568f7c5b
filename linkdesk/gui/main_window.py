"""The main window: navigation, the training banner, the status bar, menus -- and nothing else.

It delegates: each navigation entry shows one area; the NEIS area shows the welcome panel until the
composition root places the wizard with :meth:`MainWindow.set_linking_widget`. Areas of later issues
(VMS, Red Cross, pending review, certificates, access log) are added when they exist, never as
empty screens; an area only some staff may use is hidden with :meth:`MainWindow.set_area_visible`.
The window holds no service: it tells the composition root what staff asked for through signals
(``start_linking_requested``, ``theme_requested``, ``lock_requested``, ``staff_requested``) and shows
who is signed in (:meth:`MainWindow.set_signed_in`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QFrame,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from linkdesk.gui.assets import asset_path
from linkdesk.gui.help_text import about_html, help_html
from linkdesk.gui.preferences import UiPreferences
from linkdesk.gui.status_bar import PartnerStatusBar
from linkdesk.gui.training_banner import TrainingBanner
from linkdesk.gui.welcome import LinkingWelcome
from linkdesk.gui.window_layout import fit_to_screen, restore_layout, save_layout
from linkdesk.gui.widgets.tones import box_style

translate = QCoreApplication.translate

# language setting -> how the menu names it (each language in its own words: not translated)
LANGUAGE_CHOICES = (("ko", "한국어"), ("en", "English"))


def _scrolled(widget: QWidget) -> QScrollArea:
    """An area in a frameless scroll area: no area's minimum size can push the window (and its status
    bar) off a 1366×768 screen or one scaled to 125 %; a too narrow window scrolls instead of clipping."""
    scroll = QScrollArea()
    scroll.setObjectName("AreaScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class MainWindow(QMainWindow):
    """The counter's one window. ``training`` shows the 연습 모드 banner and marks the title."""

    start_linking_requested = Signal()  # Ctrl+N, the menu or the welcome panel's button
    theme_requested = Signal(str)  # "light" / "dark", already stored in the preferences
    lock_requested = Signal()  # Ctrl+L: lock the counter now
    staff_requested = Signal()  # the staff-management dialog (administrators)
    neis_import_requested = Signal()  # 나이스 Open API 자료 가져오기 (school directory, timetables, 학사일정)
    area_built = Signal(str)  # the key of an area built just now (see add_area: built when first needed)

    def __init__(self, *, preferences: UiPreferences, training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._preferences = preferences
        self.training = training
        title = translate("MainWindow", "LinkDesk — volunteer record linking")
        if training:
            title += " — " + translate("MainWindow", "Training mode")
        self.setWindowTitle(title)
        self.setWindowIcon(QIcon(str(asset_path("icons/linkdesk.png"))))
        fit_to_screen(self)  # 1366×768 and up: the status bar stays on screen
        self._layout_staff = ""  # whose window geometry is shown (saved when they leave)

        self.training_banner = TrainingBanner(self) if training else None
        self.welcome = LinkingWelcome()
        self.welcome.start_requested.connect(self._start_linking)
        self._linking_stack = QStackedWidget()
        self._linking_stack.setObjectName("LinkingArea")
        self._linking_stack.addWidget(self.welcome)
        self._linking_widget: QWidget | None = None
        self.linking_notice = QLabel()  # why this linking was started (e.g. for the 1365 consent)
        self.linking_notice.setObjectName("LinkingNotice")
        self.linking_notice.setWordWrap(True)
        self.linking_notice.setStyleSheet(box_style("#LinkingNotice", "info"))
        self._notice_box = QWidget()  # the notice with its margins; hidden, it takes no room
        notice_row = QHBoxLayout(self._notice_box)
        notice_row.setContentsMargins(16, 10, 16, 6)
        notice_row.addWidget(self.linking_notice)
        self._notice_box.hide()
        linking_area = QWidget()
        linking_column = QVBoxLayout(linking_area)
        linking_column.setContentsMargins(0, 0, 0, 0)
        linking_column.setSpacing(0)
        linking_column.addWidget(self._notice_box)
        linking_column.addWidget(self._linking_stack, 1)

        self.navigation = QListWidget()
        self.navigation.setObjectName("Navigation")
        self.navigation.setFixedWidth(190)
        self.navigation.setIconSize(QSize(20, 20))
        self._areas = QStackedWidget()
        self._area_keys: list[str] = []
        self._area_widgets: list[QWidget | None] = []  # None: not built yet
        self._area_builders: dict[str, Callable[[], QWidget]] = {}
        self._add_area(translate("MainWindow", "NEIS record linking"), linking_area)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setCurrentRow(0)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.navigation)
        body.addWidget(self._areas, 1)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if self.training_banner is not None:
            column.addWidget(self.training_banner)
        column.addLayout(body, 1)
        central = QWidget()
        central.setLayout(column)
        self.setCentralWidget(central)

        self.staff_label = QLabel()  # who is signed in
        self.staff_label.setObjectName("SignedInStaff")
        self.staff_label.setStyleSheet("#SignedInStaff { padding: 0 10px; border-right: 1px solid palette(mid); }")
        self.staff_label.hide()
        self.partner_status = PartnerStatusBar()
        self.statusBar().addPermanentWidget(self.staff_label)
        self.statusBar().addPermanentWidget(self.partner_status)
        self._build_menus()
        self.setFocusProxy(self.welcome)

    # -- the slot for the wizard ----------------------------------------------------------------

    def set_linking_widget(self, widget: QWidget | None) -> None:
        """Place the linking wizard in the NEIS area, or ``None`` to show the welcome panel again.

        The window takes ownership; a widget it replaces is deleted, so nothing typed into it (a
        주민등록번호) outlives the linking.
        """
        old = self._linking_widget
        if widget is old:
            return
        if old is not None:
            self._linking_stack.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._linking_widget = widget
        self.setFocusProxy(widget if widget is not None else self.welcome)
        self.show_linking_notice("")
        if widget is None:
            self._linking_stack.setCurrentWidget(self.welcome)
            self.welcome.setFocus()
            return
        self._linking_stack.addWidget(widget)
        self._linking_stack.setCurrentWidget(widget)
        self.navigation.setCurrentRow(0)
        widget.setFocus()

    def linking_widget(self) -> QWidget | None:
        """The wizard placed by :meth:`set_linking_widget`, if any."""
        return self._linking_widget

    def show_linking_notice(self, text: str) -> None:
        """A note above the wizard (hidden when empty); it goes when the wizard is replaced."""
        self.linking_notice.setText(text)
        self._notice_box.setVisible(bool(text))

    # -- who is signed in -----------------------------------------------------------------------

    def set_ready(self, ready: bool) -> None:
        """Before the sign-in the window is greyed out and starts nothing (menus Help and Quit stay)."""
        self.centralWidget().setEnabled(ready)
        for action in (self.action_new_linking, self.action_lock, self.action_neis_import):
            action.setEnabled(ready)
        if ready:
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # the focus proxy: 연계 시작 (or the wizard)

    def set_signed_in(self, text: str, *, admin: bool = False) -> None:
        """Show who is signed in on the status bar; ``admin`` offers the staff-management entry."""
        self.staff_label.setText(text)
        self.staff_label.setVisible(bool(text))
        self.action_staff.setVisible(admin)
        self.action_staff.setEnabled(admin)

    # -- menus and actions ----------------------------------------------------------------------

    def add_area(self, key: str, title: str, widget: QWidget | Callable[[], QWidget],
                 icon: QIcon | None = None) -> None:
        """Add a navigation entry showing ``widget`` (VMS, 적십자, 전송 대기, 확인서 …).

        ``widget`` may be a function that builds it: it is then called the first time the area is
        shown or asked for (:meth:`show_area`, :meth:`area`, the navigation), so the window is ready
        for work without building screens staff may not open today; ``area_built(key)`` follows.
        Areas appear in the order they are added; ``key`` names it for :meth:`show_area`.
        """
        if key in self._area_keys:
            raise ValueError(f"area {key!r} exists already")
        item = QListWidgetItem(icon or QIcon(str(asset_path("icons/linkdesk.png"))), title)
        item.setSizeHint(QSize(0, 40))
        item.setData(Qt.ItemDataRole.UserRole, key)
        built = widget if isinstance(widget, QWidget) else None
        if built is None:
            self._area_builders[key] = widget
        self._areas.addWidget(_scrolled(built if built is not None else QWidget()))
        self._area_widgets.append(built)
        self._area_keys.append(key)
        self.navigation.addItem(item)

    def show_area(self, key: str) -> QWidget:
        """Switch to the area ``key`` and return its widget."""
        index = self._area_keys.index(key)
        self.navigation.setCurrentRow(index)
        return self.area(key)

    def area_keys(self) -> list[str]:
        return list(self._area_keys)

    def area(self, key: str) -> QWidget:
        """The widget of the area ``key`` (without switching to it), built now if it was not yet."""
        index = self._area_keys.index(key)
        widget = self._area_widgets[index]
        if widget is None:
            widget = self._area_builders[key]()
            del self._area_builders[key]
            scroll = self._areas.widget(index)
            assert isinstance(scroll, QScrollArea)
            scroll.setWidget(widget)  # the placeholder goes
            self._area_widgets[index] = widget
            self.area_built.emit(key)
        return widget

    def built_area(self, key: str) -> QWidget | None:
        """The widget of the area ``key`` if it has been built (never builds it)."""
        return self._area_widgets[self._area_keys.index(key)]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._area_keys):
            self.area(self._area_keys[row])  # built before it is shown: its first show has its data
        self._areas.setCurrentIndex(row)

    def set_area_visible(self, key: str, visible: bool) -> None:
        """Show or hide the navigation entry of ``key``; a hidden area on screen gives way to the first."""
        row = self._area_keys.index(key)
        if not visible and self.navigation.currentRow() == row:
            self.navigation.setCurrentRow(0)
        self.navigation.setRowHidden(row, not visible)

    def area_visible(self, key: str) -> bool:
        return not self.navigation.isRowHidden(self._area_keys.index(key))

    def _add_area(self, title: str, widget: QWidget) -> None:
        self.add_area("linking", title, widget)

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(translate("MainWindow", "&File"))
        self.action_new_linking = self._action(translate("MainWindow", "&New linking"), "Ctrl+N", self._start_linking)
        self.action_lock = self._action(translate("MainWindow", "&Lock now"), "Ctrl+L", self.lock_requested.emit)
        self.action_staff = self._action(translate("MainWindow", "&Staff accounts…"), None, self.staff_requested.emit)
        self.action_staff.setVisible(False)  # administrators only: set_signed_in(…, admin=True)
        self.action_staff.setEnabled(False)
        self.action_neis_import = self._action(translate("MainWindow", "Import NEIS Open API &data…"), None,
                                               self.neis_import_requested.emit)
        self.action_quit = self._action(translate("MainWindow", "&Quit"), "Ctrl+Q", self.close)
        file_menu.addAction(self.action_new_linking)
        self.action_class_visit = self._action(translate("MainWindow", "&Class visit"), "Ctrl+Shift+N", lambda: (
            "class_visit" in self._area_keys and self.show_area("class_visit").setFocus()))  # 학급 단위 연계
        file_menu.addAction(self.action_class_visit)
        file_menu.addSeparator()
        file_menu.addAction(self.action_lock)
        file_menu.addAction(self.action_staff)
        file_menu.addAction(self.action_neis_import)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        view_menu = menu_bar.addMenu(translate("MainWindow", "&View"))
        theme_menu = view_menu.addMenu(translate("MainWindow", "&Theme"))
        self.theme_actions = self._choices(
            theme_menu,
            (("light", translate("MainWindow", "Light")), ("dark", translate("MainWindow", "Dark"))),
            self._preferences.get("theme"),
            self._choose_theme,
        )
        language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
        self.language_actions = self._choices(
            language_menu,
            (("", translate("MainWindow", "System language")), *LANGUAGE_CHOICES),
            self._preferences.get("language"),
            self._choose_language,
        )

        help_menu = menu_bar.addMenu(translate("MainWindow", "&Help"))
        self.action_help = self._action(translate("MainWindow", "&Help"), "F1", self.show_help)
        self.action_about = self._action(translate("MainWindow", "&About LinkDesk"), None, self.show_about)
        help_menu.addAction(self.action_help)
        help_menu.addAction(self.action_about)

    def _choices(
        self, menu: QMenu, choices: Iterable[tuple[str, str]], current: str, slot: Callable[[str], None]
    ) -> dict[str, QAction]:
        """Exclusive, checkable menu entries; triggering one calls ``slot(value)``."""
        group = QActionGroup(self)
        group.setExclusive(True)
        actions: dict[str, QAction] = {}
        for value, text in choices:
            action = QAction(text, self, checkable=True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _checked=False, v=value: slot(v))
            group.addAction(action)
            menu.addAction(action)
            actions[value] = action
        return actions

    def _start_linking(self) -> None:
        self.navigation.setCurrentRow(0)
        self.start_linking_requested.emit()

    def _choose_theme(self, name: str) -> None:
        self._preferences.set("theme", name)
        self.theme_requested.emit(name)

    def _choose_language(self, language: str) -> None:
        self._preferences.set("language", language)
        self.statusBar().showMessage(
            translate("MainWindow", "The language changes the next time LinkDesk starts."), 10000
        )

    def show_help(self) -> None:
        """A short, non-blocking help: the steps and the keyboard shortcuts."""
        current = self._area_keys[self.navigation.currentRow()] if self.navigation.currentRow() >= 0 else ""
        self._show_message(translate("MainWindow", "Help"), help_html(current))

    def show_about(self) -> None:
        self._show_message(translate("MainWindow", "About LinkDesk"), about_html())

    def _show_message(self, title: str, html: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, html, QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.activateWindow())  # the focus back where staff were
        box.open()
        self.message_box = box  # the last help/about box (deleted once closed): tests close it

    def use_layout_of(self, staff: str) -> bool:
        """The window as ``staff`` left it (the previous staff member's layout is saved first)."""
        self.save_layout()
        self._layout_staff = staff
        return restore_layout(self, self._preferences.window_layout(staff))

    def save_layout(self) -> None:
        if self._layout_staff:
            self._preferences.set_window_layout(self._layout_staff, save_layout(self))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        if self._linking_widget is not None:  # drop what the wizard holds (주민등록번호) right away
            self.set_linking_widget(None)
        super().closeEvent(event)
