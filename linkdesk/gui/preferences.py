"""The counter's display preferences (language, theme): declared defaults, unknown keys are errors.

The main window changes them from its menus; the composition root reads them at start. The file is
a small JSON document in the data folder, written atomically; it holds no personal data. Defaults
may come from the configuration file's ``[ui]`` section (docs/configuration.md); a choice made in
the menus is stored here and wins at the next start.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from linkdesk.files import atomic_write_text, ensure_private_dir

log = logging.getLogger(__name__)

DEFAULTS: dict[str, str] = {
    "language": "",  # "" follows the system locale; "ko" or "en"
    "theme": "light",  # "light" or "dark"
}
WINDOWS_KEY = "windows"  # {staff username: window geometry}: no personal data of visitors
ALLOWED: dict[str, tuple[str, ...]] = {"language": ("", "ko", "en"), "theme": ("light", "dark")}


class UiPreferences(Protocol):
    """What the GUI needs from a settings object; the lead may back it by the store instead."""

    def get(self, key: str) -> str: ...

    def set(self, key: str, value: str) -> None: ...

    def window_layout(self, staff: str) -> str: ...

    def set_window_layout(self, staff: str, value: str) -> None: ...


def _check(key: str, value: str) -> None:
    if key not in DEFAULTS:
        raise KeyError(f"{key}: unknown setting")
    if value not in ALLOWED[key]:
        raise ValueError(f"{key}: {value!r} is not one of {ALLOWED[key]}")


class JsonPreferences:
    """:class:`UiPreferences` in a JSON file (``path``), or only in memory when ``path`` is None."""

    def __init__(self, path: Path | None = None, defaults: Mapping[str, str] | None = None) -> None:
        self._path = Path(path) if path is not None else None
        self._values = dict(DEFAULTS)
        self._windows: dict[str, str] = {}  # staff username -> the window's saved geometry (base64)
        for key, value in (defaults or {}).items():
            _check(key, value)
            self._values[key] = value
        if self._path is not None and self._path.exists():
            self._load(self._path)

    def get(self, key: str) -> str:
        if key not in DEFAULTS:
            raise KeyError(f"{key}: unknown setting")
        return self._values[key]

    def set(self, key: str, value: str) -> None:
        _check(key, value)
        self._values[key] = value
        if self._path is not None:
            self._save(self._path)

    def window_layout(self, staff: str) -> str:
        """The window geometry saved for ``staff`` ("" when none)."""
        return self._windows.get(staff, "")

    def set_window_layout(self, staff: str, value: str) -> None:
        self._windows[staff] = value
        if self._path is not None:
            self._save(self._path)

    def _load(self, path: Path) -> None:
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:  # a damaged file must not stop the counter
            log.warning("ignoring unreadable preferences %s: %s", path.name, exc)
            return
        stored = stored if isinstance(stored, dict) else {}
        windows = stored.pop(WINDOWS_KEY, {})
        if isinstance(windows, dict):
            self._windows = {k: v for k, v in windows.items() if isinstance(k, str) and isinstance(v, str)}
        for key, value in stored.items():
            try:
                _check(key, value)
            except (KeyError, ValueError) as exc:
                log.warning("ignoring preference: %s", exc)
                continue
            self._values[key] = value

    def _save(self, path: Path) -> None:
        ensure_private_dir(path.parent)
        atomic_write_text(path, json.dumps({**self._values, WINDOWS_KEY: self._windows}, ensure_ascii=False, indent=2))
