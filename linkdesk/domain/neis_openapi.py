"""Answers of the NEIS Open API (나이스 교육정보 개방 포털, DOMAIN.md §13), read into plain rows.

Every answer has one envelope named after its service::

    {"SchoolSchedule": [{"head": [{"list_total_count": 2}, {"RESULT": {"CODE": "INFO-000", ...}}]},
                        {"row": [{...}, ...]}]}

``{"RESULT": {"CODE": "INFO-200", ...}}`` means no data. A problem is an :class:`OpenApiError` with a
Korean message naming the row and the field; the caller adds the file name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from linkdesk.domain.korean import choseong
from linkdesk.domain.school_days import ScheduleDay, SchoolDays
from linkdesk.domain.schoolyear import school_year_of

SERVICES = ("schoolInfo", "elsTimetable", "misTimetable", "hisTimetable", "SchoolSchedule")
TIMETABLES = SERVICES[1:4]
NO_DATA = "INFO-200"
GRADE_FLAGS = ("ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX")
OFF_KINDS = ("휴업일", "공휴일")
REQUIRED = {
    "schoolInfo": ("ATPT_OFCDC_SC_CODE", "ATPT_OFCDC_SC_NM", "SD_SCHUL_CODE", "SCHUL_NM", "SCHUL_KND_SC_NM"),
    "elsTimetable": ("ATPT_OFCDC_SC_CODE", "SD_SCHUL_CODE", "ALL_TI_YMD", "GRADE", "CLASS_NM", "PERIO"),
    "SchoolSchedule": ("ATPT_OFCDC_SC_CODE", "SD_SCHUL_CODE", "AA_YMD", "EVENT_NM"),
}
REQUIRED["misTimetable"] = REQUIRED["hisTimetable"] = REQUIRED["elsTimetable"]
KIND_OF = {"초등학교": "elementary", "중학교": "middle", "고등학교": "high", "특수학교": "special"}


class OpenApiError(ValueError):
    def __init__(self, ko: str, en: str, row: int | None = None, field: str | None = None):
        where_ko = "".join([f" {row}번째 행" if row is not None else "", f" {field} 항목" if field else ""])
        where_en = "".join([f" row {row}" if row is not None else "", f" field {field}" if field else ""])
        super().__init__(f"{where_ko.strip()}: {ko}" if where_ko else ko)
        self.ko = f"{where_ko.strip()}: {ko}" if where_ko else ko
        self.en = f"{where_en.strip()}: {en}" if where_en else en
        self.row, self.field = row, field


@dataclass(frozen=True)
class Answer:
    service: str
    total: int | None  # list_total_count (all pages)
    rows: tuple[dict, ...]  # (row number in the file, row) pairs are in ``numbered``
    refused: tuple[OpenApiError, ...] = ()  # rows left out: a required field is missing
    numbers: tuple[int, ...] = ()  # each kept row's number in the file (1-based)


def read_answer(data: object) -> Answer:
    """The service, its total count and its rows; INFO-200 → no rows."""
    if isinstance(data, dict) and set(data) == {"RESULT"}:
        code = str((data["RESULT"] or {}).get("CODE", "")) if isinstance(data["RESULT"], dict) else ""
        if code == NO_DATA:
            return Answer("", 0, ())
        raise OpenApiError(f"나이스 Open API 오류 응답입니다 ({code}).", f"NEIS Open API error answer ({code}).")
    if not isinstance(data, dict) or len(data) != 1:
        raise OpenApiError("나이스 Open API 응답 형식이 아닙니다 (서비스 이름 하나로 된 객체가 필요합니다).",
                           "Not a NEIS Open API answer (one object named after the service).")
    service, body = next(iter(data.items()))
    if service not in SERVICES:
        raise OpenApiError(f"알 수 없는 서비스 '{service}'입니다 ({', '.join(SERVICES)} 중 하나).",
                           f"Unknown service {service!r}.")
    if not isinstance(body, list):
        raise OpenApiError("head와 row 목록이 없습니다.", "head and row lists are missing.", field=service)
    total, result, rows = None, None, None
    for part in body:
        if not isinstance(part, dict):
            raise OpenApiError("head/row 형식이 아닙니다.", "not head/row.", field=service)
        if "head" in part:
            for h in part["head"] or []:
                if isinstance(h, dict) and "list_total_count" in h:
                    total = _int(h["list_total_count"], None, "list_total_count")
                if isinstance(h, dict) and "RESULT" in h:
                    result = str((h["RESULT"] or {}).get("CODE", ""))
        if "row" in part:
            rows = part["row"]
    if result == NO_DATA:
        return Answer(service, 0, ())
    if result not in (None, "INFO-000"):
        raise OpenApiError(f"나이스 Open API 오류 응답입니다 ({result}).", f"NEIS Open API error ({result}).", field="RESULT")
    if not isinstance(rows, list):
        raise OpenApiError("row 목록이 없습니다 (파일이 잘렸을 수 있습니다).", "no row list (truncated file?).", field="row")
    kept, numbers, refused = [], [], []
    required = REQUIRED[service]
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise OpenApiError("행이 객체가 아닙니다.", "the row is not an object.", row=i)
        for key in required:
            value = row.get(key)
            if value is None or value == "" or (type(value) is str and value.isspace()):
                refused.append(OpenApiError("값이 없어 제외했습니다.", "missing value: row left out.", row=i, field=key))
                break
        else:
            kept.append(row)
            numbers.append(i)
    return Answer(service, total, tuple(kept), tuple(refused), tuple(numbers))


def _int(value: object, row: int | None, field: str) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise OpenApiError(f"숫자가 아닙니다: {value!r}", f"not a number: {value!r}", row=row, field=field) from None


def ymd(value: object, row: int | None, field: str) -> date:
    text = str(value).strip()
    try:
        if len(text) != 8 or not text.isdigit():
            raise ValueError
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise OpenApiError(f"날짜(YYYYMMDD)가 아닙니다: {text!r}", f"not a date (YYYYMMDD): {text!r}",
                           row=row, field=field) from None


SCHOOL_COLUMNS = ("code", "office_code", "office", "name", "kind", "region", "address", "choseong")


def school_values(row: dict) -> tuple[str, ...]:
    """A ``schoolInfo`` row as the values of LinkDesk's school table (:data:`SCHOOL_COLUMNS`), its
    초성 included: one tuple, no intermediate dict (12,200 of them per import)."""
    get = row.get
    name = str(get("SCHUL_NM")).strip()
    return (str(get("SD_SCHUL_CODE")).strip(), str(get("ATPT_OFCDC_SC_CODE")).strip(),
            str(get("ATPT_OFCDC_SC_NM")).strip(), name, KIND_OF.get(str(get("SCHUL_KND_SC_NM")).strip(), "other"),
            str(get("LCTN_SC_NM") or "").strip(), str(get("ORG_RDNMA") or "").strip(),
            choseong("".join(name.split()).lower()))


def schedule_day(row: dict, i: int) -> tuple[date, ScheduleDay]:
    """A ``SchoolSchedule`` row: its day and whether it is off for which grades."""
    day = ymd(row["AA_YMD"], i, "AA_YMD")
    flags = [n for n, key in enumerate(GRADE_FLAGS, 1) if str(row.get(f"{key}_GRADE_EVENT_YN") or "").strip() == "Y"]
    kind = str(row.get("SBTR_DD_SC_NM") or "").strip()
    return day, ScheduleDay(str(row["EVENT_NM"]).strip(), kind in OFF_KINDS, frozenset(flags) if flags else None)


def school_days(schedule_rows: Iterable[dict], timetable_rows: Iterable[dict], grade: int | None,
                class_name: str | None) -> SchoolDays:
    """What the cap needs for one student: periods = the highest PERIO per day for the student's
    grade and class; the 학사일정 per day; the school years the 학사일정 covers."""
    periods: dict[date, int] = {}
    for i, row in enumerate(timetable_rows, 1):
        if grade is not None and _int(row["GRADE"], i, "GRADE") != grade:
            continue
        if class_name is not None and str(row["CLASS_NM"]).strip() != str(class_name):
            continue
        day = ymd(row["ALL_TI_YMD"], i, "ALL_TI_YMD")
        periods[day] = max(periods.get(day, 0), _int(row["PERIO"], i, "PERIO"))
    schedule: dict[date, tuple[ScheduleDay, ...]] = {}
    for i, row in enumerate(schedule_rows, 1):
        day, entry = schedule_day(row, i)
        schedule[day] = schedule.get(day, ()) + (entry,)
    years = frozenset(school_year_of(d) for d in schedule)
    return SchoolDays(periods, schedule, years, grade)
