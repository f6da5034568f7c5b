"""Command-line sign-in sessions: ``linkdesk login`` once, then commands run as that staff member.

* :func:`open_session` checks the password under the lockout rules
  (:meth:`~linkdesk.services.staff.Accounts.authenticate`) and returns a random token (256 bits);
  only the token's SHA-256 is stored (``staff_sessions``), so neither the database nor a log holds
  anything that signs someone in. The CLI keeps the token in an owner-only file
  (:mod:`linkdesk.cli.session_file`); the password is never kept.
* :func:`resume` finds the session by the token's hash, for the same OS account only, and re-reads
  the staff account every time: a session ends after ``security.idle_lock_minutes`` without a
  command (the window's idle lock), and at once when the account is deactivated or locked.
* :func:`end_session` (``linkdesk logout``) deletes it.
"""

from __future__ import annotations

import hashlib
import secrets
import socket
from datetime import timedelta

from sqlalchemy import delete, select

from linkdesk.errors import KnownError
from linkdesk.services.staff import accounts
from linkdesk.services.staff_model import StaffAccount, account_view
from linkdesk.store.models_security import Staff
from linkdesk.store.models_sessions import StaffSession

TOKEN_BYTES = 32


class SignInRequired(KnownError):
    """No staff member is signed in where one must be (a real gateway)."""

    @classmethod
    def make(cls, why: str = "") -> SignInRequired:
        lead = f"{why} " if why else ""
        return cls(
            f"{lead}로그인이 필요합니다. 'linkdesk login --as 아이디'로 로그인하거나, "
            "명령에 '--as 아이디'를 붙여 비밀번호를 입력하세요.",
            f"{lead}Sign-in required: run 'linkdesk login --as USERNAME', or add '--as USERNAME' to "
            "the command and enter the password.",
            code="signin_required",
        )


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def idle_limit(core) -> timedelta:
    return timedelta(minutes=max(1, core.config.security.idle_lock_minutes))


def open_session(core, username: str, password: str, os_user: str) -> tuple[StaffAccount, str]:
    """Sign in (lockout rules apply) and open a session for ``os_user``; returns the account and token."""
    account = accounts(core).authenticate(username, password)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    now = core.clock.now()
    with core.store.unit_of_work() as uow:
        uow.session.execute(delete(StaffSession).where(StaffSession.last_used_at < now - idle_limit(core)))
        uow.session.add(StaffSession(token_hash=token_hash(token), staff_id=account.id, os_user=os_user[:64],
                                     host=socket.gethostname()[:128], created_at=now, last_used_at=now))
    return account, token


def resume(core, token: str, os_user: str) -> StaffAccount:
    """The staff account of a live session, its idle time restarted; :class:`SignInRequired` if none."""
    now = core.clock.now()
    error: SignInRequired | None = None
    with core.store.unit_of_work() as uow:
        found = uow.session.execute(
            select(StaffSession, Staff).join(Staff, Staff.id == StaffSession.staff_id)
            .where(StaffSession.token_hash == token_hash(token))
        ).first()
        if found is None:
            error = SignInRequired.make("로그인 세션이 없습니다.")
        else:
            session, staff = found
            if session.os_user != os_user:
                error = SignInRequired.make("다른 사용자 계정의 로그인 세션입니다.")
            elif session.last_used_at + idle_limit(core) <= now:
                error = SignInRequired.make("오래 사용하지 않아 로그인 세션이 끝났습니다.")
            elif not staff.active or (staff.locked_until is not None and staff.locked_until > now):
                error = SignInRequired.make("계정이 비활성화되었거나 잠겨 로그인 세션이 끝났습니다.")
            if error is not None:
                if session.os_user == os_user:
                    uow.session.delete(session)
            else:
                session.last_used_at = now
                account = account_view(staff)
    if error is not None:
        raise error
    return account


def end_session(core, token: str) -> bool:
    """Delete the session of ``token``; True when there was one."""
    with core.store.unit_of_work() as uow:
        result = uow.session.execute(delete(StaffSession).where(StaffSession.token_hash == token_hash(token)))
        return bool(result.rowcount)
