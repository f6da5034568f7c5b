"""Where staff may save a file: anywhere but LinkDesk's own files (issue 16, point 3).

Every ``--pdf``/``--out``/export path of the CLI and every save dialog of the window goes through
:func:`output_path` before a byte is written or an access-log entry recorded: the data folder (with
the database, its WAL/SHM, the backups, the sessions), the log folder, the key folder and the
database file itself — wherever a ``[database] url`` puts it — are refused with a Korean message
(``output_path``) and nothing is touched.
"""

from __future__ import annotations

import os
from pathlib import Path

from linkdesk.errors import KnownError
from linkdesk.files import OutputPathError, check_output_path


class OutputRefused(KnownError):
    """An output path inside LinkDesk's own files (or a folder, or a missing folder)."""


def protected_paths(data_dir: Path, database: Path | None = None) -> list[Path]:
    """LinkDesk's own files and folders: the data folder, its logs, the key folder, the database."""
    from linkdesk.keys import key_dir

    found = [Path(data_dir), Path(data_dir) / "logs", key_dir(data_dir)]
    if database is not None:
        found.append(Path(database))
    return found


def output_path(core, path: str | os.PathLike[str]) -> Path:
    """``path`` resolved, or :class:`OutputRefused` when it would land on LinkDesk's own files."""
    return checked_output(path, core.data_dir, core.store.sqlite_path)


def checked_output(path: str | os.PathLike[str], data_dir: Path, database: Path | None = None) -> Path:
    try:
        return check_output_path(path, protected_paths(data_dir, database))
    except OutputPathError as exc:
        raise OutputRefused(str(exc), f"Refused output path: {path}", code=OutputPathError.code) from None
