"""Tampering with the access log, 30+ kinds, each caught by ``verify_chain`` naming the entry.

The log holds three *legacy* entries (written before the key existed: plain SHA-256, as older
LinkDesk versions wrote them) and six keyed ones (#4–#9, HMAC with the key in the key folder).
Every kind of tampering is done the way someone holding the database (and, where said, the key
folder) would: straight on the rows, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, select, text, update

from linkdesk.services import audit_keys
from linkdesk.services.audit import Actor, entry_hash, record_access, verify_chain
from linkdesk.services.audit_keys import KEYED_FROM, use_key_folder
from linkdesk.store import Store
from linkdesk.store.models import Meta
from linkdesk.store.models_security import AccessLogAnchor, AccessLogEntry
from linkdesk.store.paths import sqlite_url

T0 = datetime(2026, 5, 15, 1, 0, tzinfo=timezone.utc)
ACTOR = Actor("staff1", "counter-1", "10.0.0.5")
FIELDS = ["at", "staff", "counter_host", "counter_addr", "volunteer_id", "action", "target", "reason", "detail"]


def legacy_entries(store: Store, n: int) -> None:
    """Entries as LinkDesk wrote them before the key: unkeyed SHA-256 chain."""
    with store.unit_of_work() as uow:
        prev = "0" * 64
        for i in range(n):
            e = AccessLogEntry(at=T0 + timedelta(minutes=i), staff=ACTOR.staff, counter_host=ACTOR.host,
                               counter_addr=ACTOR.addr, volunteer_id=f"V-{i}", action="view", target="records",
                               reason=None, detail=None, prev_hash=prev)
            e.hash = entry_hash(e, prev)
            uow.session.add(e)
            uow.session.flush()
            prev = e.hash


def keyed_entries(store: Store, n: int, start: int = 10) -> None:
    for i in range(n):
        with store.unit_of_work() as uow:
            record_access(uow, ACTOR, "download" if i % 2 else "view", "records", at=T0 + timedelta(minutes=start + i),
                          volunteer_id=f"V-{start + i}", reason="월간 점검" if i % 2 else None,
                          detail=f"detail {i}")


@pytest.fixture
def log(store: Store) -> Store:
    legacy_entries(store, 3)
    keyed_entries(store, 6)
    check = verify_chain(store)
    assert check.ok and check.checked == 9 and check.legacy == 3 and check.keyed_from == 4 and check.checkpoint == 9
    return store


def rows(store: Store, fn: Callable) -> None:
    with store.unit_of_work() as uow:
        fn(uow.session)


def entry(s, i: int) -> AccessLogEntry:
    return s.get(AccessLogEntry, i)


def mac_with(key: bytes, e: AccessLogEntry, prev: str) -> str:
    from linkdesk.services.audit import _doc

    doc = _doc(prev, e.at, (e.staff, e.counter_host, e.counter_addr), e.volunteer_id, e.action, e.target,
               e.reason, e.detail)
    return audit_keys.mac(key, {**doc, "v": 2, "id": e.id})


def rechain(s, hasher: Callable[[AccessLogEntry, str], str], through_id: int = 10**9) -> None:
    """Recompute every hash up to ``through_id``, the way a forger would (without LinkDesk's key)."""
    entries = [e for e in s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)) if e.id <= through_id]
    for e in entries:
        e.hash = f"tmp-{e.id}"  # hashes are unique: clear them first
    s.flush()
    prev = "0" * 64
    for e in entries:
        e.prev_hash = prev
        e.hash = hasher(e, prev)
        prev = e.hash
    s.flush()


def append(s, hasher: Callable[[AccessLogEntry, str], str]) -> None:
    last = s.scalar(select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(1))
    e = AccessLogEntry(id=last.id + 1, at=last.at + timedelta(minutes=1), staff="intruder", counter_host="h",
                       counter_addr="a", volunteer_id="V-X", action="view", target="records", prev_hash=last.hash,
                       hash="tmp")
    s.add(e)
    s.flush()
    e.hash = hasher(e, last.hash)


