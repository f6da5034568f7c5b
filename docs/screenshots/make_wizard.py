"""Drive the real counter window through the NEIS linking wizard in Korean and save a PNG per step.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_wizard.py [out_dir]
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_wizard.py [out_dir]

The window is built as ``linkdesk gui`` builds it (:func:`linkdesk.gui.app.create_gui`,
:class:`linkdesk.gui.desk.Desk`, the areas on the desk's area runner; see ``_shots.py``) in training
mode on the bundled sandbox, which signs in as 연습 사용자 before a linking can start; the Korean
translation is the committed ``linkdesk_ko.ts``, compiled into a temporary folder. Writes
``wizard-1-identity.png`` … ``wizard-5-send.png`` and the extras listed in README.md. Everyone shown
is made up (the bundled training people); nothing reaches a real partner.
"""

from __future__ import annotations

import sys

import requests
from PySide6.QtWidgets import QApplication

from _shots import (  # first: it puts the repository on sys.path
    application,
    close_counter,
    crash_handler,
    korean_qm,
    open_counter,
    out_dir,
    save,
    run_for,
    scratch,
    wait_for,
)
from linkdesk.config import Config
from linkdesk.gui.desk import Desk
from linkdesk.gui.wizard import LinkingWizard
from tests.fixtures.scenarios import RRN_CHILD, RRN_NO_CONSENT, RRN_STUDENT  # the made-up training numbers
from tests.gui.korean_typing import commit


def settle(app: QApplication, wizard: LinkingWizard) -> None:
    wait_for(app, lambda: not wizard.busy)
    run_for(100)


def captcha_answer(desk: Desk, captcha_id: str) -> str:
    with requests.Session() as admin:
        reply = admin.get(f"{desk.core.sandbox.url}/_sandbox/captcha/{captcha_id}", timeout=30)
        reply.raise_for_status()
        return reply.json()["text"]


def type_person(app: QApplication, desk: Desk, wizard: LinkingWizard, name: str, rrn: str) -> None:
    page = wizard.identity
    commit(page.name, name)
    front, back = rrn.split("-")
    page.rrn.front.setText(front)
    page.rrn.back.setText(back)
    page.rrn.back.setFocus()
    page.captcha.input.setText(captcha_answer(desk, page.captcha_id))


def set_faults(desk: Desk, faults: list[dict]) -> None:
    with requests.Session() as admin:
        admin.post(f"{desk.core.sandbox.url}/_sandbox/faults", json={"faults": faults}, timeout=30).raise_for_status()


def to_select(app: QApplication, desk: Desk, window, name: str, rrn: str, school: str,
              consent: bool = False) -> LinkingWizard:
    """A new linking driven by its buttons up to 실적선택."""
    window.action_new_linking.trigger()
    wizard = desk.wizard()
    settle(app, wizard)
    type_person(app, desk, wizard, name, rrn)
    wizard.identity.verify_button.click()
    settle(app, wizard)
    if consent:
        wizard.identity.consent.agree.setChecked(True)
        wizard.identity.consent_button.click()
        settle(app, wizard)
    wizard.next_button.click()
    settle(app, wizard)
    wizard.school.field.setText(school)
    wizard.school.search_button.click()
    wait_for(app, lambda: wizard.school.dialog is not None and wizard.school.dialog.model.rowCount() > 0)
    wizard.school.dialog.accept()
    settle(app, wizard)
    wizard.next_button.click()
    wizard.student.check_button.click()
    settle(app, wizard)
    wizard.next_button.click()
    settle(app, wizard)
    return wizard


def main(argv: list[str]) -> int:
    out = out_dir(argv)
    app = application()
    with scratch() as folder, crash_handler(app) as crash:
        # training mode (nothing configured): the bundled sandbox, signed in as 연습 사용자
        gui, desk = open_counter(app, crash, folder, Config(), folder / "data", korean_qm(folder))
        window, bar = gui.window, gui.window.partner_status
        try:
            wait_for(app, lambda: desk.account is not None)  # no linking before a staff member signed in
            wait_for(app, lambda: bar.state("neis") is True)

            # 1b. under 14: the guardian's consent is captured
            window.action_new_linking.trigger()
            wizard = desk.wizard()
            settle(app, wizard)
            type_person(app, desk, wizard, "박지호", RRN_CHILD)
            wizard.identity.verify_button.click()
            settle(app, wizard)
            panel = wizard.identity.consent
            panel.agree.setChecked(True)
            commit(panel.guardian_name, "박영희")
            panel.relationship.setCurrentIndex(panel.relationship.findData("모"))
            panel.identity_checked.setChecked(True)
            save(app, window, out / "wizard-1b-consent-guardian.png")

            # 1. 본인 확인, typed and ready for 실명인증
            window.action_new_linking.trigger()
            wizard = desk.wizard()
            settle(app, wizard)
            type_person(app, desk, wizard, "김민준", RRN_STUDENT)
            save(app, window, out / "wizard-1-identity.png")
            wizard.identity.verify_button.click()
            settle(app, wizard)
            save(app, window, out / "wizard-1c-verified.png")
            wizard.next_button.click()
            settle(app, wizard)

            # 2. 내 소속학교 and the 학교검색 popup
            school = wizard.school
            commit(school.field, "ㅂㅁㅈ")
            school.search_button.click()
            wait_for(app, lambda: school.dialog is not None and school.dialog.model.rowCount() > 0)
            dialog = school.dialog
            save(app, dialog, out / "wizard-2b-school-search.png")
            dialog.accept()
            settle(app, wizard)
            save(app, window, out / "wizard-2-school.png")
            wizard.next_button.click()
            settle(app, wizard)

            # 3. 학생정보 확인
            wizard.student.check_button.click()
            settle(app, wizard)
            save(app, window, out / "wizard-3-student.png")
            wizard.next_button.click()
            settle(app, wizard)

            # 4. 실적선택
            save(app, window, out / "wizard-4-select.png")

            # 5. 실적전송: the confirmation, then the results
            wizard.next_button.click()
            box = wizard.send_page.confirm_box
            wait_for(app, box.isVisible)
            save(app, box, out / "wizard-5a-confirm.png")
            next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole).click()
            settle(app, wizard)
            save(app, window, out / "wizard-5-send.png")
            wizard.next_button.click()  # 마침

            # 4b. the same student again: the sent records under 연계완료 실적
            wizard = to_select(app, desk, window, "김민준", RRN_STUDENT, "ㅂㅁㅈ")
            wizard.select.tabs.setCurrentIndex(1)
            save(app, window, out / "wizard-4b-linked.png")
            wizard.cancel()  # what 취소 does once its "discard?" box is answered

            # 5b. NEIS down while sending: 대기, sent by the outbox later
            wizard = to_select(app, desk, window, "이서연", RRN_NO_CONSENT, "서울고", consent=True)
            set_faults(desk, [{"partner": "neis", "operation": "submit", "kind": "http_503", "times": 0}])
            wizard.next_button.click()
            box = wizard.send_page.confirm_box
            wait_for(app, box.isVisible)
            next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole).click()
            settle(app, wizard)
            desk.poller.poll_now()
            wait_for(app, lambda: bar.outbox_waiting > 0)
            save(app, window, out / "wizard-5b-waiting.png")
            set_faults(desk, [])
        finally:
            close_counter(app, gui, desk)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
