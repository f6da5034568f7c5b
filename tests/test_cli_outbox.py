"""``linkdesk outbox flush`` as real processes: killed mid-send, and two at once on one PostgreSQL."""

from __future__ import annotations

import subprocess
import time
from collections import Counter

import pytest

from tests.fixtures import scenarios as S
from tests.fixtures.store import fresh_pg_database
from tests.helpers.cli import ROOT, TIMEOUT, cli_env, command, json_of, run_cli, write_config

NEIS_DOWN = [{"partner": "neis", "operation": "submit", "kind": "http_503", "times": 0, "retry_after": 0}]
STUDENTS = [("김민준", "7010057", S.RRN_STUDENT, 5), ("최유나", "7530190", S.RRN_POST2020, 1)]


def make_env(sandbox, tmp_path, **config):
    path = write_config(tmp_path / "etc" / "linkdesk.toml", sandbox.url, **config)
    return cli_env(tmp_path, LINKDESK_API_KEY=sandbox.api_key, LINKDESK_CONFIG=str(path),
                   LINKDESK_DATA_DIR=str(tmp_path / "data"))


def queue_while_neis_is_down(sandbox, env) -> set[str]:
    """Link both students with NEIS refusing submissions: every eligible record waits in the outbox."""
    sandbox.set_faults(NEIS_DOWN)
    queued: set[str] = set()
    for name, school, rrn, expected in STUDENTS:
        result = run_cli(["link", "--name", name, "--school", school, "--json"], env, stdin=rrn + "\n")
        assert result.returncode == 0, result.stderr
        ids = {r["id"] for r in json_of(result)["records"] if r["status"] == "queued"}
        assert len(ids) == expected
        queued |= ids
    sandbox.set_faults([])
    assert sandbox.state()["neis_submissions"] == []
    return queued


def submissions(sandbox) -> Counter:
    return Counter(x["record_id"] for x in sandbox.state()["neis_submissions"])


def test_a_flush_killed_mid_send_is_resumed_and_sends_each_record_once(sandbox, tmp_path):
    env = make_env(sandbox, tmp_path, lease_seconds=1)
    wanted = queue_while_neis_is_down(sandbox, env)
    sandbox.advance(60)  # past the backoff
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "latency", "ms": 3000, "times": 0}])
    before = sandbox.state()["requests"].get("neis.submit", 0)
    with subprocess.Popen(command("outbox", "flush", "--json"), cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL) as proc:
        deadline = time.monotonic() + TIMEOUT  # bounded wait for the first submission to arrive
        while sandbox.state()["requests"].get("neis.submit", 0) <= before:
            assert proc.poll() is None, "flush ended before sending anything"
            assert time.monotonic() < deadline, "no submission reached the sandbox"
        proc.kill()  # SIGKILL: no clean-up, the claimed rows stay in flight
        proc.wait(timeout=TIMEOUT)
    assert proc.returncode == -9
    listed = json_of(run_cli(["outbox", "list", "--json"], env))
    assert listed["counts"]["in_flight"] >= 1
    # Later (past the 1 s lease), NEIS answers promptly again: the next flush takes the rows over.
    sandbox.set_faults([])
    sandbox.advance(5)
    flushed = run_cli(["outbox", "flush", "--json"], env)
    assert flushed.returncode == 0, flushed.stderr
    doc = json_of(flushed)
    assert {o["record_id"] for o in doc["outcomes"] if o["status"] in ("sent", "already_sent")} == wanted
    assert doc["outbox"]["sent"] == len(wanted) and doc["outbox"]["in_flight"] == doc["outbox"]["queued"] == 0
    counts = submissions(sandbox)
    assert set(counts) == wanted and set(counts.values()) == {1}


@pytest.fixture
def pg_url():
    """A fresh PostgreSQL database (skipped without a server: LINKDESK_TEST_PG_URL), dropped afterwards."""
    yield from fresh_pg_database()


@pytest.mark.postgres
def test_two_flushes_at_once_on_one_postgresql_database_send_every_row_once(sandbox, tmp_path, pg_url):
    env = make_env(sandbox, tmp_path, database_url=pg_url)
    wanted = queue_while_neis_is_down(sandbox, env)
    assert not (tmp_path / "data" / "linkdesk.db").exists()  # the shared database, not a local file
    sandbox.advance(60)
    # A little latency so the two counters' flushes overlap.
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "latency", "ms": 200, "times": 0}])
    with subprocess.Popen(command("outbox", "flush", "--json"), cwd=ROOT, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, encoding="utf-8") as one, \
            subprocess.Popen(command("outbox", "flush", "--json"), cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, encoding="utf-8") as two:
        results = [p.communicate(timeout=TIMEOUT) for p in (one, two)]
    assert one.returncode == two.returncode == 0, results
    docs = [json_of(subprocess.CompletedProcess([], 0, out, err)) for out, err in results]
    sent_by = Counter(o["record_id"] for d in docs for o in d["outcomes"] if o["status"] == "sent")
    assert set(sent_by) == wanted and set(sent_by.values()) == {1}  # each row by exactly one counter
    counts = submissions(sandbox)
    assert set(counts) == wanted and set(counts.values()) == {1}
    listed = json_of(run_cli(["outbox", "list", "--status", "all", "--json"], env))
    assert listed["counts"]["sent"] == len(wanted) and len(listed["items"]) == len(wanted)
