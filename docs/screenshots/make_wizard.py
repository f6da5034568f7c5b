"""Drive the real counter window through the NEIS linking wizard in Korean and save a PNG per step.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_wizard.py [out_dir]
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_wizard.py [out_dir]

The window is built as ``linkdesk gui`` builds it (:func:`linkdesk.gui.app.create_gui` and
:class:`linkdesk.gui.desk.Desk`) in training mode on the bundled sandbox; the Korean translation is
the shared ``linkdesk_ko.ts`` plus this area's part, compiled into a temporary folder. Writes
``wizard-1-identity.png`` … ``wizard-5-send.png`` and the extras listed in README.md. Everyone shown
is made up (the bundled training people); nothing reaches a real partner.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import requests
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from linkdesk.config import Config  # noqa: E402
from linkdesk.gui.app import add_areas, create_gui  # noqa: E402
from linkdesk.gui.crash import CrashHandler  # noqa: E402
from linkdesk.gui.desk import Desk  # noqa: E402
from linkdesk.gui.preferences import JsonPreferences  # noqa: E402
from linkdesk.gui.wizard import LinkingWizard  # noqa: E402
from linkdesk.logs import setup_logging  # noqa: E402
from tests.fixtures.scenarios import RRN_CHILD, RRN_NO_CONSENT, RRN_STUDENT  # noqa: E402  (the made-up training numbers)
from tests.gui.korean_typing import commit  # noqa: E402

TS = [ROOT / "resources" / "i18n" / "linkdesk_ko.ts", ROOT / "resources" / "i18n" / "parts" / "wizard.ts"]


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 30.0) -> None:
    """A script, not a test: pump events until ``done`` (or give up loudly)."""
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the screen")
        app.processEvents()
        time.sleep(0.02)


def settle(app: QApplication, wizard: LinkingWizard) -> None:
    wait_for(app, lambda: not wizard.busy)
    for _ in range(20):
        app.processEvents()


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    for _ in range(20):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def korean_qm(folder: Path) -> Path:
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    tool = str(lrelease if lrelease.exists() else "pyside6-lrelease")
    subprocess.run([tool, *map(str, TS), "-qm", str(folder / "linkdesk_ko.qm")], check=True, capture_output=True)
    return folder


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
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="linkdesk-shots-") as tmp:
        folder = Path(tmp)
        setup_logging(folder / "logs")  # the app's logging: warnings go to the log, not the console
        crash = CrashHandler(parent=app)
        crash.install()
        gui = create_gui(app, preferences=JsonPreferences(folder / "ui.json"), icon_dir=folder / "icons",
                         crash=crash, training=True, language="ko", theme="light", i18n_dir=korean_qm(folder))
        window = gui.window
        desk = Desk(window, gui.runner, Config(), folder / "data",
                    on_core=lambda core: add_areas(window, core, gui.runner))  # as ``linkdesk gui`` does
        window.resize(1360, 860)
        window.show()
        desk.open()
        wait_for(app, lambda: desk.core is not None)
        bar = window.partner_status
        wait_for(app, lambda: bar.state("neis") is True)
        try:
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
            wizard.cancel_button.click()

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
            desk.shutdown()
            window.close()
            shiboken6.delete(window)  # before the interpreter tears Qt down
            crash.uninstall()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
