"""The gateway status and the loopback-only administration endpoints used by training and tests."""

from __future__ import annotations

from linkdesk.protocol import PROTOCOL_VERSION
from linkdesk.sandbox.clock import iso, parse_iso
from linkdesk.sandbox.faults import OPERATIONS, FaultSpecError, parse_fault
from linkdesk.sandbox.routing import PartnerError, Request, Route, invalid
from linkdesk.sandbox.state import SandboxState


def status(state: SandboxState, req: Request) -> dict:
    return {"version": PROTOCOL_VERSION, "time": iso(state.now()), "training": state.setting("training"),
            "partners": {p: "down" if state.faults.partner_down(p) else "up" for p in OPERATIONS}}


def sandbox_state(state: SandboxState, req: Request) -> dict:
    return {
        "clock": iso(state.now()),
        "neis_submissions": [state.submission_view(s) for s in state.neis_submissions],
        "vms_transfers": [dict(t) for t in state.vms_transfers],
        "consents": [dict(c) for c in state.consents_log],
        "redcross_links": [dict(link) for link in state.redcross_links],
        "requests": dict(sorted(state.requests.items())),
        "faults": state.faults.snapshot(),
    }


def set_clock(state: SandboxState, req: Request) -> dict:
    target, minutes = req.body.get("set"), req.body.get("advance_minutes")
    if (target is None) == (minutes is None):
        raise invalid("set", "give either 'set' (ISO time) or 'advance_minutes'")
    if target is not None:
        try:
            state.clock.set(parse_iso(req.field("set", str)))
        except ValueError:
            raise invalid("set", "'set' must be an ISO time with an offset, e.g. 2026-05-04T10:30:00+09:00") from None
    else:
        state.clock.advance(req.field("advance_minutes", (int, float)))
    return {"clock": iso(state.now())}


def set_faults(state: SandboxState, req: Request) -> dict:
    specs = req.field("faults", list, required=False) or []
    faults = []
    for i, spec in enumerate(specs):
        try:
            faults.append(parse_fault(spec))
        except FaultSpecError as exc:
            raise invalid(f"faults[{i}].{exc.field}".rstrip("."), f"faults[{i}]: {exc}") from None
    state.faults.replace(faults)
    return {"faults": state.faults.snapshot()}


def captcha_answer(state: SandboxState, req: Request) -> dict:
    entry = state.captchas.get(req.params["captcha_id"])
    if entry is None:
        raise PartnerError("not_found", "unknown or used captcha")
    return {"text": entry[0]}


ROUTES = [
    Route("GET", "/v1/status", None, "status", status),
    Route("GET", "/_sandbox/state", None, "state", sandbox_state, admin=True),
    Route("POST", "/_sandbox/clock", None, "clock", set_clock, admin=True),
    Route("POST", "/_sandbox/faults", None, "faults", set_faults, admin=True),
    Route("GET", "/_sandbox/captcha/{captcha_id}", None, "captcha", captcha_answer, admin=True),
]
