"""The counter as staff meet it: the main window with every area, the sign-in, the lock screen.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_integration.py [out_dir] [extras_dir]

Built as ``linkdesk gui`` builds it (:func:`linkdesk.gui.app.create_gui`, :class:`linkdesk.gui.desk.Desk`,
the areas of :data:`linkdesk.gui.app.AREAS` on the desk's area runner), in Korean, light theme.

* Training mode (nothing configured): signed in at once as 연습 사용자 → ``main-window.png``.
* Real mode against a sandbox started here on 127.0.0.1 (a configured endpoint, so no training;
  every person is still made up): an administrator and a clerk exist, the sign-in dialog over the
  greyed window → ``sign-in.png``, the clerk signed in, then 지금 잠금 → ``lock.png``.

``extras_dir`` (default: none) also gets the training lock screen, the VMS consent request opening
the identity step, and 실적선택 (column widths), to look at, not to publish.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from linkdesk.config import Config  # noqa: E402
from linkdesk.gui.app import add_areas, create_gui  # noqa: E402
from linkdesk.gui.crash import CrashHandler  # noqa: E402
from linkdesk.gui.desk import Desk  # noqa: E402
from linkdesk.gui.i18n import remove_translators  # noqa: E402
from linkdesk.gui.preferences import JsonPreferences  # noqa: E402
from linkdesk.logs import setup_logging  # noqa: E402
from linkdesk.sandbox.default_scenario import load_default  # noqa: E402
from linkdesk.sandbox.server import SandboxServer  # noqa: E402
from linkdesk.services.core import open_core  # noqa: E402
from linkdesk.services.staff import accounts  # noqa: E402

I18N = ROOT / "resources" / "i18n"
TS = [I18N / "linkdesk_ko.ts", *sorted((I18N / "parts").glob("*.ts"))]
ADMIN, ADMIN_PW = "admin", "Centre!2026pw"  # made up, for this picture only
CLERK, CLERK_PW = "kimcg", "Counter!2026pw"


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 60.0) -> None:
    """A script, not a test: pump events until ``done`` (or give up loudly)."""
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the screen")
        app.processEvents()
        time.sleep(0.02)


def pump(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    pump(app)
    widget.grab().save(str(path))
    print(path)


def save_over(app: QApplication, window: QWidget, dialog: QWidget, path: Path) -> None:
    """``dialog`` where it stands over ``window``. Xvfb runs no window manager, so nothing draws
    the dialog's frame: a thin outline stands in for it."""
    pump(app)
    image = window.grab()
    at = dialog.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    painter = QPainter(image)
    painter.drawPixmap(at, dialog.grab())
    painter.setPen(QPen(QColor("#7a7a7a"), 1))
    painter.drawRect(QRect(at, dialog.size()).adjusted(-1, -1, 0, 0))
    painter.end()
    image.save(str(path))
    print(path)


def korean_qm(folder: Path) -> Path:
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    tool = str(lrelease if lrelease.exists() else "pyside6-lrelease")
    subprocess.run([tool, *map(str, TS), "-qm", str(folder / "linkdesk_ko.qm")], check=True, capture_output=True)
    return folder


def start(app: QApplication, crash: CrashHandler, folder: Path, config: Config, data: Path, qm: Path):
    gui = create_gui(app, preferences=JsonPreferences(folder / "ui.json"), icon_dir=folder / "icons",
                     crash=crash, training=config.training, language="ko", theme="light", i18n_dir=qm)
    desk = Desk(gui.window, gui.runner, config, data)
    desk.on_core = lambda core: add_areas(gui.window, core, desk.area_runner)  # as ``linkdesk gui`` does
    gui.window.resize(1360, 860)
    gui.window.move(20, 20)
    gui.window.show()
    desk.open()
    return gui, desk


def stop(app: QApplication, gui, desk: Desk) -> None:
    desk.shutdown()
    gui.window.close()
    gui.window.deleteLater()
    pump(app)
    remove_translators(app, gui.translators)


def training(app: QApplication, crash: CrashHandler, folder: Path, qm: Path, out: Path, extras: Path | None) -> None:
    gui, desk = start(app, crash, folder, Config(), folder / "training", qm)
    window = gui.window
    wait_for(app, lambda: desk.account is not None)
    wait_for(app, lambda: window.partner_status.state("neis") is True)
    save(app, window, out / "main-window.png")
    if extras is not None:
        window.action_lock.trigger()
        save(app, window, extras / "lock-training.png")
        desk.lock.overlay.unlock_button.click()
        vms = window.show_area("vms")
        vms.search.search("volunteer_id", "V-2002")  # 강도윤: a VMS member without the 1365 consent
        wait_for(app, lambda: vms.view is not None and vms._tasks == 0)
        save(app, window, extras / "vms-no-consent.png")
        vms.consent_button.click()
        wait_for(app, lambda: desk.wizard() is not None and not desk.wizard().busy)
        save(app, window, extras / "consent-identity.png")
    stop(app, gui, desk)


def real(app: QApplication, crash: CrashHandler, folder: Path, qm: Path, out: Path, extras: Path | None) -> None:
    sandbox = SandboxServer(load_default()).start()
    try:
        config = Config()
        config.partners.base_url = sandbox.url
        config.partners.api_key = sandbox.state.scenario.api_key
        data = folder / "real"
        with open_core(config, data) as core:
            service = accounts(core)
            service.create_first_admin(ADMIN, "최관리", ADMIN_PW)
            service.add(ADMIN, CLERK, "김창구", CLERK_PW)
        gui, desk = start(app, crash, folder, config, data, qm)
        window = gui.window
        wait_for(app, lambda: desk.gate is not None and desk.gate.dialog is not None)
        dialog = desk.gate.dialog
        dialog.username.setText(CLERK)
        dialog.password.setFocus()
        save_over(app, window, dialog, out / "sign-in.png")
        dialog.password.setText(CLERK_PW)
        dialog.submit()
        wait_for(app, lambda: desk.account is not None)
        wait_for(app, lambda: window.partner_status.state("neis") is True)
        if extras is not None:
            save(app, window, extras / "main-window-clerk.png")
        window.action_lock.trigger()
        save(app, window, out / "lock.png")
        stop(app, gui, desk)
    finally:
        sandbox.stop()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent
    extras = Path(argv[1]) if len(argv) > 1 else None
    for folder in (out, extras):
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="linkdesk-shots-") as tmp:
        folder = Path(tmp)
        setup_logging(folder / "logs")  # warnings go to the log, not the console
        crash = CrashHandler(parent=app)
        crash.install()
        try:
            qm = korean_qm(folder)
            training(app, crash, folder, qm, out, extras)
            real(app, crash, folder, qm, out, extras)
        finally:
            crash.uninstall()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
