"""``linkdesk neis import FILE…``: NEIS Open API answers (DOMAIN.md §13) into the local store.

Each file is one Open API answer (one page or a whole download): ``schoolInfo`` rows update the
school directory (office + school code), ``*Timetable`` rows become periods per class and day,
``SchoolSchedule`` rows the schools' 학사일정. Everything is read and checked first; then one unit
of work writes it all, so a bad file leaves the store exactly as it was (nothing half-replaced).

A file that cannot be used (not JSON, truncated, an unknown service, another school's data) stops
the whole import with a Korean message naming it. A row that cannot be used (a required field
missing, a date that is no date or lies outside the school year, a period that is no number) is
left out and reported with its file, row and field; the other rows go in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select, tuple_

from linkdesk.domain.messages import Message
from linkdesk.domain.neis_openapi import (
    GRADE_FLAGS, SCHOOL_COLUMNS, TIMETABLES, OpenApiError, read_answer, school_values, ymd,
)
from linkdesk.domain.schoolyear import school_year_bounds
from linkdesk.errors import KnownError
from linkdesk.services.core import Core
from linkdesk.store.models import School
from linkdesk.store.repositories.schools import SchoolRepository


class NeisImportError(KnownError):
    """A file that cannot be imported, worded for staff."""


@dataclass
class ImportReport:
    schools: int = 0
    timetable_days: int = 0
    calendar_days: int = 0
    files: int = 0
    refused: list[str] = field(default_factory=list)  # rows left out, with the reason

    def summary(self) -> Message:
        return Message(
            "neis_imported",
            f"학교 {self.schools}개, 시간표 {self.timetable_days}일, 학사일정 {self.calendar_days}일을 가져왔습니다"
            f" (파일 {self.files}개, 제외한 행 {len(self.refused)}개).",
            f"Imported {self.schools} schools, {self.timetable_days} timetable days, {self.calendar_days} calendar days"
            f" ({self.files} files, {len(self.refused)} rows refused).",
        )

    def summary_ko(self) -> str:
        return self.summary().ko


def _fail(path: Path, exc: OpenApiError) -> NeisImportError:
    return NeisImportError(f"{path.name}: {exc.ko}", f"{path.name}: {exc.en}", code="neis_import_invalid")


def load_answer(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise NeisImportError(f"{path.name}: 파일을 읽을 수 없습니다 ({exc.strerror}).", f"{path.name}: cannot read.",
                           code="neis_import_unreadable") from None
    except UnicodeDecodeError:
        raise NeisImportError(f"{path.name}: UTF-8 텍스트가 아닙니다.", f"{path.name}: not UTF-8 text.",
                           code="neis_import_invalid") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NeisImportError(f"{path.name}: JSON 형식이 아닙니다 ({exc.lineno}행 {exc.colno}열, 파일이 잘렸을 수 있습니다).",
                           f"{path.name}: not JSON (line {exc.lineno}, column {exc.colno}; truncated?).",
                           code="neis_import_invalid") from None
    try:
        return read_answer(data)
    except OpenApiError as exc:
        raise _fail(path, exc) from None


def import_files(core: Core, paths: list[str | Path], *, school: tuple[str, str] | None = None,
                 today: date | None = None) -> ImportReport:
    """Read every file, check it, then store it all in one transaction. ``school`` (office, code)
    refuses files of another school; timetable and 학사일정 rows must fall in the school year of
    ``today`` or the one before."""
    report = ImportReport()
    schools: dict[tuple[str, str], dict] = {}
    periods: dict[tuple, int] = {}
    schedule: dict[tuple, dict] = {}
    first = last = None
    if today is not None:
        year = today.year if today.month >= 3 else today.year - 1
        first, last = school_year_bounds(year - 1)[0], school_year_bounds(year)[1]
    for raw in paths:
        path = Path(raw)
        answer = load_answer(path)
        report.files += 1
        report.refused.extend(f"{path.name}: {problem.ko}" for problem in answer.refused)
        for i, row in zip(answer.numbers, answer.rows):
            key = (str(row["ATPT_OFCDC_SC_CODE"]).strip(), str(row["SD_SCHUL_CODE"]).strip())
            if school is not None and key != school:
                raise NeisImportError(f"{path.name}: {i}번째 행 SD_SCHUL_CODE 항목: 다른 학교({key[0]}-{key[1]})의 자료입니다.",
                                   f"{path.name}: row {i} field SD_SCHUL_CODE: another school's data.",
                                   code="neis_import_other_school")
            try:
                if answer.service == "schoolInfo":
                    schools[key] = school_values(row)
                    continue
                field_name = "ALL_TI_YMD" if answer.service in TIMETABLES else "AA_YMD"
                day = ymd(row[field_name], i, field_name)
                if first is not None and not first <= day <= last:
                    raise OpenApiError(f"학년도 밖의 날짜입니다: {day.isoformat()}", f"outside the school year: {day}",
                                       row=i, field=field_name)
                if answer.service in TIMETABLES:
                    slot = (*key, day, int(str(row["GRADE"]).strip()), str(row["CLASS_NM"]).strip())
                    periods[slot] = max(periods.get(slot, 0), int(str(row["PERIO"]).strip()))
                else:
                    grades = "".join(str(n) for n, flag in enumerate(GRADE_FLAGS, 1)
                                     if str(row.get(f"{flag}_GRADE_EVENT_YN") or "").strip() == "Y")
                    event = str(row["EVENT_NM"]).strip()
                    schedule[(*key, day, event)] = {"office_code": key[0], "school_code": key[1], "day": day,
                                                    "event": event, "kind": str(row.get("SBTR_DD_SC_NM") or "").strip(),
                                                    "grades": "" if len(grades) == 6 else grades}
            except ValueError as exc:  # this row only: left out with the reason, the rest goes in
                problem = exc.ko if isinstance(exc, OpenApiError) else f"{i}번째 행: 숫자가 아닌 값이 있어 제외했습니다 ({exc})."
                report.refused.append(f"{path.name}: {problem}")
    timetable_rows = [{"office_code": o, "school_code": c, "day": d, "grade": g, "class_name": n, "periods": p, "known": True}
                      for (o, c, d, g, n), p in periods.items()]
    with core.store.unit_of_work() as uow:
        if schools:
            report.schools = _upsert_schools(uow.session, list(schools.values()))
        if timetable_rows:
            uow.neis_data.replace_timetable(timetable_rows, _spans(timetable_rows))
        if schedule:
            uow.neis_data.replace_schedule(list(schedule.values()), _spans(list(schedule.values())))
    report.timetable_days = len({(r["office_code"], r["school_code"], r["day"]) for r in timetable_rows})
    report.calendar_days = len({(r["office_code"], r["school_code"], r["day"]) for r in schedule.values()})
    return report


def _spans(rows: list[dict]) -> dict[tuple[str, str], tuple[date, date]]:
    spans: dict[tuple[str, str], tuple[date, date]] = {}
    for r in rows:
        key = (r["office_code"], r["school_code"])
        lo, hi = spans.get(key, (r["day"], r["day"]))
        spans[key] = (min(lo, r["day"]), max(hi, r["day"]))
    return spans


def _upsert_schools(session, rows: list[tuple]) -> int:
    """Replace these schools (by office + school code, as NEIS identifies them): one delete (all
    rows when the file holds every school already cached, else only the ones it brings) and one
    executemany, no ORM objects."""
    table = School.__table__
    at = {c: i for i, c in enumerate(SCHOOL_COLUMNS)}
    existing = {(code, office) for code, office in session.execute(select(table.c.code, table.c.office_code))}
    keys = {(r[at["code"]], r[at["office_code"]]) for r in rows}
    if existing and existing <= keys:
        session.execute(table.delete())
    else:
        stale = sorted(existing & keys)
        for start in range(0, len(stale), 500):
            session.execute(table.delete().where(tuple_(table.c.code, table.c.office_code).in_(stale[start:start + 500])))
    # The driver's own executemany (tuples, no per-row parameter processing): 12,200 schools at
    # close to raw sqlite3 speed (benchmarks/neis_import_bench.py), in the same transaction.
    connection = session.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO schools ({', '.join(SCHOOL_COLUMNS)}) VALUES ({', '.join([mark] * len(SCHOOL_COLUMNS))})"
    connection.exec_driver_sql(sql, rows)
    SchoolRepository(session).mark_loaded()  # the search index sees the new directory at once
    return len(rows)
