"""진위확인: an issued certificate verifies; an altered row, a tampered code, a voided, reissued or
expired certificate and an unknown number fail and say why (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from linkdesk.services import certificates
from linkdesk.services.certificate_signing import CODE_CHARS, VerificationCode
from tests.helpers.certificates import PERIOD, bare_core, core, doc, seed_student  # noqa: F401 - fixtures


def test_an_issued_certificate_verifies_from_its_printed_code_or_its_qr(core, doc):
    for code in (doc.code.text(), doc.code.qr_text(), doc.code.text().lower(), doc.code.qr_text().replace(":", "-")):
        result = certificates.verify(core, code)
        assert result.status == "valid" and result.ok, code
    assert result.number == doc.number and "2026-08-13" in result.reason_ko
    assert result.summary["name"] == "김민준" and result.summary["total"] == "총 10시간 15분"
    assert result.summary["count"] == 5 and result.summary["period"] == "2026-03-01 ~ 2026-05-15"


def test_the_code_survives_lookalike_digits_typed_for_letters(core, doc):
    typed = doc.code.text().replace("O", "0").replace("I", "1").replace("B", "8")
    assert certificates.verify(core, typed).ok


def _flip(code: VerificationCode, index: int) -> str:
    payload = code.payload
    ch = "A" if payload[index] != "A" else "B"
    return f"{code.number} {payload[:index]}{ch}{payload[index + 1:]}"


@pytest.mark.parametrize("index", [0, 5, 40, CODE_CHARS - 1])  # in the digest, and in the signature
def test_a_tampered_code_is_altered(core, doc, index):
    result = certificates.verify(core, _flip(doc.code, index))
    assert result.status == "altered" and "일치하지 않습니다" in result.reason_ko and result.summary is None


def test_a_code_moved_to_another_number_is_altered(core, doc):
    other = certificates.issue(core, "V-1001", PERIOD, "개인 보관용")
    moved = f"{other.number} {doc.code.payload}"
    assert certificates.verify(core, moved).status == "altered"


def _update_content(store, number: str, path: str, value: str) -> None:
    with store.unit_of_work() as uow:
        if store.dialect == "postgresql":
            sql = f"UPDATE certificates SET content = jsonb_set(content, '{{{path.replace('.', ',')}}}', to_jsonb(CAST(:v AS text))) WHERE number = :n"
        else:
            sql = f"UPDATE certificates SET content = json_set(content, '$.{path}', :v) WHERE number = :n"
        uow.session.execute(text(sql), {"v": value, "n": number})


@pytest.mark.parametrize(("path", "value"), [("name", "김민수"), ("rows[1].activity", "다른 활동")])
def test_content_changed_in_the_database_is_altered(core, store, doc, path, value):
    if store.dialect == "postgresql":
        path = path.replace("rows[1]", "rows.1")
    _update_content(store, doc.number, path, value)
    result = certificates.verify(core, doc.code.text())
    assert result.status == "altered" and "변경되었습니다" in result.reason_ko
    assert ("columns differ" in result.reason_en) == (path == "name")  # the name is also a column
    with pytest.raises(certificates.CertificateError) as err:
        certificates.for_output(core, doc.number, "print")  # and it no longer prints
    assert err.value.code == "certificate_altered"


@pytest.mark.parametrize("sql", [
    "UPDATE certificates SET total_minutes = 6000 WHERE number = :n",
    "UPDATE certificates SET valid_until = '2027-12-31' WHERE number = :n",
    "UPDATE certificates SET status = 'issued', signature = 'AAAA' WHERE number = :n",
])
def test_ledger_columns_changed_in_the_database_are_altered(core, store, doc, sql):
    with store.unit_of_work() as uow:
        uow.session.execute(text(sql), {"n": doc.number})
    assert certificates.verify(core, doc.code.text()).status == "altered"


def test_a_voided_certificate_fails_with_the_reason(core, doc):
    certificates.void(core, doc.number, "성명 오기")
    result = certificates.verify(core, doc.code.text())
    assert result.status == "void" and "성명 오기" in result.reason_ko and "2026-05-15" in result.reason_ko


def test_a_reissued_certificate_points_to_the_new_number(core, doc):
    new = certificates.reissue(core, doc.number, "분실")
    old = certificates.verify(core, doc.code.text())
    assert old.status == "replaced" and new.number in old.reason_ko
    assert certificates.verify(core, new.code.text()).ok


def test_verification_expires_after_90_days(core, doc):
    core.clock.current += dt.timedelta(days=90)  # 2026-08-13: the last day
    assert certificates.verify(core, doc.code.text()).ok
    core.clock.current += dt.timedelta(days=1)
    result = certificates.verify(core, doc.code.text())
    assert result.status == "expired" and "2026-08-13" in result.reason_ko


def test_unknown_numbers_and_non_codes(core, doc):
    genuine_elsewhere = f"LD1:2026-0000099:{doc.code.payload}"
    forged = f"LD1:2026-0000098:{'A' * CODE_CHARS}"
    answers = {certificates.verify(core, c).reason_ko for c in (genuine_elsewhere, forged, "2026-0000097")}
    assert len(answers) == 1 and "발급대장에 없는" in answers.pop()  # a refused code says nothing of its signature
    assert certificates.verify(core, genuine_elsewhere).status == "not_found"
    for junk in ("", "hello", "2026-0000001 ABCD", "LD1:2026-0000001:" + "9" * CODE_CHARS):
        result = certificates.verify(core, junk)
        assert result.status == "mistyped" and "입력 오류" in result.reason_ko


def test_a_code_of_a_certificate_of_another_database_is_unknown_there(core, doc, tmp_path):
    from linkdesk.store import Store
    from linkdesk.store.paths import sqlite_url

    with Store.open(url=sqlite_url(tmp_path / "other" / "linkdesk.db")) as other:
        seed_student(other)
        result = certificates.verify(bare_core(other, tmp_path), doc.code.text())
    assert result.status == "not_found" and "발급대장에 없는" in result.reason_ko
