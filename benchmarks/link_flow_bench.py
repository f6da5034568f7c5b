"""The link flow with 200 ms partner latency, against the round trips it cannot avoid.

    .venv/bin/python benchmarks/link_flow_bench.py [--latency-ms 200] [--repeat 3]

One whole NEIS linking (``run_link``, what ``linkdesk link`` does) of the test scenario's student
김민준 on a real sandbox over HTTP where every identity, 1365 and NEIS request waits ``latency``.
The school directory is cached first (it is fetched once per PC, not per link). The round trips it
cannot avoid are the chain where each needs the answer before: 보안문자 → 실명인증 → the 1365 member (consent)
→ 학생정보확인 → the timetable (it needs NEIS's student reference) → each record's submission (one
volunteer's records go in order). Also printed: every request the flow made, as a serial sum.
Goal (issue 13): ≤ 1.1× the unavoidable round trips.

Two figures: the **first link** after the program started (a fresh core: SQLAlchemy compiles each
statement the first time it runs, ~0.1 s over the flow) and a **following link** — the counter's
steady state, another visitor linked by the same running program (here 박지호, linked with a
guardian's consent just before on the same core, outside the timing). The RESULT line is the
following link's; both are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from linkdesk.clock import OffsetClock  # noqa: E402
from linkdesk.config import Config  # noqa: E402
from linkdesk.sandbox.faults import parse_fault  # noqa: E402
from linkdesk.sandbox.server import SandboxServer  # noqa: E402
from linkdesk.services.core import open_core  # noqa: E402
from linkdesk.services.directory import ensure_directory  # noqa: E402
from linkdesk.services.link_run import LinkRequest, run_link  # noqa: E402
from linkdesk.services.linking_flow import Guardian  # noqa: E402
from tests.fixtures import scenarios as S  # noqa: E402

CHAIN = ("identity.captcha", "identity.verify", "1365.volunteer", "neis.verify_student", "neis.timetable")


def one_link(latency_ms: int, warm: bool) -> tuple[float, int, int]:
    """(seconds, unavoidable round trips, requests made) of one link on a fresh sandbox and database;
    ``warm``: after another visitor's link on the same core (not timed)."""
    with SandboxServer(S.small_scenario()) as server, tempfile.TemporaryDirectory(prefix="linkdesk-link-") as tmp:
        cfg = Config()
        cfg.partners.base_url, cfg.partners.api_key = server.url, server.state.scenario.api_key
        core = open_core(cfg, Path(tmp), clock=OffsetClock())
        try:
            ensure_directory(core)
            if warm:
                run_link(core, LinkRequest("박지호", "7010057", consent=True,
                                           guardian=Guardian("박보호", "부", identity_checked=True)), S.RRN_CHILD)
            with server.state.lock:
                before = sum(server.state.requests.values())
            server.state.faults.replace([parse_fault({"partner": p, "operation": "*", "kind": "latency",
                                                      "ms": latency_ms, "times": 0})
                                         for p in ("identity", "1365", "neis")])
            start = time.perf_counter()
            report = run_link(core, LinkRequest("김민준", "7010057"), S.RRN_STUDENT)
            seconds = time.perf_counter() - start
            sent = report.summary["sent"]
            with server.state.lock:
                made = sum(server.state.requests.values()) - before
            return seconds, len(CHAIN) + sent, made
        finally:
            core.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=1 if os.environ.get("LINKDESK_BENCH_SIZE") == "ci" else 3)
    args = parser.parse_args()
    cold = [one_link(args.latency_ms, warm=False) for _ in range(args.repeat)]
    warm = [one_link(args.latency_ms, warm=True) for _ in range(args.repeat)]
    chain, made = warm[0][1], warm[0][2]
    floor = chain * args.latency_ms / 1000
    first, following = statistics.median(r[0] for r in cold), statistics.median(r[0] for r in warm)
    print(f"requests made by one link                  {made}  (all in a row: {made * args.latency_ms / 1000:5.2f} s)")
    print(f"round trips it cannot avoid                {chain}  ({floor:5.2f} s at {args.latency_ms} ms)")
    print(f"first link after start (cold)              {first:5.2f} s  {first / floor:5.2f}x")
    print(f"a following link (the counter's pace)      {following:5.2f} s  {following / floor:5.2f}x")
    print(f"RESULT link flow ratio {following / floor:5.2f}x of the unavoidable round trips (first link "
          f"{first / floor:4.2f}x)   (goal <= 1.1x)")


if __name__ == "__main__":
    main()
