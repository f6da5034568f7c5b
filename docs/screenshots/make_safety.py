"""Two moments that keep a visitor's work: the question before discarding it, and a slow partner
that can be stopped.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_safety.py [out_dir]

Training mode, Korean, light theme, built as ``linkdesk gui`` builds it (see ``_shots.py``):

* ``wizard-leave-confirm.png``: 취소 (or Esc / 처음으로 / Ctrl+N) with a verified visitor on 실적선택:
  "입력한 내용을 지울까요?", 계속 입력 the default;
* ``wizard-stop-waiting.png``: 학생정보 확인 while NEIS answers slowly: the seconds waited and 대기 취소.
"""

from __future__ import annotations

import sys

from _shots import (  # first: it puts the repository on sys.path
    application,
    close_counter,
    crash_handler,
    korean_qm,
    open_counter,
    out_dir,
    run_for,
    save,
    scratch,
    wait_for,
)
from make_integration import save_over
from make_wizard import set_faults, settle, to_select, type_person

from linkdesk.config import Config
from tests.fixtures.scenarios import RRN_STUDENT


def main(argv: list[str]) -> int:
    out = out_dir(argv)
    app = application()
    with scratch() as folder, crash_handler(app) as crash:
        gui, desk = open_counter(app, crash, folder, Config(), folder / "data", korean_qm(folder))
        window = gui.window
        try:
            wait_for(app, lambda: desk.account is not None)
            wizard = to_select(app, desk, window, "김민준", RRN_STUDENT, "ㅂㅁㅈ")
            wizard.cancel_button.click()
            box = wizard.leave_box
            wait_for(app, lambda: box.isVisible())
            save_over(app, window, box, out / "wizard-leave-confirm.png")
            box.reject()  # 계속 입력
            wait_for(app, lambda: wizard.leave_box is None)

            wizard.restart_button.click()
            wizard.leave_box.findChild(type(wizard.cancel_button), "LeaveConfirmDiscard").click()
            settle(app, wizard)
            type_person(app, desk, wizard, "김민준", RRN_STUDENT)
            wizard.identity.verify_button.click()
            settle(app, wizard)
            wizard.next_button.click()
            settle(app, wizard)
            wizard.school.field.setText("ㅂㅁㅈ")
            wizard.school.search_button.click()
            wait_for(app, lambda: wizard.school.dialog is not None and wizard.school.dialog.model.rowCount() > 0)
            wizard.school.dialog.accept()
            settle(app, wizard)
            wizard.next_button.click()
            settle(app, wizard)
            set_faults(desk, [{"partner": "neis", "operation": "verify_student", "kind": "latency", "ms": 6000,
                               "times": 1}])
            wizard.student.check_button.click()
            strip = wizard.student.strip
            wait_for(app, lambda: strip.cancel_button.isVisible() and "2초" in strip.text())
            run_for(200)
            save(app, window, out / "wizard-stop-waiting.png")
            strip.cancel_button.click()
            wizard.cancel()
        finally:
            close_counter(app, gui, desk)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
