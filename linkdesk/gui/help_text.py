"""The texts of the main window's Help and About boxes (kept apart so the window stays small).

They keep the ``MainWindow`` translation context: they are the window's words.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from linkdesk import __version__

translate = QCoreApplication.translate


# One section per screen, keyed like the window's areas (and "staff" for the staff dialog).
HELP_SECTIONS: dict[str, str] = {
    "linking": QT_TRANSLATE_NOOP(
        "MainWindow",
        "<p><b>NEIS record linking</b>: resident number (identity check) ➤ choose the school ➤ "
        "check the student information ➤ choose records ➤ send records. Esc, Start again and Ctrl+N "
        "ask before discarding what was entered.</p>"),
    "vms": QT_TRANSLATE_NOOP(
        "MainWindow",
        "<p><b>VMS → 1365</b>: find the member by name and birth date or VMS ID, check the records not "
        "yet in 1365 and send them all at once. A member without the 1365 consent goes to the identity "
        "check first.</p>"),
    "redcross": QT_TRANSLATE_NOOP(
        "MainWindow",
        "<p><b>Red Cross → 1365</b>: look up the member's Red Cross volunteering, record the 1365 linking "
        "consent and link the records; a list shows the consents about to expire.</p>"),
    "pending": QT_TRANSLATE_NOOP(
        "MainWindow",
        "<p><b>Waiting to send</b> (review): every record a partner has not accepted yet, filtered by "
        "status, partner, school, volunteer and period. Resend, cancel or export; the count in the "
        "status bar is this list's total.</p>"),
    "certificates": QT_TRANSLATE_NOOP(
        "MainWindow",
        "<p><b>Certificates</b>: issue a volunteer record certificate, reissue or void one, and verify "
        "the number a school asks about.</p>"),
    "class_visit": QT_TRANSLATE_NOOP(
        "MainWindow",
        "<p><b>Class visit</b>: choose the school (and class) once and load the teacher's class list; "
        "then each student types the resident number and the security characters, the records that "
        "can be sent are ticked, and one key sends and calls the next student. The visit resumes after "
        "a restart; the teacher's sheet lists who is done.</p>"),
    "rejections": QT_TRANSLATE_NOOP(
        "MainWindow",
        "<p><b>Rejected records</b>: records a school rejected, with its reason and what to do (correct "
        "the record at the organisation in 1365 and send again, or ask the school); mark each one "
        "handled.</p>"),
    "dashboard": QT_TRANSLATE_NOOP(
        "MainWindow",
        "<p><b>Dashboard</b>: records and hours linked per day, week or month and per partner, students "
        "served, waiting, failed and rejected sends with their reasons, certificates and expiring "
        "consents, as a chart and as a table; save the month's report as CSV or PDF with its "
        "purpose.</p>"),
    "drift": QT_TRANSLATE_NOOP(
        "MainWindow",
        "<p><b>Drift check</b>: compares what this PC recorded as sent with what NEIS, VMS and the Red "
        "Cross hold now. Nothing changes until you tick differences and apply them.</p>"),
    "staff": QT_TRANSLATE_NOOP(
        "MainWindow",
        "<p><b>Staff accounts</b> (administrators, File menu): one account per person, the role, "
        "unlocking and password resets. Wrong passwords lock an account; the sign-in says how many "
        "tries are left.</p>"),
    "security": QT_TRANSLATE_NOOP(
        "MainWindow",
        "<p><b>Access log</b> (administrators): who viewed, entered, changed, deleted, printed or "
        "downloaded whose data and when; check the chain is intact, see a month's summary and record "
        "the monthly review.</p>"),
}
_KEYS = QT_TRANSLATE_NOOP(
    "MainWindow",
    "<p>Keyboard: <b>Ctrl+N</b> new linking, <b>Tab</b> next field, <b>Enter</b> next step, "
    "<b>Esc</b> leave the linking, <b>F1</b> this help, <b>Ctrl+L</b> lock the counter, "
    "<b>Ctrl+Q</b> quit. A wait over a second can be stopped with Stop waiting.</p>"
    "<p>In training mode nothing is sent to the real institutions.</p>")


def help_html(current: str = "linking") -> str:
    """Every screen's help, the one on screen (``current``, an area key) first; then the keys."""
    order = [current] if current in HELP_SECTIONS else []
    order += [key for key in HELP_SECTIONS if key not in order]
    return "".join(translate("MainWindow", HELP_SECTIONS[key]) for key in order) + translate("MainWindow", _KEYS)


def about_html() -> str:
    return translate(
        "MainWindow",
        "<p><b>LinkDesk %1</b><br>Volunteer record linking for volunteer centre counters "
        "(1365, NEIS, VMS, Red Cross).</p><p>Font: Nanum Gothic (SIL Open Font License). "
        "Qt for Python (LGPL).</p>",
    ).replace("%1", __version__)
