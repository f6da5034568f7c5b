"""The unit of work: one commit at the end, rollback on error, one thread, no nesting."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy.exc import IntegrityError

from linkdesk.store import Store, StoreError


def test_commits_once_at_the_end(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.volunteers.save("V-1", name="김민준")
        uow.flush()
    with store.unit_of_work(read_only=True) as uow:
        assert uow.volunteers.get("V-1").name == "김민준"


def test_rolls_back_everything_on_an_exception(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.unit_of_work() as uow:
            uow.volunteers.save("V-1", name="김민준")
            uow.records.upsert_many("V-1", [{"id": "R-1", "date": "2026-04-01", "minutes": 60}])
            uow.flush()
            raise RuntimeError("staff pressed cancel")
    with store.unit_of_work(read_only=True) as uow:
        assert uow.volunteers.get("V-1") is None
        assert uow.records.get("R-1") is None


def test_read_only_never_commits(store: Store) -> None:
    with store.unit_of_work(read_only=True) as uow:
        uow.volunteers.save("V-1", name="김민준")
    with store.unit_of_work(read_only=True) as uow:
        assert uow.volunteers.get("V-1") is None


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(IntegrityError):
        with store.unit_of_work() as uow:
            uow.records.upsert_many("V-unknown", [{"id": "R-1", "date": "2026-04-01", "minutes": 60}])


def test_nested_units_of_work_are_refused(store: Store) -> None:
    with store.unit_of_work() as outer:
        outer.volunteers.save("V-1", name="김민준")
        with pytest.raises(StoreError, match="nested"):
            with store.unit_of_work():
                pass
    with store.unit_of_work(read_only=True) as uow:  # the outer one still committed
        assert uow.volunteers.get("V-1") is not None


def test_each_thread_has_its_own(store: Store) -> None:
    """Two threads may each hold a unit of work at once; a unit of work never changes thread."""
    entered = threading.Barrier(2, timeout=30)
    errors: list[BaseException] = []

    def work(vid: str) -> None:
        try:
            with store.unit_of_work(read_only=True) as uow:
                entered.wait()  # both are open now
                uow.volunteers.get(vid)
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(v,)) for v in ("V-1", "V-2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []

    uow = store.unit_of_work()
    uow.__enter__()
    caught: list[BaseException] = []
    t = threading.Thread(target=lambda: _exit_into(uow, caught))
    t.start()
    t.join()
    assert caught and isinstance(caught[0], StoreError)
    uow.__exit__(None, None, None)  # the owning thread closes it properly


def _exit_into(uow, caught: list[BaseException]) -> None:
    try:
        uow.__exit__(None, None, None)
    except BaseException as e:
        caught.append(e)
