"""Translations: Korean on a Korean locale, English otherwise, a setting wins; the committed .ts is
complete (every string in the GUI source has a Korean translation); Qt's own strings in Korean."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from linkdesk.gui.i18n import choose_language, install_translators
from linkdesk.gui.main_window import MainWindow
from linkdesk.gui.preferences import JsonPreferences
from linkdesk.gui.status_bar import PartnerStatusBar
from linkdesk.gui.training_banner import TrainingBanner
from tests.gui.conftest import TS, qt_tool

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", "ko_KR", "ko"),
        (None, "en_US", "en"),
        ("auto", "de_DE", "en"),
        ("en", "ko_KR", "en"),
        ("ko", "en_US", "ko"),
    ],
)
def test_language_follows_the_locale_unless_set(setting, system, expected):
    assert choose_language(setting, QLocale(system)) == expected


def test_an_unknown_language_setting_is_an_error():
    with pytest.raises(ValueError, match="kr"):
        choose_language("kr", QLocale("ko_KR"))


def test_korean_strings_appear_with_a_korean_locale(qtbot, korean, tmp_path):
    assert len(korean) == 2  # LinkDesk's and Qt's own
    banner = TrainingBanner()
    qtbot.addWidget(banner)
    assert banner.label.text() == "연습 모드 — 실제 기관에 전송되지 않습니다 (교육용 가상 서버)"
    bar = PartnerStatusBar()
    qtbot.addWidget(bar)
    bar.update_status({"neis": False}, 4)
    assert bar.label("outbox").text() == "전송 대기 4건"
    assert bar.label("neis").toolTip() == "NEIS: 연결 안 됨"
    window = MainWindow(preferences=JsonPreferences(tmp_path / "ui.json"), training=True)
    qtbot.addWidget(window)
    assert window.navigation.item(0).text() == "NEIS 실적연계"
    assert window.welcome.start_button.text() == "실적연계 시작 (Ctrl+N)"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"  # Qt's own buttons


def test_english_installs_nothing(clean_app):
    assert install_translators(clean_app, "en") == []
    assert TrainingBanner.text().startswith("Training mode")


def test_every_gui_string_has_a_korean_translation(tmp_path):
    """lupdate over the current sources must find nothing new, nothing unfinished, nothing vanished."""
    copy = tmp_path / "linkdesk_ko.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "linkdesk" / "gui").rglob("*.py"))
    subprocess.run([qt_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)], check=True, capture_output=True)

    def messages(path):
        root = ET.parse(path).getroot()
        found = {}
        for context in root.iter("context"):
            for message in context.iter("message"):
                key = (context.findtext("name"), message.findtext("source"))
                translation = message.find("translation")
                texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
                found[key] = (translation.get("type"), any(t.strip() for t in texts))
        return found

    committed, current = messages(TS), messages(copy)
    assert set(current) == set(committed), "run build/translations.sh update and translate"
    untranslated = [key for key, (kind, has_text) in current.items() if kind == "unfinished" or not has_text]
    assert untranslated == []
