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


def main() -> None:
    for n in (100, 1_000, 5_000):
        recs = records(n)
        base = median_ms(lambda: naive(recs), repeat=3)
        print(f"\n{n} records")
        print(row("baseline: naive per-record daily sums", base))
        print(row("evaluate() (one pass, per-day totals)", median_ms(lambda: evaluate(recs, TODAY)), base))
        selected = {r.key for r in recs[: n // 2]}
        print(row("evaluate() with a selection", median_ms(lambda: evaluate(recs, TODAY, selected=selected)), base))


if __name__ == "__main__":
    main()
