"""Issue 14, point 9: the dark theme's text has a WCAG contrast of at least 4.5:1, measured on the
style sheet the application actually runs with (qt-material's, plus LinkDesk's overrides), and on
the in-place message boxes. Disabled controls are exempt, as in WCAG 1.4.3."""

from __future__ import annotations

import re

import pytest

from linkdesk.gui.theme import ThemeManager
from linkdesk.gui.widgets.tones import BOXES

MINIMUM = 4.5
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def rgba(value: str) -> tuple[float, float, float, float] | None:
    value = value.strip().lower()
    if value.startswith("#") and len(value) == 7:
        return (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16), 1.0)
    found = re.fullmatch(r"rgba?\(([^)]*)\)", value)
    if found:
        parts = [float(p) for p in found.group(1).split(",")]
        return (parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else 1.0)
    return None  # transparent, palette(...), gradients: not a colour to measure


def over(top, bottom):
    """``top`` composited over the opaque ``bottom``."""
    a = top[3]
    return tuple(top[i] * a + bottom[i] * (1 - a) for i in range(3)) + (1.0,)


def luminance(colour) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in colour[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """selector → its declarations, later rules overriding earlier ones (as the cascade does for
    the same selector)."""
    merged: dict[str, dict[str, str]] = {}
    for selectors, body in _RULE.findall(_COMMENT.sub("", sheet)):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                key, value = part.split(":", 1)
                declarations[key.strip().lower()] = value.strip()
        for selector in selectors.split(","):
            merged.setdefault(" ".join(selector.split()), {}).update(declarations)
    return merged


def text_pairs(sheet: str):
    """(selector, text colour, background it is drawn on) for every rule that sets a text colour."""
    found = rules(sheet)
    window = rgba(found["QWidget"]["background-color"])
    for selector, declarations in found.items():
        if ":disabled" in selector or "color" not in declarations:
            continue
        text = rgba(declarations["color"])
        if text is None:
            continue
        background = rgba(declarations.get("background-color", "")) or window
        background = over(background, window)
        yield selector, over(text, background), background


@pytest.fixture
def dark_sheet(clean_app, tmp_path):
    assert ThemeManager(clean_app, tmp_path / "icons").apply("dark") == "dark"
    return clean_app.styleSheet()


def test_every_text_colour_of_the_dark_theme_reaches_4_5_to_1(dark_sheet):
    measured = list(text_pairs(dark_sheet))
    assert len(measured) > 20  # the sheet was really read
    low = [(s, round(contrast(t, b), 2)) for s, t, b in measured if contrast(t, b) < MINIMUM]
    assert low == []


def test_the_message_boxes_reach_4_5_to_1():
    for tone, (background, text, _border) in BOXES.items():
        assert contrast(rgba(text), rgba(background)) >= MINIMUM, tone


def test_the_measure_is_wcag_s():
    assert round(contrast(rgba("#ffffff"), rgba("#000000")), 1) == 21.0
    assert round(contrast(rgba("#767676"), rgba("#ffffff")), 2) == 4.54
