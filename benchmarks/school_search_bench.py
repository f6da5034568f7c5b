"""School search at the counter, per keystroke: the in-memory index (``SchoolRepository.search``)
against the baseline measured in the same run — the SQL search LinkDesk had before (``replace(
lower(name))`` on every row, a 초성 prefilter, ranking in Python) — at the national size (~12,200
schools, the training directory) and ten times that (122,000, made-up variants of the same names).

Each query is typed a letter at a time (보 → 보문 → 보문여 → 보문여고); every prefix is a keystroke.
Printed per size: the median and the worst keystroke of each query, the median over all keystrokes,
and the ratio to the baseline. Also the one-time cost of building the index.

    .venv/bin/python benchmarks/school_search_bench.py            # both sizes
    .venv/bin/python benchmarks/school_search_bench.py --sizes 12200
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _timing import median_ms, row  # noqa: E402
from sqlalchemy import case, func, select  # noqa: E402

from linkdesk.domain.korean import CONSONANTS, choseong, match_rank  # noqa: E402
from linkdesk.sandbox.default_scenario import load_default  # noqa: E402
from linkdesk.store import Store  # noqa: E402
from linkdesk.store.models import School  # noqa: E402
from linkdesk.store.paths import sqlite_url  # noqa: E402
from linkdesk.store.repositories import schools as school_repo  # noqa: E402

# 초성, mixed, syllables, abbreviations, a region word, a broad word
QUERIES = ["ㅂㅁㅈ", "ㅎㅇㄷ", "보ㅁ", "보문", "보문여고", "해운대중", "서울고", "성북 보문", "초등"]
LIMIT = 200
_COLUMNS = ("code", "office", "name", "kind", "region", "address")


def old_search(session, text: str, limit: int = LIMIT) -> list:
    """The search before the index (kept here as the baseline): SQL substring or 초성 prefilter."""
    q = "".join(text.split()).lower()
    stmt = select(*(getattr(School, c) for c in _COLUMNS))
    if q and not any(c in CONSONANTS for c in q):
        folded = func.replace(func.lower(School.name), " ", "")
        rank = case((folded == q, 0), (folded.startswith(q, autoescape=True), 1), else_=2)
        stmt = stmt.where(folded.contains(q, autoescape=True)).order_by(rank, School.name, School.code)
        return list(session.execute(stmt.limit(limit)))
    stmt = stmt.where(School.choseong.contains(choseong(q), autoescape=True))
    ranked = sorted((r, row.name, row.code, row) for row in session.execute(stmt)
                    if (r := match_rank(q, row.name)) is not None)
    return [t[3] for t in ranked[:limit]]


def directory(size: int) -> list[dict]:
    """The training directory, grown to ``size`` with made-up variants (새보문중학교, …)."""
    base = load_default()["schools"]
    out = list(base)
    heads = "새한늘참푸온빛솔별꿈"
    n = 0
    while len(out) < size:
        s = base[n % len(base)]
        head = heads[(n // len(base)) % len(heads)]
        out.append({**s, "code": f"X{n:07d}", "name": head + s["name"]})
        n += 1
    return out[:size]


def keystrokes(query: str) -> list[str]:
    return [query[:k] for k in range(1, len(query) + 1) if query[k - 1] != " "]


def bench(size: int, repeat: int) -> None:
    schools = directory(size)
    print(f"\n== {size:,} schools ==")
    with tempfile.TemporaryDirectory() as tmp, Store(sqlite_url(Path(tmp) / "bench.db")) as store:
        store.upgrade()
        with store.unit_of_work() as uow:
            uow.schools.replace_directory(schools)
        with store.unit_of_work(read_only=True) as uow:
            school_repo._INDEXES.clear()
            t = time.perf_counter()
            uow.schools.index()
            print(row("index built once (per directory)", (time.perf_counter() - t) * 1000))
        new_all, old_all = [], []
        for query in QUERIES:
            new_q, old_q = [], []
            for typed in keystrokes(query):
                def new(typed=typed):
                    with store.unit_of_work(read_only=True) as uow:
                        return uow.schools.search(typed, limit=LIMIT)

                def old(typed=typed):
                    with store.unit_of_work(read_only=True) as uow:
                        return old_search(uow.session, typed)

                new_q.append(median_ms(new, repeat))
                old_q.append(median_ms(old, max(3, repeat // 3)))
            new_all += new_q
            old_all += old_q
            with store.unit_of_work(read_only=True) as uow:
                top = [h.name for h in uow.schools.search(query, limit=3)]
            print(f"{query!r:<12} worst keystroke {max(new_q):7.2f} ms (baseline {max(old_q):7.2f} ms)"
                  f"  median {statistics.median(new_q):6.2f} ms  first: {', '.join(top)}")
        print(row("median keystroke, baseline (SQL before)", statistics.median(old_all)))
        print(row("median keystroke, index", statistics.median(new_all), statistics.median(old_all)))
        print(row("worst keystroke, baseline (SQL before)", max(old_all)))
        print(row("worst keystroke, index", max(new_all), max(old_all)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[12_200, 122_000])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    for size in args.sizes:
        bench(size, args.repeat)


if __name__ == "__main__":
    main()
