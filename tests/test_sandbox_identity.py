"""The identity partner over real HTTP: captcha images, 실명인증, tokens, and the centre key."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from tests.fixtures.scenarios import (
    RRN_CHILD,
    RRN_POST2020,
    RRN_STUDENT,
    RRN_UNKNOWN,
    small_scenario,
)

WITH_CAPTCHA = pytest.mark.parametrize("scenario", [small_scenario(identity={"captcha": True})], indirect=True)


def _code(response) -> str:
    return response.json()["error"]["code"]


@WITH_CAPTCHA
def test_the_captcha_is_a_readable_png_of_six_digits(sandbox, sandbox_api):
    r = sandbox_api.post("/v1/identity/captcha")
    assert r.status_code == 201
    body = r.json()
    assert body["required"] is True and body["expires_at"].endswith("+09:00")
    image = Image.open(io.BytesIO(base64.b64decode(body["image_png"])))
    image.load()
    assert image.format == "PNG" and image.size[0] >= 150 and image.size[1] >= 50
    # dark digit strokes stand out from the light background and noise
    grey = image.convert("L")
    dark = sum(grey.histogram()[:100])
    assert dark > 500
    answer = sandbox.captcha_answer(body["captcha_id"])
    assert len(answer) == 6 and answer.isdigit()


@WITH_CAPTCHA
def test_verify_with_the_right_captcha(sandbox, sandbox_api):
    cap = sandbox_api.post("/v1/identity/captcha").json()
    r = sandbox_api.post("/v1/identity/verify", json={"name": "김민준", "rrn": RRN_STUDENT, "captcha_id": cap["captcha_id"],
                                                      "captcha_text": sandbox.captcha_answer(cap["captcha_id"])})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["volunteer_id"] == "V-1001" and body["birth_date"] == "2012-03-15" and body["under_14"] is False
    assert body["expires_at"] == "2026-05-15T10:30:00+09:00"


@WITH_CAPTCHA
def test_a_wrong_captcha_is_refused_and_used_up(sandbox, sandbox_api):
    cap = sandbox_api.post("/v1/identity/captcha").json()
    right = sandbox.captcha_answer(cap["captcha_id"])
    wrong = "".join(str((int(c) + 1) % 10) for c in right)
    body = {"name": "김민준", "rrn": RRN_STUDENT, "captcha_id": cap["captcha_id"], "captcha_text": wrong}
    r = sandbox_api.post("/v1/identity/verify", json=body)
    assert r.status_code == 400 and _code(r) == "captcha_wrong"
    r = sandbox_api.post("/v1/identity/verify", json=dict(body, captcha_text=right))
    assert r.status_code == 400 and _code(r) == "captcha_expired"  # used up by the first attempt


@WITH_CAPTCHA
def test_a_captcha_expires_on_the_sandbox_clock(sandbox, sandbox_api):
    cap = sandbox_api.post("/v1/identity/captcha").json()
    answer = sandbox.captcha_answer(cap["captcha_id"])
    sandbox.advance(6)
    r = sandbox_api.post("/v1/identity/verify", json={"name": "김민준", "rrn": RRN_STUDENT,
                                                      "captcha_id": cap["captcha_id"], "captcha_text": answer})
    assert _code(r) == "captcha_expired"
    r = sandbox_api.post("/v1/identity/verify", json={"name": "김민준", "rrn": RRN_STUDENT})
    assert _code(r) == "captcha_expired"  # captcha on: an id is needed


def test_with_the_captcha_off_no_captcha_is_needed(sandbox_api):
    r = sandbox_api.post("/v1/identity/captcha")
    assert r.status_code == 200 and r.json() == {"required": False, "captcha_id": None}
    r = sandbox_api.post("/v1/identity/verify", json={"name": "김민준", "rrn": RRN_STUDENT.replace("-", "")})
    assert r.status_code == 200 and r.json()["volunteer_id"] == "V-1001"


def test_identity_mismatch_and_not_member(sandbox_api):
    r = sandbox_api.post("/v1/identity/verify", json={"name": "김민수", "rrn": RRN_STUDENT})
    assert r.status_code == 400 and _code(r) == "identity_mismatch"
    r = sandbox_api.post("/v1/identity/verify", json={"name": "홍길동", "rrn": RRN_UNKNOWN})
    assert r.status_code == 404 and _code(r) == "not_member"


def test_a_post_2020_number_with_a_wrong_check_digit_is_verified(sandbox_api):
    r = sandbox_api.post("/v1/identity/verify", json={"name": "최유나", "rrn": RRN_POST2020})
    assert r.status_code == 200 and r.json()["volunteer_id"] == "V-1004"


def test_under_14_is_reported(sandbox_api):
    r = sandbox_api.post("/v1/identity/verify", json={"name": "박지호", "rrn": RRN_CHILD})
    assert r.json()["under_14"] is True


@pytest.mark.parametrize("rrn", ["12345", "121315-3102343", "120315-9102343x", "120315-5"])
def test_a_number_failing_a_hard_check_is_an_invalid_request_without_echo(sandbox_api, rrn):
    r = sandbox_api.post("/v1/identity/verify", json={"name": "김민준", "rrn": rrn})
    assert r.status_code == 400 and _code(r) == "invalid_request"
    assert r.json()["error"]["details"]["field"] == "rrn"
    assert rrn not in r.text


def test_missing_fields_are_invalid_requests(sandbox_api):
    r = sandbox_api.post("/v1/identity/verify", json={"rrn": RRN_STUDENT})
    assert _code(r) == "invalid_request" and r.json()["error"]["details"]["field"] == "name"
    r = sandbox_api.post("/v1/identity/verify", data=b"not json", headers={"Content-Type": "application/json"})
    assert _code(r) == "invalid_request"


def test_the_token_expires_after_token_minutes(sandbox, sandbox_api):
    token = sandbox_api.post("/v1/identity/verify", json={"name": "김민준", "rrn": RRN_STUDENT}).json()["token"]
    r = sandbox_api.post("/v1/neis/students/verify", json={"token": token, "school_code": "7010057"})
    assert r.status_code == 200
    sandbox.advance(31)
    r = sandbox_api.post("/v1/neis/students/verify", json={"token": token, "school_code": "7010057"})
    assert r.status_code == 401 and _code(r) == "token_expired"


def test_a_missing_or_wrong_key_is_unauthorized(sandbox, sandbox_api):
    import requests

    with requests.Session() as bare:
        r = bare.get(sandbox.url + "/v1/status", timeout=30)
        assert r.status_code == 401 and _code(r) == "unauthorized"
        r = bare.post(sandbox.url + "/v1/identity/verify", json={}, headers={"X-LinkDesk-Key": "wrong"}, timeout=30)
        assert r.status_code == 401 and _code(r) == "unauthorized"
    assert sandbox_api.get("/v1/status").status_code == 200
