"""The access log's hash chain finds an altered, a deleted and an inserted row (made directly in SQL)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from linkdesk.services.audit import Actor, record_access, verify_chain

T0 = datetime(2026, 5, 15, 1, 0, tzinfo=timezone.utc)
ACTOR = Actor("staff1", "counter-1", "10.0.0.5")


def fill(store, n=5):
    with store.unit_of_work() as uow:
        for i in range(n):
            record_access(uow, ACTOR, "view", "records", at=T0 + timedelta(minutes=i), volunteer_id=f"V-{i}")


def test_an_intact_chain_verifies(store):
    fill(store)
    with store.unit_of_work() as uow:
        record_access(uow, ACTOR, "download", "pending export", at=T0, reason="월간 점검")
    check = verify_chain(store)
    assert check.ok and check.checked == 6


def test_a_download_needs_a_reason(store):
    with store.unit_of_work() as uow, pytest.raises(ValueError):
        record_access(uow, ACTOR, "download", "export", at=T0)


@pytest.mark.parametrize(
    ("sql", "bad", "problem"),
    [
        ("UPDATE access_log SET volunteer_id = 'V-9' WHERE id = 3", 3, "altered"),
        ("DELETE FROM access_log WHERE id = 2", 3, "inserted or deleted"),
        ("INSERT INTO access_log (id, at, staff, counter_host, counter_addr, volunteer_id, action, target, prev_hash, hash)"
         " SELECT 100, at, staff, counter_host, counter_addr, 'V-X', action, target, hash, 'f00d' FROM access_log WHERE id = 5",
         100, "altered"),
    ],
)
def test_tampering_is_found(store, sql, bad, problem):
    fill(store)
    with store.unit_of_work() as uow:
        uow.session.execute(text(sql))
    check = verify_chain(store)
    assert not check.ok and check.first_bad_id == bad and problem in check.problem
