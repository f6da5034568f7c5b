"""Known errors (staff can act on them) versus bugs: the split the GUI and the CLI rely on."""

from __future__ import annotations

from dataclasses import dataclass

from linkdesk.domain.rrn import RrnError, parse_rrn
from linkdesk.errors import KnownError, is_known, known_message
from linkdesk.partners.errors import PartnerError
from tests.fixtures.scenarios import RRN_STUDENT


def test_a_known_error_keeps_both_languages_and_masks_rrns():
    exc = KnownError(f"{RRN_STUDENT} 확인 필요", f"check {RRN_STUDENT}", code="check")
    assert RRN_STUDENT not in exc.message_ko and RRN_STUDENT not in str(exc)
    assert exc.message("en").startswith("check ") and exc.message("ko").endswith("확인 필요")
    message = known_message(exc)
    assert message.code == "check" and message.ko == exc.message_ko


def test_partner_errors_and_lookalikes_are_known():
    exc = PartnerError("student_mismatch", partner="neis")
    message = known_message(exc)
    assert message.code == "student_mismatch" and message.ko.startswith("[나이스]")

    @dataclass
    class Info:
        ko: str
        en: str

    class Mapped(Exception):  # shaped like a partner error before linkdesk.partners existed
        info = Info("연계기관 오류", "partner error")

    assert known_message(Mapped()).ko == "연계기관 오류"


def test_domain_validation_errors_are_known():
    try:
        parse_rrn("123")
    except RrnError as exc:
        assert is_known(exc) and known_message(exc).ko.startswith("주민등록번호")


def test_everything_else_is_a_bug():
    for exc in (ValueError("x"), KeyError("y"), AttributeError("z"), ZeroDivisionError()):
        assert not is_known(exc) and known_message(exc) is None
