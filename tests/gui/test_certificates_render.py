"""The certificate PDF, read back with poppler's ``pdftotext``: every field, each activity, the totals,
the embedded Korean font, pages with the table header repeated, and a printed code that verifies."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from linkdesk.gui.certificates.output import write_pdf
from linkdesk.gui.certificates.render import CONFIRMATION
from linkdesk.services import certificates
from linkdesk.store import Store
from linkdesk.store.paths import sqlite_url
from tests.helpers.certificates import PERIOD, bare_core, many_records, seed_student

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed: build/bootstrap.sh test")


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", "-raw", *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


@pytest.fixture
def store(tmp_path):
    with Store.open(url=sqlite_url(tmp_path / "data" / "linkdesk.db")) as s:
        yield s


@pytest.fixture
def core(store, tmp_path):
    seed_student(store)
    return bare_core(store, tmp_path)


def test_the_pdf_holds_every_field_each_activity_and_the_totals(qapp, core, tmp_path):
    doc = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    path = tmp_path / "certificate.pdf"
    assert write_pdf(doc, path) == 1
    text = pdf_text(path)
    for expected in ("자원봉사 실적 확인서", f"발급번호: {doc.number}", "성명 김민준", "생년월일 2012-03-15",
                     "소속/학교 보문중학교 3학년", "활동기간 2026-03-01 ~ 2026-05-15", "발급용도 학교 제출용",
                     "총 5회", "총 10시간 15분", CONFIRMATION, "2026년 5월 15일", "성북구자원봉사센터",
                     "확인자 성명: 홍길동", "전화번호: 02-920-0000", "발급일로부터 90일간 진위확인 가능", "1 / 1"):
        assert expected in text, expected
    for row in doc.content["rows"]:
        for value in (row["date"], row["organization"], row["activity"], row["time"]):
            assert value in text, value
    assert "주민등록번호" not in text  # the purpose does not need it
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"NanumGothic\s.*\byes\b", fonts), fonts  # embedded


def test_the_code_printed_on_the_pdf_verifies(qapp, core, tmp_path):
    doc = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    write_pdf(doc, tmp_path / "c.pdf")
    text = pdf_text(tmp_path / "c.pdf")
    match = re.search(r"\(발급번호와 확인 코드\) (\d{4}-\d{7}-[2-9A-Z]{4}-[2-9A-Z]{5}) ", text)
    assert match, text
    typed = match.group(1)
    assert typed == doc.short_code and len(typed) == 23
    assert certificates.verify(core, typed).ok


def page_image(path: Path) -> QImage:
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(path), str(path.with_suffix(""))],
                   check=True)
    return QImage(str(next(path.parent.glob(path.stem + "*.png"))))


def reddish(image: QImage) -> int:
    """Pixels of the mark's pale red in the middle band of the page (the seal sits lower)."""
    h = image.height()
    return sum(1 for y in range(h // 5, h // 2) for x in range(image.width())
               if (c := image.pixelColor(x, y)).red() > 200 and 150 < c.green() < 235 and c.blue() < 235
               and c.red() - c.green() > 15)


def test_training_certificates_carry_a_large_sample_mark_and_previews_no_number(qapp, core, tmp_path):
    real = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    core.training = True
    sample = certificates.for_output(core, real.number, "pdf")
    look = certificates.preview(core, "V-1001", PERIOD, "학교 제출용")
    assert sample.sample and look.sample and look.is_preview and not real.sample
    for doc, name in ((real, "real.pdf"), (sample, "sample.pdf"), (look, "look.pdf")):
        write_pdf(doc, tmp_path / name)
    assert reddish(page_image(tmp_path / "real.pdf")) == 0
    assert reddish(page_image(tmp_path / "sample.pdf")) > 300  # a large 견본 across the page
    text = pdf_text(tmp_path / "look.pdf")
    assert "발급 전 미리보기" in text and "2026-0000" not in text and "미발급" in text
    assert "발급하면 발급번호, 진위확인 코드와 QR 코드가" in text


def test_the_masked_number_prints_only_in_its_masked_form(qapp, core, tmp_path):
    doc = certificates.issue(core, "V-1001", PERIOD, "취업 제출용", "120315-3")
    write_pdf(doc, tmp_path / "m.pdf")
    text = pdf_text(tmp_path / "m.pdf")
    assert "주민등록번호 120315-3******" in text and "2012-03-15" not in text


def test_forty_activities_continue_over_pages_with_the_header_repeated(qapp, store, tmp_path):
    seed_student(store, "V-2001", many_records(40))
    core = bare_core(store, tmp_path)
    doc = certificates.issue(core, "V-2001", (dt.date(2026, 3, 1), dt.date(2026, 12, 31)), "학교 제출용")
    path = tmp_path / "long.pdf"
    pages = write_pdf(doc, path)
    assert pages >= 2
    seen = ""
    for page in range(1, pages + 1):
        text = pdf_text(path, page)
        assert "번호 봉사일 장소/수요처 활동내용 시간" in text or page == pages, page  # the header on every table page
        assert f"{page} / {pages}" in text and f"발급번호 {doc.number}" in text
        if page > 1:
            assert "자원봉사 실적 확인서 (계속)" in text
        seen += text
    for i in range(1, 41):
        assert f"활동 {i:02d}" in seen and f"수요처 {i:02d} 복지관" in seen
    assert "총 40회" in seen and "총 79시간 0분" in seen and CONFIRMATION in pdf_text(path, pages)


def test_a_seal_image_from_the_settings_is_used(qapp, core, tmp_path):
    seal = QImage(64, 64, QImage.Format.Format_ARGB32)
    seal.fill(0xFFCC0000)
    seal.save(str(tmp_path / "seal.png"))
    doc = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    with_image, placeholder = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_pdf(doc, with_image, seal_image=str(tmp_path / "seal.png"))
    write_pdf(doc, placeholder, seal_image=str(tmp_path / "missing.png"))
    images = subprocess.run(["pdfimages", "-list", str(with_image)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) > 2  # a header, a rule and at least the seal
    assert "인" in pdf_text(placeholder).split(CONFIRMATION)[1]  # the drawn seal carries 인
