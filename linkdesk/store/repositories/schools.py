"""The NEIS school directory, cached for the offline school search (DOMAIN.md §3 step 2).

``replace_directory`` swaps in the whole directory (~12,200 schools, DOMAIN.md §10) in one
transaction with a single executemany; the search answers from an in-memory index of the directory
(``linkdesk.domain.school_index``), built once and rebuilt when the directory changes, so a
keystroke costs a millisecond or two whether staff type 보문, 초성 like ``ㅂㅁㅈ`` or 보ㅁ.
Anything that writes the ``schools`` table must also set ``schools.loaded_at`` (as
``replace_directory`` does) or change the number of schools, so every process sees the change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import threading
import weakref

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from linkdesk.domain.korean import choseong
from linkdesk.domain.school_index import SchoolIndex
from linkdesk.domain.school_rank import fold
from linkdesk.protocol.offices import office_code_of
from linkdesk.store.coltypes import utcnow
from linkdesk.store.models import Meta, School

DIRECTORY_LOADED_AT = "schools.loaded_at"
DIRECTORY_GENERATED_AT = "schools.generated_at"
_COLUMNS = ("code", "office", "name", "kind", "region", "address", "office_code")
# engine -> ((loaded_at, count), index): one index per database, shared by every thread
_INDEXES: weakref.WeakKeyDictionary[object, tuple[tuple[str, int], SchoolIndex[SchoolHit]]] = (
    weakref.WeakKeyDictionary())
_BUILD_LOCK = threading.Lock()


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
                "office": s.get("office") or "",
                "name": s["name"],
                "kind": s.get("kind") or "other",
                "region": s.get("region") or "",
                "address": s.get("address") or "",
                "office_code": s.get("office_code") or office_code_of(s.get("office") or ""),
                "choseong": choseong(fold(s["name"])),
            }
            for s in schools
        ]
        self.session.execute(delete(School))
        if rows:
            # Core insert on the table: one executemany, no ORM objects, no identity map.
            self.session.execute(insert(School.__table__), rows)
        now = self.mark_loaded()
        if generated_at:
            self._set_meta(DIRECTORY_GENERATED_AT, generated_at, now)
        return len(rows)

    def mark_loaded(self) -> datetime:
        """The directory changed now: shown as 학교 목록 기준일, and the search index is rebuilt."""
        now = utcnow()
        self._set_meta(DIRECTORY_LOADED_AT, now.isoformat(), now)
        return now

    def _set_meta(self, key: str, value: str, now: datetime) -> None:
        self.session.merge(Meta(key=key, value=value, updated_at=now))

    def loaded_at(self) -> datetime | None:
        """When the directory was last replaced (to show "학교 목록 기준일")."""
        meta = self.session.get(Meta, DIRECTORY_LOADED_AT)
        return datetime.fromisoformat(meta.value) if meta else None

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(School)) or 0

    def get(self, code: str, office_code: str | None = None) -> SchoolHit | None:
        """The school with this code and office code; with the code alone, the one school that
        has it (None when none does, or several 교육청 have a school with that code: see
        :meth:`offices_of`)."""
        if office_code:
            s = self.session.get(School, (code, office_code))
            return _hit(s) if s is not None else None
        found = list(self.session.scalars(select(School).where(School.code == code).limit(2)))
        return _hit(found[0]) if len(found) == 1 else None

    def offices_of(self, code: str) -> list[str]:
        """The office codes under which a school with this code is cached."""
        return list(self.session.scalars(select(School.office_code).where(School.code == code)
                                         .order_by(School.office_code)))

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
        """Schools whose name matches ``text``, ranked as staff expect (best first).

        The rule is :func:`linkdesk.domain.school_rank.school_rank` (exact name, prefix, word start,
        substring; 초성 and mixed; abbreviations such as 보문여고; a region word such as 성북 보문),
        answered from the in-memory :class:`SchoolIndex` of the directory. ``office`` and ``kind``
        match exactly, ``region`` by prefix (``서울특별시`` finds every 구).
        """
        def keep(hit: SchoolHit) -> bool:
            return ((not office or hit.office == office) and (not kind or hit.kind == kind)
                    and (not region or hit.region.startswith(region)))

        filtered = bool(office or kind or region)
        return self.index().search(text, accept=keep if filtered else None, limit=limit)

    def index(self) -> SchoolIndex[SchoolHit]:
        """The directory's search index: built once, rebuilt when the directory changed.

        "Changed" is told by the time it was last replaced and the number of schools, read from the
        database (two one-row queries), so a refresh by another counter or process is seen too.
        """
        loaded = self.session.get(Meta, DIRECTORY_LOADED_AT)
        token = (loaded.value if loaded else "", self.count())
        engine = self.session.get_bind()
        with _BUILD_LOCK:  # one build at a time; a search waiting here gets the fresh index
            cached = _INDEXES.get(engine)
            if cached is not None and cached[0] == token:
                return cached[1]
            rows = self.session.execute(select(*(getattr(School, c) for c in _COLUMNS)))
            index = SchoolIndex([SchoolHit(*row) for row in rows])
            _INDEXES[engine] = (token, index)
            return index


def _hit(s: School) -> SchoolHit:
    return SchoolHit(s.code, s.office, s.name, s.kind, s.region, s.address, s.office_code)
