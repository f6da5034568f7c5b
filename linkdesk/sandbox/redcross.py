"""대한적십자사: member lookup, 적십자 활동 연결, 1365 연계 동의 with expiry, expiring consents, RCY.

A member's activities are the volunteer's records with source ``redcross``. They start linked when
the scenario gives the volunteer a Red Cross consent (``consents.redcross``), else unlinked until
``link``. A member with ``linkable: false`` needs an information check (``redcross_not_linked``); two
affiliations refuse lookup and linking. Linked activities reach 1365 while the consent is valid
(``consent_valid_years``); ``consent`` renews it.
"""

from __future__ import annotations

from datetime import timedelta

from linkdesk.domain.korean import matches
from linkdesk.sandbox.clock import iso, parse_iso
from linkdesk.sandbox.routing import PartnerError, Request, Route, invalid
from linkdesk.sandbox.state import SandboxState, Volunteer


def _member(state: SandboxState, member_id: str) -> Volunteer:
    vol = state.by_member.get(member_id)
    if vol is None:
        raise PartnerError("member_not_found", member_id=member_id)
    return vol


def _single_affiliation(vol: Volunteer) -> None:
    if len(vol.redcross["affiliations"]) > 1:
        raise PartnerError("redcross_two_affiliations", member_id=vol.redcross["member_id"],
                           affiliations=vol.redcross["affiliations"])


def _summary(vol: Volunteer) -> dict:
    rc = vol.redcross
    return {"member_id": rc["member_id"], "name": vol.name, "region": rc["region"], "joined": rc["joined"]}


def members(state: SandboxState, req: Request) -> dict:
    q = req.query
    if q.get("volunteer_id"):
        vol = state.volunteers.get(q["volunteer_id"])
        if vol is None or vol.redcross is None:
            raise PartnerError("member_not_found")
        found = [vol]
    elif q.get("name") and q.get("birth_date"):
        born = req.q_date("birth_date")
        named = [v for v in state.by_member.values() if v.name == q["name"].strip()]
        if not named:
            raise PartnerError("member_not_found")
        found = [v for v in named if v.birth_date == born]
        if not found:
            raise PartnerError("redcross_info_mismatch")
    else:
        raise invalid("volunteer_id", "give volunteer_id, or name and birth_date")
    for vol in found:
        _single_affiliation(vol)
    return {"items": [_summary(v) for v in found]}


def _activity(state: SandboxState, rec: dict) -> dict:
    view = {k: rec[k] for k in ("id", "date", "organization", "activity", "start", "end", "minutes")}
    view["linked"] = rec["id"] in state.rc_linked
    return view


def member(state: SandboxState, req: Request) -> dict:
    vol = _member(state, req.params["member_id"])
    rc = vol.redcross
    activities = [_activity(state, r) for r in state.source_records(vol, "redcross")]
    months = 0
    if rc["joined"]:
        joined, today = parse_iso(f"{rc['joined']}T00:00:00+09:00").date(), state.today()
        months = max(0, (today.year - joined.year) * 12 + today.month - joined.month - (today.day < joined.day))
    return {**_summary(vol), "affiliations": rc["affiliations"],
            "summary": {"years": months // 12, "months": months % 12, "count": len(activities),
                        "minutes": sum(a["minutes"] for a in activities)},
            "activities": activities, "consent_1365": state.rc_consent(rc["member_id"])}


def link(state: SandboxState, req: Request) -> dict:
    vol = _member(state, req.params["member_id"])
    ids = req.field("activity_ids", list)
    if not ids or not all(isinstance(i, str) for i in ids):
        raise invalid("activity_ids", "activity_ids must be a non-empty list of activity ids")
    _single_affiliation(vol)
    if not vol.redcross["linkable"]:
        raise PartnerError("redcross_not_linked")
    own = {r["id"] for r in state.source_records(vol, "redcross")}
    for activity_id in ids:
        if activity_id not in own:
            raise PartnerError("record_not_found", record_id=activity_id)
    now = state.now()
    for activity_id in ids:
        state.rc_linked.setdefault(activity_id, now)
    state.redcross_links.append({"member_id": vol.redcross["member_id"], "volunteer_id": vol.id, "activity_ids": list(ids),
                                 "at": iso(now), "idempotency_key": req.header("Idempotency-Key")})
    return {"linked": list(ids), "replayed": False}


def consent(state: SandboxState, req: Request) -> dict:
    vol = _member(state, req.params["member_id"])
    now = state.now()
    member_id = vol.redcross["member_id"]
    state.rc_consents.setdefault(member_id, []).append(now)
    vol.consents["redcross"] = now
    state.consents_log.append({"partner": "redcross", "volunteer_id": vol.id, "at": iso(now), "guardian": None,
                               "idempotency_key": req.header("Idempotency-Key")})
    info = state.rc_consent(member_id)
    return {"agreed_at": info["agreed_at"], "expires_at": info["expires_at"],
            "message": f"{now:%Y-%m-%d %H:%M}에 1365 연계에 동의하셨습니다.", "replayed": False}


def expiring(state: SandboxState, req: Request) -> dict:
    days = req.q_int("within_days", 30, 0, 3650)
    now = state.now()
    items = []
    for member_id, vol in state.by_member.items():
        info = state.rc_consent(member_id)
        if info and now <= parse_iso(info["expires_at"]) <= now + timedelta(days=days):
            items.append({"member_id": member_id, "volunteer_id": vol.id, "name": vol.name, "expires_at": info["expires_at"]})
    return {"items": sorted(items, key=lambda i: (i["expires_at"], i["member_id"]))}


def rcy(state: SandboxState, req: Request) -> dict:
    q, region, school = (req.query.get(k, "").strip() for k in ("q", "region", "school"))
    return {"items": [dict(r) for r in state.rcy
                      if (not q or matches(q, r["name"])) and region in r["region"] and school in r["school"]]}


ROUTES = [
    Route("GET", "/v1/redcross/members", "redcross", "members", members),
    Route("GET", "/v1/redcross/members/{member_id}", "redcross", "member", member),
    Route("POST", "/v1/redcross/members/{member_id}/link", "redcross", "link", link, idempotency="required"),
    Route("POST", "/v1/redcross/members/{member_id}/consent", "redcross", "consent", consent, idempotency="required"),
    Route("GET", "/v1/redcross/consents/expiring", "redcross", "expiring", expiring),
    Route("GET", "/v1/redcross/rcy", "redcross", "rcy", rcy),
]
