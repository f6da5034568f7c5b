"""One value as written into a spreadsheet (CSV or Excel): never a formula, never a 주민등록번호.

A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by Excel
and LibreOffice as a formula (CSV injection, OWASP): such text gets a leading ``'`` so it stays
text. Every text is passed through :func:`linkdesk.domain.rrn.redact`. Used by every export.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from linkdesk.clock import KST
from linkdesk.domain.rrn import redact

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """One value as written: text redacted and formula-safe, dates as text, numbers as numbers."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(KST).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = redact(str(value))
    return "'" + text if text.startswith(FORMULA_START) else text


def text_cell(value: Any) -> str:
    """A cell that is always text (a CSV field): :func:`cell` as a string."""
    return str(cell(value))
