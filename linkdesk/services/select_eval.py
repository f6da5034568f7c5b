"""실적선택 for a volunteer with thousands of records: a click re-evaluates only the days it touches.

The NEIS rules (``linkdesk.domain.eligibility.evaluate``) tie records together in two ways only:
the daily cap (records of the same day) and the blood-donation limit (blood donations of the school
year, in order). So when the selection changes, the records whose verdict can change are those on
the days of the records whose selection changed — and, when any of those days holds a blood
donation, every blood donation and the days it falls on. Those records are evaluated again, with
the new selection, exactly as ``evaluate`` would over all of them; a row whose verdict did not
change is kept as it was (the same object, so the screen can tell what changed). ``tests/test_select_eval.py`` checks
that the answer equals a full evaluation for many random selections.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from linkdesk.domain.categories import BLOOD_DONATION
from linkdesk.domain.eligibility import CapPolicy, Eligibility, RecordFacts, SchoolDays, evaluate

MakeRow = Callable[[int, Eligibility], Any]  # (position in facts, verdict) -> the row shown


class SelectionEvaluation:
    """The rows of one volunteer's records for the current selection."""

    def __init__(self, facts: Sequence[RecordFacts], today: date, periods_for: Callable[[date], int | None],
                 policy: CapPolicy, selected: Iterable[str] | None, make_row: MakeRow,
                 days: SchoolDays | None = None) -> None:
        self.facts = list(facts)
        self.today = today
        self._periods_for = periods_for
        self._policy = policy
        self._days = days
        self._make_row = make_row
        self._position = {f.key: i for i, f in enumerate(self.facts)}
        # A record across midnight counts on its day and the next: it ties both days together.
        self._touches = [_days_of(f) for f in self.facts]
        self._by_day: dict[date, list[int]] = defaultdict(list)
        for i, touched in enumerate(self._touches):
            for day in touched:
                self._by_day[day].append(i)
        self._blood_days = {d for i, f in enumerate(self.facts) if f.category == BLOOD_DONATION
                            for d in self._touches[i]}
        self._open = frozenset(f.key for f in self.facts if not f.already_sent)
        wanted = set(selected) if selected is not None else None
        verdicts = evaluate(self.facts, today, periods_for, policy, selected=wanted, days=days)
        self._verdicts = [verdicts[f.key] for f in self.facts]
        self.rows: tuple[Any, ...] = tuple(make_row(i, v) for i, v in enumerate(self._verdicts))
        self._basis = self._effective(wanted)

    def _effective(self, selected: set[str] | None) -> frozenset[str]:
        """What ``evaluate`` makes of a selection: only records not sent yet count (None = all)."""
        return self._open if selected is None else self._open.intersection(selected)

    def reselect(self, selected: Iterable[str]) -> tuple[Any, ...]:
        """The rows for ``selected``: only the records a change can affect are evaluated again."""
        wanted = set(selected)
        basis = self._effective(wanted)
        changed = basis ^ self._basis
        if not changed:
            return self.rows
        affected = self._affected({d for k in changed for d in self._touches[self._position[k]]})
        verdicts = evaluate((self.facts[i] for i in affected), self.today, self._periods_for, self._policy,
                            selected=wanted, days=self._days)
        rows = list(self.rows)
        for i in affected:
            verdict = verdicts[self.facts[i].key]
            if verdict != self._verdicts[i]:  # a row is made again only when its verdict changed
                self._verdicts[i] = verdict
                rows[i] = self._make_row(i, verdict)
        self.rows = tuple(rows)
        self._basis = basis
        return self.rows

    def _affected(self, days: set[date]) -> list[int]:
        """Every record whose verdict may depend on these days: the records on them, the days those
        records reach across midnight, and all blood donations once one is involved (to a fixed point)."""
        seen: set[date] = set()
        todo = list(days)
        while todo:
            day = todo.pop()
            if day in seen:
                continue
            seen.add(day)
            if day in self._blood_days:
                todo.extend(self._blood_days - seen)
            for i in self._by_day.get(day, ()):
                todo.extend(d for d in self._touches[i] if d not in seen)
        return sorted({i for day in seen for i in self._by_day.get(day, ())})


def _days_of(f: RecordFacts) -> tuple[date, ...]:
    if f.minutes_next_day and f.category != BLOOD_DONATION:
        return (f.day, f.day + timedelta(days=1))
    return (f.day,)
