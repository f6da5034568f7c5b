"""``linkdesk login``/``logout`` and ``signin_required`` (issue 16 point 1), in-process against a gateway
that is not a training gateway (nothing listens on it) and a real SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import datetime, timedelta, timezone

import pytest

from linkdesk.cli import session_file
from tests.helpers.security import ADMIN, ADMIN_PW, CLERK, CLERK_PW
from tests.helpers.security_cli import cli  # noqa: F401 - fixture


@pytest.fixture
def staffed(cli):  # noqa: F811
    assert cli("staff", "add", ADMIN, "--name", "관리자", stdin=f"{ADMIN_PW}\n")[0] == 0
    code, _, err = cli("staff", "add", CLERK, "--name", "김창구", "--as", ADMIN, stdin=f"{ADMIN_PW}\n{CLERK_PW}\n")
    assert code == 0, err
    return cli


def sessions_dir(cli):  # noqa: F811
    return cli.db.parent / "sessions"


def minutes_ago(n: int) -> str:
    """A UTC time as the store keeps it in SQLite."""
    return (datetime.now(timezone.utc) - timedelta(minutes=n)).strftime("%Y-%m-%d %H:%M:%S.%f")


def access_staff(cli) -> list[str]:  # noqa: F811
    with sqlite3.connect(cli.db) as db:
        return [r[0] for r in db.execute("SELECT staff FROM access_log ORDER BY id")]


def test_without_a_sign_in_a_personal_data_command_is_refused(staffed):
    for args in (("records", "list", "--volunteer", "V-1001"), ("certificate", "list"),
                 ("outbox", "list"), ("certificate", "verify", "ABCD-EFGH")):
        code, out, err = staffed(*args, "--json")
        assert code == 1, (args, err)
        assert json.loads(out)["error"]["code"] == "signin_required"
        assert "로그인이 필요합니다" in err and "linkdesk login --as" in err
    assert access_staff(staffed) == []  # nothing was read, so nothing logged


def test_login_then_commands_run_as_that_staff_member_until_logout(staffed, monkeypatch):
    monkeypatch.setenv("LOGNAME", "root")  # the OS user's name is not who is recorded
    monkeypatch.setenv("USER", "root")
    code, out, err = staffed("login", "--as", CLERK, "--json", stdin=f"{CLERK_PW}\n")
    assert code == 0, err
    done = json.loads(out)
    assert done["username"] == CLERK and done["idle_minutes"] == 10
    path = sessions_dir(staffed) / os.path.basename(done["session_file"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert CLERK_PW not in path.read_text()
    token = json.loads(path.read_text())["token"]
    with sqlite3.connect(staffed.db) as db:
        stored = db.execute("SELECT token_hash FROM staff_sessions").fetchall()
    assert len(stored) == 1 and token not in stored[0][0]  # only the hash is in the database

    code, out, err = staffed("certificate", "list", "--json")
    assert code == 0, err
    assert access_staff(staffed) == [CLERK]

    code, out, _ = staffed("logout")
    assert code == 0 and "로그아웃했습니다" in out and not path.exists()
    with sqlite3.connect(staffed.db) as db:
        assert db.execute("SELECT count(*) FROM staff_sessions").fetchone() == (0,)
    code, out, _ = staffed("certificate", "list", "--json")
    assert code == 1 and json.loads(out)["error"]["code"] == "signin_required"


def test_a_session_ends_after_the_idle_lock_time(staffed):
    assert staffed("login", "--as", CLERK, stdin=f"{CLERK_PW}\n")[0] == 0
    assert staffed("certificate", "list")[0] == 0
    stale = minutes_ago(11)
    with sqlite3.connect(staffed.db) as db:
        db.execute("UPDATE staff_sessions SET last_used_at = ?", (stale,))
    code, out, err = staffed("certificate", "list", "--json")
    assert code == 1 and json.loads(out)["error"]["code"] == "signin_required"
    assert "오래 사용하지 않아" in err
    assert list(sessions_dir(staffed).iterdir()) == []  # the stale file is gone


def test_each_command_restarts_the_idle_time(staffed):
    assert staffed("login", "--as", CLERK, stdin=f"{CLERK_PW}\n")[0] == 0
    nine = minutes_ago(9)
    with sqlite3.connect(staffed.db) as db:
        db.execute("UPDATE staff_sessions SET last_used_at = ?", (nine,))
    assert staffed("certificate", "list")[0] == 0  # 9 minutes idle: still open
    with sqlite3.connect(staffed.db) as db:
        (used,) = db.execute("SELECT last_used_at FROM staff_sessions").fetchone()
    assert str(used) > nine


def test_as_with_a_password_works_for_one_command_and_opens_no_session(staffed):
    code, _, err = staffed("certificate", "list", "--as", CLERK, stdin=f"{CLERK_PW}\n")
    assert code == 0, err
    assert access_staff(staffed) == [CLERK]
    assert not sessions_dir(staffed).exists() or list(sessions_dir(staffed).iterdir()) == []
    code, out, _ = staffed("certificate", "list", "--json")
    assert code == 1 and json.loads(out)["error"]["code"] == "signin_required"


def test_login_follows_the_lockout_rules(staffed):
    for _ in range(4):
        code, out, _ = staffed("login", "--as", CLERK, "--json", stdin="Wrong!2026pw\n")
        assert code == 1 and json.loads(out)["error"]["code"] == "sign_in_failed"
    code, _, err = staffed("login", "--as", CLERK, stdin="Wrong!2026pw\n")
    assert code == 1 and "잠겼습니다" in err
    code, _, err = staffed("login", "--as", CLERK, stdin=f"{CLERK_PW}\n")
    assert code == 1 and "잠겼습니다" in err  # the right password, while locked
    code, _, err = staffed("certificate", "list", "--as", CLERK, stdin=f"{CLERK_PW}\n")
    assert code == 1 and "잠겼습니다" in err  # --as too


def test_a_deactivated_account_loses_its_session_at_once(staffed):
    assert staffed("login", "--as", CLERK, stdin=f"{CLERK_PW}\n")[0] == 0
    # the administrator, at another terminal, with a one-command sign-in
    assert staffed("staff", "deactivate", CLERK, "--as", ADMIN, stdin=f"{ADMIN_PW}\n")[0] == 0
    code, out, _ = staffed("certificate", "list", "--json")
    assert code == 1 and json.loads(out)["error"]["code"] == "signin_required"


def test_a_session_file_that_is_not_owner_only_is_not_trusted(staffed):
    assert staffed("login", "--as", CLERK, stdin=f"{CLERK_PW}\n")[0] == 0
    (path,) = sessions_dir(staffed).iterdir()
    os.chmod(path, 0o644)
    code, out, _ = staffed("certificate", "list", "--json")
    assert code == 1 and json.loads(out)["error"]["code"] == "signin_required"


def test_a_session_from_another_os_account_is_refused(staffed, monkeypatch):
    assert staffed("login", "--as", CLERK, stdin=f"{CLERK_PW}\n")[0] == 0
    real = session_file.os_user()
    (path,) = sessions_dir(staffed).iterdir()
    monkeypatch.setattr(session_file, "os_user", lambda: "someone-else")
    path.rename(session_file.session_path(staffed.db.parent, path_key(staffed)))  # the token copied over
    code, _, err = staffed("certificate", "list")
    assert code == 1 and "다른 사용자 계정" in err
    assert real != "someone-else"


def path_key(cli) -> str:  # noqa: F811
    return f"sqlite:///{cli.db.resolve()}"


def test_a_session_of_the_administrator_serves_the_staff_commands(staffed):
    assert staffed("login", "--as", ADMIN, stdin=f"{ADMIN_PW}\n")[0] == 0
    code, out, err = staffed("staff", "list", "--json")  # no password asked
    assert code == 0, err
    assert {a["username"] for a in json.loads(out)["accounts"]} == {ADMIN, CLERK}


def test_training_mode_stays_open_and_names_the_training_account(tmp_path, monkeypatch, capsys):
    from linkdesk.cli import main
    from linkdesk.logs import setup_logging

    for name in ("LINKDESK_API_KEY", "LINKDESK_CONFIG", "LINKDESK_STAFF", "LINKDESK_SANDBOX_SCENARIO"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    try:
        code = main(["--data-dir", str(tmp_path / "data"), "certificate", "list"])
    finally:
        setup_logging(None)
    assert code == 0, capsys.readouterr().err
    with sqlite3.connect(tmp_path / "data" / "linkdesk-training.db") as db:
        assert [r[0] for r in db.execute("SELECT staff FROM access_log")] == ["training"]


def test_a_gateway_calling_itself_training_opens_nothing_on_a_database_with_staff(sandbox, tmp_path, monkeypatch,
                                                                                   capsys):
    """A ``--config`` pointing at a server that answers ``"training": true`` lifts the sign-in only
    on a database without staff accounts (a training set-up); once an account exists, it is a real
    installation and the gateway's word changes nothing."""
    import io

    from linkdesk.cli import main

    for name in ("LINKDESK_CONFIG", "LINKDESK_STAFF", "LINKDESK_SANDBOX_SCENARIO"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LINKDESK_API_KEY", sandbox.api_key)
    config = tmp_path / "linkdesk.toml"
    config.write_text(f'[partners]\nbase_url = "{sandbox.url}"\n', encoding="utf-8")

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--config", str(config), "--data-dir", str(tmp_path / "data"), *args])
        out, err = capsys.readouterr()
        return code, out, err

    listing = ("certificate", "list", "--json")
    code, _, err = run(*listing)
    assert code == 0, err  # no account yet: a training set-up, as before
    assert run("staff", "add", ADMIN, "--name", "관리자", stdin=f"{ADMIN_PW}\n")[0] == 0
    code, out, err = run(*listing)
    assert code == 1 and json.loads(out)["error"]["code"] == "signin_required", err
    code, _, err = run(*listing, "--as", ADMIN, stdin=f"{ADMIN_PW}\n")
    assert code == 0, err
