"""연계 점검 (the drift check): does what the cache says was sent match what each partner holds now?

The cache learns a partner's state from its own sends and from syncs; a send made from another
counter or the web portal, a school's decision nobody synced, or an answer lost on the way leave it
behind. This check asks the partners — NEIS for each volunteer's submissions, VMS for each
bulk transfer by its key, the Red Cross for each member's linked activities — and lists every
difference. **It changes nothing** unless staff choose to apply the differences that have a safe
fix (:func:`apply`): the cache then takes the partner's word, exactly as a sync would, one unit of
work with a 변경 entry in the access log. A record the cache believes sent but the partner does not
know is never "fixed" automatically: it needs a person (re-send from 전송 대기 목록, or ask).

Bounded: only links and transfers of the last ``days`` days, at most ``max_people`` people per
partner (the rest are counted, not checked); a partner that cannot be reached is reported, and the
others are still checked.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from linkdesk.partners import PartnerError
from linkdesk.services.sync import neis_result_text
from linkdesk.store.models import Link, OutboxItem, Record, Volunteer

log = logging.getLogger(__name__)

VIEW_TARGET = "연계 점검"
APPLY_TARGET = "연계 점검 반영"
CHECKED_STATUSES = ("queued", "sent", "approved", "rejected", "failed")
KINDS = {
    "status_differs": "상태가 다릅니다",
    "unknown_locally": "연계기관에는 있으나 이 PC의 기록에는 전송되지 않은 것으로 되어 있습니다",
    "missing_at_partner": "이 PC의 기록에는 전송되었으나 연계기관에 없습니다",
}


@dataclass(frozen=True)
class Difference:
    partner: str
    kind: str  # status_differs | unknown_locally | missing_at_partner
    volunteer_id: str | None
    record_id: str | None
    ours: str | None  # the cache's link status (None: no link)
    theirs: str | None  # the partner's status (None: the partner has nothing)
    detail: str  # the partner's reason, the transfer key …
    fix: str | None = None  # the link status :func:`apply` would set; None: a person must look

    @property
    def text(self) -> str:
        return KINDS[self.kind]


@dataclass(frozen=True)
class DriftReport:
    checked_at: datetime
    checked: dict[str, int]  # partner → people / transfers asked
    differences: tuple[Difference, ...]
    unreachable: dict[str, str] = field(default_factory=dict)  # partner → Korean message
    not_checked: dict[str, int] = field(default_factory=dict)  # partner → people left out by max_people

    @property
    def fixable(self) -> tuple[Difference, ...]:
        return tuple(d for d in self.differences if d.fix)


def _open_outbox_records(session, partner: str) -> set[str]:
    """Records the outbox still holds a send for: open ones settle by their key; a failed one could be
    retried from 전송 대기 목록. Either way the check leaves them to a person instead of fixing the link."""
    stmt = select(OutboxItem.record_id).where(OutboxItem.partner == partner, OutboxItem.record_id.is_not(None),
                                              OutboxItem.status.in_(("queued", "in_flight", "ambiguous", "failed")))
    return set(session.scalars(stmt))


def _neis(core, since: datetime, max_people: int, volunteer_id: str | None) -> tuple[list[Difference], int, int]:
    with core.store.unit_of_work(read_only=True) as uow:
        s = uow.session
        stmt = (select(Record.volunteer_id, Link.record_id, Link.status)
                .join(Record, Record.id == Link.record_id)
                .where(Link.partner == "neis", Link.status.in_(CHECKED_STATUSES), Link.updated_at >= since))
        if volunteer_id:
            stmt = stmt.where(Record.volunteer_id == volunteer_id)
        ours: dict[str, dict[str, str]] = defaultdict(dict)
        for vid, rid, status in s.execute(stmt):
            ours[vid][rid] = status
        open_rows = _open_outbox_records(s, "neis")
    people = sorted(ours)
    if volunteer_id and volunteer_id not in ours:
        people = [volunteer_id]
    asked, left = people[:max_people], max(0, len(people) - max_people)
    gw = core.gateway()
    out: list[Difference] = []
    for vid in asked:
        theirs = {sub.record_id: sub for sub in gw.neis.submissions(vid)}
        mine = ours.get(vid, {})
        for rid, sub in theirs.items():
            status = mine.get(rid)
            detail = neis_result_text(sub.status, sub.reason)
            if status is None or status in ("queued", "failed"):
                fix = None if rid in open_rows else sub.status
                out.append(Difference("neis", "unknown_locally", vid, rid, status, sub.status, detail, fix))
            elif status != sub.status:
                out.append(Difference("neis", "status_differs", vid, rid, status, sub.status, detail, sub.status))
        for rid, status in mine.items():
            if rid not in theirs and status in ("sent", "approved", "rejected"):
                out.append(Difference("neis", "missing_at_partner", vid, rid, status, None, "", None))
    return out, len(asked), left


def _vms(core, since: datetime, max_people: int, volunteer_id: str | None) -> tuple[list[Difference], int, int]:
    with core.store.unit_of_work(read_only=True) as uow:
        stmt = (select(OutboxItem.idempotency_key, OutboxItem.payload, OutboxItem.result)
                .where(OutboxItem.kind == "vms_transfer", OutboxItem.status == "sent", OutboxItem.updated_at >= since)
                .order_by(OutboxItem.id))
        rows = [(k, p or {}, r or {}) for k, p, r in uow.session.execute(stmt)
                if not volunteer_id or (p or {}).get("volunteer_id") == volunteer_id]
    asked, left = rows[:max_people], max(0, len(rows) - max_people)
    gw = core.gateway()
    out: list[Difference] = []
    for key, payload, result in asked:
        vid = payload.get("volunteer_id")
        transfer = gw.vms.transfer_status(key)
        if transfer is None:
            out.append(Difference("vms", "missing_at_partner", vid, None, "sent", None, f"전송 키 {key}", None))
            continue
        mine, theirs = set(result.get("record_ids") or ()), set(transfer.record_ids)
        for rid in sorted(mine - theirs):
            out.append(Difference("vms", "missing_at_partner", vid, rid, "sent", None, f"전송 키 {key}", None))
        for rid in sorted(theirs - mine):
            out.append(Difference("vms", "unknown_locally", vid, rid, None, "sent", f"전송 키 {key}", None))
    return out, len(asked), left


def _redcross(core, since: datetime, max_people: int, volunteer_id: str | None) -> tuple[list[Difference], int, int]:
    with core.store.unit_of_work(read_only=True) as uow:
        s = uow.session
        stmt = (select(Volunteer.volunteer_id, Volunteer.redcross_member_id)
                .where(Volunteer.redcross_member_id.is_not(None)))
        if volunteer_id:
            stmt = stmt.where(Volunteer.volunteer_id == volunteer_id)
        else:
            recent = select(Record.volunteer_id).join(Link, Link.record_id == Record.id).where(
                Link.partner == "redcross", Link.updated_at >= since)
            stmt = stmt.where(Volunteer.volunteer_id.in_(recent))
        members = sorted(s.execute(stmt).all())
        links = {rid: status for rid, status in s.execute(
            select(Link.record_id, Link.status).join(Record, Record.id == Link.record_id)
            .where(Link.partner == "redcross", Record.volunteer_id.in_([m[0] for m in members])))}
        open_rows = _open_outbox_records(s, "redcross")
    asked, left = members[:max_people], max(0, len(members) - max_people)
    gw = core.gateway()
    out: list[Difference] = []
    for vid, member_id in asked:
        detail = gw.redcross.member(member_id)
        for act in detail.activities:
            status = links.get(act.id)
            linked_here = status in ("sent", "approved")
            if act.linked and not linked_here:
                fix = None if act.id in open_rows else "sent"
                out.append(Difference("redcross", "unknown_locally", vid, act.id, status, "linked", member_id, fix))
            elif linked_here and not act.linked:
                out.append(Difference("redcross", "missing_at_partner", vid, act.id, status, None, member_id, None))
    return out, len(asked), left


CHECKS = {"neis": _neis, "vms": _vms, "redcross": _redcross}


def check(core, *, partners: tuple[str, ...] = tuple(CHECKS), days: int = 90, max_people: int = 200,
          volunteer_id: str | None = None) -> DriftReport:
    """Ask each partner and list the differences; writes only its 조회 entry in the access log."""
    from linkdesk.services.audit import record_access

    unknown = set(partners) - set(CHECKS)
    if unknown:
        raise ValueError(f"unknown partners {sorted(unknown)}")
    now = core.clock.now()
    since = now - timedelta(days=max(1, days))
    differences: list[Difference] = []
    checked: dict[str, int] = {}
    left_out: dict[str, int] = {}
    unreachable: dict[str, str] = {}
    for partner in partners:
        try:
            found, asked, left = CHECKS[partner](core, since, max_people, volunteer_id)
        except PartnerError as exc:
            unreachable[partner] = exc.info.ko if getattr(exc, "info", None) else str(exc)
            log.warning("drift check: %s unreachable (%s)", partner, exc.code)
            continue
        differences += found
        checked[partner] = asked
        if left:
            left_out[partner] = left
    with core.store.unit_of_work() as uow:
        record_access(uow, core.actor, "view", VIEW_TARGET, at=now, volunteer_id=volunteer_id,
                      detail=f"partners={','.join(partners)}; days={days}; differences={len(differences)}")
    return DriftReport(now, checked, tuple(differences), unreachable, left_out)


def apply(core, differences: list[Difference] | tuple[Difference, ...]) -> int:
    """Take the partner's word for the chosen differences that have a fix; returns how many changed.

    One unit of work: the link statuses and one 변경 entry per volunteer in the access log.
    """
    from linkdesk.services.audit import record_access

    chosen = [d for d in differences if d.fix and d.record_id]
    if not chosen:
        return 0
    now = core.clock.now()
    by_person: dict[str | None, list[Difference]] = defaultdict(list)
    with core.store.unit_of_work() as uow:
        for d in chosen:
            if uow.session.get(Record, d.record_id) is None:
                continue  # a record this PC never fetched: a sync of the volunteer brings it with its state
            link = uow.links.get(d.record_id, d.partner)
            uow.links.set_status(d.record_id, d.partner, d.fix,
                                 sent_at=link.sent_at if link is not None and link.sent_at else now,
                                 result=d.detail or None)
            by_person[d.volunteer_id].append(d)
        if not by_person:
            return 0
        for vid, items in by_person.items():
            record_access(uow, core.actor, "change", APPLY_TARGET, at=now, volunteer_id=vid,
                          detail=", ".join(f"{d.partner}:{d.record_id} {d.ours or '-'}→{d.fix}" for d in items))
    return sum(len(items) for items in by_person.values())
