"""대한적십자사 → 1365: 회원 조회, 나의 봉사, 적십자 활동 연결, 1365 연계 동의 and its renewal (DOMAIN.md §4).

The Red Cross portal's known failure cases -- 소속이 2개, 정보 불일치, 활동 연결이 안 된 경우 -- cannot
be fixed at the counter: the member (or staff for them) asks the Red Cross through the 문의하기
(비공개) 게시판 or the 구호복지팀. They are therefore answers, not errors: a :class:`Problem` with the
message and the route, shown in place. Anything else a partner says is a ``PartnerError``.

The consent must be renewed every 2 years (a partner setting); staff renew it when it has expired
or expires within :data:`RENEWAL_WINDOW`, and call in the members listed by :func:`expiring`.
Link and consent are outbox rows (``redcross_link`` / ``redcross_consent``) written with their
access-log entry and flushed at once; an unreachable partner leaves them queued for the dispatcher.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from linkdesk.clock import KST
from linkdesk.domain.hours import format_minutes_ko
from linkdesk.partners import PartnerError
from linkdesk.partners.models import ExpiringConsent, RcyMember, RedCrossConsent, RedCrossMember, RedCrossMemberDetail
from linkdesk.services.audit import record_access
from linkdesk.services.core import Core
from linkdesk.services.dispatcher import Dispatcher, Outcome
from linkdesk.services.redcross_consent import ConsentConfirmation, ConsentConfirmationError, check_confirmation  # noqa: F401
from linkdesk.store import outbox

PARTNER = "redcross"
LINK, CONSENT = "redcross_link", "redcross_consent"
RENEWAL_WINDOW = timedelta(days=30)
_WAITING = ("queued", "in_flight", "ambiguous")
_ASK = "대한적십자사 홈페이지의 문의하기(비공개) 게시판 또는 구호복지팀"


@dataclass(frozen=True)
class Problem:
    """A Red Cross failure staff cannot fix here: what it is and where the member resolves it."""

    code: str
    message: str
    route: str


PROBLEMS: dict[str, Problem] = {p.code: p for p in (
    Problem("redcross_two_affiliations", "소속이 2개로 확인됩니다. 소속이 정리되어야 활동 연결과 1365 연계가 가능합니다.",
            f"{_ASK}에 소속 정리를 요청하세요."),
    Problem("redcross_info_mismatch", "적십자사 회원정보가 일치하지 않습니다. 생년월일은 주민등록등본상 날짜로 확인하세요.",
            f"생년월일을 다시 확인하고, 맞는데도 다르면 {_ASK}에 정보 확인을 요청하세요."),
    Problem("redcross_not_linked", "기존 내역 연결을 위한 정보 확인이 필요합니다.",
            f"{_ASK}을 통해 정보 확인 요청을 진행하세요."),
    Problem("member_not_found", "대한적십자사 회원 정보를 찾을 수 없습니다.",
            "대한적십자사 홈페이지(www.redcross.or.kr)에 본인인증(휴대폰·아이핀·카드)으로 회원가입한 뒤 "
            "마이페이지 > 나의 봉사에서 적십자 활동 연결을 하세요."),
)}


@dataclass(frozen=True)
class ConsentState:
    """1365 연계 동의 as staff read it: when, until when, and whether to renew it now."""

    agreed_at: datetime
    expires_at: datetime
    expired: bool
    expiring_soon: bool  # not expired, but within RENEWAL_WINDOW

    @property
    def needs_renewal(self) -> bool:
        return self.expired or self.expiring_soon

    @property
    def message(self) -> str:
        """The portal's sentence: "2019-07-03 15:04에 1365 연계에 동의하셨습니다."."""
        return f"{self.agreed_at.astimezone(KST):%Y-%m-%d %H:%M}에 1365 연계에 동의하셨습니다."

    @classmethod
    def of(cls, c: RedCrossConsent, now: datetime) -> ConsentState:
        return cls(c.agreed_at, c.expires_at, c.expired, not c.expired and c.expires_at <= now + RENEWAL_WINDOW)


@dataclass(frozen=True)
class MemberPage:
    """나의 봉사: 소속, 활동 총 기간/횟수/시간, 가입일자, the activities and the consent."""

    detail: RedCrossMemberDetail
    volunteer_id: str | None
    consent: ConsentState | None

    @property
    def activity_text(self) -> str:
        """"총 6년 10개월 / 2회 / 9시간", as the portal writes 활동."""
        s = self.detail.summary
        return f"총 {s.years}년 {s.months}개월 / {s.count}회 / {format_minutes_ko(s.minutes) if s.minutes else '0시간'}"

    @property
    def unlinked_ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.detail.activities if not a.linked)


@dataclass(frozen=True)
class Lookup:
    """회원 조회: the members found, or the problem; the 나의 봉사 page when exactly one was found."""

    members: tuple[RedCrossMember, ...] = ()
    problem: Problem | None = None
    page: MemberPage | None = None


