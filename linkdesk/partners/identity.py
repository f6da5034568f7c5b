"""The identity service (실명인증): the 보안문자 and the name + 주민등록번호 check.

The 주민등록번호 crosses the wire exactly once, in :meth:`IdentityClient.verify`, inside the body
(never a URL or a log line); the answer's token stands for the person afterwards.
"""

from __future__ import annotations

from linkdesk.domain.rrn import Rrn
from linkdesk.partners.fields import parser
from linkdesk.partners.models import Captcha, Verified
from linkdesk.partners.transport import Call, Transport

PARTNER = "identity"


class IdentityClient:
    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def captcha(self) -> Captcha:
        """A new 보안문자 (each one is used up by one verify, right or wrong).

        Fetching one creates nothing the person would see twice, so it is retried like a read.
        """
        call = Call(PARTNER, "captcha", "POST", "/v1/identity/captcha", body={}, idempotent=True)
        return self._t.call(call, parser(Captcha.from_fields))

    def verify(self, name: str, rrn: Rrn, captcha_id: str | None = None, captcha_text: str | None = None) -> Verified:
        """실명인증. Errors: ``captcha_wrong``, ``captcha_expired``, ``identity_mismatch``, ``not_member``.

        Not retried: a repeated attempt would burn the captcha and could count as a second failure.
        The check digit is not checked here (post-2020 numbers do not match it); ``Rrn`` already
        passed the hard checks.
        """
        body = {
            "name": name.strip(),
            "rrn": rrn.digits(),
            "captcha_id": captcha_id,
            "captcha_text": captcha_text.replace(" ", "") if captcha_text is not None else None,
        }
        # The same person as asked: another person's name or birth date is never trusted.
        expect = {"name": body["name"], "birth_date": rrn.birth_date.isoformat()}
        return self._t.call(Call(PARTNER, "verify", "POST", "/v1/identity/verify", body=body, expect=expect),
                            parser(Verified.from_fields))
