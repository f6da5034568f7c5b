"""``linkdesk staff`` and ``linkdesk config set-key`` in-process: passwords only from stdin, lockout and
unlock, roles; the API key goes to the OS keyring (or a clear message when there is none)."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.errors import PasswordDeleteError

from linkdesk.config import load_config
from tests.helpers.security import ADMIN, ADMIN_PW, CLERK, CLERK_PW
from tests.helpers.security_cli import cli  # noqa: F401 - fixture


def add_staff(cli) -> None:  # noqa: F811
    assert cli("staff", "add", ADMIN, "--name", "관리자", stdin=f"{ADMIN_PW}\n")[0] == 0
    code, _, err = cli("staff", "add", CLERK, "--name", "김창구", "--as", ADMIN, stdin=f"{ADMIN_PW}\n{CLERK_PW}\n")
    assert code == 0, err


def test_the_first_add_creates_the_administrator_then_only_admins_add(cli):  # noqa: F811
    code, out, err = cli("staff", "add", ADMIN, "--name", "관리자", "--role", "counter", "--json", stdin=f"{ADMIN_PW}\n")
    assert code == 0 and "첫 실행" in err and json.loads(out)["account"]["role"] == "admin"
    code, _, err = cli("staff", "add", CLERK, "--name", "김창구", stdin=f"{CLERK_PW}\n")
    assert code == 2 and "--as" in err  # no anonymous second account
    code, _, err = cli("staff", "add", CLERK, "--name", "김창구", "--as", ADMIN, stdin=f"{ADMIN_PW}\nshort\n")
    assert code == 1 and "비밀번호는" in err
    code, out, _ = cli("staff", "add", CLERK, "--name", "김창구", "--as", ADMIN, stdin=f"{ADMIN_PW}\n{CLERK_PW}\n")
    assert code == 0 and "clerk1 (김창구, 창구 담당자)" in out
    code, out, _ = cli("staff", "list", "--json", "--as", ADMIN, stdin=f"{ADMIN_PW}\n")
    assert [(a["username"], a["role"]) for a in json.loads(out)["accounts"]] == [(ADMIN, "admin"), (CLERK, "counter")]


def test_a_password_is_never_taken_from_the_command_line(cli):  # noqa: F811
    with pytest.raises(SystemExit) as e:
        cli("staff", "add", ADMIN, "--name", "관리자", "--password", ADMIN_PW)
    assert e.value.code == 2


def test_lockout_then_the_administrator_unlocks(cli):  # noqa: F811
    add_staff(cli)
    for _ in range(4):
        code, _, err = cli("staff", "passwd", CLERK, stdin="Wrong!2026pw\nNew!2026password\n")
        assert code == 1 and "올바르지 않습니다" in err
    code, _, err = cli("staff", "passwd", CLERK, stdin="Wrong!2026pw\nNew!2026password\n")
    assert code == 1 and "잠겼습니다" in err
    code, _, err = cli("staff", "passwd", CLERK, stdin=f"{CLERK_PW}\nNew!2026password\n")
    assert code == 1 and "잠겼습니다" in err  # even the right password, while locked
    code, out, _ = cli("staff", "list", "--as", ADMIN, stdin=f"{ADMIN_PW}\n")
    assert "잠김" in [line for line in out.splitlines() if line.startswith(CLERK)][0]
    assert cli("staff", "unlock", CLERK, "--as", ADMIN, stdin=f"{ADMIN_PW}\n")[0] == 0
    code, out, _ = cli("staff", "passwd", CLERK, stdin=f"{CLERK_PW}\nNew!2026password\n")
    assert code == 0 and "비밀번호를 바꾸었습니다" in out


def test_roles_and_resets_through_the_cli(cli):  # noqa: F811
    add_staff(cli)
    code, _, err = cli("staff", "set-role", ADMIN, "counter", "--as", CLERK, stdin=f"{CLERK_PW}\n")
    assert code == 1 and "관리자만" in err
    assert cli("staff", "set-role", CLERK, "admin", "--as", ADMIN, stdin=f"{ADMIN_PW}\n")[0] == 0
    assert cli("staff", "deactivate", ADMIN, "--as", CLERK, stdin=f"{CLERK_PW}\n")[0] == 0
    code, _, err = cli("staff", "list", "--as", ADMIN, stdin=f"{ADMIN_PW}\n")
    assert code == 1 and "사용이 중지된" in err
    assert cli("staff", "activate", ADMIN, "--as", CLERK, stdin=f"{CLERK_PW}\n")[0] == 0
    code, out, _ = cli("staff", "passwd", ADMIN, "--as", CLERK, stdin=f"{CLERK_PW}\nTemp!2026reset\n")
    assert code == 0 and "임시 비밀번호" in out
    code, _, err = cli("staff", "list", "--as", ADMIN, stdin="Temp!2026reset\n")
    assert code == 0 and "임시 비밀번호입니다" in err


class MemoryKeyring(KeyringBackend):
    """A keyring backend in memory: the OS store stands outside the test machine."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture
def os_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_set_key_stores_the_key_in_the_keyring_where_the_config_finds_it(cli, os_keyring, tmp_path, monkeypatch):  # noqa: F811
    code, out, err = cli("config", "set-key", stdin="centre-secret-key\n")
    assert code == 0, err
    assert os_keyring.items == {("linkdesk", "http://127.0.0.1:9"): "centre-secret-key"}
    assert "centre-secret-key" not in out + err
    config = load_config(tmp_path / "linkdesk.toml")
    assert config.api_key() == "centre-secret-key"
    assert "centre-secret-key" not in (tmp_path / "linkdesk.toml").read_text(encoding="utf-8")
    assert cli("config", "clear-key")[0] == 0 and not os_keyring.items


def test_without_a_keyring_backend_set_key_says_so(cli):  # noqa: F811
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        code, _, err = cli("config", "set-key", stdin="centre-secret-key\n")
    finally:
        keyring.set_keyring(previous)
    assert code == 1 and "키링" in err and "LINKDESK_API_KEY" in err