def change(field: str) -> Callable:
    def fn(s) -> None:
        e = entry(s, 6)
        value = getattr(e, field)
        if field == "at":
            e.at = value + timedelta(seconds=1)
        elif field == "action":
            e.action = "delete"
        else:
            e.__setattr__(field, (value or "") + "x")
    return fn


def swap_contents(s) -> None:
    a, b = entry(s, 5), entry(s, 6)
    values = {f: (getattr(a, f), getattr(b, f)) for f in [*FIELDS, "prev_hash", "hash"]}
    for f, (va, vb) in values.items():
        if f != "hash":
            setattr(a, f, vb)
            setattr(b, f, va)
    a.hash, b.hash = "tmp-a", "tmp-b"
    s.flush()
    a.hash, b.hash = values["hash"][1], values["hash"][0]


def insert_in_the_middle(s) -> None:
    s.execute(text("UPDATE access_log SET id = id + 100 WHERE id >= 6"))
    prev = entry(s, 5).hash
    e = AccessLogEntry(id=6, at=T0, staff="intruder", counter_host="h", counter_addr="a", volunteer_id="V-X",
                       action="view", target="records", prev_hash=prev, hash="tmp")
    s.add(e)
    s.flush()
    e.hash = entry_hash(e, prev)


def forge_purge_anchor(s) -> None:
    through = entry(s, 3).hash
    s.execute(delete(AccessLogEntry).where(AccessLogEntry.id <= 3))
    s.add(AccessLogAnchor(at=T0, purged_by="intruder", cutoff=T0, through_id=3, through_hash=through, purged=3))


ATTACKER_KEY = b"k" * 32
TAMPERING: dict[str, tuple[Callable, int, str]] = {
    **{f"change {f}": (change(f), 6, "altered") for f in FIELDS},
    "change prev_hash": (lambda s: setattr(entry(s, 6), "prev_hash", "f" * 64), 6, "inserted or deleted"),
    "change hash": (lambda s: setattr(entry(s, 6), "hash", "e" * 64), 6, "altered"),
    "renumber an entry": (lambda s: s.execute(update(AccessLogEntry).where(AccessLogEntry.id == 6).values(id=60)), 7,
                          "inserted or deleted"),
    "change a legacy entry": (lambda s: setattr(entry(s, 2), "staff", "x"), 2, "altered"),
    "change the legacy part and recompute it": (
        lambda s: (setattr(entry(s, 2), "staff", "x"), rechain(s, entry_hash, 3)) and None, 4, "inserted or deleted"),
    "delete the first entry": (lambda s: s.delete(entry(s, 1)), 2, "inserted or deleted"),
    "delete a middle entry": (lambda s: s.delete(entry(s, 6)), 7, "inserted or deleted"),
    "delete the last entry": (lambda s: s.delete(entry(s, 9)), 9, "truncated"),
    "delete the last two entries": (lambda s: s.execute(delete(AccessLogEntry).where(AccessLogEntry.id >= 8)), 8,
                                    "truncated"),
    "truncate to half": (lambda s: s.execute(delete(AccessLogEntry).where(AccessLogEntry.id > 4)), 5, "truncated"),
    "empty the table": (lambda s: s.execute(delete(AccessLogEntry)), 1, "truncated"),
    "insert an entry in the middle": (insert_in_the_middle, 6, "inserted"),
    "reorder two entries": (swap_contents, 5, "inserted or deleted"),
    "append an unkeyed entry": (lambda s: append(s, entry_hash), 10, "altered"),
    "append an entry keyed with another key": (lambda s: append(s, lambda e, p: mac_with(ATTACKER_KEY, e, p)), 10,
                                               "altered"),
    "recompute the chain without the key": (lambda s: rechain(s, entry_hash), 4, "altered"),
    "recompute the chain with another key": (
        lambda s: rechain(s, lambda e, p: mac_with(ATTACKER_KEY, e, p) if e.id >= 4 else entry_hash(e, p)), 4,
        "altered"),
    "downgrade: drop the switch point and recompute unkeyed": (
        lambda s: (s.execute(delete(Meta).where(Meta.key == KEYED_FROM)), rechain(s, entry_hash)) and None, 4,
        "altered"),
    "move the switch point": (lambda s: s.execute(update(Meta).where(Meta.key == KEYED_FROM).values(value="100")), 4,
                              "switch point changed"),
    "forge a purge anchor": (forge_purge_anchor, 4, "purge anchor"),
    "roll back to an older state": (lambda s: s.execute(delete(AccessLogEntry).where(AccessLogEntry.id > 6)), 7,
                                    "truncated"),
    "drop the last entry and append a well-chained unkeyed one": (
        lambda s: (s.delete(entry(s, 9)), s.flush(), append(s, entry_hash)) and None, 9, "altered"),
}


