"""NEIS (나이스): school search and directory, 학생정보확인, timetable, record submission and its status.

A submission is checked the way the school record system would: the person is enrolled at the
school, the 1365 consent exists, the record is theirs and visible in 1365, it was not sent before, and
the NEIS rules of :func:`linkdesk.domain.eligibility.evaluate` accept it (today = the sandbox date,
class periods from the scenario, records already sent counted first). The school decides
``approval_delay_hours`` of sandbox time after ``sent_at`` (approved, or the record's ``neis_decision``).
"""

from __future__ import annotations

from datetime import date

from linkdesk.domain.eligibility import RecordFacts, evaluate
from linkdesk.domain.korean import match_rank
from linkdesk.sandbox.clock import iso
from linkdesk.sandbox.routing import PartnerError, Reply, Request, Route, invalid, paged
from linkdesk.sandbox.scenario import KINDS
from linkdesk.sandbox.state import SandboxState, Volunteer


def _school(state: SandboxState, code: str) -> dict:
    school = state.schools_by_code.get(code)
    if school is None:
        raise PartnerError("school_not_found", school_code=code)
    return school


def schools(state: SandboxState, req: Request) -> dict:
    q = (req.query.get("q") or "").strip()
    office, region, kind = (req.query.get(k) or "" for k in ("office", "region", "kind"))
    if kind and kind not in KINDS:
        raise invalid("kind", f"kind must be one of {', '.join(KINDS)}")
    found = []
    for s in state.schools:
        if (office and office not in s["office"]) or (kind and s["kind"] != kind) or (region and region not in s["region"]):
            continue
        rank = match_rank(q, s["name"]) if q else 0
        if rank is not None:
            found.append((rank, s["name"], s["code"], s))
    found.sort(key=lambda t: t[:3])
    return paged(req, [t[3] for t in found])


def directory(state: SandboxState, req: Request) -> dict:
    return {"generated_at": iso(state.now()), "schools": state.schools}


def _enrolled(state: SandboxState, vol: Volunteer, school_code: str) -> bool:
    st = vol.student
    if st is None or st["school"] != school_code:
        return False
    return st["enrolled_from"] is None or date.fromisoformat(st["enrolled_from"]) <= state.today()


def _require_consent(vol: Volunteer) -> None:
    if vol.consents["1365"] is None:
        raise PartnerError("consent_required", partner="1365")


def verify_student(state: SandboxState, req: Request) -> dict:
    vol = state.volunteer_for_token(req.field("token", str))
    school = _school(state, req.field("school_code", str))
    _require_consent(vol)
    if not _enrolled(state, vol, school["code"]):
        raise PartnerError("student_mismatch")
    st = vol.student
    return {"verified": True, "student_ref": state.student_ref(vol), "school": school,
            "grade": st["grade"], "class": st["class"], "number": st["number"]}


def timetable(state: SandboxState, req: Request) -> dict:
    vol = state.student_refs.get(req.params["student_ref"])
    if vol is None:
        raise PartnerError("not_found", "unknown student_ref")
    first, last = req.q_date("from") or date.min, req.q_date("to") or date.max
    return {"periods": {d.isoformat(): p for d, p in sorted(vol.class_periods.items()) if first <= d <= last}}


def _eligibility(state: SandboxState, vol: Volunteer, record_id: str):
    facts = [RecordFacts(key=r["id"], day=date.fromisoformat(r["date"]), seq=r["seq"], minutes=r["minutes"],
                         category=r["category"], nature=r["nature"],
                         already_sent=state.submission_for_record(r["id"]) is not None)
             for r in state.records_1365(vol)]
    return evaluate(facts, state.today(), periods_for=vol.class_periods.get, selected={record_id})[record_id]


def submit(state: SandboxState, req: Request) -> Reply:
    vol = state.volunteer(req.field("volunteer_id", str))
    ref, record_id, hours = req.field("student_ref", str), req.field("record_id", str), req.field("hours", int)
    school = _school(state, req.field("school_code", str))
    if state.student_refs.get(ref) is not vol or not _enrolled(state, vol, school["code"]):
        raise PartnerError("student_mismatch")
    _require_consent(vol)
    owner, rec = state.records.get(record_id, (None, None))
    if owner is not vol or not state.visible_in_1365(vol, rec):
        raise PartnerError("record_not_found", record_id=record_id)
    earlier = state.submission_for_record(record_id)
    if earlier is not None:
        raise PartnerError("already_sent", submission=state.submission_view(earlier))
    verdict = _eligibility(state, vol, record_id)
    if not verdict.eligible:
        raise PartnerError("record_ineligible", verdict.reasons[0].ko, reasons=verdict.reason_codes,
                           messages=[m.ko for m in verdict.reasons])
    if hours != verdict.recognized_hours:
        raise PartnerError("invalid_request", f"hours must be {verdict.recognized_hours}", field="hours",
                           expected=verdict.recognized_hours)
    sub = {"submission_id": state.next_id("S", state.neis_submissions), "idempotency_key": req.header("Idempotency-Key"),
           "record_id": record_id, "volunteer_id": vol.id, "school_code": school["code"], "hours": hours,
           "status": "sent", "sent_at": iso(state.now()), "decided_at": None, "reason": None}
    state.neis_submissions.append(sub)
    return Reply(201, state.submission_view(sub))


def submission_status(state: SandboxState, req: Request) -> dict:
    key = req.params["idempotency_key"]
    sub = next((s for s in state.neis_submissions if s["idempotency_key"] == key), None)
    if sub is None:
        raise PartnerError("not_found", "no submission was received with this key")
    return state.submission_view(sub)


def submissions(state: SandboxState, req: Request) -> dict:
    vid = req.query.get("volunteer_id")
    return {"items": [state.submission_view(s) for s in state.neis_submissions if not vid or s["volunteer_id"] == vid]}


ROUTES = [
    Route("GET", "/v1/neis/schools", "neis", "schools", schools),
    Route("GET", "/v1/neis/schools/directory", "neis", "directory", directory),
    Route("POST", "/v1/neis/students/verify", "neis", "verify_student", verify_student),
    Route("GET", "/v1/neis/students/{student_ref}/timetable", "neis", "timetable", timetable),
    Route("POST", "/v1/neis/submissions", "neis", "submit", submit, status=201, idempotency="required"),
    Route("GET", "/v1/neis/submissions/{idempotency_key}", "neis", "submission_status", submission_status),
    Route("GET", "/v1/neis/submissions", "neis", "submissions", submissions),
]
