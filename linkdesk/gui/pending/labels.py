"""The words of the pending-review screen for statuses, partners and columns (context ``Pending``).

The service speaks keys (``waiting``, ``neis``, ``activity_date``); the screen shows them in the
GUI's language through these tables, so one translation serves the table, the chips, the filter bar
and the export dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from linkdesk.gui.widgets.tones import MARKS

translate = QCoreApplication.translate

STATUS_WORDS: dict[str, str] = {
    "waiting": QT_TRANSLATE_NOOP("Pending", "Waiting"),
    "failed": QT_TRANSLATE_NOOP("Pending", "Failed, will retry"),
    "sending": QT_TRANSLATE_NOOP("Pending", "Sending"),
    "ambiguous": QT_TRANSLATE_NOOP("Pending", "Being confirmed"),
    "refused": QT_TRANSLATE_NOOP("Pending", "Refused"),
}
STATUS_TONES: dict[str, str] = {"waiting": "muted", "failed": "warning", "sending": "success",
                                "ambiguous": "warning", "refused": "error"}
PARTNER_WORDS: dict[str, str] = {
    "neis": QT_TRANSLATE_NOOP("Pending", "NEIS"),
    "vms": QT_TRANSLATE_NOOP("Pending", "VMS"),
    "redcross": QT_TRANSLATE_NOOP("Pending", "Red Cross"),
    "1365": QT_TRANSLATE_NOOP("Pending", "1365"),
}
# Every exportable column (linkdesk.services.export.EXPORT_COLUMNS) and the table's columns.
COLUMN_WORDS: dict[str, str] = {
    "item_id": QT_TRANSLATE_NOOP("Pending", "No."),
    "partner": QT_TRANSLATE_NOOP("Pending", "Partner"),
    "status": QT_TRANSLATE_NOOP("Pending", "Status"),
    "record_id": QT_TRANSLATE_NOOP("Pending", "Record"),
    "volunteer_id": QT_TRANSLATE_NOOP("Pending", "Volunteer ID"),
    "volunteer_name": QT_TRANSLATE_NOOP("Pending", "Name"),
    "birth_date": QT_TRANSLATE_NOOP("Pending", "Date of birth"),
    "school": QT_TRANSLATE_NOOP("Pending", "School"),
    "grade": QT_TRANSLATE_NOOP("Pending", "Grade"),
    "class_no": QT_TRANSLATE_NOOP("Pending", "Class"),
    "activity_date": QT_TRANSLATE_NOOP("Pending", "Activity date"),
    "organization": QT_TRANSLATE_NOOP("Pending", "Organization"),
    "activity": QT_TRANSLATE_NOOP("Pending", "Activity"),
    "minutes": QT_TRANSLATE_NOOP("Pending", "Minutes"),
    "attempts": QT_TRANSLATE_NOOP("Pending", "Attempts"),
    "queued_at": QT_TRANSLATE_NOOP("Pending", "Queued at"),
    "next_attempt_at": QT_TRANSLATE_NOOP("Pending", "Next attempt"),
    "error_code": QT_TRANSLATE_NOOP("Pending", "Error code"),
    "error_message": QT_TRANSLATE_NOOP("Pending", "Reason"),
}


def status_word(status: str) -> str:
    return translate("Pending", STATUS_WORDS[status]) if status in STATUS_WORDS else status


def status_colour(status: str) -> str:
    return MARKS[STATUS_TONES.get(status, "muted")]


def partner_word(partner: str) -> str:
    return translate("Pending", PARTNER_WORDS[partner]) if partner in PARTNER_WORDS else partner


def column_word(key: str) -> str:
    return translate("Pending", COLUMN_WORDS[key]) if key in COLUMN_WORDS else key
