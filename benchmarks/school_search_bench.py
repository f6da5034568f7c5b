"""School search at the counter: the offline cache (SQL 초성 prefilter + ranking) against the
baseline of ranking every one of the ~12,200 schools in Python, and against asking the partner
over HTTP. The school popup searches on every keystroke, so this is what staff feel."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _timing import median_ms, row  # noqa: E402

from linkdesk.domain.korean import match_rank  # noqa: E402
from linkdesk.partners import Gateway, PartnerSettings  # noqa: E402
from linkdesk.sandbox.default_scenario import load_default  # noqa: E402
from linkdesk.sandbox.server import SandboxServer  # noqa: E402
from linkdesk.store import Store  # noqa: E402
from linkdesk.store.paths import sqlite_url  # noqa: E402

QUERIES = ["ㅂㅁㅈ", "보문", "서울고", "ㅎㅇㄷ", "초등"]


def main() -> None:
    scenario = load_default()
    schools = scenario["schools"]
    print(f"directory: {len(schools)} schools")
    with tempfile.TemporaryDirectory() as tmp, Store(sqlite_url(Path(tmp) / "bench.db")) as store:
        store.upgrade()
        with store.unit_of_work() as uow:
            uow.schools.replace_directory(schools)
        with SandboxServer(scenario) as server:
            gw = Gateway(PartnerSettings(server.url, api_key=scenario.get("api_key", "sandbox")))
            try:
                for q in QUERIES:
                    def baseline(q=q):
                        hits = [(r, s["name"]) for s in schools if (r := match_rank(q, s["name"])) is not None]
                        return sorted(hits)[:200]

                    def cached(q=q):
                        with store.unit_of_work(read_only=True) as uow:
                            return uow.schools.search(q, limit=200)

                    def partner(q=q):
                        return gw.neis.schools(q, per_page=200)

                    base = median_ms(baseline)
                    print(f"\nquery {q!r}: {len(baseline())} matches")
                    print(row("baseline: rank all schools in Python", base))
                    print(row("offline cache (SQL prefilter + rank)", median_ms(cached), base))
                    print(row("partner over HTTP (sandbox on loopback)", median_ms(partner, repeat=5), base))
            finally:
                gw.close()


if __name__ == "__main__":
    main()
