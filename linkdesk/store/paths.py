"""Where LinkDesk keeps its database when no database URL is configured.

The platform's per-user data folder (``platformdirs.user_data_dir("LinkDesk", "LinkDesk")``), or
``LINKDESK_DATA_DIR`` when set (tests, portable installs, a centre's IT person), or an explicit
``--data-dir`` which wins over both.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "LinkDesk"
APP_AUTHOR = "LinkDesk"
DATA_DIR_ENV = "LINKDESK_DATA_DIR"
DB_FILENAME = "linkdesk.db"


def default_data_dir() -> Path:
    """``$LINKDESK_DATA_DIR`` if set, else the platform's user data folder for LinkDesk."""
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """An explicit folder wins; otherwise :func:`default_data_dir`."""
    return Path(data_dir).expanduser() if data_dir is not None else default_data_dir()


def default_db_path(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The SQLite file inside the data folder."""
    return resolve_data_dir(data_dir) / DB_FILENAME


def sqlite_url(path: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL for a SQLite file (absolute, so the working directory never matters)."""
    return f"sqlite:///{Path(path).expanduser().resolve()}"
