"""``linkdesk schools search`` as a real subprocess: the popup's search, ranked, text and JSON."""

from __future__ import annotations

import json

from tests.fixtures import scenarios as S
from tests.helpers.cli import cli_env, json_of, run_cli


def test_schools_search_ranks_like_the_popup(tmp_path):
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps(S.small_scenario(), ensure_ascii=False), encoding="utf-8")
    env = cli_env(tmp_path, LINKDESK_SANDBOX_SCENARIO=str(scenario), LINKDESK_DATA_DIR=str(tmp_path / "data"))
    offline_empty = run_cli(["schools", "search", "보문", "--offline", "--json"], env)
    assert offline_empty.returncode == 0 and json_of(offline_empty)["schools"] == []
    found = run_cli(["schools", "search", "보문", "--json"], env)  # downloads the directory first
    assert found.returncode == 0, found.stderr
    assert [s["name"] for s in json_of(found)["schools"]] == ["보문중학교", "대구보문고등학교", "포항보문중학교"]
    region = json_of(run_cli(["schools", "search", "성북", "보문", "--offline", "--json"], env))
    assert region["query"] == "성북 보문" and [s["code"] for s in region["schools"]] == ["7010057"]
    text = run_cli(["schools", "search", "ㅂㅁㅈ", "--kind", "middle", "--limit", "1", "--offline"], env)
    assert text.returncode == 0 and text.stdout.splitlines() == [
        "7010057    보문중학교  (서울특별시교육청 · 중학교 · 서울특별시 성북구)"]
    none = run_cli(["schools", "search", "없는학교", "--offline"], env)
    assert none.returncode == 0 and "맞는 학교가 없습니다" in none.stdout
