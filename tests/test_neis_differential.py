"""LinkDesk's preflight against the sandbox's independent NEIS model (DOMAIN.md §5, §11).

Random records (across midnight too), 학사일정, timetables, earlier submissions (sent, approved,
rejected) and settings. The earlier submissions go to the model first; then LinkDesk evaluates
everything, and every record it calls eligible is sent to the model in send order (date, 순번): the
model must accept it with the same hours. Every record LinkDesk refuses must be refused by the model
too, and a record already sent shows the hours the model accepted. The calendar reaches LinkDesk the
way it does in use: as Open API ``SchoolSchedule`` rows built by the sandbox.

Examples: ``LINKDESK_DIFF_EXAMPLES`` (default 2,000; CI uses the default); the count is printed.
"""

from __future__ import annotations

import os
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linkdesk.domain.eligibility import CapPolicy, RecordFacts, evaluate
from linkdesk.domain.hours import minutes_between
from linkdesk.domain.neis_openapi import school_days
from linkdesk.sandbox import neis_rules
from linkdesk.sandbox.neis_openapi import schedule_rows

EXAMPLES = int(os.environ.get("LINKDESK_DIFF_EXAMPLES", "2000"))
BASE = date(2026, 2, 20)  # a few days of the previous school year, then the current one
SPAN = 400
RAN = {"count": 0}

hhmm = st.tuples(st.integers(0, 23), st.sampled_from([0, 10, 30, 45])).map(lambda t: f"{t[0]:02d}:{t[1]:02d}")
records = st.lists(
    st.tuples(st.integers(0, SPAN), hhmm, hhmm, st.sampled_from(["0800", "0800", "0100", "0503", "1301"]),
              st.sampled_from(["regular"] * 6 + ["donation", "club"]),
              st.sampled_from([None, None, "sent", "approved", "rejected"])),
    max_size=14,
).filter(lambda rows: all(r[1] != r[2] for r in rows))
calendar = st.lists(
    st.tuples(st.integers(0, SPAN), st.sampled_from(["휴업일", "공휴일", "해당없음"]),
              st.one_of(st.none(), st.sets(st.integers(1, 3), min_size=1))),
    max_size=8,
)
timetable = st.dictionaries(st.integers(0, SPAN), st.integers(0, 8), max_size=8)
policies = st.builds(CapPolicy, max_daily_total=st.integers(6, 9), weekday_hours=st.integers(0, 8),
                     holiday_hours=st.integers(0, 8), labour_day_off=st.booleans(), constitution_day_off=st.booleans())
todays = st.sampled_from([date(2026, 5, 15), date(2026, 10, 10), date(2027, 2, 27)])


def day(offset: int) -> date:
    return BASE + timedelta(days=offset)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(records, calendar, timetable, policies, st.integers(1, 3), todays)
def test_preflight_and_the_neis_model_agree(rows, cal, table, policy, grade, today):
    RAN["count"] += 1
    recs = [{"id": f"R{i}", "date": day(d).isoformat(), "seq": i + 1, "start": s, "end": e, "category": c, "nature": n}
            for i, (d, s, e, c, n, _) in enumerate(rows)]
    earlier_status = {f"R{i}": status for i, (*_, status) in enumerate(rows) if status}
    school = {"office_code": "B10", "code": "7010057",
              "calendar": [{"date": day(d).isoformat(), "event": f"행사{d}", "kind": k, "grades": sorted(g) if g else None}
                           for d, k, g in cal]}
    periods = {day(d): p for d, p in table.items()}
    model_school = neis_rules.StudentSchool(dict(periods), school["calendar"], grade)
    model_settings = neis_rules.NeisSettings(policy.weekday_hours, policy.holiday_hours, policy.max_daily_total,
                                             policy.labour_day_off, policy.constitution_day_off)
    order = sorted(recs, key=lambda r: (r["date"], r["seq"]))

    # Earlier submissions, as NEIS received them.
    held: list[neis_rules.Accepted] = []
    accepted_hours: dict[str, int] = {}
    status: dict[str, str] = {}
    for r in order:
        if r["id"] not in earlier_status:
            continue
        v = neis_rules.decide(r, held, today, model_school, model_settings)
        if not v.accepted:
            continue
        status[r["id"]] = earlier_status[r["id"]]
        accepted_hours[r["id"]] = v.hours
        if status[r["id"]] != "rejected":
            held.append(neis_rules.Accepted(v.per_day, r["category"] == "0503"))

    # LinkDesk's preflight, with the calendar as Open API rows from the sandbox.
    known = school_days(schedule_rows(school), [], grade, None)
    known = type(known)(periods, known.schedule, known.schedule_years, grade)
    facts = []
    for r in recs:
        total = minutes_between(r["start"], r["end"])
        after = int(r["end"][:2]) * 60 + int(r["end"][3:]) if r["end"] < r["start"] else 0
        facts.append(RecordFacts(r["id"], date.fromisoformat(r["date"]), r["seq"], total, r["category"], r["nature"],
                                 already_sent=r["id"] in status, rejected=status.get(r["id"]) == "rejected",
                                 minutes_next_day=after))
    verdicts = evaluate(facts, today, policy=policy, days=known)

    for r in order:
        if r["id"] in status and status[r["id"]] != "rejected":
            assert verdicts[r["id"]].recognized_hours == accepted_hours[r["id"]], r
    # Send what LinkDesk calls eligible, in send order: NEIS must agree on every one.
    for r in order:
        v = verdicts[r["id"]]
        if r["id"] in status or not v.eligible:
            continue
        answer = neis_rules.decide(r, held, today, model_school, model_settings)
        assert answer.accepted, (r, v, answer)
        assert answer.hours == v.recognized_hours, (r, v, answer)
        held.append(neis_rules.Accepted(answer.per_day, r["category"] == "0503"))
    # What LinkDesk refused, NEIS refuses as well.
    for r in order:
        v = verdicts[r["id"]]
        if r["id"] in status or v.eligible:
            continue
        assert not neis_rules.decide(r, held, today, model_school, model_settings).accepted, (r, v)


def test_zz_report_the_number_of_examples(capsys):
    with capsys.disabled():
        print(f"\nNEIS differential test: {RAN['count']} examples (preflight vs sandbox NEIS model)")
    assert RAN["count"] >= min(EXAMPLES, 2000) or RAN["count"] == 0
