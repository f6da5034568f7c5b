"""The visitor's slip (연계 결과 안내) from the wizard's last page: what was sent, the recognised hours
and why, what was not eligible — as a PDF without the 주민등록번호, recorded as a 다운로드."""

from __future__ import annotations

import subprocess

from sqlalchemy import select

from linkdesk.store.models_security import AccessLogEntry
from tests.fixtures import scenarios as S
from tests.gui.wizard_driver import WAIT, confirm_send, make_wizard, to_select


def test_the_slip_after_a_send(qtbot, core, pool, bugs, tmp_path):
    wizard, _runner = make_wizard(qtbot, core, pool, bugs)
    to_select(qtbot, wizard, "김민준", S.RRN_STUDENT, "ㅂㅁㅈ")
    bar = wizard.send_page.slip_bar
    assert not bar.pdf_button.isEnabled()  # nothing sent yet
    confirm_send(qtbot, wizard)
    assert bar.pdf_button.isEnabled()
    slip = bar.slip()
    sent = [r for r in slip.rows if r.status.startswith("이번에 전송")]
    assert sent and slip.hours_sent == sum(int(r.hours.rstrip("시간")) for r in sent)
    assert any(r.status == "연계 대상 아님" and r.why for r in slip.rows)
    pdf = tmp_path / "slip.pdf"
    bar.output.choose_pdf_path = lambda _parent, _name: str(pdf)
    bar.pdf_button.click()
    qtbot.waitUntil(pdf.exists, timeout=WAIT)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "김민준" in text and "보문중학교" in text
    assert S.RRN_STUDENT.split("-")[1] not in text.replace(" ", "") and "V-1001" not in text
    qtbot.waitUntil(bar.line.isVisible, timeout=WAIT)
    with core.store.unit_of_work(read_only=True) as uow:
        entries = uow.session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "download")).all()
    assert [(e.volunteer_id, e.target) for e in entries] == [("V-1001", "봉사실적 연계 결과 안내")]
    wizard.cancel()
    assert not bar.pdf_button.isEnabled()
