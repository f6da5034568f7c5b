"""No 주민등록번호 in free text, formula-safe CSV cells, literal ``%``/``_`` in searches, NFKC RRN input
(issue 16, point 7). Services on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import pytest
from sqlalchemy import func, select

from linkdesk.domain.free_text import FreeTextError, check_free_text, holds_rrn
from linkdesk.domain.rrn import mask_rrn, parse_rrn
from linkdesk.errors import known_message
from linkdesk.services import certificates
from linkdesk.services.audit import record_access
from linkdesk.services.audit_review import AccessFilter, AccessLog
from linkdesk.store.models_security import AccessReview, Staff
from tests.fixtures.scenarios import RRN_STUDENT
from tests.helpers.certificates import PERIOD, bare_core, seed_student
from tests.helpers.security import ADMIN, ManualClock, actor, make_accounts, with_staff

FULL_WIDTH = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, "-": "\uff0d"})


def full_width(text: str) -> str:
    return text.translate(FULL_WIDTH)


# -- the validator ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    RRN_STUDENT, RRN_STUDENT.replace("-", ""), RRN_STUDENT.replace("-", " "), f"메모 {RRN_STUDENT} 끝",
    full_width(RRN_STUDENT), RRN_STUDENT.replace("-", "\u200b"), RRN_STUDENT[:3] + "\u200d" + RRN_STUDENT[3:],
    RRN_STUDENT.replace("-", "\u2010"),
], ids=["hyphen", "digits", "space", "in a sentence", "full width", "zero width", "joiner inside", "unicode hyphen"])
def test_an_rrn_in_any_usual_form_is_found(text):
    assert holds_rrn(text)
    with pytest.raises(FreeTextError) as caught:
        check_free_text(text, "메모", "note")
    message = known_message(caught.value)  # a known error: a Korean message, never a traceback
    assert message is not None and message.code == "rrn_in_text" and "메모" in message.ko
    assert RRN_STUDENT not in str(caught.value) and RRN_STUDENT not in message.ko


@pytest.mark.parametrize("text", ["010-1234-5678", "LD-2026-000123", "9999999999999", "1234567890123",
                                  "보호자 요청으로 취소", "", "2026년 5월 정기 점검 (12건)"])
def test_ordinary_text_passes(text):
    assert check_free_text(text, "메모", "note") == text


def test_rrn_input_is_nfkc_normalised_before_it_is_checked():
    assert parse_rrn(full_width(RRN_STUDENT)) == parse_rrn(RRN_STUDENT)
    assert parse_rrn(full_width(RRN_STUDENT)).digits().isascii()
    assert mask_rrn(full_width(RRN_STUDENT)) == mask_rrn(RRN_STUDENT)


# -- every free-text input that reaches the database ------------------------------------------------

@pytest.fixture
def accounts(store):
    return with_staff(make_accounts(store, ManualClock()))


def test_a_staff_name_or_username_holding_an_rrn_is_refused_and_nothing_stored(accounts, store):
    with pytest.raises(FreeTextError):
        accounts.add(ADMIN, "clerk2", f"이름 {full_width(RRN_STUDENT)}", "Counter!2026pw")
    with pytest.raises(FreeTextError):
        accounts.add(ADMIN, RRN_STUDENT.replace("-", ""), "이름", "Counter!2026pw")
    with store.unit_of_work(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Staff)) == 2


def test_a_review_note_and_an_export_reason_holding_an_rrn_are_refused(accounts, store, tmp_path):
    log = AccessLog(store, accounts, actor(ADMIN))
    with pytest.raises(FreeTextError):
        log.mark_reviewed("2026-05", f"이상 없음 {RRN_STUDENT}")
    out = tmp_path / "log.csv"
    with pytest.raises(FreeTextError):
        log.export_csv(AccessFilter(), f"점검 {RRN_STUDENT}", out)
    assert not out.exists()
    with store.unit_of_work(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(AccessReview)) == 0


def test_a_certificate_purpose_or_void_reason_in_full_width_digits_is_refused(store, tmp_path):
    seed_student(store)
    core = bare_core(store, tmp_path)
    with pytest.raises(certificates.CertificateError) as caught:
        certificates.issue(core, "V-1001", PERIOD, f"학교 제출 {full_width(RRN_STUDENT)}")
    assert caught.value.code == "certificate_purpose_number"
    doc = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    with pytest.raises(certificates.CertificateError):
        certificates.void(core, doc.number, f"잘못 발급 {full_width(RRN_STUDENT)}")


# -- CSV formula cells ------------------------------------------------------------------------------

@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_the_access_log_export_neutralises_formula_cells(accounts, store, tmp_path, start):
    with store.unit_of_work() as uow:
        record_access(uow, actor(ADMIN), "view", f"{start}HYPERLINK(\"http://x\")", at=ManualClock().now(),
                      detail=f"{start}1+1")
    out = tmp_path / "log.csv"
    AccessLog(store, accounts, actor(ADMIN)).export_csv(AccessFilter(), "점검", out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    entry = next(r for r in rows if len(r) > 7 and "HYPERLINK" in r[7])
    assert entry[7].startswith("'" + start) and entry[9] == f"'{start}1+1"
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for c in r)


# -- LIKE with literal % and _ ----------------------------------------------------------------------

@pytest.mark.parametrize("query", ["%", "_", "김%", "_민준", "\\"])
def test_wildcards_in_a_search_are_literal(store, tmp_path, query):
    seed_student(store)
    core = bare_core(store, tmp_path)
    certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    assert certificates.search_volunteers(core, query) == []
    assert certificates.ledger(core, search=query) == []
    assert certificates.search_volunteers(core, "민준") and certificates.ledger(core, search="민준")

