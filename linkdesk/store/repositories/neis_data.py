"""The NEIS Open API data LinkDesk keeps: schools' 학사일정 and class timetables (public data).

``replace_*`` swap in what one import brought for the schools and dates it covers, with one delete
and one executemany each, inside the caller's unit of work (one transaction per import).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from linkdesk.domain.neis_openapi import GRADE_FLAGS
from linkdesk.store.models_neis import ScheduleDayRow, TimetableDayRow



class NeisDataRepository:
    def __init__(self, session: Session):
        self.session = session

    def _clear(self, table, spans: dict[tuple[str, str], tuple[date, date]]) -> None:
        for (office, school), (first, last) in spans.items():
            self.session.execute(delete(table).where(
                table.office_code == office, table.school_code == school, table.day >= first, table.day <= last))

    def replace_schedule(self, rows: list[dict], spans: dict[tuple[str, str], tuple[date, date]]) -> int:
        self._clear(ScheduleDayRow, spans)
        if rows:
            self.session.execute(insert(ScheduleDayRow.__table__), rows)
        return len(rows)

    def replace_timetable(self, rows: list[dict], spans: dict[tuple[str, str], tuple[date, date]]) -> int:
        self._clear(TimetableDayRow, spans)
        if rows:
            self.session.execute(insert(TimetableDayRow.__table__), rows)
        return len(rows)

    def schedule_rows(self, office_code: str, school_code: str, first: date, last: date) -> list[dict]:
        """The stored 학사일정 in the Open API's own row shape (what the rules read)."""
        t = ScheduleDayRow
        found = self.session.execute(select(t.day, t.event, t.kind, t.grades).where(
            t.office_code == office_code, t.school_code == school_code, t.day >= first, t.day <= last))
        out = []
        for day, event, kind, grades in found:
            row = {"ATPT_OFCDC_SC_CODE": office_code, "SD_SCHUL_CODE": school_code, "AA_YMD": day.strftime("%Y%m%d"),
                   "EVENT_NM": event, "SBTR_DD_SC_NM": kind}
            if grades:
                row.update({f"{flag}_GRADE_EVENT_YN": "Y" if str(n) in grades else "N"
                            for n, flag in enumerate(GRADE_FLAGS, 1)})
            out.append(row)
        return out

    def periods(self, office_code: str, school_code: str, grade: int, class_name: str) -> dict[date, int]:
        t = TimetableDayRow
        return dict(self.session.execute(select(t.day, t.periods).where(
            t.office_code == office_code, t.school_code == school_code, t.grade == grade, t.class_name == class_name)).all())

    def counts(self) -> tuple[int, int]:
        from sqlalchemy import func
        return (self.session.scalar(select(func.count()).select_from(ScheduleDayRow)) or 0,
                self.session.scalar(select(func.count()).select_from(TimetableDayRow)) or 0)


