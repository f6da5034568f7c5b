"""Days off school, rejected records and rule differences through the whole path: the linking session,
the sandbox's own NEIS over real HTTP (its 학사일정 from the scenario), and the outbox."""

from __future__ import annotations

import copy

import pytest

from linkdesk.clock import OffsetClock
from linkdesk.config import Config
from linkdesk.services.core import open_core
from tests.fixtures import scenarios as S
from tests.fixtures.core import core_config
from tests.test_services_linking import to_select


def _scenario() -> dict:
    sc = S.small_scenario()
    sc["schools"] = copy.deepcopy(sc["schools"])
    bomun = next(s for s in sc["schools"] if s["code"] == "7010057")
    bomun["calendar"] = [{"date": "2026-05-04", "event": "재량휴업일", "kind": "휴업일"},
                         {"date": "2026-05-07", "event": "1학년 현장체험학습", "kind": "휴업일", "grades": [1]}]
    student = sc["volunteers"][0]
    student["records"] = [*student["records"],
                          S._rec("R-1001-10", "2026-05-04", 1, "성북구자원봉사센터", "0800", "공원 정화", "09:00", "15:00"),
                          S._rec("R-1001-11", "2026-05-06", 1, "성북구자원봉사센터", "0800", "공원 정화", "09:00", "15:00"),
                          S._rec("R-1001-12", "2026-05-07", 1, "성북구자원봉사센터", "0800", "공원 정화", "09:00", "15:00"),
                          S._rec("R-1001-13", "2026-04-08", 2, "성북노인종합복지관", "0100", "배식 보조", "17:00", "18:00")]
    return sc


@pytest.fixture
def scenario():
    return _scenario()


def test_the_school_calendar_decides_and_neis_agrees(core, sandbox):
    s = to_select(core)
    rows = {r.record_id: r for r in s.state.records}
    assert rows["R-1001-10"].recognized_hours == 6  # 재량휴업일 from the school's 학사일정
    assert any("재량휴업일(학사일정) — 최대 8시간" in m.ko for m in rows["R-1001-10"].notes)
    assert rows["R-1001-11"].recognized_hours == 2  # an ordinary Wednesday: the weekday setting
    assert rows["R-1001-12"].recognized_hours == 2  # a day off for grade 1 only; the student is in grade 3
    s.send()
    assert {r.status for r in s.state.results} == {"sent"}  # the sandbox's own NEIS agreed on every one
    hours = {x["record_id"]: x["hours"] for x in core_hours(sandbox)}
    assert hours["R-1001-10"] == 6 and hours["R-1001-11"] == 2
    s.reset()


def core_hours(sandbox):
    return sandbox.state()["neis_submissions"]


def test_a_rejected_record_frees_the_day_for_the_next_one(core, sandbox):
    s = to_select(core)
    rows = {r.record_id: r for r in s.state.records}
    assert rows["R-1001-02"].recognized_hours == 1  # 7교시: 1 hour that day
    assert [m.code for m in rows["R-1001-13"].reasons] == ["daily_cap"]
    s.select({"R-1001-02"})
    s.send()
    s.reset()
    sandbox.advance(49 * 60)  # the school decides: R-1001-02 is rejected (반려)
    core.sync_clock()
    s = to_select(core)
    rows = {r.record_id: r for r in s.state.records}
    assert rows["R-1001-02"].link_status == "rejected" and "반려" in (rows["R-1001-02"].link_result or "")
    assert rows["R-1001-13"].eligible and rows["R-1001-13"].recognized_hours == 1
    s.select({"R-1001-13"})
    s.send()
    assert [r.status for r in s.state.results] == ["sent"]  # NEIS frees the rejected hour as well
    s.reset()


def test_a_rule_setting_neis_does_not_share_is_named_as_a_difference(sandbox, tmp_path, monkeypatch):
    monkeypatch.delenv("LINKDESK_API_KEY", raising=False)
    cfg = core_config(sandbox)
    cfg.rules.weekday_hours = 4  # LinkDesk's preview says 4 h; the gateway's NEIS keeps its own 2 h
    with open_core(cfg, tmp_path / "data", clock=OffsetClock()) as core:
        s = to_select(core)
        assert {r.record_id: r for r in s.state.records}["R-1001-11"].recognized_hours == 4
        s.select({"R-1001-11"})
        s.send()
        result = s.state.results[0]
        assert result.status == "failed" and result.code == "hours_differ"
        assert "나이스 인정 시간 2시간" in result.message
        assert "LinkDesk의 규칙과 나이스의 판단이 다릅니다" in result.message
        row = {r.record_id: r for r in s.state.records}["R-1001-11"]
        assert "나이스 인정 시간 2시간" in (row.link_result or "")
        s.reset()


def test_training_mode_gives_the_sandbox_the_same_rules(tmp_path):
    cfg = Config()
    cfg.rules.weekday_hours = 4
    cfg.rules.labour_day_off = True
    with open_core(cfg, tmp_path / "data", scenario=_scenario()) as core:
        neis = core.sandbox.state.setting("partners", "neis")
        assert neis["weekday_hours"] == 4 and neis["labour_day_off"] is True
        s = to_select(core)
        s.select({"R-1001-11"})
        s.send()
        assert [r.status for r in s.state.results] == ["sent"]  # 4 h on both sides
        s.reset()


def test_imported_open_api_data_fills_in_where_the_gateway_is_silent(core, sandbox, tmp_path):
    import json

    from linkdesk.sandbox.neis_openapi import envelope
    from linkdesk.services.neis_import import import_files

    base = {"ATPT_OFCDC_SC_CODE": "B10", "SD_SCHUL_CODE": "7010057"}
    timetable = tmp_path / "mis.json"  # grade 3 class 2 (the student's) has 4 periods on 2026-05-06
    timetable.write_text(json.dumps(envelope("misTimetable", [
        {**base, "ALL_TI_YMD": "20260506", "GRADE": "3", "CLASS_NM": "2", "PERIO": str(p)} for p in range(1, 5)], 1, 100)))
    calendar = tmp_path / "cal.json"
    calendar.write_text(json.dumps(envelope("SchoolSchedule", [
        {**base, "AA_YMD": "20260507", "EVENT_NM": "개교기념일", "SBTR_DD_SC_NM": "휴업일"}], 1, 100), ensure_ascii=False))
    import_files(core, [timetable, calendar])
    sandbox.set_faults([{"partner": "neis", "operation": "openapi", "kind": "http_503", "times": 0}])
    s = to_select(core)
    rows = {r.record_id: r for r in s.state.records}
    assert rows["R-1001-11"].recognized_hours == 4  # 8 − 4 periods from the imported timetable
    assert rows["R-1001-12"].recognized_hours == 6  # 개교기념일 from the imported 학사일정 (gateway down)
    assert any("개교기념일(학사일정)" in m.ko for m in rows["R-1001-12"].notes)
    s.reset()


def test_the_pending_review_says_how_the_hours_were_counted(core, sandbox):
    from linkdesk.services import pending

    sandbox.set_faults([{"partner": "neis", "operation": "submit", "kind": "http_503", "times": 0, "retry_after": 1}])
    s = to_select(core)
    s.select({"R-1001-03"})  # 240 min on a 6-period day
    s.send()
    s.reset()
    rows = [r for r in pending.page(core) if r.record_id == "R-1001-03"]
    assert len(rows) == 1
    assert rows[0].hours_rule.startswith("2026-04-22 시간표 6교시 — 최대 2시간")
    assert rows[0].hours_rule.endswith("2시간 인정")
