"""The identity partner (실명인증): captcha images and the name + 주민등록번호 check.

The sandbox's "national registry" is the scenario: a number that belongs to a scenario volunteer is
verified when the name matches (else ``identity_mismatch``); any other well-formed number is taken as
a real person who is not a 1365 member (``not_member``). The check digit is never a gate (DOMAIN.md §7).
A captcha is single-use: any verify attempt that names it uses it up.
"""

from __future__ import annotations

import base64
import secrets
from datetime import timedelta

from linkdesk.domain.rrn import RrnError, needs_guardian, normalize, parse_rrn
from linkdesk.sandbox import captcha
from linkdesk.sandbox.clock import iso
from linkdesk.sandbox.routing import PartnerError, Reply, Request, Route
from linkdesk.sandbox.state import SandboxState


def new_captcha(state: SandboxState, req: Request) -> Reply:
    if not state.setting("identity", "captcha"):
        return Reply(200, {"required": False, "captcha_id": None})
    text = captcha.new_text()
    captcha_id = "C-" + secrets.token_hex(8)
    expires = state.now() + timedelta(minutes=state.setting("identity", "captcha_minutes"))
    state.captchas[captcha_id] = (text, expires)
    image = base64.b64encode(captcha.render_png(text)).decode("ascii")
    return Reply(201, {"required": True, "captcha_id": captcha_id, "image_png": image, "expires_at": iso(expires)})


def _check_captcha(state: SandboxState, req: Request) -> None:
    captcha_id = req.field("captcha_id", str, required=False)
    typed = req.field("captcha_text", str, required=False)
    if captcha_id is None:
        raise PartnerError("captcha_expired", "captcha_id is missing")
    entry = state.captchas.pop(captcha_id, None)  # used up by this attempt, right or wrong
    if entry is None or entry[1] <= state.now():
        raise PartnerError("captcha_expired")
    if typed != entry[0]:
        raise PartnerError("captcha_wrong")


def verify(state: SandboxState, req: Request) -> dict:
    name = req.field("name", str)
    rrn_text = req.field("rrn", str)
    if state.setting("identity", "captcha"):
        _check_captcha(state, req)
    try:
        rrn = parse_rrn(rrn_text, today=state.today())
    except RrnError as exc:  # the message names the check, never the number
        raise PartnerError("invalid_request", exc.message.ko, field="rrn", check=exc.message.code) from None
    vol = state.by_rrn.get(normalize(rrn_text))
    if vol is None:
        raise PartnerError("not_member")
    if "".join(vol.name.split()) != "".join(name.split()):
        raise PartnerError("identity_mismatch")
    token = secrets.token_urlsafe(24)
    expires = state.now() + timedelta(minutes=state.setting("identity", "token_minutes"))
    state.tokens[token] = (vol.id, expires)
    return {"token": token, "expires_at": iso(expires), "volunteer_id": vol.id, "name": vol.name,
            "birth_date": rrn.birth_date.isoformat(), "under_14": needs_guardian(rrn.birth_date, state.today())}


ROUTES = [
    Route("POST", "/v1/identity/captcha", "identity", "captcha", new_captcha),
    Route("POST", "/v1/identity/verify", "identity", "verify", verify),
]
