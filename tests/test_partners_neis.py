"""The whole NEIS path through the clients, against the real sandbox over HTTP, with the captcha on:
captcha → 실명인증 → school search → 학생정보확인 → records → 실적전송, and every way a submission's
outcome can be lost on the wire."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from linkdesk.domain.eligibility import evaluate
from linkdesk.domain.rrn import parse_rrn
from linkdesk.partners import Gateway, PartnerError, PartnerSettings, new_idempotency_key
from linkdesk.partners.models import StudentCheck, Verified
from linkdesk.partners.models.identity import PNG_SIGNATURE
from tests.fixtures.scenarios import RRN_NO_CONSENT, RRN_POST2020, RRN_STUDENT, RRN_UNKNOWN, small_scenario


class Waits(list):
    """Stands in for ``time.sleep``: records how long the client would wait, without waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def scenario() -> dict:
    return small_scenario(identity={"captcha": True})


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture
def gateway(sandbox, waits) -> Iterator[Gateway]:
    settings = PartnerSettings(base_url=sandbox.url, api_key=sandbox.api_key, connect_timeout=2.0,
                               read_timeout=1.0, retries=2, backoff=0.25, max_retry_wait=5.0)
    with Gateway(settings, sleep=waits) as gw:
        yield gw


def verify(sandbox, gateway: Gateway, name: str, rrn_text: str) -> Verified:
    captcha = gateway.identity.captcha()
    return gateway.identity.verify(name, parse_rrn(rrn_text), captcha.captcha_id,
                                   sandbox.captcha_answer(captcha.captcha_id))


@pytest.fixture
def student(sandbox, gateway) -> tuple[Verified, StudentCheck]:
    who = verify(sandbox, gateway, "김민준", RRN_STUDENT)
    return who, gateway.neis.verify_student(who.token, "7010057")


def submit(gateway: Gateway, who: Verified, check: StudentCheck, record_id: str, hours: int, key: str):
    return gateway.neis.submit(who.volunteer_id, check.student_ref, check.school.code, record_id, hours, key)


def neis_submissions(sandbox) -> list[dict]:
    return sandbox.state()["neis_submissions"]


def test_the_whole_neis_path(sandbox, gateway, waits):
    captcha = gateway.identity.captcha()
    assert captcha.required and captcha.png.startswith(PNG_SIGNATURE) and captcha.expires_at.tzinfo
    assert "png=" not in repr(captcha)  # the image bytes stay out of logs and tracebacks
    who = gateway.identity.verify(" 김민준 ", parse_rrn(RRN_STUDENT), captcha.captcha_id,
                                  " ".join(sandbox.captcha_answer(captcha.captcha_id)))  # typed with spaces
    assert (who.volunteer_id, who.name, who.under_14) == ("V-1001", "김민준", False)
    assert who.birth_date.isoformat() == "2012-03-15" and who.expires_at.utcoffset() is not None

    volunteer = gateway.portal1365.volunteer(who.volunteer_id)
    assert volunteer.consents.portal1365 is not None and volunteer.consents.portal1365.year == 2024

    by_name = gateway.neis.schools("보문", kind="middle")
    assert {s.name for s in by_name.items} == {"보문중학교", "포항보문중학교"}
    by_initials = gateway.neis.schools("ㅂㅁㅈ")
    assert by_initials.items[0].name == "보문중학교" and by_initials.items[0].code == "7010057"
    assert gateway.neis.schools("보문", office="서울특별시교육청").total == 1

    check = gateway.neis.verify_student(who.token, by_initials.items[0].code)
    assert (check.grade, check.class_no, check.number, check.school.name) == (3, 2, 7, "보문중학교")

    records = gateway.portal1365.all_records(who.volunteer_id)
    assert len(records) == 9 and all(r.neis is None for r in records)
    today = gateway.status().time.date()
    periods = gateway.neis.timetable(check.student_ref, today.replace(month=3, day=1), today)
    assert periods[today.replace(month=4, day=8)] == 7
    verdicts = evaluate([r.facts() for r in records], today, periods_for=periods.get)
    sendable = {k: v.recognized_hours for k, v in verdicts.items() if v.eligible}
    assert sendable["R-1001-01"] == 3 and "R-1001-07" not in sendable  # 해외봉사

    key = new_idempotency_key()
    sub = submit(gateway, who, check, "R-1001-01", sendable["R-1001-01"], key)
    assert (sub.status, sub.hours, sub.record_id, sub.idempotency_key, sub.replayed) == ("sent", 3, "R-1001-01", key, False)
    again = submit(gateway, who, check, "R-1001-01", 3, key)  # the same intended action, repeated
    assert again.replayed and again.submission_id == sub.submission_id
    assert len(neis_submissions(sandbox)) == 1
    assert gateway.neis.submission_status(key) == sub
    assert [s.submission_id for s in gateway.neis.submissions("V-1001")] == [sub.submission_id]
    sent = {r.id: r for r in gateway.portal1365.records("V-1001")}["R-1001-01"]
    assert sent.neis is not None and sent.neis.status == "sent" and sent.neis.idempotency_key == key

    with pytest.raises(PartnerError) as err:  # the same record under another key
        submit(gateway, who, check, "R-1001-01", 3, new_idempotency_key())
    assert err.value.code == "already_sent" and err.value.details["submission"]["submission_id"] == sub.submission_id
    assert waits == []


