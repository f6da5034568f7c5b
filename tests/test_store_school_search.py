"""The offline school search gives the same answer as ranking every school with the domain rules,
whichever path (SQL-ranked substring, or 초성 prefilter + ranking) the query takes."""

from __future__ import annotations

import pytest

from linkdesk.domain.korean import match_rank
from tests.fixtures.store import synthetic_school_directory


def reference(schools, q, limit):
    hits = [(r, s["name"], s["code"]) for s in schools if (r := match_rank(q, s["name"])) is not None]
    return [code for _, _, code in sorted(hits)[:limit]]


@pytest.mark.parametrize("query", ["초등", "중학교", "가나", "ㄱㄴ", "ㅈㅎㄱ", "가ㄴ", "학교", "없는이름"])
def test_search_matches_the_domain_ranking(store, query):
    schools = synthetic_school_directory()
    with store.unit_of_work() as uow:
        uow.schools.replace_directory(schools)
    with store.unit_of_work(read_only=True) as uow:
        got = [h.code for h in uow.schools.search(query, limit=200)]
    assert got == reference(schools, query, 200)
