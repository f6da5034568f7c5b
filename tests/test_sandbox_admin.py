"""The gateway status, the loopback-only administration endpoints, routing errors and the CLI."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from linkdesk.sandbox.app import SandboxApp, is_loopback
from linkdesk.sandbox.routing import PartnerError
from linkdesk.sandbox.scenario import load_scenario
from tests.fixtures.scenarios import small_scenario

ROOT = Path(__file__).resolve().parents[1]


def _code(response) -> str:
    return response.json()["error"]["code"]


def test_status(sandbox_api):
    assert sandbox_api.get("/v1/status").json() == {
        "version": "v1", "time": "2026-05-15T10:00:00+09:00", "training": True,
        "partners": {"identity": "up", "1365": "up", "neis": "up", "vms": "up", "redcross": "up"}}


def test_state_lists_what_partners_received(sandbox, sandbox_api):
    sandbox_api.get("/v1/neis/schools")
    sandbox_api.get("/v1/neis/schools")
    sandbox_api.get("/v1/status")  # the gateway status is not a partner operation
    state = sandbox.state()
    assert set(state) == {"clock", "neis_submissions", "vms_transfers", "consents", "redcross_links", "requests", "faults"}
    assert state["requests"] == {"neis.schools": 2}
    assert state["clock"] == "2026-05-15T10:00:00+09:00"


def test_the_clock_can_be_set_and_advanced(sandbox, sandbox_api):
    assert sandbox.set_clock("2026-09-01T08:30:00+09:00") == "2026-09-01T08:30:00+09:00"
    assert sandbox.advance(90) == "2026-09-01T10:00:00+09:00"
    assert sandbox.set_clock("2026-09-01T00:00:00Z") == "2026-09-01T09:00:00+09:00"  # shown in KST
    assert sandbox_api.get("/v1/status").json()["time"] == "2026-09-01T09:00:00+09:00"
    with requests.Session() as s:
        for body in ({}, {"set": "2026-09-01T00:00:00+09:00", "advance_minutes": 1}, {"set": "2026-09-01T00:00:00"},
                     {"set": "soon"}, {"advance_minutes": "ten"}, {"advance_minutes": True}):
            r = s.post(sandbox.url + "/_sandbox/clock", json=body, timeout=30)
            assert r.status_code == 400 and _code(r) == "invalid_request", body


def test_faults_are_replaced_and_listed(sandbox):
    active = sandbox.set_faults([{"partner": "vms", "kind": "http_500", "times": 3}])
    assert active == [{"partner": "vms", "operation": "*", "kind": "http_500", "times": 3, "ms": 0, "retry_after": 1,
                       "remaining": 3}]
    assert sandbox.set_faults([]) == []
    assert sandbox.state()["faults"] == []


def test_an_unknown_captcha_has_no_answer(sandbox):
    with pytest.raises(AssertionError, match="404"):
        sandbox.captcha_answer("C-unknown")


def test_unknown_paths_and_methods(sandbox_api):
    r = sandbox_api.get("/v1/nowhere")
    assert r.status_code == 404 and _code(r) == "not_found"
    r = sandbox_api.request("DELETE", "/v1/neis/schools")
    assert r.status_code == 400 and _code(r) == "invalid_request"
    r = sandbox_api.post("/v1/identity/verify", data=b"[1, 2]", headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "body"


def test_administration_answers_loopback_only():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and not is_loopback("192.0.2.7") and not is_loopback("x")
    app = SandboxApp(load_scenario(small_scenario()))
    route, _ = app.resolve("GET", "/_sandbox/state")
    app.authorize(route, {}, "127.0.0.1")  # no key needed from loopback
    with pytest.raises(PartnerError) as info:
        app.authorize(route, {}, "192.0.2.7")
    assert info.value.code == "not_found"


def test_cli_writes_the_default_scenario(tmp_path):
    target = tmp_path / "default.json"
    done = subprocess.run([sys.executable, "-m", "linkdesk", "sandbox", "--write-default", str(target)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(load_scenario(target).data["schools"]) > 12_000


def test_cli_serves_a_scenario_until_sigterm(tmp_path):
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(small_scenario(), ensure_ascii=False), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "linkdesk", "sandbox", "--scenario", str(path), "--port", "0"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().strip()
        assert line.startswith("LinkDesk sandbox listening on http://127.0.0.1:"), line + proc.stderr.read()
        url = line.rsplit(" ", 1)[1]
        with requests.Session() as s:
            r = s.get(url + "/v1/status", headers={"X-LinkDesk-Key": "test-centre-key"}, timeout=30)
            assert r.status_code == 200 and r.json()["version"] == "v1"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def test_cli_stops_on_a_bad_scenario_naming_the_field(tmp_path):
    sc = small_scenario()
    sc["volunteers"][3]["student"]["school"] = "123"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(sc, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "linkdesk", "sandbox", "--scenario", str(path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "volunteers[3].student.school: unknown school code '123'" in done.stderr
