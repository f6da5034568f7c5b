"""``linkdesk rejections list|handle`` on a database where a school rejected a record."""

from __future__ import annotations

from tests.helpers.cli import cli_env, json_of, run_cli, write_config
from tests.test_rejections import _rejected


def test_list_and_handle_from_the_command_line(sandbox, core, tmp_path):
    _rejected(sandbox, core)
    config = write_config(tmp_path / "etc" / "linkdesk.toml", sandbox.url)
    env = cli_env(tmp_path, LINKDESK_API_KEY=sandbox.api_key)
    base = ["--config", str(config), "--data-dir", str(tmp_path / "data")]
    listed = json_of(run_cli([*base, "rejections", "list", "--school", "보문", "--json"], env))
    [row] = listed["rejections"]
    assert (row["record_id"], row["route_code"], row["reason"]) == ("R-1001-02", "school", "학교 봉사활동 계획에 없는 활동입니다.")
    text = run_cli([*base, "rejections", "list"], env).stdout
    assert "사유: 학교 봉사활동 계획에 없는 활동입니다." in text and "할 일: 학교(담임 선생님)에 문의" in text
    done = run_cli([*base, "rejections", "handle", "R-1001-02", "--note", "담임께 안내"], env)
    assert done.returncode == 0 and "처리 완료" in done.stdout
    assert json_of(run_cli([*base, "rejections", "list", "--json"], env))["rejections"] == []
    wrong = run_cli([*base, "rejections", "handle", "R-1001-01"], env)
    assert wrong.returncode != 0 and "반려된 실적이 아닙니다" in wrong.stderr
    bad = run_cli([*base, "rejections", "list", "--since", "2026-13-01"], env)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
