"""The 발급대장: reissue, void, output records, and unique numbers when counters issue at once
(SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from linkdesk.services import certificates
from linkdesk.store.models import Meta
from linkdesk.store.models_certificates import Certificate, CertificateEvent
from linkdesk.store.models_security import AccessLogEntry
from tests.helpers.certificates import PERIOD, bare_core, record, seed_student


@pytest.fixture
def core(store, tmp_path):
    seed_student(store)
    return bare_core(store, tmp_path)


def events(store, number: str) -> list[tuple[str, str | None]]:
    with store.unit_of_work(read_only=True) as uow:
        cert = uow.session.scalar(select(Certificate).where(Certificate.number == number))
        rows = uow.session.scalars(select(CertificateEvent).where(CertificateEvent.certificate_id == cert.id)
                                   .order_by(CertificateEvent.id))
        return [(e.action, e.reason) for e in rows]


def log_rows(store) -> list[tuple[str, str, str | None, str | None]]:
    with store.unit_of_work(read_only=True) as uow:
        return [(e.action, e.target, e.reason, e.detail)
                for e in uow.session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id))]


def test_reissue_takes_a_new_number_from_the_current_cache_and_links_both(core, store):
    old = certificates.issue(core, "V-1001", PERIOD, "취업 제출용", "120315-3")
    with store.unit_of_work() as uow:  # a late record arrives before the reissue
        uow.records.upsert_many("V-1001", [record("R-09", "2026-05-10", "성북천 지킴이", "하천 쓰레기 줍기", "09:00", "11:00", 120)])
    new = certificates.reissue(core, old.number, "분실 재발급")
    assert new.number == "2026-0000002" and new.content["replaces"] == old.number
    assert new.content["identity"] == old.content["identity"]  # the masked line, as checked at issue
    assert (new.content["purpose"], new.content["count"]) == ("취업 제출용", old.content["count"] + 1)
    entries = {e.number: e for e in certificates.ledger(core)}
    assert (entries[old.number].status, entries[old.number].replaced_by) == ("reissued", new.number)
    assert (entries[new.number].status, entries[new.number].replaces) == ("issued", old.number)
    assert events(store, old.number) == [("issue", "취업 제출용"), ("reissue", "분실 재발급")]
    assert events(store, new.number) == [("issue", f"재발급 ({old.number}): 분실 재발급")]
    actions = [(a, t) for a, t, _, _ in log_rows(store)]
    assert actions[:3] == [("entry", f"certificate {old.number}"), ("change", f"certificate {old.number}"),
                           ("entry", f"certificate {new.number}")]
    with pytest.raises(certificates.CertificateError) as err:
        certificates.reissue(core, old.number, "또")
    assert err.value.code == "certificate_not_issued"


def test_void_needs_a_reason_happens_once_and_stops_printing(core, store):
    doc = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    with pytest.raises(certificates.CertificateError) as err:
        certificates.void(core, doc.number, "  ")
    assert err.value.code == "certificate_reason"
    entry = certificates.void(core, doc.number, "잘못 발급")
    assert (entry.status, entry.status_label, entry.void_reason, entry.voided_by) == ("void", "무효", "잘못 발급", "staff1")
    with pytest.raises(certificates.CertificateError):
        certificates.void(core, doc.number, "다시")
    with pytest.raises(certificates.CertificateError) as err:
        certificates.for_output(core, doc.number, "pdf")
    assert err.value.code == "certificate_not_issued"
    with pytest.raises(certificates.CertificateError) as err:
        certificates.void(core, "2026-0000077", "없음")
    assert err.value.code == "certificate_unknown"
    assert ("change", f"certificate {doc.number}", "잘못 발급", "무효 처리 (발급용도: 학교 제출용)") in log_rows(store)


def test_every_output_is_recorded_with_its_purpose(core, store):
    doc = certificates.issue(core, "V-1001", PERIOD, "장학금 신청용")
    for kind in ("preview", "print", "pdf"):
        out = certificates.for_output(core, doc.number, kind)
        assert out.code == doc.code and out.content == doc.content
    assert events(store, doc.number) == [("issue", "장학금 신청용"), ("print", "장학금 신청용"), ("pdf", "장학금 신청용")]
    assert log_rows(store)[1:] == [
        ("view", f"certificate {doc.number}", "장학금 신청용", "미리보기"),
        ("print", f"certificate {doc.number}", "장학금 신청용", "인쇄"),
        ("print", f"certificate {doc.number}", "장학금 신청용", "PDF 저장"),
    ]
    assert certificates.ledger(core, search="김민")[0].outputs == 2
    assert certificates.ledger(core, search="2026-0000001")[0].number == doc.number
    assert certificates.ledger(core, search="박") == []


def _issue_many(core, start: threading.Barrier, n: int) -> list[str]:
    start.wait()
    return [certificates.issue(core, "V-1001", PERIOD, "학교 제출용").number for _ in range(n)]


def test_counters_issuing_at_once_get_unique_consecutive_numbers_and_one_key(store, tmp_path):
    """Four counters (threads with their own Core over the same database) issue at the same moment,
    the first certificate of the database included, so the signing key is made under contention too."""
    seed_student(store)
    counters, each = 4, 5
    start = threading.Barrier(counters, timeout=60)
    with ThreadPoolExecutor(max_workers=counters) as pool:
        futures = [pool.submit(_issue_many, bare_core(store, tmp_path), start, each) for _ in range(counters)]
        numbers = [n for f in futures for n in f.result(timeout=240)]
    assert sorted(numbers) == [f"2026-{i:07d}" for i in range(1, counters * each + 1)]
    with store.unit_of_work(read_only=True) as uow:
        assert len(set(uow.session.scalars(select(Certificate.key_id)))) == 1
        assert uow.session.get(Meta, "certificates.signing_key") is None  # the key is in the key folder
    assert (tmp_path / "keys" / "certificate-ed25519.key").stat().st_mode & 0o777 == 0o600
    core = bare_core(store, tmp_path)
    assert all(certificates.verify(core, certificates.for_output(core, n, "preview").code.text()).ok for n in numbers[:3])
