"""``linkdesk vms`` and ``linkdesk redcross`` in-process, against the sandbox over HTTP: the same answers
as the services (and therefore the GUI) give."""

from __future__ import annotations

import json

import pytest

from linkdesk.cli import main
from linkdesk.services import redcross as rc
from tests.test_services_redcross import redcross_scenario


@pytest.fixture
def scenario():
    return redcross_scenario()


@pytest.fixture
def cli(sandbox, tmp_path, monkeypatch, capsys):
    """Run ``linkdesk --config … --data-dir … ARGS``; returns (exit code, stdout, stderr)."""
    monkeypatch.delenv("LINKDESK_API_KEY", raising=False)
    monkeypatch.delenv("LINKDESK_CONFIG", raising=False)
    config = tmp_path / "linkdesk.toml"
    config.write_text(f'[partners]\nbase_url = "{sandbox.url}"\napi_key = "{sandbox.api_key}"\nread_timeout = 5.0\n'
                      f'max_retry_wait = 2.0\n', encoding="utf-8")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--config", str(config), "--data-dir", str(tmp_path / "data"), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_vms_show_lists_the_records_and_the_consent(cli):
    code, out, _ = cli("vms", "show", "--volunteer", "V-2001")
    assert code == 0
    assert "정하늘 (VMS 아이디 : haneul85 ⇔ 1365 아이디 : V-2001)" in out
    assert "회원님은 2017년 06월 07일에 1365자원봉사포털에 실적연계를 위한 정보제공 동의를 하였습니다." in out
    assert "총 7건 (미전송 7건) · 봉사실적 일괄전송: 지금 가능" in out
    assert "2010-01-26\t1\t가람가정봉사원지원센터\t여가선용(각종 취미활동 등)\t15:30~16:30\t\t\t미전송" in out


def test_vms_send_then_refused_with_the_time(cli, sandbox):
    code, out, _ = cli("vms", "send", "--vms-id", "haneul85")
    assert code == 0
    assert out.splitlines()[0] == "회원님의 7건의 실적이 나눔포털에 전송되었습니다"
    assert "2026-05-16 10:00 이후에 표시됩니다" in out
    code, out, _ = cli("vms", "send", "--volunteer", "V-2001", "--json")
    answer = json.loads(out)
    assert code == 3 and answer["status"] == "refused"
    assert answer["allowed_at"].startswith("2026-05-15T11:00")
    code, out, _ = cli("vms", "show", "--volunteer", "V-2001", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["send_allowed"] is False
    assert {r["link"]["result"] for r in shown["overview"]["records"]} == {"전송성공"}
    assert len(sandbox.state()["vms_transfers"]) == 1


def test_vms_send_without_the_1365_consent(cli, sandbox):
    code, out, _ = cli("vms", "send", "--volunteer", "V-2002")
    assert code == 3 and "정보제공 동의" in out
    assert sandbox.state()["vms_transfers"] == []


def test_vms_unknown_member(cli):
    code, _, err = cli("vms", "show", "--vms-id", "nobody")
    assert code == 1 and "찾을 수 없습니다" in err


def test_redcross_show_and_each_failure_case_with_its_route(cli):
    code, out, _ = cli("redcross", "show", "--volunteer", "V-3001")
    assert code == 0
    assert "- 활동 : 총 6년 10개월 / 2회 / 9시간" in out
    assert "- 2024-03-10 15:04에 1365 연계에 동의하셨습니다. (만료 2026-03-10 15:04, 만료됨 — 재동의 필요)" in out
    code, _, err = cli("redcross", "show", "--volunteer", "V-3002")
    assert code == 3
    assert err.splitlines() == [rc.PROBLEMS["redcross_two_affiliations"].message,
                                "해결 방법: " + rc.PROBLEMS["redcross_two_affiliations"].route]
    code, _, err = cli("redcross", "show", "--name", "윤서준", "--birth", "1978-09-10")
    assert code == 3 and rc.PROBLEMS["redcross_info_mismatch"].message in err
    code, out, _ = cli("redcross", "show", "--volunteer", "V-3002", "--json")
    assert code == 3 and json.loads(out)["problem"]["code"] == "redcross_two_affiliations"
    code, _, err = cli("redcross", "show", "--name", "윤서준")  # a name needs its birth date
    assert code == 2 and "--birth" in err
    code, _, err = cli("redcross", "link", "--volunteer", "V-3003")
    assert code == 3 and "기존 내역 연결을 위한 정보 확인이 필요합니다." in err and "구호복지팀" in err


def test_redcross_link_consent_renewal_and_expiring(cli, sandbox):
    code, out, _ = cli("redcross", "link", "--volunteer", "V-3005", "--activity", "RCA-3005-01")
    assert (code, out.strip()) == (0, "1건의 적십자 활동이 연결되었습니다.")
    code, out, err = cli("redcross", "consent", "--volunteer", "V-3001")
    assert (code, out.strip()) == (0, "2026-05-15 10:00에 1365 연계에 동의하셨습니다.")
    assert "목적:" in err and "제공받는 자:" in err and "보유·이용 기간:" in err  # the text the member confirmed
    code, out, _ = cli("redcross", "expiring")
    assert code == 0 and "오세훈\tV-3004\tRC-3004\t만료 2026-06-01 11:00" in out
    code, out, _ = cli("redcross", "expiring", "--json")
    assert [i["volunteer_id"] for i in json.loads(out)["items"]] == ["V-3004"]
    code, out, _ = cli("redcross", "rcy", "--region", "부산")
    assert out.strip() == "이준서\t부산\t해운대중학교\t2024"
    assert [x["activity_ids"] for x in sandbox.state()["redcross_links"]] == [["RCA-3005-01"]]
