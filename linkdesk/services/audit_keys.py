"""What makes the access log's chain keyed: the HMAC key and the checkpoint, both outside the database.

* The key ``audit-hmac`` lives in the key folder (:mod:`linkdesk.keys`): with a copy of the
  database alone nobody can recompute an entry's MAC, so a changed, inserted or appended entry
  is found.
* A **checkpoint** file in the same folder, one per database location, signed with the key,
  holds the first keyed entry (the *switch point*: older entries are "legacy, unkeyed") and the
  newest entry this counter committed (its id and MAC). Cutting the tail, rolling the database
  back to an older copy, putting another database in its place or emptying the table all lose
  that entry — :func:`linkdesk.services.audit.verify_chain` says so. It is rewritten after every
  commit that adds entries, so nothing committed escapes it.

The key folder of a store is the one :func:`use_key_folder` gave it (the composition root does),
else ``$LINKDESK_KEY_DIR``, else ``keys/`` next to a SQLite file or in the data folder.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import weakref
from dataclasses import dataclass
from pathlib import Path

from linkdesk.files import atomic_write_bytes, ensure_private_dir
from linkdesk.keys import KEY_DIR_ENV, KeyStore, key_dir

log = logging.getLogger(__name__)

KEY_NAME = "audit-hmac"
KEYED_FROM = "audit_keyed_from"  # meta: the id of the first keyed entry (the checkpoint has it too)
_FOLDERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LOCATIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def use_key_folder(store, folder: str | os.PathLike[str]) -> None:
    """Say where ``store`` keeps its access-log key and checkpoints."""
    _FOLDERS[store] = Path(folder)


def key_folder(store) -> Path:
    folder = _FOLDERS.get(store)
    if folder is not None:
        return folder
    if os.environ.get(KEY_DIR_ENV, "").strip() or store.sqlite_path is None:
        return key_dir()
    return key_dir(store.sqlite_path.parent)


def location(store) -> str:
    """Where the database is: the checkpoint belongs to this place, not to whatever file is there."""
    where = _LOCATIONS.get(store)
    if where is None:
        if store.sqlite_path is not None:
            where = str(Path(store.sqlite_path).resolve())
        else:
            url = store.engine.url
            where = f"postgresql://{url.host or ''}:{url.port or 5432}/{url.database or ''}"
        _LOCATIONS[store] = where
    return where


def read_key(store) -> bytes | None:
    return KeyStore(key_folder(store)).read(KEY_NAME)


_WRITING_KEYS: dict[Path, bytes] = {}


def key_for_writing(store) -> bytes:
    """The key, made on first use; kept in memory afterwards (one file read per process, not per entry)."""
    folder = key_folder(store)
    key = _WRITING_KEYS.get(folder)
    if key is None:
        key = _WRITING_KEYS[folder] = KeyStore(folder).get_or_create(KEY_NAME)
    return key


def canonical(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def mac(key: bytes, doc: dict) -> str:
    return hmac.new(key, canonical(doc), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Checkpoint:
    switch_id: int  # the first keyed entry
    head_id: int  # the newest entry committed when it was written
    head_mac: str
    head_at: str

    def doc(self, where: str) -> dict:
        return {"v": 1, "location": where, "switch_id": self.switch_id, "head_id": self.head_id,
                "head_mac": self.head_mac, "head_at": self.head_at}


class CheckpointError(ValueError):
    """A checkpoint file that is unreadable or not signed with the key."""


def _path(store) -> Path:
    digest = hashlib.sha256(location(store).encode("utf-8")).hexdigest()[:16]
    return key_folder(store) / f"audit-checkpoint-{digest}.json"


def write_checkpoint(store, key: bytes, cp: Checkpoint) -> None:
    """Replace the checkpoint with ``cp``. Two writers racing may leave the older head: that only
    makes the checkpoint vouch for less, never for an entry that was not committed."""
    doc = cp.doc(location(store))
    doc["mac"] = mac(key, doc)
    ensure_private_dir(key_folder(store))
    atomic_write_bytes(_path(store), canonical(doc))


def read_checkpoint(store, key: bytes | None) -> Checkpoint | None:
    """The checkpoint of this database's location, ``None`` when there is none."""
    path = _path(store)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CheckpointError(f"cannot read {path}: {exc.strerror}") from None
    try:
        doc = json.loads(raw)
        signed = doc.pop("mac")
        cp = Checkpoint(int(doc["switch_id"]), int(doc["head_id"]), str(doc["head_mac"]), str(doc["head_at"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise CheckpointError(f"{path} is not a checkpoint") from None
    if key is None or not hmac.compare_digest(str(signed), mac(key, doc)) or doc.get("location") != location(store):
        raise CheckpointError(f"{path} is not signed with this key for this database")
    return cp
