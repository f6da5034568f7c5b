"""How staff expect a school search to rank: the rule, school by school (no index, no I/O).

A query is read in every way staff mean it, and a school takes its best tier over all readings:

- the whole query with spaces removed (``보문 중`` = ``보문중``);
- with a school-kind abbreviation at its end written out (``보문여고`` → ``보문여자고등학교``,
  ``해운대중`` → ``해운대중학교``, ``부산공고`` → ``부산공업고등학교``; see :data:`ABBREVIATIONS`);
- one word of two or more letters as a region (``성북 보문``: 보문 among the schools of 성북구; the
  word starts a word of the school's region, so ``서울``, ``성북`` and ``성북구`` all work) and the
  other words as the name.

Tiers, best first: 0 the name itself (or its written-out abbreviation), 1 the name starts with the
query, 2 a word of the name starts with it (after a space, after the school's own city or district
as in 대구|보문고등학교, or the kind as in 보문|여자|고등학교), 3 anywhere in the name. Each letter of
the query may be a whole syllable or just its 초성 (``ㅂㅁ``, ``보ㅁ``), as in
:func:`linkdesk.domain.korean.matches`. Ties go by name, then code.

:func:`school_rank` is the reference; ``linkdesk.domain.school_index`` gives the same answer fast.
"""

from __future__ import annotations

from dataclasses import dataclass

from linkdesk.domain.korean import CONSONANTS, choseong, choseong_of

EXACT, PREFIX, WORD, SUBSTRING = 0, 1, 2, 3

# (typed ending, written out), longest endings first; every ending that fits is tried.
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("여자고", "여자고등학교"), ("여자중", "여자중학교"),
    ("여고", "여자고등학교"), ("여중", "여자중학교"), ("남고", "남자고등학교"), ("남중", "남자중학교"),
    ("여상", "여자상업고등학교"), ("공고", "공업고등학교"), ("상고", "상업고등학교"), ("농고", "농업고등학교"),
    ("과고", "과학고등학교"), ("외고", "외국어고등학교"), ("예고", "예술고등학교"), ("체고", "체육고등학교"),
    ("초교", "초등학교"), ("중교", "중학교"), ("고교", "고등학교"),
    ("초", "초등학교"), ("중", "중학교"), ("고", "고등학교"),
)
KIND_WORDS = ("초등학교", "중학교", "고등학교", "학교")  # the kind a school's name ends with
_GENDER_WORDS = ("여자", "남자")
_REGION_SUFFIXES = ("특별자치시", "특별자치도", "특별시", "광역시", "시", "군", "구", "도")
MIN_REGION_WORD = 2  # a one-letter word (보문 중) is part of the name, never a region


def fold(text: str) -> str:
    """What is compared: no spaces, lower-case."""
    return "".join(text.split()).lower()


def region_words(region: str) -> list[str]:
    return [w.lower() for w in region.split() if w]


def _stem(word: str) -> str:
    """성북구 → 성북, 대구광역시 → 대구 (a word keeps at least two letters)."""
    for suffix in _REGION_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def word_starts(name: str, region: str = "") -> frozenset[int]:
    """Positions (in the folded name, > 0) where a word of the name starts."""
    starts: set[int] = set()
    pos = 0
    for part in name.lower().split():
        if pos:
            starts.add(pos)
        pos += len(part)
    folded = fold(name)
    for word in region_words(region):
        for head in {word, _stem(word)}:
            if len(folded) > len(head) and folded.startswith(head):
                starts.add(len(head))
    for kind in KIND_WORDS:
        if folded.endswith(kind) and len(folded) > len(kind):
            at = len(folded) - len(kind)
            starts.add(at)
            for gender in _GENDER_WORDS:
                if folded[:at].endswith(gender) and at > len(gender):
                    starts.add(at - len(gender))
            break
    return frozenset(starts)


def expansions(q: str) -> list[str]:
    """The folded query and the ways its ending may be an abbreviation (``보문여고`` → …여자고등학교)."""
    out = [q]
    for short, full in ABBREVIATIONS:
        if len(q) > len(short) and q.endswith(short):
            longer = q[: -len(short)] + full
            if longer not in out:
                out.append(longer)
    return out


@dataclass(frozen=True)
class Reading:
    """One way to read a query: the name parts (folded, with abbreviations written out) and maybe
    a region word the school's region must have a word starting with."""

    names: tuple[str, ...]
    region: str | None = None


def readings(query: str) -> list[Reading]:
    words = query.lower().split()
    whole = "".join(words)
    if not whole:
        return []
    out = [Reading(tuple(expansions(whole)))]
    if len(words) >= 2:
        for i, word in enumerate(words):
            if len(word) >= MIN_REGION_WORD:
                rest = "".join(words[:i] + words[i + 1 :])
                out.append(Reading(tuple(expansions(rest)), word))
    return out


def in_region(word: str, region: str) -> bool:
    return any(w.startswith(word) for w in region_words(region))


def _char_ok(qc: str, nc: str) -> bool:
    return qc == nc or (qc in CONSONANTS and choseong_of(nc) == qc)


def matches_at(q: str, n: str, pos: int) -> bool:
    """Does the (folded) query match the folded name at ``pos``, letter by letter or by 초성?"""
    if pos + len(q) > len(n):
        return False
    return all(_char_ok(qc, n[pos + k]) for k, qc in enumerate(q))


def name_tier(q: str, n: str, starts: frozenset[int]) -> int | None:
    """The tier of one folded name part ``q`` against folded name ``n`` with its word starts."""
    if n == q:
        return EXACT
    cq, cn = choseong(q), choseong(n)
    best: int | None = None
    at = cn.find(cq)
    while at >= 0:
        if matches_at(q, n, at):
            tier = PREFIX if at == 0 else WORD if at in starts else SUBSTRING
            if tier == PREFIX:
                return tier
            best = tier if best is None else min(best, tier)
        at = cn.find(cq, at + 1)
    return best


def school_rank(query: str, name: str, region: str = "") -> int | None:
    """The tier of a school for ``query`` (lower is better), or None when it does not match.

    The reference for the index: simple and slow (every school, every reading).
    """
    n = fold(name)
    starts = word_starts(name, region)
    best: int | None = None
    for reading in readings(query):
        if reading.region is not None and not in_region(reading.region, region):
            continue
        for part in reading.names:
            tier = name_tier(part, n, starts)
            if tier is not None and (best is None or tier < best):
                best = tier
    return best
