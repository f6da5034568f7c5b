"""Owner-only atomic files, the output-path guard and the key folder (linkdesk.files, linkdesk.keys)."""

from __future__ import annotations

import os
import stat

import pytest

from linkdesk.files import OutputPathError, atomic_write_bytes, check_output_path, ensure_private_dir
from linkdesk.keys import KeyStore, fingerprint, key_dir


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_atomic_write_is_owner_only_and_replaces(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]  # no temporary file left


def test_failed_write_leaves_the_old_file(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        atomic_write_bytes(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_private_dir_is_repaired(tmp_path):
    d = tmp_path / "data"
    d.mkdir(mode=0o755)
    os.chmod(d, 0o755)
    ensure_private_dir(d)
    assert mode(d) == 0o700


def test_a_shared_sticky_folder_is_never_closed(tmp_path):
    """``/tmp``-like folders (sticky, world-writable) stay as they are, even for their owner (root)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    ensure_private_dir(shared)
    assert stat.S_IMODE(os.stat(shared).st_mode) == 0o1777


def test_a_configured_database_leaves_its_existing_folder_alone(tmp_path):
    """A database path the IT person chose (``[database] url``) gets an owner-only file; the folder
    it is put in is theirs: an existing one keeps its mode, a missing one is created owner-only."""
    from linkdesk.store import Store
    from linkdesk.store.paths import sqlite_url

    theirs = tmp_path / "srv"
    theirs.mkdir()
    os.chmod(theirs, 0o755)
    Store.open(url=sqlite_url(theirs / "linkdesk.db")).close()
    assert mode(theirs) == 0o755 and mode(theirs / "linkdesk.db") == 0o600
    Store.open(url=sqlite_url(tmp_path / "new" / "linkdesk.db")).close()
    assert mode(tmp_path / "new") == 0o700


def test_output_guard_refuses_the_data_folder_and_the_database(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = data / "linkdesk.db"
    db.write_bytes(b"")
    for bad in (db, data / "linkdesk.db-wal", data / "logs" / "x.pdf", data / "new.pdf"):
        with pytest.raises(OutputPathError, match="저장할 수 없습니다"):
            check_output_path(bad, [data, db])
    link = tmp_path / "innocent.pdf"
    link.symlink_to(db)
    with pytest.raises(OutputPathError):
        check_output_path(link, [data])
    with pytest.raises(OutputPathError, match="폴더"):
        check_output_path(tmp_path, [data])
    assert check_output_path(tmp_path / "ok.pdf", [data]) == (tmp_path / "ok.pdf").resolve()


def test_keystore_makes_a_key_once(tmp_path, monkeypatch):
    monkeypatch.delenv("LINKDESK_KEY_DIR", raising=False)
    folder = key_dir(tmp_path)
    assert folder == tmp_path / "keys"
    store = KeyStore(folder)
    assert store.read("audit-hmac") is None
    key = store.get_or_create("audit-hmac")
    assert len(key) == 32 and store.get_or_create("audit-hmac") == key
    assert mode(folder) == 0o700 and mode(store.path("audit-hmac")) == 0o600
    assert len(fingerprint(key)) == 19
    with pytest.raises(ValueError):
        store.path("../escape")


def test_key_dir_env_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("LINKDESK_KEY_DIR", str(tmp_path / "elsewhere"))
    assert key_dir(tmp_path / "data") == tmp_path / "elsewhere"
