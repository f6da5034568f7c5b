"""Re-selecting a few records re-evaluates only the days they touch, and the answer is exactly
that of evaluating every record again (daily cap, blood donations, sent records, many seeds)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from linkdesk.domain.categories import BLOOD_DONATION
from linkdesk.domain.eligibility import CapPolicy, RecordFacts, SchoolDays, evaluate
from linkdesk.services.select_eval import SelectionEvaluation

TODAY = date(2026, 6, 15)


def made_up_records(rng: random.Random, n: int) -> list[RecordFacts]:
    first = date(2026, 3, 2)
    out = []
    for k in range(n):
        day = first + timedelta(days=rng.randrange(40))
        category = BLOOD_DONATION if rng.random() < 0.08 else rng.choice(["0101", "0800", "1301"])
        minutes = rng.choice([30, 60, 90, 120, 180, 240, 300])
        sent = rng.random() < 0.1
        out.append(RecordFacts(f"R{k:05d}", day, k % 3 + 1, minutes, category,
                               rng.choice(["regular"] * 8 + ["donation"]), sent,
                               rejected=sent and rng.random() < 0.3,  # 반려: frees what it used
                               minutes_next_day=rng.choice([0] * 6 + [minutes // 2, 60])))  # across midnight
    return out


def periods(day: date) -> int | None:
    return None if day.day % 5 == 0 else day.day % 7


@pytest.mark.parametrize("seed", range(12))
def test_reselect_equals_a_full_evaluation(seed):
    rng = random.Random(seed)
    facts = made_up_records(rng, 120)
    policy = CapPolicy()
    days = SchoolDays()
    ev = SelectionEvaluation(facts, TODAY, periods, policy, None, lambda i, v: v, days=days)
    assert list(ev.rows) == [evaluate(facts, TODAY, periods, policy, days=days)[f.key] for f in facts]
    selected = {f.key for f in facts}
    for _ in range(25):
        for f in rng.sample(facts, rng.randint(1, 4)):  # a click, or a few
            selected ^= {f.key}
        before = ev.rows
        rows = ev.reselect(selected)
        full = evaluate(facts, TODAY, periods, policy, selected=set(selected), days=days)
        assert list(rows) == [full[f.key] for f in facts]
        kept = sum(a is b for a, b in zip(before, rows, strict=True))
        assert kept > 0  # rows of untouched days are the very same objects


def test_a_click_on_a_plain_day_leaves_the_other_days_alone():
    facts = [RecordFacts(f"R{k}", date(2026, 4, 1) + timedelta(days=k), 1, 120, "0800") for k in range(50)]
    calls = []
    ev = SelectionEvaluation(facts, TODAY, lambda d: None, CapPolicy(), None,
                             lambda i, v: calls.append(i) or v)
    calls.clear()
    ev.reselect({f.key for f in facts} - {"R7"})
    assert calls == []  # R7 alone on its day: still eligible, its row is the same
    ev.reselect(set())  # everything off: no verdict changes either (each day has one record)
    assert calls == []
    assert ev.reselect(set()) is ev.rows  # nothing changed


def test_a_click_that_frees_the_daily_cap_remakes_the_rows_of_that_day_only():
    day = date(2026, 4, 6)  # a Monday: 2 h allowed without a timetable
    facts = [RecordFacts("A", day, 1, 120, "0800"), RecordFacts("B", day, 2, 120, "0800"),
             RecordFacts("C", day + timedelta(days=1), 1, 120, "0800")]
    made = []
    ev = SelectionEvaluation(facts, TODAY, lambda d: None, CapPolicy(), {"A"}, lambda i, v: made.append(i) or v)
    assert [v.eligible for v in ev.rows] == [True, False, True]
    made.clear()
    rows = ev.reselect({"B"})  # B first now: A is the one over the cap
    assert [v.eligible for v in rows] == [False, True, True] and sorted(made) == [0, 1]
