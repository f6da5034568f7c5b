"""The short code a school types, the preview that takes no number, one issue per request key, and
the centre rules a real installation follows before it prints (issue 14.4, 14.5)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from linkdesk.services import certificates
from linkdesk.services.certificate_centre import CentreDetails, save_centre, seal_problem
from linkdesk.services.certificate_code import ALPHABET, Mistyped, parse_short
from linkdesk.store.models_certificates import Certificate
from linkdesk.store.models_security import AccessLogEntry
from tests.helpers.certificates import PERIOD, bare_core, core, doc, seed_student  # noqa: F401 - fixtures
from tests.helpers.pngs import png


def test_the_short_code_is_short_unambiguous_and_verifies(core, doc):
    code = doc.short_code.replace(doc.number, "").replace("-", "")
    assert len(code) == 9 and set(code) <= set(ALPHABET) and not set("01OIL") & set(ALPHABET)
    for typed in (doc.short_code, doc.short_code.lower(), doc.short_code.replace("-", " "), doc.short_code.replace("-", "")):
        assert certificates.verify(core, typed).ok, typed


def test_every_single_typo_and_neighbour_swap_is_mistyped_not_forged(core, doc):
    number, rest = doc.short_code[:12], doc.short_code[12:].replace("-", "")
    typos = [rest[:i] + c + rest[i + 1:] for i in range(len(rest)) for c in ALPHABET if c != rest[i]]
    typos += [rest[:i] + rest[i + 1] + rest[i] + rest[i + 2:] for i in range(len(rest) - 1) if rest[i] != rest[i + 1]]
    for typo in typos:
        with pytest.raises(Mistyped):
            parse_short(number + typo)
    digits = [doc.short_code[:i] + d + doc.short_code[i + 1:] for i in (0, 5, 11) for d in "0123456789"
              if d != doc.short_code[i]]
    results = {certificates.verify(core, t).status for t in digits + [number + typos[0], number + typos[-1]]}
    assert results == {"mistyped"}


def test_the_number_alone_finds_the_ledger_entry_and_says_no_code_was_checked(core, doc):
    result = certificates.verify(core, doc.number.replace("-", ""))
    assert result.ok and not result.code_checked and result.summary["name"] == "김민준"
    assert "발급번호로 찾았습니다" in result.reason_ko
    assert certificates.verify(core, "2026-0000999").status == "not_found"


def test_a_preview_shows_what_would_print_and_takes_no_number(core, store):
    look = certificates.preview(core, "V-1001", PERIOD, "학교 제출용")
    assert look.is_preview and look.code is None and look.short_code is None
    assert look.content["count"] == 5 and look.content["centre"]["confirmer"] == "홍길동"
    with store.unit_of_work(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Certificate)) == 0
        assert uow.session.scalar(select(AccessLogEntry.detail).order_by(AccessLogEntry.id.desc())) == "발급 전 미리보기"
    assert certificates.issue(core, "V-1001", PERIOD, "학교 제출용").number == "2026-0000001"


def test_one_request_key_makes_one_certificate_even_at_once(core, store, tmp_path):
    first = certificates.issue(core, "V-1001", PERIOD, "학교 제출용", request_key="click-1")
    again = certificates.issue(core, "V-1001", PERIOD, "학교 제출용", request_key="click-1")
    assert again.number == first.number and again.short_code == first.short_code
    start = threading.Barrier(4, timeout=60)

    def click() -> str:
        c = bare_core(store, tmp_path)
        start.wait()
        return certificates.issue(c, "V-1001", PERIOD, "학교 제출용", request_key="click-2").number

    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = {f.result(timeout=120) for f in [pool.submit(click) for _ in range(4)]}
    assert numbers == {"2026-0000002"}
    with store.unit_of_work(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Certificate)) == 2


def test_the_confirmer_is_the_signed_in_staff_member_never_the_os_user(store, tmp_path):
    seed_student(store)
    core = bare_core(store, tmp_path, confirmer="")  # staff1 is not an account here: nobody to name
    with pytest.raises(certificates.CertificateError) as err:
        certificates.preview(core, "V-1001", PERIOD, "학교 제출용")
    assert err.value.code == "certificate_confirmer"
    from linkdesk.services.staff import accounts

    accounts(core).create_first_admin("staff1", "김담당", "correct horse battery")
    assert certificates.issue(core, "V-1001", PERIOD, "학교 제출용").content["centre"]["confirmer"] == "김담당"


def test_a_real_installation_refuses_the_training_centre(store, tmp_path):
    seed_student(store)
    core = bare_core(store, tmp_path, name="LinkDesk 연습 자원봉사센터", phone="02-0000-0000")
    with pytest.raises(certificates.CertificateError) as err:
        certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    assert err.value.code == "certificate_centre_setup" and "센터 정보" in err.value.message_ko
    saved = save_centre(core, CentreDetails("성북구자원봉사센터", "서울특별시 성북구 보문로 168", "02-920-1234", "홍길동", png(300, 300)))
    assert saved.saved and saved.seal_png
    doc = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    assert doc.content["centre"]["address"] == "서울특별시 성북구 보문로 168" and doc.seal_png == saved.seal_png
    assert not doc.sample  # only training certificates carry the 견본 mark


@pytest.mark.parametrize(("details", "code"), [
    (CentreDetails("", "주소", "02-920-1234", ""), "certificate_centre_field"),
    (CentreDetails("센터", "주소", "전화 없음", ""), "certificate_centre_phone"),
    (CentreDetails("LinkDesk 연습 자원봉사센터", "주소", "02-920-1234", ""), "certificate_centre_training"),
    (CentreDetails("센터", "주소 900101-1234567", "02-920-1234", ""), "certificate_centre_field"),
    (CentreDetails("센터", "주소", "02-920-1234", "", b"GIF89a not a png"), "certificate_centre_seal"),
])
def test_centre_details_are_checked(core, details, code):
    with pytest.raises(certificates.CertificateError) as err:
        save_centre(core, details)
    assert err.value.code == code


def test_seal_images_are_checked_for_size_and_shape():
    assert seal_problem(png(256, 256)) is None
    assert "픽셀" in seal_problem(png(32, 32)) and "픽셀" in seal_problem(png(4000, 4000))
    assert "정사각형" in seal_problem(png(600, 200))
    assert "KB" in seal_problem(png(256, 256) + b"\0" * 1_000_000)
