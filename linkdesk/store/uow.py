"""The unit of work: one transaction per staff action, with the repositories bound to it.

    with store.unit_of_work() as uow:
        uow.records.upsert_many(...)
        outbox.enqueue(uow, ...)
    # committed here, once; any exception inside rolled everything back

A unit of work belongs to the thread that opened it (a SQLAlchemy session is not thread-safe),
and one thread holds at most one at a time: on SQLite a second write transaction on the same
thread would wait for the first one forever (until the busy timeout), so it is refused at once.
"""

from __future__ import annotations

import threading
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.orm import Session, sessionmaker

from linkdesk.store.errors import StoreError
from linkdesk.store.repositories import (
    ConsentRepository,
    LinkRepository,
    MetaRepository,
    RecordRepository,
    SchoolRepository,
    VolunteerRepository,
)

if TYPE_CHECKING:
    from linkdesk.store.repositories.neis_data import NeisDataRepository


class _StoreLike(Protocol):
    """What a unit of work needs of its store (:class:`linkdesk.store.database.Store`): the per-thread
    flag of an open unit of work. A protocol, so that this module does not import ``database``
    (which imports this one)."""

    _thread_state: threading.local


class UnitOfWork:
    """Opened by :meth:`Store.unit_of_work`; commits on a clean exit, rolls back otherwise.

    ``read_only=True`` never commits and, on SQLite, does not take the write lock, so reads run
    alongside a writer. Objects read stay usable after the block (no lazy loading, though).
    """

    session: Session
    volunteers: VolunteerRepository
    schools: SchoolRepository
    records: RecordRepository
    links: LinkRepository
    consents: ConsentRepository
    meta: MetaRepository

    def __init__(self, store: _StoreLike, factory: sessionmaker[Session], read_only: bool):
        self.store = store
        self.read_only = read_only
        self._factory = factory
        self._thread: int | None = None

    def __enter__(self) -> UnitOfWork:
        local = self.store._thread_state
        if getattr(local, "open", False):
            raise StoreError(
                "내부 오류: 한 작업 안에서 데이터베이스 작업을 다시 열었습니다.",
                "A unit of work is already open on this thread; nested units of work are not allowed.",
            )
        local.open = True
        self._thread = threading.get_ident()
        self.session = self._factory()
        s = self.session
        self.volunteers = VolunteerRepository(s)
        self.schools = SchoolRepository(s)
        self.records = RecordRepository(s)
        self.links = LinkRepository(s)
        self.consents = ConsentRepository(s)
        self.meta = MetaRepository(s)
        self._neis_data: NeisDataRepository | None = None
        return self

    @property
    def neis_data(self) -> NeisDataRepository:
        """The NEIS Open API cache (학사일정, timetables); its tables load with the first use."""
        if self._neis_data is None:
            from linkdesk.store.repositories.neis_data import NeisDataRepository

            self._neis_data = NeisDataRepository(self.session)
        return self._neis_data

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if threading.get_ident() != self._thread:
            raise StoreError(
                "내부 오류: 다른 스레드에서 데이터베이스 작업을 닫으려 했습니다.",
                "A unit of work was closed from another thread; sessions never cross threads.",
            )
        try:
            if exc_type is not None:
                self.session.rollback()
            elif not self.read_only:
                self.session.commit()
            # A clean read-only exit just closes: the pool rolls the connection back, and the
            # objects read stay loaded (detached) for the caller instead of being expired.
        finally:
            self.session.close()
            self.store._thread_state.open = False

    def flush(self) -> None:
        """Send pending changes to the database now (to see generated ids or hit constraints)."""
        self.session.flush()
