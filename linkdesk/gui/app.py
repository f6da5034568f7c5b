"""The GUI's composition root: the one place that creates the Qt parts and hands them to each other.

``main(argv)`` reads the configuration, creates the QApplication, the crash handler, the font, the
translations, the theme and the main window (:func:`create_gui`, which tests and the screenshot
scripts use too), shows the window, and lets :class:`~linkdesk.gui.desk.Desk` open the core off the
GUI thread, sign the staff member in, and wire the areas of :data:`AREAS`, the idle lock, the
linking wizard and the status poller to it. The configuration's ``[ui]`` theme and language are
the defaults until staff choose others in the View menu. Widgets never create services.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import logging
import os
import signal
import sys
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QThreadPool, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from linkdesk import __version__
from linkdesk.gui.assets import asset_path
from linkdesk.gui.crash import CrashHandler
from linkdesk.gui.fonts import install_app_font
from linkdesk.gui.i18n import choose_language, install_translators
from linkdesk.gui.main_window import MainWindow
from linkdesk.gui.preferences import JsonPreferences, UiPreferences
from linkdesk.gui.tasks import TaskRunner
from linkdesk.gui.theme import ThemeManager
from linkdesk.gui.training_scenario import ScenarioFileError, training_scenario

if TYPE_CHECKING:
    from linkdesk.gui.desk import Desk

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PREFERENCES_FILE = "ui.json"
READY_LINE = "LinkDesk ready"  # the packaging smoke test waits for this line on stderr
EXIT_WHEN_READY = "LINKDESK_EXIT_WHEN_READY"  # "1": quit right after READY_LINE (smoke tests);
# "linking": start a linking at READY_LINE and quit once its first page takes input (measuring)
EXIT_WHEN_READY_HELP = ("quit with exit code 0 as soon as the window is shown, ready for work and the event loop "
                        "idle (for measuring start-up; also env LINKDESK_EXIT_WHEN_READY=1)")
THEME_CACHE = ("cache", "theme")  # in the data folder: the built theme (sheet and icons), owner-only

# The areas beside the NEIS linking: (key, module with build_area(core, runner), navigation title).
# A module that does not exist yet is skipped, so each area appears once its engineer adds it.
# Each area holding personal data implements drop_personal_data() for the idle lock; "security"
# (the access-log review) is shown to administrators only.
AREAS: list[tuple[str, str, str]] = [
    ("vms", "linkdesk.gui.vms", QT_TRANSLATE_NOOP("Areas", "VMS → 1365")),
    ("redcross", "linkdesk.gui.redcross", QT_TRANSLATE_NOOP("Areas", "Red Cross → 1365")),
    ("pending", "linkdesk.gui.pending", QT_TRANSLATE_NOOP("Areas", "Waiting to send")),
    ("certificates", "linkdesk.gui.certificates", QT_TRANSLATE_NOOP("Areas", "Certificates")),
    ("security", "linkdesk.gui.security", QT_TRANSLATE_NOOP("Areas", "Access log")),
    ("class_visit", "linkdesk.gui.class_visit", QT_TRANSLATE_NOOP("Areas", "Class visit")),
    ("rejections", "linkdesk.gui.rejections", QT_TRANSLATE_NOOP("Areas", "Rejected records")),
    ("dashboard", "linkdesk.gui.dashboard", QT_TRANSLATE_NOOP("Areas", "Dashboard")),
    ("drift", "linkdesk.gui.drift", QT_TRANSLATE_NOOP("Areas", "Drift check")),
]


@dataclass
class Gui:
    """Everything :func:`create_gui` built; the lead's wiring attaches services to these."""

    app: QApplication
    window: MainWindow
    runner: TaskRunner
    theme: ThemeManager
    crash: CrashHandler
    language: str
    translators: list[QTranslator] = field(default_factory=list)


