"""Class visits kept in the database: open, resume, roster changes, finish (학급 단위 연계).

Plain functions over :class:`~linkdesk.services.core.Core`, each one unit of work with its
access-log entry: the roster holds names (personal data), so reading a visit is a 조회 and loading
a class list an 입력. The linking itself is :mod:`linkdesk.services.class_visit`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from linkdesk.errors import KnownError
from linkdesk.services.audit import record_access
from linkdesk.services.class_roster import RosterRow
from linkdesk.services.core import Core
from linkdesk.services.linking_flow import SchoolChoice
from linkdesk.store.models_class_visits import ClassVisit, ClassVisitStudent

OPEN_AGAIN = ("waiting", "failed", "skipped", "nothing")  # a student in these can still come (again)


class VisitError(KnownError):
    """A class-visit action that cannot be done, worded for staff."""


@dataclass(frozen=True)
class RosterEntry:
    id: int
    position: int
    number: int | None
    name: str
    status: str  # waiting | done | nothing | failed | skipped
    volunteer_id: str | None = None
    hours_sent: int = 0
    records_sent: int = 0
    records_waiting: int = 0
    reason_code: str | None = None
    reason: str | None = None
    todo: str | None = None


@dataclass(frozen=True)
class VisitView:
    id: int
    school: SchoolChoice
    grade: int | None
    class_no: int | None
    staff: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    entries: tuple[RosterEntry, ...]

    @property
    def class_label(self) -> str:
        parts = [self.school.name]
        if self.grade:
            parts.append(f"{self.grade}학년")
        if self.class_no:
            parts.append(f"{self.class_no}반")
        return " ".join(parts)

    @property
    def next_waiting(self) -> RosterEntry | None:
        return next((e for e in self.entries if e.status == "waiting"), None)

    def entry(self, entry_id: int) -> RosterEntry:
        return next(e for e in self.entries if e.id == entry_id)

    def counts(self) -> dict[str, int]:
        counts = {s: 0 for s in ("waiting", "done", "nothing", "failed", "skipped")}
        for e in self.entries:
            counts[e.status] += 1
        return counts

    @property
    def hours_sent(self) -> int:
        return sum(e.hours_sent for e in self.entries)


def _entry(row: ClassVisitStudent) -> RosterEntry:
    return RosterEntry(row.id, row.position, row.number, row.name, row.status, row.volunteer_id, row.hours_sent,
                       row.records_sent, row.records_waiting, row.reason_code, row.reason, row.todo)


def _view(visit: ClassVisit, students: Iterable[ClassVisitStudent]) -> VisitView:
    school = SchoolChoice(visit.school_code, visit.school_name, visit.school_office, visit.school_kind,
                          visit.school_region)
    return VisitView(visit.id, school, visit.grade, visit.class_no, visit.staff, visit.started_at, visit.finished_at,
                     tuple(_entry(s) for s in sorted(students, key=lambda s: s.position)))


def load_in(uow, visit_id: int) -> VisitView:
    """The visit and its roster, read in the caller's unit of work."""
    visit = uow.session.get(ClassVisit, visit_id)
    if visit is None:
        raise VisitError("학급 연계 기록을 찾을 수 없습니다.", "The class visit was not found.", code="visit_not_found")
    students = uow.session.scalars(select(ClassVisitStudent).where(ClassVisitStudent.visit_id == visit_id)).all()
    return _view(visit, students)


def audit_in(core: Core, uow, action: str, target: str, *, volunteer_id: str | None = None,
             reason: str | None = None, detail: str | None = None) -> None:
    """One access-log entry in the caller's unit of work, by the staff member at the counter."""
    record_access(uow, core.actor, action, target, at=core.clock.now(), volunteer_id=volunteer_id,
                  reason=reason, detail=detail)


def _add_rows(uow, visit_id: int, rows: Iterable[RosterRow], now: dt.datetime) -> int:
    last = uow.session.scalar(select(func.max(ClassVisitStudent.position))
                              .where(ClassVisitStudent.visit_id == visit_id)) or 0
    taken = set(uow.session.scalars(select(ClassVisitStudent.number).where(ClassVisitStudent.visit_id == visit_id)))
    added = 0
    for row in rows:
        if row.number in taken:
            continue
        last += 1
        added += 1
        uow.session.add(ClassVisitStudent(visit_id=visit_id, position=last, number=row.number, name=row.name,
                                          status="waiting", hours_sent=0, records_sent=0, records_waiting=0,
                                          updated_at=now))
    return added


def start_visit(core: Core, school: SchoolChoice, grade: int | None, class_no: int | None,
                rows: Iterable[RosterRow] = ()) -> VisitView:
    """A new visit for this school (and class), with the class list if there is one."""
    now = core.clock.now()
    rows = list(rows)
    with core.store.unit_of_work() as uow:
        visit = ClassVisit(school_code=school.code, school_name=school.name, school_office=school.office,
                           school_region=school.region, school_kind=school.kind, grade=grade, class_no=class_no,
                           staff=core.actor.staff, counter=core.counter, status="open", started_at=now)
        uow.session.add(visit)
        uow.flush()
        added = _add_rows(uow, visit.id, rows, now)
        audit_in(core, uow, "entry", f"학급 연계 시작 {school.name} ({school.code})",
               detail=f"visit={visit.id} 명단 {added}명")
        uow.flush()
        return load_in(uow, visit.id)


