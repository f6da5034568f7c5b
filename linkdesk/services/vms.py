"""VMS → 1365: 1365연계 결과조회 and 봉사실적 일괄전송 (DOMAIN.md §4), for the GUI and the CLI alike.

What staff need at the counter, in VMS's own words: which VMS member this is (VMS 아이디 ⇔ 1365
아이디), whether the 1365 consent exists (without it a send does not arrive), every VMS record with
its 연계정보, when the sent records become visible in 1365, and whether a bulk send is allowed now.
VMS allows one bulk send per interval: a send inside it is not an error staff must dismiss but an
answer with the time it is allowed again (:attr:`SendResult.allowed_at`).

A send is an outbox row (kind ``vms_transfer``) written in the same unit of work as its access-log
entry, then flushed at once; if VMS is down the row stays queued and the dispatcher sends it later,
with the same idempotency key, so a member's records are never transferred twice by one press.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from linkdesk.clock import KST
from linkdesk.partners import PartnerError
from linkdesk.partners.models import VmsMember, VmsRecord, VmsRecordPage
from linkdesk.services.audit import record_access
from linkdesk.services.core import Core
from linkdesk.services.dispatcher import Dispatcher, Outcome
from linkdesk.store import outbox

KIND = "vms_transfer"
PARTNER = "vms"
_WAITING = ("queued", "in_flight", "ambiguous")


@dataclass(frozen=True)
class VmsOverview:
    """1365연계 결과조회 of one member, as VMS answered it at ``checked_at``."""

    member: VmsMember
    volunteer_id: str | None  # the linked 1365 아이디
    consent_1365: datetime | None  # 봉사실적 연계를 위한 정보제공 동의 (1365 side)
    records: tuple[VmsRecord, ...]
    last_sent_at: datetime | None
    allowed_at: datetime | None  # None: a bulk send is allowed now
    checked_at: datetime

    @property
    def consent_missing(self) -> bool:
        return self.consent_1365 is None

    @property
    def unsent(self) -> tuple[VmsRecord, ...]:
        return tuple(r for r in self.records if r.link is None)

    def send_allowed(self, now: datetime) -> bool:
        """A press of 봉사실적 일괄전송 would be accepted (the 1365 consent exists, the interval has passed)."""
        return not self.consent_missing and (self.allowed_at is None or self.allowed_at <= now)


@dataclass(frozen=True)
class SendResult:
    """The answer to 봉사실적 일괄전송.

    ``status``: ``sent`` (VMS took ``sent_count`` records; ``message`` is its own sentence),
    ``refused`` (inside the interval: allowed again at ``allowed_at``), ``consent_required``,
    ``queued`` (VMS unreachable or the outcome being confirmed: the outbox
    keeps it and sends it later) or ``failed`` (VMS refused for another reason).
    """

    status: str
    message: str
    sent_count: int = 0
    record_ids: tuple[str, ...] = ()
    sent_at: datetime | None = None
    visible_at: datetime | None = None  # when 1365 shows the records sent
    allowed_at: datetime | None = None  # when the next bulk send is allowed
    code: str = ""
    overview: VmsOverview | None = None  # the 결과조회 read again after a send

    @property
    def ok(self) -> bool:
        return self.status == "sent"


def consent_sentence(at: datetime) -> str:
    """VMS's own line: "회원님은 2017년 06월 07일에 1365자원봉사포털에 실적연계를 위한 정보제공 동의를 하였습니다."."""
    return f"회원님은 {at.astimezone(KST):%Y년 %m월 %d일}에 1365자원봉사포털에 실적연계를 위한 정보제공 동의를 하였습니다."


def visible_now(record: VmsRecord, now: datetime) -> bool:
    """A sent record 1365 already shows (it appears there only after the visibility delay)."""
    return record.link is not None and (record.link.visible_at is None or record.link.visible_at <= now)


def find_members(core: Core, *, vms_id: str | None = None, volunteer_id: str | None = None,
                 name: str | None = None, birth_date: date | None = None) -> list[VmsMember]:
    """VMS members by VMS 아이디, by 1365 아이디, or by 이름 + 생년월일; remembered in the cache."""
    name = " ".join(name.split()) if name else None
    found = core.gateway().vms.members(vms_id=vms_id or None, volunteer_id=volunteer_id or None,
                                       name=name, birth_date=birth_date)
    with core.store.unit_of_work() as uow:
        for m in found:
            if m.volunteer_id:
                uow.volunteers.save(m.volunteer_id, name=m.name, birth_date=m.birth_date, vms_id=m.vms_id)
        how = "VMS 아이디" if vms_id else "1365 아이디" if volunteer_id else "이름·생년월일"
        record_access(uow, core.actor, "view", f"VMS 회원 조회 ({how}) {len(found)}건", at=core.clock.now(),
                      volunteer_id=found[0].volunteer_id if len(found) == 1 else None,
                      detail=",".join(m.vms_id for m in found) or None)
    return found


def overview(core: Core, member: VmsMember) -> VmsOverview:
    """1365연계 결과조회: every VMS record with 연계정보, the consent and the next allowed send."""
    page, records = core.gateway().vms.all_records(member.vms_id)
    view = _overview(core, member, page, records)
    with core.store.unit_of_work() as uow:
        _remember(uow, view)
        record_access(uow, core.actor, "view", f"VMS 1365연계 결과조회 {member.vms_id}", at=view.checked_at,
                      volunteer_id=view.volunteer_id)
    return view


