"""What the account service hands out: plain views of accounts and permission changes, and its errors.

Views are frozen dataclasses read from the store, so the GUI can show them on its own thread without a
database session. Every error is a :class:`~linkdesk.errors.KnownError` with a Korean message staff
can act on. A failed sign-in never says whether the username exists.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from linkdesk.clock import KST
from linkdesk.errors import KnownError
from linkdesk.store.models_security import Staff

ROLE_LABELS = {"counter": "창구 담당자", "admin": "센터 관리자"}


@dataclass(frozen=True)
class StaffAccount:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    failed_attempts: int
    locked_until: datetime | None
    must_change_password: bool
    last_login_at: datetime | None
    created_at: datetime

    @property
    def is_admin(self) -> bool:
        return self.role == "admin" and self.active

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


@dataclass(frozen=True)
class PermissionChangeView:
    at: datetime
    username: str  # whose rights changed
    changed_by: str
    change: str  # created | role | activated | deactivated | unlocked | password_reset
    old_value: str | None
    new_value: str | None


def set_actor(core, account: StaffAccount) -> None:
    """From now on, access-log entries of this core name ``account`` (same counter host/address)."""
    core.actor = replace(core.actor, staff=account.username)


def account_view(row: Staff) -> StaffAccount:
    return StaffAccount(row.id, row.username, row.display_name, row.role, bool(row.active), row.failed_attempts,
                        row.locked_until, bool(row.must_change_password), row.last_login_at, row.created_at)


class StaffError(KnownError):
    """An account action that cannot be done, worded for staff."""


class SignInFailed(StaffError):
    """Wrong username or password (the same words for both)."""

    remaining: int | None = None

    @classmethod
    def make(cls, remaining: int | None = None) -> SignInFailed:
        ko, en = "아이디 또는 비밀번호가 올바르지 않습니다.", "Wrong username or password."
        if remaining is not None:
            ko += f" {remaining}번 더 틀리면 계정이 잠깁니다."
            en += f" {remaining} more wrong attempts lock the account."
        exc = cls(ko, en, code="sign_in_failed")
        exc.remaining = remaining
        return exc


class AccountLocked(StaffError):
    """Too many wrong passwords: locked until ``until`` (an administrator may unlock it sooner)."""

    until: datetime | None = None

    @classmethod
    def make(cls, until: datetime) -> AccountLocked:
        at = until.astimezone(KST).strftime("%H:%M")
        exc = cls(f"비밀번호를 여러 번 잘못 입력하여 계정이 {at}까지 잠겼습니다. 관리자가 잠금을 풀 수 있습니다.",
                  f"Too many wrong passwords: the account is locked until {at}. An administrator can unlock it.",
                  code="account_locked")
        exc.until = until
        return exc


class AccountInactive(StaffError):
    @classmethod
    def make(cls) -> AccountInactive:
        return cls("사용이 중지된 계정입니다. 관리자에게 문의하세요.",
                   "This account is deactivated; ask the administrator.", code="account_inactive")


class NotAllowed(StaffError):
    @classmethod
    def make(cls) -> NotAllowed:
        return cls("센터 관리자만 할 수 있는 작업입니다.", "Only a centre administrator can do this.", code="not_allowed")


class StaffConflict(StaffError):
    """A request that contradicts the accounts as they are (taken username, last administrator …)."""
