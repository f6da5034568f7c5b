"""The texts of the main window's Help and About boxes (kept apart so the window stays small).

They keep the ``MainWindow`` translation context: they are the window's words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from linkdesk import __version__

translate = QCoreApplication.translate


def help_html() -> str:
    """The steps of a linking and the keyboard shortcuts."""
    return translate(
        "MainWindow",
        "<p><b>NEIS record linking</b>: resident number (identity check) ➤ choose the school ➤ "
        "check the student information ➤ choose records ➤ send records.</p>"
        "<p>Keyboard: <b>Ctrl+N</b> new linking, <b>Tab</b> next field, <b>Enter</b> next step, "
        "<b>F1</b> this help, <b>Ctrl+L</b> lock the counter, <b>Ctrl+Q</b> quit.</p>"
        "<p>In training mode nothing is sent to the real institutions.</p>",
    )


def about_html() -> str:
    return translate(
        "MainWindow",
        "<p><b>LinkDesk %1</b><br>Volunteer record linking for volunteer centre counters "
        "(1365, NEIS, VMS, Red Cross).</p><p>Font: Nanum Gothic (SIL Open Font License). "
        "Qt for Python (LGPL).</p>",
    ).replace("%1", __version__)