@pytest.mark.parametrize("kind", list(TAMPERING))
def test_tampering_is_caught_and_the_entry_named(log, kind):
    fn, bad, problem = TAMPERING[kind]
    rows(log, fn)
    check = verify_chain(log)
    assert not check.ok
    assert (check.first_bad_id, check.problem[:len(problem)]) == (bad, problem)


def test_a_deleted_checkpoint_is_caught(log):
    next(audit_keys.key_folder(log).glob("audit-checkpoint-*.json")).unlink()
    check = verify_chain(log)
    assert not check.ok and check.first_bad_id == 4 and check.problem.startswith("checkpoint missing")


def test_a_forged_checkpoint_is_caught(log):
    path = next(audit_keys.key_folder(log).glob("audit-checkpoint-*.json"))
    path.write_bytes(path.read_bytes().replace(b'"head_id":9', b'"head_id":5'))
    check = verify_chain(log)
    assert not check.ok and check.problem.startswith("checkpoint unreadable")


def test_a_lost_key_is_caught_not_skipped(log):
    audit_keys.KeyStore(audit_keys.key_folder(log)).path(audit_keys.KEY_NAME).unlink()
    check = verify_chain(log)
    assert not check.ok and check.first_bad_id == 4 and check.problem.startswith("key missing")


def test_writing_on_keeps_the_chain_and_moves_the_checkpoint(log):
    keyed_entries(log, 3, start=100)
    check = verify_chain(log)
    assert check.ok and check.checked == 12 and check.checkpoint == 12


# -- whole-file tampering (SQLite): an older copy, another database ---------------------------------

def sqlite_store(path, keys) -> Store:
    s = Store.open(url=sqlite_url(path))
    use_key_folder(s, keys)
    return s


def test_rolling_the_file_back_to_an_older_copy_is_caught(tmp_path):
    db, keys = tmp_path / "data" / "linkdesk.db", tmp_path / "keys"
    with sqlite_store(db, keys) as s:
        keyed_entries(s, 4)
    shutil.copy(db, tmp_path / "older.db")
    with sqlite_store(db, keys) as s:
        keyed_entries(s, 3, start=50)
    shutil.copy(tmp_path / "older.db", db)
    for suffix in ("-wal", "-shm"):
        (db.parent / (db.name + suffix)).unlink(missing_ok=True)
    with sqlite_store(db, keys) as s:
        check = verify_chain(s)
    assert not check.ok and check.first_bad_id == 5 and check.problem.startswith("truncated")


def test_an_older_copy_restored_with_its_key_folder_is_caught_by_an_anchor_kept_outside(tmp_path):
    """Database and key folder copied back together: nothing on the PC can tell (the chain and
    the checkpoint agree), but the anchor code written down at a later verify names an entry that
    is gone. Before the restore, the same anchor checks out."""
    from linkdesk.services.audit_verify import check_anchor

    db, keys = tmp_path / "data" / "linkdesk.db", tmp_path / "keys"
    with sqlite_store(db, keys) as s:
        keyed_entries(s, 4)
    shutil.copy(db, tmp_path / "older.db")
    shutil.copytree(keys, tmp_path / "older-keys")
    with sqlite_store(db, keys) as s:
        keyed_entries(s, 3, start=50)
        later = verify_chain(s)
        assert later.ok and later.anchor.startswith(f"{later.head_id}-") and later.head_id == 7
        assert check_anchor(s, later.anchor).ok
        assert check_anchor(s, later.anchor.lower()).ok  # typed in lower case
    shutil.copy(tmp_path / "older.db", db)
    for suffix in ("-wal", "-shm"):
        (db.parent / (db.name + suffix)).unlink(missing_ok=True)
    shutil.rmtree(keys)
    shutil.copytree(tmp_path / "older-keys", keys)
    with sqlite_store(db, keys) as s:
        assert verify_chain(s).ok  # the limit documented in security.md
        back = check_anchor(s, later.anchor)
        assert not back.ok and back.problem == "rolled back"
        assert check_anchor(s, "12-ZZZZ").problem == "malformed"


