"""An in-memory index of the school directory: the ranking of :mod:`linkdesk.domain.school_rank`,
answered per keystroke without looking at every school.

Built once per directory (``SchoolRepository`` rebuilds it when the directory changes); immutable
afterwards, so any thread may search it. Schools are numbered in (name, code) order, so "by name"
is "by number" and every list below stays in result order:

- exact names: a dict from the folded name;
- tiers 1 and 2: sorted keys (folded names and their 초성; the rest of the name from each word
  start) searched by bisection, so ``ㅂㅁ`` costs two binary searches, not 12,200 comparisons;
- tier 3: all folded names (and, aligned letter for letter, their 초성) joined in one string and
  searched with ``str.find`` in C, in name order, stopping as soon as the page is full.

A query with both syllables and 초성 (``보ㅁ``) is looked up by its 초성 and each hit checked letter
by letter; a query of syllables only, or of 초성 only, needs no check.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Generic, Protocol, TypeVar

from linkdesk.domain.korean import CONSONANTS, choseong, syllable_range
from linkdesk.domain.school_rank import (
    EXACT,
    PREFIX,
    SUBSTRING,
    WORD,
    fold,
    matches_at,
    readings,
    region_words,
    word_starts,
)

_SEP = "\n"  # never in a folded name (folding removes white space)
_TOP = "\U0010ffff"


class Named(Protocol):
    code: str
    name: str
    region: str


T = TypeVar("T", bound=Named)


class _Sorted:
    """Sorted string keys, each with a school and a position; looked up by prefix."""

    def __init__(self, rows: list[tuple[str, int, int]]) -> None:
        rows.sort()
        self.keys = [k for k, _, _ in rows]
        self.ids = [i for _, i, _ in rows]
        self.pos = [p for _, _, p in rows]

    def prefixed(self, prefix: str) -> tuple[int, int]:
        lo = bisect_left(self.keys, prefix)
        return lo, bisect_left(self.keys, prefix + _TOP, lo)


class SchoolIndex(Generic[T]):
    def __init__(self, schools: Sequence[T]) -> None:
        self.schools: list[T] = sorted(schools, key=lambda s: (s.name, s.code))
        self.folded = [fold(s.name) for s in self.schools]
        self.chos = chos = [choseong(n) for n in self.folded]
        self._starts: list[int] = []
        at = 0
        for n in self.folded:
            self._starts.append(at)
            at += len(n) + 1
        self._names = _SEP.join(self.folded)
        self._chos = _SEP.join(chos)
        self._exact: dict[str, list[int]] = {}
        prefix_n, prefix_c, word_n, word_c = [], [], [], []
        regions: dict[str, list[int]] = {}
        for i, (school, n, c) in enumerate(zip(self.schools, self.folded, chos, strict=True)):
            self._exact.setdefault(n, []).append(i)
            prefix_n.append((n, i, 0))
            prefix_c.append((c, i, 0))
            for pos in word_starts(school.name, school.region or ""):
                word_n.append((n[pos:], i, pos))
                word_c.append((c[pos:], i, pos))
            for word in set(region_words(school.region or "")):
                regions.setdefault(word, []).append(i)
        self._prefix = (_Sorted(prefix_n), _Sorted(prefix_c))
        self._word = (_Sorted(word_n), _Sorted(word_c))
        self._region_words = sorted(regions)
        self._regions = regions

    def __len__(self) -> int:
        return len(self.schools)

    # -- searching -------------------------------------------------------------------------------

    def search(self, query: str, *, accept: Callable[[T], bool] | None = None, limit: int = 200) -> list[T]:
        """The best ``limit`` schools for ``query`` that ``accept`` keeps, best first."""
        if limit <= 0:
            return []
        wanted = readings(query)
        if not wanted:
            out: list[T] = []
            self._take(out, range(len(self.schools)), accept, limit)
            return out
        parts: list[tuple[str, set[int] | None]] = []
        for reading in wanted:
            allowed = self._region(reading.region) if reading.region is not None else None
            if allowed is None or allowed:
                parts.extend((name, allowed) for name in reading.names)
        out = []
        seen: set[int] = set()
        for tier in (EXACT, PREFIX, WORD):  # a tier at a time: a full page ends the search
            found: set[int] = set()
            for part, allowed in parts:
                ids = self._tier(part, tier)
                found.update(ids if allowed is None else allowed.intersection(ids))
            found -= seen
            seen |= found
            if self._take(out, sorted(found), accept, limit) is None:
                return out
        scans = [self._scan(part, allowed) for part, allowed in parts]
        self._take(out, (i for i in _unique(heapq.merge(*scans)) if i not in seen), accept, limit)
        return out

    def _take(self, out: list[T], ids: Iterable[int], accept: Callable[[T], bool] | None, limit: int) -> list[T] | None:
        """Append the schools of ``ids`` that ``accept`` keeps to ``out``; None once it holds ``limit``."""
        for i in ids:
            school = self.schools[i]
            if accept is None or accept(school):
                out.append(school)
                if len(out) >= limit:
                    return None
        return out

    def _region(self, word: str) -> set[int]:
        lo = bisect_left(self._region_words, word)
        hi = bisect_left(self._region_words, word + _TOP, lo)
        return {i for w in self._region_words[lo:hi] for i in self._regions[w]}

    @staticmethod
    def _how(part: str) -> tuple[int, str, bool]:
        """(0: by the names, 1: by the 초성; the key to look up; whether each hit needs checking)."""
        cq = choseong(part)
        if cq == part:
            return 1, cq, False  # 초성 (or letters 초성 leave alone) only
        if not any(c in CONSONANTS for c in part):
            return 0, part, False  # whole syllables only
        return 1, cq, True

    def _tier(self, part: str, tier: int) -> list[int]:
        """The schools at ``tier`` (0–2) for one folded name part (a school may be listed twice)."""
        if tier == EXACT:
            return self._exact.get(part, [])
        which, key, check = self._how(part)
        keys = (self._prefix if tier == PREFIX else self._word)[which]
        lo, hi = keys.prefixed(key)
        if not check:
            return keys.ids[lo:hi]
        folded = self.folded
        return [i for i, pos in zip(keys.ids[lo:hi], keys.pos[lo:hi], strict=True) if matches_at(part, folded[i], pos)]

    def _scan(self, part: str, allowed: set[int] | None) -> Iterator[int]:
        """Every school whose name holds ``part`` anywhere, in name order, each once (lazily)."""
        which, key, check = self._how(part)
        if allowed is not None and len(allowed) * 8 < len(self.schools):
            texts = self.chos if which else self.folded
            for i in sorted(allowed):
                if key in texts[i] and (not check or _anywhere(part, self.folded[i])):
                    yield i
            return
        text = self._chos if which else self._names
        starts = self._starts
        if check:  # syllables and 초성 mixed: a regular expression over the names, in C
            pattern = _pattern(part)
            found = pattern.search(self._names)
            while found is not None:
                i = bisect_right(starts, found.start()) - 1
                if allowed is None or i in allowed:
                    yield i
                found = pattern.search(self._names, starts[i + 1]) if i + 1 < len(starts) else None
            return
        at = text.find(key)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if allowed is None or i in allowed:
                yield i
            at = text.find(key, starts[i + 1]) if i + 1 < len(starts) else -1


def _pattern(part: str) -> re.Pattern[str]:
    """``보ㅁ`` → ``보[ㅁ마-밓]``: each 초성 stands for itself or any syllable it begins."""
    out = []
    for c in part:
        if c in CONSONANTS:
            first, last = syllable_range(c)
            out.append(f"[{c}{first}-{last}]")
        else:
            out.append(re.escape(c))
    return re.compile("".join(out))


def _anywhere(part: str, name: str) -> bool:
    return any(matches_at(part, name, pos) for pos in range(len(name) - len(part) + 1))


def _unique(ids: Iterable[int]) -> Iterator[int]:
    last = -1
    for i in ids:
        if i != last:
            last = i
            yield i
