"""Scenario files: validation names the field and the problem; defaults; the bundled default scenario."""

from __future__ import annotations

import json
from pathlib import Path
from collections import Counter

import pytest

from linkdesk.domain.rrn import parse_rrn
from linkdesk.sandbox.default_scenario import generate, load_default
from linkdesk.sandbox.scenario import ScenarioError, load_scenario, parse_scenario
from tests.fixtures.scenarios import RRN_CHILD, RRN_STUDENT, small_scenario


def _broken(edit) -> dict:
    sc = small_scenario()
    edit(sc)
    return sc


def _set(path, value):
    def edit(sc):
        target = sc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return edit


CASES = [
    (_set(("volunteers", 3, "student", "school"), "123"), "volunteers[3].student.school: unknown school code '123'"),
    (_set(("clock",), "2026-05-15T10:00:00"), "clock: needs a UTC offset"),
    (_set(("clock",), "yesterday"), "clock: not an ISO time"),
    (_set(("identity", "captcha"), "yes"), "identity.captcha: expected true or false"),
    (_set(("identity", "token_minutes"), 0), "identity.token_minutes: must be at least 1"),
    (_set(("partners", "vms", "send_interval_minutes"), "60"), "partners.vms.send_interval_minutes: expected a whole number"),
    (_set(("partners", "vms", "interval"), 60), "partners.vms.interval: unknown key"),
    (_set(("partners", "redcross", "consent_valid_years"), 0), "partners.redcross.consent_valid_years: must be at least 1"),
    (_set(("schools", 1, "kind"), "college"), "schools[1].kind: unknown school kind 'college'"),
    (_set(("schools", 2, "code"), "7010057"), "schools[2].code: duplicate school code '7010057' (first used at schools[0].code)"),
    (_set(("volunteers", 1, "id"), "V-1001"), "volunteers[1].id: duplicate volunteer id 'V-1001'"),
    (_set(("volunteers", 0, "rrn"), "120345-3102343"), "volunteers[0].rrn: not a valid 주민등록번호"),
    (_set(("volunteers", 1, "rrn"), RRN_STUDENT), "volunteers[1].rrn: the same 주민등록번호 as volunteers[0].rrn"),
    (_set(("volunteers", 0, "consents", "1365"), "2024-13-01T00:00:00+09:00"), "volunteers[0].consents.1365: not an ISO time"),
    (_set(("volunteers", 0, "consents", "dovol"), None), "volunteers[0].consents.dovol: unknown key"),
    (_set(("volunteers", 0, "class_periods"), {"2026-04-31": 6}), "volunteers[0].class_periods.2026-04-31: not a date"),
    (_set(("volunteers", 0, "class_periods"), {"2026-04-08": 11}), "volunteers[0].class_periods.2026-04-08: must be at most 10"),
    (_set(("volunteers", 0, "student", "grade"), 0), "volunteers[0].student.grade: must be at least 1"),
    (_set(("volunteers", 0, "records", 2, "end"), "25:00"), "volunteers[0].records[2].end: not a time range"),
    (_set(("volunteers", 0, "records", 2, "start"), "14:00"), None),  # valid: unchanged start
    (_set(("volunteers", 0, "records", 2, "end"), "14:00"), "volunteers[0].records[2].end: not a time range"),
    (_set(("volunteers", 0, "records", 1, "id"), "R-1001-01"), "volunteers[0].records[1].id: duplicate record id"),
    (_set(("volunteers", 0, "records", 1, "date"), "2026/04/08"), "volunteers[0].records[1].date: not a date"),
    (_set(("volunteers", 0, "records", 1, "category"), "9999"), "volunteers[0].records[1].category: unknown 1365 category code"),
    (_set(("volunteers", 0, "records", 1, "nature"), "paid"), "volunteers[0].records[1].nature: unknown nature 'paid'"),
    (_set(("volunteers", 0, "records", 1, "source"), "vms"), "volunteers[0].records[1].source: a VMS record needs"),
    (_set(("volunteers", 0, "records", 1, "neis_decision"), {"result": "maybe"}),
     "volunteers[0].records[1].neis_decision.result: unknown result 'maybe'"),
    (_set(("volunteers", 6, "redcross", "affiliations"), "서울지사"), "volunteers[6].redcross.affiliations: expected a list"),
    (_set(("volunteers", 7, "redcross", "member_id"), "RC-3001"), "volunteers[7].redcross.member_id: duplicate member_id"),
    (_set(("volunteers", 0, "name"), ""), "volunteers[0].name: must not be empty"),
    (_set(("rcy", 0, "joined_year"), "2025"), "rcy[0].joined_year: expected a whole number"),
    (_set(("faults",), [{"partner": "neis", "kind": "http_404"}]), "faults[0].kind: unknown fault kind 'http_404'"),
    (_set(("faults",), [{"partner": "nice", "kind": "http_500"}]), "faults[0].partner: unknown partner 'nice'"),
    (_set(("faults",), [{"partner": "neis", "operation": "transfer", "kind": "http_500"}]), "faults[0].operation: unknown operation"),
    (_set(("faults",), [{"partner": "neis", "kind": "latency", "ms": -1}]), "faults[0].ms: must not be negative"),
    (_set(("colour",), "blue"), "colour: unknown key"),
    (_set(("volunteers",), {}), "volunteers: expected a list"),
]


@pytest.mark.parametrize(("edit", "expected"), CASES)
def test_a_bad_scenario_names_the_field_and_the_problem(edit, expected):
    sc = _broken(edit)
    if expected is None:
        parse_scenario(sc)
        return
    with pytest.raises(ScenarioError) as info:
        parse_scenario(sc)
    assert str(info.value).startswith(expected), str(info.value)


