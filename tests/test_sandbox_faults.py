"""Every fault kind over real HTTP, and that the server keeps serving (and stops) while one waits."""

from __future__ import annotations

import json
import threading

import pytest
import requests

from tests.fixtures.scenarios import RRN_STUDENT, small_scenario

BOMUN = "7010057"


def _code(response) -> str:
    return response.json()["error"]["code"]


def _submit(api, key, record="R-1001-01", hours=3):
    token = api.post("/v1/identity/verify", json={"name": "김민준", "rrn": RRN_STUDENT}).json()["token"]
    ref = api.post("/v1/neis/students/verify", json={"token": token, "school_code": BOMUN}).json()["student_ref"]
    body = {"volunteer_id": "V-1001", "student_ref": ref, "school_code": BOMUN, "record_id": record, "hours": hours}
    return lambda: api.post("/v1/neis/submissions", json=body, headers={"Idempotency-Key": key})


def test_http_500_for_the_given_number_of_times(sandbox, sandbox_api):
    sandbox.set_faults([{"partner": "neis", "operation": "schools", "kind": "http_500", "times": 2}])
    for _ in range(2):
        r = sandbox_api.get("/v1/neis/schools")
        assert r.status_code == 500 and _code(r) == "internal_error"
    assert sandbox_api.get("/v1/neis/schools").status_code == 200
    assert sandbox.state()["requests"]["neis.schools"] == 3


def test_http_503_with_retry_after_and_the_partner_reported_down(sandbox, sandbox_api):
    sandbox.set_faults([{"partner": "vms", "operation": "*", "kind": "http_503", "times": 0, "retry_after": 7}])
    assert sandbox_api.get("/v1/status").json()["partners"] == {"identity": "up", "1365": "up", "neis": "up", "vms": "down",
                                                                "redcross": "up"}
    for path in ("/v1/vms/members/haneul85/records", "/v1/vms/members?vms_id=haneul85"):
        r = sandbox_api.get(path)
        assert r.status_code == 503 and _code(r) == "partner_unavailable"
        assert r.headers["Retry-After"] == "7" and r.json()["error"]["retry_at"] == "2026-05-15T10:00:07+09:00"
    assert sandbox_api.get("/v1/neis/schools").status_code == 200  # other partners are unaffected
    sandbox.set_faults([])
    assert sandbox_api.get("/v1/status").json()["partners"]["vms"] == "up"
    assert sandbox_api.get("/v1/vms/members/haneul85/records").status_code == 200


def test_a_fault_on_one_operation_leaves_the_others_alone(sandbox, sandbox_api):
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "http_500", "times": 0}])
    assert sandbox_api.get("/v1/status").json()["partners"]["neis"] == "up"
    assert sandbox_api.get("/v1/neis/schools").status_code == 200
    assert _submit(sandbox_api, "k-1")().status_code == 500


def test_latency_then_a_normal_answer(sandbox, sandbox_api):
    sandbox.set_faults([{"partner": "neis", "operation": "schools", "kind": "latency", "ms": 20}])
    r = sandbox_api.get("/v1/neis/schools", params={"q": "ㅂㅁㅈ"})
    assert r.status_code == 200 and r.json()["total"] == 2
    assert sandbox.state()["faults"] == []  # used up


def test_timeout_before_commit_drops_the_connection_and_commits_nothing(sandbox, sandbox_api):
    send = _submit(sandbox_api, "k-1")
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "timeout_before_commit", "ms": 0}])
    with pytest.raises(requests.ConnectionError):
        send()
    assert sandbox.state()["neis_submissions"] == []
    assert _code(sandbox_api.get("/v1/neis/submissions/k-1")) == "not_found"
    r = send()
    assert r.status_code == 201 and r.json()["replayed"] is False


def test_timeout_after_commit_leaves_exactly_one_submission(sandbox, sandbox_api):
    send = _submit(sandbox_api, "k-1")
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "timeout_after_commit"}])
    with pytest.raises(requests.ConnectionError):
        send()
    state = sandbox.state()
    assert [s["idempotency_key"] for s in state["neis_submissions"]] == ["k-1"]
    assert sandbox_api.get("/v1/neis/submissions/k-1").json()["status"] == "sent"  # resolved by key
    again = send()
    assert again.status_code == 201 and again.json()["replayed"] is True
    assert len(sandbox.state()["neis_submissions"]) == 1


def test_malformed_body_is_not_json(sandbox, sandbox_api):
    sandbox.set_faults([{"partner": "neis", "operation": "directory", "kind": "malformed_body"}])
    r = sandbox_api.get("/v1/neis/schools/directory")
    assert r.status_code == 200 and r.text
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.text)
    assert sandbox_api.get("/v1/neis/schools/directory").json()["schools"]


def test_a_malformed_answer_to_a_submission_still_commits_it(sandbox, sandbox_api):
    send = _submit(sandbox_api, "k-1")
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "malformed_body"}])
    with pytest.raises(json.JSONDecodeError):
        json.loads(send().text)
    assert len(sandbox.state()["neis_submissions"]) == 1


@pytest.mark.parametrize("scenario", [small_scenario(faults=[{"partner": "identity", "operation": "verify", "kind": "http_503"}])],
                         indirect=True)
def test_faults_from_the_scenario_are_active_from_the_start(sandbox, sandbox_api):
    r = sandbox_api.post("/v1/identity/verify", json={"name": "김민준", "rrn": RRN_STUDENT})
    assert r.status_code == 503 and r.headers["Retry-After"] == "1"
    assert sandbox_api.post("/v1/identity/verify", json={"name": "김민준", "rrn": RRN_STUDENT}).status_code == 200


def test_a_bad_fault_is_refused(sandbox):
    with pytest.raises(AssertionError, match="faults\\[0\\].kind"):
        sandbox.set_faults([{"partner": "neis", "kind": "explode"}])


def test_other_requests_are_served_while_one_waits_and_stop_does_not_hang(sandbox, sandbox_api):
    sandbox.set_faults([{"partner": "neis", "operation": "schools", "kind": "timeout_before_commit", "ms": 600_000}])
    outcome: list = []
    waiting = threading.Event()

    def slow_call():
        with requests.Session() as s:
            waiting.set()
            try:
                s.get(sandbox.url + "/v1/neis/schools", headers={"X-LinkDesk-Key": sandbox.api_key}, timeout=120)
                outcome.append("answered")
            except requests.ConnectionError:
                outcome.append("dropped")

    thread = threading.Thread(target=slow_call)
    thread.start()
    waiting.wait()
    for _ in range(3):  # the waiting handler blocks nobody
        assert sandbox_api.get("/v1/status").status_code == 200
    while sandbox.state()["requests"].get("neis.schools", 0) == 0:
        pass  # until the slow request is inside its wait
    handlers = list(sandbox.server._httpd.handler_threads)
    sandbox.server.stop()  # cuts the ten-minute wait short
    thread.join(60)
    assert not thread.is_alive() and outcome == ["dropped"]
    assert handlers and not any(t.is_alive() for t in handlers)  # the waiting handler ended, not abandoned
