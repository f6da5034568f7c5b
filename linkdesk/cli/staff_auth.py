"""Passwords and sign-in for the command line: never from argv, always from a hidden prompt or stdin.

A password on the command line would sit in the shell history and in every ``ps`` listing, so the
commands take none. On a terminal they prompt without echo (``getpass``); in a script each password
is one line of standard input, in the order the command asks for them. Commands that need an
administrator take ``--as USERNAME`` (or env ``LINKDESK_STAFF``) and ask for that password; the
sign-in follows the lockout rules like the counter's.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from linkdesk.cli.context import UsageError, add_staff_option
from linkdesk.services.staff_model import NotAllowed, StaffAccount

STAFF_ENV = "LINKDESK_STAFF"


def add_as_option(parser: argparse.ArgumentParser) -> None:
    add_staff_option(parser)  # every command taking --data-dir has it already


def read_secret(prompt: str) -> str:
    """One secret: a hidden prompt on a terminal, else one line of stdin (without its newline)."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise UsageError(f"{prompt.strip(' :')}: 표준입력에 값이 없습니다 (one line per secret on stdin)")
    return line.rstrip("\r\n")


def read_new_password(label: str = "새 비밀번호") -> str:
    """A new password; on a terminal typed twice."""
    first = read_secret(f"{label}: ")
    if sys.stdin is not None and sys.stdin.isatty() and read_secret(f"{label} 확인: ") != first:
        raise UsageError("두 번 입력한 비밀번호가 다릅니다.")
    return first


def staff_name(args: argparse.Namespace) -> str:
    name = getattr(args, "as_staff", None) or os.environ.get(STAFF_ENV, "")
    if not name.strip():
        raise UsageError(f"--as USERNAME (or env {STAFF_ENV}, or 'linkdesk login') is needed: who is signing in?")
    return name.strip()


def sign_in_from(core, args: argparse.Namespace, *, admin: bool) -> StaffAccount:
    """The staff member of this command: the one already signed in when the Core was opened (``--as``
    or a ``linkdesk login`` session), else ``--as`` signed in now; ``admin`` requires the role."""
    from linkdesk.services.staff import normalize_username, sign_in  # the password check (argon2) when used

    account = getattr(core, "account", None)
    asked = getattr(args, "as_staff", None) or os.environ.get(STAFF_ENV, "")
    if account is None or (asked.strip() and normalize_username(asked) != account.username):
        name = staff_name(args)
        account = sign_in(core, name, read_secret(f"{name} 비밀번호: "))
    if admin and not account.is_admin:
        raise NotAllowed.make()
    if account.must_change_password:
        print("안내: 임시 비밀번호입니다. 'linkdesk staff passwd'로 비밀번호를 바꾸세요.", file=sys.stderr)
    return account
