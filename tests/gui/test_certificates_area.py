"""The certificates area over the sandbox: issue from the form, print and save PDF, the masked-number
option, the ledger's reissue and void with reasons, the 진위확인 dialog, and the preview's print record."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from sqlalchemy import select

from linkdesk.gui.certificates import CertificatesArea, build_area
from linkdesk.gui.tasks import TaskRunner
from linkdesk.services import certificates
from linkdesk.services.sync import sync_volunteer
from linkdesk.store.models_security import AccessLogEntry

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")
PERIOD_OF_FORM = ("2026-03-01", "2026-05-15")  # the school year so far, on the scenario's clock
PERIOD = (dt.date(2026, 3, 1), dt.date(2026, 5, 15))


@pytest.fixture
def bugs():
    return []


@pytest.fixture
def area(qtbot, core, pool, bugs):
    core.config.centre.name, core.config.centre.phone = "성북구자원봉사센터", "02-920-0000"  # a real centre
    core.config.centre.confirmer = "홍길동"
    sync_volunteer(core, "V-1001")
    runner = TaskRunner(pool=pool, on_bug=bugs.append)
    widget = build_area(core, runner)
    assert isinstance(widget, CertificatesArea)
    qtbot.addWidget(widget)
    yield widget
    runner.cancel_all()
    assert bugs == []


def text_of(path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def access(core) -> list[tuple[str, str, str | None]]:
    with core.store.unit_of_work(read_only=True) as uow:
        return [(e.action, e.target, e.detail) for e in uow.session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id))]


def choose_volunteer(qtbot, form, text="김민") -> None:
    form.search.setText(text)
    qtbot.waitUntil(lambda: form.results.count() == 1)
    form.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: "김민준" in form.summary.text())


def look(qtbot, form) -> None:
    """발급 전 미리보기: the preview opens, and only then can the certificate be issued."""
    assert not form.issue_button.isEnabled()
    form.look_button.click()
    qtbot.waitUntil(lambda: form.output.preview is not None and form.issue_button.isEnabled())
    form.output.preview.close()


def test_issue_then_print_and_save_pdf_from_the_form(qtbot, area, core, tmp_path):
    form = area.form
    assert (form.date_from.date().toString("yyyy-MM-dd"), form.date_to.date().toString("yyyy-MM-dd")) == PERIOD_OF_FORM
    choose_volunteer(qtbot, form)
    assert not form.issue_button.isEnabled()  # the purpose is required
    form.purpose.setCurrentText("학교 제출용")
    assert form.look_button.isEnabled() and form.masked.isHidden()
    assert not form.print_button.isEnabled()
    look(qtbot, form)
    qtbot.mouseClick(form.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.number is not None)
    assert form.status.state == "success" and form.number in form.status.text()
    form.output.choose_printer = lambda parent: pdf_printer(tmp_path / "printed.pdf")
    form.print_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "printed.pdf").exists() and form.status.text().count(form.number))
    form.output.choose_pdf_path = lambda parent, suggested: str(tmp_path / suggested)
    form.pdf_button.click()
    saved = tmp_path / f"확인서_{form.number}.pdf"
    qtbot.waitUntil(saved.exists)
    for path in (tmp_path / "printed.pdf", saved):
        text = text_of(path)
        assert f"발급번호: {form.number}" in text and "김민준" in text and "발급용도 학교 제출용" in text
    area.tabs.setCurrentWidget(area.ledger)
    qtbot.waitUntil(lambda: area.ledger.table.rowCount() == 1)
    assert area.ledger.rows[0].outputs == 2 and area.ledger.table.item(0, 0).text() == form.number
    actions = [(a, d) for a, _, d in access(core) if a in ("entry", "print")]
    assert actions == [("entry", "실적 확인서 발급"), ("print", "인쇄"), ("print", "PDF 저장")]
    assert form.short_code in form.code_label.text() and certificates.verify(core, form.short_code).ok


def test_the_masked_number_option_appears_only_for_purposes_that_need_it(qtbot, area, core):
    form = area.form
    area.show()
    choose_volunteer(qtbot, form)
    form.purpose.setCurrentText("개인 보관용")
    assert form.masked.isHidden() and form.masked_help.isHidden()
    form.purpose.setCurrentText("취업 제출용")
    assert not form.masked.isHidden() and not form.masked_help.isHidden() and "7" in form.masked_help.text()
    form.masked.setChecked(True)
    assert not form.look_button.isEnabled()  # the 7 digits are needed
    qtbot.keyClicks(form.front7, "1203153")
    assert form.front7.text() == "120315-3" and form.look_button.isEnabled()
    look(qtbot, form)
    form.issue_button.click()
    qtbot.waitUntil(lambda: form.number is not None)
    assert form.front7.text() in ("", "-")  # not kept once used
    doc = certificates.for_output(core, form.number, "preview")
    assert doc.content["identity"] == {"kind": "masked_number", "text": "120315-3******"}


def test_ledger_reissue_and_void_need_a_reason(qtbot, area, core):
    doc = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    ledger = area.ledger
    area.tabs.setCurrentWidget(ledger)
    qtbot.waitUntil(lambda: ledger.table.rowCount() == 1)
    ledger.table.selectRow(0)
    assert ledger.buttons["void"].isEnabled()
    ledger.ask_reason = lambda parent, title, label: "   "
    ledger.buttons["void"].click()
    assert ledger.status.state == "error"
    ledger.ask_reason = lambda parent, title, label: "분실"
    ledger.buttons["reissue"].click()
    qtbot.waitUntil(lambda: ledger.table.rowCount() == 2)
    statuses = {e.number: (e.status, e.replaced_by) for e in ledger.rows}
    assert statuses[doc.number][0] == "reissued" and statuses[doc.number][1] in statuses
    new_row = next(i for i, e in enumerate(ledger.rows) if e.status == "issued")
    ledger.table.selectRow(new_row)
    ledger.ask_reason = lambda parent, title, label: "잘못 발급"
    ledger.buttons["void"].click()
    qtbot.waitUntil(lambda: any(e.status == "void" for e in ledger.rows))
    ledger.table.selectRow(0)
    assert not ledger.buttons["print"].isEnabled()  # neither row can be printed any more
    assert "무효 (잘못 발급)" in [ledger.table.item(r, 7).text() for r in range(2)]


def test_the_verify_dialog_shows_the_result_and_its_reason(qtbot, area, core):
    doc = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    dialog = area.open_verify()
    typo = doc.short_code[:-1] + ("2" if doc.short_code[-1] != "2" else "3")
    for code, status in ((doc.short_code, "valid"), ("아무 글자", "mistyped"), (typo, "mistyped"),
                         ("2026-0000999", "not_found"), (doc.number, "valid")):
        dialog.code.setPlainText(code)
        dialog.result = None
        dialog.check_button.click()
        qtbot.waitUntil(lambda: dialog.result is not None and dialog.check_button.isEnabled())
        assert dialog.result.status == status, code
        assert dialog.verdict.isVisibleTo(dialog)
    certificates.void(core, doc.number, "성명 오기")
    dialog.code.setPlainText(doc.code.qr_text())
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.result.status == "void")
    assert "성명 오기" in dialog.verdict.text()
    dialog.close()


def test_the_preview_records_a_print_only_when_it_prints(qtbot, area, core, tmp_path):
    doc = certificates.issue(core, "V-1001", PERIOD, "학교 제출용")
    output = area.ledger.output
    output.show_preview(doc.number)
    qtbot.waitUntil(lambda: output.preview is not None)
    widget = output.preview.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == 1
    assert [a for a, _, _ in access(core)].count("print") == 0
    printer = output.preview.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "from-preview.pdf"))
    widget.print_()
    qtbot.waitUntil(lambda: [a for a, _, _ in access(core)].count("print") == 1)
    assert doc.number in text_of(tmp_path / "from-preview.pdf")
    output.preview.close()


def test_a_look_takes_no_number_and_a_double_click_issues_one_certificate(qtbot, area, core):
    form = area.form
    choose_volunteer(qtbot, form)
    form.purpose.setCurrentText("학교 제출용")
    look(qtbot, form)
    look_again = form._request_key
    form.look_button.click()  # looking twice at the same choices keeps the same request
    qtbot.waitUntil(lambda: form.output.preview is not None and form.output.preview.isVisible())
    form.output.preview.close()
    assert form._request_key == look_again
    assert certificates.ledger(core) == []  # no number was taken by looking
    qtbot.mouseDClick(form.issue_button, Qt.MouseButton.LeftButton)
    form.issue()  # and a third press while it runs
    qtbot.waitUntil(lambda: form.number is not None and not form._issuing)
    assert [e.number for e in certificates.ledger(core)] == ["2026-0000001"]
    assert not form.issue_button.isEnabled()  # the next certificate needs its own preview
    form.purpose.setCurrentText("개인 보관용")
    assert not form.issue_button.isEnabled()
