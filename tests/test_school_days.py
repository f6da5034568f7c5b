"""Days off school, rejected records and records across midnight (DOMAIN.md §5)."""

from __future__ import annotations

from datetime import date

import pytest

from linkdesk.domain import eligibility as E
from linkdesk.domain.public_holidays import public_holiday
from linkdesk.domain.school_days import CapPolicy, ScheduleDay, SchoolDays

TODAY = date(2026, 12, 31)


def rec(key, day, minutes, category="0800", seq=1, sent=False, rejected=False, next_day=0):
    return E.RecordFacts(key, day, seq, minutes, category, already_sent=sent or rejected, rejected=rejected,
                         minutes_next_day=next_day)


def rule_note(verdict) -> str:
    return next(n.ko for n in verdict.notes if n.code == "day_rule")


@pytest.mark.parametrize("day", ["2026-03-02", "2026-05-05", "2026-05-25", "2026-06-03", "2026-08-17",
                                 "2026-09-24", "2026-09-25", "2026-10-05", "2026-10-09", "2026-12-25"])
def test_the_library_knows_every_2026_day_off_of_domain_md(day):
    assert public_holiday(date.fromisoformat(day)) is not None


def test_labour_day_and_constitution_day_are_left_to_the_school_or_the_setting():
    assert public_holiday(date(2026, 5, 1)) is None and public_holiday(date(2026, 7, 17)) is None
    out = E.evaluate([rec("m", date(2026, 5, 1), 360)], TODAY)
    assert out["m"].recognized_hours == 2 and "근로자의 날" in rule_note(out["m"])
    out = E.evaluate([rec("m", date(2026, 5, 1), 360)], TODAY, policy=CapPolicy(labour_day_off=True))
    assert out["m"].recognized_hours == 6
    # The school's 학사일정 for the year is known and does not close: a school day whatever the setting.
    known = SchoolDays(schedule={date(2026, 4, 1): (ScheduleDay("개교기념일", True),)}, schedule_years=frozenset({2026}))
    out = E.evaluate([rec("m", date(2026, 5, 1), 360)], TODAY, policy=CapPolicy(labour_day_off=True), days=known)
    assert out["m"].recognized_hours == 2


def test_hangul_day_allows_eight_hours_and_says_why():
    out = E.evaluate([rec("h", date(2026, 10, 9), 360)], TODAY)
    assert out["h"].eligible and out["h"].recognized_hours == 6
    assert [n.ko for n in out["h"].notes] == ["2026-10-09 한글날(공휴일) — 최대 8시간"]
    out = E.evaluate([rec("t", date(2026, 10, 8), 360)], TODAY)
    assert out["t"].recognized_hours == 2
    assert rule_note(out["t"]) == "2026-10-08 목요일, 시간표 없음 — 평일 기본 2시간 (설정)"
    assert [n.code for n in out["t"].notes] == ["day_rule", "daily_cap"]  # the capped record says both


def test_school_calendar_per_grade_and_timetable_win():
    vacation = {date(2026, 7, 29): (ScheduleDay("여름방학", True),),
                date(2026, 4, 20): (ScheduleDay("1학년 수련회", True, frozenset({1})),),
                date(2026, 4, 21): (ScheduleDay("학부모 상담", False),)}
    first = SchoolDays(schedule=vacation, grade=1)
    second = SchoolDays(schedule=vacation, grade=2)
    records = [rec("v", date(2026, 7, 29), 420), rec("g", date(2026, 4, 20), 420, seq=2),
               rec("n", date(2026, 4, 21), 420, seq=3)]
    out = E.evaluate(records, TODAY, days=first)
    assert out["v"].recognized_hours == 7 and "여름방학(학사일정)" in out["v"].notes[0].ko
    assert out["g"].recognized_hours == 7
    assert out["n"].recognized_hours == 2  # an event that is not a day off changes nothing
    assert E.evaluate(records, TODAY, days=second)["g"].recognized_hours == 2
    # The timetable says 4 periods on a public holiday (a school day): it wins over the library.
    out = E.evaluate([rec("h", date(2026, 10, 9), 420)], TODAY, days=SchoolDays(periods={date(2026, 10, 9): 4}))
    assert out["h"].recognized_hours == 4 and "시간표 4교시" in out["h"].notes[0].ko


def test_rejected_records_free_the_cap_and_the_blood_donations():
    sat = date(2026, 4, 18)
    out = E.evaluate([rec("r", sat, 480, rejected=True), rec("n", sat, 480, seq=2)], TODAY)
    assert out["n"].recognized_hours == 8 and out["r"].recognized_hours == 0
    assert out["r"].reason_codes == ["already_sent"]  # never sent again, still in 연계완료 실적
    out = E.evaluate([rec("s", sat, 480, sent=True), rec("n", sat, 480, seq=2)], TODAY)
    assert out["n"].reason_codes == ["daily_cap"]
    days = [date(2026, 3, d) for d in (7, 14, 21, 28)]
    blood = [rec(f"b{i}", d, 60, "0503", rejected=i == 0, sent=i > 0) for i, d in enumerate(days[:3])]
    out = E.evaluate(blood + [rec("n", days[3], 60, "0503")], TODAY)
    assert out["n"].eligible and out["n"].recognized_hours == 4


def test_a_record_across_midnight_counts_on_each_day():
    fri, sat = date(2026, 4, 17), date(2026, 4, 18)
    # 22:00~02:00 on a Friday: 2 h on Friday (weekday default 2 h), 2 h on Saturday.
    out = E.evaluate([rec("m", fri, 240, next_day=120)], TODAY)
    assert out["m"].recognized_hours == 4
    assert "자정을 넘긴 실적: 4/17 2시간 + 4/18 2시간" in [n.ko for n in out["m"].notes]
    # Saturday's part uses Saturday's cap: Friday's record (first in date order) leaves 6 h.
    out = E.evaluate([rec("s", sat, 420, seq=1), rec("m", fri, 240, next_day=120, seq=2)], TODAY)
    assert out["m"].recognized_hours == 4 and out["s"].recognized_hours == 6
    # Friday's part alone is capped by Friday's weekday default.
    out = E.evaluate([rec("m", fri, 360, next_day=60)], TODAY)
    assert out["m"].recognized_hours == 3  # 5 h on Friday → 2, 1 h on Saturday


def test_a_certificate_row_says_an_activity_ended_the_next_day():
    from types import SimpleNamespace

    from linkdesk.services.certificate_content import activity_rows

    night = SimpleNamespace(date=date(2026, 4, 17), seq=1, id="R1", source="1365", source_id="R1", organization="센터",
                            activity="야간 순찰", start="22:00", end="02:00", minutes=240)
    assert activity_rows([night])[0].time == "22:00~02:00(익일)"
