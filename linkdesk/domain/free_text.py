"""The one check on free text staff type (names, notes, reasons, purposes): no 주민등록번호 in it.

Free text is stored, printed and exported; an RRN typed into it would sit in the database in the
clear. :func:`check_free_text` refuses it before anything is stored, with a Korean message naming
the field. The text is looked at after NFKC normalisation, so full-width digits (１２０３１５…) and
full-width hyphens are caught as well as ASCII ones; a 13-digit number only counts when it is
shaped like an RRN (a real month and day, a gender digit 1–8), so order numbers and phone numbers
pass.
"""

from __future__ import annotations

import re
import unicodedata

from linkdesk.domain.messages import Message

_SHAPED = re.compile(r"(?<!\d)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[\s\-\u2010-\u2015\u2212.·_/]*[1-8]\d{6}(?!\d)")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))  # zero-width, soft hyphen


class FreeTextError(ValueError):
    """Free text holding an RRN-shaped number; ``message`` says which field (a known error)."""

    def __init__(self, field_ko: str, field_en: str) -> None:
        self.message = Message(
            "rrn_in_text",
            f"{field_ko}에 주민등록번호로 보이는 숫자가 있습니다. 주민등록번호는 저장하지 않습니다. 지우고 다시 입력하세요.",
            f"The {field_en} holds what looks like a resident registration number; it is never stored. "
            "Remove it and try again.",
        )
        super().__init__(self.message.en)
        self.code = self.message.code


def plain(text: str) -> str:
    """``text`` as it is compared: NFKC (full-width → ASCII) without invisible characters."""
    return unicodedata.normalize("NFKC", text or "").translate(_INVISIBLE)


def holds_rrn(text: str | None) -> bool:
    return bool(text) and _SHAPED.search(plain(text)) is not None


def check_free_text(text: str | None, field_ko: str, field_en: str) -> str | None:
    """``text`` unchanged, or :class:`FreeTextError` when it holds an RRN-shaped number."""
    if holds_rrn(text):
        raise FreeTextError(field_ko, field_en)
    return text
