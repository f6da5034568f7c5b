"""One whole NEIS linking run for one person, without a screen: what ``linkdesk link`` and
``linkdesk demo`` do.

The GUI walks :class:`~linkdesk.services.linking.LinkingSession` page by page; a script gives every
answer up front (:class:`LinkRequest`) and gets one :class:`LinkReport` back. The steps and their
rules are the session's; this module only chains them and says, for every record, what became of
it in this run:

* ``sent`` / ``failed`` / ``queued`` — the send's result (``queued``: the partner could not take it
  now; the outbox sends it later, ``linkdesk outbox flush``);
* ``already_sent`` — it was in 연계완료 실적 before this run (or NEIS already had it);
* ``skipped`` — not selected, or not eligible (its ``reasons`` say why), or a dry run.

The 주민등록번호 is handed to :meth:`LinkingSession.verify` and nowhere else; the session is reset
(token and personal details dropped) whatever happens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from linkdesk.partners.models import Captcha
from linkdesk.services import linking_flow as F
from linkdesk.services.core import Core
from linkdesk.services.linking import LinkingError, LinkingSession

STATUSES = ("sent", "failed", "queued", "skipped", "already_sent")
SELECT_ELIGIBLE = "eligible"  # the screen's default selection: every eligible record not yet linked
SELECT_ALL = "all"  # every record not yet linked; the ineligible ones end up skipped with reasons

CaptchaSolver = Callable[[Captcha], str]
StepListener = Callable[[str, str], None]  # (step key, what happened in Korean)


@dataclass(frozen=True)
class LinkRequest:
    """Everything staff would type or tick on the five pages, given up front."""

    name: str
    school_code: str
    selection: str | frozenset[str] = SELECT_ELIGIBLE  # SELECT_ELIGIBLE, SELECT_ALL or record ids
    dry_run: bool = False
    consent: bool = False  # the person (or guardian) agrees to 정보제공 now, if 1365 has no consent
    guardian: F.Guardian | None = None  # 법정대리인, for a person under 14


@dataclass(frozen=True)
class RecordOutcome:
    row: F.RecordRow  # as evaluated for the selection that was sent
    status: str  # one of STATUSES
    selected: bool
    message: str = ""  # the send's result in Korean (sent / failed / queued)
    code: str = ""


@dataclass(frozen=True)
class LinkReport:
    volunteer_id: str
    name: str
    under_14: bool
    school: F.SchoolChoice
    grade: int | None
    class_no: int | None
    records: tuple[RecordOutcome, ...]
    dry_run: bool
    stale: bool  # 1365 was unreachable: the cached records were used
    periods_known: bool  # the school's timetable was available for the daily cap

    @property
    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for r in self.records:
            counts[r.status] += 1
        return counts


def run_link(core: Core, request: LinkRequest, rrn_text: str, *, solve_captcha: CaptchaSolver | None = None,
             on_step: StepListener | None = None, staff: str | None = None) -> LinkReport:
    """Verify → consent → school → student check → records → selection → send (unless a dry run).

    Raises what the session raises (``PartnerError``, ``RrnError``, :class:`LinkingError`), plus
    :class:`LinkingError` for what only a headless run can lack: a captcha solver, the consent,
    a school code not in the directory, an unknown record id.
    """
    say = on_step or (lambda step, text: None)
    session = LinkingSession(core, staff=staff)
    try:
        _identify(session, request, rrn_text, solve_captcha, say)
        del rrn_text
        _school_and_student(core, session, request.school_code, say)
        _select(session, request.selection)
        state = session.state
        rows, selected = state.records, state.selected
        before = {r.record_id: r.link_status for r in rows}
        results: dict[str, F.SendResult] = {}
        if selected and not request.dry_run:
            say("send", f"선택한 실적 {len(selected)}건을 나이스로 전송합니다.")
            session.send()
            results = {r.record_id: r for r in session.state.results}
        outcomes = tuple(_outcome(row, row.record_id in selected, before[row.record_id], results.get(row.record_id))
                         for row in rows)
        state = session.state
        person, school, student = state.person, state.school, state.student
        assert person is not None and school is not None and student is not None
        info = session.load_info
        return LinkReport(person.volunteer_id, person.name, person.under_14, school, student.grade, student.class_no,
                          outcomes, request.dry_run, info.stale, info.periods_known)
    finally:
        session.reset()


def _identify(session: LinkingSession, request: LinkRequest, rrn_text: str, solve: CaptchaSolver | None,
              say: StepListener) -> None:
    captcha = session.new_captcha()
    answer = ""
    if captcha.required:
        if solve is None:
            raise LinkingError("보안문자 입력이 필요합니다.", "A captcha answer is needed.", code="captcha_required")
        answer = solve(captcha)
    say("identity", "실명인증을 요청합니다.")
    state = session.verify(request.name, rrn_text, answer)
    person = state.person
    assert person is not None
    say("identity", f"실명인증 완료: {person.name} ({person.volunteer_id})" + (" · 만 14세 미만" if person.under_14 else ""))
    if state.consent_at is None:
        if not request.consent:
            raise LinkingError(
                "봉사실적 연계를 위한 정보제공 동의가 없습니다. 본인(만 14세 미만은 법정대리인)의 동의를 받은 뒤 다시 진행하세요.",
                "No consent to share the records yet. Obtain it (from the legal guardian under 14) and try again.",
                code="consent_required",
            )
        if request.dry_run:  # a preview registers nothing, the consent included
            raise LinkingError(
                "미리보기(--dry-run)는 정보제공 동의를 등록하지 않습니다. 동의가 없으면 학생정보확인과 실적 미리보기를 할 수 "
                "없으므로, --dry-run 없이 --consent로 동의를 등록한 뒤 다시 미리보기 하세요.",
                "A dry run registers nothing, not even the consent; without it there is no student check nor preview. "
                "Run once without --dry-run (with --consent) first.",
                code="consent_in_dry_run",
            )
        session.give_consent(request.guardian)
        say("consent", "정보제공 동의를 등록했습니다" + (" (법정대리인)." if request.guardian else "."))
    session.next()


def _school_and_student(core: Core, session: LinkingSession, code: str, say: StepListener) -> None:
    session.prepare_schools()
    school = school_by_code(core, code)
    if school is None:
        offices = offices_of(core, code)
        if len(offices) > 1:
            both = ", ".join(offices)
            raise LinkingError(
                f"학교 코드 {code}인 학교가 여러 교육청에 있습니다({both}). 교육청 코드와 함께 입력하세요 "
                f"(예: {offices[0]}-{code}).",
                f"Schools with code {code} exist under several offices ({both}); give the office code too "
                f"(e.g. {offices[0]}-{code}).", code="school_ambiguous")
        raise LinkingError(f"학교 코드 {code}에 해당하는 학교가 학교 목록에 없습니다.",
                           f"No school with code {code} in the directory.", code="school_not_found")
    session.choose_school(school)
    say("school", f"소속학교: {school.name} ({school.code})")
    session.next()
    student = session.check_student().student
    assert student is not None
    say("student", f"학생정보 확인: {student.grade}학년 {student.class_no}반")
    state = session.load_records()
    note = " · 1365에 연결되지 않아 저장된 실적을 사용합니다" if session.load_info.stale else ""
    say("records", f"봉사실적 {len(state.records)}건 (연계 대상 {len(state.targets)}건, "
                   f"연계완료 {len(state.linked)}건){note}")
    session.next()


def _select(session: LinkingSession, selection: str | Iterable[str]) -> None:
    if selection == SELECT_ELIGIBLE:
        return  # records_loaded already selected every eligible record not yet linked
    if selection == SELECT_ALL:
        session.select_all_eligible()
        return
    wanted = set(selection)
    unknown = sorted(wanted - {r.record_id for r in session.state.records})
    if unknown:
        raise LinkingError(f"이 봉사자의 실적이 아닙니다: {', '.join(unknown)}",
                           f"Not a record of this volunteer: {', '.join(unknown)}", code="record_not_found")
    session.select(wanted)


def _outcome(row: F.RecordRow, selected: bool, before: str | None, result: F.SendResult | None) -> RecordOutcome:
    if before in ("sent", "approved", "rejected"):
        return RecordOutcome(row, "already_sent", selected, row.link_result or "")
    if result is not None:
        return RecordOutcome(row, result.status, selected, result.message, result.code)
    if before == "queued":  # queued by an earlier run, not yet sent: the outbox has it
        return RecordOutcome(row, "queued", selected, "전송 대기 중입니다.", "queued")
    return RecordOutcome(row, "skipped", selected)


def school_by_code(core: Core, code: str):
    """The cached directory's school with this NEIS code, ``7010057`` or office + school
    ``B10-7010057`` (a :class:`SchoolHit`), or None."""
    office, _, school = code.strip().rpartition("-")
    with core.store.unit_of_work(read_only=True) as uow:
        return uow.schools.get(school.strip(), office.strip() or None)


def offices_of(core: Core, code: str) -> list[str]:
    """The office codes of the cached schools with this school code (``B10-`` prefix ignored)."""
    with core.store.unit_of_work(read_only=True) as uow:
        return uow.schools.offices_of(code.strip().rpartition("-")[2].strip())
