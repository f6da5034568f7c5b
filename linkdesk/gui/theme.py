"""The one wrapper around qt-material: a light and a dark theme, or plain Fusion when it fails.

qt-material has habits a counter program must not inherit, so they are contained here:

* it writes recoloured icons into ``~/.qt_material`` at run time. We hand it an absolute ``parent``
  folder (``icon_dir``, a temporary or data folder chosen by the caller), so nothing goes to home;
* ``apply_stylesheet`` may save the sheet to a file and reads extra CSS through ``str.format``. We
  call ``build_stylesheet`` ourselves and set the sheet, nothing is saved;
* it copies its colours into ``os.environ`` (inherited by every child process). We restore the
  environment afterwards;
* it reports problems through the root logger. Anything it logs at WARNING or above while building
  counts as a failure, and the plain Fusion style is used instead: staff get a calm, working screen
  rather than a half-styled one.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from linkdesk.files import ensure_private_dir
from linkdesk.gui.fonts import FAMILY

log = logging.getLogger(__name__)

# name -> (qt-material theme file, invert_secondary). Teal 500 keeps text on white readable.
THEMES: dict[str, tuple[str, bool]] = {
    "light": ("light_teal_500.xml", True),
    "dark": ("dark_teal.xml", False),
}
FALLBACK = "fusion"
FONT_PIXELS = 14
# Added after qt-material's sheet: sentence case (material's UPPERCASE shouts in English) and a
# visible keyboard focus (material removes the outline; staff work with the keyboard alone).
_OVERRIDES = """
QPushButton, QTabBar, QGroupBox, QDockWidget, QToolBox::tab { text-transform: none; }
QPushButton:focus { border-width: 3px; }
"""


class _Collect(logging.Handler):
    """Collects what qt-material logs while a sheet is built."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if "qt_material" in record.pathname:  # not what another thread logs meanwhile
            self.messages.append(record.getMessage())


@contextmanager
def _contained() -> Iterator[_Collect]:
    """Restore ``os.environ`` and catch the root logger's warnings around a qt-material call."""
    saved = dict(os.environ)
    collect = _Collect()
    root = logging.getLogger()
    root.addHandler(collect)
    try:
        yield collect
    finally:
        root.removeHandler(collect)
        for key in [k for k in os.environ if k not in saved]:
            del os.environ[key]
        for key, value in saved.items():
            if os.environ.get(key) != value:
                os.environ[key] = value


class ThemeManager(QObject):
    """Applies ``"light"`` or ``"dark"`` to the application; falls back to Fusion on any failure.

    ``icon_dir`` receives qt-material's generated icons; it must stay in place while the app runs
    (the style sheet refers to the files in it).
    """

    theme_changed = Signal(str)  # the theme now in effect: "light", "dark" or "fusion"

    def __init__(self, app: QApplication, icon_dir: Path, *, font_pixels: int = FONT_PIXELS) -> None:
        super().__init__(app)
        self._app = app
        self._icon_dir = Path(icon_dir).resolve()
        self._font_pixels = font_pixels
        self._current = ""

    @property
    def current(self) -> str:
        """The theme in effect: ``"light"``, ``"dark"``, ``"fusion"`` (fallback) or ``""`` (none yet)."""
        return self._current

    def apply(self, name: str) -> str:
        """Apply a theme by name; returns the theme actually in effect. Unknown names are an error."""
        if name not in THEMES:
            raise ValueError(f"unknown theme {name!r}; expected one of {sorted(THEMES)}")
        sheet = self._build(name)
        if sheet is None:
            self._apply_fusion()
            name = FALLBACK
        else:
            self._app.setStyle("Fusion")
            self._app.setStyleSheet(sheet + _OVERRIDES)
        self._current = name
        self.theme_changed.emit(name)
        return name

    def _build(self, name: str) -> str | None:
        theme_file, invert = THEMES[name]
        extra = {"font_family": FAMILY, "font_size": str(self._font_pixels), "density_scale": "0"}
        try:
            ensure_private_dir(self._icon_dir)
            with _contained() as problems:
                import qt_material  # imported late: a broken install must not stop the app

                sheet = qt_material.build_stylesheet(
                    theme=theme_file, invert_secondary=invert, extra=extra, parent=str(self._icon_dir)
                )
        except Exception:  # noqa: BLE001 - any failure of the theme library means: use Fusion
            log.exception("qt-material failed; using the plain Fusion style")
            return None
        if not sheet or problems.messages:
            log.error("qt-material could not build %s (%s); using the plain Fusion style", name, problems.messages)
            return None
        return sheet

    def _apply_fusion(self) -> None:
        self._app.setStyleSheet("")
        self._app.setStyle("Fusion")
        style = self._app.style()
        self._app.setPalette(style.standardPalette())
