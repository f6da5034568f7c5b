"""Answers of the identity service (실명인증): the captcha and the verified person."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from datetime import date, datetime

from linkdesk.partners.fields import Fields, SchemaError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Captcha:
    """A 보안문자 to show. With the captcha switched off (tests, batch), ``required`` is False."""

    required: bool
    captcha_id: str | None
    png: bytes = field(default=b"", repr=False)
    expires_at: datetime | None = None

    @classmethod
    def from_fields(cls, f: Fields) -> Captcha:
        if not f.flag("required"):
            return cls(required=False, captcha_id=None)
        encoded = f.text("image_png")
        try:
            png = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise SchemaError(f"{f.path}.image_png", "not base64") from None
        if not png.startswith(PNG_SIGNATURE):
            raise SchemaError(f"{f.path}.image_png", "not a PNG image")
        return cls(required=True, captcha_id=f.text("captcha_id"), png=png, expires_at=f.moment("expires_at"))


@dataclass(frozen=True)
class Verified:
    """A person the identity service confirmed. ``token`` stands for them for a short time.

    The token is a credential: it never appears in ``repr`` (nor does any 주민등록번호, which
    this object does not hold at all).
    """

    token: str = field(repr=False)
    expires_at: datetime
    volunteer_id: str
    name: str
    birth_date: date
    under_14: bool

    @classmethod
    def from_fields(cls, f: Fields) -> Verified:
        return cls(token=f.text("token"), expires_at=f.moment("expires_at"), volunteer_id=f.text("volunteer_id"),
                   name=f.text("name"), birth_date=f.day("birth_date"), under_14=f.flag("under_14"))
