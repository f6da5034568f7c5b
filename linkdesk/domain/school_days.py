"""How many volunteer hours a day leaves room for: the daily cap and the rule behind it (DOMAIN.md §5).

Class periods + volunteer hours ≤ 8. Which number of periods applies, first match wins:

1. the student's timetable (시간표) lists the day: its periods (the school wins over everything);
2. the school's 학사일정 says the day is off for the student's grade (``SBTR_DD_SC_NM`` 휴업일 or
   공휴일: 방학, 재량휴업일, 개교기념일 …): 0 periods;
3. Saturday or Sunday: the holiday setting (default 8 h);
4. a statutory holiday, 대체공휴일 or election day (``holidays`` library): the holiday setting;
5. 근로자의 날 / 제헌절: a school day when the school's 학사일정 for that year is known and does not
   list it as off; otherwise the setting (default: school day);
6. any other weekday: the weekday setting (default 2 h, as if 6교시).

Each answer carries its reason in words staff can check: "2026-10-09 한글날(공휴일) — 최대 8시간".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from linkdesk.domain.messages import Message
from linkdesk.domain.public_holidays import CONSTITUTION_DAY, LABOUR_DAY, public_holiday, setting_day
from linkdesk.domain.schoolyear import school_year_of

WEEKDAYS_KO = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class ScheduleDay:
    """One day of a school's 학사일정 as the cap needs it."""

    event: str  # EVENT_NM, e.g. 여름방학, 재량휴업일
    off: bool  # SBTR_DD_SC_NM 휴업일 / 공휴일
    grades: frozenset[int] | None = None  # None: every grade


@dataclass(frozen=True)
class SchoolDays:
    """What is known of one student's school days: timetable periods and the school's 학사일정."""

    periods: Mapping[date, int] = field(default_factory=dict)  # the student's grade and class
    schedule: Mapping[date, tuple[ScheduleDay, ...]] = field(default_factory=dict)
    schedule_years: frozenset[int] = frozenset()  # school years whose 학사일정 is known
    grade: int | None = None

    def off_event(self, day: date) -> str | None:
        """The 학사일정 event that makes ``day`` a day off for this student's grade, if any."""
        for entry in self.schedule.get(day, ()):
            if entry.off and (entry.grades is None or self.grade is None or self.grade in entry.grades):
                return entry.event
        return None


@dataclass(frozen=True)
class DayRule:
    cap: int  # volunteer hours the day allows in total
    note: Message  # which rule gave it


@dataclass(frozen=True)
class CapPolicy:
    """Daily-cap settings where the school's data is silent ([rules], DOMAIN.md §5)."""

    max_daily_total: int = 8
    weekday_hours: int = 2
    holiday_hours: int = 8
    labour_day_off: bool = False  # 근로자의 날 (5/1) closes schools
    constitution_day_off: bool = False  # 제헌절 (7/17) closes schools

    def cap_for(self, day: date, periods: int | None) -> int:
        """The cap from a known number of periods, else the weekday/weekend setting (no calendar)."""
        return self.rule(day, SchoolDays(periods={day: periods} if periods is not None else {})).cap

    def rule(self, day: date, known: SchoolDays) -> DayRule:
        stamp = day.isoformat()
        periods = known.periods.get(day)
        if periods is not None:
            cap = max(0, self.max_daily_total - periods)
            if periods == 0:
                return _rule(cap, f"{stamp} 시간표상 수업 없음", f"{stamp} no classes in the timetable")
            return _rule(cap, f"{stamp} 시간표 {periods}교시", f"{stamp} timetable: {periods} periods")
        event = known.off_event(day)
        if event is not None:
            return _rule(self.max_daily_total, f"{stamp} {event}(학사일정)", f"{stamp} {event} (school calendar)")
        if day.weekday() >= 5:
            wd = day.weekday()
            return _rule(self.holiday_hours, f"{stamp} {WEEKDAYS_KO[wd]}", f"{stamp} {WEEKDAYS_EN[wd]}")
        holiday = public_holiday(day)
        if holiday is not None:
            return _rule(self.holiday_hours, f"{stamp} {holiday}(공휴일)", f"{stamp} {holiday} (public holiday)")
        special = setting_day(day)
        if special is not None:
            if school_year_of(day) in known.schedule_years:
                return _weekday(self.weekday_hours, day, f"{special}, 학사일정상 수업일", f"{special}, a school day")
            off = self.labour_day_off if special == LABOUR_DAY else self.constitution_day_off
            assert special in (LABOUR_DAY, CONSTITUTION_DAY)
            if off:
                return _rule(self.holiday_hours, f"{stamp} {special}(휴업, 설정)", f"{stamp} {special} (off, setting)")
            return _weekday(self.weekday_hours, day, f"{special}, 시간표 없음", f"{special}, no timetable", setting=True)
        return _weekday(self.weekday_hours, day, "시간표 없음", "no timetable", setting=True)


def _rule(cap: int, ko: str, en: str) -> DayRule:
    return DayRule(cap, Message("day_rule", f"{ko} — 최대 {cap}시간", f"{en} — at most {cap} h"))


def _weekday(cap: int, day: date, ko: str, en: str, setting: bool = False) -> DayRule:
    wd = day.weekday()
    tail_ko, tail_en = (" (설정)", " (setting)") if setting else ("", "")
    return DayRule(cap, Message(
        "day_rule",
        f"{day.isoformat()} {WEEKDAYS_KO[wd]}, {ko} — 평일 기본 {cap}시간{tail_ko}",
        f"{day.isoformat()} {WEEKDAYS_EN[wd]}, {en} — weekday default {cap} h{tail_en}",
    ))
