"""1365 over real HTTP: the volunteer, consent (with a guardian under 14) and the records list."""

from __future__ import annotations

from tests.fixtures.scenarios import RRN_CHILD, RRN_NO_CONSENT, RRN_STUDENT

GUARDIAN = {"name": "박영희", "relationship": "모", "identity_checked": True}


def _code(response) -> str:
    return response.json()["error"]["code"]


def _token(api, name, rrn) -> str:
    r = api.post("/v1/identity/verify", json={"name": name, "rrn": rrn})
    assert r.status_code == 200, r.text
    return r.json()["token"]


def test_the_volunteer_view(sandbox_api):
    body = sandbox_api.get("/v1/1365/volunteers/V-2001").json()
    assert body == {"volunteer_id": "V-2001", "name": "정하늘", "birth_date": "1985-02-14", "center": "경기도 의왕시",
                    "vms_id": "haneul85", "redcross_member_id": None,
                    "consents": {"1365": "2017-06-07T10:12:00+09:00", "vms": "2017-06-07T10:15:00+09:00", "redcross": None}}
    assert sandbox_api.get("/v1/1365/volunteers/V-3001").json()["redcross_member_id"] == "RC-3001"
    r = sandbox_api.get("/v1/1365/volunteers/V-0000")
    assert r.status_code == 404 and _code(r) == "not_found"


def test_consent_is_recorded_once(sandbox, sandbox_api):
    token = _token(sandbox_api, "이서연", RRN_NO_CONSENT)
    r = sandbox_api.put("/v1/1365/volunteers/V-1002/consent", json={"token": token})
    assert r.status_code == 200, r.text
    assert r.json() == {"consented_at": "2026-05-15T10:00:00+09:00", "guardian": None}
    sandbox.advance(5)
    again = sandbox_api.put("/v1/1365/volunteers/V-1002/consent", json={"token": token})
    assert again.json()["consented_at"] == "2026-05-15T10:00:00+09:00"
    assert sandbox_api.get("/v1/1365/volunteers/V-1002").json()["consents"]["1365"] == "2026-05-15T10:00:00+09:00"
    assert sandbox.state()["consents"] == [{"partner": "1365", "volunteer_id": "V-1002", "at": "2026-05-15T10:00:00+09:00",
                                            "guardian": None}]


def test_under_14_needs_the_guardian(sandbox, sandbox_api):
    token = _token(sandbox_api, "박지호", RRN_CHILD)
    r = sandbox_api.put("/v1/1365/volunteers/V-1003/consent", json={"token": token, "guardian": None})
    assert r.status_code == 409 and _code(r) == "guardian_required"
    r = sandbox_api.put("/v1/1365/volunteers/V-1003/consent", json={"token": token, "guardian": dict(GUARDIAN, identity_checked=False)})
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "guardian.identity_checked"
    r = sandbox_api.put("/v1/1365/volunteers/V-1003/consent", json={"token": token, "guardian": {"name": "박영희"}})
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "guardian.relationship"
    assert sandbox.state()["consents"] == []
    r = sandbox_api.put("/v1/1365/volunteers/V-1003/consent", json={"token": token, "guardian": GUARDIAN})
    assert r.status_code == 200 and r.json()["guardian"] == GUARDIAN
    assert sandbox.state()["consents"][0]["guardian"] == GUARDIAN


def test_consent_needs_the_persons_own_valid_token(sandbox, sandbox_api):
    token = _token(sandbox_api, "김민준", RRN_STUDENT)
    r = sandbox_api.put("/v1/1365/volunteers/V-1002/consent", json={"token": token})
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "token"
    r = sandbox_api.put("/v1/1365/volunteers/V-1002/consent", json={"token": "expired-or-made-up"})
    assert r.status_code == 401 and _code(r) == "token_expired"
    r = sandbox_api.put("/v1/1365/volunteers/V-1002/consent", json={})
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "token"


def test_consent_with_an_idempotency_key_replays(sandbox, sandbox_api):
    token = _token(sandbox_api, "이서연", RRN_NO_CONSENT)
    first = sandbox_api.put("/v1/1365/volunteers/V-1002/consent", json={"token": token}, headers={"Idempotency-Key": "c-1"})
    again = sandbox_api.put("/v1/1365/volunteers/V-1002/consent", json={"token": token}, headers={"Idempotency-Key": "c-1"})
    assert again.status_code == 200 and again.json() == dict(first.json(), replayed=True)
    assert len(sandbox.state()["consents"]) == 1


def test_records_are_listed_in_date_order_with_minutes(sandbox_api):
    body = sandbox_api.get("/v1/1365/volunteers/V-1001/records").json()
    assert body["total"] == 9 and body["page"] == 1 and body["per_page"] == 100
    items = body["items"]
    assert [r["date"] for r in items] == sorted(r["date"] for r in items)
    first = items[0]
    assert first == {"id": "R-1001-06", "source": "1365", "source_id": "R-1001-06", "date": "2026-02-20", "seq": 1,
                     "organization": "성북구자원봉사센터", "category": "0800", "activity": "골목 환경정화", "start": "10:00",
                     "end": "13:00", "minutes": 180, "nature": "regular", "neis": None}
    assert {r["id"]: r["nature"] for r in items}["R-1001-08"] == "club"
    page = sandbox_api.get("/v1/1365/volunteers/V-1001/records", params={"per_page": 4, "page": 3}).json()
    assert [r["id"] for r in page["items"]] == [items[8]["id"]]
    assert sandbox_api.get("/v1/1365/volunteers/V-1001/records", params={"source": "vms"}).json()["items"] == []
    assert _code(sandbox_api.get("/v1/1365/volunteers/V-1001/records", params={"source": "dovol"})) == "invalid_request"


def test_partner_records_are_not_in_1365_before_they_arrive(sandbox_api):
    assert sandbox_api.get("/v1/1365/volunteers/V-2001/records").json()["total"] == 0  # VMS, not sent yet
    assert sandbox_api.get("/v1/1365/volunteers/V-3003/records").json()["total"] == 0  # Red Cross, not linked
