"""NEIS Open API data kept for the daily cap: the schools' 학사일정 and class timetables
(``linkdesk neis import``). Public data, no personal data. Schools are keyed by office + school code."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from linkdesk.store.base import Base


class ScheduleDayRow(Base):
    """One 학사일정 row (SchoolSchedule): the event of a day and whether it is off, per grade."""

    __tablename__ = "neis_schedule"
    office_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    school_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    event: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="")  # SBTR_DD_SC_NM
    grades: Mapped[str] = mapped_column(String(20), default="")  # "123": the grades it applies to; "" all


class TimetableDayRow(Base):
    """A class's number of periods on a day (the highest PERIO of *Timetable)."""

    __tablename__ = "neis_timetable"
    office_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    school_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    grade: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_name: Mapped[str] = mapped_column(String(20), primary_key=True)
    periods: Mapped[int] = mapped_column(Integer)
    known: Mapped[bool] = mapped_column(Boolean, default=True)
