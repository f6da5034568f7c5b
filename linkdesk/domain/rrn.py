"""주민등록번호 (resident registration number): parsing, hard checks, the checksum warning, masking.

DOMAIN.md §7. Hard checks: 13 digits, a real birth date, a valid gender/century digit. The old check
digit is only a warning: numbers issued or changed since October 2020 have random digits after the
gender digit, and foreigners' numbers have none. An ``Rrn`` never shows its digits in ``repr`` or
``str``; the full number is only returned by :meth:`Rrn.digits`, for the identity call itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from linkdesk.domain.messages import Message

# gender/century digit -> (century, foreign)
_CENTURY = {
    "9": (1800, False), "0": (1800, False),
    "1": (1900, False), "2": (1900, False),
    "3": (2000, False), "4": (2000, False),
    "5": (1900, True), "6": (1900, True),
    "7": (2000, True), "8": (2000, True),
}
_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)

# Anything shaped like an RRN inside free text: 6 digits, an optional separator, 7 digits, not part
# of a longer run of digits. Used by the log filter and the privacy scans.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212\u200b-\u200d\u2060\ufeff]")  # spaces, hyphens, dashes, zero-width
RRN_PATTERN = re.compile(r"(?<!\d)(\d{6})[\s\-–]?([0-9])(\d{6})(?!\d)")

ERR_FORMAT = Message("rrn_format", "주민등록번호 13자리를 입력하세요.", "Enter the 13 digits of the resident registration number.")
ERR_DATE = Message("rrn_date", "주민등록번호 앞자리의 생년월일이 올바르지 않습니다.", "The birth date in the first six digits is not a real date.")
ERR_GENDER = Message("rrn_gender", "주민등록번호 뒷자리 첫 숫자가 올바르지 않습니다.", "The first digit of the second part is not valid.")
ERR_FUTURE = Message("rrn_future", "생년월일이 오늘 이후입니다. 주민등록번호를 확인하세요.", "The birth date lies in the future; check the number.")
WARN_CHECKSUM = Message(
    "rrn_checksum",
    "입력 오류가 없는지 확인하세요. (2020년 10월 이후 발급된 번호는 검증번호가 맞지 않을 수 있습니다.)",
    "Check the number for typing errors (numbers issued since October 2020 may not match the old check digit).",
)


class RrnError(ValueError):
    """A number that fails a hard check. ``message`` says which check, in Korean and English."""

    def __init__(self, message: Message):
        super().__init__(message.en)
        self.message = message


@dataclass(frozen=True)
class Rrn:
    birth_date: date
    gender_digit: str
    foreign: bool
    _digits: str = field(repr=False, compare=True)

    def digits(self) -> str:
        """The 13 digits, without hyphen: only for the identity partner call."""
        return self._digits

    @property
    def masked(self) -> str:
        return f"{self._digits[:6]}-{self._digits[6]}******"

    @property
    def checksum_ok(self) -> bool | None:
        """True/False for the pre-2020 check digit; None for foreigners' numbers (no check digit)."""
        if self.foreign:
            return None
        return checksum_digit(self._digits) == int(self._digits[12])

    @property
    def male(self) -> bool:
        return self.gender_digit in "13579"

    def warnings(self) -> list[Message]:
        return [WARN_CHECKSUM] if self.checksum_ok is False else []

    def age_on(self, day: date) -> int:
        return full_age(self.birth_date, day)

    def __repr__(self) -> str:  # never the digits
        return f"Rrn({self.masked})"

    __str__ = masked.fget  # type: ignore[assignment]


def checksum_digit(digits: str) -> int:
    total = sum(int(d) * w for d, w in zip(digits[:12], _WEIGHTS))
    return (11 - total % 11) % 10


def normalize(text: str) -> str:
    """Digits only; hyphens and spaces removed. NFKC first: full-width digits and hyphens (typed
    with a Korean IME's full-width mode) become ASCII, so they are checked like ASCII ones."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or ""))


def parse_rrn(text: str, today: date | None = None) -> Rrn:
    """Parse ``YYMMDD-GXXXXXX`` (hyphen optional). Raises :class:`RrnError` on a hard failure."""
    digits = normalize(text)
    if len(digits) != 13 or not (digits.isascii() and digits.isdigit()):  # not "²" or Arabic-Indic digits
        raise RrnError(ERR_FORMAT)
    g = digits[6]
    if g not in _CENTURY:
        raise RrnError(ERR_GENDER)
    century, foreign = _CENTURY[g]
    try:
        born = date(century + int(digits[0:2]), int(digits[2:4]), int(digits[4:6]))
    except ValueError:
        raise RrnError(ERR_DATE) from None
    if today is not None and born > today:
        raise RrnError(ERR_FUTURE)
    return Rrn(birth_date=born, gender_digit=g, foreign=foreign, _digits=digits)


def is_valid(text: str) -> bool:
    try:
        parse_rrn(text)
    except RrnError:
        return False
    return True


def mask_rrn(text: str) -> str:
    """The one masking rule: ``YYMMDD-G******``. Anything that is not 13 digits masks to stars."""
    digits = normalize(text)
    if len(digits) == 13 and digits.isdigit():
        return f"{digits[:6]}-{digits[6]}******"
    return "******-*******"


def redact(text: str) -> str:
    """Replace every RRN-shaped number inside free text with its masked form."""
    return RRN_PATTERN.sub(lambda m: f"{m.group(1)}-{m.group(2)}******", text)


def contains_rrn(text: str, rrn_digits: str) -> bool:
    """True when ``text`` holds ``rrn_digits`` in any usual form (with or without a separator)."""
    d = normalize(rrn_digits)
    forms = {d, f"{d[:6]}-{d[6:]}", f"{d[:6]} {d[6:]}"}
    return any(f in text for f in forms)


def full_age(born: date, day: date) -> int:
    """만 나이 on ``day``."""
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def needs_guardian(born: date, day: date) -> bool:
    """만 14세 미만: consent must come from a legal guardian (개인정보 보호법 제22조의2)."""
    return full_age(born, day) < 14
