"""Hostile partners over real HTTP on 127.0.0.1 (issue 16, point 4): a server dripping one byte at
a time, a gzip bomb, JSON nested without end, absurd ``Retry-After`` values and genuine answers
about another person or record. Each ends in a clear :class:`PartnerError`, bounded in time (the
dripping server is cut off after a few bytes) and in memory (tracemalloc's peak)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from linkdesk.domain.rrn import parse_rrn
from linkdesk.partners import Gateway, PartnerError, PartnerSettings
from linkdesk.partners.wire import MAX_RETRY_AFTER
from tests.fixtures.scenarios import RRN_STUDENT
from tests.helpers.hostile import (HostileServer, drip, gzip_bomb, hostile_server, json_answer, raw_answer,
                                   relay)

VOLUNTEER = "/v1/1365/volunteers/V-1001"
NOW = datetime(2026, 5, 15, 1, 0, tzinfo=timezone.utc)


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with hostile_server() as s:
        yield s


def gateway_for(server: HostileServer, **overrides) -> Gateway:
    values = dict(base_url=server.url, api_key="k", connect_timeout=1.0, read_timeout=2.0, retries=0,
                  deadline=0.5, max_body_bytes=1024 * 1024)
    values.update(overrides)
    return Gateway(PartnerSettings(**values), sleep=lambda s: None, now=lambda: NOW)


def fails(server: HostileServer, **overrides) -> PartnerError:
    with gateway_for(server, **overrides) as gw, pytest.raises(PartnerError) as caught:
        gw.portal1365.volunteer("V-1001")
    return caught.value


# -- deadline -------------------------------------------------------------------------------------

@pytest.mark.parametrize("headers_too", [False, True], ids=["body", "status line and headers"])
def test_a_dripping_server_is_cut_off_at_the_deadline(server, headers_too):
    # One byte every 50 ms never trips the 2 s read timeout; only the total deadline stops it.
    server.answers[VOLUNTEER] = drip(b'{"volunteer_id": "V-1001"' + b" " * 2000 + b"}", headers_too=headers_too)
    error = fails(server)
    assert error.code == "timeout"
    assert error.temporary
    # 0.5 s at 20 bytes a second is ~10 bytes; the helper would drip 400 (20 s) if nobody hung up.
    assert server.sent < 100


def test_a_dripping_submission_is_resolved_by_key_not_sent_blind(server):
    server.answers["/v1/neis/submissions"] = drip(b"{" + b" " * 2000 + b"}")
    with gateway_for(server) as gw, pytest.raises(PartnerError) as caught:
        gw.neis.submit("V-1001", "S-1", "7010001", "R-1", 4, "key-1")
    # Lost on the wire → asked by key (404: never received) → sent once more with the same key →
    # lost again → ambiguous, kept with its key by the outbox; never a third send.
    assert caught.value.code == "ambiguous"
    assert caught.value.idempotency_key == "key-1"
    posts = [r for r in server.requests if r[0] == "POST"]
    assert len(posts) == 2
    assert server.requests[1][1] == "/v1/neis/submissions/key-1"


# -- size -------------------------------------------------------------------------------------------

def test_a_gzip_bomb_is_refused_without_decoding_it(server):
    bomb = gzip_bomb(512)  # 512 MiB of zeros in about half a megabyte
    server.answers[VOLUNTEER] = raw_answer(200, bomb, {"Content-Type": "application/json",
                                                       "Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        error = fails(server, deadline=10.0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.code == "partner_protocol"
    assert "decompression" in error.details["problem"]
    assert peak < 16 * 1024 * 1024  # the 1 MiB cap plus working buffers, not 512 MiB


def test_an_oversized_plain_body_is_refused(server):
    server.answers[VOLUNTEER] = raw_answer(200, b"[" + b"0," * 600_000 + b"0]", {"Content-Type": "application/json"})
    error = fails(server, deadline=10.0)
    assert error.code == "partner_protocol"
    assert "limit" in error.details["problem"]


def test_an_unknown_content_encoding_is_refused(server):
    server.answers[VOLUNTEER] = raw_answer(200, b"\x00\x01", {"Content-Encoding": "br"})
    assert fails(server).code == "partner_protocol"


def test_a_small_gzip_answer_still_works(server, sandbox):
    import gzip
    import json

    import requests

    real = requests.get(sandbox.url + VOLUNTEER, headers={"X-LinkDesk-Key": sandbox.api_key}, timeout=5).json()
    server.answers[VOLUNTEER] = raw_answer(200, gzip.compress(json.dumps(real).encode()),
                                           {"Content-Type": "application/json", "Content-Encoding": "gzip"})
    with gateway_for(server) as gw:
        assert gw.portal1365.volunteer("V-1001").name == real["name"]


# -- JSON depth -------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [b"[" * 200_000 + b"]" * 200_000, b'{"a":' * 50_000 + b"1" + b"}" * 50_000],
                         ids=["arrays", "objects"])
def test_deeply_nested_json_is_refused_not_a_recursion_error(server, body):
    server.answers[VOLUNTEER] = raw_answer(200, body, {"Content-Type": "application/json"})
    error = fails(server, deadline=10.0)
    assert error.code == "partner_protocol"
    assert "nested" in error.details["problem"]


def test_deep_json_in_an_error_answer_keeps_the_status_code(server):
    server.answers[VOLUNTEER] = raw_answer(503, b"[" * 100_000, {"Content-Type": "application/json"})
    assert fails(server).code == "partner_unavailable"


def test_brackets_inside_strings_do_not_count(server):
    from linkdesk.partners.limits import check_depth

    check_depth(b'{"a": "' + b"[" * 1000 + b'\\"[[[", "b": [1, [2]]}', 3)


# -- Retry-After ------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["9" * 20, "99999999999", "9" * 5000, "Fri, 10 Oct 5195 00:00:00 GMT"])
def test_an_absurd_retry_after_is_clamped_to_a_day(server, value):
    server.answers[VOLUNTEER] = raw_answer(503, b"", {"Retry-After": value})
    error = fails(server, retries=2)
    assert error.code == "partner_unavailable"
    assert error.retry_at is not None
    assert NOW < error.retry_at <= NOW + timedelta(seconds=MAX_RETRY_AFTER)
    assert len(server.requests) == 1  # not waited out: the outbox tries later


def test_an_absurd_retry_at_in_the_body_is_clamped(server):
    server.answers[VOLUNTEER] = json_answer(429, {"error": {"code": "rate_limited", "retry_at": "9999-12-31T00:00:00+00:00"}})
    error = fails(server)
    assert error.retry_at == NOW + timedelta(seconds=MAX_RETRY_AFTER)


@pytest.mark.parametrize("value", ["²", "-5", "1e9", "soon"])
def test_a_retry_after_that_is_not_a_number_is_ignored(server, value):
    server.answers[VOLUNTEER] = raw_answer(503, b"", {"Retry-After": value})
    error = fails(server)
    assert error.code == "partner_unavailable"
    assert error.retry_at is None


# -- answers about someone else ---------------------------------------------------------------------

def _other(field: str, value):
    def rewrite(data):
        return {**data, field: value}
    return rewrite


@pytest.mark.parametrize("field,value", [("name", "박지호"), ("birth_date", "2013-04-02")])
def test_identity_answering_about_another_person_is_refused(server, sandbox, field, value):
    server.answers["/v1/identity/verify"] = relay(sandbox, _other(field, value))
    with gateway_for(server, deadline=5.0) as gw, pytest.raises(PartnerError) as caught:
        gw.identity.verify("김민준", parse_rrn(RRN_STUDENT))
    assert caught.value.code == "partner_protocol"
    assert field in caught.value.details["problem"]
    assert "박지호" not in str(caught.value)


def test_identity_answering_about_the_person_asked_is_accepted(server, sandbox):
    server.answers["/v1/identity/verify"] = relay(sandbox, lambda data: data)
    with gateway_for(server, deadline=5.0) as gw:
        assert gw.identity.verify(" 김민준 ", parse_rrn(RRN_STUDENT)).name == "김민준"


def test_1365_answering_with_another_volunteer_is_refused(server, sandbox):
    server.answers[VOLUNTEER] = relay(sandbox, _other("volunteer_id", "V-1002"))
    assert fails(server, deadline=5.0).code == "partner_protocol"


def test_student_check_about_another_school_is_refused(server):
    server.answers["/v1/neis/students/verify"] = json_answer(200, {
        "verified": True, "student_ref": "S-1", "grade": 3, "class": 2, "number": 7,
        "school": {"code": "OTHER", "office": "x", "name": "x", "kind": "middle", "region": "x", "address": "x"}})
    with gateway_for(server) as gw, pytest.raises(PartnerError) as caught:
        gw.neis.verify_student("token", "7010001")
    assert caught.value.code == "partner_protocol"


def _submission(record_id: str, key: str) -> dict:
    return {"submission_id": "N-1", "idempotency_key": key, "record_id": record_id, "volunteer_id": "V-1001",
            "school_code": "7010001", "hours": 4, "status": "sent", "sent_at": "2026-05-15T10:00:00+09:00"}


def test_a_submission_answered_for_another_record_is_resolved_by_key(server):
    # The answer names another record: the outcome of *ours* is unknown, so it is looked up by
    # key, and the lookup's genuine answer is what counts.
    server.answers["/v1/neis/submissions"] = json_answer(201, _submission("R-OTHER", "key-2"))
    server.answers["/v1/neis/submissions/key-2"] = json_answer(200, _submission("R-1", "key-2"))
    with gateway_for(server) as gw:
        sub = gw.neis.submit("V-1001", "S-1", "7010001", "R-1", 4, "key-2")
    assert sub.record_id == "R-1"
    assert [r[0] for r in server.requests] == ["POST", "GET"]


@pytest.mark.parametrize("record,key", [("R-1", "key-OTHER"), ("R-OTHER", "key-3")],
                         ids=["another key", "another record"])
def test_a_status_lookup_about_something_else_is_ambiguous_not_trusted(server, record, key):
    server.answers["/v1/neis/submissions"] = json_answer(201, _submission("R-OTHER", "key-3"))
    server.answers["/v1/neis/submissions/key-3"] = json_answer(200, _submission(record, key))
    with gateway_for(server) as gw, pytest.raises(PartnerError) as caught:
        gw.neis.submit("V-1001", "S-1", "7010001", "R-1", 4, "key-3")
    assert caught.value.code == "ambiguous"
    assert caught.value.details["cause"] == "partner_protocol"
    assert [r[0] for r in server.requests] == ["POST", "GET"]  # never re-sent while unresolved


# -- the outbox: nothing lost, nothing doubled ------------------------------------------------------

def test_the_outbox_loses_and_doubles_nothing_while_neis_answers_about_other_records(sandbox, tmp_path, monkeypatch):
    from linkdesk.clock import OffsetClock
    from linkdesk.services.core import open_core
    from linkdesk.services.dispatcher import Dispatcher
    from linkdesk.store import outbox
    from tests.fixtures.core import core_config
    from tests.test_services_linking import to_select

    monkeypatch.delenv("LINKDESK_API_KEY", raising=False)
    hostile = {"on": True}

    def other_record(data):
        if hostile["on"] and isinstance(data, dict) and "record_id" in data:
            return {**data, "record_id": "R-OTHER"}
        return data

    with hostile_server() as neis:
        neis.answers["*"] = relay(sandbox, other_record)
        cfg = core_config(sandbox)
        cfg.partners.urls = {"neis": neis.url}
        core = open_core(cfg, tmp_path / "data", clock=OffsetClock())
        try:
            s = to_select(core)
            wanted = set(s.state.selected)
            s.send()
            rows = outbox.pending(core.store, kind="neis_submit")
            assert {r.record_id for r in rows} == wanted
            assert {r.status for r in rows} == {"ambiguous"}  # kept with their keys, not failed, not sent
            hostile["on"] = False
            sandbox.advance(60 * 24)
            core.sync_clock()
            outcomes = Dispatcher(core).flush()
            assert {o.record_id for o in outcomes if o.status == "sent"} == wanted
            assert outbox.pending(core.store, kind="neis_submit") == []
        finally:
            core.close()
    submitted = [x["record_id"] for x in sandbox.state()["neis_submissions"]]
    assert sorted(submitted) == sorted(wanted)  # each exactly once, though sent twice under one key


def test_link_stops_when_identity_answers_about_another_person(sandbox, tmp_path):
    """The CLI no longer exits 0 mixing another person's name and id with the student's school."""
    from tests.helpers.cli import cli_env, json_of, run_cli, write_config

    with hostile_server() as gateway:
        gateway.answers["*"] = relay(sandbox, lambda data: data)
        gateway.answers["/v1/identity/verify"] = relay(sandbox, lambda data: {**data, "name": "박지호"})
        config = write_config(tmp_path / "etc" / "linkdesk.toml", gateway.url)
        env = cli_env(tmp_path, LINKDESK_API_KEY=sandbox.api_key, LINKDESK_CONFIG=str(config),
                      LINKDESK_DATA_DIR=str(tmp_path / "data"))
        result = run_cli(["link", "--name", "김민준", "--school", "7010057", "--json"], env, stdin=RRN_STUDENT + "\n")
    assert result.returncode == 1
    assert json_of(result)["error"]["code"] == "partner_protocol"
    assert "박지호" not in result.stdout + result.stderr
    assert sandbox.state()["neis_submissions"] == []
