"""The two kinds of error: *known* ones staff can act on, and everything else (a bug).

A known error carries a Korean and an English message that say what happened and what to do next;
the GUI shows it in place, the CLI prints it. Anything that is not known is a bug: it goes to the
one crash handler, which shows a redacted report and ends the program rather than running on in an
undefined state (STYLE.md, "Errors in two kinds").

The partner layer's :class:`linkdesk.partners.errors.PartnerError` is known, and so is any exception
shaped like it (an ``.info`` with ``.ko``), a domain validation error holding a
:class:`linkdesk.domain.messages.Message` in ``.message`` (for example ``RrnError``), and a database
error — a ``StoreError`` or a driver's "locked", disk I/O, permission or unreachable-server error —
as code ``database`` (:func:`linkdesk.store.errors.database_error`). This module is
Qt-free and imports no partner code, so every layer may use it.
"""

from __future__ import annotations

import sys

from linkdesk.domain.messages import Message
from linkdesk.domain.rrn import redact


class KnownError(Exception):
    """An error whose cause lies outside the program (input, partner, network, configuration).

    ``message_ko`` / ``message_en`` are shown to staff as they are, so they must never hold a
    주민등록번호: both are passed through :func:`~linkdesk.domain.rrn.redact` defensively.
    """

    def __init__(self, message_ko: str, message_en: str | None = None, *, code: str = "known") -> None:
        self.message_ko = redact(message_ko)
        self.message_en = redact(message_en) if message_en else self.message_ko
        self.code = code
        super().__init__(self.message_en)

    def message(self, language: str = "ko") -> str:
        return self.message_en if language.startswith("en") else self.message_ko


def _partner_error_type() -> type | None:
    """``PartnerError`` if its module is loaded; when it is not, no such instance can exist."""
    module = sys.modules.get("linkdesk.partners.errors")
    return getattr(module, "PartnerError", None) if module is not None else None


def _text(value: object) -> str:
    """``message_ko`` may be a plain attribute or a method (``PartnerError.message_ko()``)."""
    return str(value() if callable(value) else value)


def known_message(exc: BaseException) -> Message | None:
    """The staff-facing message of a known error, or ``None`` when ``exc`` is a bug."""
    if isinstance(exc, KnownError):
        return Message(exc.code, exc.message_ko, exc.message_en)
    partner_error = _partner_error_type()
    if (partner_error is not None and isinstance(exc, partner_error)) or _looks_like_partner_error(exc):
        ko = getattr(exc, "message_ko", None)
        en = getattr(exc, "message_en", None)
        info = exc.info  # type: ignore[attr-defined]
        return Message(
            str(getattr(exc, "code", getattr(info, "code", "partner"))),
            redact(_text(ko) if ko is not None else str(info.ko)),
            redact(_text(en) if en is not None else str(getattr(info, "en", info.ko))),
        )
    message = getattr(exc, "message", None)
    if isinstance(message, Message):
        return Message(message.code, redact(message.ko), redact(message.en))
    return _database_message(exc)


def _database_message(exc: BaseException) -> Message | None:
    """A database error (``StoreError``, or a driver's locked / disk I/O / permission error) as
    ``database``; the store's module is only consulted once something loaded it."""
    store_errors = sys.modules.get("linkdesk.store.errors")
    found = store_errors.database_error(exc) if store_errors is not None else None
    return Message("database", redact(found.ko), redact(found.en)) if found is not None else None


def _looks_like_partner_error(exc: BaseException) -> bool:
    info = getattr(exc, "info", None)
    return info is not None and isinstance(getattr(info, "ko", None), str)


def is_known(exc: BaseException) -> bool:
    """True for errors staff can act on; False for bugs."""
    return known_message(exc) is not None