@dataclass(frozen=True)
class ActionResult:
    """연결하기 / 1365 연계 동의: ``done``, ``problem``, ``queued`` (sent later), ``failed`` or ``nothing``."""

    status: str
    message: str
    problem: Problem | None = None
    linked: tuple[str, ...] = ()
    consent: ConsentState | None = None
    page: MemberPage | None = None  # 나의 봉사 read again after the action


@dataclass(frozen=True)
class ExpiringList:
    items: tuple[ExpiringConsent, ...]
    stale: bool = False  # the Red Cross was unreachable: built from the consents this counter last saw


def look_up(core: Core, *, volunteer_id: str | None = None, name: str | None = None,
            birth_date: date | None = None) -> Lookup:
    """Find the member by 1365 아이디 or 이름 + 생년월일; open 나의 봉사 when exactly one is found."""
    name = " ".join(name.split()) if name else None
    try:
        found = tuple(core.gateway().redcross.members(volunteer_id=volunteer_id or None, name=name,
                                                      birth_date=birth_date))
    except PartnerError as exc:
        if exc.code not in PROBLEMS:
            raise
        _audit(core, "view", f"적십자 회원 조회: {exc.code}", volunteer_id)
        return Lookup(problem=PROBLEMS[exc.code])
    if not found:
        return Lookup(problem=PROBLEMS["member_not_found"])
    if len(found) > 1:
        _audit(core, "view", f"적십자 회원 조회 {len(found)}명", None, ",".join(m.member_id for m in found))
        return Lookup(members=found)
    return Lookup(members=found, page=load_page(core, found[0].member_id, volunteer_id))


def load_page(core: Core, member_id: str, volunteer_id: str | None = None) -> MemberPage:
    """나의 봉사 of one member; remembered in the cache when the 1365 아이디 is known."""
    detail = core.gateway().redcross.member(member_id)
    now = core.clock.now()
    consent = ConsentState.of(detail.consent_1365, now) if detail.consent_1365 else None
    with core.store.unit_of_work() as uow:
        if volunteer_id is None:
            known = uow.volunteers.find(redcross_member_id=member_id, limit=2)
            volunteer_id = known[0].volunteer_id if len(known) == 1 else None
        if volunteer_id:
            uow.volunteers.save(volunteer_id, name=detail.name, redcross_member_id=member_id)
            uow.consents.record_seen(volunteer_id, PARTNER, agreed_at=consent.agreed_at if consent else None,
                                     expires_at=consent.expires_at if consent else None, seen_at=now)
        record_access(uow, core.actor, "view", f"적십자 나의 봉사 {member_id}", at=now, volunteer_id=volunteer_id)
    return MemberPage(detail, volunteer_id, consent)


def link_activities(core: Core, member_id: str, activity_ids: Sequence[str] | None = None,
                    volunteer_id: str | None = None) -> ActionResult:
    """적십자 활동 연결 of the activities ticked (default: every one not linked yet)."""
    if activity_ids is None:
        activity_ids = load_page(core, member_id, volunteer_id).unlinked_ids
    wanted = sorted(set(activity_ids))
    if not wanted:
        return ActionResult("nothing", "연결할 활동이 없습니다. 연결할 활동을 선택하세요.")
    payload = {"member_id": member_id, "volunteer_id": volunteer_id, "activity_ids": wanted}
    outcome = _send(core, LINK, payload, f"적십자 활동 연결 {len(wanted)}건 {member_id}", ",".join(wanted))
    if outcome is not None and outcome.status == "sent":
        linked = tuple(outcome.result.get("linked", wanted))
        return ActionResult("done", f"{len(linked)}건의 적십자 활동이 연결되었습니다.", linked=linked,
                            page=_reload(core, member_id, volunteer_id))
    return _not_done(outcome)


def give_consent(core: Core, member_id: str, volunteer_id: str | None = None,
                 confirmation: ConsentConfirmation | None = None) -> ActionResult:
    """1365 연계 동의 (저장), or its renewal (재동의) when it expired or expires soon.

    ``confirmation``: who confirmed after reading the consent text (:mod:`redcross_consent`); the
    member, or a legal guardian under 14. Refused before anything is queued when it falls short.
    """
    with core.store.unit_of_work(read_only=True) as uow:
        cached = uow.volunteers.get(volunteer_id) if volunteer_id else None
        birth = cached.birth_date if cached else None
    confirmation = check_confirmation(confirmation, birth, core.clock.now().astimezone(KST).date())
    payload = {"member_id": member_id, "volunteer_id": volunteer_id}
    outcome = _send(core, CONSENT, payload, f"적십자 1365 연계 동의 {member_id}", confirmation.detail())
    if outcome is not None and outcome.status == "sent":
        page = _reload(core, member_id, volunteer_id)
        if volunteer_id and confirmation.by == "guardian":
            with core.store.unit_of_work() as uow:  # who confirmed, beside what the Red Cross says
                seen = uow.consents.get(volunteer_id, PARTNER)
                uow.consents.record_seen(volunteer_id, PARTNER, agreed_at=seen.agreed_at if seen else None,
                                         expires_at=seen.expires_at if seen else None,
                                         guardian_name=confirmation.guardian_name,
                                         guardian_relationship=confirmation.relationship)
        consent = page.consent if page else None
        r = outcome.result
        message = r.get("message") or (consent.message if consent else "1365 연계 동의가 정상처리 되었습니다.")
        return ActionResult("done", message, consent=consent, page=page)
    return _not_done(outcome)


