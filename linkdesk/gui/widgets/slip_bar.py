"""연계 결과 안내 (the visitor's slip) for the linking wizard's last page: print preview and PDF.

The slip is built from the flow state on screen (:func:`linkdesk.services.visit_slip.build_slip`,
no I/O) and goes out through the class visit's document output, so the wizard and class mode print
the same page with the same access-log entries (출력, or 다운로드 with its purpose).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from linkdesk.gui.class_visit.output import DocumentOutput
from linkdesk.gui.widgets.tones import box_style
from linkdesk.services.linking_flow import FlowState
from linkdesk.services.visit_slip import SlipDoc, build_slip

translate = QCoreApplication.translate


class SlipBar(QWidget):
    """Two buttons and a line for the outcome; :meth:`set_state` after each render."""

    def __init__(self, core, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SlipBar")
        self.core = core
        self.output = DocumentOutput(core, runner, self)
        self._state: FlowState | None = None
        self.print_button = QPushButton(translate("SlipBar", "Print the student's &slip…"))
        self.print_button.setObjectName("SlipPrint")
        self.pdf_button = QPushButton(translate("SlipBar", "Slip as P&DF…"))
        self.pdf_button.setObjectName("SlipPdf")
        for button, how in ((self.print_button, "preview"), (self.pdf_button, "pdf")):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, h=how: self.output_slip(h))
        self.line = QLabel()
        self.line.setObjectName("SlipLine")
        self.line.setWordWrap(True)
        self.line.hide()
        self.output.done.connect(lambda text: self._say(text, "info"))
        self.output.failed.connect(lambda text: self._say(text, "error"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.line, 1)
        self.set_state(None)

    def set_state(self, state: FlowState | None) -> None:
        self._state = state if state is not None and state.results and state.person is not None else None
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(self._state is not None)

    def slip(self) -> SlipDoc | None:
        state = self._state
        if state is None or state.person is None:
            return None
        return build_slip(self.core, state, state.person.name, state.school.name if state.school else "")

    def output_slip(self, how: str) -> None:
        slip = self.slip()
        if slip is not None:
            self.output.deliver_slip(slip, how)

    def _say(self, text: str, tone: str) -> None:
        self.line.setText(text)
        self.line.setStyleSheet(box_style("#SlipLine", tone))
        self.line.setVisible(bool(text))

    def clear(self) -> None:
        self.set_state(None)
        self._say("", "info")
        if self.output.preview is not None:
            self.output.preview.close()
