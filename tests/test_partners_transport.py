"""The one request path, against the real sandbox over HTTP: keys, TLS rule, timeouts, retries,
Retry-After, validation of answers, error mapping and log lines without personal data."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date

import pytest
import requests

from linkdesk.domain.rrn import parse_rrn
from linkdesk.partners import Gateway, InsecureUrlError, PartnerError, PartnerSettings
from linkdesk.partners.fields import Fields, SchemaError
from linkdesk.partners.models import Record
from tests.fixtures.scenarios import RRN_STUDENT


class Waits(list):
    """Stands in for ``time.sleep``: records how long the client would wait, without waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def settings_for(sandbox, **overrides) -> PartnerSettings:
    values = dict(base_url=sandbox.url, api_key=sandbox.api_key, connect_timeout=2.0, read_timeout=5.0,
                  retries=2, backoff=0.25, max_retry_wait=5.0)
    values.update(overrides)
    return PartnerSettings(**values)


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture
def gateway(sandbox, waits) -> Iterator[Gateway]:
    with Gateway(settings_for(sandbox, read_timeout=1.0), sleep=waits) as gw:
        yield gw


# -- settings -------------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["http://example.org", "http://10.0.0.5:8080", "ftp://127.0.0.1", "gateway.local",
                                 "http://127.0.0.1.example.org/"])
def test_non_loopback_http_and_non_urls_are_refused(url):
    with pytest.raises(InsecureUrlError):
        PartnerSettings(base_url=url)
    with pytest.raises(InsecureUrlError):
        PartnerSettings(base_url="https://gw.example", partner_urls={"neis": url})


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765", "http://localhost:1/", "http://[::1]:9", "https://gw.example/lk/"])
def test_loopback_http_and_https_are_accepted(url):
    s = PartnerSettings(base_url=url, partner_urls={"neis": "https://neis.example/"})
    assert not s.base_url.endswith("/")
    assert s.url_for("neis") == "https://neis.example"
    assert s.url_for("vms") == s.base_url


def test_settings_never_show_the_key_and_reject_unknown_partners():
    s = PartnerSettings(base_url="https://gw.example", api_key="secret-centre-key", ca_bundle="/etc/ca.pem")
    assert "secret-centre-key" not in repr(s)
    assert s.verify == "/etc/ca.pem" and s.timeout == (3.05, 15.0)
    assert PartnerSettings(base_url="https://gw.example").verify is True
    with pytest.raises(ValueError):
        PartnerSettings(base_url="https://gw.example", partner_urls={"dovol": "https://x.example"})


def test_a_per_partner_url_is_used_for_that_partner_only(sandbox, waits):
    # NEIS points at a closed port: only NEIS calls fail, the rest still reach the sandbox.
    with requests.Session() as probe:
        probe.get(sandbox.url + "/v1/status", timeout=5).close()
    s = settings_for(sandbox, partner_urls={"neis": "http://127.0.0.1:9"}, retries=0)
    with Gateway(s, sleep=waits) as gw:
        assert gw.portal1365.volunteer("V-1001").name == "김민준"
        with pytest.raises(PartnerError) as err:
            gw.neis.schools("보문")
    assert err.value.code == "connection_failed" and err.value.status is None and err.value.temporary


# -- authentication, errors -----------------------------------------------------------------------

def test_wrong_centre_key_is_unauthorized(sandbox, waits):
    with Gateway(settings_for(sandbox, api_key="not-the-key"), sleep=waits) as gw:
        with pytest.raises(PartnerError) as err:
            gw.portal1365.volunteer("V-1001")
    e = err.value
    assert (e.code, e.status, e.partner, e.operation) == ("unauthorized", 401, "1365", "volunteer")
    assert not e.temporary and waits == []  # never retried
    assert str(e).startswith("[1365 자원봉사포털] 센터 인증키가")


def test_error_answers_carry_code_details_and_korean_text(gateway):
    with pytest.raises(PartnerError) as err:
        gateway.neis.verify_student("no-such-token", "7010057")
    assert err.value.code == "token_expired" and err.value.status == 401
    with pytest.raises(PartnerError) as err:
        gateway.portal1365.volunteer("V-9999")
    assert (err.value.code, err.value.status, err.value.details) == ("not_found", 404, {"volunteer_id": "V-9999"})
    assert str(err.value) == "[1365 자원봉사포털] 요청한 정보를 찾을 수 없습니다."


