"""The sandbox NEIS's own rules for a submitted volunteer record, written from DOMAIN.md §5.

This is a model of the partner, not of LinkDesk: it imports nothing from ``linkdesk`` (a test
enforces it), so a rule bug in LinkDesk's preflight shows up as a disagreement with this model in
the differential test (tests/test_neis_differential.py) instead of passing silently.

NEIS decides one record at a time, when it arrives. What it counts against the record:

* the hours it accepted earlier for the same student, per day, from submissions that are still
  sent or approved (a rejected one, 반려, counts for nothing) and fall in the current school year;
* the blood donations (헌혈, 0503) among those submissions: at most three a school year.

The day's room: 8 hours minus that day's class periods. The periods come from the school: the
student's timetable for the day; else 0 when the 학사일정 marks the day 휴업일/공휴일 for the
student's grade; else the settings — weekend, public holiday (incl. 대체공휴일 and election days,
from the ``holidays`` calendar; 근로자의 날 and 제헌절 by setting unless the school's calendar for
the year is known) → the holiday setting, any other day → the weekday setting. A record that runs
past midnight puts the whole hours of its first part on its first day and the rest on the next day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

OVERSEAS, BLOOD = "1301", "0503"
NOT_VOLUNTEERING = {"donation": "기부(금품) 활동은 봉사활동으로 인정되지 않습니다.",
                    "disciplinary": "징계에 의한 봉사는 인정되지 않습니다.",
                    "club": "동아리 활동 시간은 봉사활동으로 인정되지 않습니다."}
DAYS_OFF_KINDS = ("휴업일", "공휴일")  # SBTR_DD_SC_NM values that mean no classes
SCHOOL_OR_SETTING = {(5, 1): "labour_day_off", (7, 17): "constitution_day_off"}


@dataclass(frozen=True)
class NeisSettings:
    """The numbers NEIS decides with (the scenario's ``partners.neis.rules``)."""

    weekday_hours: int = 2
    holiday_hours: int = 8
    max_daily_total: int = 8
    labour_day_off: bool = False
    constitution_day_off: bool = False

    @classmethod
    def from_dict(cls, raw: dict | None) -> NeisSettings:
        return cls(**(raw or {}))


@dataclass
class StudentSchool:
    """The school's data for one student: timetable periods and 학사일정 rows."""

    periods: dict[date, int] = field(default_factory=dict)
    calendar: list[dict] = field(default_factory=list)  # {"date", "event", "kind", "grades"}
    grade: int | None = None

    def closed(self, day: date) -> bool:
        iso = day.isoformat()
        for row in self.calendar:
            if row["date"] != iso or row["kind"] not in DAYS_OFF_KINDS:
                continue
            if not row.get("grades") or self.grade is None or self.grade in row["grades"]:
                return True
        return False

    def calendar_covers(self, day: date) -> bool:
        start = date(day.year if day.month >= 3 else day.year - 1, 3, 1)
        end = date(start.year + 1, 3, 1)
        return any(start.isoformat() <= row["date"] < end.isoformat() for row in self.calendar)


@dataclass(frozen=True)
class Accepted:
    """What an earlier submission still holds: hours per day, and whether it was a blood donation."""

    per_day: tuple[tuple[date, int], ...]
    blood: bool


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    hours: int
    per_day: tuple[tuple[date, int], ...] = ()
    code: str = ""
    message: str = ""


_HOLIDAY_YEARS: dict[int, set[date]] = {}


def statutory_day_off(day: date) -> bool:
    year = _HOLIDAY_YEARS.get(day.year)
    if year is None:
        import holidays

        year = {d for d in holidays.country_holidays("KR", years=day.year) if (d.month, d.day) not in SCHOOL_OR_SETTING}
        _HOLIDAY_YEARS[day.year] = year
    return day in year


def room_for(day: date, school: StudentSchool, settings: NeisSettings) -> int:
    """Hours of volunteering the day can take in total."""
    if day in school.periods:
        return max(0, settings.max_daily_total - school.periods[day])
    if school.closed(day):
        return settings.max_daily_total
    if day.weekday() in (5, 6) or statutory_day_off(day):
        return settings.holiday_hours
    setting = SCHOOL_OR_SETTING.get((day.month, day.day))
    if setting and not school.calendar_covers(day) and getattr(settings, setting):
        return settings.holiday_hours
    return settings.weekday_hours


def clock_minutes(text: str) -> int:
    hh, mm = text.split(":")
    return int(hh) * 60 + int(mm)


def parts_of(record: dict) -> list[tuple[date, int]]:
    """(day, minutes) for each calendar day the record covers."""
    day = date.fromisoformat(record["date"])
    start, end = clock_minutes(record["start"]), clock_minutes(record["end"])
    if end > start:
        return [(day, end - start)]
    return [(day, 24 * 60 - start), (day + timedelta(days=1), end)]


def school_year(today: date) -> tuple[date, date]:
    first = date(today.year if today.month >= 3 else today.year - 1, 3, 1)
    return first, date(first.year + 1, 3, 1) - timedelta(days=1)


def decide(record: dict, earlier: list[Accepted], today: date, school: StudentSchool,
           settings: NeisSettings) -> Verdict:
    """NEIS's answer to one submitted record, given what it accepted before for the student."""
    first, last = school_year(today)
    day = date.fromisoformat(record["date"])
    if day > today:
        return Verdict(False, 0, code="future_date", message="봉사일이 오늘 이후입니다.")
    if not first <= day <= last:
        return Verdict(False, 0, code="not_current_year", message="이번 학년도 실적만 받을 수 있습니다.")
    if record["category"] == OVERSEAS:
        return Verdict(False, 0, code="overseas", message="해외봉사는 학교생활기록부에 인정되지 않습니다.")
    if record.get("nature", "regular") in NOT_VOLUNTEERING:
        return Verdict(False, 0, code=record["nature"], message=NOT_VOLUNTEERING[record["nature"]])
    parts = parts_of(record)
    total_minutes = sum(m for _, m in parts)
    blood = record["category"] == BLOOD
    whole = 4 if blood else total_minutes // 60
    if whole == 0:
        return Verdict(False, 0, code="under_one_hour", message="1시간 미만 실적은 나이스에 반영되지 않습니다.")
    counted = [a for a in earlier if any(first <= d <= last for d, _ in a.per_day)]
    if blood and sum(a.blood for a in counted) >= 3:
        return Verdict(False, 0, code="blood_limit", message="헌혈은 학년도당 3회까지만 인정됩니다.")
    taken: dict[date, int] = {}
    for a in counted:
        for d, h in a.per_day:
            taken[d] = taken.get(d, 0) + h
    if blood or len(parts) == 1:
        wanted = [(day, whole)]
    else:
        on_first = min(whole, parts[0][1] // 60)
        wanted = [(parts[0][0], on_first), (parts[1][0], whole - on_first)]
    granted = []
    for d, h in wanted:
        room = max(0, room_for(d, school, settings) - taken.get(d, 0))
        granted.append((d, min(h, room)))
    hours = sum(h for _, h in granted)
    if hours == 0:
        return Verdict(False, 0, code="daily_cap", message=f"{day.isoformat()} 하루 인정 한도(수업시간 포함 8시간)를 넘었습니다.")
    return Verdict(True, hours, tuple(granted))
