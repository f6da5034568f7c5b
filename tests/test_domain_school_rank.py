"""The ranking staff expect from the school search, school by school, and the index agreeing with it."""

from __future__ import annotations

from dataclasses import dataclass

from linkdesk.domain.school_index import SchoolIndex
from linkdesk.domain.school_rank import EXACT, PREFIX, SUBSTRING, WORD, expansions, school_rank, word_starts


@dataclass(frozen=True)
class S:
    code: str
    name: str
    region: str


SCHOOLS = [
    S("1", "보문여자고등학교", "서울특별시 성북구"), S("2", "보문중학교", "서울특별시 성북구"),
    S("3", "대구보문고등학교", "대구광역시 수성구"), S("4", "해운대중학교", "부산광역시 해운대구"),
    S("5", "해운대중앙초등학교", "부산광역시 해운대구"), S("6", "부산해운대중학교", "부산광역시 해운대구"),
    S("7", "보문초등학교", "대전광역시 중구"), S("8", "부산공업고등학교", "부산광역시 동구"),
    S("9", "신보문중학교", "경기도 수원시"),
]


def ranked(query: str, limit: int = 20) -> list[str]:
    return [s.name for s in SchoolIndex(SCHOOLS).search(query, limit=limit)]


def test_tiers_exact_prefix_word_substring():
    assert school_rank("보문중학교", "보문중학교") == EXACT
    assert school_rank("보문", "보문중학교") == PREFIX
    assert school_rank("보문", "대구보문고등학교", "대구광역시 수성구") == WORD  # after the school's own city
    assert school_rank("보문", "신보문중학교", "경기도 수원시") == SUBSTRING
    assert school_rank("고등", "보문여자고등학교") == WORD and school_rank("여자", "보문여자고등학교") == WORD
    assert school_rank("문중", "보문중학교") == SUBSTRING and school_rank("x", "보문중학교") is None
    assert word_starts("서울 보문중학교") == {2, 4}


def test_choseong_and_mixed():
    assert school_rank("ㅂㅁ", "보문중학교") == PREFIX
    assert school_rank("보ㅁ", "대구보문고등학교", "대구광역시 수성구") == WORD
    assert school_rank("ㅎㅇㄷ", "부산해운대중학교", "부산광역시 해운대구") == WORD
    assert school_rank("ㅂㅁ중", "보문중학교") == PREFIX and school_rank("ㅂㅁ고", "보문중학교") is None


def test_abbreviations_put_the_school_meant_first():
    assert "보문여자고등학교" in expansions("보문여고")
    assert ranked("보문여고")[0] == "보문여자고등학교"
    assert ranked("해운대중")[:2] == ["해운대중학교", "해운대중앙초등학교"]
    assert ranked("부산공고") == ["부산공업고등학교"]
    assert ranked("보문초")[0] == "보문초등학교"


def test_a_region_word_narrows_the_name():
    assert ranked("성북 보문") == ["보문여자고등학교", "보문중학교"]
    assert ranked("보문 대구") == ["대구보문고등학교"]
    assert ranked("수원 ㅂㅁ") == ["신보문중학교"]
    assert ranked("보문 중") == ["보문중학교", "신보문중학교"]  # one letter is never a region


def test_order_is_tier_then_name():
    assert ranked("보문") == ["보문여자고등학교", "보문중학교", "보문초등학교", "대구보문고등학교", "신보문중학교"]
    assert ranked("보문", limit=2) == ["보문여자고등학교", "보문중학교"]
    assert ranked("") == sorted(s.name for s in SCHOOLS)
