"""The offline school search gives the same answer as ranking every school with the domain rule
(:func:`linkdesk.domain.school_rank.school_rank`), whichever way the index answers the query: whole
syllables, 초성, both mixed, an abbreviation written out, a region word, with and without filters."""

from __future__ import annotations

import pytest

from linkdesk.domain.school_rank import school_rank
from tests.fixtures.scenarios import SCHOOLS
from tests.fixtures.store import synthetic_school_directory


def reference(schools, q, limit, keep=lambda s: True):
    hits = [(r, s["name"], s["code"]) for s in schools
            if keep(s) and (r := school_rank(q, s["name"], s["region"])) is not None]
    return [code for _, _, code in sorted(hits)[:limit]]


QUERIES = ["초등", "중학교", "가나", "ㄱㄴ", "ㅈㅎㄱ", "가ㄴ", "학교", "없는이름", "ㅈ", "ㄱ나ㄷ", "보문", "ㅂㅁ", "보ㅁ",
           "ㅎㅇㄷ", "보문여고", "해운대중", "서울고", "성북 보문", "서울 가나", "가상구1 ㄱ", "보문 중", "대구",
           "서울특별시 중", "가나다초", "하강고", "100%", "_"]


@pytest.fixture
def directory(store):
    schools = synthetic_school_directory() + SCHOOLS
    with store.unit_of_work() as uow:
        uow.schools.replace_directory(schools)
    return schools


@pytest.mark.parametrize("limit", [7, 200])
def test_search_matches_the_domain_ranking(store, directory, limit):
    with store.unit_of_work(read_only=True) as uow:
        for query in QUERIES:
            got = [h.code for h in uow.schools.search(query, limit=limit)]
            assert got == reference(directory, query, limit), query


def test_filters_keep_the_ranking(store, directory):
    office = "서울특별시교육청"
    with store.unit_of_work(read_only=True) as uow:
        for query in ("ㄱ", "가나", "중학교", "보ㅁ"):
            got = [h.code for h in uow.schools.search(query, office=office, kind="middle", limit=50)]
            keep = lambda s: s["office"] == office and s["kind"] == "middle"  # noqa: E731
            assert got == reference(directory, query, 50, keep), query


def test_the_index_follows_a_new_directory(store, directory):
    with store.unit_of_work(read_only=True) as uow:
        assert [h.name for h in uow.schools.search("보문여고")] == []
    with store.unit_of_work() as uow:
        uow.schools.replace_directory(SCHOOLS + [{"code": "7777777", "office": "서울특별시교육청",
                                                  "name": "보문여자고등학교", "kind": "high",
                                                  "region": "서울특별시 성북구"}])
    with store.unit_of_work(read_only=True) as uow:
        assert [h.name for h in uow.schools.search("보문여고")][:1] == ["보문여자고등학교"]
        assert uow.schools.search("가나") == []  # the old directory is gone from the index too
