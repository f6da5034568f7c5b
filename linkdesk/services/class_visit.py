"""Class visit mode (학급 단위 연계): one school picked once, then the students one after another.

:class:`ClassVisitSession` keeps ONE :class:`~linkdesk.services.linking.LinkingSession` for the
whole class and resets it between students, so nothing is rebuilt per student. For each student:

1. :meth:`identify` — 실명인증 with the typed 주민등록번호 and 보안문자, then the kept school is chosen,
   학생정보확인 runs against it and the records are loaded with every eligible one pre-selected
   (the wizard's own steps and rules, in the same order);
2. :meth:`send` — the selected records go to NEIS through the outbox (or, with nothing to send, the
   student is marked "nothing to send"); the roster row is written in one unit of work, a
   :class:`~linkdesk.services.visit_slip.SlipDoc` for the student's 연계 결과 안내 is returned, and
   the linking session is reset (token and records dropped) for the next student.

Errors staff can act on before 실명인증 succeeds (a wrong number or 보안문자) are raised as the
session raises them and change nothing. After it, a refusal (학생정보확인 mismatch, no consent, a
refused send) is written to the roster as ``failed`` with the Korean reason and what to do.
The 주민등록번호 goes to :meth:`LinkingSession.verify` and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from linkdesk.domain.messages import Message
from linkdesk.errors import known_message
from linkdesk.partners import PartnerError
from linkdesk.partners.models import Captcha
from linkdesk.services import class_visit_store as store
from linkdesk.services import linking_flow as F
from linkdesk.services.class_visit_store import RosterEntry, VisitView
from linkdesk.services.core import Core
from linkdesk.services.linking import LinkingError, LinkingSession
from linkdesk.services.visit_slip import SlipDoc, build_slip

TODO_APPROVAL = "학교(담임) 승인 대기 — 승인되면 학교생활기록부에 반영"
TODO_QUEUED = "전송 대기 {n}건 — 연결되면 자동으로 전송됩니다"
TODO_RETRY = "실패한 실적: 사유를 해결한 뒤 '전송 대기' 화면에서 재전송하거나 학급 연계에서 다시 하세요"
TODO_CONSENT = "1365 정보제공 동의가 없습니다 — 본인(만 14세 미만은 법정대리인)의 동의를 받은 뒤 다시 연계"
TODO_SCHOOL = "학생정보확인 실패 — 학교에 재학 정보를 확인하거나 일반 연계에서 소속학교를 다시 선택"


@dataclass(frozen=True)
class StudentTurn:
    """One student after 실명인증: who, the roster row, and the records ready to send."""

    entry_id: int | None  # the roster row this student is (None: not on the list, added at send)
    name: str
    number: int | None
    state: F.FlowState  # at 실적선택 with the eligible records pre-selected; or IDENTITY when refused
    refusal: Message | None = None  # set when this student cannot send (written to the roster at send)
    note: str = ""  # e.g. the student is in another class than the visit's

    @property
    def can_send(self) -> bool:
        return self.refusal is None and bool(self.state.selected)


@dataclass(frozen=True)
class TurnResult:
    visit: VisitView
    entry: RosterEntry
    slip: SlipDoc | None  # None when 실명인증 passed but nothing about records is known


class ClassVisitSession:
    def __init__(self, core: Core, visit_id: int, *, staff: str | None = None) -> None:
        self.core = core
        self.visit_id = visit_id
        self.linking = LinkingSession(core, staff=staff)  # one for the whole class, reset per student
        self.turn: StudentTurn | None = None

    # -- one student -----------------------------------------------------------------------------
    def new_captcha(self) -> Captcha:
        return self.linking.new_captcha()

    def identify(self, visit: VisitView, entry_id: int | None, name: str, rrn_text: str,
                 captcha_text: str = "") -> StudentTurn:
        """실명인증 → kept school → 학생정보확인 → records, eligible ones pre-selected."""
        s = self.linking
        s.flow.reset()  # a student who left half-way leaves nothing behind; the 보안문자 just loaded stays
        self.turn = None
        state = s.verify(name, rrn_text, captcha_text)
        del rrn_text
        person = state.person
        assert person is not None
        entry_id = self._match_name(visit, entry_id, person.name)
        if state.consent_at is None:
            return self._refused(entry_id, person.name, None,
                                 Message("consent_required", "1365 정보제공 동의가 없습니다.",
                                         "No 1365 consent to share the records."))
        return self._school_and_records(visit, entry_id, person.name)

    def consent(self, visit: VisitView) -> StudentTurn:
        """The student (14 or over) gives the 1365 consent at the counter, then the turn goes on;
        a child's consent needs the guardian steps of the linking wizard."""
        turn = self._current()
        person = self.linking.state.person
        if person is None or turn.refusal is None or turn.refusal.code != "consent_required":
            raise LinkingError("동의가 필요한 학생이 아닙니다.", "No consent is needed here.", code="consent_not_needed")
        if person.under_14:
            raise LinkingError("만 14세 미만은 법정대리인의 동의가 필요합니다. 일반 연계(Ctrl+N)에서 진행하세요.",
                               "Under 14: the guardian's consent is taken in the linking wizard.",
                               code="guardian_required")
        self.linking.give_consent()
        return self._school_and_records(visit, turn.entry_id, turn.name)

    def _school_and_records(self, visit: VisitView, entry_id: int | None, name: str) -> StudentTurn:
        s = self.linking
        s.next()
        s.choose_school(_Hit(visit.school))
        s.next()
        try:
            state = s.check_student()
        except PartnerError as exc:
            if exc.temporary:
                raise  # NEIS is down: staff try again, the roster is unchanged
            return self._refused(entry_id, name, None, known_message(exc))
        student = state.student
        assert student is not None
        entry_id = self._match_number(visit, entry_id, name, student.number)
        note = ""
        if (visit.grade and student.grade and visit.grade != student.grade) or (
                visit.class_no and student.class_no and visit.class_no != student.class_no):
            note = f"다른 반 학생입니다({student.grade}학년 {student.class_no}반)."
        s.load_records()
        state = s.next()
        self.turn = StudentTurn(entry_id, name, student.number, state, note=note)
        return self.turn

    def send(self, visit: VisitView) -> TurnResult:
        """Send the selection (or record why nothing was sent), write the roster row, reset."""
        turn = self._current()
        s = self.linking
        try:
            if turn.refusal is not None:
                return self._save(visit, turn, "failed", 0, 0, 0, turn.refusal.code, turn.refusal.ko,
                                  _todo_for(turn.refusal.code), slip=None)
            if not turn.state.selected:
                why = _nothing_reason(turn.state)
                slip = build_slip(self.core, turn.state, turn.name, visit.school.name)
                return self._save(visit, turn, "nothing", 0, 0, 0, "nothing", why, None, slip=slip)
            state = s.send()
            slip = build_slip(self.core, state, turn.name, visit.school.name)
            return self._outcome(visit, turn, state, slip)
        finally:
            s.reset()
            self.turn = None

    def abandon(self) -> None:
        """The student leaves (or the counter locks): drop the token and the records."""
        self.linking.reset()
        self.turn = None

    # -- helpers -----------------------------------------------------------------------------------
    def _current(self) -> StudentTurn:
        if self.turn is None:
            raise LinkingError("실명인증을 먼저 진행하세요.", "Verify the student first.", code="identity_required")
        return self.turn

    def _refused(self, entry_id: int | None, name: str, number: int | None, message: Message) -> StudentTurn:
        self.turn = StudentTurn(entry_id, name, number, self.linking.state, refusal=message)
        return self.turn

    @staticmethod
    def _match_name(visit: VisitView, entry_id: int | None, name: str) -> int | None:
        """The chosen row if the verified name is its name; else a row still open with that name."""
        if entry_id is not None and visit.entry(entry_id).name == name:
            return entry_id
        same = [e for e in visit.entries if e.name == name and e.status in store.OPEN_AGAIN]
        return same[0].id if len(same) == 1 else None

    @staticmethod
    def _match_number(visit: VisitView, entry_id: int | None, name: str, number: int | None) -> int | None:
        if entry_id is not None or number is None:
            return entry_id
        same = [e for e in visit.entries if e.number == number and e.name == name]
        return same[0].id if same else None

    def _outcome(self, visit: VisitView, turn: StudentTurn, state: F.FlowState, slip: SlipDoc) -> TurnResult:
        rows = {r.record_id: r for r in state.records}
        sent = [r for r in state.results if r.status in ("sent", "already_sent")]
        failed = [r for r in state.results if r.status == "failed"]
        queued = [r for r in state.results if r.status == "queued"]
        hours = sum(rows[r.record_id].recognized_hours for r in sent if r.record_id in rows)
        if failed:
            first = failed[0]
            reason = f"전송 실패 {len(failed)}건: {first.message}"
            todo = TODO_RETRY
            return self._save(visit, turn, "failed", hours, len(sent), len(queued), first.code or "send_failed",
                              reason, todo, slip=slip)
        todo = TODO_QUEUED.format(n=len(queued)) if queued else TODO_APPROVAL
        reason = f"{len(sent)}건 전송" + (f", 대기 {len(queued)}건" if queued else "")
        return self._save(visit, turn, "done", hours, len(sent), len(queued), None, reason, todo, slip=slip)

    def _save(self, visit: VisitView, turn: StudentTurn, status: str, hours: int, sent: int, waiting: int,
              code: str | None, reason: str | None, todo: str | None, *, slip: SlipDoc | None) -> TurnResult:
        person = self.linking.state.person
        volunteer_id = person.volunteer_id if person else ""
        with self.core.store.unit_of_work() as uow:
            entry_id = store.save_outcome(uow, visit.id, turn.entry_id, name=turn.name, number=turn.number,
                                          volunteer_id=volunteer_id, status=status, hours=hours, sent=sent,
                                          waiting=waiting, reason_code=code, reason=reason, todo=todo,
                                          now=self.core.clock.now())
            store.audit_in(self.core, uow, "change", f"학급 연계 결과 {status}", volunteer_id=volunteer_id or None,
                         detail=f"visit={visit.id} entry={entry_id}")
            view = store.load_in(uow, visit.id)
        return TurnResult(view, view.entry(entry_id), slip)


@dataclass(frozen=True)
class _Hit:
    """The kept school in the shape :meth:`LinkingSession.choose_school` takes (a directory hit)."""

    code: str
    name: str
    office: str
    kind: str
    region: str

    def __init__(self, school: F.SchoolChoice) -> None:
        for key in ("code", "name", "office", "kind", "region"):
            object.__setattr__(self, key, getattr(school, key))


def _todo_for(code: str) -> str:
    if code in ("consent_required", "guardian_required"):
        return TODO_CONSENT
    if code == "student_mismatch":
        return TODO_SCHOOL
    return TODO_RETRY


def _nothing_reason(state: F.FlowState) -> str:
    """Why nothing was sent: no record at all, all already linked, or the first reason not eligible."""
    targets = state.targets
    if not state.records:
        return "1365에 봉사실적이 없습니다."
    if not targets:
        return f"보낼 실적 없음: {len(state.linked)}건 모두 이미 연계되었습니다."
    reasons = [m.ko for r in targets for m in r.reasons]
    return "보낼 실적 없음: " + (reasons[0] if reasons else "연계 대상이 아닙니다.") + (
        f" 외 {len(targets) - 1}건" if len(targets) > 1 else "")
