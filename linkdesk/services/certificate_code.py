"""The short verification code a school can type: 발급번호 + 8 code characters + 1 check character.

Printed as ``2026-0000123-K7QM-X3PA9`` beside the QR code (which keeps the full signed code).

* **Alphabet**: ``23456789ABCDEFGHJKMNPQRSTUVWXYZ`` — 31 characters, no 0/O, 1/I/L look-alikes;
  typed case and spaces or hyphens do not matter.
* **Code**: 8 characters from SHA-256 over ``b"LinkDesk short code v1\\n" + 발급번호 + b"\\n" +
  the certificate's signature`` (≈ 2^39.6 possibilities), so only the holder of the signing key
  can make one, and it is checked against the ledger entry of its number.
* **Check character**: ``sum(weight_i * value_i) mod 31`` over the 11 digits of the number and the
  8 code characters, weights 1, 2, 3 … (all below 31, a prime), so every single wrong character
  and every swap of two neighbours is caught as a typing error before the ledger is asked.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
BASE = len(ALPHABET)  # 31, prime
CODE_LEN = 8
NUMBER_RE = re.compile(r"^(\d{4})-?(\d{7})$")
_PREFIX = b"LinkDesk short code v1\n"


def code_for(number: str, signature: bytes) -> str:
    """The 8 code characters of a certificate (without the check character)."""
    digest = hashlib.sha256(_PREFIX + number.encode("ascii") + b"\n" + signature).digest()
    value = int.from_bytes(digest[:8], "big") % BASE ** CODE_LEN
    chars = []
    for _ in range(CODE_LEN):
        value, r = divmod(value, BASE)
        chars.append(ALPHABET[r])
    return "".join(reversed(chars))


def check_char(number: str, code: str) -> str:
    values = [int(d) for d in number if d.isdigit()] + [ALPHABET.index(c) for c in code]
    return ALPHABET[sum((i + 1) * v for i, v in enumerate(values)) % BASE]


def short_text(number: str, signature: bytes) -> str:
    """``2026-0000123-K7QM-X3PA9``: what is printed and typed."""
    code = code_for(number, signature)
    return f"{number}-{code[:4]}-{code[4:]}{check_char(number, code)}"


def matches(number: str, code: str, signature: bytes) -> bool:
    return hmac.compare_digest(code_for(number, signature), code)


@dataclass(frozen=True)
class Typed:
    """What was typed: a number alone (``code`` None) or a number with its code."""

    number: str
    code: str | None


class Mistyped(ValueError):
    """Not a 발급번호 or short code, or its check character does not match (a typing error)."""


def parse_short(text: str) -> Typed:
    """Read ``2026-0000123`` or ``2026-0000123-K7QM-X3PA9`` (case, spaces and hyphens are free)."""
    s = re.sub(r"[\s\-_.·]", "", (text or "").upper())
    m = re.fullmatch(r"(\d{4})(\d{7})([A-Z0-9]*)", s)
    if not m:
        raise Mistyped("not a certificate number")
    number, rest = f"{m.group(1)}-{m.group(2)}", m.group(3)
    if not rest:
        return Typed(number, None)
    if len(rest) != CODE_LEN + 1 or any(c not in ALPHABET for c in rest):
        raise Mistyped("the code needs 9 characters from the code alphabet after the number")
    code, check = rest[:CODE_LEN], rest[CODE_LEN]
    if check_char(number, code) != check:
        raise Mistyped("the check character does not match")
    return Typed(number, code)