def test_an_error_never_shows_the_request_body(sandbox, gateway):
    rrn = parse_rrn(RRN_STUDENT)
    with pytest.raises(PartnerError) as err:
        gateway.identity.verify("김민준아님", rrn)
    assert err.value.code == "identity_mismatch"
    shown = str(err.value) + repr(err.value) + repr(err.value.details) + str(err.value.partner_message)
    assert rrn.digits()[7:] not in shown and "김민준아님" not in shown


# -- answers are validated --------------------------------------------------------------------------

def test_a_malformed_body_is_a_clear_error_not_a_crash(sandbox, gateway, waits):
    sandbox.set_faults([{"partner": "1365", "operation": "volunteer", "kind": "malformed_body"}])
    with pytest.raises(PartnerError) as err:
        gateway.portal1365.volunteer("V-1001")
    assert err.value.code == "malformed_response" and err.value.status == 200 and err.value.temporary
    assert waits == []  # a malformed answer is not retried
    assert gateway.portal1365.volunteer("V-1001").volunteer_id == "V-1001"  # the fault is used up


def test_missing_fields_and_wrong_types_name_the_path():
    good = {"id": "R-1", "source": "1365", "source_id": "R-1", "date": "2026-05-04", "seq": 1, "organization": "o",
            "category": "0800", "activity": "a", "start": "15:30", "end": "16:30", "minutes": 60,
            "nature": "regular", "neis": None}
    rec = Record.from_fields(Fields(good))
    assert rec.time_range == "15:30~16:30" and rec.facts().minutes == 60
    for broken, path in [({"minutes": "60"}, "$.minutes"), ({"seq": True}, "$.seq"), ({"date": "04.05.2026"}, "$.date"),
                         ({"start": "3pm"}, "$.start"), ({"source": "dovol"}, "$.source"),
                         ({"neis": {"status": "sent", "sent_at": "2026-05-04T10:00:00"}}, "$.neis.sent_at")]:
        with pytest.raises(SchemaError) as err:
            Record.from_fields(Fields({**good, **broken}))
        assert err.value.path == path
    with pytest.raises(SchemaError) as err:
        Record.from_fields(Fields({k: v for k, v in good.items() if k != "activity"}))
    assert err.value.path == "$.activity" and err.value.problem == "missing"


# -- retries and Retry-After ------------------------------------------------------------------------

def test_http_503_with_retry_after_on_a_read_is_retried_after_waiting(sandbox, gateway, waits):
    sandbox.set_faults([{"partner": "neis", "operation": "schools", "kind": "http_503", "times": 2, "retry_after": 3}])
    page = gateway.neis.schools("보문중")
    assert [s.name for s in page.items][0] == "보문중학교"
    assert waits == [3.0, 3.0]
    assert sandbox.state()["requests"]["neis.schools"] == 3


def test_http_500_on_a_read_is_retried_with_backoff(sandbox, gateway, waits):
    sandbox.set_faults([{"partner": "1365", "operation": "records", "kind": "http_500", "times": 1}])
    assert len(gateway.portal1365.all_records("V-1001")) == 9
    assert waits == [0.25]


def test_retries_are_bounded(sandbox, gateway, waits):
    sandbox.set_faults([{"partner": "1365", "operation": "volunteer", "kind": "http_500", "times": 0}])
    with pytest.raises(PartnerError) as err:
        gateway.portal1365.volunteer("V-1001")
    assert err.value.code == "internal_error" and err.value.status == 500 and err.value.temporary
    assert waits == [0.25, 0.5]  # 1 + 2 retries
    assert sandbox.state()["requests"]["1365.volunteer"] == 3


def test_a_retry_after_longer_than_the_cap_is_not_waited_out(sandbox, gateway, waits):
    sandbox.set_faults([{"partner": "neis", "operation": "schools", "kind": "http_503", "times": 0, "retry_after": 120}])
    with pytest.raises(PartnerError) as err:
        gateway.neis.schools("보문")
    assert err.value.code == "partner_unavailable" and err.value.retry_at is not None
    assert waits == []
    assert "다시 시도 가능 시각" in str(err.value)