def send_all(core: Core, member: VmsMember) -> SendResult:
    """봉사실적 일괄전송 of every record not sent yet, through the outbox.

    Reads the 결과조회 first, so a press inside the interval or without the 1365 consent is answered
    without calling VMS. With nothing left to send VMS answers as its portal does ("0건").
    """
    before = overview(core, member)
    now = core.clock.now()
    if before.consent_missing:
        return SendResult("consent_required", _CONSENT_TEXT, code="consent_required", overview=before)
    if before.allowed_at is not None and before.allowed_at > now:
        return _refused(before.allowed_at, before)
    item_id = _enqueue(core, before)
    mine = [o for o in Dispatcher(core).flush(kinds=(KIND,)) if o.item_id == item_id]
    return _settle(core, member, item_id, mine[0] if mine else None)


# -- internals -------------------------------------------------------------------------------------

_CONSENT_TEXT = ("1365 자원봉사포털의 봉사실적 연계를 위한 정보제공 동의가 없어 전송되지 않습니다. "
                 "실명인증 후 정보제공 동의를 먼저 진행하세요.")


def _refused(allowed_at: datetime, view: VmsOverview | None) -> SendResult:
    text = f"봉사실적 전송은 정해진 간격에 한 번만 가능합니다. {allowed_at:%Y-%m-%d %H:%M} 이후에 다시 전송하세요."
    return SendResult("refused", text, allowed_at=allowed_at, code="rate_limited", overview=view)


def _overview(core: Core, member: VmsMember, page: VmsRecordPage, records: list[VmsRecord]) -> VmsOverview:
    now = core.clock.now()
    allowed = page.next_send_at if page.next_send_at and page.next_send_at > now else None
    return VmsOverview(member=member, volunteer_id=page.volunteer_id or member.volunteer_id,
                       consent_1365=page.consent_1365, records=tuple(records), last_sent_at=page.last_sent_at,
                       allowed_at=allowed, checked_at=now)


def _remember(uow, view: VmsOverview) -> None:
    """Cache the member and the 1365 consent VMS reported (shown offline, e.g. in the outbox review)."""
    if not view.volunteer_id:
        return
    m = view.member
    uow.volunteers.save(view.volunteer_id, name=m.name, birth_date=m.birth_date, vms_id=m.vms_id)
    uow.consents.record_seen(view.volunteer_id, "1365", agreed_at=view.consent_1365, seen_at=view.checked_at)


def _enqueue(core: Core, view: VmsOverview) -> int:
    """The outbox row of this send: an earlier one still waiting for this member is reused (due now)."""
    waiting = [v for v in outbox.pending(core.store, statuses=_WAITING, kind=KIND)
               if v.payload.get("vms_id") == view.member.vms_id]
    if waiting:
        if waiting[0].status == "queued":
            outbox.retry(core.store, waiting[0].id, now=core.clock.now())
        return waiting[0].id
    now = core.clock.now()
    with core.store.unit_of_work() as uow:
        item = outbox.enqueue(uow, KIND, PARTNER, {"vms_id": view.member.vms_id, "volunteer_id": view.volunteer_id},
                              created_by=core.actor.staff, counter=core.counter, now=now)
        record_access(uow, core.actor, "entry", f"VMS 봉사실적 일괄전송 {len(view.unsent)}건 {view.member.vms_id}",
                      at=now, volunteer_id=view.volunteer_id, detail=",".join(r.id for r in view.unsent))
        uow.flush()
        return item.id


def _settle(core: Core, member: VmsMember, item_id: int, outcome: Outcome | None) -> SendResult:
    if outcome is None or outcome.status in ("queued", "ambiguous", "lost"):
        row = outbox.get(core.store, item_id)
        if outcome is not None and outcome.code == "rate_limited" and row is not None:
            # Another counter (or the web) sent in between: not a queued send but a refusal.
            allowed_at = row.next_attempt_at
            outbox.cancel(core.store, item_id, "rate_limited", now=core.clock.now())
            return _refused(allowed_at, None)
        text = outcome.message if outcome is not None else ""
        return SendResult("queued", ("전송 대기열에 보관되었습니다. 연계기관이 응답하면 자동으로 전송합니다. " + text).strip(),
                          code=outcome.code if outcome else "")
    if outcome.status == "failed":
        if outcome.code == "consent_required":
            return SendResult("consent_required", _CONSENT_TEXT, code=outcome.code)
        return SendResult("failed", outcome.message, code=outcome.code)
    r = outcome.result
    fresh = None
    try:
        fresh = overview(core, member)
    except PartnerError:  # the send went through; the 결과조회 is read again on 새로고침
        pass
    return SendResult("sent", r.get("message") or f"회원님의 {r.get('sent_count', 0)}건의 실적이 나눔포털에 전송되었습니다",
                      sent_count=int(r.get("sent_count", 0)), record_ids=tuple(r.get("record_ids", ())),
                      sent_at=_moment(r.get("sent_at")), visible_at=_moment(r.get("visible_at")),
                      allowed_at=fresh.allowed_at if fresh else None, overview=fresh)


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
