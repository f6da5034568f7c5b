"""What the screenshot scripts of this folder share: the Qt set-up, waiting, and saving a PNG.

Every script dresses the screens as ``linkdesk gui`` does -- the app font, the Korean translation
and the light theme -- either through the real composition root (:func:`open_counter`: the main
window, :class:`~linkdesk.gui.desk.Desk` signing in, the areas on the desk's area runner) or, for an
area shown on its own, through :func:`dress`. The Korean ``.qm`` is compiled from the committed
``.ts`` into the run's temporary folder, so a picture shows the translations as they are in the
tree, built or not, and nothing is written into ``resources/``.

Importing this module puts the repository on ``sys.path`` (the scripts run as
``.venv/bin/python docs/screenshots/make_….py``, from where ``linkdesk`` is not importable), so a
script imports it before anything from ``linkdesk`` or ``tests``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEventLoop, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from linkdesk.config import Config  # noqa: E402
from linkdesk.gui.app import Gui, add_areas, create_gui  # noqa: E402
from linkdesk.gui.crash import CrashHandler  # noqa: E402
from linkdesk.gui.desk import Desk  # noqa: E402
from linkdesk.gui.fonts import install_app_font  # noqa: E402
from linkdesk.gui.i18n import install_translators, remove_translators  # noqa: E402
from linkdesk.gui.preferences import JsonPreferences  # noqa: E402
from linkdesk.gui.tasks import TaskRunner  # noqa: E402
from linkdesk.gui.theme import ThemeManager  # noqa: E402
from linkdesk.logs import setup_logging  # noqa: E402
from linkdesk.services.core import Core, open_core  # noqa: E402

I18N = ROOT / "resources" / "i18n"
WINDOW_SIZE = (1360, 860)
_bugs: list[str] = []  # crash reports of this run: waiting stops at the first


def application() -> QApplication:
    return QApplication.instance() or QApplication(sys.argv[:1])


def out_dir(argv: list[str], index: int = 0, default: Path | None = Path(__file__).resolve().parent) -> Path | None:
    """The folder named by ``argv[index]`` (default: this folder), created."""
    folder = Path(argv[index]) if len(argv) > index else default
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextmanager
def scratch() -> Iterator[Path]:
    """A temporary folder for the run (data, logs, theme icons, the .qm); the app's logging writes
    there, so warnings go to the log as in the app, not to the console."""
    with tempfile.TemporaryDirectory(prefix="linkdesk-shots-") as tmp:
        folder = Path(tmp)
        setup_logging(folder / "logs")
        yield folder


@contextmanager
def crash_handler(app: QApplication) -> Iterator[CrashHandler]:
    """The app's crash handler, except that a bug prints its report and stops the script instead of
    opening a modal dialog nobody can close (Xvfb runs no window manager)."""
    crash = CrashHandler(show_dialog=_report_bug, exit_app=lambda _code: None, parent=app)
    crash.install()
    try:
        yield crash
    finally:
        crash.uninstall()


def _report_bug(report: str) -> None:
    print(report, file=sys.stderr)
    _bugs.append(report)


def run_for(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds (layouts, style sheets and repaints settle)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 60.0) -> None:
    """A script, not a test: run the event loop until ``done`` (or give up loudly)."""
    end = time.monotonic() + seconds
    loop = QEventLoop()
    failure: list[str] = []

    def check() -> None:
        if _bugs:
            failure.append("stopped: a bug was reported (see above)")
        elif time.monotonic() > end:
            failure.append("timed out waiting for the screen")
        elif not done():
            return
        loop.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(20)
    if not done():
        loop.exec()
    timer.stop()
    if failure:
        raise SystemExit(failure[0])


def pump(app: QApplication, rounds: int = 30) -> None:
    """Let layouts, style sheets and repaints settle before a grab (about ``rounds`` × 10 ms)."""
    run_for(rounds * 10)


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    pump(app)
    widget.grab().save(str(path))
    print(path)


def korean_qm(folder: Path) -> Path:
    """The committed Korean ``.ts`` (and any ``parts/*.ts`` still being merged) compiled into
    ``folder/linkdesk_ko.qm``; returns ``folder``, the ``i18n_dir`` for the translators."""
    sources = [I18N / "linkdesk_ko.ts", *sorted((I18N / "parts").glob("*.ts"))]
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    tool = str(lrelease if lrelease.exists() else "pyside6-lrelease")
    subprocess.run([tool, *map(str, sources), "-qm", str(folder / "linkdesk_ko.qm")], check=True, capture_output=True)
    return folder


def dress(app: QApplication, folder: Path) -> list[QTranslator]:
    """Font, Korean and the light theme as :func:`~linkdesk.gui.app.create_gui` sets them, for an
    area shown on its own (without the main window)."""
    install_app_font(app)
    translators = install_translators(app, "ko", i18n_dir=korean_qm(folder))
    ThemeManager(app, folder / "icons").apply("light")
    return translators


@contextmanager
def training_core(app: QApplication, folder: Path) -> Iterator[tuple[Core, TaskRunner]]:
    """For an area shown on its own: a core in training mode (the bundled sandbox) and a task runner;
    tasks still running settle before the core closes."""
    runner = TaskRunner(app)
    core = open_core(Config(), folder / "data")
    try:
        yield core, runner
    finally:
        runner.cancel_all()
        runner.wait_for_done(10_000)
        core.close()


def open_counter(app: QApplication, crash: CrashHandler, folder: Path, config: Config, data: Path,
                 qm: Path) -> tuple[Gui, Desk]:
    """The counter window built as ``linkdesk gui`` builds it (see :func:`linkdesk.gui.app.main`),
    in Korean and the light theme; the core opens and staff sign in once events are pumped."""
    gui = create_gui(app, preferences=JsonPreferences(folder / "ui.json"), icon_dir=folder / "icons",
                     crash=crash, training=config.training, language="ko", theme="light", i18n_dir=qm)
    desk = Desk(gui.window, gui.runner, config, data)
    desk.on_core = lambda core: add_areas(gui.window, core, desk.area_runner)
    gui.window.resize(*WINDOW_SIZE)
    gui.window.move(20, 20)
    gui.window.show()
    desk.open()
    return gui, desk


def close_counter(app: QApplication, gui: Gui, desk: Desk) -> None:
    """Shut the desk down and delete the window before another counter opens or Qt is torn down."""
    desk.shutdown()
    gui.window.close()
    gui.window.deleteLater()
    pump(app)
    if shiboken6.isValid(gui.window):
        shiboken6.delete(gui.window)
    remove_translators(app, gui.translators)
