"""VMS over real HTTP: member lookup, 1365연계 결과조회, 봉사실적 일괄전송 with its interval and delay."""

from __future__ import annotations

from tests.fixtures.scenarios import RRN_VMS_NOCONSENT


def _code(response) -> str:
    return response.json()["error"]["code"]


def _transfer(api, vms_id="haneul85", key="t-1"):
    return api.post(f"/v1/vms/members/{vms_id}/transfers", json={}, headers={"Idempotency-Key": key})


def test_member_lookup(sandbox_api):
    expected = [{"vms_id": "haneul85", "volunteer_id": "V-2001", "name": "정하늘", "birth_date": "1985-02-14"}]
    assert sandbox_api.get("/v1/vms/members", params={"vms_id": "haneul85"}).json()["items"] == expected
    assert sandbox_api.get("/v1/vms/members", params={"volunteer_id": "V-2001"}).json()["items"] == expected
    assert sandbox_api.get("/v1/vms/members", params={"name": "정하늘", "birth_date": "1985-02-14"}).json()["items"] == expected
    assert sandbox_api.get("/v1/vms/members", params={"name": "정하늘", "birth_date": "1985-02-15"}).json()["items"] == []
    assert sandbox_api.get("/v1/vms/members", params={"volunteer_id": "V-1001"}).json()["items"] == []
    assert _code(sandbox_api.get("/v1/vms/members")) == "invalid_request"


def test_records_before_any_transfer(sandbox_api):
    body = sandbox_api.get("/v1/vms/members/haneul85/records").json()
    assert body["total"] == 7 and body["volunteer_id"] == "V-2001"
    assert body["consent_1365"] == "2017-06-07T10:12:00+09:00"
    assert body["last_sent_at"] is None and body["next_send_at"] is None
    first = body["items"][0]
    assert first == {"id": "VMS-2001-01", "date": "2010-01-26", "seq": 1, "organization": "가람가정봉사원지원센터",
                     "activity": "여가선용(각종 취미활동 등)", "start": "15:30", "end": "16:30", "minutes": 60, "link": None}
    r = sandbox_api.get("/v1/vms/members/nobody/records")
    assert r.status_code == 404 and _code(r) == "member_not_found"


def test_a_transfer_sends_everything_and_becomes_visible_after_the_delay(sandbox, sandbox_api):
    r = _transfer(sandbox_api)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["sent_count"] == 7 and len(body["record_ids"]) == 7
    assert body["message"] == "회원님의 7건의 실적이 나눔포털에 전송되었습니다"
    assert (body["sent_at"], body["visible_at"], body["next_send_at"]) == (
        "2026-05-15T10:00:00+09:00", "2026-05-16T10:00:00+09:00", "2026-05-15T11:00:00+09:00")
    records = sandbox_api.get("/v1/vms/members/haneul85/records").json()
    assert records["items"][0]["link"] == {"kind": "신규", "sent_at": "2026-05-15T10:00:00+09:00", "result": "전송성공",
                                           "visible_at": "2026-05-16T10:00:00+09:00"}
    assert records["next_send_at"] == "2026-05-15T11:00:00+09:00"
    assert sandbox_api.get("/v1/1365/volunteers/V-2001/records").json()["total"] == 0
    sandbox.advance(24 * 60 - 1)
    assert sandbox_api.get("/v1/1365/volunteers/V-2001/records").json()["total"] == 0
    sandbox.advance(1)
    visible = sandbox_api.get("/v1/1365/volunteers/V-2001/records", params={"source": "vms"}).json()
    assert visible["total"] == 7 and visible["items"][0]["source"] == "vms"
    assert len(sandbox.state()["vms_transfers"]) == 1


def test_a_second_send_inside_the_interval_is_rate_limited(sandbox, sandbox_api):
    assert _transfer(sandbox_api, key="t-1").status_code == 201
    sandbox.advance(30)
    r = _transfer(sandbox_api, key="t-2")
    assert r.status_code == 429 and _code(r) == "rate_limited"
    assert r.json()["error"]["retry_at"] == "2026-05-15T11:00:00+09:00"
    assert 1 <= int(r.headers["Retry-After"]) <= 30 * 60
    replay = _transfer(sandbox_api, key="t-1")  # the first send's key still answers its first outcome
    assert replay.status_code == 201 and replay.json()["replayed"] is True
    sandbox.advance(30)
    later = _transfer(sandbox_api, key="t-2")
    assert later.status_code == 201 and later.json()["sent_count"] == 0
    assert [t["idempotency_key"] for t in sandbox.state()["vms_transfers"]] == ["t-1", "t-2"]


def test_transfer_status_by_key(sandbox_api):
    sent = _transfer(sandbox_api, key="t-9").json()
    found = sandbox_api.get("/v1/vms/transfers/t-9").json()
    assert found["transfer_id"] == sent["transfer_id"] and found["sent_count"] == 7
    r = sandbox_api.get("/v1/vms/transfers/never")
    assert r.status_code == 404 and _code(r) == "not_found"


def test_a_transfer_needs_the_1365_consent_first(sandbox, sandbox_api):
    r = _transfer(sandbox_api, "doyun90", "t-a")
    assert r.status_code == 409 and _code(r) == "consent_required"
    assert r.json()["error"]["details"]["partner"] == "1365"
    token = sandbox_api.post("/v1/identity/verify", json={"name": "강도윤", "rrn": RRN_VMS_NOCONSENT}).json()["token"]
    assert sandbox_api.put("/v1/1365/volunteers/V-2002/consent", json={"token": token}).status_code == 200
    r = _transfer(sandbox_api, "doyun90", "t-a")  # a refused submission is not kept: the same key works now
    assert r.status_code == 201 and r.json()["sent_count"] == 1 and r.json()["replayed"] is False
    assert _code(_transfer(sandbox_api, "nobody", "t-b")) == "member_not_found"


def test_a_transfer_needs_an_idempotency_key(sandbox_api):
    r = sandbox_api.post("/v1/vms/members/haneul85/transfers", json={})
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "Idempotency-Key"
