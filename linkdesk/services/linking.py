"""The NEIS linking session: the I/O behind each step of the flow (linking_flow.py).

One session serves one visitor. Each method is one staff action: it talks to the partners, writes
the cache in one unit of work, and returns the new :class:`FlowState`. Methods run off the GUI
thread (one at a time per session); errors staff can act on are raised as ``PartnerError`` /
``RrnError`` / :class:`LinkingError`, each with a Korean message.

The 주민등록번호 is parsed, sent once in 실명인증 and dropped: after that the partner's short-lived
token stands for the person, and the outbox rows carry only NEIS's opaque student reference.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from linkdesk.clock import today
from linkdesk.domain.eligibility import Eligibility, SchoolDays
from linkdesk.domain.free_text import check_free_text
from linkdesk.domain.rrn import parse_rrn
from linkdesk.domain.schoolyear import school_year_bounds, school_year_of
from linkdesk.errors import KnownError
from linkdesk.partners import PartnerError
from linkdesk.partners.models import Captcha
from linkdesk.partners.models import Guardian as PartnerGuardian
from linkdesk.services import linking_flow as F
from linkdesk.services.audit import record_access
from linkdesk.services.core import Core
from linkdesk.services.directory import ensure_directory, search_schools
from linkdesk.services.dispatcher import Dispatcher, Outcome
from linkdesk.services.ahead import Ahead
from linkdesk.services.school_calendar import (fetch_schedule, hours_rule, record_facts, school_calendar,
                                               schedule_key)
from linkdesk.services.select_eval import SelectionEvaluation
from linkdesk.services.sync import SyncResult, fetch_1365, save_volunteer, sync_volunteer
from linkdesk.store import OutboxStateError
from linkdesk.store import outbox

log = logging.getLogger(__name__)

NEIS = "neis"
KIND = "neis_submit"


class LinkingError(KnownError):
    """A step that cannot go on, worded for staff."""


@dataclass(frozen=True)
class LoadInfo:
    stale: bool  # 1365 could not be reached: the cached records are shown
    periods_known: bool  # the school's timetable was available for the daily cap


class LinkingSession:
    def __init__(self, core: Core, *, staff: str | None = None) -> None:
        self.core = core
        self.staff = staff
        self.flow = F.Flow()
        self._captcha_id: str | None = None
        self._periods: dict = {}
        self._days = SchoolDays()
        self._evaluation: SelectionEvaluation | None = None  # the rows on screen, for quick re-selection
        # Overlap what does not depend on each other, fetch nothing twice: the 1365 volunteer from
        # verify is reused by the sync; the records are fetched during the student check, the
        # timetable right after it, the school's 학사일정 (it needs the school only) during the check
        # as well (services/ahead.py).
        self._ahead = Ahead(core, workers=3)
        self._volunteer = None
        self._records_ahead = None
        self._timetable_ahead = None
        self._schedule_ahead = None
        self.load_info = LoadInfo(stale=False, periods_known=False)

    @property
    def state(self) -> F.FlowState:
        return self.flow.state

    # -- 1. 본인 확인 ------------------------------------------------------------------------------
    def new_captcha(self) -> Captcha:
        """A fresh 보안문자 (the previous one is used up by any attempt)."""
        captcha = self.core.gateway().identity.captcha()
        self._captcha_id = captcha.captcha_id
        return captcha

    def verify(self, name: str, rrn_text: str, captcha_text: str = "") -> F.FlowState:
        """실명인증 and the 1365 member's consent state. Raises RrnError before any call."""
        rrn = parse_rrn(rrn_text, today=today(self.core.clock))
        name = " ".join(name.split())
        if not name:
            raise LinkingError("성명을 입력하세요.", "Enter the name.", code="name_required")
        gw = self.core.gateway()
        captcha_id, self._captcha_id = self._captcha_id, None  # any attempt uses the captcha up
        try:
            verified = gw.identity.verify(name, rrn, captcha_id, captcha_text)
        finally:
            del rrn
        volunteer = gw.portal1365.volunteer(verified.volunteer_id)
        with self.core.store.unit_of_work() as uow:  # one transaction: the member and its access-log entry
            save_volunteer(self.core, volunteer, uow)
            self._audit("view", "실명인증 · 1365 회원정보", verified.volunteer_id, uow)
        self._forget_ahead()
        self._volunteer = volunteer
        person = F.Person(verified.volunteer_id, verified.name, verified.birth_date, verified.under_14,
                          token=verified.token, token_expires_at=verified.expires_at)
        return self.flow.apply(F.verified(self.state, person, volunteer.consents.portal1365))

    def give_consent(self, guardian: F.Guardian | None = None) -> F.FlowState:
        """봉사실적 연계를 위한 정보제공 동의 (by the guardian for a person under 14)."""
        person = self._person()
        if person.under_14 and (guardian is None or not guardian.identity_checked or not guardian.name.strip()):
            raise LinkingError(
                "만 14세 미만은 법정대리인의 동의가 필요합니다. 법정대리인 성명·관계를 입력하고 신분증을 확인하세요.",
                "Under 14: enter the legal guardian's name and relationship and check their ID.",
                code="guardian_required",
            )
        if guardian is not None:
            check_free_text(guardian.name, "법정대리인 성명", "guardian's name")
            check_free_text(guardian.relationship, "법정대리인 관계", "guardian's relationship")
        pg = PartnerGuardian(guardian.name.strip(), guardian.relationship, guardian.identity_checked) if guardian else None
        result = self.core.gateway().portal1365.consent(person.volunteer_id, person.token, guardian=pg)
        self._volunteer = None  # its consents changed: the sync fetches the member again
        with self.core.store.unit_of_work() as uow:
            uow.consents.record_seen(
                person.volunteer_id, "1365", agreed_at=result.consented_at,
                guardian_name=pg.name if pg else None, guardian_relationship=pg.relationship if pg else None,
            )
            self._audit("entry", "정보제공 동의" + (" (법정대리인)" if pg else ""), person.volunteer_id, uow)
        return self.flow.apply(F.consented(self.state, result.consented_at))

    # -- 2. 내 소속학교 ----------------------------------------------------------------------------
    def prepare_schools(self) -> int:
        """Make sure the cached directory is there (downloads it once; offline afterwards)."""
        return ensure_directory(self.core)

    def search_schools(self, text: str, office: str | None = None, kind: str | None = None,
                       region: str | None = None, limit: int = 200) -> list:
        return search_schools(self.core, text, office, kind, region, limit)

    def choose_school(self, school) -> F.FlowState:
        choice = F.SchoolChoice(school.code, school.name, school.office, school.kind, school.region,
                                getattr(school, "office_code", ""))
        return self.flow.apply(F.school_chosen(self.state, choice))

    # -- 3. 학생정보 확인 --------------------------------------------------------------------------
    def check_student(self) -> F.FlowState:
        person, school = self._person(), self.state.school
        if school is None:
            raise LinkingError("소속학교를 먼저 선택하세요.", "Choose the school first.", code="school_required")
        self._forget_ahead()
        self._records_ahead = self._ahead.start(fetch_1365, self.core, person.volunteer_id, self._volunteer)
        first, last = school_year_bounds(school_year_of(today(self.core.clock)))
        key = schedule_key(school, first, last)
        self._schedule_ahead = (key, self._ahead.start(fetch_schedule, self.core, key))
        check = self.core.gateway().neis.verify_student(person.token, school.code, school.office_code)
        self._timetable_ahead = (check.student_ref, self._ahead.start(
            lambda: self.core.gateway().neis.timetable(check.student_ref, first, last)))
        with self.core.store.unit_of_work() as uow:
            uow.volunteers.save(person.volunteer_id, school_code=school.code, school_office_code=school.office_code or None,
                                grade=check.grade,
                                class_no=check.class_no, student_ref=check.student_ref)
            self._audit("view", f"학생정보확인 {school.code}", person.volunteer_id, uow)
        return self.flow.apply(F.student_checked(
            self.state, F.StudentCheck(check.student_ref, check.grade, check.class_no, check.number)))

    # -- 4. 실적선택 -------------------------------------------------------------------------------
    def load_records(self) -> F.FlowState:
        """Sync from 1365 (the cache when 1365 is down), the timetable, then the eligibility."""
        person = self._person()
        records_ahead, timetable_ahead = self._records_ahead, self._timetable_ahead
        schedule_ahead = self._schedule_ahead
        self._records_ahead = self._timetable_ahead = self._schedule_ahead = None
        fetched = records_ahead.result if records_ahead is not None else None
        sync: SyncResult = sync_volunteer(self.core, person.volunteer_id, fetched=fetched)
        self._audit("view", "봉사실적 (연계 대상 · 연계완료 실적)", person.volunteer_id)
        self._periods = {}
        periods_known = False
        student = self.state.student
        if student is not None:
            first, last = school_year_bounds(school_year_of(today(self.core.clock)))
            # the 학사일정 and the cache's work first: the timetable started last, its answer is taken last
            school = self.state.school
            schedule = None
            if school is not None and schedule_ahead is not None and schedule_ahead[0] == schedule_key(school, first, last):
                schedule = schedule_ahead[1].result
            self._days = school_calendar(self.core, school, student.grade, first, last, student.class_no, schedule)
            try:
                if timetable_ahead is not None and timetable_ahead[0] == student.student_ref:
                    self._periods = timetable_ahead[1].result()
                else:
                    self._periods = self.core.gateway().neis.timetable(student.student_ref, first, last)
                periods_known = True
            except PartnerError as exc:
                if not exc.temporary:
                    raise
                log.warning("timetable unavailable (%s): the daily-cap defaults apply", exc.code)
        self.load_info = LoadInfo(stale=sync.stale, periods_known=periods_known)
        rows = self._rows(selected=None)
        return self.flow.apply(F.records_loaded(self.state, rows))

    def select(self, record_ids: set[str] | frozenset[str]) -> F.FlowState:
        """Change the selection; the daily cap is re-evaluated for exactly this selection, on the
        days the change touches only (``select_eval``) while the rows on screen are the ones loaded."""
        ev = self._evaluation
        if ev is not None and ev.rows is self.state.records and ev.today == today(self.core.clock):
            rows = ev.reselect(record_ids)
        else:
            rows = self._rows(selected=set(record_ids))
        return self.flow.apply(F.reevaluated(self.state, rows, record_ids))

    def select_all_eligible(self) -> F.FlowState:
        return self.select({r.record_id for r in self.state.records if not r.linked})

    def _rows(self, selected: set[str] | None) -> tuple[F.RecordRow, ...]:
        vid = self._person().volunteer_id
        with self.core.store.unit_of_work(read_only=True) as uow:
            pairs = uow.records.with_links(vid, NEIS)
        facts = []
        for rec, link in pairs:
            sent = link is not None and link.status in ("sent", "approved", "rejected")
            facts.append(record_facts(rec, sent, rejected=sent and link.status == "rejected"))

        def row(i: int, v: Eligibility) -> F.RecordRow:
            rec, link = pairs[i]
            status = link.status if link is not None and link.status not in ("pending", "cancelled") else None
            eligible = v.eligible and status not in ("queued",)
            return F.RecordRow(
                record_id=rec.id, source=rec.source, source_id=rec.source_id or rec.id, day=rec.date, seq=rec.seq,
                organization=rec.organization, category=rec.category or "", activity=rec.activity,
                start=rec.start or "", end=rec.end or "", minutes=rec.minutes,
                recognized_hours=v.recognized_hours, eligible=eligible, reasons=v.reasons, notes=v.notes,
                link_status=status, sent_at=link.sent_at if link else None, link_result=link.result if link else None,
            )

        self._evaluation = SelectionEvaluation(facts, today(self.core.clock), self._periods.get,
                                               self.core.cap_policy, selected, row, days=self._days)
        return self._evaluation.rows

    # -- 5. 실적전송 -------------------------------------------------------------------------------
    def send(self) -> F.FlowState:
        """Queue every selected record in one transaction, then send them now through the outbox."""
        state = self.state
        person, student, school = self._person(), state.student, state.school
        if not state.selected or student is None or school is None:
            raise LinkingError("전송할 실적을 선택하세요.", "Select the records to send.", code="nothing_selected")
        rows = sorted(state.selected_rows, key=lambda r: (r.day, r.seq, r.record_id))
        already: list[F.SendResult] = []
        queued: list[str] = []
        item_ids: list[int] = []
        with self.core.store.unit_of_work() as uow:
            for row in rows:
                payload = {"volunteer_id": person.volunteer_id, "student_ref": student.student_ref,
                           "school_code": school.code, "hours": row.recognized_hours, "hours_rule": hours_rule(row)}
                try:
                    item = outbox.enqueue(uow, KIND, NEIS, payload, record_id=row.record_id,
                                          created_by=self.staff, counter=self.core.counter, now=self.core.clock.now())
                except OutboxStateError as exc:
                    already.append(F.SendResult(row.record_id, "already_sent", exc.ko, "already_sent"))
                    continue
                uow.flush()
                item_ids.append(item.id)
                queued.append(row.record_id)
            if queued:
                self._audit("entry", f"나이스 실적전송 {len(queued)}건", person.volunteer_id, uow,
                            detail=",".join(queued))
        outcomes = self._dispatch(item_ids)
        results = tuple(already) + tuple(self._result(rid, outcomes) for rid in queued)
        return self._after_send(results)

    def retry(self, record_ids: list[str] | None = None) -> F.FlowState:
        """재전송: failed records of this session get a new attempt (new key only if refused)."""
        ids = set(record_ids or [r.record_id for r in self.state.failed])
        views = [v for v in outbox.pending(self.core.store, kind=KIND, statuses=("failed", "queued", "ambiguous"))
                 if v.record_id in ids]
        if views:
            with self.core.store.unit_of_work() as uow:
                for view in views:
                    outbox.retry_in(uow, view.id, now=self.core.clock.now())
                self._audit("change", f"나이스 실적 재전송 {len(views)}건", self._person().volunteer_id, uow,
                            detail=",".join(sorted(v.record_id for v in views)))
        outcomes = self._dispatch([v.id for v in views])
        return self._after_send(tuple(self._result(rid, outcomes) for rid in sorted(ids)))

    def _dispatch(self, item_ids: list[int]) -> dict[str, Outcome]:
        """Send this visitor's rows now; other waiting rows are the periodic flush's work."""
        if not item_ids:
            return {}
        try:
            outcomes = Dispatcher(self.core).flush(kinds=(KIND,), ids=item_ids)
        except PartnerError as exc:  # the store is fine, the rows stay queued
            log.warning("dispatch interrupted: %s", exc.code)
            outcomes = []
        return {o.record_id: o for o in outcomes if o.record_id}

    def _result(self, record_id: str, outcomes: dict[str, Outcome]) -> F.SendResult:
        at = self.core.clock.now()
        o = outcomes.get(record_id)
        if o is None:  # not due yet, or another counter is sending it right now
            return F.SendResult(record_id, "queued", "전송 대기 중입니다. 연결되면 자동으로 전송됩니다.", "queued", at)
        if o.status in ("sent", "already_sent"):
            return F.SendResult(record_id, o.status, o.message, o.code, at)
        if o.status in ("queued", "ambiguous", "lost"):
            return F.SendResult(record_id, "queued", o.message, o.code, at)
        return F.SendResult(record_id, "failed", o.message, o.code, at)

    def _after_send(self, results: tuple[F.SendResult, ...]) -> F.FlowState:
        state = F.sent(self.state, results)
        return self.flow.apply(F.records_loaded(state, self._rows(selected=set()), keep_selection=True))

    # -- navigation ------------------------------------------------------------------------------
    def next(self) -> F.FlowState:
        return self.flow.next()

    def back(self) -> F.FlowState:
        return self.flow.back()

    def reset(self) -> None:
        """Cancel or finish: forget the person, the token and the records on screen."""
        self.flow.reset()
        self._captcha_id = None
        self._periods = {}
        self._days = SchoolDays()
        self._evaluation = None
        self._forget_ahead()
        self._volunteer = None
        self._ahead.close()

    def _forget_ahead(self) -> None:
        for pending in (self._records_ahead, self._timetable_ahead and self._timetable_ahead[1],
                        self._schedule_ahead and self._schedule_ahead[1]):
            if pending:
                pending.cancel()
        self._records_ahead = self._timetable_ahead = self._schedule_ahead = None

    def _audit(self, action: str, target: str, volunteer_id: str, uow=None, detail: str | None = None) -> None:
        """One access-log entry, in the caller's unit of work when there is one."""
        if uow is not None:
            record_access(uow, self.core.actor, action, target, at=self.core.clock.now(),
                          volunteer_id=volunteer_id, detail=detail)
            return
        with self.core.store.unit_of_work() as own:
            self._audit(action, target, volunteer_id, own, detail)

    def _person(self) -> F.Person:
        person = self.state.person
        if person is None:
            raise LinkingError("실명인증을 먼저 진행하세요.", "Verify the person first.", code="identity_required")
        return person
