"""The bulk ingest path (one driver executemany of a Core upsert compiled once) stores exactly what
the ORM would: dates, UTC times, column defaults, and an update on conflict; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from linkdesk.store import Store
from linkdesk.store.models import Record

T0 = dt.datetime(2026, 5, 15, 1, 0, 30, 123456, tzinfo=dt.timezone.utc)
KST = dt.timezone(dt.timedelta(hours=9))


def _rows(n: int, minutes: int = 60) -> list[dict]:
    return [{"id": f"R-{i}", "date": f"2026-04-{1 + i % 28:02d}", "minutes": minutes, "activity": f"활동 {i}"}
            for i in range(n)]


def test_bulk_upsert_round_trips_and_updates_on_conflict(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.volunteers.save("V-1", name="김민준")
        assert uow.records.upsert_many("V-1", _rows(300), fetched_at=T0.astimezone(KST)) == 300
    with store.unit_of_work(read_only=True) as uow:
        got = {r.id: r for r in uow.session.scalars(select(Record))}
    assert len(got) == 300
    r = got["R-7"]
    assert (r.date, r.minutes, r.activity, r.seq, r.nature, r.source, r.organization) == (
        dt.date(2026, 4, 8), 60, "활동 7", 1, "regular", "1365", "")
    assert r.fetched_at == T0 and r.fetched_at.utcoffset() == dt.timedelta(0)
    later = T0 + dt.timedelta(hours=1)
    with store.unit_of_work() as uow:  # the same records again, changed: updated in place
        uow.records.upsert_many("V-1", _rows(5, minutes=90) + [{"id": "R-new", "date": dt.date(2026, 5, 1),
                                                               "minutes": 30, "source": "vms"}], fetched_at=later)
    with store.unit_of_work(read_only=True) as uow:
        again = {r.id: r for r in uow.session.scalars(select(Record))}
    assert len(again) == 301
    assert [again[f"R-{i}"].minutes for i in range(6)] == [90] * 5 + [60]
    assert again["R-0"].fetched_at == later and again["R-5"].fetched_at == T0
    assert (again["R-new"].source, again["R-new"].date) == ("vms", dt.date(2026, 5, 1))
