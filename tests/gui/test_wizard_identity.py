"""본인 확인 in the wizard against the sandbox: 보안문자, a wrong person, consent capture, under 14,
and the whole page by keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from linkdesk.protocol.errors import info
from linkdesk.services.linking_flow import Step
from tests.fixtures import scenarios as S
from tests.fixtures.scenarios import small_scenario
from tests.gui.korean_typing import commit
from tests.gui.wizard_driver import click, focused, settle, type_identity, verify


def shows(strip, code: str) -> bool:
    """The strip shows the partner's message for ``code`` (Korean or English, as the GUI runs)."""
    text = strip.text()
    return info(code).ko in text or info(code).en in text


@pytest.mark.parametrize("scenario", [small_scenario(identity={"captcha": True})], indirect=True)
def test_a_wrong_captcha_says_so_and_shows_a_new_one(qtbot, wizard, sandbox):
    page = wizard.identity
    assert page.captcha.isVisible() and page.captcha.required
    first = page.captcha_id
    answer = sandbox.captcha_answer(first)
    wrong = "".join(str((int(c) + 1) % 10) for c in answer)
    verify(qtbot, wizard, "김민준", S.RRN_STUDENT, wrong)
    assert wizard.session.state.person is None and not wizard.next_button.isEnabled()
    assert page.strip.state == "error" and shows(page.strip, "captcha_wrong")
    assert page.captcha_id != first and not page.captcha.image.pixmap().isNull()
    assert page.captcha.answer() == "" and page.captcha.input.hasFocus()
    assert page.rrn.is_complete()  # the number stays for the second try
    page.captcha.input.clear()
    qtbot.keyClicks(page.captcha.input, sandbox.captcha_answer(page.captcha_id))
    click(qtbot, page.verify_button)
    settle(qtbot, wizard)
    assert wizard.session.state.person.volunteer_id == "V-1001" and wizard.next_button.isEnabled()
    assert page.captcha.isHidden() and page.rrn.value() == ""


@pytest.mark.parametrize("scenario", [small_scenario(identity={"captcha": True})], indirect=True)
def test_the_refresh_button_fetches_another_captcha(qtbot, wizard):
    page = wizard.identity
    first = page.captcha_id
    click(qtbot, page.captcha.refresh_button)
    settle(qtbot, wizard)
    assert page.captcha_id not in (None, first)


def test_an_identity_mismatch_is_explained_in_place(qtbot, wizard):
    verify(qtbot, wizard, "김민수", S.RRN_STUDENT)
    page = wizard.identity
    assert page.strip.state == "error" and shows(page.strip, "identity_mismatch")
    assert wizard.session.state.person is None and not wizard.next_button.isEnabled()
    assert page.name.hasFocus()


def test_an_impossible_number_never_reaches_the_partner(qtbot, wizard, sandbox):
    before = sandbox.state()["requests"].get("identity.verify", 0)
    verify(qtbot, wizard, "김민준", "121335-3123456")  # month 13
    page = wizard.identity
    assert page.rrn.check_tone == "error" and page.rrn.message.isVisible()
    assert sandbox.state()["requests"].get("identity.verify", 0) == before


def test_consent_is_captured_before_going_on(qtbot, wizard, sandbox):
    verify(qtbot, wizard, "이서연", S.RRN_NO_CONSENT)
    page = wizard.identity
    assert page.consent.mode == "asking" and page.consent.isVisible()
    assert page.consent_button.isVisible() and not page.consent_button.isEnabled()
    assert not wizard.next_button.isEnabled() and page.consent.guardian_box.isHidden()
    page.consent.agree.setChecked(True)
    click(qtbot, page.consent_button)
    settle(qtbot, wizard)
    assert page.consent.mode == "consented" and page.consent_button.isHidden()
    assert wizard.next_button.isEnabled() and wizard.session.state.consent_at is not None
    assert any(c["volunteer_id"] == "V-1002" and c["guardian"] is None for c in sandbox.state()["consents"])


def test_under_14_the_guardian_consents(qtbot, wizard, sandbox):
    verify(qtbot, wizard, "박지호", S.RRN_CHILD)
    page = wizard.identity
    panel = page.consent
    assert panel.under_14 and panel.guardian_box.isVisible()
    assert "14" in page.verified_note.text()
    panel.agree.setChecked(True)
    assert not page.consent_button.isEnabled()  # the guardian is not recorded yet
    commit(panel.guardian_name, "박영희")
    panel.relationship.setCurrentIndex(panel.relationship.findData("모"))
    panel.identity_checked.setChecked(True)
    assert page.consent_button.isEnabled()
    click(qtbot, page.consent_button)
    settle(qtbot, wizard)
    assert wizard.next_button.isEnabled()
    consent = [c for c in sandbox.state()["consents"] if c["volunteer_id"] == "V-1003"][0]
    assert consent["guardian"]["name"] == "박영희" and consent["guardian"]["relationship"] == "모"


def test_the_identity_page_by_keyboard_alone(qtbot, wizard):
    page = wizard.identity
    assert focused() is page.name  # the first field has the focus
    commit(page.name, "김민준")
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)
    assert focused() is page.rrn.front
    front, back = S.RRN_STUDENT.split("-")
    qtbot.keyClicks(page.rrn.front, front)
    assert focused() is page.rrn.back  # six digits move on by themselves
    qtbot.keyClicks(page.rrn.back, back)
    qtbot.keyClick(page.rrn.back, Qt.Key.Key_Return)  # Enter: 실명인증
    settle(qtbot, wizard)
    assert wizard.session.state.person is not None and wizard.next_button.isEnabled()
    # Alt+N: next (a mnemonic "animates" the click, so it lands a moment later)
    qtbot.keyClick(focused() or wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.current_step() is Step.SCHOOL, timeout=5000)
    settle(qtbot, wizard)
    assert focused() is wizard.school.field
    qtbot.keyClick(focused(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Alt+B: back
    qtbot.waitUntil(lambda: wizard.current_step() is Step.IDENTITY, timeout=5000)
    qtbot.keyClick(focused() or wizard, Qt.Key.Key_Return)  # verified and consented: Enter goes on
    settle(qtbot, wizard)
    assert wizard.current_step() is Step.SCHOOL


def test_the_consent_by_keyboard(qtbot, wizard):
    type_identity(qtbot, wizard, "이서연", S.RRN_NO_CONSENT)
    qtbot.keyClick(wizard.identity.rrn.back, Qt.Key.Key_Enter)
    settle(qtbot, wizard)
    panel = wizard.identity.consent
    assert focused() is panel.agree
    qtbot.keyClick(panel.agree, Qt.Key.Key_Space)
    qtbot.keyClick(panel.agree, Qt.Key.Key_Return)  # Enter: 동의
    settle(qtbot, wizard)
    assert wizard.session.state.consent_at is not None and wizard.next_button.isEnabled()
