"""대한적십자사 over real HTTP: members, two affiliations, mismatch, linking, consent and its expiry, RCY."""

from __future__ import annotations

import pytest

from tests.fixtures.scenarios import small_scenario


def _code(response) -> str:
    return response.json()["error"]["code"]


def _records(api, vid) -> list[str]:
    return [r["id"] for r in api.get(f"/v1/1365/volunteers/{vid}/records", params={"source": "redcross"}).json()["items"]]


def test_member_lookup_and_its_failures(sandbox_api):
    one = {"member_id": "RC-3001", "name": "윤서준", "region": "서울", "joined": "2019-07-02"}
    assert sandbox_api.get("/v1/redcross/members", params={"volunteer_id": "V-3001"}).json()["items"] == [one]
    assert sandbox_api.get("/v1/redcross/members", params={"name": "윤서준", "birth_date": "1978-09-09"}).json()["items"] == [one]
    r = sandbox_api.get("/v1/redcross/members", params={"name": "윤서준", "birth_date": "1978-09-10"})
    assert r.status_code == 409 and _code(r) == "redcross_info_mismatch"
    r = sandbox_api.get("/v1/redcross/members", params={"volunteer_id": "V-3002"})
    assert r.status_code == 409 and _code(r) == "redcross_two_affiliations"
    assert r.json()["error"]["details"]["affiliations"] == ["부산지사", "서울지사"]
    for params in ({"volunteer_id": "V-1001"}, {"name": "홍길동", "birth_date": "1990-01-01"}):
        r = sandbox_api.get("/v1/redcross/members", params=params)
        assert r.status_code == 404 and _code(r) == "member_not_found"
    assert _code(sandbox_api.get("/v1/redcross/members")) == "invalid_request"


def test_member_details_and_an_expired_consent(sandbox_api):
    body = sandbox_api.get("/v1/redcross/members/RC-3001").json()
    assert body["affiliations"] == ["서울지사"]
    assert body["summary"] == {"years": 6, "months": 10, "count": 2, "minutes": 540}
    assert [a["linked"] for a in body["activities"]] == [True, True]
    assert body["consent_1365"] == {"agreed_at": "2024-03-10T15:04:00+09:00", "expires_at": "2026-03-10T15:04:00+09:00",
                                    "expired": True}
    assert sandbox_api.get("/v1/redcross/members/RC-3002").json()["consent_1365"] is None
    assert _code(sandbox_api.get("/v1/redcross/members/RC-9999")) == "member_not_found"


def test_renewing_the_consent_lets_later_activities_flow(sandbox, sandbox_api):
    # the January activity arrived while the consent was valid; the April one waits for a renewal
    assert _records(sandbox_api, "V-3001") == ["RCA-3001-01"]
    r = sandbox_api.post("/v1/redcross/members/RC-3001/consent", json={}, headers={"Idempotency-Key": "rc-1"})
    assert r.status_code == 200, r.text
    assert r.json()["agreed_at"] == "2026-05-15T10:00:00+09:00" and r.json()["expires_at"] == "2028-05-15T10:00:00+09:00"
    assert r.json()["message"] == "2026-05-15 10:00에 1365 연계에 동의하셨습니다."
    assert _records(sandbox_api, "V-3001") == ["RCA-3001-01", "RCA-3001-02"]
    assert sandbox_api.get("/v1/1365/volunteers/V-3001").json()["consents"]["redcross"] == "2026-05-15T10:00:00+09:00"
    assert [(c["partner"], c["volunteer_id"]) for c in sandbox.state()["consents"]] == [("redcross", "V-3001")]
    replay = sandbox_api.post("/v1/redcross/members/RC-3001/consent", json={}, headers={"Idempotency-Key": "rc-1"})
    assert replay.json()["replayed"] is True and len(sandbox.state()["consents"]) == 1


def test_a_consent_expires_after_the_validity_period(sandbox, sandbox_api):
    assert sandbox_api.get("/v1/redcross/members/RC-3004").json()["consent_1365"]["expired"] is False
    sandbox.set_clock("2026-06-01T11:00:00+09:00")
    assert sandbox_api.get("/v1/redcross/members/RC-3004").json()["consent_1365"]["expired"] is True