def test_an_anchor_tells_a_rewritten_entry(log):
    from linkdesk.services.audit_verify import check_anchor

    code = verify_chain(log).anchor
    number = int(code.split("-")[0])
    rows(log, lambda s: s.execute(update(AccessLogEntry).where(AccessLogEntry.id == number)
                                  .values(hash="0" * 64)))
    checked = check_anchor(log, code)
    assert not checked.ok and checked.problem == "rewritten"


def test_another_database_with_the_same_key_put_in_place_is_caught(tmp_path):
    db, other, keys = tmp_path / "data" / "linkdesk.db", tmp_path / "other" / "linkdesk.db", tmp_path / "keys"
    with sqlite_store(db, keys) as s:
        keyed_entries(s, 4)
    with sqlite_store(other, keys) as s:  # e.g. the training database: same key folder, its own chain
        keyed_entries(s, 6, start=30)
    shutil.copy(other, db)
    with sqlite_store(db, keys) as s:
        check = verify_chain(s)
    assert not check.ok and check.first_bad_id == 4 and check.problem.startswith("swapped")


def test_a_database_copied_elsewhere_without_its_checkpoint_is_caught(tmp_path):
    db, keys = tmp_path / "data" / "linkdesk.db", tmp_path / "keys"
    with sqlite_store(db, keys) as s:
        keyed_entries(s, 2)
    moved = tmp_path / "moved" / "linkdesk.db"
    moved.parent.mkdir()
    shutil.copy(db, moved)
    with sqlite_store(moved, keys) as s:
        check = verify_chain(s)
    assert not check.ok and check.problem.startswith("checkpoint missing")


def test_an_old_unkeyed_log_is_legacy_up_to_the_switch_then_keyed(tmp_path):
    db, keys = tmp_path / "data" / "linkdesk.db", tmp_path / "keys"
    with sqlite_store(db, keys) as s:
        legacy_entries(s, 5)
        check = verify_chain(s)
        assert check.ok and check.legacy == 5 and check.keyed_from is None  # before the switch: no key yet
        keyed_entries(s, 2)
        check = verify_chain(s)
        assert check.ok and (check.legacy, check.keyed_from, check.checkpoint) == (5, 6, 7)


# -- one clock ----------------------------------------------------------------------------------------

def test_offline_commands_stamp_with_the_training_gateways_clock_too(sandbox, tmp_path):
    """``link`` follows the training gateway's clock (2026-05-15); ``records list`` and ``audit
    review`` cannot ask it, and stamp with the same clock anyway, not the system's."""
    from linkdesk.clock import KST
    from tests.fixtures import scenarios as S
    from tests.helpers.cli import cli_env, run_cli, write_config

    config = write_config(tmp_path / "etc" / "linkdesk.toml", sandbox.url)
    env = cli_env(tmp_path, LINKDESK_API_KEY=sandbox.api_key, LINKDESK_CONFIG=str(config),
                  LINKDESK_DATA_DIR=str(tmp_path / "data"))
    linked = run_cli(["link", "--name", "김민준", "--school", "7010057", "--json"], env, stdin=S.RRN_STUDENT + "\n")
    assert linked.returncode == 0, linked.stderr
    listed = run_cli(["records", "list", "--volunteer", "V-1001", "--json"], env)
    assert listed.returncode == 0, listed.stderr
    with Store.open(url=sqlite_url(tmp_path / "data" / "linkdesk.db")) as store, store.unit_of_work() as uow:
        days = [e.at.astimezone(KST).date().isoformat() for e in uow.session.scalars(
            select(AccessLogEntry).order_by(AccessLogEntry.id))]
    assert len(days) >= 2 and set(days) == {"2026-05-15"}
