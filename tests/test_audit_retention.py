"""Retention: nothing younger than 2 years (log) / 3 years (permission changes) goes, and the chain
that remains after a purge still verifies -- and still finds tampering."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from linkdesk.clock import KST
from linkdesk.services.audit import PURGE_TARGET, record_access, verify_chain
from linkdesk.services.audit_retention import (
    RetentionError,
    purge_access_log,
    purge_permission_changes,
    years_before,
)
from linkdesk.services.staff_model import NotAllowed
from linkdesk.store.models_security import AccessLogAnchor, AccessLogEntry, PermissionChange
from tests.helpers.security import ADMIN, CLERK, ManualClock, actor, make_accounts, with_staff

NOW = datetime(2028, 6, 1, 9, 0, tzinfo=KST)


@pytest.fixture
def setup(store):
    """Entries from 2026-01 to 2028-05, one every 30 days, and accounts; the clock at 2028-06-01."""
    clock = ManualClock(datetime(2025, 1, 1, 9, 0, tzinfo=KST))
    accounts = with_staff(make_accounts(store, clock))
    with store.unit_of_work() as uow:
        at = datetime(2026, 1, 10, 9, 0, tzinfo=KST)
        while at < NOW:
            record_access(uow, actor(CLERK), "view", "records", at=at, volunteer_id="V-1001")
            at += timedelta(days=30)
    clock.moment = NOW
    return store, accounts


def count(store, model) -> int:
    with store.unit_of_work(read_only=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_nothing_younger_than_two_years_can_be_purged(setup):
    store, accounts = setup
    before = count(store, AccessLogEntry)
    for cutoff in (NOW, years_before(NOW, 2) + timedelta(seconds=1), datetime(2027, 1, 1, tzinfo=KST)):
        with pytest.raises(RetentionError) as e:
            purge_access_log(store, accounts, actor(ADMIN), cutoff)
        assert "2년" in e.value.message_ko and "2026-06-01" in e.value.message_ko
    assert count(store, AccessLogEntry) == before


def test_a_purge_keeps_two_years_and_the_chain_verifiable(setup):
    store, accounts = setup
    total = count(store, AccessLogEntry)
    cutoff = years_before(NOW, 2)  # 2026-06-01: exactly the minimum
    result = purge_access_log(store, accounts, actor(ADMIN), cutoff)
    with store.unit_of_work(read_only=True) as uow:
        remaining = list(uow.session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)))
        anchor = uow.session.scalar(select(AccessLogAnchor))
    # Entries from 2026-01-10 .. 2026-05-10 (five) are gone; everything from June 2026 stays.
    assert result.purged == 5 and result.through_id == 5
    assert len(remaining) == total - 5 + 1  # + the purge's own entry
    assert min(e.at for e in remaining) >= cutoff
    assert (anchor.through_id, anchor.purged, anchor.purged_by) == (5, 5, ADMIN)
    purge_entry = remaining[-1]
    assert (purge_entry.action, purge_entry.target, purge_entry.staff) == ("delete", PURGE_TARGET, ADMIN)
    check = verify_chain(store)
    assert check.ok and check.anchored_at == 5 and check.checked == len(remaining)
    # The chain goes on after the purge, and a second purge later anchors further on.
    with store.unit_of_work() as uow:
        record_access(uow, actor(CLERK), "print", "certificate", at=NOW, volunteer_id="V-1001")
    assert verify_chain(store).ok
    accounts.clock.moment = NOW + timedelta(days=365)
    assert purge_access_log(store, accounts, actor(ADMIN), years_before(accounts.clock.now(), 2)).purged == 12
    assert verify_chain(store).ok


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("DELETE FROM access_log WHERE id = 6", "inserted or deleted"),  # the first entry after the anchor
        ("UPDATE access_log SET staff = 'someone' WHERE id = 7", "altered"),
        ("UPDATE access_log_anchors SET through_hash = (SELECT hash FROM access_log WHERE id = 6), through_id = 6;"
         "DELETE FROM access_log WHERE id = 6", "purge anchor"),  # hiding entry 6 behind a forged anchor
        ("DELETE FROM access_log_anchors", "inserted or deleted"),
    ],
)
def test_tampering_after_a_purge_is_still_found(setup, sql, problem):
    store, accounts = setup
    purge_access_log(store, accounts, actor(ADMIN), years_before(NOW, 2))
    with store.unit_of_work() as uow:
        for statement in sql.split(";"):
            uow.session.execute(text(statement))
    check = verify_chain(store)
    assert not check.ok and problem in check.problem


def test_purging_everything_old_leaves_an_anchor_the_next_entry_follows(store):
    clock = ManualClock(NOW)
    accounts = with_staff(make_accounts(store, clock))
    with store.unit_of_work() as uow:
        for i in range(3):
            record_access(uow, actor(CLERK), "view", "records", at=datetime(2025, 1, 1 + i, tzinfo=KST))
    assert purge_access_log(store, accounts, actor(ADMIN), years_before(NOW, 2)).purged == 3
    assert verify_chain(store).ok


def test_only_an_administrator_purges(setup):
    store, accounts = setup
    with pytest.raises(NotAllowed):
        purge_access_log(store, accounts, actor(CLERK), years_before(NOW, 2))


def test_permission_changes_are_kept_three_years(store):
    clock = ManualClock(datetime(2026, 1, 1, tzinfo=KST))
    accounts = with_staff(make_accounts(store, clock))
    clock.moment = datetime(2027, 1, 1, tzinfo=KST)
    accounts.set_role(ADMIN, CLERK, "admin")
    clock.moment = datetime(2029, 6, 1, tzinfo=KST)
    with pytest.raises(RetentionError):
        purge_permission_changes(store, accounts, actor(ADMIN), datetime(2027, 1, 2, tzinfo=KST))
    assert count(store, PermissionChange) == 3
    assert purge_permission_changes(store, accounts, actor(ADMIN), years_before(clock.now(), 3)) == 2
    assert [c.change for c in accounts.permission_changes(ADMIN)] == ["role"]


def test_years_before_handles_the_leap_day():
    assert years_before(datetime(2028, 2, 29, tzinfo=KST), 2) == datetime(2026, 2, 28, tzinfo=KST)