def test_expiring_consents(sandbox, sandbox_api):
    items = sandbox_api.get("/v1/redcross/consents/expiring").json()["items"]
    assert items == [{"member_id": "RC-3004", "volunteer_id": "V-3004", "name": "오세훈", "expires_at": "2026-06-01T11:00:00+09:00"}]
    assert sandbox_api.get("/v1/redcross/consents/expiring", params={"within_days": 10}).json()["items"] == []
    sandbox.advance(17 * 24 * 60 + 2 * 60)
    assert sandbox_api.get("/v1/redcross/consents/expiring").json()["items"] == []  # expired now, no longer "expiring"
    assert _code(sandbox_api.get("/v1/redcross/consents/expiring", params={"within_days": -1})) == "invalid_request"


def test_linking_refused_for_info_check_and_two_affiliations(sandbox, sandbox_api):
    r = sandbox_api.post("/v1/redcross/members/RC-3003/link", json={"activity_ids": ["RCA-3003-01"]},
                         headers={"Idempotency-Key": "l-1"})
    assert r.status_code == 409 and _code(r) == "redcross_not_linked"
    r = sandbox_api.post("/v1/redcross/members/RC-3002/link", json={"activity_ids": ["x"]}, headers={"Idempotency-Key": "l-2"})
    assert r.status_code == 409 and _code(r) == "redcross_two_affiliations"
    assert sandbox.state()["redcross_links"] == []


def _linkable_member() -> dict:
    sc = small_scenario()
    sc["volunteers"][8]["redcross"]["linkable"] = True  # 한예린: unlinked activity, no Red Cross consent yet
    return sc


@pytest.mark.parametrize("scenario", [_linkable_member()], indirect=True)
def test_link_then_consent_brings_the_activity_to_1365(sandbox, sandbox_api):
    assert sandbox_api.get("/v1/redcross/members/RC-3003").json()["activities"][0]["linked"] is False
    r = sandbox_api.post("/v1/redcross/members/RC-3003/link", json={"activity_ids": ["RCA-3003-02"]},
                         headers={"Idempotency-Key": "l-0"})
    assert r.status_code == 404 and _code(r) == "record_not_found"
    r = sandbox_api.post("/v1/redcross/members/RC-3003/link", json={"activity_ids": []}, headers={"Idempotency-Key": "l-0"})
    assert _code(r) == "invalid_request"
    r = sandbox_api.post("/v1/redcross/members/RC-3003/link", json={"activity_ids": ["RCA-3003-01"]},
                         headers={"Idempotency-Key": "l-1"})
    assert r.status_code == 200 and r.json()["linked"] == ["RCA-3003-01"]
    assert sandbox_api.get("/v1/redcross/members/RC-3003").json()["activities"][0]["linked"] is True
    assert _records(sandbox_api, "V-3003") == []  # linked, but no 1365 consent on the Red Cross side yet
    sandbox_api.post("/v1/redcross/members/RC-3003/consent", json={}, headers={"Idempotency-Key": "c-1"})
    assert _records(sandbox_api, "V-3003") == ["RCA-3003-01"]
    links = sandbox.state()["redcross_links"]
    assert [(x["member_id"], x["activity_ids"], x["idempotency_key"]) for x in links] == [("RC-3003", ["RCA-3003-01"], "l-1")]


def test_rcy_members(sandbox_api):
    assert len(sandbox_api.get("/v1/redcross/rcy").json()["items"]) == 2
    assert [m["name"] for m in sandbox_api.get("/v1/redcross/rcy", params={"q": "ㄱㅎㄹ"}).json()["items"]] == ["김하린"]
    assert [m["name"] for m in sandbox_api.get("/v1/redcross/rcy", params={"region": "부산"}).json()["items"]] == ["이준서"]
    items = sandbox_api.get("/v1/redcross/rcy", params={"school": "보문"}).json()["items"]
    assert items == [{"name": "김하린", "region": "서울", "school": "보문중학교", "joined_year": 2025}]
