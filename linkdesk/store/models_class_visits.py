"""Class visits (학급 단위 연계): one teacher's class linked student after student, kept so the visit
survives a crash or a closed window and resumes where it stopped.

* ``class_visits``: the school (and grade / class) picked once, who opened the visit, when, and
  whether it is finished.
* ``class_visit_students``: the roster — the teacher's class list (number and name only) plus the
  students who came without a list — each with where they stand: ``waiting`` (not yet come),
  ``done`` (hours sent), ``nothing`` (nothing to send), ``failed`` (the Korean reason and what to
  do), ``skipped``.

No 주민등록번호 is ever here (DOMAIN.md §8): the roster parser refuses RRN-shaped values before
anything is written, and a student's identity is the 1365 ``volunteer_id`` after 실명인증.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from linkdesk.store.coltypes import UtcDateTime, utcnow
from linkdesk.store.base import Base, _in

VISIT_STATUSES = ("open", "finished")
STUDENT_STATUSES = ("waiting", "done", "nothing", "failed", "skipped")


class ClassVisit(Base):
    __tablename__ = "class_visits"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    school_code: Mapped[str] = mapped_column(String(20))
    school_name: Mapped[str] = mapped_column(String(200))
    school_office: Mapped[str] = mapped_column(String(100), default="")
    school_region: Mapped[str] = mapped_column(String(200), default="")
    school_kind: Mapped[str] = mapped_column(String(20), default="")
    grade: Mapped[int | None] = mapped_column(Integer)
    class_no: Mapped[int | None] = mapped_column(Integer)
    staff: Mapped[str] = mapped_column(String(64))
    counter: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default="open")
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        CheckConstraint(_in("status", VISIT_STATUSES), name="status"),
        Index("ix_class_visits_status_started", "status", "started_at"),
    )


class ClassVisitStudent(Base):
    __tablename__ = "class_visit_students"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("class_visits.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)  # the order students are called in
    number: Mapped[int | None] = mapped_column(Integer)  # 번호 in the class
    name: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), default="waiting")
    volunteer_id: Mapped[str | None] = mapped_column(String(64))  # after 실명인증
    hours_sent: Mapped[int] = mapped_column(Integer, default=0)  # hours NEIS will recognise, sent now
    records_sent: Mapped[int] = mapped_column(Integer, default=0)
    records_waiting: Mapped[int] = mapped_column(Integer, default=0)  # queued: the outbox sends them
    reason_code: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(Text)  # Korean, for staff and the teacher's sheet
    todo: Mapped[str | None] = mapped_column(Text)  # what is left to do, in Korean
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint(_in("status", STUDENT_STATUSES), name="status"),
        UniqueConstraint("visit_id", "position"),
        Index("ix_class_visit_students_visit", "visit_id", "position"),
    )
