"""Activity records cached from 1365 (and VMS / Red Cross), with their per-partner link state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from linkdesk.store.coltypes import as_utc, utcnow
from linkdesk.store.models import Link, Record
from linkdesk.store.repositories._upsert import upsert


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


class RecordRepository:
    def __init__(self, session: Session):
        self.session = session

    def get(self, record_id: str) -> Record | None:
        return self.session.get(Record, record_id)

    def upsert_many(
        self,
        volunteer_id: str,
        records: Iterable[Mapping[str, Any]],
        *,
        source: str | None = None,
        fetched_at: dt.datetime | None = None,
    ) -> int:
        """Insert or refresh records as a partner listed them (protocol Record dicts).

        ``source`` applies to records that do not say theirs (a VMS list); unknown keys such as
        ``neis`` are ignored here (the link ledger is updated by the services).
        """
        at = as_utc(fetched_at) if fetched_at else utcnow()
        rows = [
            {
                "id": str(r["id"]),
                "volunteer_id": volunteer_id,
                "source": r.get("source") or source or "1365",
                "source_id": r.get("source_id"),
                "date": _date(r["date"]),
                "seq": int(r.get("seq") or 1),
                "organization": r.get("organization") or "",
                "category": r.get("category"),
                "activity": r.get("activity") or "",
                "start": r.get("start"),
                "end": r.get("end"),
                "minutes": int(r["minutes"]),
                "nature": r.get("nature") or "regular",
                "fetched_at": at,
            }
            for r in records
        ]
        return upsert(self.session, Record, rows, keys=["id"])

    def for_volunteer(
        self,
        volunteer_id: str,
        *,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        source: str | None = None,
    ) -> list[Record]:
        """A volunteer's records, oldest first (봉사일, 순번)."""
        stmt = select(Record).where(Record.volunteer_id == volunteer_id)
        if date_from is not None:
            stmt = stmt.where(Record.date >= date_from)
        if date_to is not None:
            stmt = stmt.where(Record.date <= date_to)
        if source is not None:
            stmt = stmt.where(Record.source == source)
        return list(self.session.scalars(stmt.order_by(Record.date, Record.seq, Record.id)))

    def with_links(self, volunteer_id: str, partner: str) -> list[tuple[Record, Link | None]]:
        """Each record of a volunteer with its link to ``partner`` (None: never queued or sent).

        Feeds the two tabs of 실적선택: 연계 대상 and 연계완료 실적.
        """
        stmt = (
            select(Record, Link)
            .outerjoin(Link, and_(Link.record_id == Record.id, Link.partner == partner))
            .where(Record.volunteer_id == volunteer_id)
            .order_by(Record.date, Record.seq, Record.id)
        )
        return [(rec, link) for rec, link in self.session.execute(stmt)]