def add_roster(core: Core, visit_id: int, rows: Iterable[RosterRow]) -> VisitView:
    """Add class-list rows to an open visit (numbers already there are kept as they are)."""
    with core.store.unit_of_work() as uow:
        added = _add_rows(uow, visit_id, rows, core.clock.now())
        audit_in(core, uow, "entry", "학급 명단 입력", detail=f"visit={visit_id} {added}명")
        uow.flush()
        return load_in(uow, visit_id)


def open_visits(core: Core) -> list[tuple[int, str, dt.datetime, int, int]]:
    """Unfinished visits, newest first: (id, school name, started at, students, still waiting).
    No names: what the resume prompt shows before staff choose one."""
    with core.store.unit_of_work(read_only=True) as uow:
        visits = uow.session.scalars(select(ClassVisit).where(ClassVisit.status == "open")
                                     .order_by(ClassVisit.started_at.desc(), ClassVisit.id.desc())).all()
        out = []
        for v in visits:
            statuses = list(uow.session.scalars(select(ClassVisitStudent.status)
                                                .where(ClassVisitStudent.visit_id == v.id)))
            label = " ".join([v.school_name] + ([f"{v.grade}학년"] if v.grade else [])
                             + ([f"{v.class_no}반"] if v.class_no else []))
            out.append((v.id, label, v.started_at, len(statuses), statuses.count("waiting")))
        return out


def load_visit(core: Core, visit_id: int, *, audit: bool = True) -> VisitView:
    """The visit and its roster (a 조회 of the names when ``audit``)."""
    with core.store.unit_of_work(read_only=not audit) as uow:
        view = load_in(uow, visit_id)
        if audit:
            audit_in(core, uow, "view", f"학급 연계 명단 {view.class_label}", detail=f"visit={visit_id}")
        return view


def set_skipped(core: Core, visit_id: int, entry_id: int, skipped: bool = True) -> VisitView:
    """건너뛰기 (the student is absent or will come another day), or back to 'not yet come'."""
    with core.store.unit_of_work() as uow:
        row = uow.session.get(ClassVisitStudent, entry_id)
        if row is None or row.visit_id != visit_id:
            raise VisitError("명단에 없는 학생입니다.", "Not on this roster.", code="entry_not_found")
        if skipped and row.status == "waiting":
            row.status, row.reason_code, row.reason, row.todo = "skipped", "skipped", "건너뜀", "다음에 방문하여 연계"
        elif not skipped and row.status == "skipped":
            row.status, row.reason_code, row.reason, row.todo = "waiting", None, None, None
        row.updated_at = core.clock.now()
        audit_in(core, uow, "change", "학급 연계 명단 " + ("건너뛰기" if skipped else "건너뛰기 취소"),
               volunteer_id=row.volunteer_id, detail=f"visit={visit_id} entry={entry_id}")
        uow.flush()
        return load_in(uow, visit_id)


def finish_visit(core: Core, visit_id: int) -> VisitView:
    with core.store.unit_of_work() as uow:
        visit = uow.session.get(ClassVisit, visit_id)
        if visit is None:
            raise VisitError("학급 연계 기록을 찾을 수 없습니다.", "The class visit was not found.", code="visit_not_found")
        visit.status, visit.finished_at = "finished", core.clock.now()
        audit_in(core, uow, "change", f"학급 연계 마침 {visit.school_name}", detail=f"visit={visit_id}")
        uow.flush()
        return load_in(uow, visit_id)


def save_outcome(uow, visit_id: int, entry_id: int | None, *, name: str, number: int | None, volunteer_id: str,
                 status: str, hours: int, sent: int, waiting: int, reason_code: str | None, reason: str | None,
                 todo: str | None, now: dt.datetime) -> int:
    """Write one student's outcome (a new roster row for a student not on the list); returns its id."""
    row = uow.session.get(ClassVisitStudent, entry_id) if entry_id is not None else None
    if row is None or row.visit_id != visit_id:
        last = uow.session.scalar(select(func.max(ClassVisitStudent.position))
                                  .where(ClassVisitStudent.visit_id == visit_id)) or 0
        row = ClassVisitStudent(visit_id=visit_id, position=last + 1, number=number, name=name)
        uow.session.add(row)
    row.status, row.volunteer_id = status, volunteer_id
    if row.number is None:
        row.number = number
    row.hours_sent = (row.hours_sent or 0) + hours if status in ("done", "failed") else (row.hours_sent or 0)
    row.records_sent = (row.records_sent or 0) + sent
    row.records_waiting = waiting
    row.reason_code, row.reason, row.todo, row.updated_at = reason_code, reason, todo, now
    uow.flush()
    return row.id
