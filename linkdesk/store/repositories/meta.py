"""Small key/value facts about the cache (e.g. when the school directory was loaded)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from linkdesk.store.coltypes import utcnow
from linkdesk.store.models import Meta


class MetaRepository:
    def __init__(self, session: Session):
        self.session = session

    def get(self, key: str) -> str | None:
        row = self.session.get(Meta, key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        self.session.merge(Meta(key=key, value=value, updated_at=utcnow()))
        self.session.flush()
