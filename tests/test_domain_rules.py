"""Hours arithmetic, school year, 초성 search and the NEIS eligibility rules (DOMAIN.md §5–§6)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkdesk.domain import eligibility as E
from linkdesk.domain.hours import TimeRangeError, format_minutes_ko, parse_range, range_minutes, recognized_hours
from linkdesk.domain.korean import choseong, match_rank, matches
from linkdesk.domain.schoolyear import in_current_school_year, school_year_bounds, school_year_of

TODAY = date(2026, 5, 15)


def test_seed_time_ranges():
    assert range_minutes("15:30~16:30") == 60
    assert range_minutes("12:30~14:00") == 90
    assert range_minutes("12:00~16:00") == 240
    assert range_minutes("22:00~02:00") == 240  # across midnight
    assert str(parse_range("9:00 ~ 12:30")) == "09:00~12:30"
    for bad in ("15:30~15:30", "25:00~26:00", "15:60~16:00", "1530~1630", ""):
        with pytest.raises(TimeRangeError):
            parse_range(bad)


@given(st.integers(0, 24 * 60 - 1), st.integers(1, 24 * 60 - 1))
def test_minutes_are_integers_and_round_trip(start, length):
    end = (start + length) % (24 * 60)
    text = f"{start // 60:02d}:{start % 60:02d}~{end // 60:02d}:{end % 60:02d}"
    m = range_minutes(text)
    assert isinstance(m, int) and m == length
    assert recognized_hours(m) == length // 60


def test_format_minutes():
    assert format_minutes_ko(90) == "1시간 30분"
    assert format_minutes_ko(120) == "2시간"
    assert format_minutes_ko(45) == "45분"


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_school_year_contains_the_day(day):
    first, last = school_year_bounds(school_year_of(day))
    assert first <= day <= last
    assert first.month == 3 and first.day == 1
    assert last.month == 2 and (last + timedelta(days=1)) == date(first.year + 1, 3, 1)


def test_school_year_edges():
    assert in_current_school_year(date(2026, 3, 1), TODAY)
    assert not in_current_school_year(date(2026, 2, 28), TODAY)
    assert in_current_school_year(date(2028, 2, 29), date(2027, 3, 1))  # leap year end


def test_choseong_search():
    assert choseong("보문중학교") == "ㅂㅁㅈㅎㄱ"
    for q in ("ㅂㅁㅈ", "보문", "문중", "보ㅁ중", "보문 중", "ㅂ문ㅈ"):
        assert matches(q, "보문중학교"), q
    assert not matches("ㅂㅁㄱ", "보문중학교")
    assert match_rank("ㅂㅁㅈ", "보문중학교") == 1
    assert match_rank("보문중학교", "보문중학교") == 0
    assert match_rank("ㅁㅈ", "보문중학교") == 2
    assert match_rank("x", "보문중학교") is None


def rec(key, day, minutes=120, category="0800", seq=1, nature="regular", sent=False):
    return E.RecordFacts(key, day, seq, minutes, category, nature, sent)


SAT = date(2026, 5, 9)
WED = date(2026, 4, 22)


def test_each_rule_gives_its_reason():
    out = E.evaluate(
        [
            rec("ok", SAT, 150),
            rec("short", SAT, 45, seq=2),
            rec("old", date(2026, 2, 20)),
            rec("future", date(2026, 6, 1)),
            rec("overseas", SAT, 240, "1301", seq=3),
            rec("club", SAT, 120, nature="club", seq=4),
            rec("donation", SAT, 120, nature="donation", seq=5),
            rec("sent", date(2026, 4, 4), sent=True),
        ],
        TODAY,
    )
    assert out["ok"].eligible and out["ok"].recognized_hours == 2
    assert [n.code for n in out["ok"].notes] == ["truncated", "day_rule"]
    assert "150분 → 2시간 인정" in out["ok"].notes[0].ko
    assert out["short"].reason_codes == ["under_one_hour"]
    assert out["old"].reason_codes == ["not_current_year"]
    assert out["future"].reason_codes == ["future_date"]
    assert out["overseas"].reason_codes == ["overseas"]
    assert out["club"].reason_codes == ["club"]
    assert out["donation"].reason_codes == ["donation"]
    assert out["sent"].reason_codes == ["already_sent"] and not out["sent"].eligible


def test_daily_cap_from_periods_and_defaults():
    periods = {WED: 7}
    out = E.evaluate([rec("a", WED, 240), rec("b", WED, 60, seq=2)], TODAY, periods.get)
    assert out["a"].recognized_hours == 1 and out["a"].eligible  # 7교시 → 1 h
    assert out["b"].reason_codes == ["daily_cap"]
    # Unknown weekday: the default 2 h; weekend 8 h.
    out = E.evaluate([rec("w", date(2026, 4, 23), 300), rec("s", SAT, 600)], TODAY)
    assert out["w"].recognized_hours == 2
    assert out["s"].recognized_hours == 8
    # A holiday known from the timetable (0 periods) → 8 h.
    out = E.evaluate([rec("h", date(2026, 5, 5), 600)], TODAY, {date(2026, 5, 5): 0}.get)
    assert out["h"].recognized_hours == 8


def test_already_sent_hours_count_against_the_cap_and_selection_order():
    out = E.evaluate([rec("sent", SAT, 420, sent=True), rec("new", SAT, 180, seq=2)], TODAY)
    assert out["new"].recognized_hours == 1
    out = E.evaluate(
        [rec("x", WED, 120), rec("y", WED, 120, seq=2)], TODAY, selected={"y"}
    )
    assert out["y"].recognized_hours == 2 and out["x"].reason_codes == ["daily_cap"]


def test_a_sent_record_shows_the_hours_it_was_sent_with():
    out = E.evaluate([rec("sent", WED, 240, sent=True), rec("later", WED, 60, seq=2)], TODAY, {WED: 6}.get)
    assert out["sent"].recognized_hours == 2  # 6교시: 2 of the 4 hours were sent
    assert out["later"].reason_codes == ["daily_cap"]


def test_blood_donation_four_hours_at_most_three_a_year():
    days = [date(2026, 3, 7), date(2026, 3, 14), date(2026, 3, 21), date(2026, 3, 28)]
    out = E.evaluate([rec(f"b{i}", d, 40, "0503") for i, d in enumerate(days)], TODAY)
    assert [out[f"b{i}"].recognized_hours for i in range(3)] == [4, 4, 4]
    assert out["b3"].reason_codes == ["blood_limit"]
    out = E.evaluate(
        [rec("s1", days[0], 60, "0503", sent=True), rec("s2", days[1], 60, "0503", sent=True),
         rec("s3", days[2], 60, "0503", sent=True), rec("n", days[3], 60, "0503")],
        TODAY,
    )
    assert out["n"].reason_codes == ["blood_limit"]


@given(
    st.lists(
        st.tuples(st.integers(0, 120), st.integers(0, 600), st.sampled_from(["0800", "0503", "1301", "0100"]), st.booleans()),
        max_size=25,
    ),
    st.dictionaries(st.integers(0, 120), st.integers(0, 8), max_size=10),
)
def test_invariants(rows, periods_by_offset):
    base = date(2026, 3, 1)
    periods = {base + timedelta(days=k): v for k, v in periods_by_offset.items()}
    records = [rec(f"r{i}", base + timedelta(days=d), m, c, seq=i, sent=s) for i, (d, m, c, s) in enumerate(rows)]
    out = E.evaluate(records, TODAY, periods.get)
    assert set(out) == {r.key for r in records}
    per_day: dict[date, int] = {}
    blood = 0
    for r in records:
        e = out[r.key]
        assert isinstance(e.recognized_hours, int) and e.recognized_hours >= 0
        if r.already_sent:
            assert not e.eligible
        if e.eligible:
            assert e.reasons == ()
            assert r.day <= TODAY and r.category != "1301"
            assert e.recognized_hours >= 1
            if r.category != "0503":
                assert e.recognized_hours <= r.minutes // 60
            per_day[r.day] = per_day.get(r.day, 0) + e.recognized_hours
            blood += r.category == "0503"
        else:
            assert e.reasons
    for d, hours in per_day.items():
        sent_hours = sum(out[r.key].recognized_hours for r in records if r.already_sent and r.day == d)
        cap = E.CapPolicy().cap_for(d, periods.get(d))
        assert hours + sent_hours <= max(cap, sent_hours)
    sent_blood = sum(1 for r in records if r.already_sent and r.category == "0503")
    assert blood + sent_blood <= max(3, sent_blood)
