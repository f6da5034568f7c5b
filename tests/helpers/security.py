"""Helpers for the security tests: a clock tests move by hand, cheap argon2 parameters, accounts."""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher

from linkdesk.clock import KST
from linkdesk.config import SecurityConfig
from linkdesk.services.audit import Actor
from linkdesk.services.passwords import Passwords
from linkdesk.services.staff import Accounts

ADMIN, ADMIN_PW = "admin", "Centre!2026pw"
CLERK, CLERK_PW = "clerk1", "Counter!2026pw"


class ManualClock:
    """A clock that only moves when a test moves it."""

    def __init__(self, start: datetime = datetime(2026, 5, 15, 10, 0, tzinfo=KST)) -> None:
        self.moment = start

    def now(self) -> datetime:
        return self.moment

    def advance(self, **kwargs) -> None:
        self.moment += timedelta(**kwargs)


def cheap_passwords(time_cost: int = 1) -> Passwords:
    """Real argon2id with the smallest parameters: the tests hash many passwords."""
    return Passwords(PasswordHasher(time_cost=time_cost, memory_cost=8, parallelism=1))


def make_accounts(store, clock=None, **policy) -> Accounts:
    return Accounts(store, clock or ManualClock(), SecurityConfig(**policy), cheap_passwords())


def with_staff(accounts: Accounts) -> Accounts:
    """An administrator ``admin`` and a counter clerk ``clerk1``."""
    accounts.create_first_admin(ADMIN, "관리자", ADMIN_PW)
    accounts.add(ADMIN, CLERK, "김창구", CLERK_PW)
    return accounts


def actor(staff: str = ADMIN) -> Actor:
    return Actor(staff, "counter-1", "10.0.0.5")
