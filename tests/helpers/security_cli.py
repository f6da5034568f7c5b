"""The in-process ``linkdesk`` fixture of the security CLI tests (staff, audit, config)."""

from __future__ import annotations

import io

import pytest

from linkdesk.cli import main
from linkdesk.logs import setup_logging


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    """``run(*args, stdin="")`` → (exit code, stdout, stderr); the database is ``tmp_path/data/linkdesk.db``."""
    for name in ("LINKDESK_API_KEY", "LINKDESK_CONFIG", "LINKDESK_STAFF", "LINKDESK_SANDBOX_SCENARIO"):
        monkeypatch.delenv(name, raising=False)
    config = tmp_path / "linkdesk.toml"
    config.write_text('[partners]\nbase_url = "http://127.0.0.1:9"\n', encoding="utf-8")  # never called

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--config", str(config), "--data-dir", str(tmp_path / "data"), *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.db = tmp_path / "data" / "linkdesk.db"
    yield run
    setup_logging(None)  # close the command's log file
