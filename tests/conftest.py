"""Shared fixtures. Every test is headless (QT_QPA_PLATFORM=offscreen) and strict: warnings are errors."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.fixtures.sandbox", "tests.fixtures.store", "tests.fixtures.core"]
