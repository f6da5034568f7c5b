"""The other core commands as real subprocesses: records, outbox list, db upgrade, demo, errors."""

from __future__ import annotations

import json
import sqlite3

import pytest

from linkdesk.store import Store
from linkdesk.store.migrate import head_revision, upgrade
from linkdesk.store.paths import sqlite_url
from tests.fixtures import scenarios as S
from tests.helpers.cli import cli_env, json_of, run_cli
from tests.helpers.privacy import files_holding


@pytest.fixture
def training_env(tmp_path):
    """Training mode (no configuration) on the small test scenario."""
    scenario = tmp_path / "scenario" / "small.json"
    scenario.parent.mkdir()
    scenario.write_text(json.dumps(S.small_scenario(), ensure_ascii=False), encoding="utf-8")
    return cli_env(tmp_path, LINKDESK_SANDBOX_SCENARIO=str(scenario), LINKDESK_DATA_DIR=str(tmp_path / "data"))


def real_config(tmp_path):
    """A configuration naming a gateway (not training); db commands never call it."""
    path = tmp_path / "etc" / "linkdesk.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[partners]\nbase_url = "http://127.0.0.1:9"\n', encoding="utf-8")
    return path


def test_help_lists_the_commands(tmp_path):
    result = run_cli(["--help"], cli_env(tmp_path))
    assert result.returncode == 0
    for name in ("link", "outbox", "records", "db", "demo"):
        assert name in result.stdout


def test_records_list_works_from_the_cache_and_says_the_link_state(training_env):
    unknown = run_cli(["records", "list", "--volunteer", "V-1001", "--json"], training_env)
    assert unknown.returncode == 1 and json_of(unknown)["error"]["code"] == "volunteer_not_cached"
    assert "V-1001" in unknown.stderr
    linked = run_cli(["link", "--name", "김민준", "--school", "7010057"], training_env, stdin=S.RRN_STUDENT + "\n")
    assert linked.returncode == 0, linked.stderr
    assert "전송완료" in linked.stdout and "1시간 미만" in linked.stdout  # the table, with the reasons
    text = run_cli(["records", "list", "--volunteer", "V-1001"], training_env)
    assert text.returncode == 0, text.stderr
    assert "김민준 (V-1001)" in text.stdout and "나이스 전송성공" in text.stdout
    doc = json_of(run_cli(["records", "list", "--volunteer", "V-1001", "--json"], training_env))
    assert doc["volunteer"] == {"id": "V-1001", "name": "김민준"} and len(doc["records"]) == 9
    first = doc["records"][0]
    assert set(first) >= {"id", "source", "date", "minutes", "links", "fetched_at"}
    assert first["links"] == {} or set(first["links"]) <= {"neis", "1365", "vms", "redcross"}


def test_outbox_list_shapes(training_env):
    empty = run_cli(["outbox", "list", "--json"], training_env)
    assert empty.returncode == 0, empty.stderr
    doc = json_of(empty)
    assert doc["items"] == [] and set(doc["counts"]) == {"queued", "in_flight", "sent", "failed", "ambiguous", "cancelled"}
    run_cli(["link", "--name", "김민준", "--school", "7010057"], training_env, stdin=S.RRN_STUDENT + "\n")
    listed = json_of(run_cli(["outbox", "list", "--status", "sent", "--json"], training_env))
    assert len(listed["items"]) == 5
    item = listed["items"][0]
    assert item["status"] == "sent" and item["kind"] == "neis_submit" and "payload" not in item
    text = run_cli(["outbox", "list", "--status", "all"], training_env)
    assert text.returncode == 0 and "전송완료 5" in text.stdout
    flushed = run_cli(["outbox", "flush"], training_env)
    assert flushed.returncode == 0 and "보낼 항목이 없습니다" in flushed.stderr


def test_db_upgrade_reports_revisions_and_the_backup(tmp_path):
    head = head_revision()
    env = cli_env(tmp_path, LINKDESK_CONFIG=str(real_config(tmp_path)))
    data = tmp_path / "data"
    data.mkdir()
    db = data / "linkdesk.db"
    with Store(sqlite_url(db)) as old:  # a database left by an older LinkDesk
        upgrade(old.engine, target="0001", sqlite_path=db)
    result = run_cli(["db", "upgrade", "--data-dir", str(data), "--json"], env)
    assert result.returncode == 0, result.stderr
    doc = json_of(result)
    assert doc["from"] == "0001" and doc["to"] == head and doc["changed"] and doc["training"] is False
    assert doc["database"].endswith("linkdesk.db")
    assert doc["backup"] and (data / "backups" / doc["backup"].rsplit("/", 1)[1]).exists()
    again = run_cli(["--data-dir", str(data), "db", "upgrade"], env)
    assert again.returncode == 0 and f"이미 최신입니다 (스키마 {head})" in again.stdout
    # A database from a newer LinkDesk is refused with the reason.
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    newer = run_cli(["db", "upgrade", "--data-dir", str(data), "--json"], env)
    assert newer.returncode == 1 and json_of(newer)["error"]["code"] == "database"
    assert "더 새로운 버전" in newer.stderr


def test_db_upgrade_in_training_mode_uses_the_training_database(tmp_path):
    result = run_cli(["db", "upgrade", "--data-dir", str(tmp_path / "data"), "--json"], cli_env(tmp_path))
    doc = json_of(result)
    assert result.returncode == 0 and doc["training"] is True and doc["from"] is None
    assert doc["database"].endswith("linkdesk-training.db") and doc["backup"] is None


def test_a_bad_configuration_is_a_known_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[partners]\nbase_ur = 'x'\n", encoding="utf-8")
    result = run_cli(["outbox", "list", "--json"], cli_env(tmp_path, LINKDESK_CONFIG=str(bad)))
    assert result.returncode == 1 and "설정 파일 오류" in result.stderr and "partners.base_ur" in result.stderr
    assert json_of(result)["error"]["code"] == "config"


def test_demo_runs_the_whole_flow_in_a_throwaway_folder(training_env, tmp_path):
    result = run_cli(["demo"], training_env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for step in ("■ 1.", "실명인증 완료: 김민준", "학생정보 확인: 3학년 2반", "■ 2.", "이미전송", "■ 3.", "전송대기",
                 "전송완료", "가상 나이스가 받은 실적: 6건"):
        assert step in out, step
    assert "120315-3******" in out and S.RRN_STUDENT not in out + result.stderr
    assert "연습 모드" in result.stderr
    assert list((tmp_path / "tmp").iterdir()) == []  # the throw-away data folder is gone
    assert not (tmp_path / "data").exists()  # LINKDESK_DATA_DIR is not touched by the demo


def test_demo_keeps_its_data_with_data_dir(training_env, tmp_path):
    data = tmp_path / "demo-data"
    result = run_cli(["demo", "--data-dir", str(data)], training_env)
    assert result.returncode == 0, result.stderr
    assert (data / "linkdesk-training.db").exists() and (data / "logs" / "linkdesk.log").exists()
    assert files_holding(S.RRN_STUDENT, data) == [] and files_holding(S.RRN_POST2020, data) == []
