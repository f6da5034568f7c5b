"""``linkdesk neis import``: NEIS Open API answers in, one transaction, Korean messages for bad files."""

from __future__ import annotations

import json
from datetime import date

import pytest

from linkdesk.services.neis_import import NeisImportError, import_files
from linkdesk.sandbox.neis_openapi import envelope

TODAY = date(2026, 5, 15)


def school(code="7010057", office="B10", name="보문중학교"):
    return {"ATPT_OFCDC_SC_CODE": office, "ATPT_OFCDC_SC_NM": "서울특별시교육청", "SD_SCHUL_CODE": code, "SCHUL_NM": name,
            "SCHUL_KND_SC_NM": "중학교", "LCTN_SC_NM": "서울특별시", "ORG_RDNMA": "서울특별시 성북구 보문로 10"}


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_imports_schools_timetables_and_the_calendar(core, tmp_path):
    schools = write(tmp_path, "schools.json", envelope("schoolInfo", [school(), school("7010999", name="새학교")], 1, 1000))
    table = write(tmp_path, "mis.json", envelope("misTimetable", [
        {"ATPT_OFCDC_SC_CODE": "B10", "SD_SCHUL_CODE": "7010057", "ALL_TI_YMD": "20260414", "GRADE": "2",
         "CLASS_NM": "3", "PERIO": str(p), "ITRT_CNTNT": "국어"} for p in range(1, 7)], 1, 1000))
    cal = write(tmp_path, "cal.json", envelope("SchoolSchedule", [
        {"ATPT_OFCDC_SC_CODE": "B10", "SD_SCHUL_CODE": "7010057", "AA_YMD": "20260720", "EVENT_NM": "여름방학",
         "SBTR_DD_SC_NM": "휴업일"}], 1, 1000))
    empty = write(tmp_path, "none.json", {"RESULT": {"CODE": "INFO-200", "MESSAGE": "해당하는 데이터가 없습니다."}})
    report = import_files(core, [schools, table, cal, empty], today=TODAY)
    assert (report.schools, report.timetable_days, report.calendar_days, report.files) == (2, 1, 1, 4)
    with core.store.unit_of_work(read_only=True) as uow:
        assert uow.schools.get("7010999", "B10").name == "새학교"
        assert uow.neis_data.periods("B10", "7010057", 2, "3") == {date(2026, 4, 14): 6}
        rows = uow.neis_data.schedule_rows("B10", "7010057", date(2026, 3, 1), date(2027, 2, 28))
    assert [r["EVENT_NM"] for r in rows] == ["여름방학"]


@pytest.mark.parametrize("content, words", [
    ('{"schoolInfo": [{"head": [{"list_total_count": 2}]}, {"row": [{"ATPT_OFCDC_SC_CODE": "B1', "JSON 형식이 아닙니다"),
    ({"mealServiceDietInfo": []}, "알 수 없는 서비스"),
    ({"schoolInfo": [{"head": [{"RESULT": {"CODE": "ERROR-300"}}]}, {"row": []}]}, "오류 응답"),
    ({"schoolInfo": [{"head": []}]}, "row 목록이 없습니다"),
])
def test_bad_files_name_the_file_row_and_field_and_change_nothing(core, tmp_path, content, words):
    good = write(tmp_path, "schools.json", envelope("schoolInfo", [school()], 1, 1000))
    import_files(core, [good], today=TODAY)
    bad = write(tmp_path, "bad.json", content)
    again = write(tmp_path, "more.json", envelope("schoolInfo", [school(name="바뀐이름")], 1, 1000))
    with pytest.raises(NeisImportError) as caught:
        import_files(core, [again, bad], today=TODAY)
    assert caught.value.message_ko.startswith("bad.json: ") and words in caught.value.message_ko
    with core.store.unit_of_work(read_only=True) as uow:
        assert uow.schools.get("7010057").name == "보문중학교"  # nothing half-replaced


def test_bad_rows_are_left_out_with_file_row_and_field(core, tmp_path):
    rows = [{"ATPT_OFCDC_SC_CODE": "B10", "SD_SCHUL_CODE": "7010057", "AA_YMD": "20260720", "EVENT_NM": "여름방학",
             "SBTR_DD_SC_NM": "휴업일"},
            {"ATPT_OFCDC_SC_CODE": "B10", "SD_SCHUL_CODE": "7010057", "AA_YMD": "20240720", "EVENT_NM": "방학"},
            {"ATPT_OFCDC_SC_CODE": "B10", "SD_SCHUL_CODE": "7010057", "AA_YMD": "2026-07-21", "EVENT_NM": "방학"},
            {"ATPT_OFCDC_SC_CODE": "B10", "SD_SCHUL_CODE": "7010057", "AA_YMD": "20260722"}]
    cal = write(tmp_path, "cal.json", {"SchoolSchedule": [{"head": []}, {"row": rows}]})
    report = import_files(core, [cal], today=TODAY)
    assert report.calendar_days == 1
    assert report.refused == ["cal.json: 4번째 행 EVENT_NM 항목: 값이 없어 제외했습니다.",
                              "cal.json: 2번째 행 AA_YMD 항목: 학년도 밖의 날짜입니다: 2024-07-20",
                              "cal.json: 3번째 행 AA_YMD 항목: 날짜(YYYYMMDD)가 아닙니다: '2026-07-21'"]
    assert "제외한 행 3개" in report.summary().ko


