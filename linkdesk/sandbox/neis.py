"""NEIS (나이스): school search and directory, 학생정보확인, timetable, record submission and its status.

A submission is checked the way the school record system would: the person is enrolled at the
school, the 1365 consent exists, the record is theirs and visible in 1365, it was not sent before, and
NEIS's own rules accept it (:mod:`linkdesk.sandbox.neis_rules`, independent of LinkDesk's preflight:
today = the sandbox date, the school's timetable and 학사일정 from the scenario, the hours of earlier
submissions that are still sent or approved counted first). The school decides ``approval_delay_hours``
of sandbox time after ``sent_at`` (approved, or the record's ``neis_decision``).
"""

from __future__ import annotations

from datetime import date

from linkdesk.sandbox import neis_rules
from linkdesk.sandbox.neis_directory import directory, school_view, schools
from linkdesk.sandbox.clock import iso
from linkdesk.sandbox.routing import PartnerError, Reply, Request, Route
from linkdesk.sandbox.state import SandboxState, Volunteer


def _school(state: SandboxState, code: str, office_code: str | None = None) -> dict:
    school = state.schools_by_code.get(code)
    if school is None or (office_code and school["office_code"] != office_code):
        raise PartnerError("school_not_found", school_code=code)
    return school


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
    school = _school(state, req.field("school_code", str), req.field("office_code", str, required=False))
    _require_consent(vol)
    if not _enrolled(state, vol, school["code"]):
        raise PartnerError("student_mismatch")
    st = vol.student
    return {"verified": True, "student_ref": state.student_ref(vol), "school": school_view(school),
            "grade": st["grade"], "class": st["class"], "number": st["number"]}


def student_school(state: SandboxState, vol: Volunteer) -> neis_rules.StudentSchool:
    """The school's data for this student: the class timetable, the volunteer's own periods, the 학사일정."""
    st = vol.student or {}
    school = state.schools_by_code.get(st.get("school", ""), {})
    periods: dict[date, int] = {}
    for table in school.get("timetable", ()):
        if (table["grade"], table["class"]) == (st.get("grade"), st.get("class")):
            periods.update({date.fromisoformat(d): n for d, n in table["periods"].items()})
    periods.update(vol.class_periods)
    return neis_rules.StudentSchool(periods, list(school.get("calendar", ())), st.get("grade"))


def timetable(state: SandboxState, req: Request) -> dict:
    vol = state.student_refs.get(req.params["student_ref"])
    if vol is None:
        raise PartnerError("not_found", "unknown student_ref")
    first, last = req.q_date("from") or date.min, req.q_date("to") or date.max
    periods = student_school(state, vol).periods
    return {"periods": {d.isoformat(): p for d, p in sorted(periods.items()) if first <= d <= last}}


def settings(state: SandboxState) -> neis_rules.NeisSettings:
    s = state.setting("partners", "neis")
    return neis_rules.NeisSettings(s["weekday_hours"], s["holiday_hours"], s["max_daily_total"],
                                   s["labour_day_off"], s["constitution_day_off"])


def _verdict(state: SandboxState, vol: Volunteer, rec: dict) -> neis_rules.Verdict:
    earlier = []
    for sub in state.neis_submissions:
        if sub["volunteer_id"] != vol.id or state.submission_view(sub)["status"] not in ("sent", "approved"):
            continue  # a rejected record (반려) frees what it used
        earlier.append(neis_rules.Accepted(sub["_per_day"], sub["_blood"]))
    return neis_rules.decide(rec, earlier, state.today(), student_school(state, vol), settings(state))


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
    verdict = _verdict(state, vol, rec)
    if not verdict.accepted:
        raise PartnerError("record_ineligible", verdict.message, reasons=[verdict.code], messages=[verdict.message])
    if hours != verdict.hours:
        raise PartnerError("hours_differ", f"나이스 인정 시간은 {verdict.hours}시간입니다 (요청 {hours}시간).",
                           field="hours", expected=verdict.hours)
    sub = {"submission_id": state.next_id("S", state.neis_submissions), "idempotency_key": req.header("Idempotency-Key"),
           "record_id": record_id, "volunteer_id": vol.id, "school_code": school["code"], "hours": hours,
           "status": "sent", "sent_at": iso(state.now()), "decided_at": None, "reason": None,
           "_per_day": verdict.per_day, "_blood": rec["category"] == neis_rules.BLOOD}
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
