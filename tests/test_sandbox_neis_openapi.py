"""The sandbox's NEIS Open API services over HTTP: the Open API envelope, paging, INFO-200."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from linkdesk.domain.neis_openapi import read_answer, school_days
from tests.fixtures import scenarios as S


@pytest.fixture
def scenario():
    sc = S.small_scenario()
    sc["schools"] = copy.deepcopy(sc["schools"])
    sc["schools"][0]["timetable"] = [{"grade": 3, "class": 2, "periods": {"2026-04-14": 6, "2026-04-15": 4}}]
    sc["schools"][0]["calendar"] = [{"date": "2026-05-04", "event": "재량휴업일", "kind": "휴업일"},
                                    {"date": "2026-05-08", "event": "어버이날 행사", "kind": "해당없음", "grades": [1, 2]}]
    return sc


def test_school_info_pages_and_no_data(sandbox_api):
    first = sandbox_api.get("/v1/neis/openapi/schoolInfo", params={"pIndex": 1, "pSize": 3}).json()
    head, rows = first["schoolInfo"]
    assert head["head"][0]["list_total_count"] == 8 and len(rows["row"]) == 3
    assert head["head"][1]["RESULT"]["CODE"] == "INFO-000"
    assert rows["row"][0]["ATPT_OFCDC_SC_CODE"] == "B10" and set(rows["row"][0]) >= {"SD_SCHUL_CODE", "SCHUL_NM"}
    past = sandbox_api.get("/v1/neis/openapi/schoolInfo", params={"pIndex": 4, "pSize": 3}).json()
    assert past == {"RESULT": {"CODE": "INFO-200", "MESSAGE": "해당하는 데이터가 없습니다."}}
    one = sandbox_api.get("/v1/neis/openapi/schoolInfo", params={"ATPT_OFCDC_SC_CODE": "C10"}).json()
    assert [r["SCHUL_NM"] for r in read_answer(one).rows] == ["해운대중학교"]


def test_timetable_and_calendar_rows_read_back_as_the_rules_need_them(sandbox_api):
    params = {"ATPT_OFCDC_SC_CODE": "B10", "SD_SCHUL_CODE": "7010057"}
    table = read_answer(sandbox_api.get("/v1/neis/openapi/misTimetable", params={**params, "GRADE": "3"}).json())
    assert len(table.rows) == 10 and {r["PERIO"] for r in table.rows} == {"1", "2", "3", "4", "5", "6"}
    calendar = read_answer(sandbox_api.get("/v1/neis/openapi/SchoolSchedule",
                                           params={**params, "AA_FROM_YMD": "20260501", "AA_TO_YMD": "20260531"}).json())
    known = school_days(calendar.rows, table.rows, 3, "2")
    assert known.periods == {date(2026, 4, 14): 6, date(2026, 4, 15): 4}
    assert known.off_event(date(2026, 5, 4)) == "재량휴업일" and known.off_event(date(2026, 5, 8)) is None
    assert read_answer(sandbox_api.get("/v1/neis/openapi/hisTimetable", params=params).json()).rows == ()


def test_an_unknown_service_and_bad_paging(sandbox_api):
    assert sandbox_api.get("/v1/neis/openapi/mealServiceDietInfo").status_code == 404
    bad = sandbox_api.get("/v1/neis/openapi/schoolInfo", params={"pSize": 5000})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid_request"


