"""The centre's certificate keys, kept in the key folder (linkdesk/keys.py), never in the database.

* ``certificate-ed25519``: the private signing key (the raw 32-byte Ed25519 seed), 0600;
* ``certificate-ed25519-pub-<key id>``: one file per **trusted public key** (raw 32 bytes; the key
  id is the first 16 hex digits of SHA-256 over it, and a file whose bytes do not hash to its name
  is ignored). The signing key's public half is always written there first.

Verification trusts only these files: a copy of the database carries no key, so changing a ledger
row, re-signing it with a key of one's own, or putting another key into the database forges
nothing. Rotating (:func:`rotate`) writes a new signing key and keeps every old public key, so old
certificates stay verifiable. A key kept by older versions in the database's ``meta`` table is
moved to the key folder once — only while the folder holds no certificate key yet — and deleted
from the database (:func:`move_legacy_key`); a key found there later is deleted and never trusted.
"""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from linkdesk.keys import KeyStore, key_dir
from linkdesk.services.certificate_signing import CentreKey

log = logging.getLogger(__name__)

PRIVATE_NAME = "certificate-ed25519"
PUBLIC_PREFIX = "certificate-ed25519-pub-"
LEGACY_META = "certificates.signing_key"  # where versions before 0008 kept the seed


@dataclass(frozen=True)
class KeyRing:
    """The signing key (None before the first certificate) and every trusted public key by id."""

    signing: CentreKey | None
    trusted: dict[str, CentreKey]

    def public(self, key_id: str) -> CentreKey | None:
        return self.trusted.get(key_id)


def keystore(core) -> KeyStore:
    return KeyStore(key_dir(core.data_dir))


def _private(seed: bytes) -> CentreKey:
    private = Ed25519PrivateKey.from_private_bytes(seed)
    return CentreKey(private.public_key(), private)


def _trust(store: KeyStore, key: CentreKey) -> None:
    name = PUBLIC_PREFIX + key.key_id
    if store.read(name) != key.public_raw():
        store.write(name, key.public_raw())


def _trusted(store: KeyStore) -> dict[str, CentreKey]:
    out: dict[str, CentreKey] = {}
    if not store.folder.is_dir():
        return out
    for path in sorted(store.folder.glob(f"{PUBLIC_PREFIX}*.key")):
        try:
            key = CentreKey(Ed25519PublicKey.from_public_bytes(path.read_bytes()))
        except (OSError, ValueError):
            log.warning("ignoring an unreadable certificate public key file: %s", path.name)
            continue
        if path.stem == PUBLIC_PREFIX + key.key_id:
            out[key.key_id] = key
        else:
            log.warning("ignoring a certificate public key file whose name does not match it: %s", path.name)
    return out


def _install_private(store: KeyStore, seed: bytes) -> None:
    """Make ``seed`` the signing key unless another process made one first (first one wins)."""
    _trust(store, _private(seed))  # its public half first: whatever it signs stays verifiable
    tmp = store.write(f"{PRIVATE_NAME}.new-{secrets.token_hex(4)}", seed)
    try:
        os.link(tmp, store.path(PRIVATE_NAME))  # fails when the file exists: never replaces a key
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)


def move_legacy_key(store: KeyStore, session) -> bool:
    """Move a seed from the database's ``meta`` table to the key folder once; True when moved.

    Moved only while the key folder holds no certificate key; in every case the row is deleted.
    """
    from linkdesk.store.models import Meta

    row = session.get(Meta, LEGACY_META)
    if row is None:
        return False
    moved = False
    if store.read(PRIVATE_NAME) is None and not _trusted(store):
        import base64

        alg, _, seed = row.value.partition(":")
        if alg == "ed25519":
            _install_private(store, base64.urlsafe_b64decode(seed))
            moved = True
            log.info("moved the certificate signing key out of the database into the key folder")
    if not moved:
        log.warning("a certificate key was found in the database and deleted; it is never trusted")
    session.delete(row)
    session.flush()
    return moved


def load_keyring(core, session=None, *, create: bool = False) -> KeyRing:
    """The key ring from the key folder; ``create`` makes the signing key on first use.

    With a writable ``session`` a legacy key in the database is moved out first.
    """
    store = keystore(core)
    if session is not None:
        move_legacy_key(store, session)
    seed = store.read(PRIVATE_NAME)
    if seed is None and create:
        _install_private(store, Ed25519PrivateKey.generate().private_bytes_raw())
        seed = store.read(PRIVATE_NAME)
    signing = _private(seed) if seed is not None else None
    if signing is not None:
        _trust(store, signing)
    return KeyRing(signing, _trusted(store))


def rotate(core) -> tuple[str | None, str]:
    """A new signing key; the old public key stays trusted. Returns (old key id, new key id)."""
    store = keystore(core)
    old = load_keyring(core).signing
    new = _private(Ed25519PrivateKey.generate().private_bytes_raw())
    _trust(store, new)
    store.write(PRIVATE_NAME, new.private.private_bytes_raw())  # type: ignore[union-attr]
    return (old.key_id if old else None), new.key_id
