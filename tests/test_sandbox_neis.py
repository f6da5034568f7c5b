"""NEIS over real HTTP: school search, directory, 학생정보확인, timetable, submissions and the school's decision."""

from __future__ import annotations

import uuid

import pytest

from linkdesk.sandbox.default_scenario import load_default
from linkdesk.sandbox.state import SandboxState
from tests.fixtures.scenarios import RRN_NO_CONSENT, RRN_STUDENT, small_scenario

BOMUN = "7010057"


def _code(response) -> str:
    return response.json()["error"]["code"]


def _names(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [s["name"] for s in response.json()["items"]]


def _student(api, name="김민준", rrn=RRN_STUDENT, school=BOMUN) -> dict:
    token = api.post("/v1/identity/verify", json={"name": name, "rrn": rrn}).json()["token"]
    r = api.post("/v1/neis/students/verify", json={"token": token, "school_code": school})
    assert r.status_code == 200, r.text
    return r.json()


def _submit(api, record_id, hours, ref, key=None, volunteer="V-1001", school=BOMUN):
    body = {"volunteer_id": volunteer, "student_ref": ref, "school_code": school, "record_id": record_id, "hours": hours}
    return api.post("/v1/neis/submissions", json=body, headers={"Idempotency-Key": key or str(uuid.uuid4())})


# --- schools ----------------------------------------------------------------------------------


def test_school_search_by_name_choseong_office_kind_and_region(sandbox_api):
    assert _names(sandbox_api.get("/v1/neis/schools", params={"q": "보문"})) == ["보문중학교", "대구보문고등학교", "포항보문중학교"]
    assert _names(sandbox_api.get("/v1/neis/schools", params={"q": "ㅂㅁㅈ"})) == ["보문중학교", "포항보문중학교"]
    assert _names(sandbox_api.get("/v1/neis/schools", params={"q": "보문", "office": "경상북도교육청"})) == ["포항보문중학교"]
    assert _names(sandbox_api.get("/v1/neis/schools", params={"office": "부산"})) == ["해운대중학교"]
    assert _names(sandbox_api.get("/v1/neis/schools", params={"kind": "high"})) == ["대구보문고등학교", "서울고등학교"]
    assert _names(sandbox_api.get("/v1/neis/schools", params={"region": "성북구"})) == ["보문중학교"]
    assert _names(sandbox_api.get("/v1/neis/schools", params={"q": "없는학교"})) == []


def test_school_search_is_paged(sandbox_api):
    first = sandbox_api.get("/v1/neis/schools", params={"per_page": 3}).json()
    second = sandbox_api.get("/v1/neis/schools", params={"per_page": 3, "page": 2}).json()
    assert first["total"] == second["total"] == 8 and (first["page"], first["per_page"]) == (1, 3)
    assert len(first["items"]) == len(second["items"]) == 3
    assert not {s["code"] for s in first["items"]} & {s["code"] for s in second["items"]}
    for params in ({"per_page": 1001}, {"page": 0}, {"page": "x"}, {"kind": "college"}):
        r = sandbox_api.get("/v1/neis/schools", params=params)
        assert r.status_code == 400 and _code(r) == "invalid_request"


def test_the_directory_holds_every_school(sandbox_api):
    body = sandbox_api.get("/v1/neis/schools/directory").json()
    assert len(body["schools"]) == 8 and body["generated_at"] == "2026-05-15T10:00:00+09:00"
    assert {"code", "office_code", "office", "name", "kind", "region", "address"} == set(body["schools"][0])


# --- student check and timetable -------------------------------------------------------------


def test_student_verify_and_its_failures(sandbox_api):
    ok = _student(sandbox_api)
    assert ok["verified"] is True and ok["school"]["name"] == "보문중학교"
    assert (ok["grade"], ok["class"], ok["number"]) == (3, 2, 7) and ok["student_ref"]
    token = sandbox_api.post("/v1/identity/verify", json={"name": "김민준", "rrn": RRN_STUDENT}).json()["token"]
    r = sandbox_api.post("/v1/neis/students/verify", json={"token": token, "school_code": "7010083"})
    assert r.status_code == 409 and _code(r) == "student_mismatch"
    r = sandbox_api.post("/v1/neis/students/verify", json={"token": token, "school_code": "0000000"})
    assert r.status_code == 404 and _code(r) == "school_not_found"
    r = sandbox_api.post("/v1/neis/students/verify", json={"token": "nope", "school_code": BOMUN})
    assert r.status_code == 401 and _code(r) == "token_expired"
    token = sandbox_api.post("/v1/identity/verify", json={"name": "이서연", "rrn": RRN_NO_CONSENT}).json()["token"]
    r = sandbox_api.post("/v1/neis/students/verify", json={"token": token, "school_code": "7010083"})
    assert r.status_code == 409 and _code(r) == "consent_required"
    assert r.json()["error"]["details"]["partner"] == "1365"


def _enrolled_next_month() -> dict:
    sc = small_scenario()
    sc["volunteers"][0]["student"]["enrolled_from"] = "2026-06-01"
    return sc


@pytest.mark.parametrize("scenario", [_enrolled_next_month()], indirect=True)
def test_a_student_is_not_enrolled_before_enrolled_from(sandbox, sandbox_api):
    token = sandbox_api.post("/v1/identity/verify", json={"name": "김민준", "rrn": RRN_STUDENT}).json()["token"]
    r = sandbox_api.post("/v1/neis/students/verify", json={"token": token, "school_code": BOMUN})
    assert _code(r) == "student_mismatch"
    sandbox.set_clock("2026-06-01T09:00:00+09:00")
    r = sandbox_api.post("/v1/neis/students/verify", json={"token": token, "school_code": BOMUN})
    assert _code(r) == "token_expired"  # the clock jumped past the token's 30 minutes
    assert _student(sandbox_api)["verified"] is True


def test_the_timetable_lists_known_dates_in_range(sandbox_api):
    ref = _student(sandbox_api)["student_ref"]
    r = sandbox_api.get(f"/v1/neis/students/{ref}/timetable")
    assert r.json() == {"periods": {"2026-04-08": 7, "2026-04-22": 6, "2026-05-05": 0}}
    r = sandbox_api.get(f"/v1/neis/students/{ref}/timetable", params={"from": "2026-04-10", "to": "2026-05-31"})
    assert r.json() == {"periods": {"2026-04-22": 6, "2026-05-05": 0}}
    assert _code(sandbox_api.get("/v1/neis/students/ST-unknown/timetable")) == "not_found"
    assert _code(sandbox_api.get(f"/v1/neis/students/{ref}/timetable", params={"from": "May"})) == "invalid_request"


# --- submissions -----------------------------------------------------------------------------


def test_submit_then_replay_returns_the_first_outcome(sandbox, sandbox_api):
    ref = _student(sandbox_api)["student_ref"]
    key = str(uuid.uuid4())
    first = _submit(sandbox_api, "R-1001-01", 3, ref, key)
    assert first.status_code == 201, first.text
    sub = first.json()
    assert sub["status"] == "sent" and sub["hours"] == 3 and sub["idempotency_key"] == key
    assert sub["replayed"] is False and sub["sent_at"] == "2026-05-15T10:00:00+09:00"
    again = _submit(sandbox_api, "R-1001-01", 3, ref, key)
    assert again.status_code == 201 and again.json() == dict(sub, replayed=True)
    state = sandbox.state()
    assert [s["idempotency_key"] for s in state["neis_submissions"]] == [key]
    assert state["requests"]["neis.submit"] == 2


def test_the_same_key_with_another_body_is_a_conflict(sandbox, sandbox_api):
    ref = _student(sandbox_api)["student_ref"]
    assert _submit(sandbox_api, "R-1001-01", 3, ref, "k-1").status_code == 201
    r = _submit(sandbox_api, "R-1001-09", 2, ref, "k-1")
    assert r.status_code == 409 and _code(r) == "idempotency_conflict"
    assert len(sandbox.state()["neis_submissions"]) == 1


def test_a_record_sent_under_another_key_is_already_sent(sandbox_api):
    ref = _student(sandbox_api)["student_ref"]
    first = _submit(sandbox_api, "R-1001-01", 3, ref).json()
    r = _submit(sandbox_api, "R-1001-01", 3, ref)
    assert r.status_code == 409 and _code(r) == "already_sent"
    assert r.json()["error"]["details"]["submission"]["submission_id"] == first["submission_id"]


@pytest.mark.parametrize(("record", "hours", "reason"), [
    ("R-1001-04", 0, "under_one_hour"),
    ("R-1001-06", 3, "not_current_year"),
    ("R-1001-07", 8, "overseas"),
    ("R-1001-08", 3, "club"),
])
def test_ineligible_records_are_refused_with_reason_codes(sandbox, sandbox_api, record, hours, reason):
    ref = _student(sandbox_api)["student_ref"]
    r = _submit(sandbox_api, record, hours, ref)
    assert r.status_code == 409 and _code(r) == "record_ineligible"
    assert reason in r.json()["error"]["details"]["reasons"]
    assert sandbox.state()["neis_submissions"] == []


def test_hours_must_be_the_recognised_hours_after_the_daily_cap(sandbox_api):
    ref = _student(sandbox_api)["student_ref"]
    r = _submit(sandbox_api, "R-1001-03", 4, ref)  # 240 min on a 6-period day: 2 h left
    assert r.status_code == 409 and _code(r) == "hours_differ"  # NEIS's rule differs from the sender's
    assert r.json()["error"]["details"] == {"field": "hours", "expected": 2}
    assert _submit(sandbox_api, "R-1001-03", 2, ref).status_code == 201
    assert _submit(sandbox_api, "R-1001-05", 4, ref).status_code == 201  # blood donation: 4 h


def test_submission_refusals(sandbox, sandbox_api):
    ref = _student(sandbox_api)["student_ref"]
    r = sandbox_api.post("/v1/neis/submissions", json={"volunteer_id": "V-1001", "student_ref": ref, "school_code": BOMUN,
                                                       "record_id": "R-1001-01", "hours": 3})
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "Idempotency-Key"
    assert _code(_submit(sandbox_api, "R-1002-01", 3, ref)) == "record_not_found"  # someone else's record
    assert _code(_submit(sandbox_api, "R-nope", 3, ref)) == "record_not_found"
    assert _code(_submit(sandbox_api, "R-1001-01", 3, "ST-forged")) == "student_mismatch"
    assert _code(_submit(sandbox_api, "R-1001-01", 3, ref, school="0000000")) == "school_not_found"
    assert _code(_submit(sandbox_api, "R-1001-01", True, ref)) == "invalid_request"
    other_ref = SandboxState.student_ref(sandbox.server.state.volunteers["V-1002"])
    r = _submit(sandbox_api, "R-1002-01", 3, other_ref, volunteer="V-1002", school="7010083")
    assert r.status_code == 409 and _code(r) == "consent_required"
    assert sandbox.state()["neis_submissions"] == []


def test_the_school_decides_after_the_approval_delay(sandbox, sandbox_api):
    ref = _student(sandbox_api)["student_ref"]
    approved = _submit(sandbox_api, "R-1001-01", 3, ref, "k-approve").json()
    rejected = _submit(sandbox_api, "R-1001-02", 1, ref, "k-reject").json()
    sandbox.advance(47 * 60)
    assert sandbox_api.get("/v1/neis/submissions/k-approve").json()["status"] == "sent"
    sandbox.advance(60)
    one = sandbox_api.get("/v1/neis/submissions/k-approve").json()
    assert one["status"] == "approved" and one["decided_at"] == "2026-05-17T10:00:00+09:00" and one["reason"] is None
    two = sandbox_api.get("/v1/neis/submissions/k-reject").json()
    assert two["status"] == "rejected" and two["reason"] == "학교 봉사활동 계획에 없는 활동입니다."
    listed = sandbox_api.get("/v1/neis/submissions", params={"volunteer_id": "V-1001"}).json()["items"]
    assert {s["submission_id"]: s["status"] for s in listed} == {approved["submission_id"]: "approved",
                                                                 rejected["submission_id"]: "rejected"}
    assert sandbox_api.get("/v1/neis/submissions", params={"volunteer_id": "V-1004"}).json()["items"] == []
    records = {r["id"]: r for r in sandbox_api.get("/v1/1365/volunteers/V-1001/records").json()["items"]}
    assert records["R-1001-02"]["neis"]["status"] == "rejected" and records["R-1001-09"]["neis"] is None
    # a replay still returns the first outcome, as sent
    assert _submit(sandbox_api, "R-1001-01", 3, ref, "k-approve").json()["status"] == "sent"


def test_an_unknown_key_has_no_submission(sandbox_api):
    r = sandbox_api.get("/v1/neis/submissions/never-sent")
    assert r.status_code == 404 and _code(r) == "not_found"


@pytest.mark.parametrize("scenario", [load_default()], indirect=True)
def test_the_whole_neis_path_on_the_default_scenario(sandbox, sandbox_api):
    """captcha → 실명인증 → school search → 학생정보확인 → records → submit, at national scale."""
    assert sandbox.api_key == "sandbox"
    cap = sandbox_api.post("/v1/identity/captcha").json()
    assert cap["required"] is True
    person = sandbox_api.post("/v1/identity/verify", json={
        "name": "김민준", "rrn": RRN_STUDENT, "captcha_id": cap["captcha_id"],
        "captcha_text": sandbox.captcha_answer(cap["captcha_id"])}).json()
    found = sandbox_api.get("/v1/neis/schools", params={"q": "ㅂㅁㅈ", "office": "서울", "per_page": 1000}).json()
    assert found["total"] < 50 and found["items"][0]["name"] == "보문중학교"
    school = next(s for s in found["items"] if s["code"] == BOMUN)
    check = sandbox_api.post("/v1/neis/students/verify", json={"token": person["token"], "school_code": school["code"]}).json()
    records = sandbox_api.get(f"/v1/1365/volunteers/{person['volunteer_id']}/records").json()["items"]
    hours = {"R-1001-01": 3, "R-1001-02": 1, "R-1001-03": 2, "R-1001-05": 4, "R-1001-09": 2}
    outcomes = {}
    for rec in records:
        r = _submit(sandbox_api, rec["id"], hours.get(rec["id"], 1), check["student_ref"])
        outcomes[rec["id"]] = r.status_code if r.status_code == 201 else _code(r)
    assert outcomes == {rid: 201 for rid in hours} | {
        "R-1001-04": "record_ineligible", "R-1001-06": "record_ineligible", "R-1001-07": "record_ineligible",
        "R-1001-08": "record_ineligible"}
    assert len(sandbox.state()["neis_submissions"]) == 5
