"""The counter as staff meet it: the main window with every area, the sign-in, the lock screen.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_integration.py [out_dir] [extras_dir]

Built as ``linkdesk gui`` builds it (:func:`linkdesk.gui.app.create_gui`, :class:`linkdesk.gui.desk.Desk`,
the areas of :data:`linkdesk.gui.app.AREAS` on the desk's area runner; see ``_shots.py``), in Korean,
light theme.

* Training mode (nothing configured): signed in at once as 연습 사용자 → ``main-window.png``.
* Real mode against a sandbox started here on 127.0.0.1 (a configured endpoint, so no training;
  every person is still made up): an administrator and a clerk exist, the sign-in dialog over the
  greyed window → ``sign-in.png``, the clerk signed in, then 지금 잠금 → ``lock.png``.

``extras_dir`` (default: none) also gets, to look at, not to publish: the training lock screen
(``lock-training.png``), a VMS member without the 1365 consent (``vms-no-consent.png``), the consent
request opening the identity step (``consent-identity.png``) and the clerk's window
(``main-window-clerk.png``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

from _shots import (  # first: it puts the repository on sys.path
    application,
    close_counter,
    crash_handler,
    korean_qm,
    open_counter,
    out_dir,
    pump,
    save,
    scratch,
    wait_for,
)
from linkdesk.config import Config
from linkdesk.gui.crash import CrashHandler
from linkdesk.sandbox.default_scenario import load_default
from linkdesk.sandbox.server import SandboxServer
from linkdesk.services.core import open_core
from linkdesk.services.staff import accounts

ADMIN, ADMIN_PW = "admin", "Centre!2026pw"  # made up, for this picture only
CLERK, CLERK_PW = "kimcg", "Counter!2026pw"


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


def training(app: QApplication, crash: CrashHandler, folder: Path, qm: Path, out: Path, extras: Path | None) -> None:
    gui, desk = open_counter(app, crash, folder, Config(), folder / "training", qm)
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
    close_counter(app, gui, desk)


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
        gui, desk = open_counter(app, crash, folder, config, data, qm)
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
        close_counter(app, gui, desk)
    finally:
        sandbox.stop()


def main(argv: list[str]) -> int:
    out, extras = out_dir(argv), out_dir(argv, 1, default=None)
    app = application()
    with scratch() as folder, crash_handler(app) as crash:
        qm = korean_qm(folder)
        training(app, crash, folder, qm, out, extras)
        real(app, crash, folder, qm, out, extras)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
