"""What the daily cap needs from NEIS beyond the timetable: the school's 학사일정 (SchoolSchedule),
fetched through the gateway's Open API services for the student's school and school year, else
taken from what ``linkdesk neis import`` stored; and one record's facts for the rules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from linkdesk.domain.eligibility import RecordFacts, SchoolDays
from linkdesk.domain.hours import parse_hhmm
from linkdesk.domain.neis_openapi import OpenApiError, school_days
from linkdesk.partners import PartnerError
from linkdesk.protocol.offices import office_code_of
from linkdesk.services.core import Core

log = logging.getLogger(__name__)


def record_facts(rec, sent: bool, rejected: bool = False) -> RecordFacts:
    """A cached record as the rules see it; a record whose end is before its start ran past midnight."""
    after = 0
    if rec.start and rec.end:
        try:
            start, end = parse_hhmm(rec.start), parse_hhmm(rec.end)
            after = end if end < start else 0
        except ValueError:
            after = 0
    return RecordFacts(rec.id, rec.date, rec.seq, rec.minutes, rec.category or "", rec.nature, sent,
                       rejected=rejected, minutes_next_day=min(after, rec.minutes))


RULE_CODES = ("day_rule", "daily_cap", "midnight", "blood_hours", "truncated")


def hours_rule(row) -> str:
    """How a row's NEIS hours were counted, in one line for the pending review and the outbox."""
    notes = [m.ko for m in row.notes if m.code in RULE_CODES]
    return " · ".join([*notes, f"{row.recognized_hours}시간 인정"])


def schedule_key(school, first: date, last: date) -> tuple[str, str, date, date]:
    """What a fetched 학사일정 belongs to: (office code, school code, first, last)."""
    return (getattr(school, "office_code", "") or office_code_of(school.office), school.code, first, last)


def fetch_schedule(core: Core, key: tuple[str, str, date, date]) -> list | None:
    """The school's 학사일정 rows from the gateway's Open API, or None when it cannot answer now
    (then the imported one applies). Depends on the school only, so the linking session starts it
    while NEIS checks the student (``services/ahead.py``)."""
    office, code, first, last = key
    params = {"ATPT_OFCDC_SC_CODE": office, "SD_SCHUL_CODE": code,
              "AA_FROM_YMD": first.strftime("%Y%m%d"), "AA_TO_YMD": last.strftime("%Y%m%d")}
    try:
        return core.gateway().neis.openapi("SchoolSchedule", **params)
    except PartnerError as exc:
        log.warning("학사일정 unavailable from the gateway (%s): using the imported one", exc.code)
        return None


def school_calendar(core: Core, school, grade: int | None, first: date, last: date,
                    class_no: int | None = None, fetched: Callable[[], list | None] | None = None) -> SchoolDays:
    """The student's 학사일정 for ``first``–``last``: from the gateway, else the imported one, else none;
    with the class's imported timetable (the gateway's student timetable, when it answers, wins).
    ``fetched`` gives the gateway's rows when they were fetched ahead (:func:`fetch_schedule`)."""
    if school is None:
        return SchoolDays(grade=grade)
    key = schedule_key(school, first, last)
    office = key[0]
    rows = fetched() if fetched is not None else fetch_schedule(core, key)
    with core.store.unit_of_work(read_only=True) as uow:
        if not rows:
            rows = uow.neis_data.schedule_rows(office, school.code, first, last)
        periods = uow.neis_data.periods(office, school.code, grade, str(class_no)) if grade and class_no else {}
    try:
        known = school_days(rows, [], grade, None)
    except OpenApiError as exc:
        log.warning("학사일정 not usable (%s): the settings apply", exc.en)
        known = SchoolDays(grade=grade)
    return SchoolDays(periods, known.schedule, known.schedule_years, grade)
