"""A made-up national school directory of 12,200 schools, and a search over it like the local cache's.

Used by the school-search widget tests and the widget gallery script. The search ranks with
``linkdesk.domain.korean.match_rank`` (the same rule as ``SchoolRepository.search``), so 초성 work.
"""

from __future__ import annotations

from dataclasses import dataclass

from linkdesk.domain.korean import match_rank
from linkdesk.sandbox.default_data import OFFICES, STEMS, TOTALS

SUFFIXES = {"elementary": "초등학교", "middle": "중학교", "high": "고등학교", "special": "학교", "other": "대안학교"}
COUNT = 12_200
REAL = (  # the shared scenario's schools, so tests can look for well-known names
    ("7010057", "서울특별시교육청", "보문중학교", "middle", "서울특별시 성북구", "서울특별시 성북구 보문로 10"),
    ("7010083", "서울특별시교육청", "서울고등학교", "high", "서울특별시 서초구", "서울특별시 서초구 효령로 197"),
    ("8000114", "경상북도교육청", "포항보문중학교", "middle", "경상북도 포항시", "경상북도 포항시 북구 중앙로 1"),
)


@dataclass(frozen=True)
class FakeSchool:
    code: str
    office: str
    name: str
    kind: str
    region: str
    address: str


def fake_directory(count: int = COUNT) -> list[FakeSchool]:
    """``count`` schools: the well-known ones, then generated ones spread over the 17 offices."""
    schools = [FakeSchool(*row) for row in REAL]
    kinds = [kind for kind, n in TOTALS.items() for _ in range(n)]
    names: set[str] = {s.name for s in schools}
    i = 0
    while len(schools) < count:
        office, region, short, prefix, _weights, districts = OFFICES[i % len(OFFICES)]
        district = (districts.split() or [""])[i % max(1, len(districts.split()))]
        kind = kinds[i % len(kinds)]
        stem = STEMS[(i // len(OFFICES)) % len(STEMS)]
        name = f"{short}{stem}{SUFFIXES[kind]}"
        if name in names:
            name = f"{short}{stem}{i // (len(OFFICES) * len(STEMS)) + 1}{SUFFIXES[kind]}"
        i += 1
        if name in names:
            continue
        names.add(name)
        where = f"{region} {district}".strip()
        schools.append(FakeSchool(f"{prefix}{len(schools):04d}", office, name, kind, where, f"{where} {stem}로 {i % 200 + 1}"))
    return schools


class FakeSearch:
    """``search(query, office, kind, region, limit)`` over a list, counting its calls."""

    def __init__(self, schools: list[FakeSchool]) -> None:
        self.schools = schools
        self.calls: list[tuple] = []

    def __call__(self, query: str, office: str | None, kind: str | None, region: str | None, limit: int) -> list[FakeSchool]:
        self.calls.append((query, office, kind, region, limit))
        ranked = []
        for school in self.schools:
            if (office and school.office != office) or (kind and school.kind != kind):
                continue
            if region and not school.region.startswith(region):
                continue
            rank = match_rank(query, school.name) if query else 0
            if rank is not None:
                ranked.append((rank, school.name, school.code, school))
        ranked.sort(key=lambda t: t[:3])
        return [t[3] for t in ranked[:limit]]

    def offices(self) -> list[str]:
        return sorted({s.office for s in self.schools})
