"""What the daily cap needs from NEIS beyond the timetable: the school's 학사일정 (SchoolSchedule),
fetched through the gateway's Open API services for the student's school and school year, else
taken from what ``linkdesk neis import`` stored; and one record's facts for the rules.
"""

from __future__ import annotations

import logging
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


def school_calendar(core: Core, school, grade: int | None, first: date, last: date,
                    class_no: int | None = None) -> SchoolDays:
    """The student's 학사일정 for ``first``–``last``: from the gateway, else the imported one, else none;
    with the class's imported timetable (the gateway's student timetable, when it answers, wins)."""
    if school is None:
        return SchoolDays(grade=grade)
    office = getattr(school, "office_code", "") or office_code_of(school.office)
    params = {"ATPT_OFCDC_SC_CODE": office, "SD_SCHUL_CODE": school.code,
              "AA_FROM_YMD": first.strftime("%Y%m%d"), "AA_TO_YMD": last.strftime("%Y%m%d")}
    try:
        rows = core.gateway().neis.openapi("SchoolSchedule", **params)
    except PartnerError as exc:
        log.warning("학사일정 unavailable from the gateway (%s): using the imported one", exc.code)
        rows = None
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
