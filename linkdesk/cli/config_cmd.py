"""``linkdesk config set-key``: put the centre's API key into the OS keyring, not into a file.

    linkdesk config set-key [--url GATEWAY_URL]     # the key: hidden prompt or one line of stdin
    linkdesk config clear-key [--url GATEWAY_URL]

The key is stored under service ``linkdesk`` and user = the gateway URL (``partners.base_url``),
where :meth:`linkdesk.config.Config.api_key` looks for it. On a machine without a keyring backend
(a server without a desktop session, for example) the command says so and exits 1; the key then
belongs in the environment variable ``LINKDESK_API_KEY`` of the service that runs LinkDesk, never
in ``config.toml``.
"""

from __future__ import annotations

import argparse

from linkdesk.cli.context import add_common_options, command, load_cli_config
from linkdesk.cli.staff_auth import read_secret
from linkdesk.errors import KnownError

SERVICE = "linkdesk"


class KeyringUnavailable(KnownError):
    """No usable OS keyring on this machine."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("config", help="configuration helpers (the API key in the OS keyring)")
    sub = parser.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    for name, func, text in (("set-key", run_set_key, "store the centre's API key in the OS keyring"),
                             ("clear-key", run_clear_key, "remove the key from the OS keyring")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--url", help="the gateway URL the key belongs to (default: partners.base_url)")
        add_common_options(p, json_output=False)
        p.set_defaults(func=func)


def _url(args: argparse.Namespace) -> str:
    url = (args.url or load_cli_config(args).partners.base_url).strip().rstrip("/")
    if not url:
        raise KnownError("연계 주소(partners.base_url)가 설정되어 있지 않습니다. --url 로 지정하세요.",
                         "No gateway URL: set partners.base_url or give --url.", code="no_gateway_url")
    return url


def _unavailable(exc: Exception) -> KeyringUnavailable:
    return KeyringUnavailable(
        "이 컴퓨터에서는 OS 키링(자격 증명 저장소)을 사용할 수 없습니다. API 키를 설정 파일에 쓰지 말고 "
        f"환경변수 LINKDESK_API_KEY로 지정하세요. ({type(exc).__name__})",
        "No OS keyring is available on this machine. Do not put the API key in the configuration file; "
        f"set the environment variable LINKDESK_API_KEY instead. ({type(exc).__name__})",
        code="no_keyring",
    )


def _keyring():
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    backend = keyring.get_keyring()
    if isinstance(backend, FailKeyring):
        raise _unavailable(RuntimeError("no backend"))
    return keyring


@command
def run_set_key(args: argparse.Namespace) -> int:
    url = _url(args)
    key = read_secret("API 키: ").strip()
    if not key:
        raise KnownError("API 키가 비어 있습니다.", "The API key is empty.", code="empty_key")
    kr = _keyring()
    try:
        kr.set_password(SERVICE, url, key)
        stored = kr.get_password(SERVICE, url)
    except Exception as exc:  # keyring backends raise their own types (dbus, locked collection, …)
        raise _unavailable(exc) from None
    if stored != key:
        raise _unavailable(RuntimeError("read-back differs"))
    print(f"API 키를 OS 키링에 저장했습니다 (service={SERVICE}, user={url}).")
    return 0


@command
def run_clear_key(args: argparse.Namespace) -> int:
    url = _url(args)
    kr = _keyring()
    try:
        kr.delete_password(SERVICE, url)
    except kr.errors.PasswordDeleteError:
        print("저장된 API 키가 없습니다.")
        return 0
    except Exception as exc:
        raise _unavailable(exc) from None
    print("OS 키링에서 API 키를 지웠습니다.")
    return 0
