"""The 주민등록번호 field: front 6 digits – back 7 digits, the back part hidden as it is typed.

The number is the most sensitive thing LinkDesk touches (DOMAIN.md §8), so this widget holds it only
inside its two line edits: :meth:`RrnInput.value` reads them for the caller to hand straight to
``parse_rrn``, :meth:`RrnInput.clear` overwrites them and drops their undo history. The back field
never reaches the clipboard (no copy, cut, paste, drag or context menu), and no digit of the back
part is ever shown, not even in a message. On 13 digits the hard checks of
:mod:`linkdesk.domain.rrn` run and their message appears below the fields: hard errors in red, the
old check-digit warning in amber (numbers issued since October 2020 legitimately fail it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from linkdesk.clock import SystemClock, today as clock_today
from linkdesk.domain.rrn import RrnError, parse_rrn
from linkdesk.gui.widgets.tones import box_style, message_text

translate = QCoreApplication.translate

FRONT_DIGITS = 6
BACK_DIGITS = 7
_CLIPBOARD_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste)


class DigitsEdit(QLineEdit):
    """A digits-only line edit of fixed length. ``secret``: hidden as typed, and no clipboard."""

    backspace_when_empty = Signal()

    def __init__(self, length: int, *, secret: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._secret = secret
        self.setMaxLength(length)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{length}}}"), self))
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # room for the digits or the password bullets (wider), plus the style sheet's padding
        glyphs = max(self.fontMetrics().horizontalAdvance("0"), self.fontMetrics().horizontalAdvance("●"))
        self.setFixedWidth(glyphs * (length + 2) + 40)
        if secret:
            self.setEchoMode(QLineEdit.EchoMode.Password)
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            self.setDragEnabled(False)
            self.setAcceptDrops(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self._secret and any(event.matches(key) for key in _CLIPBOARD_KEYS):
            event.accept()  # the back part never goes to or comes from the clipboard
            return
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspace_when_empty.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def wipe(self) -> None:
        """Overwrite, then empty; ``setText`` also drops the undo history (no Ctrl+Z brings it back)."""
        self.setText("0" * self.maxLength())
        self.setText("")
        self.clear()


class RrnInput(QWidget):
    """주민등록번호 as front (6) and back (7, hidden) fields, with its check message below.

    Signals: ``changed()`` on every edit, ``completed()`` when an edit makes the 13 digits complete.
    ``today`` gives the date for the "birth date in the future" check (the app's clock).
    """

    changed = Signal()
    completed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
        show_notice: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RrnInput")
        self._today = today or (lambda: clock_today(SystemClock()))
        self.front = DigitsEdit(FRONT_DIGITS)
        self.front.setObjectName("RrnFront")
        self.front.setPlaceholderText(translate("RrnInput", "YYMMDD"))
        self.front.setAccessibleName(translate("RrnInput", "Resident registration number, first 6 digits"))
        self.back = DigitsEdit(BACK_DIGITS, secret=True)
        self.back.setObjectName("RrnBack")
        self.back.setAccessibleName(translate("RrnInput", "Resident registration number, last 7 digits"))
        self.front.textEdited.connect(self._front_edited)
        self.back.textEdited.connect(self._back_edited)
        self.back.backspace_when_empty.connect(self._back_to_front)

        self.message = QLabel()
        self.message.setObjectName("RrnMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self._tone = ""
        self._was_complete = False
        self.notice = QLabel(  # parented now: made visible before the layout places it
            translate(
                "RrnInput",
                "The resident registration number you enter is not stored; it is used only for the "
                "identity check and record linking.",
            ),
            self,
        )
        self.notice.setObjectName("RrnNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(show_notice)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.front)
        row.addWidget(QLabel("–"))
        row.addWidget(self.back)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(row)
        column.addWidget(self.message)
        column.addWidget(self.notice)
        self.setFocusProxy(self.front)
        QWidget.setTabOrder(self.front, self.back)

    # -- reading and clearing ---------------------------------------------------------------------

    def value(self) -> str:
        """The 13 digits (fewer while incomplete): hand them to ``parse_rrn`` at once, keep nothing."""
        return self.front.text() + self.back.text()

    def is_complete(self) -> bool:
        return len(self.front.text()) == FRONT_DIGITS and len(self.back.text()) == BACK_DIGITS

    def is_valid(self) -> bool:
        """Complete and passing the hard checks (the check-digit warning does not count)."""
        if not self.is_complete():
            return False
        try:
            parse_rrn(self.value(), self._today())
        except RrnError:
            return False
        return True

    def clear(self) -> None:
        """Cancel or finish: overwrite and empty both fields (undo history too) and drop the message."""
        self.back.wipe()
        self.front.wipe()
        self._was_complete = False
        self.clear_check()

    # -- messages ----------------------------------------------------------------------------------

    def show_check(self, text: str, tone: str = "error") -> None:
        """Show ``text`` below the fields; ``tone`` is ``"error"`` (red) or ``"warning"`` (amber)."""
        if tone not in ("error", "warning"):
            raise ValueError(f"unknown tone {tone!r}")
        self._tone = tone
        self.message.setStyleSheet(box_style("#RrnMessage", tone))
        self.message.setText(text)
        self.message.show()

    def clear_check(self) -> None:
        self._tone = ""
        self.message.clear()
        self.message.hide()

    @property
    def check_tone(self) -> str:
        """``"error"``, ``"warning"`` or ``""`` (no message shown)."""
        return self._tone

    def _check(self) -> None:
        """On 13 digits: the hard checks, then the check-digit warning. Never shows the digits."""
        if not self.is_complete():
            self.clear_check()
            return
        try:
            rrn = parse_rrn(self.value(), self._today())
        except RrnError as exc:
            self.show_check(message_text(exc.message), "error")
            return
        warnings = rrn.warnings()
        if warnings:
            self.show_check(message_text(warnings[0]), "warning")
        else:
            self.clear_check()

    # -- focus moves -------------------------------------------------------------------------------

    def _front_edited(self, text: str) -> None:
        if len(text) == FRONT_DIGITS and self.front.cursorPosition() == FRONT_DIGITS:
            self.back.setFocus(Qt.FocusReason.TabFocusReason)
            self.back.selectAll()
        self._edited()

    def _back_edited(self, _text: str) -> None:
        self._edited()

    def _edited(self) -> None:
        self._check()
        was_complete, self._was_complete = self._was_complete, self.is_complete()
        self.changed.emit()
        if self._was_complete and not was_complete:
            self.completed.emit()

    def _back_to_front(self) -> None:
        self.front.setFocus(Qt.FocusReason.BacktabFocusReason)
        self.front.end(False)