def test_wrong_captcha_uses_it_up(sandbox, gateway):
    captcha = gateway.identity.captcha()
    answer = sandbox.captcha_answer(captcha.captcha_id)
    with pytest.raises(PartnerError) as err:
        gateway.identity.verify("김민준", parse_rrn(RRN_STUDENT), captcha.captcha_id, answer + "X")
    assert err.value.code == "captcha_wrong" and err.value.status == 400 and not err.value.temporary
    assert "보안문자" in str(err.value)
    with pytest.raises(PartnerError) as err:  # the right answer, too late: that captcha is gone
        gateway.identity.verify("김민준", parse_rrn(RRN_STUDENT), captcha.captcha_id, answer)
    assert err.value.code == "captcha_expired"


def test_identity_mismatch_and_not_member(sandbox, gateway):
    with pytest.raises(PartnerError) as err:
        verify(sandbox, gateway, "김민수", RRN_STUDENT)
    assert err.value.code == "identity_mismatch" and "실명인증에 실패" in str(err.value)
    with pytest.raises(PartnerError) as err:
        verify(sandbox, gateway, "홍길동", RRN_UNKNOWN)
    assert err.value.code == "not_member"


def test_a_post_2020_number_with_a_mismatching_check_digit_is_accepted(sandbox, gateway):
    rrn = parse_rrn(RRN_POST2020)
    assert rrn.checksum_ok is False  # a warning for staff, never a gate
    who = verify(sandbox, gateway, "최유나", RRN_POST2020)
    assert who.volunteer_id == "V-1004"
    assert gateway.neis.verify_student(who.token, "7530190").school.name == "의왕중학교"


def test_student_mismatch_and_consent_required(sandbox, gateway):
    who = verify(sandbox, gateway, "김민준", RRN_STUDENT)
    with pytest.raises(PartnerError) as err:
        gateway.neis.verify_student(who.token, "7010083")
    assert err.value.code == "student_mismatch" and "학교정보가 일치하지 않습니다" in str(err.value)
    other = verify(sandbox, gateway, "이서연", RRN_NO_CONSENT)
    with pytest.raises(PartnerError) as err:
        gateway.neis.verify_student(other.token, "7010083")
    assert err.value.code == "consent_required" and err.value.details == {"partner": "1365"}


# -- lost outcomes ---------------------------------------------------------------------------------

def test_timeout_after_commit_returns_the_committed_outcome(sandbox, gateway, student):
    who, check = student
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "timeout_after_commit"}])
    key = new_idempotency_key()
    sub = submit(gateway, who, check, "R-1001-03", 2, key)  # 6 periods that day → 2 h
    assert sub.idempotency_key == key and sub.record_id == "R-1001-03" and sub.status == "sent"
    state = sandbox.state()
    assert [s["idempotency_key"] for s in state["neis_submissions"]] == [key]
    assert state["requests"]["neis.submit"] == 1 and state["requests"]["neis.submission_status"] == 1


