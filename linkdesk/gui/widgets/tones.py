"""Colours for in-place messages and the language of domain messages, shared by the widgets.

Domain rules speak :class:`~linkdesk.domain.messages.Message` (Korean and English). Which one staff
read follows the language the GUI runs in: :func:`linkdesk.gui.i18n.install_translators` sets the
default ``QLocale`` to match, so a widget never needs to be told the language.

qt-material themes through a style sheet, not the palette, so a widget cannot ask which background
it sits on. Messages therefore come as small boxes with their own light background and dark text
(the way the training banner keeps its colours): readable on the light and the dark theme alike.
Marks inside tables use mid-tone colours that read on white and on dark grey.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from linkdesk.domain.hours import format_minutes_en, format_minutes_ko
from linkdesk.domain.messages import Message

# tone -> (background, text, border) of a message box
BOXES: dict[str, tuple[str, str, str]] = {
    "error": ("#fdecea", "#b71c1c", "#e57373"),
    "warning": ("#fff4e5", "#7a4100", "#ffb74d"),
    "success": ("#edf7ed", "#1b5e20", "#81c784"),
    "info": ("#e8f4fd", "#0d3c61", "#64b5f6"),
    "busy": ("#eceff1", "#263238", "#b0bec5"),
}
# tone -> a mark colour inside tables (a symbol and a word always go with it)
MARKS: dict[str, str] = {
    "error": "#e53935",
    "warning": "#fb8c00",
    "success": "#43a047",
    "muted": "#9e9e9e",
}


def box_style(selector: str, tone: str) -> str:
    """A style sheet for ``selector`` (e.g. ``"#RrnMessage"``) as a message box of ``tone``."""
    background, text, border = BOXES[tone]
    return (
        f"{selector} {{ background-color: {background}; color: {text}; border: 1px solid {border};"
        f" border-radius: 4px; padding: 4px 8px; }}"
    )


def ui_language() -> str:
    """``"ko"`` when the GUI runs in Korean, else ``"en"``."""
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def message_text(message: Message) -> str:
    """A domain message in the GUI's language."""
    return message.text(ui_language())


def minutes_text(minutes: int) -> str:
    """``90`` → ``1시간 30분`` (Korean) or ``1 h 30 min`` (English)."""
    return format_minutes_ko(minutes) if ui_language() == "ko" else format_minutes_en(minutes)
