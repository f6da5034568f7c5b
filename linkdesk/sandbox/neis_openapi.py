"""The NEIS Open API services the gateway serves, in the Open API's own envelope (DOMAIN.md §13):
``schoolInfo``, ``elsTimetable`` / ``misTimetable`` / ``hisTimetable`` and ``SchoolSchedule``,
answered from the scenario's schools (their ``calendar`` and per-class ``timetable``).

    GET /v1/neis/openapi/SchoolSchedule?ATPT_OFCDC_SC_CODE=B10&SD_SCHUL_CODE=7010057&AA_FROM_YMD=20260301

Paging as the Open API does it: ``pIndex`` (from 1) and ``pSize`` (≤ 1000); no rows → INFO-200.
"""

from __future__ import annotations

from linkdesk.sandbox.routing import PartnerError, Request, Route, invalid
from linkdesk.sandbox.state import SandboxState

KIND_NAMES = {"elementary": "초등학교", "middle": "중학교", "high": "고등학교", "special": "특수학교", "other": "각종학교"}
TIMETABLE_OF = {"elementary": "elsTimetable", "middle": "misTimetable", "high": "hisTimetable"}
GRADE_FLAGS = ("ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX")


def ymd(iso_day: str) -> str:
    return iso_day.replace("-", "")


def school_info_row(s: dict) -> dict:
    return {"ATPT_OFCDC_SC_CODE": s["office_code"], "ATPT_OFCDC_SC_NM": s["office"], "SD_SCHUL_CODE": s["code"],
            "SCHUL_NM": s["name"], "SCHUL_KND_SC_NM": KIND_NAMES[s["kind"]], "LCTN_SC_NM": s["region"].split(" ")[0],
            "ORG_RDNMA": s["address"]}


def schedule_rows(s: dict) -> list[dict]:
    rows = []
    for day in s.get("calendar", ()):
        grades = day["grades"] or range(1, 7)
        row = {"ATPT_OFCDC_SC_CODE": s["office_code"], "SD_SCHUL_CODE": s["code"], "AY": "",
               "AA_YMD": ymd(day["date"]), "EVENT_NM": day["event"], "SBTR_DD_SC_NM": day["kind"]}
        row.update({f"{flag}_GRADE_EVENT_YN": "Y" if n in grades else "N" for n, flag in enumerate(GRADE_FLAGS, 1)})
        rows.append(row)
    return rows


def timetable_rows(s: dict) -> list[dict]:
    rows = []
    for table in s.get("timetable", ()):
        for day, periods in sorted(table["periods"].items()):
            for p in range(1, periods + 1):
                rows.append({"ATPT_OFCDC_SC_CODE": s["office_code"], "SD_SCHUL_CODE": s["code"], "AY": day[:4],
                             "ALL_TI_YMD": ymd(day), "GRADE": str(table["grade"]), "CLASS_NM": str(table["class"]),
                             "PERIO": str(p), "ITRT_CNTNT": "수업"})
    return rows


def envelope(service: str, rows: list[dict], page: int, size: int) -> dict:
    chunk = rows[(page - 1) * size: page * size]
    if not chunk:
        return {"RESULT": {"CODE": "INFO-200", "MESSAGE": "해당하는 데이터가 없습니다."}}
    head = [{"list_total_count": len(rows)}, {"RESULT": {"CODE": "INFO-000", "MESSAGE": "정상 처리되었습니다."}}]
    return {service: [{"head": head}, {"row": chunk}]}


def _window(rows: list[dict], field: str, req: Request, lo_key: str, hi_key: str) -> list[dict]:
    lo, hi = req.query.get(lo_key) or "", req.query.get(hi_key) or ""
    return [r for r in rows if (not lo or r[field] >= lo) and (not hi or r[field] <= hi)]


def _schools(state: SandboxState, req: Request) -> list[dict]:
    office, code = req.query.get("ATPT_OFCDC_SC_CODE") or "", req.query.get("SD_SCHUL_CODE") or ""
    return [s for s in state.schools if (not office or s["office_code"] == office) and (not code or s["code"] == code)]


def service(state: SandboxState, req: Request) -> dict:
    name = req.params["service"]
    try:
        page, size = int(req.query.get("pIndex") or 1), int(req.query.get("pSize") or 100)
    except ValueError:
        raise invalid("pIndex", "pIndex and pSize are whole numbers") from None
    if page < 1 or not 1 <= size <= 1000:
        raise invalid("pSize", "pIndex ≥ 1, 1 ≤ pSize ≤ 1000")
    schools = _schools(state, req)
    if name == "schoolInfo":
        rows = [school_info_row(s) for s in schools]
    elif name == "SchoolSchedule":
        rows = _window([r for s in schools for r in schedule_rows(s)], "AA_YMD", req, "AA_FROM_YMD", "AA_TO_YMD")
    elif name in TIMETABLE_OF.values():
        rows = [r for s in schools if TIMETABLE_OF.get(s["kind"]) == name for r in timetable_rows(s)]
        rows = _window(rows, "ALL_TI_YMD", req, "TI_FROM_YMD", "TI_TO_YMD")
        for key in ("GRADE", "CLASS_NM"):
            if req.query.get(key):
                rows = [r for r in rows if r[key] == req.query[key]]
    else:
        raise PartnerError("not_found", f"unknown Open API service {name!r}")
    return envelope(name, rows, page, size)


ROUTES = [Route("GET", "/v1/neis/openapi/{service}", "neis", "openapi", service)]
