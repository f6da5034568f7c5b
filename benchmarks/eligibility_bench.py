"""NEIS eligibility preview for a volunteer with many records: evaluate() re-runs on every change of
the selection in 실적선택, so it must stay well under a frame for thousands of records. Baseline: the
same rules checked record by record with a naive quadratic daily-cap sum (what a first version
would do)."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _timing import median_ms, row  # noqa: E402

from linkdesk.domain.eligibility import CapPolicy, RecordFacts, evaluate  # noqa: E402
from linkdesk.domain.school_days import ScheduleDay, SchoolDays  # noqa: E402

TODAY = date(2026, 11, 25)


def records(n: int) -> list[RecordFacts]:
    rng = random.Random(7)
    start = date(2026, 3, 1)
    return [
        RecordFacts(f"r{i}", start + timedelta(days=rng.randrange(260)), i, rng.choice([45, 60, 90, 120, 240]),
                    rng.choice(["0800", "0100", "0503", "0400"]), "regular", rng.random() < 0.3)
        for i in range(n)
    ]


def naive(recs: list[RecordFacts]) -> dict[str, int]:
    policy = CapPolicy()
    out = {}
    for r in sorted(recs, key=lambda r: (not r.already_sent, r.day, r.seq)):
        used = sum(out.get(o.key, 0) for o in recs if o.day == r.day and o.key in out)
        out[r.key] = max(0, min(r.minutes // 60, policy.cap_for(r.day, None) - used))
    return out


BEFORE_ISSUE_12 = "2f6dfd1"  # main before holidays and 학사일정 entered the rules


def evaluate_before_issue_12():
    """``evaluate`` as it was before issue 12, loaded from git (None when git or the commit is missing)."""
    import importlib.util
    import subprocess
    import tempfile

    root = Path(__file__).resolve().parents[1]
    try:
        source = subprocess.run(["git", "show", f"{BEFORE_ISSUE_12}:linkdesk/domain/eligibility.py"], cwd=root,
                                capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    folder = Path(tempfile.mkdtemp())
    (folder / "eligibility_before.py").write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("eligibility_before", folder / "eligibility_before.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eligibility_before"] = module
    spec.loader.exec_module(module)
    return module


def school_year_calendar() -> SchoolDays:
    """A full year's 학사일정 (방학 41 days, 재량휴업일, 개교기념일, a grade-only day) and timetable."""
    rng = random.Random(11)
    schedule = {date(2026, 7, 22) + timedelta(days=k): (ScheduleDay("여름방학", True),) for k in range(31)}
    schedule.update({date(2027, 1, 5) + timedelta(days=k): (ScheduleDay("겨울방학", True),) for k in range(10)})
    schedule[date(2026, 5, 4)] = (ScheduleDay("재량휴업일", True),)
    schedule[date(2026, 4, 20)] = (ScheduleDay("1학년 수련회", True, frozenset({1})),)
    periods = {date(2026, 3, 2) + timedelta(days=k): rng.choice((4, 5, 6, 7)) for k in range(0, 250, 2)}
    return SchoolDays(periods, schedule, frozenset({2026}), 2)


def calendar_ratio(n: int = 10_000) -> None:
    """Today's rules (holidays KR, 학사일정, timetable) against the evaluation before issue 12 (timetable
    and weekday/weekend only) of the same 10,000 records — the issue's target is ≤ 1.1×."""
    before = evaluate_before_issue_12()
    if before is None:
        print("\n(baseline before issue 12 needs git and commit", BEFORE_ISSUE_12, "— skipped)")
        return
    recs = records(n)
    old = [before.RecordFacts(r.key, r.day, r.seq, r.minutes, r.category, r.nature, r.already_sent) for r in recs]
    known = school_year_calendar()
    base = median_ms(lambda: before.evaluate(old, TODAY, known.periods.get), repeat=9)
    full = median_ms(lambda: evaluate(recs, TODAY, policy=CapPolicy(), days=known), repeat=9)
    print(f"\n{n} records: holidays (KR) + 학사일정 + timetable vs the rules before issue 12")
    print(f"{'baseline: evaluate() before issue 12':<48} {base:9.2f} ms")
    print(f"{'evaluate() with holidays and the 학사일정':<48} {full:9.2f} ms  ratio {full / base:.2f}× (target ≤ 1.1×)")


def main() -> None:
    for n in (100, 1_000, 5_000):
        recs = records(n)
        base = median_ms(lambda: naive(recs), repeat=3)
        print(f"\n{n} records")
        print(row("baseline: naive per-record daily sums", base))
        print(row("evaluate() (one pass, per-day totals)", median_ms(lambda: evaluate(recs, TODAY)), base))
        selected = {r.key for r in recs[: n // 2]}
        print(row("evaluate() with a selection", median_ms(lambda: evaluate(recs, TODAY, selected=selected)), base))
    calendar_ratio()


if __name__ == "__main__":
    main()
