"""The NEIS linking flow as data and pure functions (no I/O, no Qt).

The 1365 screen says: 주민번호입력(실명인증) ➤ 소속학교 선택 ➤ 학생정보확인 ➤ 실적선택 ➤ 실적전송.
:class:`FlowState` is an immutable snapshot of that flow; every event returns a new snapshot and
:class:`Flow` keeps the history so Back restores the exact earlier state. The GUI's pages and the
CLI only show and edit it; the I/O lives in :mod:`linkdesk.services.linking`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from functools import cached_property

from linkdesk.domain.messages import Message


class Step(str, Enum):
    IDENTITY = "identity"  # 본인 확인: 주민등록번호, 보안문자, 실명인증, 동의
    SCHOOL = "school"  # 내 소속학교
    STUDENT = "student"  # 학생정보 확인
    SELECT = "select"  # 실적선택
    SEND = "send"  # 실적전송 and its results


STEPS = list(Step)


class FlowError(RuntimeError):
    """A programming error: an event that the current step does not allow."""


@dataclass(frozen=True)
class Person:
    """The verified person. The token stands for them in partner calls; the RRN is already gone."""

    volunteer_id: str
    name: str
    birth_date: date
    under_14: bool
    token: str = field(repr=False)
    token_expires_at: datetime | None = None


@dataclass(frozen=True)
class Guardian:
    """법정대리인, for a person under 14 (개인정보 보호법 제22조의2)."""

    name: str
    relationship: str
    identity_checked: bool


@dataclass(frozen=True)
class SchoolChoice:
    code: str
    name: str
    office: str = ""
    kind: str = ""
    region: str = ""
    office_code: str = ""  # NEIS identifies a school by office + school code


@dataclass(frozen=True)
class StudentCheck:
    student_ref: str = field(repr=False)
    grade: int | None
    class_no: int | None
    number: int | None = None


@dataclass(frozen=True)
class RecordRow:
    """One line of 실적선택: the record, what NEIS will recognise, and its link state."""

    record_id: str
    source: str
    source_id: str
    day: date
    seq: int
    organization: str
    category: str
    activity: str
    start: str
    end: str
    minutes: int
    recognized_hours: int
    eligible: bool
    reasons: tuple[Message, ...] = ()
    notes: tuple[Message, ...] = ()
    link_status: str | None = None  # None | queued | sent | approved | rejected | failed | ambiguous
    sent_at: datetime | None = None
    link_result: str | None = None

    @property
    def linked(self) -> bool:
        """Shown in 연계완료 실적 (already with NEIS) rather than 연계 대상."""
        return self.link_status in ("sent", "approved", "rejected")

    @property
    def time_range(self) -> str:
        return f"{self.start}~{self.end}"


@dataclass(frozen=True)
class SendResult:
    record_id: str
    status: str  # sent | failed | queued | already_sent | skipped
    message: str = ""
    code: str = ""
    at: datetime | None = None

    @property
    def retryable(self) -> bool:
        """재전송 applies to refusals (after the cause is fixed) and to sends still waiting."""
        return self.status in ("failed", "queued")


@dataclass(frozen=True)
class FlowState:
    step: Step = Step.IDENTITY
    person: Person | None = None
    consent_at: datetime | None = None
    school: SchoolChoice | None = None
    student: StudentCheck | None = None
    records: tuple[RecordRow, ...] = ()
    selected: frozenset[str] = frozenset()
    results: tuple[SendResult, ...] = ()

    # -- what the current page may do -------------------------------------------------------------
    @property
    def can_advance(self) -> bool:
        if self.step is Step.IDENTITY:
            return self.person is not None and self.consent_at is not None
        if self.step is Step.SCHOOL:
            return self.school is not None
        if self.step is Step.STUDENT:
            return self.student is not None
        if self.step is Step.SELECT:
            return bool(self.selected)
        return False

    @cached_property  # a state never changes; 10,000 rows are split once, not at every look
    def targets(self) -> tuple[RecordRow, ...]:
        """연계 대상: records not yet with NEIS."""
        return tuple(r for r in self.records if not r.linked)

    @cached_property
    def linked(self) -> tuple[RecordRow, ...]:
        """연계완료 실적."""
        return tuple(r for r in self.records if r.linked)

    @property
    def selected_rows(self) -> tuple[RecordRow, ...]:
        return tuple(r for r in self.records if r.record_id in self.selected)

    @property
    def selected_minutes(self) -> int:
        return sum(r.minutes for r in self.selected_rows)

    @property
    def selected_hours(self) -> int:
        return sum(r.recognized_hours for r in self.selected_rows)

    @property
    def failed(self) -> tuple[SendResult, ...]:
        return tuple(r for r in self.results if r.retryable)


def _require(state: FlowState, step: Step) -> None:
    if state.step is not step:
        raise FlowError(f"not allowed on step {state.step.value} (needs {step.value})")


# -- events -----------------------------------------------------------------------------------------
def verified(state: FlowState, person: Person, consent_at: datetime | None) -> FlowState:
    _require(state, Step.IDENTITY)
    return replace(state, person=person, consent_at=consent_at)


def consented(state: FlowState, at: datetime) -> FlowState:
    _require(state, Step.IDENTITY)
    if state.person is None:
        raise FlowError("consent before 실명인증")
    return replace(state, consent_at=at)


def school_chosen(state: FlowState, school: SchoolChoice) -> FlowState:
    """A new school invalidates the student check and everything after it."""
    _require(state, Step.SCHOOL)
    if state.school == school:
        return state
    return replace(state, school=school, student=None, records=(), selected=frozenset(), results=())


def student_checked(state: FlowState, check: StudentCheck) -> FlowState:
    _require(state, Step.STUDENT)
    return replace(state, student=check)


def records_loaded(state: FlowState, rows: tuple[RecordRow, ...], keep_selection: bool = False) -> FlowState:
    """New rows; the selection defaults to every eligible record not yet linked."""
    if state.step not in (Step.STUDENT, Step.SELECT, Step.SEND):
        raise FlowError("records before 학생정보확인")
    ids = {r.record_id for r in rows if r.eligible and not r.linked}
    selected = (state.selected & ids) if keep_selection else frozenset(ids)
    return replace(state, records=tuple(rows), selected=frozenset(selected))


def select(state: FlowState, record_ids: set[str] | frozenset[str]) -> FlowState:
    """Only eligible, unlinked records can be selected; anything else is ignored."""
    _require(state, Step.SELECT)
    allowed = {r.record_id for r in state.records if r.eligible and not r.linked}
    return replace(state, selected=frozenset(set(record_ids) & allowed))


def reevaluated(state: FlowState, rows: tuple[RecordRow, ...], wanted: set[str] | frozenset[str]) -> FlowState:
    """Rows re-evaluated for the selection ``wanted`` (the daily cap depends on it): what stays
    selected is what is still eligible."""
    _require(state, Step.SELECT)
    allowed = {r.record_id for r in rows if r.eligible and not r.linked}
    return replace(state, records=tuple(rows), selected=frozenset(set(wanted) & allowed))


def select_all_eligible(state: FlowState) -> FlowState:
    return select(state, {r.record_id for r in state.records})


def select_none(state: FlowState) -> FlowState:
    return select(state, set())


def sent(state: FlowState, results: tuple[SendResult, ...]) -> FlowState:
    """Results merge by record: a 재전송 replaces the earlier result of the same record."""
    if state.step not in (Step.SELECT, Step.SEND):
        raise FlowError("send outside 실적선택")
    merged = {r.record_id: r for r in state.results}
    merged.update({r.record_id: r for r in results})
    return replace(state, step=Step.SEND, results=tuple(merged.values()))


def advance(state: FlowState) -> FlowState:
    if not state.can_advance:
        raise FlowError(f"step {state.step.value} is not complete")
    return replace(state, step=STEPS[STEPS.index(state.step) + 1])


class Flow:
    """The current state plus the history that Back walks."""

    def __init__(self) -> None:
        self.state = FlowState()
        self._history: list[FlowState] = []

    def apply(self, new: FlowState) -> FlowState:
        """Record an event on the current step (not a step change)."""
        self.state = new
        return new

    def next(self) -> FlowState:
        self._history.append(self.state)
        self.state = advance(self.state)
        return self.state

    def back(self) -> FlowState:
        """The exact state the previous step had when Next was pressed. Not after sending."""
        if not self._history or self.state.step is Step.SEND:
            raise FlowError("nothing to go back to")
        self.state = self._history.pop()
        return self.state

    @property
    def can_go_back(self) -> bool:
        return bool(self._history) and self.state.step is not Step.SEND

    def reset(self) -> None:
        """Cancel or finish: drop every personal detail (the token included)."""
        self.state = FlowState()
        self._history.clear()
