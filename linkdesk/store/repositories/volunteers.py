"""Volunteers as the partners last described them. Never the 주민등록번호 (DOMAIN.md §8)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from linkdesk.store.coltypes import utcnow
from linkdesk.store.models import Volunteer
from linkdesk.store.repositories._upsert import upsert

_FIELDS = {c.key for c in Volunteer.__table__.columns} - {"volunteer_id", "updated_at"}


class VolunteerRepository:
    def __init__(self, session: Session):
        self.session = session

    def get(self, volunteer_id: str) -> Volunteer | None:
        return self.session.get(Volunteer, volunteer_id)

    def save(self, volunteer_id: str, **fields: Any) -> Volunteer:
        """Create or update one volunteer; only the fields given change.

        Unknown field names are refused, so a caller cannot slip an ``rrn`` in by accident.
        """
        unknown = set(fields) - _FIELDS
        if unknown:
            raise TypeError(f"unknown volunteer fields: {sorted(unknown)}")
        if isinstance(fields.get("birth_date"), str):
            fields["birth_date"] = dt.date.fromisoformat(fields["birth_date"])
        if "name" in fields:  # enough for a new row: insert, or update on conflict
            row = {"volunteer_id": volunteer_id, **fields, "updated_at": utcnow()}
            upsert(self.session, Volunteer, [row], keys=["volunteer_id"])
        else:
            self._update(volunteer_id, fields)
        found = self.session.get(Volunteer, volunteer_id, populate_existing=True)
        assert found is not None
        return found

    def _update(self, volunteer_id: str, fields: dict[str, Any]) -> None:
        v = self.get(volunteer_id)
        if v is None:
            raise KeyError(f"unknown volunteer {volunteer_id} (a new volunteer needs a name)")
        for k, value in fields.items():
            setattr(v, k, value)
        v.updated_at = utcnow()
        self.session.flush()

    def find(self, *, name: str | None = None, birth_date: dt.date | None = None,
             vms_id: str | None = None, redcross_member_id: str | None = None,
             limit: int = 50) -> list[Volunteer]:
        """Volunteers matching every filter given (exact matches), by name."""
        stmt = select(Volunteer)
        if name is not None:
            stmt = stmt.where(Volunteer.name == name)
        if birth_date is not None:
            stmt = stmt.where(Volunteer.birth_date == birth_date)
        if vms_id is not None:
            stmt = stmt.where(Volunteer.vms_id == vms_id)
        if redcross_member_id is not None:
            stmt = stmt.where(Volunteer.redcross_member_id == redcross_member_id)
        stmt = stmt.order_by(Volunteer.name, Volunteer.volunteer_id).limit(limit)
        return list(self.session.scalars(stmt))
