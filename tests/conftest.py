"""Shared fixtures. Every test is headless (QT_QPA_PLATFORM=offscreen) and strict: warnings are errors."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.fixtures.sandbox", "tests.fixtures.store", "tests.fixtures.core"]


def pytest_deselected(items):
    """CI (``LINKDESK_REQUIRE_FROZEN=1``) must test the PyInstaller bundle: deselecting it is an error."""
    if os.environ.get("LINKDESK_REQUIRE_FROZEN") == "1" and any(i.get_closest_marker("frozen") for i in items):
        raise pytest.UsageError("LINKDESK_REQUIRE_FROZEN=1: the frozen-bundle tests may not be deselected")
