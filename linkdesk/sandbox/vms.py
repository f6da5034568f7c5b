"""VMS (사회복지자원봉사인증관리): member lookup, 1365연계 결과조회 and 봉사실적 일괄전송.

A transfer sends every VMS record of the member not yet sent; it needs the 1365 consent and the VMS
consent (both sides, DOMAIN.md §2); at most one transfer per ``send_interval_minutes`` per member
(``rate_limited`` with ``retry_at`` and ``Retry-After``); the records become visible in 1365
``visibility_delay_hours`` after the send.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from linkdesk.sandbox.clock import iso, parse_iso
from linkdesk.sandbox.routing import PartnerError, Reply, Request, Route, invalid, paged
from linkdesk.sandbox.state import SandboxState, Volunteer

_RECORD_KEYS = ("id", "date", "seq", "organization", "activity", "start", "end", "minutes")


def _member(state: SandboxState, vms_id: str) -> Volunteer:
    vol = state.by_vms.get(vms_id)
    if vol is None:
        raise PartnerError("member_not_found", vms_id=vms_id)
    return vol


def _summary(vol: Volunteer) -> dict:
    return {"vms_id": vol.vms_id, "volunteer_id": vol.id, "name": vol.name, "birth_date": vol.birth_date.isoformat()}


def members(state: SandboxState, req: Request) -> dict:
    q = req.query
    if q.get("vms_id"):
        found = [state.by_vms[q["vms_id"]]] if q["vms_id"] in state.by_vms else []
    elif q.get("volunteer_id"):
        found = [v for v in state.by_vms.values() if v.id == q["volunteer_id"]]
    elif q.get("name") and q.get("birth_date"):
        born = req.q_date("birth_date")
        found = [v for v in state.by_vms.values() if v.name == q["name"].strip() and v.birth_date == born]
    else:
        raise invalid("vms_id", "give vms_id, volunteer_id, or name and birth_date")
    return {"items": [_summary(v) for v in found]}


def _next_send_at(state: SandboxState, vol: Volunteer) -> datetime | None:
    last = _last_transfer(state, vol)
    if last is None:
        return None
    allowed = parse_iso(last["sent_at"]) + timedelta(minutes=state.setting("partners", "vms", "send_interval_minutes"))
    return allowed if allowed > state.now() else None


def _last_transfer(state: SandboxState, vol: Volunteer) -> dict | None:
    return next((t for t in reversed(state.vms_transfers) if t["vms_id"] == vol.vms_id), None)


def records(state: SandboxState, req: Request) -> dict:
    vol = _member(state, req.params["vms_id"])
    items = []
    for rec in state.source_records(vol, "vms"):
        view = {k: rec[k] for k in _RECORD_KEYS}
        transfer = state.vms_sent.get(rec["id"])
        view["link"] = None if transfer is None else {
            "kind": "신규", "sent_at": transfer["sent_at"], "result": "전송성공", "visible_at": transfer["visible_at"]}
        items.append(view)
    last = _last_transfer(state, vol)
    body = paged(req, items)
    body.update(consent_1365=iso(vol.consents["1365"]), volunteer_id=vol.id,
                last_sent_at=last["sent_at"] if last else None, next_send_at=iso(_next_send_at(state, vol)))
    return body


def transfer(state: SandboxState, req: Request) -> Reply:
    vol = _member(state, req.params["vms_id"])
    if vol.consents["1365"] is None:
        raise PartnerError("consent_required", "1365 정보제공 동의가 없어 전송할 수 없습니다.", partner="1365")
    if vol.consents["vms"] is None:
        raise PartnerError("consent_required", "VMS 연계 동의가 필요합니다.", partner="vms")
    now = state.now()
    retry = _next_send_at(state, vol)
    if retry is not None:
        seconds = max(1, math.ceil((retry - now).total_seconds()))
        raise PartnerError("rate_limited", f"다음 전송은 {retry:%Y-%m-%d %H:%M} 이후에 가능합니다.",
                           retry_at=iso(retry), headers={"Retry-After": str(seconds)})
    pending = [r for r in state.source_records(vol, "vms") if r["id"] not in state.vms_sent]
    visible = now + timedelta(hours=state.setting("partners", "vms", "visibility_delay_hours"))
    interval = timedelta(minutes=state.setting("partners", "vms", "send_interval_minutes"))
    record = {"transfer_id": state.next_id("T", state.vms_transfers), "idempotency_key": req.header("Idempotency-Key"),
              "vms_id": vol.vms_id, "volunteer_id": vol.id, "sent_count": len(pending),
              "record_ids": [r["id"] for r in pending], "sent_at": iso(now), "visible_at": iso(visible),
              "next_send_at": iso(now + interval),
              "message": f"회원님의 {len(pending)}건의 실적이 나눔포털에 전송되었습니다"}
    state.vms_transfers.append(record)
    for rec in pending:
        state.vms_sent[rec["id"]] = record
    return Reply(201, dict(record, replayed=False))


def transfer_status(state: SandboxState, req: Request) -> dict:
    key = req.params["idempotency_key"]
    found = next((t for t in state.vms_transfers if t["idempotency_key"] == key), None)
    if found is None:
        raise PartnerError("not_found", "no transfer was received with this key")
    return dict(found, replayed=False)


ROUTES = [
    Route("GET", "/v1/vms/members", "vms", "members", members),
    Route("GET", "/v1/vms/members/{vms_id}/records", "vms", "records", records),
    Route("POST", "/v1/vms/members/{vms_id}/transfers", "vms", "transfer", transfer, status=201, idempotency="required"),
    Route("GET", "/v1/vms/transfers/{idempotency_key}", "vms", "transfer_status", transfer_status),
]
