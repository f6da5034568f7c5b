"""The NEIS linking wizard: the step header, the five pages, and Back / Next / 처음으로 / 취소.

The flow itself is the session's (:mod:`linkdesk.services.linking_flow`): this widget only shows the
current :class:`FlowState` and forwards staff's actions. Next is enabled when the state can advance
and no task runs; Back restores the exact earlier state (the flow keeps the history; pages re-render
from it). Every session call that does I/O runs through the one :class:`TaskRunner` via
:meth:`LinkingWizard.run`, which counts the wizard's own tasks as its busy state (the status poller
shares the runner but not this busy flag).

취소, 마침 and :meth:`drop_personal_data` (the idle lock) end the linking: the wizard's tasks are
cancelled, the session is reset and replaced by a fresh one, every page forgets what it showed, and
``closed`` tells the window to show the welcome panel. A task still running in a worker keeps the
old session until it returns; that session is reset again when the worker settles.

No key press loses a visitor: 처음으로, 취소, Esc (and Ctrl+N, through the desk) ask first when
something was entered (:mod:`~linkdesk.gui.wizard.leave_confirm`); a button that disables itself
while busy never hands the focus to 처음으로 / 취소 (:meth:`LinkingWizard._keep_focus_safe`); a wait
over a second can be stopped without losing the visitor (:meth:`LinkingWizard.stop_waiting`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from linkdesk.gui.tasks import TaskHandle, TaskRunner
from linkdesk.gui.wizard.task_tracker import WizardTasks
from linkdesk.gui.wizard.identity_page import IdentityPage
from linkdesk.gui.wizard.leave_confirm import ask_to_leave
from linkdesk.gui.wizard.page_base import WizardPage
from linkdesk.gui.wizard.school_page import SchoolPage
from linkdesk.gui.wizard.select_page import SelectPage
from linkdesk.gui.wizard.send_page import SendPage
from linkdesk.gui.wizard.step_header import StepHeader
from linkdesk.gui.wizard.student_page import StudentPage
from linkdesk.services.core import Core
from linkdesk.services.linking import LinkingSession
from linkdesk.services.linking_flow import STEPS, Step

translate = QCoreApplication.translate


class LinkingWizard(QWidget):
    """One visitor's NEIS linking. ``closed()`` when cancelled or finished; ``busy_changed()``."""

    closed = Signal()
    busy_changed = Signal()  # read ``busy``

    def __init__(self, core: Core, runner: TaskRunner, *, staff: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LinkingWizard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.core = core
        self.runner = runner
        self._staff = staff
        self._session = LinkingSession(core, staff=staff)
        self.tasks = WizardTasks(runner, self)
        self.tasks.busy_changed.connect(self._busy_update)
        self.tasks.late_settled.connect(self._render)
        self._sending = False  # the send page shows while a send runs (the flow is still at 실적선택)
        self._shown: Step | None = None
        self.leave_box: QMessageBox | None = None  # "discard the entered data?" while it is open

        self.header = StepHeader()
        self.identity = IdentityPage(self)
        self.school = SchoolPage(self)
        self.student = StudentPage(self)
        self.select = SelectPage(self)
        self.send_page = SendPage(self)
        self.pages: dict[Step, WizardPage] = dict(zip(STEPS, (self.identity, self.school, self.student,
                                                               self.select, self.send_page), strict=True))
        self.stack = QStackedWidget()
        for page in self.pages.values():
            page.changed.connect(self._render)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
        self.student.school_again_requested.connect(self.back)
        self.student.verify_again_requested.connect(self.verify_again)
        self.send_page.send_started.connect(self._send_started)
        self.send_page.send_settled.connect(self._send_settled)

        self.back_button = self._button("WizardBack", translate("LinkingWizard", "&Back"), self.back)
        self.next_button = self._button("WizardNext", translate("LinkingWizard", "&Next"), self.next)
        self.restart_button = self._button("WizardRestart", translate("LinkingWizard", "Start a&gain"),
                                           self.request_restart)
        self.cancel_button = self._button("WizardCancel", translate("LinkingWizard", "&Cancel"),
                                          self.request_cancel)
        footer = QHBoxLayout()
        footer.setContentsMargins(16, 8, 16, 12)
        footer.setSpacing(10)
        footer.addWidget(self.restart_button)
        footer.addWidget(self.cancel_button)
        footer.addStretch(1)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.stack, 1)
        column.addWidget(line)
        column.addLayout(footer)
        for first, second in ((self.back_button, self.next_button), (self.next_button, self.restart_button),
                              (self.restart_button, self.cancel_button)):
            QWidget.setTabOrder(first, second)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._enter_pressed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.request_cancel)

        self._render()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the host of the pages ------------------------------------------------------------------

    @property
    def session(self) -> LinkingSession:
        return self._session

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def run(self, func: Callable[[], Any], *, on_success: Callable[[Any], None],
            on_error: Callable[[BaseException], None], name: str) -> TaskHandle:
        """Run a page's task through the one runner, counted as the wizard's busy state."""
        return self.tasks.run(func, on_success=on_success, on_error=on_error, name=name, session=self._session)

    def stop_waiting(self, handle: TaskHandle) -> None:
        """취소 on a long wait: the wizard is idle again, the visitor kept (see WizardTasks)."""
        self.tasks.stop_waiting(handle)

    def focus_next(self) -> None:
        """Put the focus on Next (a page whose work is done)."""
        self.next_button.setFocus()

    def _busy_update(self) -> None:
        self._render()
        self.busy_changed.emit()

    # -- navigation ------------------------------------------------------------------------------

    def next(self) -> None:
        if self.busy or not self.next_button.isEnabled():
            return
        state = self._session.state
        if state.step is Step.SEND:
            self.finish()
        elif state.step is Step.SELECT:
            self.send_page.confirm(state)
        elif state.can_advance:
            self._session.next()
            self._render()

    def back(self) -> None:
        if self.busy:
            return
        if self._sending and self._session.state.step is Step.SELECT:
            self._sending = False  # a send that failed before anything was queued: choose again
        elif self._session.flow.can_go_back:
            self._session.back()
        self._render()

    def verify_again(self) -> None:
        """The identity token expired: back to 본인 확인 for a new 실명인증 (the flow's own Back)."""
        if self.busy:
            return
        while self._session.state.step is not Step.IDENTITY and self._session.flow.can_go_back:
            self._session.back()
        self.identity.require_reverify()
        self._shown = None  # enter the page again: a new 보안문자
        self._render()

    def has_entered_data(self) -> bool:
        """Would leaving lose something of this visitor? (Nothing once the send has answered.)"""
        state = self._session.state
        if state.step is Step.SEND:
            return False
        identity = self.identity
        return (state.person is not None or bool(identity.name.text().strip())
                or bool(identity.rrn.value()) or bool(identity.captcha.answer()))

    def request_restart(self) -> None:
        """처음으로 as staff press it: asks first when something was entered."""
        self._leave(self.restart, restart=True)

    def request_cancel(self) -> None:
        """취소 and Esc: asks first when something was entered."""
        self._leave(self.cancel, restart=False)

    def _leave(self, action: Callable[[], None], *, restart: bool) -> None:
        if self.leave_box is not None:
            return  # already asking
        if not self.has_entered_data():
            action()
            return

        def answered(then: Callable[[], None]) -> None:
            self.leave_box = None
            then()

        self.leave_box = ask_to_leave(self, restart=restart, on_leave=lambda: answered(action),
                                      on_stay=lambda: answered(self.refocus))

    def refocus(self) -> None:
        """After a box or popup closed: the window active again, the focus where staff work on this step."""
        if self.isVisible():
            self.activateWindow()  # not every window manager hands the activation back to the parent
            self.current_page().focus_first()

    def restart(self) -> None:
        """처음으로: forget this visitor and start a new linking in the same wizard."""
        self._abandon()
        self._render()

    def cancel(self) -> None:
        self._abandon()
        self.closed.emit()

    def finish(self) -> None:
        self._abandon()
        self.closed.emit()

    def drop_personal_data(self) -> None:
        """The idle lock: everything about the visitor goes, as with 취소."""
        self.cancel()

    def _abandon(self) -> None:
        """Cancel the wizard's tasks, reset the session and start a fresh one, clear every page."""
        old = self._session
        self._session = LinkingSession(self.core, staff=self._staff)
        self._sending = False
        self._shown = None
        with QSignalBlocker(self.tasks):  # no re-render (and no new 보안문자) while tearing down
            self.tasks.abandon(old)
        old.reset()
        for page in self.pages.values():
            page.clear()
        self.busy_changed.emit()

    def _send_started(self) -> None:
        self._sending = True
        self._render()

    def _send_settled(self, ok: bool) -> None:
        if ok:
            self._sending = False
        self._render()

    # -- showing ---------------------------------------------------------------------------------

    def current_step(self) -> Step:
        """The step whose page is shown (실적전송 while a send runs, before the flow moves there)."""
        state = self._session.state
        return Step.SEND if self._sending and state.step is Step.SELECT else state.step

    def current_page(self) -> WizardPage:
        return self.pages[self.current_step()]

    def _render(self) -> None:
        state = self._session.state
        step = self.current_step()
        entered = step is not self._shown
        if entered:
            self._shown = step
            self.stack.setCurrentIndex(STEPS.index(step))
            self.header.show_step(step)
        page = self.pages[step]
        before = QApplication.focusWidget()
        page.render(state)
        self._update_buttons()
        if entered:
            page.enter(state)
            if self.isVisible():
                page.focus_first()
        self._keep_focus_safe(before)

    def _keep_focus_safe(self, before: QWidget | None) -> None:
        """A widget that disables itself must not hand the focus to the next one in the chain.

        Qt moves the focus of a widget being disabled to the next in the tab chain -- after 학생정보
        확인 that was 처음으로, and the next Enter dropped the student. While busy the focus waits on
        the page itself (Enter does nothing there); once idle it goes where the step starts.
        """
        if before is None or not self.isAncestorOf(before) or not self.isVisible():
            return
        page = self.current_page()
        if before is page and not self.busy:  # parked while busy: back to work
            page.focus_first()
            return
        now = QApplication.focusWidget()
        lost = not before.isEnabled() or not before.isVisible()
        drifted = now in (self.restart_button, self.cancel_button) and now is not before
        if not (lost or drifted):
            return
        if self.busy:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            page.focus_first()
            if QApplication.focusWidget() in (self.restart_button, self.cancel_button, None):
                page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        state, busy = self._session.state, self.busy
        sending_view = self._sending and state.step is Step.SELECT
        self.back_button.setEnabled(not busy and (sending_view or self._session.flow.can_go_back))
        if state.step is Step.SEND:
            self.next_button.setText(translate("LinkingWizard", "Fi&nish"))
            self.next_button.setEnabled(not busy)
        elif state.step is Step.SELECT:
            self.next_button.setText(translate("LinkingWizard", "Se&nd…"))
            self.next_button.setEnabled(not busy and not sending_view and state.can_advance)
        else:
            self.next_button.setText(translate("LinkingWizard", "&Next"))
            self.next_button.setEnabled(not busy and state.can_advance)

    def _enter_pressed(self) -> None:
        """Enter: a focused push button is clicked; otherwise the page's main action, else Next."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            if focused.isEnabled():
                focused.click()
            return
        if self.busy or self.leave_box is not None:
            return
        if not self.current_page().main_action():
            self.next()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.current_page().focus_first()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().showEvent(event)
        self.current_page().focus_first()
