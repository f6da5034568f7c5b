"""The centre's signature on certificates and the verification code printed on them.

Scheme (docs/certificates.md):

* ``digest`` = the first 16 bytes of SHA-256 over the snapshot's canonical bytes
  (:func:`linkdesk.services.certificate_content.canonical`);
* ``signature`` = Ed25519 over ``b"LinkDesk certificate v1\\n" + 발급번호 + b"\\n" + digest``;
* the verification code = the 발급번호 + base32(digest ‖ signature): 80 bytes, 128 characters,
  printed in groups of four (``2026-0000123 ABCD EFGH …``) and put in the QR as
  ``LD1:2026-0000123:ABCD…`` (QR alphanumeric mode: small and robust).

Ed25519 because verification needs only the public key: any LinkDesk holding the centre's public
key can tell a genuine code from a forged one with no network, while only the centre can sign.
The keys live in the key folder, never in the database (:mod:`linkdesk.services.certificate_keys`);
the short code a school types is :mod:`linkdesk.services.certificate_code`.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from linkdesk.services.certificate_content import canonical

MESSAGE_PREFIX = b"LinkDesk certificate v1\n"
DIGEST_BYTES = 16
SIGNATURE_BYTES = 64
CODE_PREFIX = "LD1"
CODE_CHARS = (DIGEST_BYTES + SIGNATURE_BYTES) * 8 // 5  # 128
NUMBER_RE = re.compile(r"^(\d{4})-?(\d{7})")
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})  # not in the base32 alphabet


def content_digest(content: dict) -> bytes:
    return hashlib.sha256(canonical(content)).digest()[:DIGEST_BYTES]


def signed_message(number: str, digest: bytes) -> bytes:
    return MESSAGE_PREFIX + number.encode("ascii") + b"\n" + digest


@dataclass(frozen=True)
class CentreKey:
    public: Ed25519PublicKey
    private: Ed25519PrivateKey | None = None

    @property
    def key_id(self) -> str:
        """A short fingerprint of the public key, stored with each certificate."""
        return hashlib.sha256(self.public_raw()).hexdigest()[:16]

    def public_raw(self) -> bytes:
        return self.public.public_bytes_raw()  # not public_bytes(Raw, Raw): that loads every key format

    def sign(self, number: str, digest: bytes) -> bytes:
        if self.private is None:
            raise RuntimeError("this key can only verify")
        return self.private.sign(signed_message(number, digest))

    def verifies(self, number: str, digest: bytes, signature: bytes) -> bool:
        try:
            self.public.verify(signature, signed_message(number, digest))
        except InvalidSignature:
            return False
        return True

    def __repr__(self) -> str:  # never the private key
        return f"CentreKey({self.key_id})"


class CodeFormatError(ValueError):
    """Text that is not a LinkDesk verification code (wrong length, characters or number)."""


@dataclass(frozen=True)
class VerificationCode:
    number: str
    digest: bytes
    signature: bytes

    @property
    def payload(self) -> str:
        return base64.b32encode(self.digest + self.signature).decode("ascii").rstrip("=")

    def groups(self) -> list[str]:
        p = self.payload
        return [p[i:i + 4] for i in range(0, len(p), 4)]

    def text(self) -> str:
        """The printed, typeable form: ``2026-0000123 ABCD EFGH …``."""
        return " ".join([self.number, *self.groups()])

    def qr_text(self) -> str:
        return f"{CODE_PREFIX}:{self.number}:{self.payload}"

    @classmethod
    def parse(cls, text: str) -> VerificationCode:
        """Read a typed, pasted or scanned code; spaces, punctuation and case do not matter, and
        the digits 0, 1, 8 (never in base32) are read as O, I, B."""
        # Keep only what a code is made of: spaces, stray control characters from a PDF copy, quotes …
        s = re.sub(r"[^A-Z0-9:\-]", "", (text or "").upper())
        s = re.sub(rf"^{CODE_PREFIX}[:\-]?", "", s)
        m = NUMBER_RE.match(s)
        if not m:
            raise CodeFormatError("the code does not start with a 발급번호 (YYYY-NNNNNNN)")
        number = f"{m.group(1)}-{m.group(2)}"
        payload = re.sub(r"[-:]", "", s[m.end():]).translate(_LOOKALIKES)
        if len(payload) != CODE_CHARS or not re.fullmatch(r"[A-Z2-7]+", payload):
            raise CodeFormatError(f"the code needs {CODE_CHARS} letters and digits after the number")
        raw = base64.b32decode(payload)
        return cls(number, raw[:DIGEST_BYTES], raw[DIGEST_BYTES:])
