"""``linkdesk drift check`` as a real command in training mode: no difference on a fresh training cache."""

from __future__ import annotations

import pytest

from tests.helpers.cli import cli_env, json_of, run_cli

pytestmark = pytest.mark.slow


def test_drift_check_on_training_reports_and_exits_by_outcome(tmp_path):
    env = cli_env(tmp_path)
    data = str(tmp_path / "data")
    out = run_cli(["--data-dir", data, "drift", "check", "--json"], env)
    assert out.returncode == 0, out.stderr
    doc = json_of(out)
    assert set(doc["checked"]) == {"neis", "vms", "redcross"} and doc["differences"] == [] and doc["applied"] == 0
    bad = run_cli(["--data-dir", data, "drift", "check", "--partner", "dovol"], env)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_a_record_the_partner_never_received_is_listed_with_exit_4(tmp_path):
    from datetime import date, datetime, timezone

    from linkdesk.store import Store
    from linkdesk.store.paths import sqlite_url

    env = cli_env(tmp_path)
    data = tmp_path / "data"
    assert run_cli(["--data-dir", str(data), "drift", "check"], env).returncode == 0  # makes the training cache
    store = Store.open(url=sqlite_url(data / "linkdesk-training.db"))
    try:
        with store.unit_of_work() as uow:
            uow.volunteers.save("V-1001", name="연습 학생")
            uow.records.upsert_many("V-1001", [{"id": "R-X-1", "date": date(2026, 11, 2), "minutes": 120}])
            uow.links.set_status("R-X-1", "neis", "sent", sent_at=datetime.now(timezone.utc))
    finally:
        store.close()
    out = run_cli(["--data-dir", str(data), "drift", "check", "--partner", "neis"], env)
    assert out.returncode == 4, out.stderr
    assert "R-X-1" in out.stdout and "연계기관에 없습니다" in out.stdout and "담당자 확인 필요" in out.stdout
