"""Render the class visit (학급 단위 연계), its teacher's sheet and slip, and the rejected-records
screen, and save PNGs (to look at, not a test).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_class_visit.py [out_dir]

Writes ``class-visit-setup.png`` (school picked, a pasted class list with a bad line),
``class-visit-student.png`` (mid-visit: the roster with every outcome, a student's records
pre-selected), ``class-visit-sheet.png`` and ``class-visit-slip.png`` (page 1 of each PDF) and
``rejections.png`` (a record the school rejected, with the route). Training mode on a made-up
class (tests/fixtures/class_scenario.py); every person and number is made up.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from _shots import (  # first: it puts the repository on sys.path
    application,
    crash_handler,
    dress,
    out_dir,
    save,
    scratch,
    wait_for as wait_long,
)
from linkdesk.config import Config
from linkdesk.gui.class_visit import ClassVisitArea
from linkdesk.gui.rejections import RejectionsArea
from linkdesk.gui.tasks import TaskRunner
from linkdesk.services.core import open_core
from linkdesk.services.link_run import LinkRequest, run_link
from linkdesk.services.linking_flow import SchoolChoice
from linkdesk.services.sync import sync_volunteer
from tests.fixtures import class_scenario as C
from tests.fixtures.sandbox import SandboxHandle

SIZE = 12


def wait_for(app, done) -> None:
    wait_long(app, done, seconds=300)  # a shared, loaded machine: slow, not stuck


def student(app, panel, sandbox: SandboxHandle, i: int, send: bool = True) -> None:
    wait_for(app, lambda: panel.phase == "ready")
    front, back = C.student_rrn(i).split("-")
    panel.rrn.front.setText(front)
    panel.rrn.back.setText(back)
    panel.captcha.input.setText(sandbox.captcha_answer(panel.captcha_id))
    panel.verify()
    wait_for(app, lambda: panel.phase == "turn")
    if send:
        count = len(panel.timings)
        panel.send()
        wait_for(app, lambda: len(panel.timings) > count)


def pdf_page(pdf: Path, png: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(png.with_suffix(""))], check=True)
    print(png)


def main(argv: list[str]) -> int:
    out = out_dir(argv)
    app = application()
    with scratch() as folder, crash_handler(app):
        dress(app, folder)
        runner = TaskRunner(app)
        scenario = C.class_scenario(SIZE, captcha=True)
        scenario["volunteers"][0]["student"]["school"] = C.SCHOOL_CODE  # 김민준 joins the class's school
        core = open_core(Config(), folder / "data", scenario=scenario)
        sandbox = SandboxHandle(core.sandbox)
        try:
            area = ClassVisitArea(core, runner)
            area.resize(1300, 800)
            area.show()
            setup, panel = area.setup, area.panel
            setup.set_school(SchoolChoice(C.SCHOOL_CODE, C.SCHOOL_NAME, "서울특별시교육청", "middle", "서울특별시 성북구"))
            setup.grade.setValue(C.GRADE)
            setup.class_no.setValue(C.CLASS)
            setup.roster.setPlainText(C.roster_text(SIZE) + "3,동명이인\n")
            save(app, area, out / "class-visit-setup.png")
            setup.start()
            wait_for(app, lambda: panel.visit is not None)
            for i in range(1, 10):
                student(app, panel, sandbox, i)
            panel.skip()
            wait_for(app, lambda: panel.phase == "ready" and panel.visit.entry(panel.entry_id).number == 11)
            student(app, panel, sandbox, 11, send=False)
            save(app, area, out / "class-visit-student.png")
            panel.send()
            wait_for(app, lambda: panel.phase == "ready")
            sheet, slip = folder / "sheet.pdf", folder / "slip.pdf"
            area.output.choose_pdf_path = lambda _p, _n: str(sheet)
            panel.sheet_pdf_button.click()
            wait_for(app, sheet.exists)
            area.output.choose_pdf_path = lambda _p, _n: str(slip)
            panel.slip_pdf_button.click()
            wait_for(app, slip.exists)
            pdf_page(sheet, out / "class-visit-sheet.png")
            pdf_page(slip, out / "class-visit-slip.png")
            area.drop_personal_data()

            run_link(core, LinkRequest("김민준", C.SCHOOL_CODE), scenario["volunteers"][0]["rrn"],
                     solve_captcha=lambda captcha: sandbox.captcha_answer(captcha.captcha_id))
            sandbox.advance(49 * 60)
            core.sync_clock()
            sync_volunteer(core, "V-1001")
            rejections = RejectionsArea(core, runner)
            rejections.resize(1300, 520)
            rejections.show()
            rejections.refresh()
            wait_for(app, lambda: rejections.table.rowCount() > 0)
            rejections.table.selectRow(0)
            save(app, rejections, out / "rejections.png")
            rejections.drop_personal_data()
        finally:
            runner.cancel_all()
            runner.wait_for_done(10_000)
            sandbox.close()
            core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