def test_a_file_of_another_school_is_refused(core, tmp_path):
    cal = write(tmp_path, "cal.json", envelope("SchoolSchedule", [
        {"ATPT_OFCDC_SC_CODE": "C10", "SD_SCHUL_CODE": "7150211", "AA_YMD": "20260720", "EVENT_NM": "여름방학",
         "SBTR_DD_SC_NM": "휴업일"}], 1, 1000))
    with pytest.raises(NeisImportError) as caught:
        import_files(core, [cal], school=("B10", "7010057"), today=TODAY)
    assert "다른 학교(C10-7150211)" in caught.value.message_ko


def test_the_school_import_on_both_databases(store, tmp_path):
    """The driver-level executemany works on SQLite and PostgreSQL, and a second import of a part
    of the directory replaces only those schools."""
    from types import SimpleNamespace

    core = SimpleNamespace(store=store)
    first = write(tmp_path, "all.json", envelope("schoolInfo", [school(), school("7010999", name="새학교")], 1, 1000))
    assert import_files(core, [first]).schools == 2
    part = write(tmp_path, "part.json", envelope("schoolInfo", [school("7010999", name="새이름학교")], 1, 1000))
    import_files(core, [part])
    with store.unit_of_work(read_only=True) as uow:
        assert uow.schools.count() == 2
        assert uow.schools.get("7010999").name == "새이름학교" and uow.schools.get("7010999").office_code == "B10"
        assert [h.code for h in uow.schools.search("ㅅㅇㄹ")] == ["7010999"]


def test_the_command_reports_what_it_took_and_names_a_bad_file(tmp_path):
    from tests.helpers.cli import cli_env, json_of, run_cli

    env = cli_env(tmp_path, LINKDESK_DATA_DIR=str(tmp_path / "data"))
    schools = write(tmp_path, "schools.json", envelope("schoolInfo", [school(), school("7010999", name="새학교")], 1, 1000))
    done = run_cli(["neis", "import", str(schools)], env)
    assert done.returncode == 0, done.stderr
    assert "학교 2개, 시간표 0일, 학사일정 0일을 가져왔습니다" in done.stdout
    cut = write(tmp_path, "cut.json", '{"schoolInfo": [{"head": [')
    failed = run_cli(["neis", "import", str(cut), "--json"], env)
    assert failed.returncode == 1 and json_of(failed)["error"]["code"] == "neis_import_invalid"
    assert "cut.json" in failed.stderr and "Traceback" not in failed.stderr


def test_the_same_school_code_under_two_offices_is_two_schools(core, tmp_path):
    """NEIS identifies a school by both codes (DOMAIN.md): the same 표준학교코드 under B10 and C10 is
    kept twice, found by office + code, and a link given the code alone asks which one."""
    from linkdesk.services.link_run import LinkRequest, run_link
    from linkdesk.services.linking import LinkingError
    from tests.fixtures.scenarios import RRN_STUDENT

    seoul, busan = school("7999001", "B10", "한빛중학교"), school("7999001", "C10", "한빛중학교")
    busan["ATPT_OFCDC_SC_NM"] = "부산광역시교육청"
    import_files(core, [write(tmp_path, "schools.json", envelope("schoolInfo", [seoul, busan], 1, 1000))], today=TODAY)
    with core.store.unit_of_work(read_only=True) as uow:
        assert uow.schools.get("7999001", "B10").office_code == "B10"
        assert uow.schools.get("7999001", "C10").office == "부산광역시교육청"
        assert uow.schools.get("7999001") is None and uow.schools.offices_of("7999001") == ["B10", "C10"]
        found = uow.schools.search("한빛중")
    assert sorted(h.office_code for h in found if h.code == "7999001") == ["B10", "C10"]
    # a second import of one of them replaces that one only
    seoul["SCHUL_NM"] = "한빛중학교(신)"
    import_files(core, [write(tmp_path, "one.json", envelope("schoolInfo", [seoul], 1, 1000))], today=TODAY)
    with core.store.unit_of_work(read_only=True) as uow:
        assert uow.schools.get("7999001", "B10").name == "한빛중학교(신)"
        assert uow.schools.get("7999001", "C10").name == "한빛중학교"
    with pytest.raises(LinkingError) as caught:
        run_link(core, LinkRequest("김민준", "7999001", dry_run=True), RRN_STUDENT)
    assert caught.value.code == "school_ambiguous" and "B10-7999001" in caught.value.message_ko
