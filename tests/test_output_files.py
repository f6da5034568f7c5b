"""Files are the owner's alone and never land on LinkDesk's own (issue 16 point 3): each writer is
0600 from its first byte even under a 022 umask, written beside and renamed into place, and every
``--pdf``/``--out``/export path into the data folder, the database, its WAL, the logs or the keys is
refused with ``output_path`` before anything is recorded."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.logs import setup_logging
from linkdesk.services import export as X
from linkdesk.services.output_guard import OutputRefused, output_path
from tests.fixtures.pending_rows import T0, fill, offline_core
from tests.helpers.security import ADMIN, ADMIN_PW
from tests.helpers.security_cli import cli  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def wide_umask():
    old = os.umask(0o022)  # a desktop's usual umask: new files 0644 unless the writer says otherwise
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def offline(store, tmp_path):
    fill(store)
    core = offline_core(store, tmp_path / "data", T0 + timedelta(days=3))
    (tmp_path / "data").mkdir(exist_ok=True)
    yield core
    core.close()


def downloads(store) -> int:
    with store.unit_of_work(read_only=True) as uow:
        return uow.session.execute(
            __import__("sqlalchemy").text("SELECT count(*) FROM access_log WHERE action = 'download'")).scalar_one()


def test_the_guard_refuses_linkdesks_own_files_and_allows_a_folder_beside(offline, tmp_path):
    data = offline.data_dir
    for bad in (data / "x.csv", data / "logs" / "x.csv", data / "keys" / "x", data / "backups" / "x.csv", data):
        with pytest.raises(OutputRefused) as caught:
            output_path(offline, bad)
        assert caught.value.code == "output_path"
    assert output_path(offline, tmp_path / "out.csv") == (tmp_path / "out.csv").resolve()
    link = tmp_path / "innocent.csv"
    link.symlink_to(data / "linkdesk.db")
    with pytest.raises(OutputRefused):
        output_path(offline, link)  # a link pointing into the data folder


def test_pending_export_into_the_data_folder_writes_and_records_nothing(offline):
    target = offline.data_dir / "대기목록.csv"
    with pytest.raises(X.ExportError) as caught:
        X.export_pending(offline, target, purpose="확인", columns=["volunteer_name"])
    assert caught.value.code == "output_path"
    assert not target.exists() and downloads(offline.store) == 0
    assert [p for p in offline.data_dir.iterdir() if not p.name.startswith("linkdesk.db")] == []


def test_pending_exports_are_owner_only_and_leave_no_temporary_file(offline, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with wide_umask():
        for name in ("p.csv", "p.xlsx"):
            X.export_pending(offline, out / name, purpose="학교 확인 요청", columns=["volunteer_name", "status"])
    assert sorted(p.name for p in out.iterdir()) == ["p.csv", "p.xlsx"]
    assert {mode(p) for p in out.iterdir()} == {0o600}


def test_log_files_and_their_folder_are_owner_only_from_the_start(tmp_path):
    with wide_umask():
        path = setup_logging(tmp_path / "logs")
        try:
            logging.getLogger("linkdesk.test").warning("hello")
        finally:
            setup_logging(None)
    assert mode(path) == 0o600 and mode(path.parent) == 0o700


def test_preferences_are_owner_only(tmp_path):
    from linkdesk.gui.preferences import JsonPreferences

    with wide_umask():
        prefs = JsonPreferences(tmp_path / "prefs" / "ui.json")
        prefs.set("theme", "dark")
    assert mode(tmp_path / "prefs" / "ui.json") == 0o600
    assert json.loads((tmp_path / "prefs" / "ui.json").read_text())["theme"] == "dark"
    assert [p.name for p in (tmp_path / "prefs").iterdir()] == ["ui.json"]


def test_the_data_folder_is_repaired_to_0700_at_start(cli, tmp_path):  # noqa: F811
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    assert cli("staff", "add", ADMIN, "--name", "관리자", stdin=f"{ADMIN_PW}\n")[0] == 0
    assert mode(data) == 0o700 and mode(cli.db) == 0o600


def test_audit_export_onto_the_wal_is_refused_before_anything_is_recorded(cli, tmp_path):  # noqa: F811
    assert cli("staff", "add", ADMIN, "--name", "관리자", stdin=f"{ADMIN_PW}\n")[0] == 0
    wal = Path(f"{cli.db}-wal")
    before = wal.read_bytes() if wal.exists() else None
    code, out, err = cli("audit", "export", "--reason", "점검", "--out", str(wal), "--as", ADMIN, "--json",
                         stdin=f"{ADMIN_PW}\n")
    assert code == 1 and json.loads(out)["error"]["code"] == "output_path"
    assert "저장할 수 없습니다" in err and "Traceback" not in err
    assert (wal.read_bytes() if wal.exists() else None) == before
    with sqlite3.connect(cli.db) as db:
        assert db.execute("SELECT count(*) FROM access_log WHERE action = 'download'").fetchone() == (0,)
    out_file = tmp_path / "access.csv"
    with wide_umask():
        code, _, err = cli("audit", "export", "--reason", "점검", "--out", str(out_file), "--as", ADMIN,
                           stdin=f"{ADMIN_PW}\n")
    assert code == 0, err
    assert mode(out_file) == 0o600 and [p.name for p in tmp_path.iterdir() if p.name.startswith(".access")] == []


def test_certificate_pdf_onto_the_database_is_refused_and_the_database_survives(tmp_path, monkeypatch, capsys):
    for name in ("LINKDESK_API_KEY", "LINKDESK_CONFIG", "LINKDESK_STAFF", "LINKDESK_SANDBOX_SCENARIO"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    data = tmp_path / "data"
    db = data / "linkdesk-training.db"

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--data-dir", str(data), *args])
        finally:
            setup_logging(None)
        out, err = capsys.readouterr()
        return code, out, err

    assert run("certificate", "list")[0] == 0  # the training database exists
    code, out, err = run("certificate", "issue", "--volunteer", "V-1001", "--from", "2026-03-01", "--to",
                         "2026-05-15", "--purpose", "학교 제출용", "--pdf", str(db), "--json")
    assert code == 1 and json.loads(out)["error"]["code"] == "output_path", err
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"  # not overwritten by a PDF
    code, out, _ = run("certificate", "list", "--json")
    assert code == 0 and json.loads(out) == []  # nothing was issued for the refused --pdf


def test_sandbox_write_default_is_owner_only_and_kept_out_of_the_data_folder(tmp_path, capsys):
    target = tmp_path / "scenario.json"
    with wide_umask():
        assert main(["sandbox", "--write-default", str(target)]) == 0
    assert mode(target) == 0o600 and json.loads(target.read_text())["training"] is True
    data = tmp_path / "data"
    data.mkdir()
    assert main(["--data-dir", str(data), "sandbox", "--write-default", str(data / "s.json")]) == 1
    assert not (data / "s.json").exists()
    assert "저장할 수 없습니다" in capsys.readouterr().err
