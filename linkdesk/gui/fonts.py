"""The bundled Korean font, so screens and printouts look the same on every counter PC.

Counter PCs differ (Windows versions, missing or odd Korean fonts); the app therefore registers
Nanum Gothic (SIL OFL, ``resources/fonts``) with Qt and makes it the application font.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from linkdesk.gui.assets import asset_path

log = logging.getLogger(__name__)

FONT_FILES = ("fonts/NanumGothic.ttf", "fonts/NanumGothicBold.ttf")
FAMILY = "NanumGothic"
DEFAULT_POINT_SIZE = 10


def register_fonts() -> list[str]:
    """Register the bundled font files; returns the families Qt now knows from them.

    Raises ``FileNotFoundError`` when a font file is missing (a broken install or build).
    Registering twice is harmless: Qt returns the same family.
    """
    families: list[str] = []
    for relative in FONT_FILES:
        path = asset_path(relative)
        if not path.is_file():
            raise FileNotFoundError(f"bundled font missing: {path}")
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"Qt could not load the font {path.name}")
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def install_app_font(app: QApplication, point_size: int = DEFAULT_POINT_SIZE) -> QFont:
    """Register the fonts and make Nanum Gothic the application font; returns that font."""
    families = register_fonts()
    family = FAMILY if FAMILY in families else families[0]
    font = QFont(family, point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
    log.debug("application font: %s %spt", family, point_size)
    return font
