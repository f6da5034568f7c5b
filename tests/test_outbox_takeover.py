"""A lease held by a process of this PC that no longer runs is taken over at once; a running one,
or another PC's, is left to its lease. And ``linkdesk outbox flush --now`` after a SIGKILL with the
default 120 s lease sends every record once, without waiting."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import time
from collections import Counter

from linkdesk.store import Store
from linkdesk.store import outbox
from linkdesk.store.outbox_leases import host_id, owner_pid, process_running, take_over_dead
from tests.fixtures.classroom import queue_rows
from tests.helpers.cli import ROOT, TIMEOUT, command, json_of, run_cli
from tests.test_cli_outbox import make_env, queue_while_neis_is_down, submissions

T0 = dt.datetime(2026, 5, 15, 1, 0, tzinfo=dt.timezone.utc)


def _queue(store: Store, n: int) -> list[int]:
    return queue_rows(store, n, T0)


def test_only_dead_processes_of_this_host_lose_their_lease(store: Store) -> None:
    dead, alive, other, ours = _queue(store, 4)
    here = host_id()
    for item_id, owner in ((dead, f"{here}:4000001:aa"), (alive, f"{here}:4000002:bb"),
                           (other, f"other-pc~000000000001:4000001:cc"), (ours, outbox.new_owner_id())):
        assert outbox.claim(store, owner, now=T0, limit=1, lease_seconds=120, ids=[item_id])
    running = {4000002, os.getpid()}
    taken = take_over_dead(store, T0 + dt.timedelta(seconds=5), running=lambda pid: pid in running)
    assert taken == [dead]
    (again,) = outbox.claim(store, "next", now=T0 + dt.timedelta(seconds=6), limit=10, lease_seconds=120)
    assert again.id == dead and again.previous_status == "in_flight" and again.may_have_reached_partner


def test_owner_names_and_the_process_check() -> None:
    owner = outbox.new_owner_id()
    assert owner_pid(owner, host_id()) == os.getpid() and owner_pid(owner, "elsewhere") is None
    assert owner_pid("garbage", host_id()) is None
    assert process_running(os.getpid())
    child = subprocess.Popen(["true"])
    child.wait()
    assert not process_running(child.pid)


def test_a_flush_killed_mid_send_is_taken_over_at_once_and_sends_each_record_once(sandbox, tmp_path):
    env = make_env(sandbox, tmp_path)  # the default 120 s lease
    wanted = queue_while_neis_is_down(sandbox, env)
    sandbox.advance(60)
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "latency", "ms": 3000, "times": 0}])
    before = sandbox.state()["requests"].get("neis.submit", 0)
    with subprocess.Popen(command("outbox", "flush", "--json"), cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL) as proc:
        deadline = time.monotonic() + TIMEOUT
        while sandbox.state()["requests"].get("neis.submit", 0) <= before:
            assert proc.poll() is None, "flush ended before sending anything"
            assert time.monotonic() < deadline, "no submission reached the sandbox"
        proc.kill()
        proc.wait(timeout=TIMEOUT)
    assert json_of(run_cli(["outbox", "list", "--json"], env))["counts"]["in_flight"] >= 1
    sandbox.set_faults([])
    flushed = run_cli(["outbox", "flush", "--json"], env)  # well inside the 120 s lease
    assert flushed.returncode == 0, flushed.stderr
    doc = json_of(flushed)
    assert {o["record_id"] for o in doc["outcomes"] if o["status"] in ("sent", "already_sent")} == wanted
    assert doc["outbox"]["in_flight"] == doc["outbox"]["queued"] == 0
    counts = submissions(sandbox)
    assert set(counts) == wanted and set(counts.values()) == {1}
    assert Counter(counts.values()) == Counter({1: len(wanted)})


def test_flush_now_retries_waiting_rows_at_once_and_says_so_in_the_access_log(sandbox, tmp_path):
    from sqlalchemy import select

    from linkdesk.store.models_security import AccessLogEntry

    # A back-off long enough that no row is due before --now, however slow the machine is today.
    env = make_env(sandbox, tmp_path, backoff_base_seconds=1500)
    wanted = queue_while_neis_is_down(sandbox, env)  # queued, each waiting for its back-off
    plain = run_cli(["outbox", "flush", "--json"], env)
    assert plain.returncode == 0 and json_of(plain)["outcomes"] == []  # not due yet: nothing sent
    now = run_cli(["outbox", "flush", "--now", "--json"], env)
    assert now.returncode == 0, now.stderr
    doc = json_of(now)
    assert {o["record_id"] for o in doc["outcomes"] if o["status"] == "sent"} == wanted
    assert set(submissions(sandbox).values()) == {1} and set(submissions(sandbox)) == wanted
    with Store(f"sqlite:///{tmp_path / 'data' / 'linkdesk.db'}") as store, store.unit_of_work(read_only=True) as uow:
        entries = list(uow.session.scalars(select(AccessLogEntry).where(AccessLogEntry.target.like("즉시 재전송%"))))
    assert entries and sum(int(e.target.split()[-1].rstrip("건")) for e in entries) == len(wanted)
    assert all(e.action == "change" for e in entries)
    again = run_cli(["outbox", "flush", "--now", "--json"], env)  # nothing left: nothing sent twice
    assert again.returncode == 0 and json_of(again)["outcomes"] == []
    assert set(submissions(sandbox).values()) == {1}
