"""Lockout is exact with any number of counters (issue 16 point 2): wrong passwords entered at the same
moment at several counters — separate stores, threads released together — each count once, on a
fresh SQLite file and on the real PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from linkdesk.services.staff_model import AccountLocked, SignInFailed
from linkdesk.store import Store
from tests.helpers.security import CLERK, CLERK_PW, make_accounts, with_staff

WRONG = "Wrong!2026password"


def attempt_together(db_url: str, n: int, **policy) -> list[Exception | None]:
    """``n`` counters (each its own Store) try a wrong password for CLERK at once."""
    stores = [Store(db_url) for _ in range(n)]
    counters = [make_accounts(s, **policy) for s in stores]
    start = threading.Barrier(n)
    results: list[Exception | None] = [None] * n

    def run(i: int) -> None:
        start.wait()
        try:
            counters[i].authenticate(CLERK, WRONG)
        except (SignInFailed, AccountLocked) as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not any(t.is_alive() for t in threads)
    finally:
        for s in stores:
            s.close()
    return results


def failed_attempts(store: Store) -> int:
    with store.unit_of_work(read_only=True) as uow:
        return uow.session.execute(
            __import__("sqlalchemy").text("SELECT failed_attempts FROM staff WHERE username = :u"), {"u": CLERK}
        ).scalar_one()


def test_concurrent_wrong_passwords_each_count_once(store, db_url):
    with_staff(make_accounts(store, lockout_attempts=50))
    results = attempt_together(db_url, 8, lockout_attempts=50)
    assert all(isinstance(r, SignInFailed) for r in results)
    assert failed_attempts(store) == 8  # none lost
    assert sorted(r.remaining for r in results) == list(range(42, 50))  # each saw its own count


def test_concurrent_wrong_passwords_lock_at_exactly_the_limit(store, db_url):
    accounts = with_staff(make_accounts(store, lockout_attempts=5))
    results = attempt_together(db_url, 12, lockout_attempts=5)
    failed = [r for r in results if isinstance(r, SignInFailed)]
    locked = [r for r in results if isinstance(r, AccountLocked)]
    assert len(failed) + len(locked) == 12
    assert sorted(r.remaining for r in failed) == [1, 2, 3, 4]  # four warnings, then the lock
    assert len(locked) == 8
    with pytest.raises(AccountLocked):
        accounts.authenticate(CLERK, CLERK_PW)  # even the right password while locked
    assert failed_attempts(store) == 0
