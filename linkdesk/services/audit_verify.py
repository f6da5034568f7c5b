"""``audit verify``: walk the access log and say which entry, if any, was tampered with.

Four kinds of fixed point are checked, each catching what the others cannot:

* the chain itself — every entry names the previous entry's hash, and its own hash is an HMAC
  with the key outside the database (entries before the switch point: legacy SHA-256), so a
  changed, inserted, deleted or reordered entry, or a chain recomputed without the key, breaks it;
* the retention purge's anchor, confirmed by the purge's own (keyed) entry;
* the monthly reviews' notes of the newest entry they saw;
* the signed checkpoint in the key folder (:mod:`linkdesk.services.audit_keys`): the switch point
  and the newest entry committed at this database's location — a cut tail, an older copy, another
  database or an emptied table no longer holds it;
* **anchors kept outside the PC**: each verify prints an anchor code (``1234-3F9A2C1B``: the newest
  entry's number and the start of its hash) for the paper logbook or a mail; ``verify --anchor CODE``
  then proves the log still holds that entry unchanged. This is what catches an older database
  copied back *together with* an older key folder, which nothing on the PC can tell.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from linkdesk.services import audit_keys
from linkdesk.services.audit import GENESIS, PURGE_TARGET, entry_hash, entry_mac, fingerprint
from linkdesk.services.audit_keys import KEYED_FROM, Checkpoint, CheckpointError
from linkdesk.store.models_security import AccessLogAnchor, AccessLogEntry, AccessReview


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    problem: str = ""  # altered | inserted or deleted before this entry | truncated … | swapped … | …
    anchored_at: int | None = None  # the last purged entry the chain starts after, if any
    legacy: int = 0  # entries checked as "legacy, unkeyed" (before the switch point)
    keyed_from: int | None = None  # the switch point: the first keyed entry
    checkpoint: int | None = None  # the newest entry the checkpoint vouches for
    head_id: int | None = None  # the newest entry checked (for the anchor code)
    head_hash: str = ""

    @property
    def anchor(self) -> str:
        """The anchor code to keep outside the PC (empty for an empty or tampered log)."""
        return anchor_code(self.head_id, self.head_hash) if self.ok and self.head_id else ""


ANCHOR_HEX = 8  # 32 bits of the entry's HMAC: enough to tell a rewritten entry, short to write down


def anchor_code(entry_id: int, entry_hash: str) -> str:
    return f"{entry_id}-{entry_hash[:ANCHOR_HEX].upper()}"


@dataclass(frozen=True)
class AnchorCheck:
    code: str
    ok: bool
    problem: str = ""  # malformed | rolled back | rewritten | purged (not checkable: ok)


def check_anchor(store, code: str) -> AnchorCheck:
    """Does the log still hold the entry an anchor code written down earlier names, unchanged?"""
    text = code.strip().upper()
    number, _, prefix = text.partition("-")
    if not number.isdigit() or len(prefix) != ANCHOR_HEX or any(c not in "0123456789ABCDEF" for c in prefix):
        return AnchorCheck(code, False, "malformed")
    with store.unit_of_work(read_only=True) as uow:
        s = uow.session
        entry = s.scalar(select(AccessLogEntry.hash).where(AccessLogEntry.id == int(number)))
        floor = s.scalar(select(AccessLogAnchor.through_id).order_by(AccessLogAnchor.through_id.desc()).limit(1))
    if entry is None:
        if floor is not None and int(number) <= floor:
            return AnchorCheck(code, True, "purged")  # deleted by the retention purge: nothing to compare
        return AnchorCheck(code, False, "rolled back")
    if entry[:ANCHOR_HEX].upper() != prefix:
        return AnchorCheck(code, False, "rewritten")
    return AnchorCheck(code, True)


def _fail(checked: int, bad: int | None, problem: str, floor: int, **extra) -> ChainCheck:
    return ChainCheck(False, checked, bad, problem, floor or None, **extra)


def verify_chain(store, batch: int = 5000) -> ChainCheck:
    key = audit_keys.read_key(store)
    try:
        cp: Checkpoint | None = audit_keys.read_checkpoint(store, key)
        cp_problem = ""
    except CheckpointError as exc:
        cp, cp_problem = None, str(exc)
    with store.unit_of_work(read_only=True) as uow:
        s = uow.session
        noted = uow.meta.get(KEYED_FROM)
        noted_id = int(noted) if noted is not None and noted.isdigit() else None
        switch = cp.switch_id if cp is not None else noted_id
        anchor = s.scalar(select(AccessLogAnchor).order_by(AccessLogAnchor.through_id.desc()).limit(1))
        seen_by_review = {r.through_id: (r.period, r.through_hash) for r in s.scalars(
            select(AccessReview).where(AccessReview.through_id.is_not(None)))}
        start = anchor.through_hash if anchor else GENESIS
        floor = anchor.through_id if anchor else 0
        prev, checked, legacy, last_id, anchor_confirmed = start, 0, 0, 0, anchor is None
        before_prev: str | None = None  # the hash before ``prev``: tells an inserted entry apart
        info = {"keyed_from": switch, "checkpoint": cp.head_id if cp else None}
        while True:
            rows = list(s.scalars(
                select(AccessLogEntry).where(AccessLogEntry.id > last_id).order_by(AccessLogEntry.id).limit(batch)))
            if not rows:
                break
            for e in rows:
                if e.prev_hash != prev or e.id <= floor:
                    if before_prev is not None and e.prev_hash == before_prev:  # it skips the one before
                        return _fail(checked - 1, last_id, "inserted", floor, legacy=legacy, **info)
                    return _fail(checked, e.id, "inserted or deleted before this entry", floor, legacy=legacy, **info)
                keyed = switch is not None and e.id >= switch
                if keyed and key is None:
                    return _fail(checked, e.id, f"key missing: {audit_keys.KEY_NAME} is not in "
                                                f"{audit_keys.key_folder(store)}", floor, legacy=legacy, **info)
                if (entry_mac(key, e, prev) if keyed and key else entry_hash(e, prev)) != e.hash:
                    following = s.scalar(select(AccessLogEntry.prev_hash).where(
                        AccessLogEntry.id > e.id).order_by(AccessLogEntry.id).limit(1))
                    problem = "inserted" if following is not None and following == prev else "altered"
                    return _fail(checked, e.id, problem, floor, legacy=legacy, **info)
                expected = seen_by_review.get(e.id)
                if expected is not None and expected[1] != e.hash:
                    return _fail(checked, e.id, f"replaced after the review of {expected[0]}", floor,
                                 legacy=legacy, **info)
                if anchor is not None and e.target == PURGE_TARGET and fingerprint(anchor.through_hash) in (e.detail or ""):
                    anchor_confirmed = True
                before_prev, prev, last_id = prev, e.hash, e.id
                checked += 1
                legacy += 0 if keyed else 1
        head_mac = s.scalar(select(AccessLogEntry.hash).where(AccessLogEntry.id == cp.head_id)) if cp else None
    if not anchor_confirmed:
        return _fail(checked, floor + 1, "purge anchor not confirmed by a purge entry", floor, legacy=legacy, **info)
    missing = sorted(i for i in seen_by_review if i > max(last_id, floor))
    if missing:
        period = seen_by_review[missing[0]][0]
        return _fail(checked, last_id + 1, f"deleted: the review of {period} saw entries up to #{missing[-1]}", floor,
                     legacy=legacy, **info)
    if cp_problem:
        return _fail(checked, None, f"checkpoint unreadable: {cp_problem}", floor, legacy=legacy, **info)
    if cp is None:
        if switch is not None:  # keyed entries (or their note) without this location's checkpoint
            return _fail(checked, switch, "checkpoint missing: this database was not written here "
                                          "(copied or swapped in), or the key folder is not this counter's",
                         floor, legacy=legacy, **info)
        return ChainCheck(True, checked, anchored_at=floor or None, legacy=legacy, head_id=last_id or None,
                          head_hash=prev if last_id else "")
    if noted_id != cp.switch_id:
        return _fail(checked, min(i for i in (noted_id, cp.switch_id) if i is not None),
                     f"switch point changed: the checkpoint has #{cp.switch_id}, the database "
                     f"{'#' + str(noted_id) if noted_id else 'none'}", floor, legacy=legacy, **info)
    if cp.head_id > floor:
        if cp.head_id > last_id:
            return _fail(checked, last_id + 1, f"truncated: the checkpoint of {cp.head_at} saw entries up to "
                                               f"#{cp.head_id} (cut off, rolled back or emptied)", floor,
                         legacy=legacy, **info)
        if head_mac != cp.head_mac:
            return _fail(checked, cp.head_id, "swapped: the checkpoint saw another entry here (another database "
                                              "or an older copy)", floor, legacy=legacy, **info)
    return ChainCheck(True, checked, anchored_at=floor or None, legacy=legacy, head_id=last_id or None,
                      head_hash=prev if last_id else "", **info)
