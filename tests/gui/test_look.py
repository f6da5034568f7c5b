"""Fonts, assets and themes: Nanum Gothic registered and used; light and dark apply without a
warning and without writing to the home folder; any qt-material failure falls back to Fusion."""

from __future__ import annotations

import logging
import os
import sys

import pytest
from PySide6.QtCore import QDir
from PySide6.QtGui import QFontDatabase

from linkdesk.gui import assets
from linkdesk.gui.fonts import FAMILY, install_app_font, register_fonts
from linkdesk.gui import theme as theme_module
from linkdesk.gui.theme import FALLBACK, ThemeManager


def test_assets_are_found_in_the_repository_and_in_a_frozen_bundle(monkeypatch, tmp_path):
    assert assets.asset_path("fonts/NanumGothic.ttf").is_file()
    assert assets.asset_path("icons/linkdesk.png").is_file() and assets.asset_path("icons/linkdesk.svg").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert assets.asset_path("fonts/NanumGothic.ttf") == tmp_path / "resources" / "fonts" / "NanumGothic.ttf"


@pytest.mark.parametrize("bad", ["../pyproject.toml", "/etc/passwd", ""])
def test_assets_cannot_leave_the_resources_folder(bad):
    with pytest.raises(ValueError):
        assets.asset_path(bad)


def test_the_korean_font_is_registered_and_is_the_application_font(clean_app):
    assert FAMILY in register_fonts()
    font = install_app_font(clean_app)
    assert FAMILY in QFontDatabase.families()
    assert clean_app.font().family() == FAMILY == font.family()
    assert QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(FAMILY)
    assert QFontDatabase.isBitmapScalable(FAMILY) or QFontDatabase.isSmoothlyScalable(FAMILY)


def _home_state() -> tuple[bool, float | None]:
    folder = os.path.join(os.path.expanduser("~"), ".qt_material")
    return os.path.exists(folder), os.path.getmtime(folder) if os.path.exists(folder) else None


@pytest.mark.parametrize("name", ["light", "dark"])
def test_light_and_dark_apply_without_warnings_or_files_in_home(clean_app, tmp_path, caplog, name):
    home_before, env_before = _home_state(), dict(os.environ)
    themes = ThemeManager(clean_app, tmp_path / "icons")
    with caplog.at_level(logging.WARNING):
        assert themes.apply(name) == name
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert themes.current == name
    sheet = clean_app.styleSheet()
    assert f"font-family: {FAMILY}" in sheet and "text-transform: none" in sheet
    (built,) = (tmp_path / "icons").iterdir()  # one folder per theme and key: its sheet and icons
    assert built.name.startswith(f"{name}-")
    assert sorted(p.name for p in built.iterdir()) == ["active", "disabled", "primary", "sheet.qss"]
    assert _home_state() == home_before  # qt-material wrote nothing into ~/.qt_material
    assert dict(os.environ) == env_before  # nor left its colours in the environment


def test_a_built_theme_is_reused_without_qt_material_and_rebuilt_when_its_key_changes(
        clean_app, tmp_path, monkeypatch):
    icons = tmp_path / "icons"
    ThemeManager(clean_app, icons).apply("light")
    first = clean_app.styleSheet()
    (built,) = icons.iterdir()
    assert oct(built.stat().st_mode & 0o777) == "0o700" and oct((built / "sheet.qss").stat().st_mode & 0o777) == "0o600"
    clean_app.setStyleSheet("")
    import qt_material

    def no_build(*args, **kwargs):
        raise AssertionError("qt-material must not build a cached theme again")

    monkeypatch.setattr(qt_material, "build_stylesheet", no_build)
    assert ThemeManager(clean_app, icons).apply("light") == "light" and clean_app.styleSheet() == first
    assert QDir.searchPaths("icon") == [str(built)]
    monkeypatch.undo()
    monkeypatch.setattr(theme_module, "CACHE_FORMAT", "another")  # e.g. a new qt-material: built anew
    assert ThemeManager(clean_app, icons).apply("light") == "light"
    assert len(list(icons.iterdir())) == 2


def test_a_failing_theme_library_falls_back_to_fusion(clean_app, tmp_path, caplog):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the icon folder should be")
    themes = ThemeManager(clean_app, blocked)
    with caplog.at_level(logging.ERROR, logger="linkdesk.gui.theme"):
        assert themes.apply("dark") == FALLBACK
    assert themes.current == FALLBACK and clean_app.styleSheet() == ""
    assert clean_app.style().name().lower() == "fusion"
    assert any("Fusion" in r.getMessage() for r in caplog.records)


def test_an_unknown_theme_is_an_error(clean_app, tmp_path):
    with pytest.raises(ValueError, match="sepia"):
        ThemeManager(clean_app, tmp_path).apply("sepia")
