"""실적 보고: the month's report as CSV and PDF through the real command, in training mode."""

from __future__ import annotations

import csv
import os
import stat
import subprocess

import pytest
from sqlalchemy import select

from linkdesk.store import Store
from linkdesk.store.models_security import AccessLogEntry
from linkdesk.store.paths import sqlite_url
from tests.fixtures.pending_rows import fill
from tests.helpers.cli import cli_env, json_of, run_cli

pytestmark = pytest.mark.slow


@pytest.fixture
def data_dir(tmp_path):
    """The training database of a data folder, filled with the pending-review rows (made-up people)."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    store = Store.open(url=sqlite_url(folder / "linkdesk-training.db"))
    try:
        fill(store)
    finally:
        store.close()
    return folder


def test_show_json_and_report_csv_pdf(data_dir, tmp_path):
    env = cli_env(tmp_path)
    shown = run_cli(["--data-dir", str(data_dir), "dashboard", "show", "--month", "2026-05", "--json"], env)
    assert shown.returncode == 0, shown.stderr
    board = json_of(shown)
    neis = next(t for t in board["totals"] if t["partner"] == "neis")
    assert (neis["records"], neis["minutes"], neis["hours"]) == (1, 120, 2)  # R-1-0, sent 2026-05-08
    assert board["outbox"] == {"waiting": 6, "failed": 2, "ambiguous": 1}

    out_csv, out_pdf = tmp_path / "보고.csv", tmp_path / "보고.pdf"
    made = run_cli(["--data-dir", str(data_dir), "dashboard", "report", "--month", "2026-05", "--purpose", "구청 월간 보고",
                    "--csv", str(out_csv), "--pdf", str(out_pdf)], env)
    assert made.returncode == 0, made.stderr
    lines = list(csv.reader(out_csv.read_text(encoding="utf-8-sig").splitlines()))
    assert ["목적", "구청 월간 보고"] in lines
    assert ["연계 실적", "나이스(학생부)", "1", "2시간", "2"] in lines
    assert "김민준" not in out_csv.read_text(encoding="utf-8-sig")  # aggregates only
    for f in (out_csv, out_pdf):
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600
    raw = subprocess.run(["pdftotext", "-raw", str(out_pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(raw.replace("\x01", " ").split())  # poppler reads Qt's space glyph as U+0001
    assert "자원봉사 실적 연계 보고" in text and "구청 월간 보고" in text

    store = Store.open(url=sqlite_url(data_dir / "linkdesk-training.db"))
    try:
        with store.unit_of_work(read_only=True) as uow:
            actions = [(e.action, e.target) for e in uow.session.scalars(select(AccessLogEntry))]
    finally:
        store.close()
    assert ("download", "실적 보고 (csv, 2026-05-01 ~ 2026-05-31)") in actions
    assert ("print", "실적 보고 (pdf, 2026-05-01 ~ 2026-05-31)") in actions
    assert actions.count(("view", "현황")) == 2  # show, and the report's own look at the figures


def test_report_refuses_no_purpose_the_data_folder_and_bad_months(data_dir, tmp_path):
    env = cli_env(tmp_path)
    no_purpose = run_cli(["--data-dir", str(data_dir), "dashboard", "report", "--purpose", " ", "--csv",
                          str(tmp_path / "x.csv")], env)
    assert no_purpose.returncode == 1 and "목적" in no_purpose.stderr
    db = data_dir / "linkdesk-training.db"
    before = db.read_bytes()
    inside = run_cli(["--data-dir", str(data_dir), "dashboard", "report", "--purpose", "보고", "--csv", str(db)], env)
    assert inside.returncode == 1 and "저장할 수 없습니다" in inside.stderr
    assert "Traceback" not in inside.stderr
    bad = run_cli(["--data-dir", str(data_dir), "dashboard", "show", "--month", "2026-13"], env)
    assert bad.returncode == 1 and "없는 달" in bad.stderr
    assert db.read_bytes()[:100] == before[:100]
