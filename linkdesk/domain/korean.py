"""Korean text helpers: 초성 (initial consonant) search, so ``ㅂㅁㅈ`` finds 보문중학교."""

from __future__ import annotations

_CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_CONSONANTS = set(_CHOSEONG)
CONSONANTS = frozenset(_CONSONANTS)  # 초성 a query may use in place of a syllable


def choseong_of(ch: str) -> str:
    code = ord(ch)
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        return _CHOSEONG[(code - _HANGUL_FIRST) // 588]
    return ch


# Every syllable → its 초성, for str.translate (C speed: the 12,200-school directory in milliseconds).
_TO_CHOSEONG = {code: _CHOSEONG[(code - _HANGUL_FIRST) // 588] for code in range(_HANGUL_FIRST, _HANGUL_LAST + 1)}


def syllable_range(consonant: str) -> tuple[str, str]:
    """The first and last syllable a 초성 begins: ``ㅂ`` → (바, 빟)."""
    first = _HANGUL_FIRST + _CHOSEONG.index(consonant) * 588
    return chr(first), chr(first + 587)


def choseong(text: str) -> str:
    """``보문중학교`` → ``ㅂㅁㅈㅎㄱ``; other characters pass through."""
    return text.translate(_TO_CHOSEONG)


def _char_matches(q: str, c: str) -> bool:
    if q == c:
        return True
    return q in _CONSONANTS and choseong_of(c) == q


def matches(query: str, name: str) -> bool:
    """Substring match where each consonant of the query may stand for a whole syllable.

    Spaces in either are ignored and Latin letters compare case-insensitively, so ``보문 중``,
    ``ㅂㅁㅈ``, ``보ㅁ중`` and ``문중`` all match 보문중학교.
    """
    q = "".join(query.split()).lower()
    n = "".join(name.split()).lower()
    if not q:
        return True
    if len(q) > len(n):
        return False
    if all(c not in _CONSONANTS for c in q):
        return q in n
    for i in range(len(n) - len(q) + 1):
        if all(_char_matches(qc, n[i + k]) for k, qc in enumerate(q)):
            return True
    return False


def match_rank(query: str, name: str) -> int | None:
    """A sort key for search results (lower is better), or None when ``name`` does not match."""
    q = "".join(query.split()).lower()
    n = "".join(name.split()).lower()
    if not matches(q, n):
        return None
    if n == q:
        return 0
    if n.startswith(q) or choseong(n).startswith(q):
        return 1
    return 2
