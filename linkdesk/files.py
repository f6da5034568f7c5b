"""Files LinkDesk writes are the owner's alone, and never land where they could harm its own data.

One place for three rules (docs/security.md):

* folders LinkDesk creates are 0700, files 0600 — from the first byte, not chmod'ed afterwards;
* a file is written to a temporary file beside its target and renamed into place, so a crash
  leaves the old file or the new one, never half of one;
* an output the staff choose (a PDF, an export, a sheet) may not land on the database, its
  journal/WAL, the logs, the keys or anything else inside the data folder: refused before a byte
  is written, nothing touched.

Qt-free; used by the CLI, the services and the GUI alike.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class OutputPathError(ValueError):
    """An output path that LinkDesk refuses; the message is Korean, for staff, and names the path."""

    code = "output_path"


def ensure_private_dir(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` (and parents) owner-only; repair a folder of ours that is wider than 0700.

    A folder owned by someone else is left as it is (changing it is not ours to do), and so is a
    shared sticky folder such as ``/tmp`` even when this account owns it (root): closing it would
    break every other program on the machine.
    """
    p = Path(path)
    p.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        st = p.stat()
        if st.st_uid == os.getuid() and st.st_mode & 0o077 and not st.st_mode & stat.S_ISVTX:
            os.chmod(p, PRIVATE_DIR_MODE)
    return p


def ensure_dir_for_file(path: str | os.PathLike[str]) -> Path:
    """The folder a file of LinkDesk's goes into when the folder is the user's choice (a configured
    database path): created owner-only when missing, never changed when it exists."""
    p = Path(path)
    p.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    return p


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, mode: int = PRIVATE_FILE_MODE) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it in place.

    The temporary file is created with ``mode`` (0600 by default) and fsync'ed before the rename;
    on any error it is removed and the old file, if any, is untouched.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if os.name == "posix":
                os.fchmod(fh.fileno(), mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target


def atomic_write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8",
                      mode: int = PRIVATE_FILE_MODE) -> Path:
    return atomic_write_bytes(path, text.encode(encoding), mode=mode)


def _resolved(path: str | os.PathLike[str]) -> Path:
    return Path(path).expanduser().resolve(strict=False)


def check_output_path(path: str | os.PathLike[str], protected: Iterable[str | os.PathLike[str]]) -> Path:
    """The resolved output path, or :class:`OutputPathError` when it would harm LinkDesk's own files.

    ``protected`` lists folders (nothing inside them may be written: the data folder, the key folder,
    the log folder) and files (the database and its ``-wal``/``-shm``/``-journal`` companions).
    Symbolic links are followed, so a link pointing into the data folder is refused too.
    """
    target = _resolved(path)
    if target.is_dir():
        raise OutputPathError(f"저장할 파일 이름이 아니라 폴더입니다: {target}")
    for item in protected:
        guard = _resolved(item)
        companions = {guard, *(guard.with_name(guard.name + s) for s in ("-wal", "-shm", "-journal"))}
        if target in companions or (guard.is_dir() and target.is_relative_to(guard)):
            raise OutputPathError(
                f"이 위치에는 저장할 수 없습니다: {target}\n"
                "LinkDesk의 데이터 폴더(데이터베이스·기록·키)에는 출력 파일을 저장하지 않습니다. "
                "다른 폴더를 고르세요."
            )
    if not target.parent.is_dir():
        raise OutputPathError(f"저장할 폴더가 없습니다: {target.parent}")
    return target


def private_temp_beside(path: str | os.PathLike[str]) -> Path:
    """An empty owner-only (0600) temporary file in ``path``'s folder, for writers that need a file
    name (openpyxl, Qt's PDF writer, the csv module): write it, then :func:`place_file` it."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    if os.name == "posix":
        os.fchmod(fd, PRIVATE_FILE_MODE)
    os.close(fd)
    return Path(tmp)


def place_file(tmp: str | os.PathLike[str], path: str | os.PathLike[str]) -> Path:
    """Flush ``tmp`` to disk and rename it onto ``path`` (a crash leaves the old file or the new one)."""
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return Path(path)