def create_gui(
    app: QApplication,
    *,
    preferences: UiPreferences,
    icon_dir: Path,
    crash: CrashHandler,
    training: bool = True,
    language: str | None = None,
    theme: str | None = None,
    pool: QThreadPool | None = None,
    i18n_dir: Path | None = None,
) -> Gui:
    """Font, translations, theme, task runner and main window on an existing ``app``.

    ``language`` / ``theme`` override the preferences for this run (command line); ``i18n_dir`` the
    folder of the compiled ``.qm`` (default ``resources/i18n``). Translators are installed before
    any widget is created, so every ``translate()`` call sees them.
    """
    app.setApplicationName("LinkDesk")
    app.setOrganizationName("LinkDesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(asset_path("icons/linkdesk.png"))))
    install_app_font(app)
    chosen = choose_language(language if language is not None else preferences.get("language"))
    translators = install_translators(app, chosen, i18n_dir=i18n_dir)
    themes = ThemeManager(app, icon_dir)
    themes.apply(theme or preferences.get("theme"))
    runner = TaskRunner(app, pool=pool, on_bug=crash.handle)
    window = MainWindow(preferences=preferences, training=training)
    window.theme_requested.connect(themes.apply)
    return Gui(app, window, runner, themes, crash, chosen, translators)


def quit_on_signals(app: QApplication) -> QTimer:
    """Ctrl+C and SIGTERM end the event loop normally, so temporary files are cleaned up.

    Python runs signal handlers only between bytecodes; a light timer gives it that chance while
    Qt's loop waits.
    """
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())
    timer = QTimer(app)
    timer.start(300)
    timer.timeout.connect(lambda: None)
    return timer


def add_areas(window: MainWindow, core, runner: TaskRunner, areas=None) -> list[str]:
    """Add every area of ``areas`` (default :data:`AREAS`) whose module exists; returns their keys.

    An area is built (its module imported, ``build_area(core, runner)`` called) the first time it
    is shown or asked for (:meth:`MainWindow.add_area`), not here: the counter is ready for work
    without building screens staff may not open today. :func:`import_areas` imports their modules
    ahead, off the GUI thread, so a first visit only builds.

    ``runner`` is what the areas run their tasks on: the running counter passes the desk's
    :class:`~linkdesk.gui.area_runner.AreaRunner`, so the idle lock can void late answers.
    """
    added = []
    for key, module_name, title in AREAS if areas is None else areas:
        if not _module_exists(module_name):
            continue
        window.add_area(key, translate("Areas", title), partial(_build_area, module_name, core, runner))
        added.append(key)
    return added


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # its package is missing
        return False


def _build_area(module_name: str, core, runner: TaskRunner):
    build = getattr(importlib.import_module(module_name), "build_area", None)
    if build is None:
        raise RuntimeError(f"area {module_name} has no build_area(core, runner)")
    return build(core, runner)


def import_areas(areas=None) -> None:
    """Import the modules of the areas (run on a worker once the counter is ready for work)."""
    for _key, module_name, _title in AREAS if areas is None else areas:
        if _module_exists(module_name):
            importlib.import_module(module_name)


def ui_defaults(config) -> dict[str, str]:
    """The configuration's ``[ui]`` section: the theme and language until staff choose their own."""
    return {"language": config.ui.language, "theme": config.ui.theme}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="linkdesk gui", description="LinkDesk counter window")
    parser.add_argument("--data-dir", help="folder of the local database, logs and preferences")
    parser.add_argument("--config", help="configuration file (TOML, see docs/configuration.md)")
    parser.add_argument("--lang", choices=["ko", "en"], help="language for this run (default: the preference)")
    parser.add_argument("--theme", choices=["light", "dark"], help="theme for this run (default: the preference)")
    parser.add_argument("--exit-when-ready", action="store_true", help=EXIT_WHEN_READY_HELP)
    return parser


def announce_ready(app: QApplication, exit_when_ready: bool = False) -> None:
    """Ready for work -- the window shown, the core open, staff signed in, the idle lock armed, the
    wizard's code loaded: say so (stderr, the log); quit if asked (a zero-delay timer: it fires
    once the events already queued are handled, i.e. when idle)."""
    print(READY_LINE, file=sys.stderr, flush=True)
    log.info(READY_LINE)
    if gc.get_freeze_count():  # the whole process (linkdesk.cli.main froze its start-up): freeze again
        # Qt, SQLAlchemy and the core live as long as the window; kept out of later full collections,
        # a collection while staff click through 10,000 records walks only what the work made.
        gc.freeze()
    if exit_when_ready or os.environ.get(EXIT_WHEN_READY) == "1":
        QTimer.singleShot(0, app.quit)


