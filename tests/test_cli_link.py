"""``linkdesk link`` as a real subprocess against the sandbox over HTTP, the RRN on stdin."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.fixtures import scenarios as S
from tests.helpers.cli import ROOT, TIMEOUT, cli_env, command, json_of, run_cli, write_config
from tests.helpers.privacy import files_holding

NEIS_DOWN = [{"partner": "neis", "operation": "submit", "kind": "http_503", "times": 0, "retry_after": 0}]
ELIGIBLE = {"R-1001-01", "R-1001-02", "R-1001-03", "R-1001-05", "R-1001-09"}
STUDENT_KEYS = {"verified", "volunteer_id", "name", "school", "grade", "class"}
RECORD_KEYS = {"id", "source", "source_id", "date", "minutes", "recognized_hours", "eligible", "reasons", "notes",
               "selected", "status", "message"}
STATUSES = {"sent", "failed", "queued", "skipped", "already_sent"}


@pytest.fixture
def env(sandbox, tmp_path):
    config = write_config(tmp_path / "etc" / "linkdesk.toml", sandbox.url)
    return cli_env(tmp_path, LINKDESK_API_KEY=sandbox.api_key, LINKDESK_CONFIG=str(config),
                   LINKDESK_DATA_DIR=str(tmp_path / "data"))


def link(env, *extra, name="김민준", school="7010057", rrn=S.RRN_STUDENT):
    return run_cli(["link", "--name", name, "--school", school, "--json", *extra], env, stdin=rrn + "\n")


def by_id(doc: dict) -> dict[str, dict]:
    return {r["id"]: r for r in doc["records"]}


def submitted(sandbox) -> list[str]:
    return sorted(x["record_id"] for x in sandbox.state()["neis_submissions"])


def test_link_sends_the_eligible_records_and_says_why_the_others_are_not(sandbox, env):
    result = link(env)
    assert result.returncode == 0, result.stderr
    doc = json_of(result)
    assert set(doc) >= {"student", "records", "summary"}
    assert set(doc["student"]) == STUDENT_KEYS
    assert doc["student"] | {"school": None} == {"verified": True, "volunteer_id": "V-1001", "name": "김민준",
                                                 "school": None, "grade": 3, "class": 2}
    assert doc["student"]["school"] == {"code": "7010057", "name": "보문중학교"}
    records = by_id(doc)
    assert all(set(r) == RECORD_KEYS and r["status"] in STATUSES for r in records.values())
    assert {rid for rid, r in records.items() if r["status"] == "sent"} == ELIGIBLE
    assert records["R-1001-01"] | {"reasons": None, "message": None, "notes": None} == {
        "id": "R-1001-01", "source": "1365", "source_id": "R-1001-01", "date": "2026-03-14", "minutes": 210,
        "recognized_hours": 3, "eligible": True, "reasons": None, "selected": True, "status": "sent", "message": None,
        "notes": None}
    capped = records["R-1001-03"]  # 240 min on a 6-period day: the cap and the day's rule are the reasons
    assert capped["eligible"] and capped["recognized_hours"] == 2
    assert [m["code"] for m in capped["reasons"]] == ["day_rule", "daily_cap"]
    assert "시간표 6교시 — 최대 2시간" in capped["reasons"][0]["message"]
    short = records["R-1001-04"]
    assert short["status"] == "skipped" and not short["eligible"] and not short["selected"]
    assert [m["code"] for m in short["reasons"]] == ["under_one_hour"] and "1시간" in short["reasons"][0]["message"]
    assert records["R-1001-07"]["reasons"][0]["code"] == "overseas"
    assert doc["summary"] == {"sent": 5, "failed": 0, "queued": 0, "skipped": 4, "already_sent": 0}
    assert submitted(sandbox) == sorted(ELIGIBLE)
    # A second run finds them in 연계완료 실적: already_sent, nothing sent again.
    again = link(env)
    assert again.returncode == 0, again.stderr
    doc2 = json_of(again)
    assert {rid for rid, r in by_id(doc2).items() if r["status"] == "already_sent"} == ELIGIBLE
    assert doc2["summary"] == {"sent": 0, "failed": 0, "queued": 0, "skipped": 4, "already_sent": 5}
    assert submitted(sandbox) == sorted(ELIGIBLE)
    # The cache shows the link per record, offline (no partner call needed).
    listed = run_cli(["records", "list", "--volunteer", "V-1001", "--json"], env)
    assert listed.returncode == 0, listed.stderr
    links = {r["id"]: r["links"] for r in json_of(listed)["records"]}
    assert {rid for rid, lk in links.items() if lk.get("neis", {}).get("status") == "sent"} == ELIGIBLE


def test_dry_run_and_an_explicit_selection(sandbox, env):
    dry = link(env, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    doc = json_of(dry)
    assert doc["dry_run"] is True and doc["summary"]["sent"] == 0
    assert {rid for rid, r in by_id(doc).items() if r["selected"]} == ELIGIBLE
    assert submitted(sandbox) == []
    chosen = link(env, "--select", "R-1001-01,R-1001-04")
    doc = json_of(chosen)
    assert chosen.returncode == 0, chosen.stderr
    assert {rid for rid, r in by_id(doc).items() if r["status"] == "sent"} == {"R-1001-01"}
    assert by_id(doc)["R-1001-04"]["status"] == "skipped"
    assert submitted(sandbox) == ["R-1001-01"]
    unknown = link(env, "--select", "R-9999-01")
    assert unknown.returncode == 1 and json_of(unknown)["error"]["code"] == "record_not_found"


def test_neis_down_queues_and_outbox_flush_sends_each_exactly_once(sandbox, env):
    sandbox.set_faults(NEIS_DOWN)
    result = link(env)
    assert result.returncode == 0, result.stderr
    doc = json_of(result)
    assert {rid for rid, r in by_id(doc).items() if r["status"] == "queued"} == ELIGIBLE
    assert doc["summary"]["queued"] == 5 and submitted(sandbox) == []
    listed = json_of(run_cli(["outbox", "list", "--json"], env))
    assert {i["record_id"] for i in listed["items"] if i["status"] == "queued"} == ELIGIBLE
    assert listed["counts"]["queued"] == 5
    # NEIS is back; an hour later (past the backoff; the CLI follows the sandbox clock) flush sends.
    sandbox.set_faults([])
    sandbox.advance(60)
    flushed = run_cli(["outbox", "flush", "--json"], env)
    assert flushed.returncode == 0, flushed.stderr
    out = json_of(flushed)
    assert {o["record_id"] for o in out["outcomes"] if o["status"] == "sent"} == ELIGIBLE
    assert out["summary"]["sent"] == 5 and out["outbox"]["sent"] == 5 and out["outbox"]["queued"] == 0
    assert submitted(sandbox) == sorted(ELIGIBLE)
    again = json_of(run_cli(["outbox", "flush", "--json"], env))
    assert again["outcomes"] == [] and submitted(sandbox) == sorted(ELIGIBLE)
    # The next visit shows them as already sent.
    assert json_of(link(env))["summary"]["already_sent"] == 5


def test_failures_exit_1_with_the_reason(sandbox, env):
    wrong_name = link(env, name="김민수")
    assert wrong_name.returncode == 1
    assert json_of(wrong_name)["error"]["code"] == "identity_mismatch" and "실명인증" in wrong_name.stderr
    wrong_school = link(env, school="7010083")
    assert wrong_school.returncode == 1 and json_of(wrong_school)["error"]["code"] == "student_mismatch"
    assert "학교정보" in wrong_school.stderr
    no_school = link(env, school="0000000")
    assert no_school.returncode == 1 and json_of(no_school)["error"]["code"] == "school_not_found"
    bad_number = link(env, rrn="120230-3123456")
    assert bad_number.returncode == 1 and "120230-3123456" not in bad_number.stdout + bad_number.stderr
    sandbox.set_faults([{"partner": "identity", "operation": "*", "kind": "http_503", "times": 0, "retry_after": 0}])
    down = link(env)
    assert down.returncode == 1 and json_of(down)["error"]["code"] == "partner_unavailable"
    sandbox.set_faults([])
    assert submitted(sandbox) == []


def test_consent_and_the_guardian_of_a_child(sandbox, env):
    missing = link(env, name="이서연", school="7010083", rrn=S.RRN_NO_CONSENT)
    assert missing.returncode == 1 and json_of(missing)["error"]["code"] == "consent_required"
    assert "--consent" in missing.stderr
    preview = link(env, "--consent", "--dry-run", name="이서연", school="B10-7010083", rrn=S.RRN_NO_CONSENT)
    assert preview.returncode == 1 and json_of(preview)["error"]["code"] == "consent_in_dry_run"
    assert not any(c["volunteer_id"] == "V-1002" for c in sandbox.state()["consents"])  # a dry run registers nothing
    given = link(env, "--consent", name="이서연", school="7010083", rrn=S.RRN_NO_CONSENT)
    assert given.returncode == 0, given.stderr
    assert any(c["volunteer_id"] == "V-1002" for c in sandbox.state()["consents"])
    child = link(env, "--consent", name="박지호", school="7010057", rrn=S.RRN_CHILD)
    assert child.returncode == 1 and json_of(child)["error"]["code"] == "guardian_required"
    with_guardian = link(env, "--consent", "--guardian-name", "박영희", "--guardian-relationship", "모",
                         "--guardian-checked", name="박지호", school="7010057", rrn=S.RRN_CHILD)
    assert with_guardian.returncode == 0, with_guardian.stderr
    consent = [c for c in sandbox.state()["consents"] if c["volunteer_id"] == "V-1003"][0]
    assert consent["guardian"]["relationship"] == "모"


def test_usage_errors_exit_2(env):
    assert link(env, "--guardian-name", "박영희", "--consent").returncode == 2  # no relationship
    assert link(env, "--guardian-name", "박영희", "--guardian-relationship", "모").returncode == 2  # no --consent
    assert link(env, "--select", ",").returncode == 2
    assert run_cli(["link", "--school", "7010057"], env).returncode == 2  # --name is required
    empty = run_cli(["link", "--name", "김민준", "--school", "7010057", "--json"], env, stdin="")
    assert empty.returncode == 1 and json_of(empty)["error"]["code"] == "rrn_missing"


@pytest.mark.parametrize("scenario", [S.small_scenario(identity={"captcha": True})], indirect=True)
def test_captcha_file_is_private_and_gone_and_nothing_keeps_the_number(sandbox, env, tmp_path):
    with subprocess.Popen(command("link", "--name", "김민준", "--school", "7010057", "--json"), cwd=ROOT, env=env,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          encoding="utf-8") as proc:
        proc.stdin.write(S.RRN_STUDENT + "\n")
        proc.stdin.flush()
        seen = []
        for line in proc.stderr:  # ends at EOF if the command dies first
            seen.append(line)
            if line.startswith("보안문자 이미지: "):
                break
        else:
            raise AssertionError("no captcha prompt:\n" + "".join(seen))
        image = tmp_path.joinpath("tmp").joinpath(line.split(": ", 1)[1].strip().rsplit("/", 1)[1])
        assert image.exists() and image.read_bytes().startswith(b"\x89PNG")
        assert image.stat().st_mode & 0o777 == 0o600
        answers = [text for text, _ in sandbox.server.state.captchas.values()]
        assert len(answers) == 1
        proc.stdin.write(answers[0] + "\n")
        out, rest = proc.communicate(timeout=TIMEOUT)
        err = "".join(seen) + rest
    assert proc.returncode == 0, err
    assert not image.exists() and list((tmp_path / "tmp").iterdir()) == []
    assert json_of(subprocess.CompletedProcess([], 0, out, err))["summary"]["sent"] == 5
    assert S.RRN_STUDENT not in out + err
    assert (tmp_path / "data" / "logs" / "linkdesk.log").exists()
    assert files_holding(S.RRN_STUDENT, tmp_path) == []


def test_training_mode_uses_the_scenario_file_and_leaks_nothing(tmp_path):
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps(S.small_scenario(), ensure_ascii=False), encoding="utf-8")
    env = cli_env(tmp_path, LINKDESK_SANDBOX_SCENARIO=str(scenario))
    data = tmp_path / "data"
    result = run_cli(["link", "--name", "김민준", "--school", "7010057", "--data-dir", str(data), "--json"], env,
                     stdin=S.RRN_STUDENT + "\n")
    assert result.returncode == 0, result.stderr
    assert "연습 모드: 내장 가상 서버(sandbox)를 사용합니다 — 실제 기관에 전송되지 않습니다" in result.stderr
    assert json_of(result)["summary"]["sent"] == 5
    assert (data / "linkdesk-training.db").exists() and not (data / "linkdesk.db").exists()
    scenario.unlink()  # the scenario file itself holds the made-up numbers
    assert files_holding(S.RRN_STUDENT, tmp_path) == []
    assert files_holding(S.RRN_STUDENT.replace("-", ""), tmp_path) == []
