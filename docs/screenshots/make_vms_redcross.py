"""Render the VMS and Red Cross areas with the bundled training data and save PNGs (to look at).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_vms_redcross.py [out_dir]

Writes ``vms.png`` (정하늘 after 봉사실적 일괄전송: 연계정보, 1365 반영 times, the countdown),
``redcross.png`` (윤서준: 나의 봉사, an expired 1365 연계 동의 with 재동의) and
``redcross_expiring.png`` into ``out_dir`` (default: this folder). The app font, the Korean
translations (the shared .qm plus this area's part) and the light theme are installed as
``linkdesk/gui/app.py`` does. Every person is made up; training mode never reaches a real partner.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from linkdesk.config import Config  # noqa: E402
from linkdesk.gui.fonts import install_app_font  # noqa: E402
from linkdesk.gui.i18n import install_translators  # noqa: E402
from linkdesk.gui.redcross import RedCrossArea  # noqa: E402
from linkdesk.gui.tasks import TaskRunner  # noqa: E402
from linkdesk.gui.theme import ThemeManager  # noqa: E402
from linkdesk.gui.vms import VmsArea  # noqa: E402
from linkdesk.services.core import open_core  # noqa: E402

PART = ROOT / "resources" / "i18n" / "parts" / "vms_redcross.ts"


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 30.0) -> None:
    """A script, not a test: pump events until ``done`` (or give up loudly)."""
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the screen")
        app.processEvents()
        time.sleep(0.02)


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(10):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def install_korean(app: QApplication, folder: Path) -> None:
    install_translators(app, "ko")
    qm = folder / "vms_redcross.qm"
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    subprocess.run([str(lrelease if lrelease.exists() else "pyside6-lrelease"), str(PART), "-qm", str(qm)],
                   check=True, capture_output=True)
    part = QTranslator(app)
    if not part.load(str(qm)):
        raise SystemExit(f"cannot load {qm}")
    app.installTranslator(part)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="linkdesk-shots-") as tmp:
        folder = Path(tmp)
        install_app_font(app)
        install_korean(app, folder)
        ThemeManager(app, folder / "icons").apply("light")
        runner = TaskRunner(app)
        core = open_core(Config(), folder / "data")  # training mode: the bundled sandbox
        try:
            vms_area = VmsArea(core, runner)
            vms_area.resize(1360, 820)
            vms_area.show()
            vms_area.search.search("vms_id", "haneul85")
            wait_for(app, lambda: vms_area.view is not None and vms_area.status.state == "")
            vms_area.send_button.click()
            wait_for(app, lambda: vms_area.status.state == "success")
            save(app, vms_area, out / "vms.png")

            rc_area = RedCrossArea(core, runner)
            rc_area.resize(1360, 820)
            rc_area.show()
            rc_area.member.search.search("volunteer_id", "V-3001")
            wait_for(app, lambda: rc_area.member.page is not None and rc_area.member.status.state == "")
            save(app, rc_area, out / "redcross.png")
            rc_area.tabs.setCurrentWidget(rc_area.expiring)
            wait_for(app, lambda: rc_area.expiring.status.state != "busy" and rc_area.expiring.loaded)
            save(app, rc_area, out / "redcross_expiring.png")
            runner.cancel_all()
            runner.wait_for_done(5000)
        finally:
            core.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