def test_an_error_message_never_contains_the_number():
    sc = small_scenario()
    sc["volunteers"][2]["rrn"] = RRN_STUDENT
    with pytest.raises(ScenarioError) as info:
        parse_scenario(sc)
    digits = RRN_STUDENT.replace("-", "")
    assert digits not in str(info.value) and RRN_STUDENT not in str(info.value)


def test_defaults_are_filled_in():
    sc = small_scenario()
    for key in ("api_key", "partners", "clock", "rcy", "faults"):
        del sc[key]
    data = parse_scenario(sc).data
    assert data["api_key"] == "sandbox"
    assert data["identity"] == {"captcha": False, "token_minutes": 30, "captcha_minutes": 5}
    assert data["partners"] == {"vms": {"send_interval_minutes": 60, "visibility_delay_hours": 24},
                                "redcross": {"consent_valid_years": 2},
                                "neis": {"approval_delay_hours": 48, "weekday_hours": 2, "holiday_hours": 8,
                                         "max_daily_total": 8, "labour_day_off": False, "constitution_day_off": False}}
    assert data["clock"] is None and data["rcy"] == [] and data["faults"] == []
    record = data["volunteers"][0]["records"][0]
    assert record["nature"] == "regular" and record["neis_decision"] is None
    assert data["volunteers"][4]["student"] is None
    assert data["volunteers"][7]["redcross"]["linkable"] is True
    assert data["volunteers"][8]["redcross"]["linkable"] is False


def test_a_post_2020_number_with_a_wrong_check_digit_is_accepted():
    sc = parse_scenario(small_scenario())
    assert sc.data["volunteers"][3]["id"] == "V-1004"


def test_comment_keys_are_allowed():
    sc = small_scenario()
    sc["_comment"] = "for the trainer"
    sc["volunteers"][0]["_note"] = "the main demo student"
    parse_scenario(sc)


def test_files_are_loaded_and_bad_json_is_reported(tmp_path):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(small_scenario(), ensure_ascii=False), encoding="utf-8")
    assert load_scenario(good).api_key == "test-centre-key"
    bad = tmp_path / "bad.json"
    bad.write_text('{"clock": "2026-05-15T10:00:00+09:00",\n "schools": [}', encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"not valid JSON \(line 2"):
        load_scenario(bad)
    with pytest.raises(ScenarioError, match="cannot read scenario file"):
        load_scenario(tmp_path / "missing.json")


def test_the_default_scenario_has_the_national_scale_of_schools():
    data = load_default()
    sc = parse_scenario(data)
    schools = sc.data["schools"]
    assert 12_000 <= len(schools) <= 12_400
    kinds = Counter(s["kind"] for s in schools)
    assert (kinds["elementary"], kinds["middle"], kinds["high"]) == (6183, 3272, 2380)
    assert kinds["special"] + kinds["other"] == 351
    offices = Counter(s["office"] for s in schools)
    assert len(offices) == 17 and min(offices.values()) > 50
    assert len({s["region"] for s in schools}) > 200
    names_per_office = Counter((s["office"], s["name"]) for s in schools)
    assert max(names_per_office.values()) == 1  # names are unique within an office
    assert {"보문중학교", "서울고등학교"} <= {s["name"] for s in schools if s["office"] == "서울특별시교육청"}


def test_the_default_scenario_has_varied_people_and_every_test_case():
    data = parse_scenario(load_default()).data
    people = {v["id"]: v for v in data["volunteers"]}
    assert 250 <= len(people) <= 500
    shared = small_scenario()
    for vol in shared["volunteers"]:  # every case of the shared test scenario is there, same person
        mine = people[vol["id"]]
        assert (mine["name"], mine["rrn"]) == (vol["name"], vol["rrn"].replace("-", ""))
        assert {r["id"] for r in mine["records"]} == {r["id"] for r in vol["records"]}
    assert people["V-1003"]["rrn"] == RRN_CHILD.replace("-", "")
    vols = data["volunteers"]
    assert sum(1 for v in vols if v["student"]) > 100 and sum(1 for v in vols if not v["student"]) > 50
    assert sum(1 for v in vols if v["vms_id"]) > 10 and sum(1 for v in vols if v["redcross"]) > 10
    assert sum(1 for v in vols if v["consents"]["1365"] is None) > 20
    assert any(parse_rrn(v["rrn"]).foreign for v in vols)
    assert any(parse_rrn(v["rrn"]).checksum_ok is False for v in vols)
    natures = Counter(r["nature"] for v in vols for r in v["records"])
    assert {"regular", "club", "disciplinary", "donation"} <= set(natures)
    assert any(r["neis_decision"] for v in vols for r in v["records"])


def test_the_default_scenario_is_deterministic():
    assert generate() == generate()
    assert generate(seed=1)["volunteers"] != generate()["volunteers"]


def test_the_documented_example_is_a_valid_scenario():
    text = (Path(__file__).resolve().parents[1] / "docs" / "sandbox-scenarios.md").read_text(encoding="utf-8")
    example = text.split("## Example", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    sc = parse_scenario(json.loads(example))
    assert sc.data["faults"][0]["kind"] == "latency" and sc.data["volunteers"][0]["records"][1]["nature"] == "club"


def test_a_scenario_never_shows_a_number_in_its_repr():
    sc = parse_scenario(small_scenario())
    assert RRN_STUDENT.replace("-", "") not in repr(sc) and "rrn" not in repr(sc)
