"""Certificates through the real counter window on the sandbox (issue 14.4, 14.5):

* training mode: a walk-in (never linked on this PC) found by 실명인증 right from the certificate screen, their 1365
  records loaded, a preview that takes no number, one certificate for a double click, the training
  clock's date and the signed-in training account as 확인자, the 견본 mark, and the short code
  checked in the 진위확인 dialog (a typo is a typing error, the number alone finds the entry);
* a real installation: the centre setup opens by itself the first time the screen is shown,
  refuses the training centre and a bad seal, and once saved the certificates print the centre.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from linkdesk.config import Config
from linkdesk.services import certificates
from tests.fixtures.scenarios import RRN_STUDENT, small_scenario
from tests.gui.desk_driver import WAIT, bugs, counters, real_config, seed_staff, sign_in  # noqa: F401 - fixtures
from tests.helpers.pngs import png
from tests.helpers.security import CLERK, CLERK_PW


def _show_certificates(qtbot, window):
    area = window.show_area("certificates")
    qtbot.waitUntil(area.isVisible, timeout=WAIT)
    return area


def _type_rrn(qtbot, dialog, rrn: str) -> None:
    digits = rrn.replace("-", "")
    qtbot.keyClicks(dialog.rrn.front, digits[:6])
    qtbot.keyClicks(dialog.rrn.back, digits[6:])


@pytest.fixture
def training(qtbot, counters, tmp_path):
    started = counters(Config(), tmp_path / "data", scenario=small_scenario())
    with qtbot.waitSignal(started.desk.ready, timeout=WAIT):
        pass
    return started


def test_a_walk_in_gets_a_previewed_sample_certificate_with_a_short_code(qtbot, training):
    window, core = training.window, training.desk.core
    area = _show_certificates(qtbot, window)
    form = area.form
    assert area.needs_setup is None and not area.setup_notice.isVisible()  # training: no setup asked
    dialog = form.open_walk_in()
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.captcha_ready, timeout=WAIT)
    dialog.name.setText("김민준")  # Hangul goes in as committed text, as an IME commits it
    _type_rrn(qtbot, dialog, RRN_STUDENT)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.volunteer_id == "V-1001" and "김민준" in form.summary.text()
                    or dialog.status.state == "error", timeout=WAIT)
    assert dialog.status.state != "error", dialog.status.text()
    assert not dialog.isVisible() and dialog.rrn.value() == ""  # the number is gone
    assert "1365" in form.status.text()

    form.purpose.setCurrentText("개인 보관용")
    assert not form.issue_button.isEnabled()  # a preview comes first
    form.look_button.click()
    qtbot.waitUntil(lambda: form.output.preview is not None and form.issue_button.isEnabled()
                    or form.status.state == "error", timeout=WAIT)
    assert form.status.state != "error", form.status.text()
    form.output.preview.close()
    assert certificates.ledger(core) == []
    form.issue_button.click()
    form.issue()  # a second press while the first request runs
    qtbot.waitUntil(lambda: form.number is not None and not form._issuing or form.status.state == "error", timeout=WAIT)
    assert form.status.state != "error", form.status.text()
    ledger = certificates.ledger(core)
    assert [e.number for e in ledger] == [form.number]
    doc = certificates.for_output(core, form.number, "preview")
    assert doc.sample  # training: the large 견본 mark
    assert doc.content["issued_on"] == "2026-05-15"  # the sandbox's clock, not this PC's
    assert doc.content["centre"]["confirmer"] == "연습 사용자"  # the signed-in training account

    verify = area.open_verify()
    typo = form.short_code[:-2] + form.short_code[-1] + form.short_code[-2]
    for typed, status in ((form.short_code, "valid"), (typo, "mistyped"), (form.number, "valid")):
        if typed == typo and form.short_code[-1] == form.short_code[-2]:
            continue
        verify.result = None
        verify.code.setPlainText(typed)
        verify.check_button.click()
        qtbot.waitUntil(lambda: verify.result is not None and verify.check_button.isEnabled(), timeout=WAIT)
        assert verify.result.status == status, typed
    verify.close()

    with qtbot.waitSignal(training.desk.lock.locked, timeout=WAIT):
        window.action_lock.trigger()
    assert form.volunteer_id is None and form.short_code is None and form.code_label.text() == ""


def test_a_real_installation_asks_for_the_centre_before_printing(qtbot, counters, sandbox, tmp_path):
    config, data = real_config(sandbox), tmp_path / "data"
    seed_staff(config, data)
    counter = counters(config, data)
    sign_in(qtbot, counter, CLERK, CLERK_PW)
    core = counter.desk.core
    area = _show_certificates(qtbot, counter.window)
    qtbot.waitUntil(lambda: area.centre_dialog is not None and area.centre_dialog.isVisible(), timeout=WAIT)
    assert area.setup_notice.isVisible()
    dialog = area.centre_dialog
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=WAIT)
    assert dialog.name.text() == ""  # the training centre is never offered as a value
    dialog.name.setText("LinkDesk 연습 자원봉사센터")
    dialog.address.setText("서울특별시 성북구 보문로 168")
    dialog.phone.setText("02-920-1234")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.status.state == "error", timeout=WAIT)
    assert any(w in dialog.status.text() for w in ("연습용", "training")) and dialog.isVisible()

    dialog.name.setText("성북구자원봉사센터")
    bad = tmp_path / "wide.png"
    bad.write_bytes(png(600, 150))
    dialog.choose_seal = lambda parent: str(bad)
    dialog.seal_button.click()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.status.state == "error" and "seal" in dialog.status.text().lower()
                    or "정사각형" in dialog.status.text(), timeout=WAIT)

    good = tmp_path / "seal.png"
    good.write_bytes(png(256, 256))
    dialog.choose_seal = lambda parent: str(good)
    dialog.seal_button.click()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    assert not area.setup_notice.isVisible() and not dialog.isVisible()

    from linkdesk.services.sync import sync_volunteer

    sync_volunteer(core, "V-1001")
    doc = certificates.issue(core, "V-1001", (dt.date(2026, 3, 1), dt.date(2026, 5, 15)), "학교 제출용")
    centre = doc.content["centre"]
    assert (centre["name"], centre["phone"], centre["confirmer"]) == ("성북구자원봉사센터", "02-920-1234", "김창구")
    assert doc.seal_png == good.read_bytes() and not doc.sample



def test_a_slow_walk_in_lookup_can_be_stopped_and_tried_again(qtbot, training):
    """대기 취소 on the certificate screen's 실명인증: the dialog stays, nothing is issued, a new
    보안문자 is asked for, and the next attempt works."""
    from tests.fixtures.sandbox import SandboxHandle

    window, core = training.window, training.desk.core
    form = _show_certificates(qtbot, window).form
    dialog = form.open_walk_in()
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.captcha_ready, timeout=WAIT)
    admin = SandboxHandle(core.sandbox)
    admin.set_faults([{"partner": "identity", "operation": "verify", "kind": "latency", "ms": 2500, "times": 1}])
    admin.close()
    dialog.name.setText("김민준")
    _type_rrn(qtbot, dialog, RRN_STUDENT)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.status.cancel_button.isVisible, timeout=WAIT)
    qtbot.mouseClick(dialog.status.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.status.state == "info" and "Stopped waiting" in dialog.status.text()
    assert dialog.verify_button.isEnabled() and dialog.rrn.value() == ""
    qtbot.waitUntil(lambda: dialog.captcha_ready, timeout=WAIT)  # a fresh 보안문자
    assert training.runner.wait_for_done(WAIT)  # the stopped lookup has ended too: its answer was dropped
    qtbot.wait(50)
    assert form.volunteer_id is None and dialog.isVisible() and certificates.ledger(core) == []
    dialog.name.setText("김민준")
    _type_rrn(qtbot, dialog, RRN_STUDENT)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.volunteer_id == "V-1001" or dialog.status.state == "error", timeout=WAIT)
    assert dialog.status.state != "error", dialog.status.text()
