"""Korean and English: which language the counter shows, and the Qt translators that make it so.

Source strings are English, wrapped in ``translate("Context", ...)`` with explicit contexts (lupdate
misses ``tr(variable)``). The Korean ``resources/i18n/linkdesk_ko.ts`` is committed; the ``.qm`` is
built by ``build/translations.sh release`` (called by build/bootstrap.sh). Qt's own dialogs
(buttons such as OK / Cancel) are translated by ``qtbase_ko.qm`` shipped with PySide6.

The language is chosen once at start: a staff setting (``"ko"`` / ``"en"``) wins; an empty or
``"auto"`` setting follows the system locale -- Korean on a Korean system, English otherwise.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from linkdesk.gui.assets import asset_path

log = logging.getLogger(__name__)

LANGUAGES = ("ko", "en")
AUTO = ""  # the setting value meaning "follow the system locale"


def choose_language(setting: str | None = None, system_locale: QLocale | None = None) -> str:
    """``"ko"`` or ``"en"``. ``setting`` is ``"ko"``, ``"en"``, ``""``/``"auto"``/``None`` (system)."""
    value = (setting or "").strip().lower()
    if value in LANGUAGES:
        return value
    if value not in ("", "auto"):
        raise ValueError(f"unknown language setting {setting!r}; expected 'ko', 'en' or ''")
    locale = system_locale if system_locale is not None else QLocale.system()
    return "ko" if locale.language() == QLocale.Language.Korean else "en"


def qm_path(language: str, i18n_dir: Path | None = None) -> Path:
    """Where the compiled LinkDesk translation for ``language`` lives (it may not be built yet)."""
    folder = i18n_dir if i18n_dir is not None else asset_path("i18n")
    return folder / f"linkdesk_{language}.qm"


def install_translators(
    app: QCoreApplication, language: str, *, i18n_dir: Path | None = None
) -> list[QTranslator]:
    """Install LinkDesk's and Qt's translators for ``language``; returns them (parented to ``app``).

    English is the source language: nothing is installed. A missing LinkDesk ``.qm`` (translations
    not built) is logged and the screens stay English rather than the program failing to start.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    path = qm_path(language, i18n_dir)
    if ours.load(str(path)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.error("translation %s not found or invalid; run build/translations.sh release", path)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    else:
        log.warning("Qt's own %s translation not found in %s", language, qt_dir)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests; the app itself switches language at the next start)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
