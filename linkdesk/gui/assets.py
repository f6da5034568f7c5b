"""One way to find bundled files (fonts, icons, translations), frozen or not.

Resources live in the repository's top-level ``resources/`` folder. The PyInstaller build ships that
folder as ``resources/`` inside the bundle, so when frozen it is found under ``sys._MEIPASS``.
Everything that loads a bundled file goes through :func:`asset_path`, so a missing file in the
frozen build shows up as one clear error instead of a blank icon (after Vorta's ``get_asset``).
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath


def resources_dir() -> Path:
    """The ``resources`` folder: inside the PyInstaller bundle when frozen, else the repository's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def asset_path(relative: str) -> Path:
    """The absolute path of a bundled file, e.g. ``asset_path("fonts/NanumGothic.ttf")``.

    ``relative`` uses forward slashes on every platform and may not leave the resources folder.
    The file need not exist (built files such as ``.qm`` may be missing); callers check.
    """
    parts = PurePosixPath(relative).parts
    if not parts or PurePosixPath(relative).is_absolute() or ".." in parts:
        raise ValueError(f"not a path inside resources/: {relative!r}")
    return resources_dir().joinpath(*parts)
