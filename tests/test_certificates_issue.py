"""Issuing certificates from the local cache: the snapshot, totals, identity line, ledger and access log
(every test on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from linkdesk.services import certificates
from linkdesk.services.certificate_content import total_text
from linkdesk.store.models_certificates import Certificate, CertificateEvent
from linkdesk.store.models_security import AccessLogEntry
from tests.fixtures.scenarios import RRN_STUDENT
from tests.helpers.certificates import IN_PERIOD_MINUTES, PERIOD, bare_core, seed_student


@pytest.fixture
def core(store, tmp_path):
    seed_student(store)
    return bare_core(store, tmp_path)


def access_log(store) -> list[AccessLogEntry]:
    with store.unit_of_work(read_only=True) as uow:
        return list(uow.session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)))


def test_issue_snapshots_the_records_of_the_period_with_totals(core, store):
    doc = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    assert doc.number == "2026-0000001" and doc.status == "issued"
    c = doc.content
    assert (c["name"], c["affiliation"], c["purpose"]) == ("김민준", "보문중학교 3학년", "학교 제출용")
    assert c["identity"] == {"kind": "birth_date", "text": "2012-03-15"}
    assert c["period"] == {"from": "2026-03-01", "to": "2026-05-15"}
    # In the period only, oldest first, the VMS record 1365 listed twice printed once.
    assert [r["date"] for r in c["rows"]] == ["2026-03-14", "2026-04-08", "2026-04-22", "2026-05-02", "2026-05-09"]
    assert c["rows"][0] == {"date": "2026-03-14", "organization": "성북구자원봉사센터", "activity": "하천 환경정화",
                            "time": "09:00~12:30", "minutes": 210}
    assert (c["count"], c["total_minutes"]) == (5, IN_PERIOD_MINUTES)
    assert total_text(c["total_minutes"]) == "총 10시간 15분" and total_text(120) == "총 2시간 0분"
    assert (c["issued_on"], c["valid_until"]) == ("2026-05-15", "2026-08-13")
    assert c["centre"] == {"name": "성북구자원봉사센터", "address": "", "phone": "02-920-0000", "confirmer": "홍길동"}
    assert doc.code.text().startswith("2026-0000001 ") and len(doc.code.groups()) == 32


def test_the_ledger_event_and_access_log_record_who_why_and_when(core, store):
    doc = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    [entry] = certificates.ledger(core)
    assert (entry.number, entry.volunteer_name, entry.purpose, entry.status_label) == (doc.number, "김민준", "학교 제출용", "발급")
    assert (entry.issued_by, entry.counter, entry.activity_count, entry.total_minutes) == ("staff1", "counter-1", 5, 615)
    assert entry.issued_at == dt.datetime(2026, 5, 15, 1, 0, tzinfo=dt.timezone.utc)
    with store.unit_of_work(read_only=True) as uow:
        events = [(e.action, e.staff, e.reason) for e in uow.session.scalars(select(CertificateEvent))]
    assert events == [("issue", "staff1", "학교 제출용")]
    log = [(e.action, e.target, e.volunteer_id, e.reason) for e in access_log(store)]
    assert log == [("entry", "certificate 2026-0000001", "V-1001", "학교 제출용"),
                   ("view", "certificate ledger", None, "발급대장 조회")]


def test_numbers_follow_each_other_and_restart_each_year(core, store):
    numbers = [certificates.issue(core, "V-1001", PERIOD, "개인 보관용").number for _ in range(3)]
    core.clock.current = dt.datetime(2027, 1, 2, 9, 0, tzinfo=core.clock.current.tzinfo)
    numbers.append(certificates.issue(core, "V-1001", PERIOD, "개인 보관용").number)
    assert numbers == ["2026-0000001", "2026-0000002", "2026-0000003", "2027-0000001"]


def test_masked_number_only_for_a_purpose_that_needs_it_and_only_when_it_matches(core, store):
    with pytest.raises(certificates.CertificateError) as err:
        certificates.issue(core, "V-1001", PERIOD, "학교 제출용", "120315-3")
    assert "필요하지 않습니다" in err.value.message_ko
    with pytest.raises(certificates.CertificateError) as err:
        certificates.issue(core, "V-1001", PERIOD, "취업 제출용", "120316-3")  # not the cached birth date
    assert err.value.code == "certificate_masked_mismatch"
    with pytest.raises(certificates.CertificateError):
        certificates.issue(core, "V-1001", PERIOD, "취업 제출용", "120315")  # 7 digits needed
    doc = certificates.issue(core, "V-1001", PERIOD, "취업 제출용", RRN_STUDENT[:8])
    assert doc.content["identity"] == {"kind": "masked_number", "text": "120315-3******"}
    with store.unit_of_work(read_only=True) as uow:
        stored = json.dumps([c.content for c in uow.session.scalars(select(Certificate))], ensure_ascii=False)
    assert RRN_STUDENT.replace("-", "")[7:] not in stored and "birth_date" not in stored


@pytest.mark.parametrize(("volunteer", "period", "purpose", "code"), [
    ("V-1001", PERIOD, "  ", "certificate_purpose"),
    ("V-1001", (dt.date(2026, 5, 1), dt.date(2026, 4, 1)), "학교 제출용", "certificate_period"),
    ("V-1001", (dt.date(2025, 1, 1), dt.date(2025, 12, 31)), "학교 제출용", "certificate_no_records"),
    ("V-9999", PERIOD, "학교 제출용", "certificate_volunteer"),
    ("V-1001", PERIOD, f"제출 {RRN_STUDENT}", "certificate_purpose_number"),
])
def test_what_cannot_be_issued_says_why_and_leaves_no_trace(core, store, volunteer, period, purpose, code):
    with pytest.raises(certificates.CertificateError) as err:
        certificates.issue(core, volunteer, period, purpose)
    assert err.value.code == code and err.value.message_ko
    assert RRN_STUDENT not in err.value.message_ko
    with store.unit_of_work(read_only=True) as uow:
        assert uow.session.scalars(select(Certificate)).all() == []
    assert access_log(store) == []


def test_draft_counts_what_would_be_printed(core, store):
    d = certificates.draft(core, "V-1001", PERIOD, log_view=True)
    assert (d.name, d.affiliation, d.count, d.total_minutes) == ("김민준", "보문중학교 3학년", 5, IN_PERIOD_MINUTES)
    assert [(e.action, e.target) for e in access_log(store)] == [("view", "records")]
    hits = certificates.search_volunteers(core, "민준")
    assert [(h.volunteer_id, h.name) for h in hits] == [("V-1001", "김민준")]
    assert certificates.search_volunteers(core, "V-10")[0].volunteer_id == "V-1001"
    assert certificates.search_volunteers(core, "없는사람") == []


@pytest.mark.parametrize("query", ["김민준 120315", "민준 2012-03-15", "20120315", "김민준 2012.3.15"])
def test_a_walk_in_is_found_by_name_and_birth_date(core, query):
    """No resident number needed for someone already known on this PC: name + birth date."""
    assert [h.volunteer_id for h in certificates.search_volunteers(core, query)] == ["V-1001"]


@pytest.mark.parametrize("query", ["김민준 120316", "김민준 2013-03-15", "박지호 120315"])
def test_a_wrong_birth_date_or_name_finds_nobody(core, query):
    assert certificates.search_volunteers(core, query) == []


def test_birth_date_tokens():
    today = dt.date(2026, 12, 3)
    assert certificates.birth_date_token("120315", today) == dt.date(2012, 3, 15)
    assert certificates.birth_date_token("850214", today) == dt.date(1985, 2, 14)
    assert certificates.birth_date_token("261231", today) == dt.date(1926, 12, 31)  # not in the future
    assert certificates.birth_date_token("2012-3-15", today) == dt.date(2012, 3, 15)
    for not_a_date in ("121315", "V-1001", "1203", "김민준", "2012-02-30"):
        assert certificates.birth_date_token(not_a_date, today) is None