def test_timeout_before_commit_is_resolved_then_sent_once_more_with_the_same_key(sandbox, gateway, student, waits):
    who, check = student
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "timeout_before_commit", "ms": 1500}])
    key = new_idempotency_key()
    sub = submit(gateway, who, check, "R-1001-09", 2, key)
    assert sub.idempotency_key == key and not sub.replayed
    state = sandbox.state()
    assert [s["idempotency_key"] for s in state["neis_submissions"]] == [key]
    assert state["requests"]["neis.submit"] == 2 and state["requests"]["neis.submission_status"] == 1
    assert waits == []


@pytest.mark.parametrize("kind", ["http_503", "http_500"])
def test_a_5xx_on_submit_is_not_retried_blind(sandbox, gateway, student, waits, kind):
    who, check = student
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": kind, "retry_after": 2}])
    key = new_idempotency_key()
    sub = submit(gateway, who, check, "R-1001-01", 3, key)
    assert sub.idempotency_key == key
    state = sandbox.state()
    assert len(state["neis_submissions"]) == 1
    # first send, the lookup by key (nothing there), then one send with the same key
    assert state["requests"]["neis.submit"] == 2 and state["requests"]["neis.submission_status"] == 1
    assert waits == ([2.0] if kind == "http_503" else [])


def test_a_malformed_answer_to_a_submit_is_resolved_by_key(sandbox, gateway, student):
    who, check = student
    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "malformed_body"}])
    key = new_idempotency_key()
    sub = submit(gateway, who, check, "R-1001-01", 3, key)
    assert sub.idempotency_key == key and sub.hours == 3
    state = sandbox.state()
    assert len(state["neis_submissions"]) == 1 and state["requests"]["neis.submit"] == 1


def test_a_failing_status_lookup_leaves_the_outcome_ambiguous_with_the_key(sandbox, gateway, student):
    who, check = student
    sandbox.set_faults([
        {"partner": "neis", "operation": "submit", "kind": "timeout_after_commit"},
        {"partner": "neis", "operation": "submission_status", "kind": "http_500", "times": 0},
    ])
    key = new_idempotency_key()
    with pytest.raises(PartnerError) as err:
        submit(gateway, who, check, "R-1001-01", 3, key)
    e = err.value
    assert (e.code, e.temporary, e.idempotency_key, e.details["cause"]) == ("ambiguous", True, key, "internal_error")
    assert "중복 전송하지 않음" in str(e)
    assert sandbox.state()["requests"]["neis.submit"] == 1  # never re-sent blind
    sandbox.set_faults([])
    found = gateway.neis.submission_status(key)  # later, the outbox resolves it
    assert found is not None and found.record_id == "R-1001-01"
    assert gateway.neis.submission_status(new_idempotency_key()) is None


def test_a_submission_that_never_left_is_a_connection_error_not_ambiguous(sandbox, waits):
    settings = PartnerSettings(base_url="http://127.0.0.1:9", api_key="k", retries=2, read_timeout=1.0)
    with Gateway(settings, sleep=waits) as gw:
        with pytest.raises(PartnerError) as err:
            gw.neis.submit("V-1001", "ref", "7010057", "R-1001-01", 3, "key-1")
    assert err.value.code == "connection_failed" and err.value.idempotency_key == "key-1"
    assert waits == []


def test_the_same_key_with_another_record_is_a_conflict(sandbox, gateway, student):
    who, check = student
    key = new_idempotency_key()
    submit(gateway, who, check, "R-1001-01", 3, key)
    with pytest.raises(PartnerError) as err:
        submit(gateway, who, check, "R-1001-09", 2, key)
    assert err.value.code == "idempotency_conflict" and err.value.status == 409
    assert len(neis_submissions(sandbox)) == 1
