"""Consents as partners reported them (1365, VMS, Red Cross), to show "동의일" without a network
call and to warn before a Red Cross consent expires (it must be renewed every 2 years)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from linkdesk.store.coltypes import as_utc, utcnow
from linkdesk.store.models import ConsentSeen
from linkdesk.store.repositories._upsert import upsert


class ConsentRepository:
    def __init__(self, session: Session):
        self.session = session

    def record_seen(
        self,
        volunteer_id: str,
        partner: str,
        *,
        agreed_at: dt.datetime | None,
        expires_at: dt.datetime | None = None,
        guardian_name: str | None = None,
        guardian_relationship: str | None = None,
        seen_at: dt.datetime | None = None,
    ) -> ConsentSeen:
        """Remember what ``partner`` said about the volunteer's consent (the latest view wins)."""
        row = {
            "volunteer_id": volunteer_id,
            "partner": partner,
            "agreed_at": as_utc(agreed_at) if agreed_at else None,
            "expires_at": as_utc(expires_at) if expires_at else None,
            "guardian_name": guardian_name,
            "guardian_relationship": guardian_relationship,
            "seen_at": as_utc(seen_at) if seen_at else utcnow(),
        }
        upsert(self.session, ConsentSeen, [row], keys=["volunteer_id", "partner"])
        found = self.session.get(ConsentSeen, (volunteer_id, partner), populate_existing=True)
        assert found is not None
        return found

    def get(self, volunteer_id: str, partner: str) -> ConsentSeen | None:
        return self.session.get(ConsentSeen, (volunteer_id, partner))

    def for_volunteer(self, volunteer_id: str) -> dict[str, ConsentSeen]:
        stmt = select(ConsentSeen).where(ConsentSeen.volunteer_id == volunteer_id)
        return {c.partner: c for c in self.session.scalars(stmt)}

    def expiring(self, partner: str, before: dt.datetime) -> list[ConsentSeen]:
        """Consents to ``partner`` that expire before ``before`` (already expired included)."""
        stmt = (
            select(ConsentSeen)
            .where(ConsentSeen.partner == partner, ConsentSeen.expires_at.is_not(None))
            .where(ConsentSeen.expires_at < as_utc(before))
            .order_by(ConsentSeen.expires_at)
        )
        return list(self.session.scalars(stmt))
