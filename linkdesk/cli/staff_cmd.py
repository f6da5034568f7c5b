"""``linkdesk staff``: staff accounts from the command line (the same service as the GUI's dialog).

    linkdesk staff add USERNAME --name 이름 [--role counter|admin] [--as ADMIN]
    linkdesk staff list [--as ADMIN] [--json]
    linkdesk staff unlock USERNAME [--as ADMIN]
    linkdesk staff set-role USERNAME counter|admin [--as ADMIN]
    linkdesk staff activate|deactivate USERNAME [--as ADMIN]
    linkdesk staff passwd USERNAME [--as ADMIN]

On a new installation ``staff add`` without ``--as`` creates the first administrator. ``passwd``
without ``--as`` changes the person's own password (current one asked first); with an
administrator's ``--as`` it sets a temporary password the person must change. Passwords come from a
hidden prompt or stdin (one per line), never from the command line.
"""

from __future__ import annotations

import argparse
import sys

from linkdesk.cli.context import add_common_options, command, open_cli_core, print_json
from linkdesk.cli.staff_auth import add_as_option, read_new_password, read_secret, sign_in_from
from linkdesk.services.staff import accounts, create_first_admin, needs_first_admin
from linkdesk.services.staff_model import ROLE_LABELS, StaffAccount
from linkdesk.store.models_security import STAFF_ROLES


def register(subparsers) -> None:
    parser = subparsers.add_parser("staff", help="staff accounts (add, list, unlock, roles, passwords)")
    sub = parser.add_subparsers(dest="staff_command", metavar="ACTION", required=True)

    p = sub.add_parser("add", help="add an account (the first one becomes the administrator)")
    p.add_argument("username")
    p.add_argument("--name", required=True, help="the person's name as staff know it")
    p.add_argument("--role", choices=STAFF_ROLES, default="counter")
    _common(p, run_add)
    _common(sub.add_parser("list", help="all accounts"), run_list)
    p = sub.add_parser("unlock", help="unlock an account locked after failed sign-ins")
    p.add_argument("username")
    _common(p, run_unlock)
    p = sub.add_parser("set-role", help="change an account's role")
    p.add_argument("username")
    p.add_argument("role", choices=STAFF_ROLES)
    _common(p, run_set_role)
    for name, active in (("activate", True), ("deactivate", False)):
        p = sub.add_parser(name, help=f"{name} an account")
        p.add_argument("username")
        _common(p, run_set_active, active=active)
    p = sub.add_parser("passwd", help="change your password, or (--as an administrator) reset another's")
    p.add_argument("username")
    _common(p, run_passwd)


def _common(parser: argparse.ArgumentParser, func, **defaults) -> None:
    add_common_options(parser)
    add_as_option(parser)
    parser.set_defaults(func=func, **defaults)


def _as_dict(a: StaffAccount) -> dict:
    return {"username": a.username, "name": a.display_name, "role": a.role, "active": a.active,
            "locked_until": a.locked_until, "failed_attempts": a.failed_attempts,
            "must_change_password": a.must_change_password, "last_login_at": a.last_login_at}


def _show(args: argparse.Namespace, account: StaffAccount, done: str) -> None:
    if args.json:
        print_json({"account": _as_dict(account)})
    else:
        print(f"{done}: {account.username} ({account.display_name}, {ROLE_LABELS[account.role]})")


@command
def run_add(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False, signin=False) as core:
        if needs_first_admin(core.store) and not args.as_staff:
            print("첫 실행: 센터 관리자 계정을 만듭니다.", file=sys.stderr)
            account = create_first_admin(core, args.username, args.name, read_new_password())
        else:
            admin = sign_in_from(core, args, admin=True)
            account = accounts(core).add(admin.username, args.username, args.name, read_new_password(), args.role)
        _show(args, account, "계정을 만들었습니다")
    return 0


@command
def run_list(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False, signin=False) as core:
        admin = sign_in_from(core, args, admin=True)
        rows = accounts(core).list(admin.username)
        now = core.clock.now()
    if args.json:
        print_json({"accounts": [_as_dict(a) for a in rows]})
        return 0
    for a in rows:
        state = "잠김" if a.locked(now) else ("사용" if a.active else "중지")
        print(f"{a.username:<20} {a.display_name:<12} {ROLE_LABELS[a.role]:<8} {state}")
    return 0


@command
def run_unlock(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False, signin=False) as core:
        admin = sign_in_from(core, args, admin=True)
        _show(args, accounts(core).unlock(admin.username, args.username), "잠금을 풀었습니다")
    return 0


@command
def run_set_role(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False, signin=False) as core:
        admin = sign_in_from(core, args, admin=True)
        _show(args, accounts(core).set_role(admin.username, args.username, args.role), "역할을 바꾸었습니다")
    return 0


@command
def run_set_active(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False, signin=False) as core:
        admin = sign_in_from(core, args, admin=True)
        account = accounts(core).set_active(admin.username, args.username, args.active)
        _show(args, account, "사용하도록 했습니다" if args.active else "사용을 중지했습니다")
    return 0


@command
def run_passwd(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False, signin=False) as core:
        service = accounts(core)
        if args.as_staff and args.as_staff.strip().lower() != args.username.strip().lower():
            admin = sign_in_from(core, args, admin=True)
            account = service.reset_password(admin.username, args.username, read_new_password("임시 비밀번호"))
            _show(args, account, "임시 비밀번호를 정했습니다 (다음 로그인 때 바꿔야 합니다)")
        else:
            current = read_secret(f"{args.username} 현재 비밀번호: ")
            account = service.change_password(args.username, current, read_new_password())
            _show(args, account, "비밀번호를 바꾸었습니다")
    return 0
