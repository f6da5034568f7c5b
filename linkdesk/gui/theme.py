"""The one wrapper around qt-material: a light and a dark theme, or plain Fusion when it fails.

qt-material has habits a counter program must not inherit, so they are contained here:

* it writes recoloured icons into ``~/.qt_material`` at run time. We hand it an absolute ``parent``
  folder (``icon_dir``, a temporary or data folder chosen by the caller), so nothing goes to home;
* ``apply_stylesheet`` may save the sheet to a file and reads extra CSS through ``str.format``. We
  call ``build_stylesheet`` ourselves and set the sheet, nothing is saved;
* it copies its colours into ``os.environ`` (inherited by every child process). We restore the
  environment afterwards;
* it recolours and writes its icons at every call (a quarter of a second at each start). A built
  theme is kept: its sheet and icons in ``icon_dir/<theme>-<key>/`` (owner-only), where ``key`` is a
  hash of what shapes them (qt-material's version, the theme file, its options). A later start with
  the same key reads the sheet and points Qt's ``icon:`` search path at the folder; qt-material is
  then not even imported;
* it reports problems through the root logger. Anything it logs at WARNING or above while building
  counts as a failure, and the plain Fusion style is used instead: staff get a calm, working screen
  rather than a half-styled one.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QDir, QObject, Signal
from PySide6.QtWidgets import QApplication

from linkdesk.files import atomic_write_text, ensure_private_dir
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

# The dark theme's text at WCAG 4.5:1 or better (tests/gui/test_dark_contrast.py measures it):
# qt-material draws white on its light teal selections and mid-tone red/cyan on dark grey.
_DARK_TEXT = "#232629"
_DARK_RED, _DARK_CYAN = "#ff8a94", "#4dd0e1"
_DARK_OVERRIDES = f"""
QComboBox::item:selected, QCalendarWidget QMenu::item:selected, QMenu::item:selected,
QMenuBar::item:selected, QMenuBar::item:pressed,
QTableView::item:selected:focus, QTreeView::item:selected:focus, QListView::item:selected:focus,
QDialog QToolButton, QDialog QToolButton:hover, QDialog QToolButton:pressed, QDialog QToolButton:checked
{{ color: {_DARK_TEXT}; }}
QGroupBox::title {{ color: rgba(255, 255, 255, 0.75); }}
.danger, QPushButton.danger, QPushButton.danger:flat:pressed, QPushButton.danger:flat:checked
{{ color: {_DARK_RED}; }}
.success, QPushButton.success, QPushButton.success:flat:pressed, QPushButton.success:flat:checked
{{ color: {_DARK_CYAN}; }}
QPushButton.danger:checked, QPushButton.danger:pressed {{ color: {_DARK_TEXT}; background-color: {_DARK_RED}; }}
QPushButton.success:checked, QPushButton.success:pressed {{ color: {_DARK_TEXT}; background-color: {_DARK_CYAN}; }}
"""


SHEET_FILE = "sheet.qss"
ICON_FOLDERS = ("primary", "disabled", "active")  # what qt-material writes beside the sheet
CACHE_FORMAT = "1"


def _qt_material_resources() -> Path | None:
    """qt-material's own resources folder (its ``qt_material:`` search path), found without importing it."""
    spec = importlib.util.find_spec("qt_material")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "resources"


def _theme_key(theme_file: str, invert: bool, extra: dict[str, str]) -> str:
    """A hash of everything that shapes a built theme: a new qt-material or other options build anew."""
    # the installed qt-material, by its main file (importlib.metadata alone costs more than a lookup)
    resources = _qt_material_resources()
    init = resources.parent / "__init__.py" if resources else None
    library = f"{init.stat().st_size}:{init.stat().st_mtime_ns}" if init and init.exists() else "?"
    doc = json.dumps([CACHE_FORMAT, library, theme_file, invert, sorted(extra.items())])
    return hashlib.sha256(doc.encode()).hexdigest()[:16]


def _use_icons(folder: Path) -> None:
    """Point the sheet's ``icon:`` URLs at ``folder`` (only there: another theme's icons must not win)."""
    QDir.setSearchPaths("icon", [str(folder)])
    resources = _qt_material_resources()
    if resources is not None and str(resources) not in QDir.searchPaths("qt_material"):
        QDir.addSearchPath("qt_material", str(resources))  # (set… refuses the "_" in the prefix)


def _cached_sheet(folder: Path) -> str | None:
    try:
        if all((folder / sub).is_dir() for sub in ICON_FOLDERS):
            return (folder / SHEET_FILE).read_text(encoding="utf-8") or None
    except (OSError, UnicodeDecodeError):
        pass
    return None


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
            self._app.setStyleSheet(sheet + _OVERRIDES + (_DARK_OVERRIDES if name == "dark" else ""))
        self._current = name
        self.theme_changed.emit(name)
        return name

    def _build(self, name: str) -> str | None:
        theme_file, invert = THEMES[name]
        extra = {"font_family": FAMILY, "font_size": str(self._font_pixels), "density_scale": "0"}
        folder = self._icon_dir / f"{name}-{_theme_key(theme_file, invert, extra)}"
        sheet = _cached_sheet(folder)
        if sheet is not None:
            _use_icons(folder)
            return sheet
        try:
            ensure_private_dir(folder)
            with _contained() as problems:
                import qt_material  # imported late: a broken install must not stop the app

                sheet = qt_material.build_stylesheet(
                    theme=theme_file, invert_secondary=invert, extra=extra, parent=str(folder)
                )
        except Exception:  # noqa: BLE001 - any failure of the theme library means: use Fusion
            log.exception("qt-material failed; using the plain Fusion style")
            return None
        if not sheet or problems.messages:
            log.error("qt-material could not build %s (%s); using the plain Fusion style", name, problems.messages)
            return None
        _use_icons(folder)
        try:
            atomic_write_text(folder / SHEET_FILE, sheet)
        except OSError as exc:  # only costs the next start the build again
            log.warning("theme not cached: %s", exc.strerror or exc)
        return sheet

    def _apply_fusion(self) -> None:
        self._app.setStyleSheet("")
        self._app.setStyle("Fusion")
        style = self._app.style()
        self._app.setPalette(style.standardPalette())
