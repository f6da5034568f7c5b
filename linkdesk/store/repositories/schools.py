"""The NEIS school directory, cached for the offline school search (DOMAIN.md §3 step 2).

``replace_directory`` swaps in the whole directory (~12,200 schools, DOMAIN.md §10) in one
transaction with a single executemany; the search narrows rows in SQL and ranks the few left in
Python with the same rules as the partner (``linkdesk.domain.korean``), so 초성 like ``ㅂㅁㅈ`` work.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, func, insert, select
from sqlalchemy.orm import Session

from linkdesk.domain.korean import CONSONANTS, choseong, match_rank
from linkdesk.protocol.offices import office_code_of
from linkdesk.store.coltypes import utcnow
from linkdesk.store.models import Meta, School

DIRECTORY_LOADED_AT = "schools.loaded_at"
DIRECTORY_GENERATED_AT = "schools.generated_at"
_COLUMNS = ("code", "office", "name", "kind", "region", "address", "office_code")


def _fold(text: str) -> str:
    """What the matcher compares: no spaces, lower-case."""
    return "".join(text.split()).lower()


@dataclass(frozen=True)
class SchoolHit:
    """One search result as plain data (safe to hand to another thread)."""

    code: str
    office: str
    name: str
    kind: str
    region: str
    address: str
    office_code: str = ""  # NEIS identifies a school by office + school code

    def as_dict(self) -> dict[str, str]:
        return {c: getattr(self, c) for c in _COLUMNS}


class SchoolRepository:
    def __init__(self, session: Session):
        self.session = session

    def replace_directory(
        self, schools: Iterable[Mapping[str, Any]], generated_at: str | None = None
    ) -> int:
        """Replace the whole directory with ``schools`` (protocol School dicts); returns the count."""
        rows = [
            {
                "code": str(s["code"]),
                "office_code": s.get("office_code") or office_code_of(s.get("office") or ""),
                "office": s.get("office") or "",
                "name": s["name"],
                "kind": s.get("kind") or "other",
                "region": s.get("region") or "",
                "address": s.get("address") or "",
                "choseong": choseong(_fold(s["name"])),
            }
            for s in schools
        ]
        self.session.execute(delete(School))
        if rows:
            # Core insert on the table: one executemany, no ORM objects, no identity map.
            self.session.execute(insert(School.__table__), rows)
        now = utcnow()
        self._set_meta(DIRECTORY_LOADED_AT, now.isoformat(), now)
        if generated_at:
            self._set_meta(DIRECTORY_GENERATED_AT, generated_at, now)
        return len(rows)

    def _set_meta(self, key: str, value: str, now: datetime) -> None:
        self.session.merge(Meta(key=key, value=value, updated_at=now))

    def loaded_at(self) -> datetime | None:
        """When the directory was last replaced (to show "학교 목록 기준일")."""
        meta = self.session.get(Meta, DIRECTORY_LOADED_AT)
        return datetime.fromisoformat(meta.value) if meta else None

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(School)) or 0

    def get(self, code: str, office_code: str | None = None) -> SchoolHit | None:
        """The school with this code (and this office code, when given)."""
        s = self.session.get(School, code)
        if s is None or (office_code and s.office_code != office_code):
            return None
        return _hit(s)

    def offices(self) -> list[str]:
        """The 시도교육청 present, for the search popup's filter."""
        return list(self.session.scalars(select(School.office).distinct().order_by(School.office)))

    def search(
        self,
        text: str = "",
        *,
        office: str | None = None,
        kind: str | None = None,
        region: str | None = None,
        limit: int = 50,
    ) -> list[SchoolHit]:
        """Schools whose name matches ``text`` (substring or 초성), best first.

        ``office`` and ``kind`` match exactly, ``region`` by prefix (``서울특별시`` finds every
        구). Order: exact name, then names starting with the query, then the rest; by name.
        """
        q = _fold(text)
        stmt = select(*(getattr(School, c) for c in _COLUMNS))  # plain rows, no ORM objects
        if office:
            stmt = stmt.where(School.office == office)
        if kind:
            stmt = stmt.where(School.kind == kind)
        if region:
            stmt = stmt.where(School.region.startswith(region, autoescape=True))
        if q and not any(c in CONSONANTS for c in q):
            # Whole syllables only: a plain substring match, ranked and cut in SQL, so a broad
            # query such as 초등 (thousands of schools) never ranks every row in Python.
            folded = func.replace(func.lower(School.name), " ", "")
            rank = case((folded == q, 0), (folded.startswith(q, autoescape=True), 1), else_=2)
            stmt = stmt.where(folded.contains(q, autoescape=True)).order_by(rank, School.name, School.code)
            return [SchoolHit(*row) for row in self.session.execute(stmt.limit(limit))]
        if q:
            # A match implies the query's 초성 is a substring of the name's 초성: filter in SQL.
            stmt = stmt.where(School.choseong.contains(choseong(q), autoescape=True))
        else:
            stmt = stmt.order_by(School.name, School.code).limit(limit)
        candidates = [SchoolHit(*row) for row in self.session.execute(stmt)]
        if not q:
            return candidates
        ranked = []
        for hit in candidates:
            rank = match_rank(q, hit.name)
            if rank is not None:
                ranked.append((rank, hit.name, hit.code, hit))
        ranked.sort(key=lambda t: t[:3])
        return [t[3] for t in ranked[:limit]]


def _hit(s: School) -> SchoolHit:
    return SchoolHit(s.code, s.office, s.name, s.kind, s.region, s.address, s.office_code)
