"""Partner answers: genuine answers recorded from the sandbox over HTTP, then mutated (fields deleted,
replaced by any JSON value, unknown ones added), go through the client models' parsers; raw bodies
and ``Retry-After`` values go through the wire. Only ``SchemaError`` / ``Breach`` may come out."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
import requests
from hypothesis import given
from hypothesis import strategies as st

from linkdesk.domain.rrn import parse_rrn
from linkdesk.partners import Gateway, PartnerError, PartnerSettings
from linkdesk.partners import wire
from linkdesk.partners.fields import Breach, SchemaError
from linkdesk.partners.limits import check_depth
from linkdesk.partners.transport import Transport
from linkdesk.sandbox.server import SandboxServer
from tests.fixtures import scenarios as S
from tests.fuzz.conftest import count, fuzz_settings
from tests.fuzz.mutate import JSON, mutated

Sample = tuple[str, object, object]  # operation, parse, genuine JSON


def _exercise(gw: Gateway) -> None:
    """Every kind of answer the clients parse, once."""
    calls = [
        gw.status,
        lambda: gw.identity.captcha(),
        lambda: gw.identity.verify("김민준", parse_rrn(S.RRN_STUDENT)),
        lambda: gw.portal1365.volunteer("V-1001"),
        lambda: gw.portal1365.records_page("V-1001"),
        lambda: gw.neis.schools("보문"),
        lambda: gw.neis.directory(),
        lambda: gw.vms.members(vms_id="haneul85"),
        lambda: gw.vms.records("haneul85"),
        lambda: gw.redcross.members(volunteer_id="V-3001"),
        lambda: gw.redcross.member("RC-3001"),
        lambda: gw.redcross.expiring(),
        lambda: gw.redcross.rcy(),
    ]
    for call in calls:
        try:
            call()
        except PartnerError:
            pass
    token = gw.identity.verify("김민준", parse_rrn(S.RRN_STUDENT)).token
    gw.neis.verify_student(token, "7010057")
    gw.neis.submissions("V-1001")


@pytest.fixture(scope="module")
def samples() -> Iterator[list[Sample]]:
    recorded: list[Sample] = []
    original = Transport._outcome

    def recording(self, call, response, parse):
        if response.ok:
            recorded.append((f"{call.partner}.{call.operation}", parse, copy.deepcopy(response.json())))
        return original(self, call, response, parse)

    server = SandboxServer(S.small_scenario()).start()
    mp = pytest.MonkeyPatch()
    mp.setattr(Transport, "_outcome", recording)
    try:
        with Gateway(PartnerSettings(base_url=server.url, api_key=S.API_KEY)) as gw:
            _exercise(gw)
    finally:
        mp.undo()
        server.stop()
    assert len({op for op, _, _ in recorded}) >= 12
    yield recorded


@fuzz_settings(2500)
@given(data=st.data())
def test_mutated_answers_are_parsed_or_refused_with_the_field_path(samples, data):
    operation, parse, genuine = data.draw(st.sampled_from(samples), label="answer")
    answer = data.draw(mutated(genuine), label="mutated")
    count("partner answers")
    try:
        parse(answer)
    except SchemaError as exc:
        assert exc.path.startswith("$")
    except Breach:
        pass


class _Raw:
    def __init__(self, content: bytes = b"", headers: dict | None = None) -> None:
        self.content = content
        self.headers = requests.structures.CaseInsensitiveDict(headers or {})
        self.status_code = 503


@fuzz_settings(800)
@given(st.one_of(st.binary(max_size=200), JSON.map(lambda v: repr(v).encode()),
                 st.text(alphabet='[]{}":,\\ 01a', max_size=300).map(str.encode)))
def test_raw_bodies_are_json_or_a_clear_refusal(body):
    count("raw bodies")
    try:
        check_depth(body, 64)
        wire.json_of(_Raw(body))
    except (SchemaError, Breach):
        pass


@fuzz_settings(400)
@given(st.one_of(st.text(max_size=30), st.integers(min_value=0, max_value=10**30).map(str),
                 st.datetimes(timezones=st.just(timezone.utc)).map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S GMT"))))
def test_retry_after_is_none_or_within_a_day(value):
    count("retry-after")
    wait = wire.retry_after(_Raw(headers={"Retry-After": value}))
    assert wait is None or 0 <= wait <= wire.MAX_RETRY_AFTER
    now = datetime.now(timezone.utc)
    error = wire.error_of(_Raw(headers={"Retry-After": value}), "neis", "submit", now)
    assert error.code == "partner_unavailable"  # 503 without a readable body
    assert error.retry_at is None or now <= error.retry_at <= now + timedelta(seconds=wire.MAX_RETRY_AFTER)
