"""``linkdesk login`` / ``linkdesk logout``: a staff member's sign-in for the commands that follow.

    linkdesk login --as kim          # password at a hidden prompt (or the first line of stdin)
    linkdesk records list V-1001     # runs as kim, until 'linkdesk logout' or the idle time
    linkdesk logout

The session belongs to this OS account and this database; it ends after
``security.idle_lock_minutes`` without a command, as the window locks (:mod:`linkdesk.cli.signin`).
"""

from __future__ import annotations

import argparse
import sys

from linkdesk.cli import session_file
from linkdesk.cli.context import EXIT_OK, UsageError, add_common_options, command, open_cli_core, print_json
from linkdesk.cli.signin import database_key


def register(subparsers: argparse._SubParsersAction) -> None:
    login = subparsers.add_parser("login", help="sign a staff member in for the following commands")
    add_common_options(login)
    login.set_defaults(func=run_login)
    logout = subparsers.add_parser("logout", help="end the sign-in of 'linkdesk login'")
    add_common_options(logout)
    logout.set_defaults(func=run_logout)


@command
def run_login(args: argparse.Namespace) -> int:
    from linkdesk.cli.signin import staff_from_args
    from linkdesk.cli.staff_auth import read_secret
    from linkdesk.services.staff_sessions import idle_limit, open_session

    name = staff_from_args(args)
    if not name:
        raise UsageError("--as USERNAME is needed: who is signing in?")
    args.as_staff = None  # the password is asked below, once, not by the Core's sign-in
    with open_cli_core(args, partners=False, signin=False) as core:
        account, token = open_session(core, name, read_secret(f"{name} 비밀번호: "), session_file.os_user())
        path = session_file.save(core.data_dir, database_key(core), account.username, token)
        minutes = int(idle_limit(core).total_seconds() // 60)
    if account.must_change_password:
        print("안내: 임시 비밀번호입니다. 'linkdesk staff passwd'로 비밀번호를 바꾸세요.", file=sys.stderr)
    if args.json:
        print_json({"username": account.username, "name": account.display_name, "role": account.role,
                    "idle_minutes": minutes, "session_file": path})
    else:
        print(f"로그인했습니다: {account.username} ({account.display_name}). "
              f"{minutes}분 동안 명령이 없으면 로그아웃됩니다.")
    return EXIT_OK


@command
def run_logout(args: argparse.Namespace) -> int:
    from linkdesk.services.staff_sessions import end_session

    args.as_staff = None
    with open_cli_core(args, partners=False, signin=False) as core:
        key = database_key(core)
        saved = session_file.load(core.data_dir, key)
        ended = end_session(core, saved.token) if saved is not None else False
        removed = session_file.remove(core.data_dir, key)
    if args.json:
        print_json({"signed_out": bool(ended or removed), "username": saved.username if saved else None})
    elif saved is not None:
        print(f"로그아웃했습니다: {saved.username}")
    else:
        print("로그인되어 있지 않습니다.")
    return EXIT_OK
