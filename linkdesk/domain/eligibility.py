"""NEIS eligibility of volunteer records (DOMAIN.md §5), shown to staff before anything is sent.

Rules, in the order they are checked for each record:

* already sent to NEIS → never again;
* current school year only (1 March – end of February), and not in the future;
* not recognised: 해외봉사 (1301), donations, 봉사 as a disciplinary measure, club activity;
* whole hours: minutes truncated per record, under 60 minutes → nothing to send;
* blood donation (0503): 4 hours each, at most 3 per school year;
* daily cap: class periods that day + volunteer hours ≤ 8; which periods apply (timetable, 학사일정,
  weekend, public holiday, setting) is :mod:`linkdesk.domain.school_days`, and the rule that applied
  is a note of every record checked against the cap. A record across midnight counts on each day
  for its part.

The daily cap and the blood-donation limit depend on the other records: records already sent or
approved come first, then the selected ones, then the rest, each group in (date, 순번) order.
Records the school rejected (반려) free what they used: they count toward neither limit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from linkdesk.domain.categories import BLOOD_DONATION, OVERSEAS
from linkdesk.domain.hours import format_minutes_en, format_minutes_ko, recognized_hours
from linkdesk.domain.messages import Message
from linkdesk.domain.school_days import CapPolicy, DayRule, SchoolDays
from linkdesk.domain.schoolyear import school_year_bounds, school_year_of

__all__ = ["CapPolicy", "Eligibility", "RecordFacts", "SchoolDays", "evaluate"]

BLOOD_HOURS = 4
BLOOD_PER_YEAR = 3

NATURES = ("regular", "donation", "disciplinary", "club")

ALREADY_SENT = Message("already_sent", "이미 나이스로 전송된 실적입니다.", "Already sent to NEIS.")
NOT_CURRENT_YEAR = Message(
    "not_current_year",
    "이번 학년도(3월 1일~2월 말) 실적만 전송할 수 있습니다.",
    "Only records of the current school year (1 March – end of February) can be sent.",
)
FUTURE_DATE = Message("future_date", "봉사일이 오늘 이후입니다.", "The activity date is in the future.")
OVERSEAS_MSG = Message("overseas", "해외봉사는 학교생활기록부에 인정되지 않습니다.", "Overseas volunteering is not recognised by NEIS.")
DONATION = Message("donation", "기부(금품) 활동은 봉사활동으로 인정되지 않습니다.", "Donations are not recognised as volunteering.")
DISCIPLINARY = Message("disciplinary", "징계에 의한 봉사는 인정되지 않습니다.", "Volunteering as a disciplinary measure is not recognised.")
CLUB = Message("club", "동아리 활동 시간은 봉사활동으로 인정되지 않습니다.", "Club activity is not recognised as volunteering.")
REJECTED_FREED = Message(
    "rejected_freed",
    "학교에서 반려한 실적: 하루 인정 한도와 헌혈 횟수에 포함되지 않습니다.",
    "Rejected by the school: it counts toward neither the daily limit nor the blood donations.",
)
BLOOD_LIMIT = Message(
    "blood_limit",
    "헌혈은 학년도당 3회까지만 인정됩니다.",
    "Blood donation is recognised at most 3 times per school year.",
)


def under_hour(minutes: int) -> Message:
    return Message(
        "under_one_hour",
        f"{minutes}분: 1시간 미만 실적은 나이스에 반영되지 않습니다.",
        f"{minutes} min: records under one hour do not appear in NEIS.",
    )


def truncated(minutes: int) -> Message:
    h = recognized_hours(minutes)
    return Message(
        "truncated",
        f"{minutes}분 → {h}시간 인정 ({format_minutes_ko(minutes)} 중 분 단위 절사)",
        f"{minutes} min → {h} h recognised ({format_minutes_en(minutes)}, minutes truncated)",
    )


def blood_hours() -> Message:
    return Message("blood_hours", "헌혈 1회 4시간 인정", "Blood donation: 4 h recognised")


def daily_cap(cap: int, used: int, day: date) -> Message:
    left = max(0, cap - used)
    return Message(
        "daily_cap",
        f"{day.isoformat()} 하루 인정 한도 {cap}시간(수업시간 포함 8시간) 중 {left}시간 남음",
        f"{day.isoformat()}: daily limit {cap} h (class periods + volunteering ≤ 8 h), {left} h left",
    )


@dataclass(frozen=True)
class RecordFacts:
    """What the rules need to know of one record."""

    key: str
    day: date
    seq: int
    minutes: int
    category: str
    nature: str = "regular"
    already_sent: bool = False  # in 연계완료 실적: sent, approved or rejected
    rejected: bool = False  # the school rejected it (반려): it frees what it used
    minutes_next_day: int = 0  # the part done after midnight (22:00~02:00 → 120)


@dataclass(frozen=True)
class Eligibility:
    key: str
    eligible: bool
    recognized_hours: int
    reasons: tuple[Message, ...] = ()  # why not eligible
    notes: tuple[Message, ...] = field(default=())  # how the hours were counted

    @property
    def reason_codes(self) -> list[str]:
        return [r.code for r in self.reasons]


def _base_hours(rec: RecordFacts) -> int:
    if rec.category == BLOOD_DONATION:
        return BLOOD_HOURS
    return recognized_hours(rec.minutes)


def day_shares(rec: RecordFacts, hours: int) -> list[tuple[date, int]]:
    """The record's hours per day: across midnight, the first day gets the whole hours of its part
    (at most ``hours``) and the next day the rest (docs/neis-rules.md)."""
    if not rec.minutes_next_day or rec.category == BLOOD_DONATION:
        return [(rec.day, hours)]
    first = min(hours, (rec.minutes - rec.minutes_next_day) // 60)
    return [(rec.day, first), (rec.day + timedelta(days=1), hours - first)]


def split_note(shares: list[tuple[date, int]]) -> Message:
    ko = " + ".join(f"{d.month}/{d.day} {h}시간" for d, h in shares)
    en = " + ".join(f"{d.month}/{d.day} {h} h" for d, h in shares)
    return Message("midnight", f"자정을 넘긴 실적: {ko}", f"Across midnight: {en}")


def evaluate(
    records: Iterable[RecordFacts],
    today: date,
    periods_for: Callable[[date], int | None] | None = None,
    policy: CapPolicy = CapPolicy(),
    selected: set[str] | None = None,
    days: SchoolDays | None = None,
) -> dict[str, Eligibility]:
    """Evaluate every record; returns key → Eligibility.

    ``days`` is what is known of the student's school days (timetable and 학사일정); the older
    ``periods_for`` (periods per date) is still accepted and wins where it answers.
    """
    recs = list(records)
    first, last = school_year_bounds(school_year_of(today))
    known = days or SchoolDays()
    rules: dict[date, DayRule] = {}

    def rule(day: date) -> DayRule:
        found = rules.get(day)
        if found is None:
            periods = periods_for(day) if periods_for is not None else None
            here = known if periods is None else SchoolDays({day: periods}, known.schedule, known.schedule_years, known.grade)
            found = rules[day] = policy.rule(day, here)
        return found

    def order(r: RecordFacts) -> tuple:
        group = 0 if r.already_sent else (1 if selected is None or r.key in selected else 2)
        return (group, r.day, r.seq, r.key)

    used: dict[date, int] = defaultdict(int)
    blood_count = 0
    out: dict[str, Eligibility] = {}

    caps: dict[tuple[int, int, date], Message] = {}

    def cap_message(cap: int, day: date) -> Message:
        key = (cap, used[day], day)
        found = caps.get(key)
        if found is None:
            found = caps[key] = daily_cap(cap, used[day], day)
        return found

    def grant(rec: RecordFacts, hours: int, notes: list[Message]) -> tuple[int, Message | None]:
        """Hours the days' caps leave for ``rec`` (charged to ``used``), and the refusal if none."""
        if not rec.minutes_next_day or rec.category == BLOOD_DONATION:  # one day: the common case
            r = rule(rec.day)
            notes.append(r.note)
            left = r.cap - used[rec.day]
            if left <= 0:
                return 0, cap_message(r.cap, rec.day)
            if hours > left:
                notes.append(cap_message(r.cap, rec.day))
                hours = left
            used[rec.day] += hours
            return hours, None
        granted: list[tuple[date, int]] = []
        refusal = None
        for day, want in day_shares(rec, hours):
            r = rule(day)
            got = min(want, max(0, r.cap - used[day]))
            notes.append(r.note)
            if got < want:
                cap_msg = cap_message(r.cap, day)
                refusal = refusal or (cap_msg if got == 0 else None)
                notes.append(cap_msg)
            granted.append((day, got))
        total = sum(h for _, h in granted)
        notes.append(split_note(granted))
        if total == 0:
            return 0, refusal or cap_message(rule(rec.day).cap, rec.day)
        for day, got in granted:
            used[day] += got
        return total, None

    for rec in sorted(recs, key=order):
        reasons: list[Message] = []
        notes: list[Message] = []
        hours = _base_hours(rec)
        in_year = first <= rec.day <= last
        if rec.category == BLOOD_DONATION:
            notes.append(blood_hours())
        elif rec.minutes % 60 and hours:
            notes.append(truncated(rec.minutes))

        if rec.already_sent:
            # Never sent again. A sent or approved record counts against the cap and the blood
            # limit with the hours it was sent with (capped the same way: counted records come
            # first, in date order); a rejected one (반려) frees what it used.
            if rec.rejected:
                notes.append(REJECTED_FREED)
                out[rec.key] = Eligibility(rec.key, False, 0, (ALREADY_SENT,), tuple(notes))
                continue
            if in_year and hours:
                hours, _ = grant(rec, hours, notes)
                if rec.category == BLOOD_DONATION:
                    blood_count += 1
            out[rec.key] = Eligibility(rec.key, False, hours, (ALREADY_SENT,), tuple(notes))
            continue

        if rec.day > today:
            reasons.append(FUTURE_DATE)
        elif not in_year:
            reasons.append(NOT_CURRENT_YEAR)
        if rec.category == OVERSEAS:
            reasons.append(OVERSEAS_MSG)
        nature = {"donation": DONATION, "disciplinary": DISCIPLINARY, "club": CLUB}.get(rec.nature)
        if nature:
            reasons.append(nature)
        if hours == 0:
            reasons.append(under_hour(rec.minutes))
        if not reasons and rec.category == BLOOD_DONATION:
            if blood_count >= BLOOD_PER_YEAR:
                reasons.append(BLOOD_LIMIT)
        if not reasons:
            hours, refusal = grant(rec, hours, notes)
            if refusal is not None:
                reasons.append(refusal)
        if reasons:
            out[rec.key] = Eligibility(rec.key, False, 0, tuple(reasons), tuple(notes))
            continue
        if rec.category == BLOOD_DONATION:
            blood_count += 1
        out[rec.key] = Eligibility(rec.key, True, hours, (), tuple(notes))
    return out