def expiring(core: Core, within_days: int = 30) -> ExpiringList:
    """Members whose 1365 연계 동의 expires in the next ``within_days`` days: staff call them in."""
    try:
        items = tuple(core.gateway().redcross.expiring(within_days))
    except PartnerError as exc:
        if not exc.temporary:
            raise
        return ExpiringList(_cached_expiring(core, within_days), stale=True)
    with core.store.unit_of_work() as uow:
        for e in items:
            if e.volunteer_id:
                uow.volunteers.save(e.volunteer_id, name=e.name, redcross_member_id=e.member_id)
        record_access(uow, core.actor, "view", f"적십자 1365 연계 동의 만료 예정 {len(items)}명 ({within_days}일)",
                      at=core.clock.now(), detail=",".join(e.member_id for e in items) or None)
    return ExpiringList(items)


def rcy_members(core: Core, q: str | None = None, *, region: str | None = None,
                school: str | None = None) -> list[RcyMember]:
    """RCY (청소년적십자) members by 이름 (초성 too), 지역, 학교."""
    found = core.gateway().redcross.rcy(q or None, region=region or None, school=school or None)
    _audit(core, "view", f"RCY 단원 조회 {len(found)}명", None)
    return found


# -- internals -------------------------------------------------------------------------------------

def _audit(core: Core, action: str, target: str, volunteer_id: str | None, detail: str | None = None) -> None:
    with core.store.unit_of_work() as uow:
        record_access(uow, core.actor, action, target, at=core.clock.now(), volunteer_id=volunteer_id, detail=detail)


def _send(core: Core, kind: str, payload: dict, target: str, detail: str | None) -> Outcome | None:
    """Queue (or reuse the same waiting row) with its access-log entry, flush, return this row's outcome."""
    waiting = [v for v in outbox.pending(core.store, statuses=_WAITING, kind=kind) if v.payload == payload]
    if waiting:
        item_id = waiting[0].id
        if waiting[0].status == "queued":
            outbox.retry(core.store, item_id, now=core.clock.now())
    else:
        now = core.clock.now()
        with core.store.unit_of_work() as uow:
            item = outbox.enqueue(uow, kind, PARTNER, payload, created_by=core.actor.staff, counter=core.counter, now=now)
            action = "change" if kind == CONSENT and _had_consent(uow, payload["volunteer_id"]) else "entry"
            record_access(uow, core.actor, action, target, at=now, volunteer_id=payload["volunteer_id"], detail=detail)
            uow.flush()
            item_id = item.id
    return next((o for o in Dispatcher(core).flush(kinds=(kind,)) if o.item_id == item_id), None)


def _had_consent(uow, volunteer_id: str | None) -> bool:
    seen = uow.consents.get(volunteer_id, PARTNER) if volunteer_id else None
    return seen is not None and seen.agreed_at is not None


def _cached_expiring(core: Core, within_days: int) -> tuple[ExpiringConsent, ...]:
    now = core.clock.now()
    out = []
    with core.store.unit_of_work(read_only=True) as uow:
        for c in uow.consents.expiring(PARTNER, now + timedelta(days=within_days)):
            v = uow.volunteers.get(c.volunteer_id)
            if c.expires_at is not None and c.expires_at >= now and v is not None and v.redcross_member_id:
                out.append(ExpiringConsent(v.redcross_member_id, c.volunteer_id, v.name, c.expires_at))
    return tuple(out)


def _not_done(outcome: Outcome | None) -> ActionResult:
    if outcome is not None and outcome.status == "failed":
        problem = PROBLEMS.get(outcome.code)
        if problem is not None:
            return ActionResult("problem", problem.message, problem=problem)
        return ActionResult("failed", outcome.message)
    text = outcome.message if outcome is not None else ""
    return ActionResult("queued", ("전송 대기열에 보관되었습니다. 대한적십자사가 응답하면 자동으로 전송합니다. " + text).strip())


def _reload(core: Core, member_id: str, volunteer_id: str | None) -> MemberPage | None:
    try:
        return load_page(core, member_id, volunteer_id)
    except PartnerError:  # the action went through; 나의 봉사 is read again on the next lookup
        return None
