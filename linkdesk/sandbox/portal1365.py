"""1365 자원봉사포털: the volunteer, the 정보제공 동의 (with a guardian under 14) and the records.

The records list holds the person's 1365 records plus VMS and Red Cross records that have arrived
and are visible now (see :meth:`SandboxState.visible_in_1365`), each with its NEIS link status.
"""

from __future__ import annotations

from linkdesk.domain.rrn import needs_guardian
from linkdesk.sandbox.clock import iso
from linkdesk.sandbox.routing import PartnerError, Request, Route, invalid, paged
from linkdesk.sandbox.scenario import SOURCES
from linkdesk.sandbox.state import SandboxState, Volunteer

_RECORD_KEYS = ("id", "source", "date", "seq", "organization", "category", "activity", "start", "end", "minutes", "nature")


def volunteer(state: SandboxState, req: Request) -> dict:
    vol = state.volunteer(req.params["volunteer_id"])
    return {"volunteer_id": vol.id, "name": vol.name, "birth_date": vol.birth_date.isoformat(), "center": vol.center,
            "vms_id": vol.vms_id, "redcross_member_id": vol.redcross["member_id"] if vol.redcross else None,
            "consents": {k: iso(v) for k, v in vol.consents.items()}}


def _guardian(req: Request) -> dict | None:
    raw = req.field("guardian", dict, required=False)
    if raw is None:
        return None
    for key in ("name", "relationship"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise invalid(f"guardian.{key}", f"guardian.{key} is required")
    if raw.get("identity_checked") is not True:
        raise invalid("guardian.identity_checked", "staff must confirm the guardian's identity (identity_checked: true)")
    return {"name": raw["name"], "relationship": raw["relationship"], "identity_checked": True}


def _last_guardian(state: SandboxState, vol: Volunteer) -> dict | None:
    entries = [e for e in state.consents_log if e["partner"] == "1365" and e["volunteer_id"] == vol.id]
    return entries[-1]["guardian"] if entries else None


def consent(state: SandboxState, req: Request) -> dict:
    vol = state.volunteer(req.params["volunteer_id"])
    token_holder = state.volunteer_for_token(req.field("token", str))
    if token_holder is not vol:
        raise invalid("token", "the token was issued for another person")
    guardian = _guardian(req)
    if vol.consents["1365"] is not None:  # idempotent: the consent stands as first given
        return {"consented_at": iso(vol.consents["1365"]), "guardian": _last_guardian(state, vol)}
    if guardian is None and needs_guardian(vol.birth_date, state.today()):
        raise PartnerError("guardian_required")
    now = state.now()
    vol.consents["1365"] = now
    state.consents_log.append({"partner": "1365", "volunteer_id": vol.id, "at": iso(now), "guardian": guardian})
    return {"consented_at": iso(now), "guardian": guardian}


def record_view(state: SandboxState, rec: dict) -> dict:
    view = {k: rec[k] for k in _RECORD_KEYS}
    view["source_id"] = rec["id"]
    sub = state.submission_for_record(rec["id"])
    if sub is None:
        view["neis"] = None
    else:
        s = state.submission_view(sub)
        view["neis"] = {k: s[k] for k in ("status", "sent_at", "decided_at", "reason", "idempotency_key")}
    return view


def records(state: SandboxState, req: Request) -> dict:
    vol = state.volunteer(req.params["volunteer_id"])
    source = req.query.get("source")
    if source and source not in SOURCES:
        raise invalid("source", f"source must be one of {', '.join(SOURCES)}")
    items = [record_view(state, r) for r in state.records_1365(vol) if not source or r["source"] == source]
    return paged(req, items)


ROUTES = [
    Route("GET", "/v1/1365/volunteers/{volunteer_id}", "1365", "volunteer", volunteer),
    Route("PUT", "/v1/1365/volunteers/{volunteer_id}/consent", "1365", "consent", consent, idempotency="optional"),
    Route("GET", "/v1/1365/volunteers/{volunteer_id}/records", "1365", "records", records),
]
