"""Staff passwords: argon2id hashes and the strength rule (개인정보의 안전성 확보조치 기준 제5조).

Only a salted one-way hash is stored (argon2id via ``argon2-cffi``; the salt and the parameters are
part of the hash text). When the parameters change -- a newer LinkDesk raises the memory cost --
:meth:`Passwords.verify` says the stored hash needs a rehash, and sign-in stores a new one, so old
hashes are upgraded the next time each person signs in.

The strength rule follows the usual Korean guidance for password composition: at least 10
characters of two kinds, or at least 8 characters of three kinds (letters, digits, symbols; upper-
and lower-case letters count as two kinds), and not containing the username.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from linkdesk.errors import KnownError

MAX_LENGTH = 256  # a bound on hashing work for absurd input


class WeakPassword(KnownError):
    """A new password that does not meet the composition rule."""


def _kinds(password: str) -> int:
    groups = (
        any(c in string.ascii_lowercase for c in password),
        any(c in string.ascii_uppercase for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
        any(c.isalpha() and c not in string.ascii_letters for c in password),  # 한글 letters
    )
    return sum(groups)


def check_strength(password: str, username: str = "") -> None:
    """Raise :class:`WeakPassword` unless ``password`` may be used for a staff account."""
    kinds = _kinds(password)
    too_weak = not ((len(password) >= 10 and kinds >= 2) or (len(password) >= 8 and kinds >= 3))
    if too_weak or len(password) > MAX_LENGTH:
        raise WeakPassword(
            "비밀번호는 영문·숫자·특수문자 중 2종류 이상으로 10자 이상, 또는 3종류 이상으로 8자 이상이어야 합니다.",
            "A password needs 10 characters of two kinds, or 8 characters of three kinds "
            "(letters, digits, symbols).",
            code="weak_password",
        )
    if username and username.lower() in password.lower():
        raise WeakPassword("비밀번호에 아이디를 넣을 수 없습니다.", "The password must not contain the username.",
                           code="weak_password")


@dataclass(frozen=True)
class Checked:
    ok: bool
    needs_rehash: bool = False


class Passwords:
    """argon2id hashing; ``hasher`` may be given with other parameters (tests use cheap ones)."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self.hasher = hasher or PasswordHasher()
        self._dummy: str | None = None

    def hash(self, password: str) -> str:
        return self.hasher.hash(password)

    def verify(self, stored_hash: str, password: str) -> Checked:
        """Whether ``password`` matches; a wrong password is ``ok=False``, never an exception."""
        if len(password) > MAX_LENGTH:
            return Checked(False)
        try:
            self.hasher.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return Checked(False)
        return Checked(True, self.hasher.check_needs_rehash(stored_hash))

    def waste_time(self, password: str) -> None:
        """Hash work for an unknown username, so the answer time does not reveal which names exist."""
        if self._dummy is None:
            self._dummy = self.hasher.hash("linkdesk-unknown-user")
        self.verify(self._dummy, password)
