"""The GUI's composition root: the one place that creates the Qt parts and hands them to each other.

``main(argv)`` creates the QApplication, the crash handler, the font, the translations, the theme
and the main window. :func:`create_gui` does the same for an existing QApplication, so tests and the
screenshot script build exactly the window staff see. Services (partners, store, outbox) are wired
here too once they exist; widgets never create them.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer, QTranslator
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

log = logging.getLogger(__name__)

PREFERENCES_FILE = "ui.json"
SHUTDOWN_WAIT_MS = 5000  # at quit, how long running partner calls may take to settle


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="linkdesk gui", description="LinkDesk counter window")
    parser.add_argument("--data-dir", help="folder of the local database, logs and preferences")
    parser.add_argument("--lang", choices=["ko", "en"], help="language for this run (default: the preference)")
    parser.add_argument("--theme", choices=["light", "dark"], help="theme for this run (default: the preference)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Start the counter window; returns the exit code (70 after a crash)."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    from linkdesk.logs import setup_logging
    from linkdesk.store.paths import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    setup_logging(data_dir / "logs")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    crash = CrashHandler(parent=app)
    crash.install()
    quit_on_signals(app)
    try:
        # qt-material's generated icons live only as long as this run: nothing goes to the home folder.
        with tempfile.TemporaryDirectory(prefix="linkdesk-theme-") as icon_dir:
            preferences = JsonPreferences(data_dir / PREFERENCES_FILE)
            gui = create_gui(
                app,
                preferences=preferences,
                icon_dir=Path(icon_dir),
                crash=crash,
                training=True,  # until partner endpoints are wired: the bundled sandbox
                language=args.lang,
                theme=args.theme,
            )
            gui.window.show()
            code = app.exec() if crash.exit_code is None else crash.exit_code
            gui.runner.cancel_all()
            gui.runner.wait_for_done(SHUTDOWN_WAIT_MS)
            return crash.exit_code if crash.exit_code is not None else code
    finally:
        crash.uninstall()


if __name__ == "__main__":
    raise SystemExit(main())