def quit_when_linking_ready(app: QApplication, desk: Desk) -> None:
    """Measuring "ready for work": start a linking as 연계 시작 does and quit once its first page
    takes input and its first action can run -- the 보안문자 (which 실명인증 needs) shown and no task
    of the wizard running. Exit code 1 if the 보안문자 could not be loaded."""
    wizard = desk.start_linking()
    if wizard is None:
        app.exit(1)
        return

    def check() -> None:  # from a zero-delay timer: the task's own callbacks have run by then
        if wizard.busy:
            return
        wizard.busy_changed.disconnect(later)
        app.exit(0 if wizard.identity.captcha_id is not None else 1)

    def later() -> None:
        QTimer.singleShot(0, check)

    wizard.busy_changed.connect(later)
    later()


def preload_desk() -> type[Desk]:
    """Import the desk and, with it, the core (SQLAlchemy, the store, the services): about a second
    of imports, run on a worker while the window is already on screen and answering."""
    from linkdesk.gui.desk import Desk

    return Desk


def main(argv: list[str] | None = None) -> int:
    """Start the counter window; returns the exit code (2: bad configuration, 70 after a crash)."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    from linkdesk.config import ConfigError, load_config
    from linkdesk.logs import setup_logging
    from linkdesk.store.paths import resolve_data_dir

    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"linkdesk: {exc}", file=sys.stderr)
        return 2
    data_dir = resolve_data_dir(args.data_dir)
    setup_logging(data_dir / "logs")
    try:
        scenario = training_scenario(config)  # LINKDESK_SANDBOX_SCENARIO, as the CLI reads it
    except ScenarioFileError as exc:
        print(f"linkdesk: {exc}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    crash = CrashHandler(parent=app)
    crash.install()
    quit_on_signals(app)
    try:
        # qt-material's sheet and icons are built once and kept in the data folder (never home).
        icon_dir = data_dir.joinpath(*THEME_CACHE)
        preferences = JsonPreferences(data_dir / PREFERENCES_FILE, defaults=ui_defaults(config))
        gui = create_gui(
            app,
            preferences=preferences,
            icon_dir=icon_dir,
            crash=crash,
            training=config.training,
            language=args.lang,
            theme=args.theme,
        )
        desks: list[Desk] = []

        def start_desk(desk_class: type[Desk]) -> None:
            desk = desk_class(gui.window, gui.runner, config, data_dir, scenario=scenario)
            desk.on_core = lambda core: add_areas(gui.window, core, desk.area_runner)
            desk.ready.connect(lambda: announce_ready(app))
            if os.environ.get(EXIT_WHEN_READY) == "linking":
                desk.ready.connect(lambda: quit_when_linking_ready(app, desk))
            elif os.environ.get(EXIT_WHEN_READY) != "1":  # the areas' code, ahead of a first visit
                desk.ready.connect(lambda: gui.runner.run(import_areas, on_success=lambda _none: None,
                                                          on_error=crash.handle, name="gui.import_areas"))
            desks.append(desk)
            desk.open()

        gui.window.set_ready(False)  # until the desk has the core open and staff signed in
        gui.window.statusBar().showMessage(translate("Desk", "Preparing…"))
        gui.window.show()  # first the window, then the core (its imports and opening off the GUI thread)
        if args.exit_when_ready:  # measuring: quit once the shown window's first events are handled
            QTimer.singleShot(0, app.quit)
        else:
            gui.runner.run(preload_desk, on_success=start_desk, on_error=crash.handle, name="gui.preload")
        code = app.exec() if crash.exit_code is None else crash.exit_code
        for desk in desks:
            desk.shutdown()
        gui.runner.wait_for_done(-1)
        return crash.exit_code if crash.exit_code is not None else code
    finally:
        crash.uninstall()


if __name__ == "__main__":
    raise SystemExit(main())