def test_latency_within_the_read_timeout_is_just_slow(sandbox, gateway, waits):
    sandbox.set_faults([{"partner": "neis", "operation": "directory", "kind": "latency", "ms": 300}])
    assert len(gateway.neis.directory().schools) == 8
    assert waits == []


def test_latency_beyond_the_read_timeout_is_a_timeout(sandbox, gateway, waits):
    sandbox.set_faults([{"partner": "identity", "operation": "verify", "kind": "latency", "ms": 1800, "times": 0}])
    with pytest.raises(PartnerError) as err:
        gateway.identity.verify("김민준", parse_rrn(RRN_STUDENT))
    assert err.value.code == "timeout" and err.value.status is None and err.value.temporary
    assert waits == []  # verify is not safe to repeat: no retry


def test_a_timed_out_read_is_retried(sandbox, gateway, waits):
    sandbox.set_faults([{"partner": "1365", "operation": "volunteer", "kind": "latency", "ms": 1800, "times": 1}])
    assert gateway.portal1365.volunteer("V-1001").vms_id is None
    assert waits == [0.25]


# -- logging ---------------------------------------------------------------------------------------

def test_one_log_line_per_call_without_personal_data(sandbox, gateway, caplog):
    caplog.set_level(logging.INFO, logger="linkdesk.partners")
    rrn = parse_rrn(RRN_STUDENT)
    verified = gateway.identity.verify("김민준", rrn)
    gateway.vms.members(name="정하늘", birth_date=date(1985, 2, 14))
    lines = [r.getMessage() for r in caplog.records if r.name == "linkdesk.partners"]
    assert len(lines) == 2
    assert lines[0].startswith("identity.verify POST /v1/identity/verify -> 200")
    assert "?[birth_date,name]" in lines[1]
    text = "\n".join(lines)
    for secret in (rrn.digits(), rrn.digits()[6:], "김민준", "정하늘", verified.token, verified.birth_date.isoformat()):
        assert secret not in text
    assert verified.token not in repr(verified) and rrn.digits()[6:] not in repr(verified)


def test_tls_is_really_used_for_https(sandbox, waits):
    # The sandbox speaks plain HTTP: an https:// URL must fail the handshake, never fall back.
    with Gateway(settings_for(sandbox, base_url=sandbox.url.replace("http://", "https://")), sleep=waits) as gw:
        with pytest.raises(PartnerError) as err:
            gw.status()
    assert err.value.code == "connection_failed"
    assert sandbox.state()["requests"].get("gateway.status", 0) == 0


# -- 대기 취소 ---------------------------------------------------------------------------------------

def test_a_cancelled_task_makes_no_further_attempts(sandbox):
    """The 1365 volunteer read keeps failing with 503; staff press 대기 취소 during the back-off: the
    call gives up with the error it has (no more requests), instead of retrying in the background."""
    import threading

    from linkdesk.cancel import cancellable

    sandbox.set_faults([{"partner": "1365", "operation": "volunteer", "kind": "http_500", "times": 0}])
    stop = threading.Event()
    errors: list[PartnerError] = []

    def read() -> None:
        with Gateway(settings_for(sandbox, retries=8, backoff=30.0, max_retry_wait=60.0)) as gw, cancellable(stop):
            try:
                gw.portal1365.volunteer("V-1001")
            except PartnerError as exc:
                errors.append(exc)

    worker = threading.Thread(target=read)
    worker.start()
    while sandbox.state()["requests"].get("1365.volunteer", 0) < 1:  # the first attempt has failed
        assert worker.is_alive()
    stop.set()  # during the 30 s back-off
    worker.join(20)  # a guard against hanging: without the cancel the back-off alone is 30 s
    assert not worker.is_alive()
    assert len(errors) == 1 and errors[0].status == 500  # the error of the one attempt made
    assert sandbox.state()["requests"]["1365.volunteer"] == 1


def test_without_a_cancel_the_retries_happen_as_before(sandbox, waits):
    import threading

    from linkdesk.cancel import cancellable

    sandbox.set_faults([{"partner": "1365", "operation": "volunteer", "kind": "http_500", "times": 0}])
    with Gateway(settings_for(sandbox), sleep=waits) as gw, cancellable(threading.Event()):
        with pytest.raises(PartnerError):
            gw.portal1365.volunteer("V-1001")
    assert sandbox.state()["requests"]["1365.volunteer"] == 3 and len(waits) == 2
