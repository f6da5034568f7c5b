"""Secrets kept outside the database: the access-log HMAC key and the certificate signing key.

A copy of the database alone must not let anyone rewrite the access log or sign a certificate, so
the keys live in a **key folder** of their own (docs/security.md):

* ``LINKDESK_KEY_DIR`` when set, else ``keys/`` inside the data folder — the database never holds
  them, and a database copied elsewhere travels without them;
* the folder is 0700 and every key file 0600, written atomically (:mod:`linkdesk.files`);
* counters sharing one PostgreSQL server must share the same key files: the IT person copies the
  key folder to each counter (and keeps a backup: without the keys the log cannot be verified and
  new certificates cannot be signed; old certificates stay verifiable from their public keys).

A key is named (``audit-hmac``, ``certificate-ed25519``, …) and stored as raw bytes. Public data
that must be trusted without the database (a certificate public key and its fingerprint) is kept
here too, under its own name.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from pathlib import Path

from linkdesk.files import atomic_write_bytes, ensure_private_dir

KEY_DIR_ENV = "LINKDESK_KEY_DIR"
KEY_DIRNAME = "keys"
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9.-]{0,63}$")


class KeyStoreError(RuntimeError):
    """A key that cannot be read or written; the message is Korean and names the file."""

    code = "keys"


def key_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """``$LINKDESK_KEY_DIR``, else ``<data folder>/keys``."""
    env = os.environ.get(KEY_DIR_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    from linkdesk.store.paths import resolve_data_dir

    return resolve_data_dir(data_dir) / KEY_DIRNAME


def fingerprint(data: bytes) -> str:
    """A short, readable fingerprint of a public key or secret (SHA-256, first 16 hex digits)."""
    digest = hashlib.sha256(data).hexdigest()[:16]
    return ":".join(digest[i:i + 4] for i in range(0, 16, 4))


class KeyStore:
    """Named secrets in one owner-only folder."""

    def __init__(self, folder: str | os.PathLike[str]):
        self.folder = Path(folder)

    def path(self, name: str) -> Path:
        if not _NAME_RE.match(name):
            raise ValueError(f"bad key name: {name!r}")
        return self.folder / f"{name}.key"

    def read(self, name: str) -> bytes | None:
        """The key's bytes, or ``None`` when it does not exist."""
        p = self.path(name)
        try:
            return p.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise KeyStoreError(f"키 파일을 읽을 수 없습니다: {p} ({exc.strerror})") from exc

    def write(self, name: str, data: bytes) -> Path:
        p = self.path(name)
        try:
            ensure_private_dir(self.folder)
            return atomic_write_bytes(p, data)
        except OSError as exc:
            raise KeyStoreError(f"키 파일을 저장할 수 없습니다: {p} ({exc.strerror})") from exc

    def get_or_create(self, name: str, nbytes: int = 32) -> bytes:
        """The key, made from the OS's secure random source on first use."""
        existing = self.read(name)
        if existing is not None:
            return existing
        data = secrets.token_bytes(nbytes)
        self.write(name, data)
        return data
