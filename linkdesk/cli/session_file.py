"""Where ``linkdesk login`` keeps its session token: an owner-only file per OS account.

``<data folder>/sessions/<OS account>-<database>.session`` (folder 0700, file 0600, written
atomically) holds the staff username and the random token — never the password. ``<database>`` is
a short hash of the database URL, so a session belongs to one database (training mode's file, the
local one or the centre's PostgreSQL) and signing in to one does not end another. The OS account is the one the
process runs as (its user id), not ``$LOGNAME``/``$USER``, which anyone can set. A file that is
not the owner's alone (another owner, group or world bits) is not trusted: it is ignored and the
command asks for a sign-in.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from linkdesk.files import atomic_write_text, ensure_private_dir

log = logging.getLogger(__name__)


def os_user() -> str:
    """The OS account this process runs as (from its user id on POSIX; not forgeable by env)."""
    if os.name == "posix":
        import pwd

        try:
            return pwd.getpwuid(os.getuid()).pw_name
        except KeyError:
            return f"uid-{os.getuid()}"
    return getpass.getuser()


@dataclass(frozen=True)
class SavedSession:
    username: str
    token: str


def session_path(data_dir: Path, database: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in os_user())
    db = hashlib.sha256(database.encode("utf-8")).hexdigest()[:12]
    return data_dir / "sessions" / f"{safe}-{db}.session"


def save(data_dir: Path, database: str, username: str, token: str) -> Path:
    path = session_path(data_dir, database)
    ensure_private_dir(path.parent)
    return atomic_write_text(path, json.dumps({"username": username, "token": token}))


def load(data_dir: Path, database: str) -> SavedSession | None:
    """The saved session, or None (no file, unreadable, not owner-only, or not ours)."""
    path = session_path(data_dir, database)
    try:
        st = path.stat()
        if os.name == "posix" and (st.st_uid != os.getuid() or stat.S_IMODE(st.st_mode) & 0o077):
            log.warning("session file %s is not owner-only: ignored", path)
            return None
        doc = json.loads(path.read_text(encoding="utf-8"))
        return SavedSession(str(doc["username"]), str(doc["token"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("session file %s unreadable (%s): ignored", path, type(exc).__name__)
        return None


def remove(data_dir: Path, database: str) -> bool:
    try:
        session_path(data_dir, database).unlink()
        return True
    except FileNotFoundError:
        return False
