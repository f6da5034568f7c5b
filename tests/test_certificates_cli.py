"""``linkdesk certificate …`` as staff run it: a real process in training mode (embedded sandbox),
issuing with a PDF (Qt loaded only for that, offscreen without a display), verifying, listing, voiding."""

from __future__ import annotations

import getpass
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")


@pytest.fixture
def cli(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[centre]\nname = "성북구자원봉사센터"\nconfirmer = "홍길동"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                                                           "LINKDESK_SANDBOX_SCENARIO", "LINKDESK_API_KEY")}
    env["LINKDESK_CONFIG"] = str(config)

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "linkdesk", "certificate", *args, "--data-dir", str(tmp_path / "data")],
                              cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=120)

    return run


def test_issue_with_pdf_then_verify_list_and_void(cli, tmp_path):
    pdf = tmp_path / "확인서.pdf"
    done = cli("issue", "--volunteer", "V-1001", "--from", "2026-03-01", "--to", "2026-05-15",
               "--purpose", "학교 제출용", "--sync", "--pdf", str(pdf), "--json")
    assert done.returncode == 0, done.stderr
    issued = json.loads(done.stdout)
    assert issued["number"] == "2026-0000001" and issued["pages"] == 1 and issued["count"] > 0
    text = " ".join(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "김민준" in text and "발급번호: 2026-0000001" in text and "성북구자원봉사센터" in text

    assert len(issued["code"].replace("-", "")) == 11 + 9  # the 발급번호 and a 9-character check code
    checked = cli("verify", *issued["code"].lower().split("-"))  # typed in pieces, in lower case
    assert checked.returncode == 0 and checked.stdout.startswith("valid:"), checked.stdout + checked.stderr
    scanned = cli("verify", issued["qr_code"])
    assert scanned.returncode == 0 and scanned.stdout.startswith("valid:")
    by_number = cli("verify", "2026-0000001", "--json")  # the number alone finds the ledger entry
    assert by_number.returncode == 0 and json.loads(by_number.stdout)["summary"]["name"] == "김민준"

    listed = json.loads(cli("list", "--json").stdout)
    assert [(e["number"], e["status"], e["outputs"]) for e in listed] == [("2026-0000001", "issued", 1)]

    voided = cli("void", "2026-0000001", "--reason", "성명 오기")
    assert voided.returncode == 0 and "무효 처리" in voided.stdout
    again = cli("verify", issued["code"], "--json")
    assert again.returncode == 1 and json.loads(again.stdout)["status"] == "void"


def test_preview_takes_no_number_and_the_confirmer_is_never_the_os_user(cli, tmp_path):
    """No 확인자 configured: training mode prints the training account, never the OS user; the issue
    date is the sandbox's (training clock), not this PC's."""
    (tmp_path / "config.toml").write_text('[centre]\nname = "성북구자원봉사센터"\n', encoding="utf-8")
    args = ("--volunteer", "V-1001", "--from", "2026-03-01", "--to", "2026-05-15", "--purpose", "학교 제출용")
    looked = cli("preview", *args, "--sync", "--json")
    assert looked.returncode == 0, looked.stderr
    seen = json.loads(looked.stdout)
    assert seen["number"] is None and seen["confirmer"] == "연습 사용자" != getpass.getuser()
    done = json.loads(cli("issue", *args, "--json").stdout)
    assert done["number"] == "2026-0000001"  # the preview used no number
    from linkdesk.sandbox.default_scenario import load_default

    assert seen["issued_on"] == load_default()["clock"][:10] == "2026-05-15"


def test_the_masked_number_is_read_from_stdin_never_from_the_arguments(cli):
    done = cli("issue", "--volunteer", "V-1001", "--from", "2026-03-01", "--to", "2026-05-15",
               "--purpose", "취업 제출용", "--masked-number", "--sync", "--json", stdin="120315-3\n")
    assert done.returncode == 0, done.stderr
    wrong = cli("issue", "--volunteer", "V-1001", "--from", "2026-03-01", "--to", "2026-05-15",
                "--purpose", "취업 제출용", "--masked-number", stdin="120316-3\n")
    assert wrong.returncode == 1 and "생년월일과 다릅니다" in wrong.stderr


def test_a_period_without_records_is_a_clear_error(cli):
    cli("issue", "--volunteer", "V-1001", "--from", "2026-03-01", "--to", "2026-05-15", "--purpose", "x", "--sync")
    done = cli("issue", "--volunteer", "V-1001", "--from", "2020-01-01", "--to", "2020-12-31", "--purpose", "학교 제출용")
    assert done.returncode == 1 and "실적이 없습니다" in done.stderr and "Traceback" not in done.stderr
